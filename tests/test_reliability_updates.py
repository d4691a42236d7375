"""Searching while the index changes underneath: a search in progress keeps its own view."""

from __future__ import annotations

import shutil

from ictsearch.indexer import build_index
from ictsearch.search import open_index
from ictsearch.search.api import Index

from conftest import CORPUS, write


def test_a_commit_landing_during_a_search_does_not_close_its_reader(tmp_path, monkeypatch):
    # Found by bench/soak.py: a zero-hit search with a filter built its did-you-mean
    # vocabulary through a fresh searcher, which closed the one the search was still
    # using when another process had committed meanwhile (ReaderClosed).
    src = tmp_path / "src"
    shutil.copytree(CORPUS, src)
    idx_dir = tmp_path / "idx"
    build_index([src], idx_dir, jobs=1)
    suggestions = Index._suggestions

    def commit_first(self, *args, **kwargs):
        write(src / f"new{len(list(src.iterdir()))}.txt", "令和5年度 事業計画\n\n北海道の防災訓練。")
        build_index([src], idx_dir, jobs=1)
        return suggestions(self, *args, **kwargs)

    with open_index(idx_dir) as idx:
        idx.search("テレワーク")  # this thread's searcher is open and current
        monkeypatch.setattr(Index, "_suggestions", commit_first)
        res = idx.search("テレワーク", region="北海道")
        assert res.total == 0 and res.notes  # the filter note needs the searcher after the suggestions
        monkeypatch.undo()
        assert idx.search("防災訓練").total == 1  # and the next search sees the commit
