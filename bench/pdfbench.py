"""Part 2: PDF extraction pages/s: ``ictsearch.indexer.extract.extract`` vs pdfminer.six defaults."""

from __future__ import annotations

import time
from pathlib import Path


def run(pdfs: list[tuple[Path, int]]) -> dict:
    from pdfminer.high_level import extract_text

    pages = sum(p for _, p in pdfs)
    out: dict = {"files": len(pdfs), "pages": pages}
    t0 = time.perf_counter()
    for path, _ in pdfs:
        extract_text(str(path))
    s = time.perf_counter() - t0
    out["pdfminer_default"] = {"seconds": s, "pages_per_s": pages / s}
    try:
        from ictsearch.indexer.extract import extract
    except Exception as e:  # noqa: BLE001
        out["ours"] = {"note": f"ictsearch.indexer.extract.extract not importable: {type(e).__name__}: {e}"}
        out["ratio"] = float("nan")
        return out
    t0 = time.perf_counter()
    errors = []
    for path, _ in pdfs:
        try:
            extract(path)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{path.name}: {type(e).__name__}: {e}")
    s = time.perf_counter() - t0
    out["ours"] = {"seconds": s, "pages_per_s": pages / s, "errors": errors}
    out["ratio"] = out["ours"]["pages_per_s"] / out["pdfminer_default"]["pages_per_s"]
    return out
