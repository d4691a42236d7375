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
