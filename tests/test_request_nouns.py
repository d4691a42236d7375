"""Nouns naming the kind of material asked for (施策, 取り組み, 事例 …) do not have to be on the page.

「東北のテレワーク施策で令和4年度のもの」, the question DEVELOPERS.md names, required 施策 as well as
テレワーク, and missed the 東北 telework report of 令和4年度 that 「東北 テレワーク 令和4年度」 finds
(review 19).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write

REPORT = ("令和4年度 岩手県テレワーク推進事業 実績報告\n\n令和5年3月31日\n東北総合通信局\n\n"
          "岩手県内の中小企業を対象に、テレワーク導入セミナーを3回開催し、延べ120社が参加した。\n"
          "導入に向けた個別相談にも応じ、15社がテレワークを始めた。\n")
POLICY = ("令和4年度 東北のテレワーク施策\n\n令和4年4月1日\n東北総合通信局\n\n"
          "テレワークの普及に向けた施策として、相談窓口の設置と専門家の派遣を行う。\n")
OTHER = ("令和4年度 東北の放送施策\n\n令和4年4月1日\n東北総合通信局\n\n"
         "ケーブルテレビの光化に向けた施策として、整備費の一部を補助する。\n")


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    root = tmp_path_factory.mktemp("request_nouns")
    for name, text in {"report.txt": REPORT, "policy.txt": POLICY, "other.txt": OTHER}.items():
        write(root / "docs" / name, text)
    build_index([root / "docs"], root / "idx", jobs=1)
    with open_index(root / "idx") as index:
        yield index


def names(index, query: str) -> list[str]:
    return [Path(h.path).name for h in index.search(query, limit=10).hits]


def test_the_question_finds_what_its_keywords_find(idx):
    asked = names(idx, "東北のテレワーク施策で令和4年度のもの")
    assert set(asked) == set(names(idx, "東北 テレワーク 令和4年度")) == {"report.txt", "policy.txt"}
    # The page that also writes 施策 ranks first; the word still counts toward the score.
    assert asked[0] == "policy.txt"


def test_a_request_noun_alone_or_in_a_phrase_is_still_the_word_searched(idx):
    assert set(names(idx, "施策")) == {"policy.txt", "other.txt"}
    assert names(idx, '"テレワーク施策"') == ["policy.txt"]
