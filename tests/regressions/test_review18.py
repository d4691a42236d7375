"""Review 18: queries and snippets the seventeenth review's search-side changes made worse."""

from __future__ import annotations

from conftest import write


def test_a_block_that_means_only_the_block_still_matches_its_name_beside_other_words(tmp_path):
    # 1ead78f matched every place word beside other words as typed, its parts side by side, for
    # 中国地方 (中国 is China in these materials). But 関東 means only the block: 「関東地方
    # 地上デジタル放送」 on the White Paper lost the national sections writing 「地上デジタル放送は、
    # 平成15年12月に関東・中京・近畿の三大広域圏で…開始」 (19 pages → 5), as 「熊本県 地震 通信」
    # lost those on the 熊本地震 (21 → 11).
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "dtv.txt", "地上デジタル放送の普及\n\n地上デジタル放送は、平成15年12月に関東・中京・近畿の三大広域圏で、"
                             "平成18年12月には全国の県庁所在地で放送が開始された。地方の中継局の整備も進められている。\n")
    write(docs / "dtv.txt.meta.toml", 'region = ["全国"]\n')
    assert build_index([docs], tmp_path / "idx", jobs=1).added == 1
    with open_index(tmp_path / "idx") as idx:
        for query in ("関東地方 地上デジタル放送", "地上デジタル放送 関東地方", "関東地方の地上デジタル放送"):
            assert [h.path for h in idx.search(query).hits] == [str(docs / "dtv.txt")], query


def test_a_snippet_shows_the_typed_word_it_lacks_before_a_part_of_one_it_shows(tmp_path):
    # 08a39b1 prefers, of two sentences with as many words, the longer words. A second fragment
    # then showed the ローカル of 「Boschのローカルキャンパスネットワーク」 (a part of ローカル5G, already
    # shown) where the sentence with 地方 was, and the snippet of 「ローカル5G 地方」 lost 地方.
    from ictsearch import build_index, open_index
    from ictsearch.search.snippets import mark

    docs = tmp_path / "docs"
    write(docs / "l5g.txt", "第2章 5Gがもたらす社会全体のデジタル化\n\n"
                             "図表2-1-2-3 地方の課題(人口減少、高齢化と地域経済縮小の悪循環にかかわるもの)\n"
                             "図表2-4-4-6 Boschのローカルキャンパスネットワーク\n"
                             "図表2-4-4-7 ドイツのローカル5Gに係る主な企業の動向\n")
    assert build_index([docs], tmp_path / "idx", jobs=1).added == 1
    with open_index(tmp_path / "idx") as idx:
        hit = idx.search("ローカル5G 地方").hits[0]
        shown = mark(hit.snippet, hit.highlights)
        assert "【地方】" in shown and "【ローカル5G】" in shown, shown


def test_a_two_kanji_typo_is_still_corrected_by_its_kanji(tmp_path):
    # 25b41af let a spelling of two characters match only exactly, for テレ (half of テレワーク; テイ
    # is 体's reading). But each of two kanji is a word's half with a meaning: 「情宝」 (情報 with the
    # wrong second kanji) on the White Paper said 「Did you mean: 情報, 情勢?」 and now said 「状態,
    # 上下?」, near its reading only; 「防炎」 lost 防止 for 貿易.
    from ictsearch.search.suggest import Vocabulary, suggest

    vocab = Vocabulary([("情報", 1800), ("状態", 300), ("上下", 40), ("テレワーク", 190), ("体", 500)])
    assert suggest("情宝", vocab)[0] == "情報"
    assert suggest("テレ", vocab) == []


def test_a_snippet_prefers_the_typed_word_it_lacks_to_a_longer_synonym_of_one_it_shows(tmp_path):
    # 08a39b1 ranks sentences with as many words by the length of their words, so a synonym longer
    # than the word typed wins: on the bureau's slides 「DX 自治体」 showed 「地公体:【地方公共団体】」
    # (a glossary line, 自治体 again) where 「東北地域のデジタル化・【DX】を促進する」 was, and 「IoT
    # 農業」 a footnote's 「World 【Agriculture】 Towards 2030/2050」 where 「【農業】用水」 was.
    from ictsearch import build_index, open_index
    from ictsearch.search.snippets import mark

    docs = tmp_path / "docs"
    write(docs / "tohoku.txt", "東北総合通信局 主な取組\n\n"
                                "官民連携による効率的な施策展開に努め、東北地域のデジタル化・DXを促進する。\n"
                                "東北総合通信局では、平成29年度から、自治体の地域課題をICTの活用を通じて解決できるよう、"
                                "自治体から地域課題を公募している。\n"
                                "地公体:地方公共団体\n")
    assert build_index([docs], tmp_path / "idx", jobs=1).added == 1
    with open_index(tmp_path / "idx") as idx:
        hit = idx.search("DX 自治体").hits[0]
        shown = mark(hit.snippet, hit.highlights)
        assert "【DX】" in shown and "【自治体】" in shown, shown
