"""review37: a new user trying to break ictsearch, and a developer embedding it, and what broke."""

from __future__ import annotations

import pytest

from conftest import write


def _collection(tmp_path):
    """Two folders of a bureau's pages, each written as bureaus write them, indexed."""
    from ictsearch.indexer import build_index

    a, b = tmp_path / "共有" / "東北", tmp_path / "共有" / "九州"
    write(a / "テレワーク.txt", "令和4年度 東北地域テレワーク推進事業の報告\n\n"
          "東北総合通信局は、令和4年度に岩手県及び宮城県で中小企業のテレワーク導入を支援しました。")
    write(b / "防災.txt", "令和3年度 九州 防災行政無線デジタル化の取組\n\n"
          "九州総合通信局は、熊本県の市町村と防災行政無線のデジタル化に取り組みました。")
    idx = tmp_path / "idx"
    build_index([a, b], idx, jobs=1)
    return idx, a, b


def test_a_rebuild_of_an_empty_folder_keeps_the_index_and_says_how_to_empty_it(tmp_path):
    # `ictsearch index /mnt/資料 --rebuild` with the share not mounted (its bare mount point an
    # existing empty folder) emptied the whole index with exit 0, where a misspelt folder keeps it
    # (review36) and an update keeps the empty folder's documents.
    import ictsearch
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    idx, a, b = _collection(tmp_path)
    mount = tmp_path / "mnt"
    mount.mkdir()
    summary = build_index([mount], idx, jobs=1, rebuild=True)
    assert (summary.added, summary.removed, summary.documents) == (0, 0, 2)
    assert any("nothing was rebuilt" in reason and "all its 2 documents" in reason for _, reason in summary.problems)
    out = CliRunner().invoke(cli, ["index", str(mount), "--rebuild", "--index", str(idx)])
    assert out.exit_code == 2, out.output
    assert "holds no document ictsearch reads" in out.output and f"rm -r {idx}" in out.output
    # --dry-run says the same, and --json is one error object.
    assert CliRunner().invoke(cli, ["index", str(mount), "--rebuild", "--dry-run", "--index", str(idx)]).exit_code == 2
    js = CliRunner().invoke(cli, ["index", str(mount), "--rebuild", "--json", "--index", str(idx)])
    assert js.exit_code == 2 and '"kind": "NoSuchPath"' in js.output
    with ictsearch.open_index(idx) as ix:
        assert ix.search("防災行政無線").total == 1 and ix.search("テレワーク").total == 1

    # A folder holding only files ictsearch does not read (a share's pictures) is the same.
    write(mount / "写真.jpg", "")
    assert build_index([mount], idx, jobs=1, rebuild=True).documents == 2

    # One of the named folders emptied (its share not mounted): nothing rebuilt, and leaving it out is the fix.
    (a / "テレワーク.txt").unlink()
    summary = build_index([a, b], idx, jobs=1, rebuild=True)
    assert summary.documents == 2
    [(path, reason)] = summary.problems
    assert path == str(a) and "the folder is empty" in reason and "the 1 document indexed from it" in reason
    assert "leave it out" in reason
    assert build_index([b], idx, jobs=1, rebuild=True).documents == 1  # left out, as said

    # The documented way to an empty index: delete its folder and index the empty one.
    import shutil

    shutil.rmtree(idx)
    assert build_index([mount], idx, jobs=1).documents == 0
    assert ictsearch.index_status(idx).documents == 0


def test_an_empty_fresh_or_empty_index_is_still_rebuilt_from_an_empty_folder(tmp_path):
    # What the refusal must not stop: an empty folder indexed first, or an index that holds nothing.
    from ictsearch.indexer import build_index

    empty = tmp_path / "空"
    empty.mkdir()
    assert build_index([empty], tmp_path / "idx", jobs=1, rebuild=True).problems == ()
    assert build_index([empty], tmp_path / "idx", jobs=1, rebuild=True).problems == ()


def test_an_update_of_an_empty_named_folder_says_is_for_one_document(tmp_path):
    # "the 1 document indexed from it are kept; … drops them"
    from ictsearch.indexer import build_index

    idx, a, b = _collection(tmp_path)
    (a / "テレワーク.txt").unlink()
    summary = build_index([a, b], idx, jobs=1)
    [(path, reason)] = summary.problems
    assert "the 1 document indexed from it is kept" in reason and reason.endswith("drops it")


@pytest.mark.parametrize("typed", ["2019…2023", "2019...2023", "令和元年度…令和5年度", "R1…R5", "2019．．．2023"])
def test_a_span_of_years_typed_with_an_ellipsis_is_the_range(tmp_path, typed):
    # A Japanese input method turns ... into …: `--year 2019…2023` was refused as "cannot read
    # '.2023' as a year", and the same span in a query required both years written (8 pages, not 91).
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    for fy, era in ((2018, "平成30"), (2020, "令和2"), (2022, "令和4"), (2024, "令和6")):
        write(docs / f"{fy}.txt", f"{era}年度 テレワーク推進事業 報告\n\n{era}年度は中小企業のテレワーク導入を支援しました。")
    build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as ix:
        filtered = ix.search("テレワーク", fiscal_year=typed)
        assert sorted(h.fiscal_year for h in filtered.hits) == [2020, 2022]
        asked = ix.search(f"テレワーク {typed}")
        assert sorted(h.fiscal_year for h in asked.hits) == [2020, 2022]
        # A trailing ellipsis is punctuation, not an open range.
        assert ix.search("テレワーク…").total == 4


def test_a_sheet_whose_text_lies_below_the_rows_read_is_not_called_empty(tmp_path, monkeypatch):
    # A workbook whose only values stand below the rows read from a sheet failed as "no text (every
    # sheet is empty)", and the warning that rows were left out was lost with it.
    import openpyxl

    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.formats import xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 50)
    wb = openpyxl.Workbook()
    wb.active.title = "予算"
    wb.active["B80"] = "北海道 ローカル5G 実証 予算額"
    wb.save(tmp_path / "予算.xlsx")
    with pytest.raises(ExtractionError, match=r"no text in the rows read \(sheet 予算: only the first 50 rows read"):
        xlsx.read(tmp_path / "予算.xlsx")
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "空.xlsx")  # truly empty: said as before
    with pytest.raises(ExtractionError, match=r"every sheet is empty"):
        xlsx.read(tmp_path / "空.xlsx")


def test_a_path_or_words_given_to_a_command_that_takes_none_say_what_to_type(tmp_path, monkeypatch):
    # `ictsearch status ~/索引` (the index named as `index` names folders) and `ictsearch facets 東北`
    # (words, as search takes) were "Got unexpected extra argument" and a pointer to the help.
    import subprocess
    import sys

    idx, _, _ = _collection(tmp_path)
    monkeypatch.setenv("ICTSEARCH_INDEX", str(tmp_path / "none"))

    def run(*args):
        return subprocess.run([sys.executable, "-m", "ictsearch", *args], capture_output=True, text=True, timeout=120)

    for command in ("status", "facets", "export"):
        out = run(command, str(idx), *(["--format", "jsonl"] if command == "export" else []))
        assert out.returncode == 2 and out.stdout == ""
        assert f"{command} takes no path" in out.stderr and f"ictsearch {command} --index {idx}" in out.stderr
    out = run("facets", "--region", "東北", "テレワーク", "防災")
    assert out.returncode == 2
    assert "facets takes filters, not words" in out.stderr and "`ictsearch search テレワーク 防災`" in out.stderr
    out = run("status", "nothing-here")  # neither: Click's own line, as before
    assert out.returncode == 2 and "unexpected extra argument (nothing-here)" in out.stderr


def test_status_to_dict_is_what_status_json_prints(tmp_path):
    # IndexStatus.to_dict() held absent_folders as a tuple of tuples, where `status --json` has lists:
    # a client comparing the API's dict with the command's JSON saw them differ.
    import json

    import ictsearch
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    idx, a, b = _collection(tmp_path)
    (a / "テレワーク.txt").unlink()
    a.rmdir()  # a folder gone, not named: kept, and said
    build_index([b], idx, jobs=1)
    status = ictsearch.index_status(idx)
    assert status.absent_folders == ((str(a), 1),)  # the dataclass keeps its typed tuples
    out = CliRunner().invoke(cli, ["status", "--json", "--index", str(idx)])
    printed = json.loads(out.stdout)
    assert status.to_dict() == printed
    assert printed["absent_folders"] == [[str(a), 1]]


@pytest.mark.parametrize("typed", ["2020・2021年度のテレワーク", "2020・2021年度 テレワーク", "2020、2021年度 テレワーク"])
def test_western_years_listed_before_a_nendo_are_either_year(tmp_path, typed):
    # 「2020・2021年度」 as plans write it: the 2020 was a word every page had to write beside fiscal
    # year 2021 (a 2021 page citing 2020年東京大会 found, the 2020 page not), where 令和2・3年度 and
    # 2020年度・2021年度 find the pages of either year.
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "r2.txt", "令和2年度 テレワーク推進事業 報告\n\n令和2年度は中小企業のテレワーク導入を支援しました。")
    write(docs / "r3.txt", "令和3年度 テレワーク推進事業 報告\n\n令和3年度は東京2020大会の経験を踏まえ、テレワークを支援しました。")
    write(docs / "r4.txt", "令和4年度 テレワーク推進事業 報告\n\n令和4年度は2020年以来のテレワーク定着を調べました。")
    build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as ix:
        found = sorted(h.fiscal_year for h in ix.search(typed).hits)
        assert found == [2020, 2021]
        assert found == sorted(h.fiscal_year for h in ix.search("2020年度・2021年度 テレワーク").hits)
    from ictsearch.search.understand import metadata_spans

    # Four digits listed with no 年度 after them stay words (a count, a code): not read as years.
    assert [sp.read_as for sp in metadata_spans("2020・2021の相談件数")] == []
    assert [sp.read_as for sp in metadata_spans("2020・令和3年度の相談件数")] == ["fiscal_year 2021"]


def test_a_folder_that_is_its_own_index_does_not_count_the_index_files_as_passed_over(tmp_path):
    # An empty folder given as its own index (`ictsearch index 資料 --index 資料`), documents added later:
    # every run said "note: 8 files not indexed, not a format ictsearch reads: 2 .json, 1 .lock, 1 .seg …".
    from ictsearch.indexer import build_index

    folder = tmp_path / "資料"
    folder.mkdir()
    build_index([folder], folder, jobs=1)
    write(folder / "報告.txt", "令和4年度 東北地域テレワーク推進事業の報告\n\n岩手県で中小企業のテレワーク導入を支援しました。")
    write(folder / "写真.jpg", "")
    summary = build_index([folder], folder, jobs=1, rebuild=True)
    assert summary.added == 1 and summary.documents == 1
    assert dict(summary.passed_over) == {".jpg": 1}


@pytest.mark.parametrize("pasted", [
    '"{path}"',                      # Windows' "Copy as path", pasted inside the shell's own quotes
    "{path} ",                       # a trailing space (or a line break) copied with it
    "{path}\n",
    "file://{url}",                  # a browser's address bar, a file manager's "copy as URL"
    "file://localhost{url}",
])
def test_a_path_pasted_with_quotes_spaces_or_as_a_file_url_names_its_document(tmp_path, pasted):
    # `ictsearch show "file:///…/%E5%A0%B1%E5%91%8A.txt"` and a quoted or space-ended path were
    # "no document … in the index", beside the very file.
    from urllib.parse import quote

    import ictsearch

    idx, a, _ = _collection(tmp_path)
    path = str(a / "テレワーク.txt")
    with ictsearch.open_index(idx) as ix:
        doc = ix.get(pasted.format(path=path, url=quote(path)))
        assert doc.path == path
        assert ix.similar(pasted.format(path=path, url=quote(path))).total >= 0
        with pytest.raises(ictsearch.DocumentNotFound, match="no document 'nothing.txt'"):
            ix.get('"nothing.txt"')


def test_a_required_choice_left_out_is_one_line():
    # `ictsearch export` without --format printed Click's "Choose from:" and a tab-indented line per
    # choice: three lines, where every error is one.
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "ictsearch", "export"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == ("Error: Missing option '--format'. Choose from: jsonl, opensearch "
                          "(see `ictsearch export --help`)\n")


def test_show_says_a_file_is_gone_or_changed_as_search_does(tmp_path):
    # A hit said "(file gone)" / "(file changed)"; `ictsearch show` of the same document, where one
    # goes for the path to open, printed it as if the file were there, and Document had no such field.
    import json

    import ictsearch
    from click.testing import CliRunner

    from ictsearch.cli import cli

    idx, a, b = _collection(tmp_path)
    gone, changed = a / "テレワーク.txt", b / "防災.txt"
    gone.unlink()
    changed.write_text(changed.read_text(encoding="utf-8") + "\n令和4年度も継続しました。", encoding="utf-8")
    with ictsearch.open_index(idx) as ix:
        assert (ix.get(str(gone)).gone, ix.get(str(gone)).changed) == (True, False)
        assert (ix.get(str(changed)).gone, ix.get(str(changed)).changed) == (False, True)
        hit = ix.search("テレワーク").hits[0]
        assert ix.get(hit.doc_id).gone == hit.gone
    out = CliRunner().invoke(cli, ["show", str(gone), "--index", str(idx)])
    assert f"path         {gone}  (file gone)" in out.output and "no longer where it was indexed" in out.output
    out = CliRunner().invoke(cli, ["show", str(changed), "--index", str(idx)])
    assert "(file changed)" in out.output and "has changed since it was indexed" in out.output
    shown = json.loads(CliRunner().invoke(cli, ["show", str(gone), "--json", "--index", str(idx)]).stdout)
    assert (shown["gone"], shown["changed"]) == (True, False)


@pytest.mark.parametrize("typed, either", [
    ("テレワーク または 防災", True), ("テレワーク 又は 防災", True), ("テレワーク もしくは 防災", True),
    ("テレワーク 及び 防災", False), ("テレワーク かつ 防災", False),
])
def test_a_conjunction_typed_apart_between_words_is_the_operator_it_says(tmp_path, typed, either):
    # 「テレワーク または 防災」 required the word または too (Sudachi's 又): it found fewer pages than
    # 「テレワーク 防災」, where OR was meant.  及び and かつ are AND, as a space is.
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "t.txt", "テレワーク推進事業\n\n中小企業のテレワーク導入を支援しました。")
    write(docs / "b.txt", "防災行政無線の更新\n\n防災行政無線をデジタル化しました。")
    write(docs / "tb.txt", "テレワークと防災\n\n災害時にもテレワークで業務を続ける防災の取組です。")
    write(docs / "tbm.txt", "テレワーク及び防災\n\nテレワーク又は防災の取組です。")
    build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as ix:
        found = sorted(h.path.rsplit("/", 1)[1] for h in ix.search(typed).hits)
        assert found == (["b.txt", "t.txt", "tb.txt", "tbm.txt"] if either else ["tb.txt", "tbm.txt"])
        # Quoted, or glued to its words, it is text as before.
        assert ix.search('"又は"').total == 1
        assert sorted(h.path.rsplit("/", 1)[1] for h in ix.search("テレワーク または").hits) == ["tbm.txt"]


def test_a_town_written_with_its_prefecture_filters_as_the_town_does(tmp_path):
    # --region 盛岡市 is filtered as 岩手県 (with a note); --region 岩手県盛岡市, as an address writes it
    # and as staff copy it, was "unknown region or prefecture" and a list of 70 names, and 東京都府中市
    # too, though it says which 府中市.
    import ictsearch

    idx, a, b = _collection(tmp_path)
    with ictsearch.open_index(idx) as ix:
        for typed, pref in (("岩手県盛岡市", "岩手県"), ("東京都府中市", "東京都"), ("熊本県熊本市", "熊本県")):
            as_town = ix.search("", region=typed)
            assert [h.path for h in as_town.hits] == [h.path for h in ix.search("", region=pref).hits]
            assert f"{typed} is filtered as {pref}" in " ".join(as_town.notes)
        assert ix.search("", region="盛岡市").total == 1
        with pytest.raises(ictsearch.UnknownFacetValue):
            ix.search("", region="岩手県仙台市")  # 仙台市 is no town of 岩手県
    with pytest.raises(ictsearch.UnknownFacetValue, match="府中市 is a town of 東京都 and 広島県"):
        ictsearch.open_index(idx).search("", region="府中市")


def test_an_index_folder_named_as_the_documents_is_refused_not_indexed_as_nothing(tmp_path):
    # `ictsearch index ~/.local/share/ictsearch/index` (the index named where the documents go)
    # said "Indexed 0 documents" with exit 0, and --rebuild then emptied the index.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    idx, _, _ = _collection(tmp_path)
    out = CliRunner().invoke(cli, ["index", str(idx), "--index", str(idx)])
    assert out.exit_code == 2 and "this is an ictsearch index, not a folder of documents" in out.output
    out = CliRunner().invoke(cli, ["index", str(idx), "--rebuild", "--index", str(idx)])
    assert out.exit_code == 2 and "The index holds 2 documents" in out.output
    other = tmp_path / "other"
    out = CliRunner().invoke(cli, ["index", str(idx), "--index", str(other)])
    assert out.exit_code == 2 and not other.exists()
    # A folder made its own index while empty stays an empty folder to index, as on its first run.
    own = tmp_path / "資料"
    own.mkdir()
    assert build_index([own], own, jobs=1).problems == ()
    assert build_index([own], own, jobs=1).problems == ()
