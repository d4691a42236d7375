"""review42: a new user's folder (Word, Excel, PowerPoint, two-column PDF, saved page, Shift_JIS text, CSV,
odd names, links, files changing under a run) and a developer embedding the API, trying to break the
product as shipped.  Each test is a problem found so, fixed on this branch."""

from __future__ import annotations

import os
from pathlib import Path

import ictsearch


def _plan(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "事業計画.txt"
    path.write_text("関東総合通信局 令和6年度 事業計画\n\n東京都と連携し、テレワークの推進を図る。\n", encoding="utf-8")
    return path


def test_a_file_touched_without_a_change_is_not_changed_after_the_next_run(tmp_path):
    """`touch`, a copy without -p, a git checkout or an unzip of the same archive move a file's time: the next
    run reads its bytes, finds them the same by content hash and leaves the document as it is (unchanged),
    but search, show and export kept saying "(file changed) … until the next index run" after every run."""
    path = _plan(tmp_path / "資料")
    index = tmp_path / "idx"
    ictsearch.build_index([tmp_path / "資料"], index)
    os.utime(path, ns=(1_577_836_800_000_000_000, 1_577_836_800_000_000_000))  # 2020-01-01
    with ictsearch.open_index(index) as idx:
        assert idx.search("テレワーク").hits[0].changed  # not indexed since: so it is said
    summary = ictsearch.build_index([tmp_path / "資料"], index)
    assert (summary.unchanged, summary.updated) == (1, 0)
    with ictsearch.open_index(index) as idx:
        hit = idx.search("テレワーク").hits[0]
        assert (hit.gone, hit.changed) == (False, False)
        assert not idx.get(hit.doc_id).changed
        assert not any(d.changed for d in idx.documents())
        # A real edit afterwards is still told.
        with open(path, "a", encoding="utf-8") as f:
            f.write("追記: 令和6年度の実績。\n")
        assert idx.search("テレワーク").hits[0].changed
        assert idx.get(hit.doc_id).changed
