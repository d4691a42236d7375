"""maint25: a week of keeping a 課's collection current: metadata fixes, moves, renames,
interruptions, a full disk, hand-over and upgrades."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write


def test_a_collection_folder_renamed_says_that_its_old_documents_are_kept(tmp_path):
    # 資料 renamed 資料2023 and indexed under its new name: the index kept the 2 documents of the old
    # name (a folder that is not there may be a share that is not mounted) and searches returned
    # each page twice, once under a path that no longer exists; the run said nothing about it.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    old = tmp_path / "資料"
    write(old / "tohoku.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(old / "kanto.txt", "令和4年度 関東総合通信局 活動方針\n\n横浜市のテレワーク推進を支援する。")
    idx = tmp_path / "idx"
    build_index([old], idx, jobs=1)
    new = old.rename(tmp_path / "資料2023")
    summary = build_index([new], idx, jobs=1)
    assert summary.added == 2 and summary.documents == 4  # as documented: kept until --rebuild
    assert [tuple(k) for k in summary.absent_folders] == [(str(old), 2)]
    res = CliRunner().invoke(cli, ["index", str(new), "--index", str(idx)])
    assert res.exit_code == 0, res.output
    assert str(old) in res.output and "--rebuild" in res.output, res.output
    res = CliRunner().invoke(cli, ["index", str(new), "--index", str(idx), "--json"])
    assert json.loads(res.stdout)["absent_folders"] == [[str(old), 2]]
    # The rebuild the note offers drops them, and the note goes.
    summary = build_index([new], idx, jobs=1, rebuild=True)
    assert summary.documents == 2 and summary.absent_folders == ()


def test_an_index_written_by_a_newer_ictsearch_says_to_upgrade_not_only_to_rebuild(tmp_path):
    # The 課's shared index, rebuilt by a colleague's newer ictsearch: the older copy on another
    # machine answered "has format version 4; this ictsearch reads version 3. Rebuild it", and a
    # rebuild replaces the newer index with one the newer version refuses in its turn.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index
    from ictsearch.indexer.schema import FORMAT_VERSION

    docs = tmp_path / "資料"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    meta = json.loads((idx / "ictsearch.json").read_text())
    for fmt, says in ((FORMAT_VERSION + 1, "newer"), (FORMAT_VERSION - 1, "older")):
        meta["format"] = fmt
        (idx / "ictsearch.json").write_text(json.dumps(meta))
        for command in (["search", "テレワーク"], ["status"], ["index", str(docs)]):
            res = CliRunner().invoke(cli, [*command, "--index", str(idx)])
            assert res.exit_code == 2, res.output
            assert says in res.output and "ictsearch index --rebuild" in res.output, res.output
            assert ("upgrade" in res.output.lower()) == (says == "newer"), res.output


def test_ctrl_c_while_the_command_starts_is_an_interruption_not_a_traceback(tmp_path):
    # Ctrl-C in the first half second of `ictsearch index 資料` (the wrong folder typed) printed a
    # 20-line traceback of the import machinery (whoosh/analysis/__init__.py … KeyboardInterrupt)
    # and no exit status of the README's (130). The SIGINT is sent here while Whoosh is imported.
    import subprocess
    import sys

    program = (
        "import os, signal, sys\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'whoosh':\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['ictsearch', 'index', " + repr(str(tmp_path / "資料")) + "]\n"
        "from ictsearch.cli import main\n"
        "sys.exit(main())\n"
    )
    res = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert res.returncode == 130, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr and "Interrupted" in res.stderr, res.stderr


def test_importing_the_cli_leaves_the_ctrl_c_handler_as_it_was():
    # What the fix above installs covers the import only: a program (or pytest) that imports the
    # CLI keeps its own KeyboardInterrupt.
    import subprocess
    import sys

    program = ("import signal\n"
               "def mine(*a): pass\n"
               "signal.signal(signal.SIGINT, mine)\n"
               "import ictsearch.cli\n"
               "assert signal.getsignal(signal.SIGINT) is mine\n"
               "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
               "import importlib; importlib.reload(ictsearch.cli)\n"
               "assert signal.getsignal(signal.SIGINT) is signal.default_int_handler\n")
    res = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr


def test_a_cache_that_cannot_be_written_costs_speed_not_the_document(tmp_path):
    # The extraction cache is a cache: a document whose entry cannot be written is still indexed.
    # Its folder could not be made (a file named cache/ab where the folder goes, as a half-copied
    # index leaves) and the document failed, 「unexpected error: FileExistsError」.
    from ictsearch.indexer import build_index
    from ictsearch.indexer.cache import ExtractCache

    docs = tmp_path / "資料"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    cache = ExtractCache(idx / "cache")
    entry = next((idx / "cache").rglob("*.json.gz"))
    folder = entry.parent
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()
    folder.write_bytes(b"")  # a file where the entry's folder goes
    write(docs / "plan2.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。")  # the same text: the same entry
    summary = build_index([docs], idx, jobs=1)
    assert summary.failed == 0 and summary.added == 1, summary.failures
    assert cache.get(entry.name.split(".")[0]) is None


def test_a_metadata_csv_row_whose_name_differs_in_case_names_the_file_that_is_there(tmp_path):
    # A list typed on Windows (2023/Tohoku_Plan.TXT) for the share's 2023/tohoku_plan.txt: Explorer
    # opens it, and index said only 「rows for files that are not there」 of a file that is there.
    from ictsearch.indexer import build_index

    coll = tmp_path / "資料"
    write(coll / "2023" / "tohoku_plan.txt", "東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(coll / "metadata.csv", "path,年度,地域\n2023/Tohoku_Plan.TXT,令和5,東北\n2023/kanto.txt,令和4,関東\n")
    summary = build_index([coll], tmp_path / "idx", jobs=1)
    said = " ".join(w for o in summary.outcomes for w in o.warnings)
    assert "rows for files that are not there" in said and "2023/kanto.txt" in said, said
    assert "2023/Tohoku_Plan.TXT" in said and "2023/tohoku_plan.txt" in said and "case" in said, said


def test_a_first_build_stopped_twice_by_a_full_disk_is_taken_up_again_once_there_is_space(tmp_path):
    # The first `ictsearch index` on a nearly full disk failed (No space left on device), and so
    # did the second: its new generation held only Whoosh's temporary table of contents
    # (_MAIN_0.toc.<time>, cut at 0 bytes). From then on every command called the folder "not an
    # ictsearch index: it holds other files (gen-000002)", and `index` refused it even with space
    # freed: only deleting the folder by hand helped.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。")
    idx = tmp_path / "idx"
    (idx / "gen-000001").mkdir(parents=True)
    (idx / "gen-000001" / "_MAIN_0.toc").write_bytes(b"")  # the first run's, cut short
    (idx / "gen-000002").mkdir()
    (idx / "gen-000002" / "_MAIN_0.toc.1796317685.253651").write_bytes(b"")
    (idx / "write.lock").write_text("")
    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx)])
    assert res.exit_code == 2 and "other files" not in res.output, res.output
    assert "ictsearch index" in res.output, res.output  # what to do: build it
    summary = build_index([docs], idx, jobs=1)
    assert summary.added == 1 and summary.documents == 1
    assert sorted(p.name for p in idx.glob("gen-*")) == ["gen-000003"]


def test_a_new_folder_of_an_indexed_collection_indexed_alone_reads_the_collections_metadata_csv(tmp_path):
    # The week's new files go to 資料/2024/, their rows to 資料/metadata.csv, and only the new folder
    # is indexed (`ictsearch index 資料/2024`, quicker). Its documents were derived as if the CSV were
    # not there (a White Paper's 全国 and 年度 2013 instead of the row's 沖縄, 令和6), without a word:
    # the CSV is read up to the folder a document was last indexed under, and a new one had none.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    coll = tmp_path / "資料"
    write(coll / "2023" / "plan.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(coll / "metadata.csv", "path,地域,年度\n2023/plan.txt,東北,令和5\n")
    idx = tmp_path / "idx"
    build_index([coll], idx, jobs=1)
    write(coll / "2024" / "naha.txt", "離島の光ファイバ整備について\n\n海底ケーブルの敷設を進める。")
    write(coll / "2024" / "direct.txt", "地域のテレワーク推進\n\nサテライトオフィスを整備する。")
    write(coll / "metadata.csv", "path,地域,年度\n2023/plan.txt,東北,令和5\n2024/naha.txt,沖縄,令和6\n"
                                 "2024/direct.txt,九州,令和6\n")
    build_index([coll / "2024" / "naha.txt"], idx, jobs=1, dry_run=True)
    build_index([coll / "2024" / "naha.txt"], idx, jobs=1)
    build_index([coll / "2024"], idx, jobs=1)
    with open_index(idx) as ix:
        for name, region in (("naha.txt", ["沖縄"]), ("direct.txt", ["九州"])):
            doc = ix.get(str(coll / "2024" / name))
            assert list(doc.region) == region and doc.fiscal_year == 2024, (name, doc.region, doc.fiscal_year)
    # and the next run over the whole collection finds nothing to do
    summary = build_index([coll], idx, jobs=1)
    assert summary.unchanged == 3 and summary.updated == summary.added == 0


def test_a_csv_or_jsonl_listing_cut_at_its_limit_says_so_on_stderr(tmp_path):
    # `ictsearch search --year none --format csv --fields path > 年度なし.csv`, the list of documents
    # to give a 年度 to in metadata.csv, held the first 10 of 12 and said nothing (text output says
    # 「12 documents; showing 1–10.」, --json has total): the other two were never fixed.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    for i in range(12):
        write(docs / f"memo{i:02d}.txt", f"打合せメモ その{i + 1}\n\n地域の光ファイバ整備について意見を交わした。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    for fmt in ("csv", "jsonl"):
        res = CliRunner().invoke(cli, ["search", "--year", "none", "--format", fmt, "--index", str(idx)])
        assert res.exit_code == 0, res.output
        rows = res.stdout.splitlines()[1:] if fmt == "csv" else res.stdout.splitlines()
        assert len(rows) == 10
        assert "12" in res.stderr and "--limit" in res.stderr, res.stderr
        res = CliRunner().invoke(cli, ["search", "--year", "none", "--format", fmt, "--limit", "12",
                                       "--index", str(idx)])
        assert "--limit" not in res.stderr and len(res.stdout.splitlines()) == 12 + (fmt == "csv")


def test_an_opensearch_export_larger_than_a_bulk_request_is_written_in_parts_that_fit(tmp_path, monkeypatch):
    # bulk.ndjson was one file whatever its size: a collection of a few dozen White Papers makes
    # more than OpenSearch's and Elasticsearch's default http.max_content_length (100 MB), and the
    # README's `curl … --data-binary @DIR/bulk.ndjson` then loads nothing (413). Here the part size
    # is made small instead of the collection large.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index
    from ictsearch.search import export

    docs = tmp_path / "資料"
    for i in range(6):
        write(docs / f"report{i}.txt", f"令和{i + 1}年度 事業報告\n\n" + "地域の光ファイバ整備とテレワーク推進を支援した。" * 100)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    out = tmp_path / "os"
    monkeypatch.setattr(export, "BULK_PART_BYTES", 30_000)
    res = CliRunner().invoke(cli, ["export", "--format", "opensearch", "--output", str(out), "--index", str(idx)])
    assert res.exit_code == 0, res.output
    parts = sorted(out.glob("bulk*.ndjson"), key=lambda p: (len(p.name), p.name))
    assert parts[0].name == "bulk.ndjson" and len(parts) > 1
    ids = []
    for part in parts:
        data = part.read_bytes()
        assert len(data) <= 30_000 and data.endswith(b"\n")
        lines = data.decode("utf-8").splitlines()
        assert len(lines) % 2 == 0  # an action and its source never apart
        ids += [json.loads(a)["index"]["_id"] for a in lines[0::2]]
        assert [json.loads(s)["doc_id"] for s in lines[1::2]] == [json.loads(a)["index"]["_id"] for a in lines[0::2]]
    assert len(ids) == len(set(ids)) == 6
    for part in parts:
        assert part.name in res.output, res.output
    # A smaller export later leaves no part of the earlier one to be loaded again.
    monkeypatch.setattr(export, "BULK_PART_BYTES", 90 * 1024 * 1024)
    res = CliRunner().invoke(cli, ["export", "--format", "opensearch", "--output", str(out), "--index", str(idx)])
    assert res.exit_code == 0 and [p.name for p in out.glob("bulk*.ndjson")] == ["bulk.ndjson"], res.output


def test_an_opensearch_export_stopped_by_a_full_disk_leaves_no_half_written_part(corpus_searcher, tmp_path,
                                                                                 monkeypatch):
    # A full disk fails the write of a part's last buffer when the file is closed: the cleanup must
    # still remove the part (it left bulk.ndjson.tmp, 900 KB of half the documents, on a 1.5 MB disk).
    import errno
    import io

    from ictsearch.search import export

    out = tmp_path / "os"
    export.write_opensearch(corpus_searcher, out)
    before = (out / "bulk.ndjson").read_bytes()
    real_open = Path.open

    class FullDisk(io.BytesIO):
        def close(self):  # as a buffered file does: its buffer still cannot be written, every time
            super().close()
            raise OSError(errno.ENOSPC, "No space left on device")

    def open_(self, mode="r", *args, **kwargs):
        if self.name.endswith(".tmp"):
            real_open(self, mode, *args, **kwargs).close()  # the file is there, as on a full disk
            return FullDisk()
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    with pytest.raises(OSError):
        export.write_opensearch(corpus_searcher, out)
    monkeypatch.undo()
    assert sorted(p.name for p in out.iterdir()) == ["bulk.ndjson", "index.json"]
    assert (out / "bulk.ndjson").read_bytes() == before


def test_the_rebuild_advice_for_an_index_of_another_format_names_the_folders_it_holds(tmp_path):
    # After an upgrade: 「Rebuild it with `ictsearch index --rebuild DIR`」, and the maintainer who
    # built the index a year ago on two shares had to work out which folders DIR was; a --rebuild
    # naming one of them drops the other's documents. The index knows them.
    import shlex

    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index
    from ictsearch.indexer.schema import FORMAT_VERSION

    a, b = tmp_path / "共有A" / "資料", tmp_path / "共有 B"
    write(a / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。")
    write(a / "2023" / "slides.txt", "令和5年度 東北総合通信局 主な取組\n\nローカル5Gの実証を行う。")
    write(b / "report.txt", "令和4年度 事業報告\n\n光ファイバの整備を支援した。")
    idx = tmp_path / "idx"
    build_index([a, b], idx, jobs=1)
    build_index([a / "2023"], idx, jobs=1)  # a run over one sub-folder keeps the collection's folder
    meta = json.loads((idx / "ictsearch.json").read_text())
    meta["format"] = FORMAT_VERSION - 1
    (idx / "ictsearch.json").write_text(json.dumps(meta))
    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx)])
    assert res.exit_code == 2
    folders = " ".join(shlex.quote(f) for f in sorted([str(a), str(b)]))
    assert f"ictsearch index --rebuild {folders} --index" in res.output, res.output


def test_indexing_an_edited_metadata_csv_or_sidecar_says_to_index_its_folder(tmp_path):
    # Having fixed rows of 資料/metadata.csv, `ictsearch index 資料/metadata.csv` answered 「not a
    # supported file type (only .pdf, .txt, …)」, as if ictsearch did not read such a file at all.
    from ictsearch.indexer import build_index
    from ictsearch.indexer.metadata.manual import SIDECAR_ENDING

    coll = tmp_path / "資料"
    write(coll / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。")
    write(coll / "metadata.csv", "path,地域\nplan.txt,東北\n")
    write(coll / ("plan.txt" + SIDECAR_ENDING), 'fiscal_year = "令和5"\n')
    for named in ("metadata.csv", "plan.txt" + SIDECAR_ENDING):
        summary = build_index([coll / named], tmp_path / "idx", jobs=1)
        (path, reason), = summary.problems
        assert path == str(coll / named) and "ictsearch index" in reason and str(coll) in reason, reason
        assert "not a supported file type" not in reason, reason
    write(coll / "notes.csv", "会議名,開催日\n推進協議会,令和5年6月1日\n")  # any other CSV is a document (a table)
    summary = build_index([coll / "notes.csv"], tmp_path / "idx", jobs=1)
    assert summary.problems == () and summary.added == 1


def test_status_names_the_folders_that_are_not_there_whose_documents_the_index_keeps(tmp_path):
    # Handing the collection over: `status` said 4 documents and nothing of the 2 kept from a
    # folder renamed since (the index run says it; the colleague who takes over reads status).
    from click.testing import CliRunner

    from ictsearch import index_status
    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    old = tmp_path / "資料"
    write(old / "tohoku.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(old / "kanto.txt", "令和4年度 関東総合通信局 活動方針\n\n横浜市のテレワーク推進を支援する。")
    idx = tmp_path / "idx"
    build_index([old], idx, jobs=1)
    assert index_status(idx).absent_folders == ()
    new = old.rename(tmp_path / "資料2023")
    build_index([new], idx, jobs=1)
    assert [tuple(f) for f in index_status(idx).absent_folders] == [(str(old), 2)]
    res = CliRunner().invoke(cli, ["status", "--index", str(idx)])
    assert res.exit_code == 0 and str(old) in res.output and "--rebuild" in res.output, res.output
    res = CliRunner().invoke(cli, ["status", "--index", str(idx), "--json"])
    assert json.loads(res.stdout)["absent_folders"] == [[str(old), 2]]
