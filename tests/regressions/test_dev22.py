"""dev22: ictsearch embedded in a web tool, and a prefecture's collection kept up to date with it."""

from __future__ import annotations

import shlex
import subprocess
import sys
import textwrap

import pytest

from conftest import write


def _stopped_after_the_commit(docs, idx, jobs: int) -> None:
    """An update killed (kill -9, as Ctrl-C at the wrong moment or a power cut) after Whoosh's
    commit and before the manifest is written."""
    program = textwrap.dedent(f"""
        import os
        import ictsearch
        from ictsearch.indexer.store import IndexStore
        IndexStore.write_manifest = lambda *a, **k: os._exit(9)
        ictsearch.build_index([{str(docs)!r}], {str(idx)!r}, jobs={jobs})
    """)
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300,
                         cwd=str(docs.parent))
    assert run.returncode == 9, run.stderr


def _collection(tmp_path):
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "2023/tohoku.txt", "令和5年度 テレワーク普及展開推進事業\n東北総合通信局は、岩手県と宮城県の企業のテレワーク導入を支援します。\n")
    write(docs / "2021/kanto.txt", "令和3年度事業計画書\n関東総合通信局は、迷惑メール対策に取り組みます。\n")
    write(docs / "iot.txt", "地域IoT実装推進ロードマップの進捗状況\n総務省は、地域におけるIoTの実装を推進する。\n")
    write(docs / "iot.txt.meta.toml", 'fiscal_year = "令和1"\n')
    return docs, idx


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_update_killed_after_its_commit_is_recorded_without_redoing_the_collection(tmp_path, jobs):
    # The commit had landed (searches saw the new document) but the manifest had not been written:
    # the next run rebuilt a manifest from the index that knows no sidecar signatures nor rules, and
    # processed every document of the collection again ("0 added, 4 updated"; thousands of PDFs
    # analyzed again for one file dropped in), and `status` meanwhile counted the old manifest's 3
    # documents while searches found 4.
    import ictsearch

    docs, idx = _collection(tmp_path)
    assert ictsearch.build_index([docs], idx, jobs=1).added == 3
    write(docs / "2023/hokkaido.txt", "令和5年度 北海道総合通信局 地域DX推進事業\n北海道の市町村のデジタル化を支援する。\n")
    write(docs / "empty.txt", "")
    _stopped_after_the_commit(docs, idx, jobs)
    with ictsearch.open_index(idx) as index:
        assert index.doc_count() == 4 and index.search("地域DX").total == 1
    st = ictsearch.index_status(idx)
    assert st.documents == 4
    assert list(st.failures) == [str(docs / "empty.txt")]
    again = ictsearch.build_index([docs], idx, jobs=1)
    assert (again.added, again.updated, again.unchanged, again.failed) == (0, 0, 4, 1)
    with ictsearch.open_index(idx) as index:
        assert index.get(str(docs / "iot.txt")).fiscal_year == 2019  # the sidecar still holds
        assert index.search("", fiscal_year=2023).total == 2


def test_the_advice_to_rebuild_names_the_index_given_with_dash_dash_index(tmp_path):
    # A maintainer whose index lives elsewhere (--index /srv/…) was told to run
    # `ictsearch index --rebuild DIR`: typed as said, that builds the default index and leaves the
    # refused one as it was. The advice names the index it is about.
    import json

    from click.testing import CliRunner

    from ictsearch.cli import cli

    docs, idx = _collection(tmp_path)
    assert CliRunner().invoke(cli, ["index", str(docs), "--index", str(idx)]).exit_code == 0
    meta = idx / "ictsearch.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"format": 3', '"format": 2'), encoding="utf-8")
    for command in (["search", "テレワーク"], ["status"], ["index", str(docs)]):
        res = CliRunner().invoke(cli, [*command, "--index", str(idx)])
        assert res.exit_code == 2, res.output
        # (DIR is the folder the index was built from since maint25: the index knows it)
        assert f"`ictsearch index --rebuild {shlex.quote(str(docs))} --index {idx}`" in res.output, res.output
        assert len(res.output.strip().splitlines()) == 1
    res = CliRunner().invoke(cli, ["facets", "--json", "--index", str(idx)])
    assert f"--index {idx}`" in json.loads(res.output)["error"]
    missing = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(tmp_path / "なし")])
    where = shlex.quote(str(tmp_path / "なし"))  # quoted as a shell needs it
    assert missing.exit_code == 2 and f"`ictsearch index DIR --index {where}`" in missing.output


def test_a_relative_xdg_data_home_is_ignored_as_the_xdg_specification_says(tmp_path, monkeypatch):
    # XDG_DATA_HOME=share (relative) put the default index under the folder each command ran in:
    # `ictsearch index` in one folder and `ictsearch search` in another found "No index". The
    # specification: a relative path in these variables is invalid and ignored.
    import ictsearch

    monkeypatch.delenv("ICTSEARCH_INDEX", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", "share")
    monkeypatch.chdir(tmp_path)
    assert ictsearch.default_index_dir() == tmp_path / "home/.local/share/ictsearch/index"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "データ"))
    assert ictsearch.default_index_dir() == tmp_path / "データ/ictsearch/index"


def _until_it_waits_for_the_lock(thread, timeout: float = 60) -> None:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(thread.ident)
        while frame is not None:
            if frame.f_code.co_name == "write_lock" and frame.f_locals.get("waited"):
                return  # it found the lock held
            frame = frame.f_back
        time.sleep(0.01)
    raise AssertionError("the run never waited for the lock")


def test_a_run_that_waited_for_the_lock_indexes_the_files_as_they_are_when_it_gets_it(tmp_path, monkeypatch):
    # A second `ictsearch index` (the maintainer's, while the nightly update ran) listed the files
    # before waiting for the lock and worked from that list: a file deleted meanwhile stayed
    # searchable, one dropped in meanwhile was not indexed, and the run said "0 added, 0 removed".
    import threading

    import ictsearch
    from ictsearch.indexer import pipeline
    from ictsearch.indexer.store import IndexStore

    docs, idx = _collection(tmp_path)
    ictsearch.build_index([docs], idx, jobs=1)
    listed = threading.Event()
    real_discover = pipeline.discover

    def discover(roots):
        try:
            return real_discover(roots)
        finally:
            listed.set()

    monkeypatch.setattr(pipeline, "discover", discover)
    result = {}
    with IndexStore(idx).write_lock():  # the other run
        waiting = threading.Thread(target=lambda: result.update(summary=ictsearch.build_index([docs], idx, jobs=1)))
        waiting.start()
        assert listed.wait(60)
        _until_it_waits_for_the_lock(waiting)
        (docs / "2021/kanto.txt").unlink()
        write(docs / "2023/hokkaido.txt", "令和5年度 北海道総合通信局 地域DX推進事業\n北海道の市町村のデジタル化を支援する。\n")
    waiting.join(120)
    summary = result["summary"]
    assert (summary.added, summary.removed, summary.unchanged) == (1, 1, 2)
    with ictsearch.open_index(idx) as index:
        assert index.search("迷惑メール").total == 0
        assert index.search("地域DX").total == 1


def test_a_dry_run_after_an_update_killed_after_its_commit_says_what_the_run_will_do(tmp_path):
    # --dry-run read manifest.json alone: after a run killed past its commit it listed the document
    # that run had added (and searches found) as one to add, where the run itself changes nothing.
    import ictsearch

    docs, idx = _collection(tmp_path)
    ictsearch.build_index([docs], idx, jobs=1)
    write(docs / "2023/hokkaido.txt", "令和5年度 北海道総合通信局 地域DX推進事業\n北海道の市町村のデジタル化を支援する。\n")
    _stopped_after_the_commit(docs, idx, 1)
    dry = ictsearch.build_index([docs], idx, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged) == (0, 0, 4)
    run = ictsearch.build_index([docs], idx)
    assert (run.added, run.updated, run.unchanged) == (0, 0, 4)


def test_a_file_where_the_index_folder_should_be_is_named_as_such(tmp_path):
    # build_index(…, "報告.txt") said "cannot write the index at …/報告.txt: File exists", and under
    # a file ("報告.txt/idx") "Not a directory": os's words for a mkdir, not what is in the way.
    import pytest

    import ictsearch

    docs, _ = _collection(tmp_path)
    in_the_way = write(tmp_path / "報告.txt", "令和5年度 事業報告\n")
    for where in (in_the_way, in_the_way / "idx"):
        with pytest.raises(ictsearch.IndexLocationError) as e:
            ictsearch.build_index([docs], where, jobs=1)
        assert str(e.value) == (f"cannot write the index at {where}: {in_the_way} is a file, not a folder "
                                "(give a folder as the index location)")
    assert in_the_way.read_text(encoding="utf-8") == "令和5年度 事業報告\n"
