"""Regressions of ingest28: an officer indexing a department's shared drive, where a statistical
annex of thousands of pages, a Word draft with hidden notes, pages whose figures carry their words
only as alternative text, and a share that numbers its inodes afresh on each mount all sit together.

A 5,000-page PDF had every page read before its text was cut at the cap; hidden Word text was
indexed as body text; a figure's alt text was never read; and a --rebuild forgot that the share
renumbers its inodes, so the next update read every file again.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT, write  # noqa: F401


def _huge_pdf_module():
    spec = importlib.util.spec_from_file_location("huge_pdf", ROOT / "bench" / "huge_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def annex(tmp_path_factory) -> Path:
    """A 5,000-page PDF of 300 characters a page (6 lines of 50), every page different."""
    huge = _huge_pdf_module()
    path = tmp_path_factory.mktemp("annex") / "統計資料編.pdf"
    path.write_bytes(huge.build(huge.page_lines(5000, 300)))
    return path


# -- a PDF of thousands of pages ------------------------------------------------------------------


def test_a_pdf_of_thousands_of_pages_is_read_only_up_to_the_text_cap(annex, monkeypatch):
    from ictsearch.indexer import formats, pdf
    from ictsearch.indexer.extract import extract

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    read = []
    real = pdf._paragraphed
    monkeypatch.setattr(pdf, "_paragraphed", lambda textpage, text: read.append(1) or real(textpage, text))
    ex = extract(annex)
    assert len(read) < 20  # 7 pages hold the 2,000 characters: not 5,000 read and cut away
    assert ex.page_count == 5000
    assert sum(map(len, ex.pages)) == 2_000
    assert ex.warnings == [f"text cut at 2,000 characters, in page {len(ex.pages)} of 5,000"]
    assert ex.pages[0].startswith("令和8年1月5日明けましておめでとうございます。")


def test_pdfminer_reads_only_up_to_the_text_cap_too(annex, monkeypatch):
    # A document PDFium cannot read (vertical fonts, a file it refuses) is laid out by pdfminer,
    # page by page, ten times slower: it stops at the cap too, and still counts the pages.
    from ictsearch.indexer import formats, pdf

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    ex = pdf.read_pdf(annex, reader="pdfminer")
    assert ex.page_count == 5000
    assert len(ex.pages) < 20 and sum(map(len, ex.pages)) == 2_000
    assert ex.warnings == [f"text cut at 2,000 characters, in page {len(ex.pages)} of 5,000"]


def test_a_pdf_under_the_cap_is_read_whole_without_a_note(annex):
    from ictsearch.indexer.extract import extract

    ex = extract(ROOT / "tests" / "data" / "sample-ja.pdf")
    assert ex.page_count == len(ex.pages) == 2 and ex.warnings == []
