"""Scanned pages: read by Tesseract when it is installed, a clear message when not, --no-ocr."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.indexer import ocr
from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.extract import extract

from conftest import SHARED, needs_shared

SCAN = SHARED / "bad" / "image-only-scan.pdf"
needs_tesseract = pytest.mark.skipif(ocr.missing() is not None, reason="Tesseract with jpn data is not installed")
pytestmark = [pytest.mark.shared, needs_shared]


@needs_tesseract
def test_scanned_page_is_read_by_ocr():
    got = extract(SCAN)
    assert got.ocr_pages == [1]
    text = got.pages[0]
    # NFKC and the space removal of normalize_text apply to OCR text too
    assert "関東ICT推進NPO連絡協議会" in text
    assert "第17回定期総会" in text


def test_without_tesseract_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setattr(ocr, "missing", lambda: ocr.INSTALL_HINT)
    with pytest.raises(ExtractionError) as info:
        extract(SCAN)
    reason = info.value.reason
    assert reason.startswith("no text layer (scanned image?)")
    assert "apt-get install tesseract-ocr tesseract-ocr-jpn" in reason and "\n" not in reason


def test_no_ocr_leaves_the_scan_unread():
    with pytest.raises(ExtractionError) as info:
        extract(SCAN, ocr=False)
    assert info.value.reason == "no text layer (scanned image?)"


@needs_tesseract
def test_index_search_show_and_no_ocr(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    shutil.copy(SCAN, folder / "scan.pdf")
    runner = CliRunner()
    index_dir = tmp_path / "idx"
    result = runner.invoke(cli, ["index", str(folder), "--index", str(index_dir), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    hits = json.loads(runner.invoke(cli, ["search", "定期総会", "--index", str(index_dir), "--json"]).output)
    assert [h["path"] for h in hits["hits"]] == [str(folder / "scan.pdf")]
    shown = runner.invoke(cli, ["show", str(folder / "scan.pdf"), "--index", str(index_dir), "--json"])
    assert json.loads(shown.output)["ocr_pages"] == [1]
    text = runner.invoke(cli, ["show", str(folder / "scan.pdf"), "--index", str(index_dir)]).output
    assert "OCR" in text
    # OCR off: the file fails with the usual reason, even though its OCR text is cached
    result = runner.invoke(cli, ["index", str(folder), "--index", str(tmp_path / "idx2"), "--jobs", "1", "--no-ocr"])
    assert result.exit_code == 1
    assert "no text layer (scanned image?)" in result.output


@pytest.fixture
def mixed(tmp_path):
    """A text page (the bundled sample's first page) followed by the scanned page."""
    import pypdfium2 as pdfium

    from conftest import TEST_DATA

    doc = pdfium.PdfDocument.new()
    doc.import_pages(pdfium.PdfDocument(str(TEST_DATA / "sample-ja.pdf")), [0])
    doc.import_pages(pdfium.PdfDocument(str(SCAN)))
    path = tmp_path / "mixed.pdf"
    doc.save(str(path))
    return path


def test_mixed_document_without_ocr_warns_and_keeps_its_text(mixed):
    got = extract(mixed, ocr=False)
    assert "地域ICT推進事業の概要" in got.pages[0] and got.pages[1] == ""
    assert got.ocr_pages == []
    assert got.warnings == ["1 of 2 pages without a text layer (scanned?) not read"]


@needs_tesseract
def test_mixed_document_with_ocr(mixed):
    got = extract(mixed)
    assert got.ocr_pages == [2]
    assert "定期総会" in got.pages[1]


@needs_tesseract
def test_ocr_text_is_cached_and_not_served_with_ocr_off(tmp_path):
    import hashlib

    from ictsearch.indexer.cache import ExtractCache
    from ictsearch.indexer.prepare import _extract_cached

    cache = ExtractCache(tmp_path / "cache")
    digest = hashlib.sha256(SCAN.read_bytes()).hexdigest()
    entry, cached = _extract_cached(SCAN, digest, cache)
    assert entry["ocr_pages"] == [1] and not cached
    assert cache.get(digest)["ocr_pages"] == [1]
    assert _extract_cached(SCAN, digest, cache) == (entry, True)  # Tesseract does not run again
    with pytest.raises(ExtractionError):
        _extract_cached(SCAN, digest, cache, ocr=False)


@needs_tesseract
def test_a_document_indexed_without_ocr_is_read_again_once_ocr_can_run(mixed, tmp_path):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    folder = tmp_path / "docs"
    folder.mkdir()
    mixed.rename(folder / "mixed.pdf")
    idx = tmp_path / "idx"
    first = build_index([folder], idx, jobs=1, ocr=False)
    assert first.added == 1 and "not read" in first.outcomes[0].warnings[0]
    with open_index(idx) as ix:
        assert ix.search("定期総会").total == 0
    again = build_index([folder], idx, jobs=1, ocr=False)
    assert again.unchanged == 1  # still no OCR: nothing to do
    with_ocr = build_index([folder], idx, jobs=1)
    assert with_ocr.updated == 1
    with open_index(idx) as ix:
        assert ix.search("定期総会").total == 1
    assert build_index([folder], idx, jobs=1).unchanged == 1  # read now: not again
