"""officer27: a 総合通信局 or 市役所 officer's shorthand that found nothing (bench/realdocs/queries-fresh4.tsv).

Plays an officer typing in a hurry: a Latin abbreviation hyphenated otherwise than the page
(LG-WAN for LGWAN, eTax for e-Tax), and a few plain words of which one no relevant page writes
(「連携協定 DX 企業」: the agreements name NTT東日本 and 株式会社電通九州, not 企業).
"""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import REALDOCS, write

#: Real pages: LGWAN (r2232 整備事業, r969 規約), e-Tax (r3603), e-Gov (r3435), two 連携協定 pages
#: (r317 DX with 株式会社電通九州, r3688 ICT with NTT東日本) and a few unrelated ones around them.
PAGES = ("r2232", "r969", "r3603", "r3435", "r317", "r3688", "r001", "r002", "r003")


@pytest.fixture(scope="module")
def officer(tmp_path_factory):
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("officer27")
    docs = root / "docs"
    docs.mkdir()
    for page in PAGES:
        shutil.copy(REALDOCS / f"{page}.txt", docs / f"{page}.txt")
    write(docs / "wifi.txt", "公衆無線LAN整備事業\n\n観光拠点にWi-Fi環境を整備し、来訪者が無料で利用できるようにします。\n")
    build_index([docs], root / "idx", jobs=1)
    with open_index(root / "idx") as ix:
        yield ix, root / "idx"


def _names(result) -> list[str]:
    return [h.path.rsplit("/", 1)[1].removesuffix(".txt") for h in result.hits]


def test_a_latin_word_finds_pages_writing_it_with_or_without_a_hyphen(officer):
    ix, _ = officer
    # LG-WAN is read lg | wan, the page's LGWAN one term lgwan: 「LG-WAN 整備」 found nothing.
    result = ix.search("LG-WAN 整備")
    assert _names(result)[0] == "r2232", _names(result)
    assert result.dropped_words == ()
    # The other way round, and in any case: every form finds the same pages.
    for typed in ("LGWAN", "LG-WAN", "lg-wan", "ＬＧ－ＷＡＮ"):
        assert {"r2232", "r969"} <= set(_names(ix.search(typed))), typed
    # Typed split, it is no word written with its parts apart: no such note.
    assert not [n for n in ix.search("lg-wan").notes if "parts apart" in n]
    # eTax (one term etax) finds the page writing e-Tax (one term e-tax); eGov the one writing e-Gov (e | gov).
    assert _names(ix.search("eTax 申告データ 送信"))[0] == "r3603"
    assert "r3435" in _names(ix.search("eGov"))
    assert _names(ix.search("WiFi 観光"))[0] == "wifi"


def test_the_spellings_found_are_shown_by_explain(officer):
    ix, _ = officer
    words = ix.search("LG-WAN 整備", explain=True).explain["words"]
    assert words[0]["spellings"] == ["lgwan"]
    # A word the pages write only as typed gets none, nor does a Japanese word.
    assert all("spellings" not in w for w in ix.search("整備 協定", explain=True).explain["words"])


def test_spellings_cut_only_between_letters_and_only_words_of_some_length():
    from ictsearch.search.latin import Spellings, fold

    assert fold("LG-WAN") == fold("ＬＧ　ＷＡＮ") == fold("lg・wan") == "lgwan"
    spellings = Spellings(["lgwan", "lg", "wan", "e-tax", "covid", "19", "ict", "i", "ct", "dx"])
    assert spellings.of("LG-WAN", ("lg", "wan")) == [("lgwan",)]
    assert spellings.of("LGWAN", ("lgwan",)) == [("lg", "wan")]
    assert spellings.of("eTax", ("etax",)) == [("e-tax",)]
    # A name and its number: the analyzer's readings, from the same lookup since query28 (no cut beside a digit).
    assert spellings.of("COVID19", ("covid19",)) == [("covid", "19"), ("covid-19",)]
    assert spellings.of("ICT", ("ict",)) == []  # i | ct is no spelling of ICT
    assert spellings.of("D-X", ("d", "x")) == []  # two letters: too short to look up
    assert spellings.of("整備", ("整備",)) == []


def test_words_no_page_holds_together_show_the_pages_holding_all_but_one(officer):
    ix, _ = officer
    # No page writes 連携協定, DX and 企業 together; each pair is on some page.
    result = ix.search("連携協定 DX 企業")
    assert result.total > 0
    assert _names(result)[0] == "r317"  # 連携協定 and DX, with 株式会社電通九州 for 企業
    assert result.dropped_words == ("企業",)
    assert result.notes == ("no document holds every word of 連携協定 DX 企業: these leave out 企業",)
    # Each hit lacking one word or another: the note says how many each holds and which may be missing.
    result = ix.search("連携協定 DX 企業 LGWAN")
    assert result.total > 0 and len(result.dropped_words) > 1
    assert "these hold 2 of its 4 words, leaving out " in result.notes[0], result.notes
    # A word no page writes at all is the one left out, and named.
    result = ix.search("ほげほげ 連携協定")
    assert result.total > 0 and result.dropped_words == ("ほげほげ",)
    assert result.notes[0] == "no document holds every word of ほげほげ 連携協定: these leave out ほげほげ"


def test_the_dropped_words_are_in_the_json_and_the_note_on_the_terminal(officer):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    _, idx = officer
    out = CliRunner().invoke(cli, ["search", "ほげほげ 連携協定", "--index", str(idx), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["dropped_words"] == ["ほげほげ"] and data["total"] > 0
    out = CliRunner().invoke(cli, ["search", "ほげほげ 連携協定", "--index", str(idx)])
    assert out.exit_code == 0 and "these leave out ほげほげ" in out.output
    # A search that needed no word left out lists none.
    data = json.loads(CliRunner().invoke(cli, ["search", "連携協定", "--index", str(idx), "--json"]).output)
    assert data["dropped_words"] == []


@pytest.mark.parametrize("query", ['"ほげほげ" 連携協定', "ほげほげ AND 連携協定", "ほげほげ OR ふがふが",
                                   "連携協定 -協定", "ほげほげ", "title:ほげほげ 連携協定", "ほげほげ ふがふが"])
def test_what_is_asked_exactly_still_finds_nothing(officer, query):
    # A quoted phrase, an explicit AND / OR / NOT, a field word or a single word is asked as typed;
    # two words that no page writes leave nothing to show.
    ix, _ = officer
    result = ix.search(query)
    assert result.total == 0 and result.dropped_words == ()


def test_a_filter_that_removes_every_hit_is_named_rather_than_words_dropped(officer):
    ix, _ = officer
    # The words are on pages the filter removes: the filter is to blame, not a word.
    result = ix.search("連携協定 DX", fiscal_year=2001)
    assert result.total == 0 and result.dropped_words == ()
    assert any("filter" in n for n in result.notes), result.notes
    # A year word typed is required as a filter is: never the word left out.
    result = ix.search("連携協定 DX 企業 R2", explain=True)
    assert "R2" not in result.dropped_words


def test_explain_shows_the_query_asked_with_words_left_out(officer):
    ix, _ = officer
    explain = ix.search("ほげほげ 連携協定", explain=True).explain
    assert "body:協定" in explain["fewer_words"]
    assert ix.search("連携協定", explain=True).explain["fewer_words"] is None  # review27: in every explain


def test_a_number_is_never_the_word_left_out(officer):
    # 「連携協定 2099..2100」: a range beyond the calendars is searched as text; left out, pages of any
    # year would show as if it had been read.
    ix, _ = officer
    assert ix.search("連携協定 2099..2100").total == 0
    assert ix.search("連携協定 DX 企業 2099").total == 0


def test_two_latin_words_typed_apart_find_the_pages_writing_them_as_one(officer):
    ix, _ = officer
    # LG WAN typed with a space: the pages write LGWAN (one term), as LG-WAN typed finds them.
    assert _names(ix.search("LG WAN 整備"))[0] == "r2232"
    assert {"r2232", "r969"} <= set(_names(ix.search("LG WAN")))
    # Words that are no one term together stay two words; so do a name and a number.
    words = ix.search("LG 整備", explain=True).explain["words"]
    assert [w["word"] for w in words] == ["LG", "整備"]
    from ictsearch.search.latin import Spellings

    spellings = Spellings(["lgwan", "fy2023", "beyond5g"])
    assert spellings.joined("LG", "WAN") and not spellings.joined("FY", "2023")
    assert not spellings.joined("Beyond", "5G") and not spellings.joined("AI", "IoT")
