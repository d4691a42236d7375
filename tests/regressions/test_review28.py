"""review28: a policy officer installing ictsearch from the README on their own folders (cron jobs,
odd options, a pipe closed early) and a developer embedding the Python API and reading --json."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import write

PLAN = "令和5年度 テレワーク推進計画\n\n市内企業のテレワーク導入を支援する。\n"


def _cli(args, **kw):
    return subprocess.run([sys.executable, "-m", "ictsearch.cli", *map(str, args)], timeout=300, **kw)


def test_index_with_a_closed_stderr_still_indexes(tmp_path):
    # `ictsearch index ~/資料 2>&-` (a cron job or service started without a standard error):
    # Python gives no sys.stderr, and the run ended at once in an AttributeError (sys.stderr.isatty())
    # with exit 1, indexing nothing, its traceback going nowhere.
    from ictsearch import open_index

    write(tmp_path / "docs" / "plan.txt", PLAN)
    proc = _cli(["index", tmp_path / "docs", "--index", tmp_path / "idx"], stdout=subprocess.PIPE, text=True,
                preexec_fn=lambda: os.close(2))
    assert proc.returncode == 0, proc.stdout
    with open_index(tmp_path / "idx") as ix:
        assert ix.doc_count() == 1


@pytest.mark.parametrize("args", [["search", "テレワーク"], ["search", "テレワーク", "--json"], ["search", "存在しない語"]])
def test_search_with_a_closed_stderr_prints_its_hits_and_exits_0(tmp_path, args):
    # The search was printed, then ending the process flushed sys.stderr, None: exit 1.
    from ictsearch import build_index

    write(tmp_path / "docs" / "plan.txt", PLAN)
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    proc = _cli([*args, "--index", tmp_path / "idx"], stdout=subprocess.PIPE, text=True,
                preexec_fn=lambda: os.close(2))
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.strip()
    if args[1] == "テレワーク":
        assert "plan.txt" in proc.stdout


@pytest.mark.parametrize("value", [5, 3.5, True])
def test_a_path_filter_of_the_wrong_type_is_one_ictsearch_error(tmp_path, value):
    # Index.search(path=5) ended in TypeError: 'int' object is not iterable, where every other
    # filter of the wrong type gives one IctsearchError (README: "Any filter value, from the command
    # line or the Python API, gives hits that match it or one IctsearchError").
    from ictsearch import BadQuery, build_index, open_index

    write(tmp_path / "docs" / "plan.txt", PLAN)
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        with pytest.raises(BadQuery, match="path filter"):
            ix.search("テレワーク", path=value)
        with pytest.raises(BadQuery, match="path filter"):
            ix.facets(path=value)
        assert ix.search("テレワーク", path="plan").total == 1
