"""Commands on the index states a new user starts from: they answer, and in bounded time."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, write


def _cli(*args, timeout=60):
    # A subprocess with a timeout: a hang fails the test instead of the whole suite.
    return subprocess.run(
        [sys.executable, "-c", "from ictsearch.cli import main; main()", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )


def test_search_of_an_index_holding_only_a_failure_answers(tmp_path):
    # The first folder held only an empty file: zero-hit searches used to deadlock
    # (the did-you-mean vocabulary was built under the lock that reopens the index).
    write(tmp_path / "src" / "empty.txt", "")
    idx = tmp_path / "idx"
    assert _cli("index", "--index", str(idx), str(tmp_path / "src")).returncode == 1
    res = _cli("search", "テスト", "--index", str(idx))
    assert res.returncode == 0, res.stderr
    assert "No documents match" in res.stdout
    res = _cli("search", "テレワーク", "--index", str(idx), "--json")
    assert res.returncode == 0 and '"total": 0' in res.stdout
