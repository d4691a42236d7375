"""Keeping the index current: incremental runs, the cache, parallel workers, crashes and locks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ictsearch.indexer import IncompatibleIndex, IndexLocked, IndexMissing, build_index
from ictsearch.indexer.store import IndexStore
from ictsearch.search import open_index

from conftest import CORPUS, ROOT, SHARED, needs_shared, write


def by_status(summary) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for o in summary.outcomes:
        out.setdefault(o.status, set()).add(Path(o.path).name)
    return out


@pytest.fixture
def docs(tmp_path) -> Path:
    d = tmp_path / "docs"
    shutil.copytree(CORPUS, d)
    return d


def test_second_run_changes_nothing_and_opens_nothing(docs, tmp_path, monkeypatch):
    idx = tmp_path / "idx"
    assert build_index([docs], idx, jobs=1).added == 5
    import ictsearch.indexer.writer as writer
    def must_not_run(*a, **k):
        raise AssertionError("an unchanged file was opened")

    monkeypatch.setattr(writer, "prepare", must_not_run)
    again = build_index([docs], idx, jobs=1)
    assert (again.added, again.updated, again.removed, again.unchanged, again.failed) == (0, 0, 0, 5, 0)


def test_added_changed_removed_and_touched(docs, tmp_path):
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    write(docs / "new.txt", "新しく追加したワーケーション推進の資料です。")
    changed = docs / "internet-association-fy2021-business-plan.txt"
    changed.write_text(changed.read_text("utf-8") + "\n追記:ブロックチェーン実証の計画。\n", "utf-8")
    (docs / "regional-iot-roadmap-progress-2017.txt").unlink()
    touched = docs / "kanto-ict-npo-council-fy2020-annual-report.txt"
    os.utime(touched, (time.time() + 5, time.time() + 5))  # same bytes, new time

    s = build_index([docs], idx, jobs=1)
    assert by_status(s)["added"] == {"new.txt"}
    assert by_status(s)["updated"] == {changed.name}
    assert by_status(s)["removed"] == {"regional-iot-roadmap-progress-2017.txt"}
    assert touched.name in by_status(s)["unchanged"]
    with open_index(idx) as ix:
        assert ix.doc_count() == 5
        assert ix.search("ブロックチェーン").hits[0].path == str(changed)
        assert ix.search("ワーケーション推進").total >= 1
        assert not any("regional-iot" in h.path for h in ix.search("テレワーク").hits)
        # Updating replaced the document rather than adding a second copy.
        assert [h.path for h in ix.search("迷惑メール").hits] == [str(changed)]


def test_removal_only_touches_the_named_folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a / "one.txt", "テレワーク資料その一")
    write(b / "two.txt", "テレワーク資料その二")
    idx = tmp_path / "idx"
    build_index([a], idx, jobs=1)
    build_index([b], idx, jobs=1)
    with open_index(idx) as ix:
        assert ix.doc_count() == 2


def test_moved_file_reuses_the_extraction_cache(tmp_path):
    pdf = ROOT / "tests" / "data" / "sample-ja.pdf"
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(pdf, docs / "a.pdf")
    idx = tmp_path / "idx"
    first = build_index([docs], idx, jobs=1)
    assert [o.cached for o in first.outcomes] == [False]
    (docs / "a.pdf").rename(docs / "renamed.pdf")
    second = build_index([docs], idx, jobs=1)
    assert by_status(second) == {"added": {"renamed.pdf"}, "removed": {"a.pdf"}}
    assert [o.cached for o in second.outcomes if o.status == "added"] == [True]


def test_rebuild_uses_cache_and_changed_content_is_never_served_stale(tmp_path):
    docs = tmp_path / "docs"
    f = write(docs / "plan.txt", "令和3年度 事業計画\n\nテレワークの推進")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    rebuilt = build_index([docs], idx, jobs=1, rebuild=True)
    assert rebuilt.rebuilt and [o.cached for o in rebuilt.outcomes] == [True]
    f.write_text("令和4年度 事業計画\n\nローカル5Gの実証", "utf-8")
    again = build_index([docs], idx, jobs=1, rebuild=True)
    assert [o.cached for o in again.outcomes] == [False]
    with open_index(idx) as ix:
        assert ix.search("ローカル5G").total == 1 and ix.search("テレワーク").total == 0
    assert len(list(IndexStore(idx).root.glob("gen-*"))) == 1  # old generations are dropped


def test_failed_files_are_remembered_and_retried(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "good.txt", "テレワーク")
    bad = docs / "later.txt"
    bad.write_bytes(b"")
    idx = tmp_path / "idx"
    s = build_index([docs], idx, jobs=1)
    assert s.failed == 1 and s.failures[0].reason == "empty file"
    from ictsearch.indexer.status import index_status

    assert index_status(idx).failures == {str(bad): "empty file"}
    write(bad, "あとから中身が入ったテレワーク資料")
    s = build_index([docs], idx, jobs=1)
    assert s.added == 1 and s.failed == 0
    assert index_status(idx).failures == {}


def test_dry_run_touches_nothing(docs, tmp_path):
    idx = tmp_path / "idx"
    s = build_index([docs], idx, dry_run=True)
    assert s.dry_run and s.added == 5 and not idx.exists()
    build_index([docs], idx, jobs=1)
    write(docs / "new.txt", "テレワーク")
    before = sorted(p.name for p in idx.rglob("*"))
    s = build_index([docs], idx, dry_run=True)
    assert (s.added, s.unchanged) == (1, 5)
    assert sorted(p.name for p in idx.rglob("*")) == before


def test_jobs_do_not_change_the_results(docs, tmp_path):
    build_index([docs], tmp_path / "one", jobs=1)
    build_index([docs], tmp_path / "two", jobs=2)
    with open_index(tmp_path / "one") as a, open_index(tmp_path / "two") as b:
        for q in ["テレワーク", "地域課題解決", "迷惑メール", "京都", "ＤＸ"]:
            ra, rb = a.search(q), b.search(q)
            assert sorted((h.doc_id, round(h.score, 6), h.snippet) for h in ra.hits) == sorted(
                (h.doc_id, round(h.score, 6), h.snippet) for h in rb.hits
            )
            assert ra.facets == rb.facets


def test_incompatible_format_is_refused_with_a_rebuild_hint(docs, tmp_path):
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    meta = json.loads((idx / "ictsearch.json").read_text())
    meta["format"] = 999
    (idx / "ictsearch.json").write_text(json.dumps(meta))
    with pytest.raises(IncompatibleIndex, match="format version 999"):
        open_index(idx)
    from click.testing import CliRunner

    from ictsearch.cli import cli

    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx)])
    assert res.exit_code == 2 and "ictsearch index --rebuild" in res.output  # the CLI adds the advice
    with pytest.raises(IncompatibleIndex):
        build_index([docs], idx, jobs=1)
    assert build_index([docs], idx, jobs=1, rebuild=True).added == 5
    assert open_index(idx).doc_count() == 5


def test_second_writer_waits_then_gives_up(docs, tmp_path):
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    store = IndexStore(idx)
    with store.write_lock():
        with pytest.raises(IndexLocked, match="Another"):
            build_index([docs], idx, jobs=1, lock_timeout=0.3)
    # Released: the next run goes through.
    assert build_index([docs], idx, jobs=1).unchanged == 5


def _spawn_indexer(paths, idx, jobs=2):
    code = (
        "import sys; from ictsearch.indexer import build_index; "
        f"build_index({[str(p) for p in paths]!r}, {str(idx)!r}, jobs={jobs})"
    )
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _many_docs(tmp_path, n=300) -> Path:
    """The bundled corpus plus `n` generated files: enough work that a signal lands mid-run."""
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS, docs)
    for i in range(n):
        write(docs / "more" / f"doc{i:03d}.txt", f"資料{i}\n\n" + "地域のテレワーク推進と地域課題解決の取組。" * 150)
    return docs


def _wait_for_writing(proc, idx: Path, timeout=60, files=30):
    """Until the run has extracted `files` files of its own (or ended)."""
    before = len(list((idx / "cache").rglob("*.gz")))
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None and len(list((idx / "cache").rglob("*.gz"))) < before + files:
        time.sleep(0.02)


def _kill_midway(proc, idx: Path):
    """SIGKILL the whole process group once the run is under way."""
    _wait_for_writing(proc, idx)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_killed_update_leaves_previous_index_searchable(tmp_path):
    idx = tmp_path / "idx"
    build_index([CORPUS], idx, jobs=1)
    a = _many_docs(tmp_path, 400)
    proc = _spawn_indexer([CORPUS, a], idx)
    _kill_midway(proc, idx)
    with open_index(idx) as ix:  # the previous state, consistent
        assert ix.search("迷惑メール").total == 1
        before = ix.doc_count()
    assert before in (5, 410)
    s = build_index([CORPUS, a], idx, jobs=2)  # the next run completes the work
    assert s.failed == 0
    with open_index(idx) as ix:
        assert ix.doc_count() == 410
        assert ix.search("迷惑メール").total == 2  # corpus/ and its copy


def test_killed_first_build_leaves_no_broken_index(tmp_path):
    docs = _many_docs(tmp_path, 300)
    idx = tmp_path / "idx"
    proc = _spawn_indexer([docs], idx)
    _kill_midway(proc, idx)
    # Either nothing was committed (no index yet) or a whole one was.
    try:
        with open_index(idx) as ix:
            assert ix.doc_count() == 305
    except IndexMissing:
        pass
    assert build_index([docs], idx, jobs=2).failed == 0
    with open_index(idx) as ix:
        assert ix.doc_count() == 305


@needs_shared
@pytest.mark.shared
def test_generated_pdfs_index_with_pages(tmp_path):
    s = build_index([SHARED / "pdf" / "generated"], tmp_path / "idx", jobs=2)
    assert s.added == 7 and s.failed == 0
    assert s.pages == sum([8, 11, 7, 5, 4, 14, 25])
    with open_index(tmp_path / "idx") as ix:
        hits = ix.search("迷惑メール").hits
        assert hits and all(h.page for h in hits)


def test_searches_keep_working_during_an_update_and_see_the_previous_state(tmp_path):
    idx = tmp_path / "idx"
    build_index([CORPUS], idx, jobs=1)
    docs = _many_docs(tmp_path, 200)
    proc = _spawn_indexer([docs], idx)
    seen = set()
    with open_index(idx) as ix:
        while proc.poll() is None:
            assert ix.search("迷惑メール").total >= 1
            seen.add(ix.doc_count())
            time.sleep(0.05)
        proc.wait()
        assert proc.returncode == 0
        assert ix.doc_count() == 210  # the open index notices the commit
    assert seen <= {5, 210} and 5 in seen


def test_killed_writer_leaves_no_stale_lock(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS, docs)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from ictsearch.indexer.store import IndexStore; import time\n"
                               f"with IndexStore({str(idx)!r}).write_lock():\n    print('held', flush=True); time.sleep(60)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(IndexLocked):
        build_index([docs], idx, jobs=1, lock_timeout=0.2)
    holder.kill()
    holder.wait()
    assert build_index([docs], idx, jobs=1, lock_timeout=5).unchanged == 5


def test_a_file_that_breaks_keeps_its_last_good_version(tmp_path):
    docs = tmp_path / "docs"
    f = write(docs / "plan.txt", "令和3年度 事業計画\n\nワーケーションの推進")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    f.write_bytes(b"\x00\x01\x02\xff\xfe\x80 broken")
    s = build_index([docs], idx, jobs=1)
    assert s.failed == 1
    with open_index(idx) as ix:
        assert ix.search("ワーケーション").total == 1
    from ictsearch.indexer.status import index_status

    assert str(f) in index_status(idx).failures
    f.write_text("令和4年度 事業計画\n\nローカル5Gの実証", "utf-8")
    s = build_index([docs], idx, jobs=1)
    assert s.updated == 1 and s.failed == 0
    with open_index(idx) as ix:
        assert ix.search("ワーケーション").total == 0 and ix.search("ローカル5G").total == 1


def test_editing_a_sidecar_reindexes_the_document(tmp_path):
    docs = tmp_path / "docs"
    f = write(docs / "plan.txt", "事業計画\n\nテレワークの推進")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    write(docs / "plan.txt.meta.toml", 'region = ["沖縄"]\nfiscal_year = "令和5"\n')
    s = build_index([docs], idx, jobs=1)
    assert s.updated == 1
    with open_index(idx) as ix:
        doc = ix.get(str(f))
        assert doc.region == ("沖縄",) and doc.fiscal_year == 2023
        assert "sidecar" in doc.sources["region"]
        assert ix.search("テレワーク", region="沖縄").total == 1


def test_ctrl_c_stops_the_run_promptly_with_status_130(tmp_path):
    docs = _many_docs(tmp_path)
    idx = tmp_path / "idx"
    build_index([CORPUS], idx, jobs=1)
    # SIGINT at its default in the child, as in a terminal: a suite started in the background by a
    # non-interactive shell (`… &` in a script) runs with SIGINT ignored, Python then leaves it
    # ignored, and the Ctrl-C was lost (the run finished, exit 0).
    proc = subprocess.Popen([sys.executable, "-m", "ictsearch.cli", "index", str(docs), "--index", str(idx), "--jobs", "2"],
                            cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _wait_for_writing(proc, idx, files=5)
    assert proc.poll() is None, "the run ended before Ctrl-C could be sent"
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends to the whole foreground group
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("ictsearch index did not exit after Ctrl-C")
    assert proc.returncode == 130
    assert "Interrupted" in proc.stderr.read()
    with open_index(idx) as ix:
        assert ix.search("迷惑メール").total == 1


def test_killing_only_the_parent_leaves_no_lock_behind(tmp_path):
    docs = _many_docs(tmp_path)
    idx = tmp_path / "idx"
    build_index([CORPUS], idx, jobs=1)
    proc = _spawn_indexer([docs], idx, jobs=2)
    _wait_for_writing(proc, idx)
    os.kill(proc.pid, signal.SIGKILL)  # the parent alone: its workers must not keep the lock
    proc.wait()
    s = build_index([docs], idx, jobs=2, lock_timeout=10)
    assert s.failed == 0
    with open_index(idx) as ix:
        assert ix.doc_count() == 5 + 305  # corpus/ itself and its copy with the extra files


def test_a_file_reached_through_a_link_is_indexed_once(tmp_path):
    docs = tmp_path / "docs"
    real = write(docs / "plan.txt", "事業計画\n\n迷惑メール対策の推進")
    (docs / "link.txt").symlink_to(real)
    write(docs / "metadata.csv", "path,region\nplan.txt,沖縄\n")
    idx = tmp_path / "idx"
    s = build_index([docs], idx, jobs=1)
    assert (s.added, s.failed) == (1, 0)
    with open_index(idx) as ix:
        assert [h.path for h in ix.search("迷惑メール").hits] == [str(real)]
        assert ix.get(str(real)).region == ("沖縄",)
    (docs / "link.txt").unlink()
    s = build_index([docs], idx, jobs=1)
    assert s.unchanged == 1 and s.removed == 0


def test_a_linked_file_in_a_folder_with_metadata_csv(tmp_path):
    outside = write(tmp_path / "elsewhere" / "kanto.txt", "関東の取組\n\nテレワーク推進")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kanto.txt").symlink_to(outside)
    write(docs / "metadata.csv", "path,fiscal_year\nkanto.txt,令和2\n")
    s = build_index([docs], tmp_path / "idx", jobs=1)
    assert (s.added, s.failed) == (1, 0)
    with open_index(tmp_path / "idx") as ix:
        assert ix.get(str(docs / "kanto.txt")).fiscal_year == 2020


def test_a_broken_sidecar_is_named(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "plan.txt", "事業計画\n\nテレワーク")
    write(docs / "plan.txt.meta.toml", "region = [\n")
    write(docs / "other.txt", "事業報告\n\nテレワーク")
    write(docs / "other.txt.meta.toml", 'region = "火星"\n')
    s = build_index([docs], tmp_path / "idx", jobs=1)
    reasons = {Path(o.path).name: o.reason for o in s.failures}
    assert "unreadable sidecar plan.txt.meta.toml" in reasons["plan.txt"]
    assert "other.txt.meta.toml" in reasons["other.txt"] and "火星" in reasons["other.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_an_unreadable_folder_is_reported_and_its_documents_kept(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "open.txt", "公開資料 テレワーク")
    write(docs / "secret" / "closed.txt", "非公開資料 ワーケーション")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    (docs / "secret").chmod(0)
    try:
        s = build_index([docs], idx, jobs=1)
    finally:
        (docs / "secret").chmod(0o755)
    assert s.removed == 0
    assert any("cannot read folder" in reason for _p, reason in s.problems)
    with open_index(idx) as ix:
        assert ix.search("ワーケーション").total == 1


def test_rebuild_reports_what_it_drops(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a / "one.txt", "テレワーク資料その一")
    write(b / "two.txt", "テレワーク資料その二")
    idx = tmp_path / "idx"
    build_index([a, b], idx, jobs=1)
    assert build_index([a], idx, dry_run=True, rebuild=True).removed == 1
    s = build_index([a], idx, jobs=1, rebuild=True)
    assert (s.added, s.removed) == (1, 1)


def test_dry_run_does_not_call_a_touched_file_changed(docs, tmp_path):
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    touched = docs / "kanto-ict-npo-council-fy2020-annual-report.txt"
    os.utime(touched, (time.time() + 5, time.time() + 5))
    s = build_index([docs], idx, dry_run=True)
    assert (s.updated, s.unchanged) == (0, 5)
