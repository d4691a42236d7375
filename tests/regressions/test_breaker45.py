"""breaker45: a developer embedding the Python API in a small web tool, and a maintainer who will
move the collection to a search server later, trying to break ictsearch: status after the folder
changed, wrong types given to the API."""

from __future__ import annotations

import os

import pytest

from conftest import write


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


PLAN = ("令和6年度 東北地域テレワーク推進計画\n\n"
        "東北総合通信局は、令和6年度に岩手県、宮城県及び福島県の中小企業を対象として、"
        "テレワーク導入の相談会を開催します。\n")
BOSAI = ("令和4年度 九州地域 防災情報通信計画\n\n"
         "九州総合通信局は、令和4年度、熊本県及び大分県の市町村と連携し、防災行政無線のデジタル化と"
         "Lアラートによる災害情報の伝達訓練を実施した。\n")


# -- status tells what changed in the folder since the last run ------------------------------------

def test_status_names_the_files_changed_or_gone_since_the_last_run(tmp_path):
    # `ictsearch status` ("which files currently fail") printed the last run's figures alone: a file
    # edited, one deleted and a failing (empty) file filled in since left it saying "failing 1 …
    # empty file" and nothing else, while `search` already marked such hits "(file changed)".
    import ictsearch

    docs = tmp_path / "資料"
    plan = write(docs / "令和6年度 東北 テレワーク 推進計画.txt", PLAN)
    bosai = write(docs / "防災計画.md", BOSAI)
    empty = write(docs / "空.txt", "")
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)

    st = ictsearch.index_status(tmp_path / "idx")
    assert (st.changed, st.gone, st.failures_changed) == ((), (), ())
    assert "since" not in _cli("status", "--index", tmp_path / "idx").output

    with open(plan, "a", encoding="utf-8") as f:
        f.write("サテライトオフィスの活用も支援します。\n")
    bosai.unlink()
    empty.write_text("令和6年度 相談会の案内\n", encoding="utf-8")

    st = ictsearch.index_status(tmp_path / "idx")
    assert st.changed == (str(plan),) and st.gone == (str(bosai),) and st.failures_changed == (str(empty),)
    assert st.to_dict()["gone"] == [str(bosai)]
    out = _cli("status", "--index", tmp_path / "idx").output
    assert ("since        the last run: 1 indexed file changed, 1 indexed file gone (deleted or moved), "
            "1 failing file changed or gone") in out
    assert f"  {bosai} (gone)" in out and f"  {empty} (changed, failed before)" in out
    empty.unlink()
    assert f"  {empty} (gone, failed before)" in _cli("status", "--index", tmp_path / "idx").output
    empty.write_text("令和6年度 相談会の案内\n", encoding="utf-8")

    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    st = ictsearch.index_status(tmp_path / "idx")
    assert (st.changed, st.gone, st.failures_changed, st.failures) == ((), (), (), {})


def test_status_does_not_call_a_touched_file_changed_after_the_next_run(tmp_path):
    # A file only touched is found the same by its hash and restamped in the manifest by the next
    # run: status must not call it changed for good (as search once did).
    import ictsearch

    plan = write(tmp_path / "資料" / "計画.txt", PLAN)
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx", jobs=1)
    st = os.stat(plan)
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert ictsearch.index_status(tmp_path / "idx").changed == (str(plan),)
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx", jobs=1)
    assert ictsearch.index_status(tmp_path / "idx").changed == ()


def test_status_says_a_failing_files_kept_version_under_its_failure_not_as_changed(tmp_path):
    # A file that indexed, then broke: the index keeps its last good version, whose stamps are not
    # the file's; it is "failing", and not also "changed" on every status.
    import ictsearch

    plan = write(tmp_path / "資料" / "計画.txt", PLAN)
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx", jobs=1)
    plan.write_bytes(b"\x81\x00\xff\xfe\x85" * 40)
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx", jobs=1)
    st = ictsearch.index_status(tmp_path / "idx")
    assert str(plan) in st.failures and st.kept_versions == (str(plan),)
    assert (st.changed, st.failures_changed) == ((), ())


# -- a wrong type given to the API is the library's error, saying what to give ----------------------

@pytest.mark.parametrize("where", [5, 2024.0, ["/tmp/索引"]])
def test_an_index_location_that_is_no_path_is_an_ictsearch_error(where):
    # A web tool reading its settings passed open_index(settings["index"]) an int or a list: Python's
    # "expected str, bytes or os.PathLike object, not int" came out, not an IctsearchError.  It is now
    # an IndexLocationError, and still a TypeError, which callers may have caught.
    import ictsearch

    for call in (lambda: ictsearch.open_index(where), lambda: ictsearch.index_status(where),
                 lambda: ictsearch.build_index(["資料"], where)):
        with pytest.raises(ictsearch.IndexLocationError, match="the index location is a folder's path") as e:
            call()
        assert isinstance(e.value, TypeError) and type(where).__name__ in str(e.value)


def test_build_index_says_what_a_wrong_path_or_progress_is_before_it_starts(tmp_path):
    import ictsearch

    write(tmp_path / "資料" / "計画.txt", PLAN)
    with pytest.raises(TypeError, match="paths must be files or folders .*not int 2024"):
        ictsearch.build_index([tmp_path / "資料", 2024], tmp_path / "idx")
    with pytest.raises(TypeError, match=r"progress must be a function called as progress\(outcome, done, total\)"):
        ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx", progress="進捗")
    assert not (tmp_path / "idx").exists()  # refused before anything was made


# -- show: a file's name as Windows' Explorer shows it, without its extension -----------------------

def test_show_offers_the_indexed_file_for_its_name_without_the_extension(tmp_path, monkeypatch):
    # Explorer hides extensions by default: a colleague's 「令和6年度 東北 テレワーク 推進計画」 was
    # answered "no document … in the index" with nothing offered, where 「…推進計画.txt」 named the file.
    import ictsearch

    plan = write(tmp_path / "資料" / "東北" / "令和6年度 東北 テレワーク 推進計画.txt", PLAN)
    bosai = write(tmp_path / "資料" / "R5.4.1_防災計画.md", BOSAI)
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx", jobs=1)
    monkeypatch.chdir(tmp_path)
    out = _cli("show", "令和6年度 東北 テレワーク 推進計画", "--index", tmp_path / "idx")
    assert out.exit_code == 2
    assert f"the index holds {plan} (give its path or doc id)" in out.output
    with ictsearch.open_index(tmp_path / "idx") as idx:
        with pytest.raises(ictsearch.DocumentNotFound, match=f"the index holds {bosai}"):
            idx.get("R5.4.1_防災計画")  # a dot inside the name is not its extension
        with pytest.raises(ictsearch.DocumentNotFound, match="give a doc id from search results"):
            idx.get("推進計画")  # a part of a name is no name: nothing offered
        assert idx.get(str(plan)).title == "令和6年度東北地域テレワーク推進計画"


# -- a doc id a search gave, whose document an index run removed since ------------------------------

def test_a_whole_doc_id_removed_since_the_search_says_so_not_that_no_id_starts_with_it(tmp_path):
    # A web tool links each hit to /doc/<doc_id>; a colleague deletes the file and the nightly run
    # removes its document.  The link then said "no doc id starts with 2611…98d9", as a typo would.
    import ictsearch

    docs = tmp_path / "資料"
    bosai = write(docs / "防災計画.txt", BOSAI)
    write(docs / "テレワーク.txt", PLAN)
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        doc_id = idx.search("防災行政無線").hits[0].doc_id
        bosai.unlink()
        ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
        for call in (idx.get, idx.similar):
            with pytest.raises(ictsearch.DocumentNotFound, match="no document has that doc id now "
                               r"\(an index run since the search that gave it removed"):
                call(doc_id)
        with pytest.raises(ictsearch.DocumentNotFound, match=f"no doc id starts with {doc_id[:6]}"):
            idx.get(doc_id[:6])  # a start of an id is still answered as one
    out = _cli("show", doc_id, "--index", tmp_path / "idx")
    assert out.exit_code == 2 and "no document has that doc id now" in out.output


def test_filter_notes_takes_no_filters_as_none_and_names_a_wrong_type():
    # The README names ictsearch.search.filter_notes(filters) for a web tool's "長野市 is filtered as
    # 長野県" line; filter_notes(None) and filter_notes("長野市") raised AttributeError.
    import ictsearch
    from ictsearch.search import filter_notes

    assert filter_notes(None) == [] and filter_notes({}) == []
    assert filter_notes({"region": "長野市"}) == [
        "長野市 is filtered as 長野県: documents are placed by prefecture, so pages of its other municipalities match too"]
    with pytest.raises(ictsearch.BadQuery, match=r"filter_notes takes the filters as a dict.*not str"):
        filter_notes("長野市")
