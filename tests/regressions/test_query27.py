"""query27: a policy officer types the year the way colleagues say it (今年度の…, 昨年度 東北 5G,
来年度予算 DX, 2024 テレワーク) and counts a town's documents with `facets --region 長野市`."""

from __future__ import annotations

import datetime
import json

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli

from conftest import write


@pytest.fixture(scope="module")
def bureau(tmp_path_factory):
    """Bureau pages of three fiscal years, some written with a relative year of their own."""
    from ictsearch import build_index

    root = tmp_path_factory.mktemp("query27")
    docs = root / "docs"
    write(docs / "tohoku-r7.txt", "令和7年度 東北総合通信局 報道資料\n\n"
          "宮城県内の山間部で5G基地局の整備が進みました。今年度の整備計画は前年度比で2割増です。\n")
    write(docs / "tohoku-r6.txt", "令和6年度 東北総合通信局 報道資料\n\n"
          "岩手県の沿岸部で5G基地局を整備しました。昨年度実績を上回りました。\n")
    write(docs / "dx-r9.txt", "令和9年度 予算要求の概要\n\n"
          "自治体DXの推進に向けて、情報システムの標準化を支援する予算を要求します。\n")
    write(docs / "nagano-telework.txt", "長野県 テレワーク推進\n\n"
          "2024年度に長野市と松本市でテレワークの相談会を開きました。\n")
    build_index([docs], root / "idx", jobs=1)
    return root / "idx"


@pytest.fixture
def dec_2026(monkeypatch):
    from ictsearch.search import understand

    monkeypatch.setattr(understand, "today", lambda: datetime.date(2026, 12, 3))


def _search(idx, *args):
    res = CliRunner().invoke(cli, ["search", *args, "--json", "--explain", "--index", str(idx)])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def _names(out) -> list[str]:
    return [h["path"].rsplit("/", 1)[-1].removesuffix(".txt") for h in out["hits"]]


def test_last_fiscal_year_is_the_year_before_todays(bureau, dec_2026):
    # 「昨年度 東北 5G」 on 2026-12-03 asks for 令和7年度 (2025): the page of that 年度, not the one whose
    # text says 昨年度 (of its own year, 2023) nor the one of 2024.
    out = _search(bureau, "昨年度", "東北", "5G")
    assert _names(out) == ["tohoku-r7"]
    assert "昨年度 was read as 2025年度 (fiscal_year 2025), counted from 2026-12-03" in out["notes"]
    assert out["explain"]["words"][0]["read_as"] == "fiscal_year 2025"


def test_next_years_budget_is_read_as_the_budget_of_that_year(bureau, dec_2026):
    assert _names(_search(bureau, "来年度予算", "DX")) == ["dx-r9"]  # 令和9年度予算 DX: the same page
    assert _names(_search(bureau, "令和9年度予算", "DX")) == ["dx-r9"]


def test_a_phrase_quoted_or_a_comparison_is_searched_as_written(bureau, dec_2026):
    assert _names(_search(bureau, "「昨年度実績」")) == ["tohoku-r6"]
    assert _names(_search(bureau, "前年度比")) == ["tohoku-r7"]


def test_a_bare_year_is_read_as_year_2024_is(bureau):
    out = _search(bureau, "2024", "テレワーク")
    assert _names(out) == ["nagano-telework"] and out["explain"]["words"][0]["read_as"] == "fiscal_year 2024"
    assert _search(bureau, "2023", "テレワーク")["total"] == 0


def test_facets_of_a_town_say_it_is_counted_as_its_prefecture(bureau):
    # `search --region 長野市` said so; `facets --region 長野市` counted 長野県's documents in silence.
    from ictsearch.search import filter_notes

    note = "長野市 is filtered as 長野県: documents are placed by prefecture, so pages of its other municipalities match too"
    res = CliRunner().invoke(cli, ["facets", "--region", "長野市", "--index", str(bureau)])
    assert res.exit_code == 0 and f"Note: {note}." in res.output
    res = CliRunner().invoke(cli, ["facets", "--region", "長野市", "--json", "--index", str(bureau)])
    assert json.loads(res.output)["notes"] == [note]
    res = CliRunner().invoke(cli, ["facets", "--region", "長野", "--json", "--index", str(bureau)])
    assert json.loads(res.output)["notes"] == []
    assert filter_notes({"region": "長野市"}) == [note]  # the same from Python


def test_everyday_words_of_judged_questions_reach_the_pages_terms(tmp_path):
    # The words people type for them (トランシーバー, 県のルール, 住民記録) are not the pages' own
    # (無線機 / 簡易無線, 条例, 基幹業務システム), and Sudachi's synonyms lack them.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "radio.txt", "デジタル簡易無線局(登録局)の申請について\n\n"
          "業務で使用する無線機は、登録局として総合通信局に登録申請を行ってください。\n")
    write(docs / "youth.txt", "青少年健全育成条例\n\n有害図書やインターネット上の有害情報から青少年を守るための県の条例です。\n")
    write(docs / "kikan.txt", "地方公共団体の基幹業務システムの統一・標準化\n\n"
          "基幹業務システムを標準化基準に適合したシステムへ移行します。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        assert [h.path.rsplit("/", 1)[-1] for h in ix.search("トランシーバー 登録").hits] == ["radio.txt"]
        assert [h.path.rsplit("/", 1)[-1] for h in ix.search("有害情報 ルール").hits] == ["youth.txt"]
        assert [h.path.rsplit("/", 1)[-1] for h in ix.search("住民記録 標準化").hits] == ["kikan.txt"]
        # Without the pairs トランシーバー matches nothing: the page is found only by leaving it out.
        assert ix.search("トランシーバー 登録", synonyms=False).dropped_words == ("トランシーバー",)


def test_a_relative_year_given_as_a_filter_is_that_year_and_says_so(bureau, dec_2026):
    # --year 昨年度 and year:昨年度 filter as --year 2025 does, and say so, as the query word does.
    note = "昨年度 is filtered as fiscal_year 2025, counted from 2026-12-03"
    out = _search(bureau, "5G", "--year", "昨年度")
    assert _names(out) == ["tohoku-r7"] and note in out["notes"]
    out = _search(bureau, "5G year:昨年度")
    assert _names(out) == ["tohoku-r7"] and note in out["notes"]
    res = CliRunner().invoke(cli, ["facets", "--year", "昨年度", "--index", str(bureau)])
    assert res.exit_code == 0 and f"Note: {note}." in res.output and "1 document of year 昨年度" in res.output
