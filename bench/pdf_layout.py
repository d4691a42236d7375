"""Measure pdfminer layout settings on the corpus PDFs; print a Markdown table.

usage: python bench/pdf_layout.py [CORPUS_DIR]      (default: ../shared/corpus)

For each candidate setting and every PDF listed in pdf/manifest.tsv:
generated PDFs get the similarity to their seed text (difflib ratio with all
whitespace removed, as the corpus README defines it, both sides passed through
normalize_text), real PDFs the share of one-character lines (1.00 = vertical
text read one character per line).  The last rows give the throughput.
The setting used by indexer.extract is marked "(chosen)".
"""

from __future__ import annotations

import csv
import difflib
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdfminer.layout import LAParams  # noqa: E402

from ictsearch.indexer import extract as ex  # noqa: E402
from ictsearch.indexer.normalize import normalize_text  # noqa: E402

CANDIDATES: dict[str, ex.Layout] = {
    "default": ex.Layout(LAParams(), vertical_fallback=False),
    "detect_vertical": ex.Layout(LAParams(detect_vertical=True), vertical_fallback=False),
    "default + vertical fallback": ex.Layout(LAParams()),
    "fallback, boxes_flow=None": ex.Layout(LAParams(boxes_flow=None)),
    "fallback, line_margin=0.2": ex.Layout(LAParams(line_margin=0.2)),
    "fallback, line_margin=0.25": ex.Layout(LAParams(line_margin=0.25)),
    "fallback, line_margin=0.3 (chosen)": ex.LAYOUT,
    "fallback, line_margin=0.4": ex.Layout(LAParams(line_margin=0.4)),
    "fallback, char_margin=1.0": ex.Layout(LAParams(char_margin=1.0)),
    "fallback, all_texts": ex.Layout(LAParams(all_texts=True)),
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def similarity(seed: str, pages: list[str]) -> float:
    a, b = squash(normalize_text(seed)), squash("".join(pages))
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    with open(corpus / "pdf" / "manifest.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    seeds = {
        row["path"]: (corpus / row["source_text"]).read_text(encoding="utf-8")
        for row in rows
        if row["source_text"]
    }
    results: dict[str, dict[str, str]] = {}
    speed: dict[str, str] = {}
    for name, layout in CANDIDATES.items():
        cells: dict[str, str] = {}
        pages_done, seconds = 0, 0.0
        for row in rows:
            started = time.perf_counter()
            got = ex._extract_pdf(corpus / row["path"], layout)
            seconds += time.perf_counter() - started
            pages_done += got.page_count or 0
            if row["path"] in seeds:
                cells[row["path"]] = f"{similarity(seeds[row['path']], got.pages):.4f}"
            else:
                share = ex._one_char_line_share("\n".join(got.pages))
                cells[row["path"]] = f"1-char {share:.2f}"
        results[name] = cells
        speed[name] = f"{pages_done / seconds:.1f}"
        print(f"measured {name}: {pages_done} pages in {seconds:.1f} s", file=sys.stderr)

    names = list(CANDIDATES)
    print("| PDF (pages) | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---:" for _ in names) + " |")
    for row in rows:
        label = f"{row['path'].removeprefix('pdf/')} ({row['pages']})"
        print(f"| {label} | " + " | ".join(results[n][row["path"]] for n in names) + " |")
    print("| **pages/s** | " + " | ".join(speed[n] for n in names) + " |")


if __name__ == "__main__":
    main()
