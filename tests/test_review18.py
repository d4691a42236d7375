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

