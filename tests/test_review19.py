"""Review 19: a new maintainer keeps a team's collection up to date and breaks it."""

from __future__ import annotations

import shutil

from conftest import write


def test_indexing_another_folder_keeps_the_documents_of_an_unmounted_share(tmp_path):
    # The README: "files gone from the named folders removed", and a named folder that does not
    # exist (an unmounted share) keeps what the index holds from it. But `ictsearch index docs`
    # while the share (indexed before, not named now) was unmounted removed every document of the
    # share: a search for 関東ICT推進NPO found nothing until the share was indexed again.
    from ictsearch import build_index, open_index

    share, docs = tmp_path / "mnt" / "share", tmp_path / "docs"
    write(share / "kanto.txt", "令和2年度事業報告\n\n関東ICT推進NPO連絡協議会はテレワーク・ワーケーション勉強会を開催した。\n")
    write(docs / "tohoku.txt", "東北総合通信局 主な取組\n\nテレワーク普及展開推進事業を実施する。\n")
    idx = tmp_path / "idx"
    build_index([share], idx, jobs=1)
    build_index([docs], idx, jobs=1)
    share.rename(tmp_path / "mnt" / "share.unmounted")
    s = build_index([docs], idx, jobs=1)
    assert (s.removed, s.unchanged) == (0, 1)
    with open_index(idx) as ix:
        assert ix.search("関東ICT推進NPO連絡協議会").total == 1
    # A file deleted from a collection that is there (not named in this run) is still removed.
    (tmp_path / "mnt" / "share.unmounted").rename(share)
    write(share / "other.txt", "東海総合通信局\n\n防災行政無線の整備\n")
    (share / "kanto.txt").unlink()
    s = build_index([docs], idx, jobs=1)
    assert s.removed == 1
    with open_index(idx) as ix:
        assert ix.search("関東ICT推進NPO連絡協議会").total == 0
