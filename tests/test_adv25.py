"""adv25: a policy officer's afternoon of searching, on inputs nobody tried."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import write

REALDOCS = Path(__file__).resolve().parent.parent / "bench" / "realdocs" / "docs"


def _tty_search(tmp_path, env_extra):
    """`ictsearch search` with stdout on a pseudo-terminal, as a person runs it."""
    import os
    import pty
    import subprocess
    import sys

    env = {**os.environ, **env_extra, "ICTSEARCH_INDEX": str(tmp_path / "idx")}
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "ictsearch.cli", "search", "テレワーク"], stdout=slave,
                            stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(master)
    return out.decode("utf-8")


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}], ids=["NO_COLOR", "dumb"])
def test_no_color_or_a_dumb_terminal_gets_no_escape_codes_and_keeps_the_marks(tmp_path, env):
    # NO_COLOR (no-color.org) and TERM=dumb were ignored on a terminal: escape codes around the
    # title and every matched word, shown raw by a terminal that cannot draw them.
    from ictsearch import build_index

    write(tmp_path / "docs" / "plan.txt", "令和5年度 テレワーク推進計画\n\n市内企業のテレワーク導入を支援する。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    assert "\x1b[" in _tty_search(tmp_path, {"TERM": "xterm", "NO_COLOR": ""})  # a terminal still gets colour
    out = _tty_search(tmp_path, env)
    assert "\x1b[" not in out, out
    assert "【テレワーク】" in out, out
