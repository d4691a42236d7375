"""Review 30: ictsearch broken as a new user would, on day one, and what was fixed."""

from __future__ import annotations

import fcntl
import json
import os

from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.indexer import build_index
from ictsearch.indexer.status import index_status
from ictsearch.indexer.store import LOCK_FILE

from conftest import write

REPORT = "令和4年度 事業報告\n\n東北総合通信局は、岩手県においてテレワークの普及展開を推進した。"
PLAN = "令和5年度 事業計画\n\n九州総合通信局は、福岡県で地域課題解決のためのICT活用を支援する。"


def _collection(tmp_path):
    src = tmp_path / "資料"
    write(src / "報告.txt", REPORT)
    write(src / "計画" / "計画.txt", PLAN)
    return src


def test_status_says_an_indexing_run_is_updating_the_index(tmp_path):
    # `status` while a long `ictsearch index` ran in another terminal gave the figures of the index
    # before that run without a word; the run is named now (a field added, none changed).
    src, idx = _collection(tmp_path), tmp_path / "idx"
    build_index([src], idx, jobs=1)
    assert index_status(idx).updating is None
    fd = os.open(idx / LOCK_FILE, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # what a running index holds
        os.ftruncate(fd, 0)
        os.pwrite(fd, b"4242", 0)
        assert index_status(idx).updating == 4242
        res = CliRunner().invoke(cli, ["status", "--index", str(idx), "--json"])
        assert res.exit_code == 0
        st = json.loads(res.output)
        assert st["updating"] == 4242 and st["documents"] == 2
        res = CliRunner().invoke(cli, ["status", "--index", str(idx)])
        assert res.exit_code == 0 and "indexing run (pid 4242) is updating" in res.output
    finally:
        os.close(fd)
    assert index_status(idx).updating is None


def test_metadata_files_named_almost_right_are_warned_not_indexed(tmp_path):
    # A sidecar ending .Meta.Toml was passed over without a word; one Notepad saved with the .txt
    # Windows hides (報告.txt.meta.toml.txt), and metadata.csv.txt, were indexed as documents of their
    # own, their values unread; Windows' Zone.Identifier streams were counted as files in no format.
    src = _collection(tmp_path)
    write(src / "報告.txt.Meta.Toml", '地域 = "九州"\n')
    write(src / "報告.txt.meta.toml.txt", '地域 = "沖縄"\n')
    write(src / "metadata.csv.txt", "path,地域\n計画/計画.txt,北海道\n")
    write(src / "報告.txt:Zone.Identifier", "[ZoneTransfer]\nZoneId=3\n")
    write(src / "計画" / "計画.txt:Zone.Identifier:$DATA", "[ZoneTransfer]\nZoneId=3\n")
    res = CliRunner().invoke(cli, ["index", str(src), "--index", str(tmp_path / "idx"), "--jobs", "1", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["added"] == 2 and summary["passed_over"] == {}
    fixes = dict(summary["misnamed_metadata"])
    assert set(fixes) == {str(src / n) for n in ("報告.txt.Meta.Toml", "報告.txt.meta.toml.txt", "metadata.csv.txt")}
    assert "rename it to 報告.txt.meta.toml" in fixes[str(src / "報告.txt.Meta.Toml")]
    assert "rename it to 報告.txt.meta.toml" in fixes[str(src / "報告.txt.meta.toml.txt")]
    assert "rename it to metadata.csv" in fixes[str(src / "metadata.csv.txt")]
    res = CliRunner().invoke(cli, ["index", str(src), "--index", str(tmp_path / "idx"), "--jobs", "1"])
    assert res.exit_code == 0
    assert f"warning: {src / 'metadata.csv.txt'}: manual metadata saved with .txt added" in res.output
    assert "not a format" not in res.output  # the Zone.Identifier file is no file of anyone's


def test_a_metadata_workbook_is_indexed_with_a_warning_that_only_metadata_csv_is_read(tmp_path):
    import openpyxl

    src = _collection(tmp_path)
    wb = openpyxl.Workbook()
    wb.active.append(["path", "地域"])
    wb.active.append(["報告.txt", "九州"])
    wb.save(src / "metadata.xlsx")
    summary = build_index([src], tmp_path / "idx", jobs=1)
    [sheet] = [o for o in summary.outcomes if o.path.endswith("metadata.xlsx")]
    assert sheet.status == "added"
    assert any("only a file named metadata.csv is read" in w for w in sheet.warnings)


def test_a_binary_file_under_a_text_name_is_named_for_what_it_is(tmp_path):
    # A PDF saved as 資料.txt, a Word file or a zip renamed .txt, a program: each got 「not text:
    # undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP (UTF-8: byte 0xd0 at offset 24; …)」.
    import zipfile

    import docx

    src = _collection(tmp_path)
    d = docx.Document()
    d.add_paragraph("令和4年度 事業報告")
    d.save(src / "報告書.txt")
    with zipfile.ZipFile(src / "一式.txt", "w") as zf:
        zf.writestr("資料.txt", REPORT)
    (src / "道具.txt").write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200))
    (src / "白書.md").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    summary = build_index([src], tmp_path / "idx", jobs=1)
    reasons = {os.path.basename(o.path): o.reason for o in summary.failures}
    assert reasons == {
        "報告書.txt": "a Word file under a .txt name, not text: rename it to .docx",
        "一式.txt": "a zip archive under a .txt name, not text: unpack it and index its files",
        "道具.txt": "a Windows program (.exe) under a .txt name, not text",
        "白書.md": "a PDF file under a .md name, not text: rename it to .pdf",
    }
    assert summary.added == 2


def test_a_windows_path_with_backslashes_names_an_indexed_file(tmp_path, monkeypatch):
    # 「計画\計画.txt」 copied from Explorer: `show`, `similar` and Index.get found nothing (a
    # backslash is a character of a name here); --path and metadata.csv read it already.
    from ictsearch.search import open_index

    src, idx = _collection(tmp_path), tmp_path / "idx"
    build_index([src], idx, jobs=1)
    monkeypatch.chdir(tmp_path)
    with open_index(idx) as index:
        assert index.get("資料\\計画\\計画.txt").path == str(src / "計画" / "計画.txt")
        assert index.similar("資料\\報告.txt").total >= 0
    res = CliRunner().invoke(cli, ["show", "資料\\計画\\計画.txt", "--index", str(idx), "--json"])
    assert res.exit_code == 0, res.output
    assert "九州総合通信局" in json.loads(res.output)["text"]
    res = CliRunner().invoke(cli, ["show", "資料\\計画\\無い.txt", "--index", str(idx)])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_a_file_name_in_cp932_bytes_is_reported_with_its_reading(tmp_path):
    # A zip made on Windows unpacked on Linux: the name is CP932 bytes.  The run reported
    # 「…/\x8e\x91\x97\xbf.txt: the file name is not valid UTF-8」, which does not say which file it is.
    src = _collection(tmp_path)
    (src / os.fsdecode("資料".encode("cp932") + b".txt")).write_text(REPORT, encoding="utf-8")
    summary = build_index([src], tmp_path / "idx", jobs=1)
    assert summary.added == 2
    [(path, reason)] = summary.problems
    assert path.endswith(r"\x8e\x91\x97\xbf.txt")
    assert "not valid UTF-8" in reason and f"{src / '資料.txt'}" in reason and "rename" in reason


def test_an_index_of_a_folder_whose_every_file_failed_says_so_not_to_index_again(tmp_path):
    # A folder where every file is broken: search and facets said 「the index holds no documents yet:
    # add some with `ictsearch index FOLDER`」, sending the user to index the same folder again.
    src = tmp_path / "壊れた資料"
    (src / "報告.pdf").parent.mkdir()
    (src / "報告.pdf").write_bytes(b"%PDF-1.4\n" + bytes(100))
    (src / "計画.txt").write_bytes(b"")
    idx = tmp_path / "idx"
    res = CliRunner().invoke(cli, ["index", str(src), "--index", str(idx), "--jobs", "1"])
    assert res.exit_code == 1
    for args in (["search", "テレワーク"], ["facets"]):
        res = CliRunner().invoke(cli, [*args, "--index", str(idx)])
        assert res.exit_code == 0
        assert "indexing all 2 files it found failed (`ictsearch status` lists why)" in res.output
    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx), "--json"])
    assert json.loads(res.output)["notes"] == [
        "the index holds no documents: indexing all 2 files it found failed (`ictsearch status` lists why)"]


def test_a_misnamed_sidecar_named_on_the_command_line_is_refused_with_its_right_name(tmp_path):
    src = _collection(tmp_path)
    side = write(src / "報告.txt.meta.toml.txt", '地域 = "沖縄"\n')
    res = CliRunner().invoke(cli, ["index", str(src / "報告.txt"), str(side), "--index", str(tmp_path / "idx")])
    assert res.exit_code == 1
    assert f"error: {side}: manual metadata saved with .txt added" in res.output
    assert "rename it to 報告.txt.meta.toml" in res.output and "1 added" in res.output


def test_a_windows_absolute_path_is_answered_with_the_indexed_file_it_names(tmp_path):
    # 「C:\Users\tanaka\資料\計画\計画.txt」 or a share's 「\\fileserver\共有\資料\計画\計画.txt」 from a colleague
    # on Windows: `show` said only 「no document … in the index」, though the index holds that file
    # under its own root here.
    src, idx = _collection(tmp_path), tmp_path / "idx"
    build_index([src], idx, jobs=1)
    for typed in ("C:\\Users\\tanaka\\資料\\計画\\計画.txt", "\\\\fileserver\\共有\\資料\\計画\\計画.txt"):
        res = CliRunner().invoke(cli, ["show", typed, "--index", str(idx)])
        assert res.exit_code == 2 and "Traceback" not in res.output
        assert f"a Windows path; the index holds {src / '計画' / '計画.txt'} (give its path or doc id)" in res.output


def test_a_sidecar_toml_error_quotes_its_line_and_says_to_quote_values(tmp_path):
    # tomllib says only "Invalid value (at line 2, column 15)": an officer writing R4 bare in the
    # sidecar had to count columns.  The line itself and the usual fix are part of the message.
    from ictsearch.indexer import build_index

    write(tmp_path / "docs" / "報告.txt", "令和4年度 東北総合通信局 テレワーク推進事業の報告。\n")
    write(tmp_path / "docs" / "報告.txt.meta.toml", 'title = "事業報告"\nfiscal_year = R4\n')
    summary = build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    (failure,) = [o for o in summary.outcomes if o.status == "failed"]
    message = failure.reason
    assert "line 2" in message and "「fiscal_year = R4」" in message
    assert "double quotes" in message
