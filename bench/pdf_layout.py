"""Measure the PDF readers on generated layouts and the corpus PDFs; print a Markdown table.

usage: python bench/make_layouts.py && python bench/pdf_layout.py [CORPUS_DIR]
       (CORPUS_DIR default: ../shared/corpus; layouts: bench/.work/layouts)

Rows: every layout bench/make_layouts.py wrote (similarity to the source
text written beside it), the generated PDFs of pdf/manifest.tsv (similarity to
their seed text), and the real PDFs (share of one-character lines: 1.00 =
vertical text read one character per line).  Similarity is the difflib ratio
with all whitespace removed, both sides through normalize_text, as the corpus
README defines it.  Page furniture is removed by every reader (it is not in
the layouts' source texts), so the columns compare reading order and text.
The last row gives the throughput of each reader over all the PDFs.
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

from ictsearch.indexer import pdf  # noqa: E402
from ictsearch.indexer.normalize import normalize_text  # noqa: E402


def pdfminer_reader(layout: pdf.Layout):
    def read(path: Path) -> list[str]:
        pages, title, warnings = pdf.read_with_pdfminer(path, layout)
        return pdf._finish(path, pages, title, warnings, ocr=False).pages
    return read


READERS = {
    "pdfminer lm=0.3 (before)": pdfminer_reader(pdf.Layout(LAParams(line_margin=0.3), columns=False)),
    "pdfminer lm=1.0": pdfminer_reader(pdf.Layout(LAParams(line_margin=1.0), columns=False)),
    "pdfminer lm=0.3 + columns": pdfminer_reader(pdf.LAYOUT),
    "pypdfium2": lambda path: pdf.read_pdf(path, ocr=False, reader="pdfium").pages,
    "chosen (auto)": lambda path: pdf.read_pdf(path, ocr=False).pages,
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def similarity(source: str, pages: list[str]) -> float:
    a, b = squash(normalize_text(source)), squash("".join(pages))
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def one_char_share(pages: list[str]) -> float:
    lines = [line.strip() for page in pages for line in page.split("\n") if line.strip()]
    return sum(1 for line in lines if len(line) == 1) / len(lines) if lines else 0.0


def cases(corpus: Path, layouts: Path) -> list[tuple[str, Path, str | None]]:
    """(label, pdf, source text or None for 'count one-character lines')."""
    out = [(f"layout/{p.stem}", p, p.with_suffix(".txt").read_text(encoding="utf-8"))
           for p in sorted(layouts.glob("*.pdf"))]
    manifest = corpus / "pdf" / "manifest.tsv"
    if manifest.exists():
        with open(manifest, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                source = (corpus / row["source_text"]).read_text(encoding="utf-8") if row["source_text"] else None
                out.append((row["path"].removeprefix("pdf/"), corpus / row["path"], source))
    return out


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    layouts = ROOT / "bench" / ".work" / "layouts"
    if not any(layouts.glob("*.pdf")):
        sys.exit("no layouts: run python bench/make_layouts.py first")
    rows = cases(corpus, layouts)
    results: dict[str, dict[str, str]] = {}
    speed: dict[str, str] = {}
    pages_of: dict[str, int] = {}
    for name, read in READERS.items():
        cells: dict[str, str] = {}
        pages_done, seconds = 0, 0.0
        for label, path, source in rows:
            started = time.perf_counter()
            pages = read(path)
            seconds += time.perf_counter() - started
            pages_done += len(pages)
            pages_of[label] = len(pages)
            if source is not None:
                cells[label] = f"{similarity(source, pages):.4f}"
            else:
                cells[label] = f"1-char {one_char_share(pages):.2f}"
        results[name] = cells
        speed[name] = f"{pages_done / seconds:.0f}"
        print(f"measured {name}: {pages_done} pages in {seconds:.1f} s", file=sys.stderr)

    names = list(READERS)
    print("| PDF (pages) | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---:" for _ in names) + " |")
    for label, _path, _source in rows:
        print(f"| {label} ({pages_of[label]}) | " + " | ".join(results[n][label] for n in names) + " |")
    print("| **pages/s** | " + " | ".join(speed[n] for n in names) + " |")


if __name__ == "__main__":
    main()
