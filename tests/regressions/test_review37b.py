"""review37b: a second pair of eyes on the day's changes (phrasing37, review37, polish37), as a new
user at the command line and a developer embedding the Python API would try them, and what broke."""

from __future__ import annotations


import pytest

from conftest import realdocs_index, write

FROZEN_BELOW = 4100


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """The real pages of bench/realdocs writing 関係, 関連, 情報, 一覧 or テレワーク (r001-r4099)."""
    return realdocs_index(tmp_path_factory, "review37b", "関係人口|関連会社|情報公開|一覧表|テレワーク", FROZEN_BELOW, 100)


def _search(index, query, **kw):
    from ictsearch.search import open_index

    with open_index(index) as idx:
        return idx.search(query, limit=kw.pop("limit", 10), explain=True, **kw)


@pytest.mark.parametrize("query, second", [
    ("関係 人口", "人口"), ("関連 会社", "会社"), ("情報 公開", "公開"), ("一覧 表", "表"),
])
def test_a_furniture_word_typed_first_is_the_subject_not_the_kind_of_material(index, query, second):
    # 「関係 人口」 (関係人口 typed with a space, as an input method leaves it) read 関係 as "the kind of
    # material asked for", optional, and found every page writing 人口 (228 realdocs pages against 80),
    # with a note saying so: README says request furniture is optional only after the subject, as a
    # word glued to it is (関係人口, 関連会社 alone stay whole words).
    typed = _search(index, query)
    alone = _search(index, second)
    assert not any(n.startswith(query.split()[0] + " was read as") for n in typed.notes), typed.notes
    assert all("optional" not in w for w in typed.explain["words"]), typed.explain["words"]
    assert 0 < typed.total < alone.total, (query, typed.total, alone.total)


def test_furniture_after_the_subject_is_still_optional_and_a_list_of_furniture_alone_is_not(index):
    subject = _search(index, "テレワーク")
    asked = _search(index, "テレワーク 関連資料")
    assert asked.total == subject.total
    assert any(n.startswith("関連資料 was read as the kind of material asked for") for n in asked.notes)
    # 「資料 一覧」: no subject before either: both are searched for, as before phrasing37 (the first
    # was not made the subject of the second, which found every page writing 資料).
    both = _search(index, "資料 一覧")
    assert not both.notes or not any("was read as the kind of material" in n for n in both.notes)
    assert both.total < _search(index, "資料").total
    # A word left out is no subject either: 「-防災 資料」 searches 資料.
    assert all("optional" not in w for w in _search(index, "-防災 資料").explain["words"])


def test_a_conjunction_typed_twice_is_one_operator(index):
    # 「テレワーク または または 防災」 (または typed twice, or または 又は) was "OR needs a word on both
    # sides", an error about an OR never typed.
    from ictsearch.search.parse import parse

    either = _search(index, "テレワーク OR 防災")
    for query in ("テレワーク または または 防災", "テレワーク または 又は 防災", "テレワーク もしくは または 防災"):
        assert _search(index, query).total == either.total, query
    assert parse("テレワーク 及び 及び 防災") == parse("テレワーク 防災")
    # Not between two words it stays a word, as before: 「または」 alone, 「テレワーク OR または 防災」.
    assert parse("または").__class__.__name__ == "Word"


def _two(tmp_path):
    from ictsearch.indexer import build_index

    docs, idx = tmp_path / "共有", tmp_path / "idx"
    write(docs / "テレワーク.txt", "令和4年度 東北地域テレワーク推進事業の報告\n\n"
          "東北総合通信局は、令和4年度に岩手県及び宮城県で中小企業のテレワーク導入を支援しました。")
    write(docs / "防災.txt", "令和3年度 九州 防災行政無線デジタル化の取組\n\n"
          "九州総合通信局は、熊本県の市町村と防災行政無線のデジタル化に取り組みました。")
    build_index([docs], idx, jobs=1)
    return docs, idx


def test_a_whole_doc_id_in_capitals_is_found_as_its_start_is(tmp_path, monkeypatch):
    # `show 3F2A…` (the first 4-15 characters in capitals) found the document; the whole 16 in
    # capitals, as a spreadsheet or a ticket upper-cases it, was "no document … in the index".
    import ictsearch
    from click.testing import CliRunner

    from ictsearch.cli import cli

    docs, idx = _two(tmp_path)
    with ictsearch.open_index(idx) as ix:
        doc_id = ix.search("テレワーク").hits[0].doc_id
        assert len(doc_id) == 16
        for typed in (doc_id.upper(), doc_id[:4].upper(), f" {doc_id.upper()} ", doc_id[:15].upper()):
            assert ix.get(typed).doc_id == doc_id, typed
        assert ix.similar(doc_id.upper()).total == 1
    out = CliRunner().invoke(cli, ["show", doc_id.upper(), "--index", str(idx), "--chars", "0"])
    assert out.exit_code == 0 and f"doc_id       {doc_id}" in out.output


def test_a_doc_id_start_that_is_also_a_file_here_names_the_id(tmp_path, monkeypatch):
    # A file named as a doc id's start in the current folder (not indexed) is taken for the file,
    # as designed, but the answer was "no document '5add' in the index", as if no id started so.
    import ictsearch
    from ictsearch.search.api import DocumentNotFound

    docs, idx = _two(tmp_path)
    with ictsearch.open_index(idx) as ix:
        doc_id = ix.search("テレワーク").hits[0].doc_id
        monkeypatch.chdir(tmp_path)
        (tmp_path / doc_id[:5]).write_text("メモ", encoding="utf-8")
        with pytest.raises(DocumentNotFound) as e:
            ix.get(doc_id[:5])
        assert "is a file here, which is not indexed" in str(e.value) and doc_id in str(e.value)
        (tmp_path / doc_id[:5]).unlink()
        assert ix.get(doc_id[:5]).doc_id == doc_id  # the file gone, the start names the document


def test_an_open_year_range_typed_with_an_ellipsis(tmp_path):
    # --year 2019… (an input method's …, as in 2019…2023) was "cannot read '.' as a year", where
    # 2019.. and 2019…2023 are read.
    import ictsearch

    docs, idx = _two(tmp_path)
    with ictsearch.open_index(idx) as ix:
        for typed, expected in (("2022…", 1), ("2022...", 1), ("…2021", 1), ("...2021", 1), ("令和3年度…", 2),
                                ("2019…2023", 2)):
            assert ix.search("通信局", fiscal_year=typed).total == expected, typed
        assert ix.search("通信局", fiscal_year="2022..").total == 1


def test_sigterm_while_search_prints_exits_143_and_says_so(tmp_path):
    # A long list into a pipe that waits (`| less` not read on): SIGTERM while printing ended the
    # process by the signal (-15, nothing said) where Ctrl-C there says "Interrupted." (130).
    import signal
    import subprocess
    import sys

    docs, idx = _two(tmp_path)
    slow = (
        "import sys, time\n"
        "import ictsearch.cli as cli\n"
        "def slow(*a, **k):\n"
        "    sys.stderr.write('printing\\n'); sys.stderr.flush(); time.sleep(60)\n"
        "cli._print_result = slow\n"
        f"sys.argv = ['ictsearch', 'search', 'テレワーク', '--index', {str(idx)!r}]\n"
        "cli.main()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", slow], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline() == "printing\n"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and err.strip() == "Stopped (SIGTERM)."


def test_document_not_found_always_has_matches(tmp_path):
    # An embedding program reading e.matches (the ids an ambiguous start fits) got AttributeError
    # from every other DocumentNotFound.
    import ictsearch
    from ictsearch.search.api import DocumentNotFound

    docs, idx = _two(tmp_path)
    with ictsearch.open_index(idx) as ix:
        doc_id = ix.search("テレワーク").hits[0].doc_id
        for missing in ("zzzz", str(docs / "無い.txt"), doc_id[:3], "1"):
            with pytest.raises(DocumentNotFound) as e:
                ix.get(missing)
            assert list(e.value.matches) == [], missing
            # Three characters of an id: one short of a start that names a document (`show 1` is no id).
            assert ("from 4 characters on" in str(e.value)) == (missing == doc_id[:3]), missing


def test_an_era_typed_apart_from_its_first_year_and_a_quarter_written_q3(index):
    # 「令和 元年度」 was two words (令和, 元年度) where 「令和 4年度」 reads 令和4年度; 「令和5年度 Q3」
    # required Q3 where 3Q and 第3四半期 only lift the pages writing them.
    joined = _search(index, "令和元年度")
    assert joined.total > 0
    assert _search(index, "令和 元年度").total == joined.total
    assert _search(index, "テレワーク 令和 元年度").total == _search(index, "テレワーク 令和元年度").total
    year = _search(index, "令和4年度")
    for typed in ("令和4年度 Q3", "令和4年度Q3", "令和4年度 3Q"):
        asked = _search(index, typed)
        assert asked.total == year.total, typed
        assert any("was read as a part of the 年度 before it" in n for n in asked.notes), typed
    assert "optional" not in _search(index, "Q3 テレワーク").explain["words"][0]  # no year before it


def test_a_rebuild_naming_the_index_as_documents_gives_its_own_advice(tmp_path):
    # `ictsearch index ~/.local/share/ictsearch/index --rebuild` added the advice for a misspelt folder
    # or a share: "…would have lost its documents from the folder meant (check the name or mount the
    # share, or leave it out)", about a folder that is neither.
    from ictsearch.indexer import build_index

    docs, idx = _two(tmp_path)
    summary = build_index([idx], idx, jobs=1, rebuild=True)
    assert summary.documents == 2
    [(path, reason)] = summary.problems
    assert reason.startswith("this is an ictsearch index, not a folder of documents")
    assert reason.endswith("nothing was rebuilt") and "mount the share" not in reason


def test_each_town_of_a_place_list_and_region_in_the_query_gets_the_town_note(tmp_path):
    # --region 盛岡市 says it is filtered as 岩手県; a list of towns (盛岡市・仙台市, 岩手県盛岡市 宮城県仙台市)
    # and region:盛岡市 typed in the query were filtered the same way without a word.
    import ictsearch

    docs, idx = _two(tmp_path)
    note = "{} is filtered as {}: documents are placed by prefecture"
    with ictsearch.open_index(idx) as ix:
        for region, towns in (("盛岡市・仙台市", [("盛岡市", "岩手県"), ("仙台市", "宮城県")]),
                              ("岩手県盛岡市 宮城県仙台市", [("岩手県盛岡市", "岩手県"), ("宮城県仙台市", "宮城県")]),
                              ("熊本市,東北", [("熊本市", "熊本県")])):
            notes = ix.search("通信局", region=region).notes
            for town, pref in towns:
                assert any(n.startswith(note.format(town, pref)) for n in notes), (region, notes)
        assert any(n.startswith(note.format("盛岡市", "岩手県")) for n in ix.search("通信局 region:盛岡市").notes)
        assert not any("is filtered as" in n for n in ix.search("通信局", region="東北・九州").notes)
        assert not any("is filtered as" in n for n in ix.search("通信局 region:東北").notes)


def test_a_year_filter_with_its_half_or_quarter_filters_the_year_and_says_so(tmp_path):
    # The query reads 「令和3年度上期」 (the half optional); --year 令和3年度上期 was "cannot read
    # '令和3年度上期' as a year", though --year takes what the text takes.
    import ictsearch
    from ictsearch.indexer.errors import UnknownFacetValue

    docs, idx = _two(tmp_path)
    said = "{} is filtered as {}: documents are placed by 年度, not by its half or quarter"
    with ictsearch.open_index(idx) as ix:
        for typed, year, hits in (("令和3年度上期", "令和3年度", 1), ("2022年度 第3四半期", "2022年度", 1),
                                  ("R4 Q3", "R4", 1), ("令和4年度下半期", "令和4年度", 1)):
            result = ix.search("通信局", fiscal_year=typed)
            assert result.total == hits, typed
            assert said.format(typed, year) in result.notes, (typed, result.notes)
        listed = ix.search("通信局", fiscal_year="令和3年度上期・令和4年度下期")
        assert listed.total == 2
        assert said.format("令和3年度上期", "令和3年度") in listed.notes and said.format("令和4年度下期", "令和4年度") in listed.notes
        assert said.format("令和3年度上期", "令和3年度") in ix.search("通信局 fiscal_year:令和3年度上期").notes
        assert not any("not by its half" in n for n in ix.search("通信局", fiscal_year="令和3年度").notes)
        # A word for the query typed as the value is named whole (its ー was read as a range's dash: 'テレワ').
        for word in ("テレワーク", "ローカル5G", "上期"):
            with pytest.raises(UnknownFacetValue, match=f"cannot read '{word}' as a year"):
                ix.search("通信局", fiscal_year=word)


@pytest.mark.parametrize("query", ["令和3年度 10年 計画", "令和5年度 20年", "R3 5年 計画", "令和6年度 15年", "令和 30", "平成 99"])
def test_a_number_after_a_year_is_read_in_its_era_only_as_a_year_that_era_had(query):
    # 「令和3年度 10年 計画」 (a ten-year plan) read 10年 as 令和10年, 「令和5年度 20年」 as 令和20年 (2038)
    # and 「令和 30」 as 令和30 (2048): required years no page is of (0 hits where there were 32, 231).
    # A later 年度 in the era is still read (「令和3年度 4年度」, 「R3 4年度」: test_phrasing37).
    from ictsearch.search.query import compile_query, parse

    read = [w.get("read_as") for w in compile_query(parse(query)).words]
    later = [r for r in read if r and r.startswith("fiscal_year") and int(r.split()[1][:4]) > 2026]
    assert not later, (query, read)
    assert len(compile_query(parse(query)).words) == len(query.split()), read  # nothing joined


def test_a_later_nendo_and_an_era_apart_from_its_number_are_still_read():
    from ictsearch.search.query import compile_query, parse

    for query, year in (("令和 4年度", 2022), ("R3 4年度", 2022), ("令和3年度 4年度", 2022), ("平成 31年度", 2019),
                        ("令和 元年度", 2019), ("平成 30年度", 2018)):
        assert f"fiscal_year {year}" in [w.get("read_as") for w in compile_query(parse(query)).words], query
