"""Every command on every index state a user meets: it answers, in bounded time, in one line.

The states are built once per module; each (state, command) pair is one
subprocess with a timeout, so a hang fails its own test instead of the suite.
A command that changes the index runs on a copy of the state.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.indexer.schema import FORMAT_VERSION

from conftest import CORPUS, ROOT, write
from test_pipeline import _many_docs, _spawn_indexer, _wait_for_writing

#: A call that has not answered by then is a hang (a cold start under load takes a few seconds).
TIMEOUT = 60


def _cli(*args, timeout=TIMEOUT):
    # A subprocess with a timeout: a hang fails the test instead of the whole suite.
    return subprocess.run(
        [sys.executable, "-c", "from ictsearch.cli import main; main()", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )


def test_search_of_an_index_holding_only_a_failure_answers(tmp_path):
    # The first folder held only an empty file: zero-hit searches used to deadlock
    # (the did-you-mean vocabulary was built under the lock that reopens the index).
    write(tmp_path / "src" / "empty.txt", "")
    idx = tmp_path / "idx"
    assert _cli("index", "--index", idx, tmp_path / "src").returncode == 1
    res = _cli("search", "テスト", "--index", idx)
    assert res.returncode == 0, res.stderr
    assert "No documents match" in res.stdout
    res = _cli("search", "テレワーク", "--index", idx, "--json")
    assert res.returncode == 0 and '"total": 0' in res.stdout


# -- the states ---------------------------------------------------------------

ONE_DOC = "tohoku-bureau-fy2023-ict-policy-slides.txt"


@dataclass
class State:
    idx: Path
    src: Path
    hit: str  # a query with hits, when the index holds documents
    doc: Path  # a file that `show` and `similar` are asked about


def _corpus_index(base: Path) -> tuple[Path, Path]:
    src = base / "src"
    shutil.copytree(CORPUS, src)
    idx = base / "idx"
    build_index([src], idx, jobs=1)
    return idx, src


@pytest.fixture(scope="module")
def never_built(tmp_path_factory):
    base = tmp_path_factory.mktemp("never")
    write(base / "src" / "plan.txt", "令和4年度 事業計画\n\nテレワークの普及を進める。")
    return State(base / "idx", base / "src", "テレワーク", base / "src" / "plan.txt")


@pytest.fixture(scope="module")
def empty_folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("empty")
    (base / "src").mkdir()
    res = _cli("index", "--index", base / "idx", base / "src")
    assert res.returncode == 0, res.stderr
    return State(base / "idx", base / "src", "テレワーク", base / "src" / "plan.txt")


@pytest.fixture(scope="module")
def only_failures(tmp_path_factory):
    base = tmp_path_factory.mktemp("failures")
    write(base / "src" / "empty.txt", "")
    write(base / "src" / "binary.txt", "").write_bytes(b"\x00\x01\x02\xff\xfe\x80 broken")
    res = _cli("index", "--index", base / "idx", base / "src")
    assert res.returncode == 1, res.stderr
    return State(base / "idx", base / "src", "テレワーク", base / "src" / "empty.txt")


@pytest.fixture(scope="module")
def one_document(tmp_path_factory):
    base = tmp_path_factory.mktemp("one")
    (base / "src").mkdir()
    shutil.copy(CORPUS / ONE_DOC, base / "src" / ONE_DOC)
    build_index([base / "src"], base / "idx", jobs=1)
    return State(base / "idx", base / "src", "テレワーク", base / "src" / ONE_DOC)


@pytest.fixture(scope="module")
def mid_update(tmp_path_factory):
    # A real update frozen halfway: the writer holds the lock, its workers have
    # written uncommitted segment files, and it never finishes while we look.
    base = tmp_path_factory.mktemp("mid")
    idx, src = _corpus_index(base)
    more = _many_docs(base / "more", 300)
    proc = _spawn_indexer([src, more], idx)
    _wait_for_writing(proc, idx)
    os.killpg(proc.pid, signal.SIGSTOP)
    assert proc.poll() is None, "the update finished before it could be frozen"
    # Its workers' segments are on disk, not yet in the TOC (committed segments are .seg files).
    assert any(p.suffix == ".pst" for p in (idx / "gen-000001").iterdir())
    yield State(idx, src, "迷惑メール", src / ONE_DOC)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.fixture(scope="module")
def killed_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("killed")
    idx, src = _corpus_index(base)
    more = _many_docs(base / "more", 300)
    proc = _spawn_indexer([src, more], idx)
    _wait_for_writing(proc, idx)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return State(idx, src, "迷惑メール", src / ONE_DOC)


@pytest.fixture(scope="module")
def older_format(tmp_path_factory):
    base = tmp_path_factory.mktemp("older")
    idx, src = _corpus_index(base)
    meta = json.loads((idx / "ictsearch.json").read_text())
    meta["format"] = FORMAT_VERSION - 1
    (idx / "ictsearch.json").write_text(json.dumps(meta))
    return State(idx, src, "迷惑メール", src / ONE_DOC)


# -- the matrix ---------------------------------------------------------------

COMMANDS = ["index", "search-hit", "search-none", "search-json", "facets", "show", "similar", "status"]

NO_INDEX = (2, "No index at")
REBUILD = (2, "ictsearch index --rebuild")
NOT_FOUND = (2, "no document")
# show/similar of a file the last run could not index say why (regressions/test_review7b.py).
FAILED_FILE = (2, "indexing it failed: empty file")

#: state -> command -> (exit status, text the output holds: stdout on success, the one stderr line on error)
EXPECTED = {
    "never_built": dict(index=(0, "1 added"), **{c: NO_INDEX for c in COMMANDS[1:]}),
    # An existing folder without documents gives an empty index that every command accepts.
    "empty_folder": {
        "index": (0, "The index holds 0 documents"), "search-hit": (0, "No documents match"),
        "search-none": (0, "No documents match"), "search-json": (0, '"total": 0'), "facets": (0, "region"),
        "show": NOT_FOUND, "similar": NOT_FOUND, "status": (0, "documents    0"),
    },
    "only_failures": {
        "index": (1, "2 failed"), "search-hit": (0, "No documents match"), "search-none": (0, "No documents match"),
        "search-json": (0, '"total": 0'), "facets": (0, "region"), "show": FAILED_FILE, "similar": FAILED_FILE,
        "status": (0, "failing      2"),
    },
    "one_document": {
        "index": (0, "1 unchanged"), "search-hit": (0, "1 document;"), "search-none": (0, "No documents match"),
        "search-json": (0, '"total": 1'), "facets": (0, "東北"), "show": (0, "東北"), "similar": (0, "No other document"),
        "status": (0, "documents    1"),
    },
    "mid_update": {
        "index": (2, "Another indexing run"), "search-hit": (0, "1 document;"),
        "search-none": (0, "No documents match"), "search-json": (0, '"total": 1'), "facets": (0, "東北"),
        "show": (0, "東北"), "similar": (0, "documents"), "status": (0, "documents    5"),
    },
    "killed_run": {
        "index": (0, "0 failed"), "search-hit": (0, "1 document;"), "search-none": (0, "No documents match"),
        "search-json": (0, '"total": 1'), "facets": (0, "東北"), "show": (0, "東北"), "similar": (0, "documents"),
        "status": (0, "documents    5"),
    },
    "older_format": {c: REBUILD for c in COMMANDS},
}


def _args(command: str, st: State, idx: Path) -> list:
    return {
        "index": ["index", st.src, "--index", idx, "--jobs", "1", "--wait", "0.5"],
        "search-hit": ["search", st.hit, "--index", idx],
        "search-none": ["search", "量子暗号", "--index", idx],
        "search-json": ["search", st.hit, "--index", idx, "--json"],
        "facets": ["facets", "--index", idx],
        "show": ["show", st.doc, "--index", idx],
        "similar": ["similar", st.doc, "--index", idx],
        "status": ["status", "--index", idx],
    }[command]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("state", list(EXPECTED))
def test_every_command_answers_on_every_state(state, command, request, tmp_path):
    st: State = request.getfixturevalue(state)
    idx = st.idx
    if command == "index" and state != "mid_update":
        # Indexing changes the state: work on a copy (the frozen writer's lock cannot be copied).
        idx = tmp_path / "idx"
        if st.idx.exists():
            shutil.copytree(st.idx, idx)
    status, expected = EXPECTED[state][command]
    res = _cli(*_args(command, st, idx))
    assert "Traceback" not in res.stderr, res.stderr
    assert res.returncode == status, (res.stdout, res.stderr)
    if status == 2:
        lines = [line for line in res.stderr.splitlines() if line.strip()]
        if state == "mid_update" and command == "index":
            # A run that finds the lock held says once that it waits (polish47), before the error of giving up.
            assert lines[0].startswith("Waiting for another indexing run (pid "), res.stderr
            lines = lines[1:]
        assert len(lines) == 1 and expected in lines[0], res.stderr
    elif command == "index":
        assert expected in res.stderr.splitlines()[-1], res.stderr
    else:
        assert expected in res.stdout, res.stdout


# -- one rule for empty states --------------------------------------------------


def test_an_empty_folder_gives_an_empty_index_that_search_opens(tmp_path):
    (tmp_path / "src").mkdir()
    write(tmp_path / "src" / "notes.rtf", "not a supported type")  # present, but nothing to index
    idx = tmp_path / "idx"
    res = _cli("index", tmp_path / "src", "--index", idx)
    assert res.returncode == 0, res.stderr
    assert "The index holds 0 documents" in res.stderr
    res = _cli("search", "--region", "東北", "--index", idx, "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["total"] == 0
    # A search of the empty index says why nothing matched, not only that nothing did.
    res = _cli("search", "テレワーク", "--index", idx)
    assert res.returncode == 0 and "the index holds no documents yet" in res.stdout
    assert "the index holds no documents yet" in " ".join(
        json.loads(_cli("search", "テレワーク", "--index", idx, "--json").stdout)["notes"])
    # So do the facet counts, which printed four empty headings and nothing else.
    res = _cli("facets", "--index", idx)
    assert res.returncode == 0 and "the index holds no documents yet" in res.stdout
    # Documents added later are picked up by the next run, as in any index.
    shutil.copy(CORPUS / ONE_DOC, tmp_path / "src" / ONE_DOC)
    assert build_index([tmp_path / "src"], idx, jobs=1).added == 1
    assert json.loads(_cli("search", "テレワーク", "--index", idx, "--json").stdout)["total"] == 1


def test_a_missing_path_creates_nothing_and_does_not_claim_an_index(tmp_path):
    (tmp_path / "empty").mkdir()
    idx = tmp_path / "idx"
    res = _cli("index", tmp_path / "no-such-folder", tmp_path / "empty", "--index", idx)
    assert res.returncode == 2
    assert "no such file or folder" in res.stderr
    assert "The index holds" not in res.stderr and "no index was created" in res.stderr
    assert not idx.exists()


def test_the_empty_state_rule_is_in_the_help():
    res = _cli("index", "--help")
    assert "empty index" in res.stdout and "creates no index" in res.stdout


def test_a_search_while_the_first_index_is_being_built_says_so(tmp_path):
    # It said "No index at …  Build one with `ictsearch index DIR`" while one was being built.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import IndexBeingBuilt, IndexMissing, IndexStore
    from ictsearch.search import open_index

    store = IndexStore(tmp_path / "idx")
    with store.write_lock():
        with pytest.raises(IndexBeingBuilt, match=f"pid {os.getpid()}.* has not finished"):
            open_index(tmp_path / "idx")
        res = CliRunner().invoke(cli, ["search", "テレワーク", "--json", "--index", str(tmp_path / "idx")])
        assert res.exit_code == 2 and json.loads(res.stderr)["kind"] == "IndexBeingBuilt"
    with pytest.raises(IndexMissing) as missing:  # the run ended without an index: missing, not being built
        open_index(tmp_path / "idx")
    assert type(missing.value) is IndexMissing
