"""maint27: a maintainer keeping a 課's shared folder indexed over weeks: a data export saved as
.tsv, sub-folders renamed inside the collection, a share whose inode numbers change on every
mount, and the odd files a week leaves behind (unreadable, looping links, vanishing files)."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
from pathlib import Path

import pytest

from conftest import SHARED, write

SEEDS = SHARED / "seeds"


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


# -- .tsv: a data export is indexed as a .csv is ------------------------------------------------

def test_a_tsv_export_is_indexed_as_a_table(tmp_path):
    # A 課's dump of its 補助金 list, saved as tab-separated values: it was passed over ("1 .tsv")
    # although the CSV reader reads tabs; its amounts hold commas, which must not split cells.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "交付決定一覧.tsv",
          "事業名\t交付先\t交付額(円)\n"
          "地域課題解決型ローカル5G等の実現に向けた開発実証\t岩手県金ケ崎町\t12,345,000\n"
          "テレワーク普及展開推進事業\t宮城県多賀城市\t3,210,000\n")
    summary = build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    assert summary.added == 1 and summary.failed == 0 and summary.passed_over == ()
    with open_index(tmp_path / "idx") as idx:
        hits = idx.search("金ケ崎町 ローカル5G").hits
        assert [Path(h.path).name for h in hits] == ["交付決定一覧.tsv"]
        text = idx.get(hits[0].path).text
    assert "岩手県金ケ崎町\t12,345,000" in text  # the amount is one cell, not three


def test_a_tsv_whose_header_holds_commas_is_still_cut_at_tabs(tmp_path):
    # Counting separators, a header of labels written 「金額(千円,税込)」 held more commas than tabs.
    from ictsearch.indexer.formats import csvfile

    path = write(tmp_path / "予算.tsv", "区分,細目\t金額(千円,税込,概算)\n情報通信,DX推進\t1,200\n")
    assert csvfile.read(path).pages[0].splitlines()[1] == "情報通信,DX推進\t1,200"


@pytest.mark.shared
def test_the_benches_leave_the_white_papers_manifest_out():
    # The manifest is a .tsv now indexed like any other; the benches name it and leave it out.
    from bench import corpus

    assert all(p.is_dir() and p.name[0] in "hr" for p in corpus.whitepaper_folders())
    assert len(corpus.whitepaper_folders()) == len({s.edition for s in corpus.sections()})
    assert "manifest.tsv" in corpus.NOT_DOCUMENTS
