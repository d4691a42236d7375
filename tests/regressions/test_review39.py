"""review39: living with a collection as its maintainer: a run that fails midway, an index that
only ever grows, the manual metadata, and what `show --json` says of a file that broke."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.indexer import build_index
from ictsearch.search import open_index

from conftest import write


def _collection(folder: Path, n: int, stem: str = "報告") -> None:
    for i in range(n):
        write(folder / f"{stem}{i:03d}.txt",
              f"令和5年度 東北総合通信局 取組報告{i}\n\n"
              + f"仙台市でローカル5Gを使った河川監視の実証を行った。防災行政無線の更新も進めた。第{i}号。" * 20)


def _segment_files(gen_dir: Path) -> set[str]:
    return {p.name for p in gen_dir.iterdir() if p.suffix in (".seg", ".pst", ".trm", ".tmp")}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_stopped_by_a_full_disk_gives_back_the_space_of_its_partial_segments(tmp_path, monkeypatch, jobs):
    # A 300-file update on a disk that filled up failed with exit 2 as documented, but left the segments
    # it had written (10 MB of a 40 MB disk) beside the index: the disk stayed full until the next run.
    from whoosh.writing import SegmentWriter

    src, idx = tmp_path / "資料", tmp_path / "idx"
    _collection(src, 6)
    build_index([src], idx, jobs=1)
    gen = next(idx.glob("gen-*"))
    before = _segment_files(gen)
    _collection(src / "2024", 8, "追加")

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "_commit_toc", full)
    with pytest.raises(Exception, match="No space left on device"):
        build_index([src], idx, jobs=jobs)
    monkeypatch.undo()
    assert _segment_files(gen) == before  # the new segments are gone at once
    with open_index(idx) as ix:
        assert ix.doc_count() == 6 and ix.search("河川監視").total == 6
    summary = build_index([src], idx, jobs=jobs)  # space again: the next run does the work
    assert summary.added == 8 and summary.documents == 14


def test_a_rebuild_stopped_by_a_full_disk_drops_its_half_written_generation(tmp_path, monkeypatch):
    from whoosh.writing import SegmentWriter

    src, idx = tmp_path / "資料", tmp_path / "idx"
    _collection(src, 4)
    build_index([src], idx, jobs=1)

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "_commit_toc", full)
    with pytest.raises(Exception, match="No space left on device"):
        build_index([src], idx, jobs=1, rebuild=True)
    monkeypatch.undo()
    assert [p.name for p in idx.glob("gen-*")] == ["gen-000001"]
    with open_index(idx) as ix:
        assert ix.doc_count() == 4
