"""Regressions found by using ictsearch as a new user would (review 4).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_clear_cache_that_cannot_empty_the_cache_says_so(runner, tmp_path, corpus_copy, monkeypatch):
    # `ictsearch index corpus/ --clear-cache` on an index whose cache could not be
    # removed (a read-only mount) printed "Cleared 5 cached extractions." and went on,
    # although every entry was still there.
    index_dir = tmp_path / "idx"
    first = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    cached = sorted((index_dir / "cache").rglob("*.json.gz"))
    assert len(cached) == 5

    real_unlink = os.unlink

    def read_only(path, *args, **kwargs):
        if str(path).endswith(".json.gz"):
            raise PermissionError(30, "Read-only file system", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", read_only)
    result = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--clear-cache"])
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert "Cleared" not in result.output
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and "Read-only file system" in lines[0] and "cache" in lines[0]
    assert sorted((index_dir / "cache").rglob("*.json.gz")) == cached

    # Where it can, it empties the cache and says how many entries went.
    cleared = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--clear-cache"])
    assert cleared.exit_code == 0, cleared.output
    assert "Cleared 5 cached extractions." in cleared.output
