"""Preparing one document: bytes → text (cached) → title and metadata → analyzed terms.

This is where a file's text becomes tokens: ``extract`` gives normalized page
texts, ``derive_metadata`` the region, year and themes, ``analyze`` the terms
the writer stores.  A bad file becomes a FAILED outcome, never an exception.
"""

from __future__ import annotations

import os
from pathlib import Path

from .analysis import PreAnalyzed, analyze, pre_analyze
from .cache import ExtractCache
from .document import derive_title, join_pages, metadata_text
from .errors import ExtractionError
from .fields import METADATA_FIELDS
from .formats import check_supported
from .outcomes import ADDED, FAILED, UNCHANGED, UPDATED, FileOutcome
from .plan import Task
from .plan import content_hash as file_hash


def reader_of(path: Path) -> str:
    """What the file's name has it read as (its suffix, .htm as .html): the same bytes under another name
    are another extraction.  The cache was keyed by the bytes alone, so a text saved as 資料.txt and as
    資料.html (or renamed from one to the other, as a warning advises) was served whichever reading ran
    first, its title and lines included; a .tsv and a .csv copy are cut at different separators."""
    suffix = path.suffix.lower()
    return ".html" if suffix == ".htm" else suffix


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    """(size, mtime, ctime, inode) of the file now, None when it cannot be looked at."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _extract_cached(path: Path, content_hash: str, cache: ExtractCache, ocr: bool = True,
                    hashed_at: tuple[int, int, int, int] | None = None) -> tuple[dict, bool]:
    """hashed_at: the file's _stamp before its content hash was read.  The text is cached under that
    hash only if the file is still so after extraction: a file written while the run read it (a save
    or a copy landing between the hash and the extraction) was cached with its new text under its old
    bytes' hash, which another file of those bytes (the earlier version, a copy kept elsewhere) was
    then served."""
    entry = cache.get(content_hash)
    reader = reader_of(path)
    # OCR'd text is cached like any other; a run with OCR off does not use it.
    if entry is not None and entry.get("reader") == reader and (ocr or not entry.get("ocr_pages")):
        return entry, True
    from .extract import extract
    from .ocr import SCANS_NOT_READ

    ex = extract(path, ocr=ocr)
    entry = {**cache_entry(ex), "reader": reader}
    if not any(SCANS_NOT_READ in w for w in ex.warnings) and (hashed_at is None or _stamp(path) == hashed_at):
        # A text that lacks scanned pages (OCR off or not installed) is not
        # cached: a later run with OCR would be served it.
        cache.put(content_hash, entry)
    return entry, False


def cache_entry(ex) -> dict:
    """What the cache keeps of an extraction (indexer.extract.Extracted), as _document_fields reads it."""
    return {
        "pages": list(ex.pages),
        "page_count": ex.page_count,
        "title": ex.title,
        "encoding": ex.encoding,
        "warnings": list(ex.warnings),
        "ocr_pages": list(ex.ocr_pages),
        "trail": ex.trail,
        "site": ex.site,
        "url": ex.url,
        "url_from": ex.url_from,
    }


def prepare(task: Task, cache: ExtractCache) -> tuple[FileOutcome, dict | None]:
    """Read, extract and analyze one file; never raises for a bad file."""
    path = Path(task.path)
    base = dict(path=task.path, doc_id=task.doc_id, size=task.size, mtime_ns=task.mtime_ns)
    hashed_at = _stamp(path)
    try:
        content_hash = file_hash(path)
    except FileNotFoundError:
        # Listed a moment ago: deleted or moved meanwhile (a colleague tidying the share), which
        # "cannot read: No such file or directory" made sound like a fault of the file.
        return FileOutcome(status=FAILED, reason="deleted or moved while the run was reading the folder: the next run "
                                                 "takes the folder as it is then", **base), None
    except OSError as e:
        return FileOutcome(status=FAILED, reason=f"cannot read: {e.strerror or e}", **base), None
    base["content_hash"] = content_hash
    if task.old_hash == content_hash:
        # Touched but not changed: only the signature in the manifest moves (its pages stay).
        return FileOutcome(status=UNCHANGED, pages=task.old_pages, **base), None
    try:
        check_supported(path)  # before the cache: a .xlsm may have the bytes of a cached .xlsx
        from .metadata.derive import check_manual

        check_manual(path, Path(task.root))  # a bad sidecar value fails the file before the heavy work
        entry, cached = _extract_cached(path, content_hash, cache, task.ocr, hashed_at)
        doc = _document_fields(path, Path(task.root), entry, content_hash, task)
    except ExtractionError as e:
        return FileOutcome(status=FAILED, reason=e.reason, **base), None
    except Exception as e:  # a bug or an exotic file must not end the run
        return FileOutcome(status=FAILED, reason=f"unexpected error: {type(e).__name__}: {e}", **base), None
    status = UPDATED if task.known else ADDED
    about_files = tuple(doc.pop("_file_warnings"))
    outcome = FileOutcome(
        status=status,
        reason=None,
        warnings=(*doc["warnings"], *about_files),
        collection_warnings=about_files,
        pages=entry["page_count"],
        chars=len(doc["_stored_body"]),
        cached=cached,
        **base,
    )
    return outcome, doc


def document_metadata(path: Path, root: Path, entry: dict):
    """(text, page starts, title, body terms, metadata) of one extracted file (a cache_entry), as
    the index stores them; bench/format_parity.py reads files of every format through it."""
    from .metadata import derive_metadata

    text, page_starts = join_pages(entry["pages"])
    if not text.strip():
        raise ExtractionError("no text")
    title = derive_title(text, entry["title"], path)
    body_terms = analyze(text)
    meta = derive_metadata(metadata_text(text, entry.get("trail"), entry.get("site")), title=title, path=path,
                           terms=[t.text for t in body_terms], root=root,
                           url=entry.get("url"), url_from=entry.get("url_from"))
    if meta.title:
        title = meta.title
    return text, page_starts, title, body_terms, meta


def _document_fields(path: Path, root: Path, entry: dict, content_hash: str, task: Task) -> dict:
    text, page_starts, title, body_terms, meta = document_metadata(path, root, entry)
    # What is wrong with a metadata.csv as a whole (a row for a file not there) is said by the run,
    # not kept with the document: `ictsearch show` of every document under the CSV showed it, and
    # still did once the file was created, as the documents were not indexed again.
    from .metadata.manual import file_warnings

    about_files = set(file_warnings(path, root))
    doc = {
        "doc_id": task.doc_id,
        "path": str(path),
        "title": pre_analyze(title),
        "_stored_title": title,
        "body": PreAnalyzed.of(body_terms),
        "_stored_body": text,
        "pages": entry["page_count"],
        "page_starts": page_starts if entry["page_count"] else None,
        "content_hash": content_hash,
        "size": task.size,
        "mtime": task.mtime_ns,
        "encoding": entry["encoding"],
        # the extraction's, then the sidecar's
        "warnings": [*entry["warnings"], *(w for w in meta.warnings if w not in about_files)],
        "_file_warnings": [w for w in meta.warnings if w in about_files],
        "ocr_pages": entry.get("ocr_pages") or None,
        "sources": dict(meta.sources),
    }
    for f in METADATA_FIELDS:
        doc.update(f.index_value(getattr(meta, f.name)))
    return doc
