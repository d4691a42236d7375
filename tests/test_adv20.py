"""Adversarial review 20: today's changes tried as a new user would."""

from __future__ import annotations

import shutil

from ictsearch.indexer import build_index
from ictsearch.search import open_index
from ictsearch.search.api import Index

from conftest import CORPUS, write


def test_a_rebuild_switching_right_after_a_thread_reopened_does_not_fail_its_search(tmp_path, monkeypatch):
    # Threads searching an index while `ictsearch index --rebuild` ran (a server, a cron job):
    # a thread reopened the new generation under the lock, then opened its searcher after
    # letting the lock go; a second rebuild switching meanwhile deleted that generation, and
    # the search failed with 「The index … is damaged (EmptyIndexError: Index 'MAIN' does not
    # exist in …/gen-000002)」 though nothing was damaged (3 of 5,164 searches of three threads
    # over six rebuilds in a row).
    src = tmp_path / "src"
    shutil.copytree(CORPUS, src)
    idx_dir = tmp_path / "idx"
    build_index([src], idx_dir, jobs=1)
    reopen = Index._open
    rebuilt = []

    def another_rebuild_lands(self):
        reopen(self)
        if not rebuilt:  # the generation just opened is switched away and deleted
            rebuilt.append(True)
            write(src / "bousai.txt", "令和5年度 事業計画\n\n北海道の防災訓練を実施する。")
            build_index([src], idx_dir, jobs=1, rebuild=True)

    with open_index(idx_dir) as idx:
        idx.search("テレワーク")
        build_index([src], idx_dir, jobs=1, rebuild=True)  # this thread's searcher is stale now
        monkeypatch.setattr(Index, "_open", another_rebuild_lands)
        res = idx.search("防災訓練")
        assert rebuilt
        assert res.total == 1
        assert idx.facets() == Index(idx_dir).facets()
