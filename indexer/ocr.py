"""Read scanned PDF pages with Tesseract (its Japanese data, ``jpn``).

A page is OCR'd only when no reader found text on it *and* it carries an image:
a page of drawings alone is not a scan.  The page is rendered by PDFium at
300 dpi and read by the ``tesseract`` command, one process per page, with a
time limit so a pathological image cannot hang a run.  On
../shared/corpus/bad/image-only-scan.pdf (a 110 dpi scan of an A4 page; Tesseract
5.3, Debian's jpn data) rendering at 110 / 200 / 300 dpi gave 0.987 / 0.991 /
0.994 similarity to the page's text for 0.8 / 0.9 / 1.3 CPU-seconds.  Tesseract puts spaces between Japanese
characters; normalize_text removes them later.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Ends the warning about scanned pages left unread (OCR off or missing): a document
#: carrying it is read again by the next run that can OCR (see indexer.plan).
SCANS_NOT_READ = "without a text layer (scanned?) not read"

__all__ = ["missing", "scanned_pages", "read_pages", "INSTALL_HINT"]

LANGUAGE = "jpn"
DPI = 300
#: Seconds one page may take (1.8-4 s measured on an A4 page on a 2-core machine).
TIMEOUT = 120
INSTALL_HINT = "install Tesseract with Japanese data to read it by OCR (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-jpn)"


@functools.cache
def missing() -> str | None:
    """None when Tesseract and its jpn data are installed, else what to install."""
    exe = shutil.which("tesseract")
    if exe is None:
        return INSTALL_HINT
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return INSTALL_HINT
    if LANGUAGE not in (out.stdout + out.stderr).split():
        return "install Tesseract's Japanese data to read it by OCR (Debian/Ubuntu: apt-get install tesseract-ocr-jpn)"
    return None


def scanned_pages(path: Path, indexes: list[int], document=None) -> list[int]:
    """Those of the 0-based page indexes whose page holds an image."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        return list(indexes)
    own = document is None
    try:
        if own:
            document = pdfium.PdfDocument(str(path))
        found = []
        for i in indexes:
            page = document[i]
            try:
                if any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2)):
                    found.append(i)
            finally:
                page.close()
        return found
    except Exception:  # PDFium cannot open it: nothing it could render either
        return []
    finally:
        if own and document is not None:
            document.close()


def read_pages(path: Path, indexes: list[int], document=None) -> dict[int, str]:
    """OCR text of each page (0-based index); pages that fail are left out."""
    if missing() is not None or not indexes:
        return {}
    import pypdfium2 as pdfium

    own = document is None
    texts: dict[int, str] = {}
    try:
        if own:
            document = pdfium.PdfDocument(str(path))
        with tempfile.TemporaryDirectory(prefix="ictsearch-ocr-") as tmp:
            for i in indexes:
                image = Path(tmp) / f"{i}.pgm"
                page = document[i]
                try:
                    _write_pgm(page.render(scale=DPI / 72, grayscale=True), image)
                finally:
                    page.close()
                text = _tesseract(image)
                if text is not None:
                    texts[i] = text
    except Exception:
        return texts
    finally:
        if own and document is not None:
            document.close()
    return texts


def _write_pgm(bitmap, path: Path) -> None:
    """A grayscale PDFium bitmap as a binary PGM file (Tesseract reads it; no imaging library needed)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    data = bytes(bitmap.buffer)
    if stride != width:
        data = b"".join(data[row * stride: row * stride + width] for row in range(height))
    path.write_bytes(b"P5\n%d %d\n255\n" % (width, height) + data)


def _tesseract(image: Path) -> str | None:
    # One thread: the pipeline already runs one process per core.
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        out = subprocess.run(["tesseract", str(image), "stdout", "-l", LANGUAGE, "--dpi", str(DPI)],
                             capture_output=True, timeout=TIMEOUT, env=env)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.decode("utf-8", errors="replace")
