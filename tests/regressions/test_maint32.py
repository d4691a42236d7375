"""maint32: a passage pasted from a page finds that page."""

from __future__ import annotations

from pathlib import Path

from conftest import write


def _search(tmp_path, query):
    from ictsearch.indexer import build_index
    from ictsearch import open_index

    coll = tmp_path / "docs"
    write(coll / "政府情報システム.txt",
          "政府情報システムの改革\n"
          "「デジタル改革関連法案ワーキンググループ作業部会とりまとめ」では、これまでの政府情報システムの"
          "問題点として、各府省が縦割りで整備・運用を行っていることを指摘した。\n")
    write(coll / "報告書の作成.txt",
          "報告書の作成について\n検討会は、意見を取りまとめ、報告書として公表した。作業部会の資料も公開している。\n")
    build_index([coll], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        return [Path(h.path).name for h in idx.search(query).hits]


def test_a_quoted_phrase_ending_in_a_renyoukei_finds_the_page_that_goes_on_after_it(tmp_path):
    # Alone, the phrase ends in とりまとめ, which Sudachi reads as the verb 取り纏める at the end of
    # its input; the page goes on (」では) and holds the noun 取り纏め.  The pasted passage found nothing.
    assert _search(tmp_path, "「デジタル改革関連法案ワーキンググループ作業部会とりまとめ」") == ["政府情報システム.txt"]
    assert _search(tmp_path, "「デジタル改革関連法案ワーキンググループ作業部会とりまとめ」では、これまでの政府情報システムの問題点として") \
        == ["政府情報システム.txt"]


def test_a_quoted_phrase_still_finds_the_verb_a_page_writes(tmp_path):
    # 「意見を取りまとめ」 on a page that goes on with 、 is the verb: the phrase as typed still matches it.
    assert _search(tmp_path, "「意見を取りまとめ」") == ["報告書の作成.txt"]


def test_a_pasted_passage_with_de_aru_after_a_quote_finds_its_page(tmp_path):
    # である typed after a closing quote was cut as an unknown hiragana word, で|或る (a certain),
    # and required; the page's 「…」である holds で|有る, a function word.
    write(tmp_path / "docs" / "進化.txt",
          "端末の進化\n携帯電話の進化の方向性は、「多機能化」と「ネットワーク化」である（図表1-3-12）。今後も続くと見込まれる。\n")
    from ictsearch import open_index
    from ictsearch.indexer import build_index

    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        hits = idx.search("「多機能化」と「ネットワーク化」である（図表1-3-12）。").hits
    assert [Path(h.path).name for h in hits] == ["進化.txt"]
