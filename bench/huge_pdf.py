"""Indexing a PDF of thousands of pages: `ictsearch index --jobs 1` on one generated PDF.

usage: python bench/huge_pdf.py [--pages 2000] [--chars 3000] [--runs N] [CHECKOUT ...]   (default: this checkout)

The PDF is written by hand (no reportlab), as tests/data/make_sample_pdf.py writes its sample: a
non-embedded CID font with a ToUnicode map, `--pages` A4 pages of `--chars` characters each (60
lines in 8 pt, a statistical annex's density), every page different: the lines of the real pages of
bench/realdocs/docs, in order.  2,000 pages of 3,000 characters are 6 M characters, twice the text
cap (MAX_TEXT_CHARS), so what is measured is what the pages past the cap cost.  Written to
bench/.work/huge; checkouts are run as bench/pdf_index_speed.py runs them (alternated, best of N,
CPU time compared).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pdf_index_speed import _children_cpu, _link, best_of, run  # noqa: E402

DOCS = ROOT / "bench" / "realdocs" / "docs"
LINE = 50  # characters a line
LINES = 60  # lines a page


def page_lines(pages: int, chars: int) -> list[list[str]]:
    """`pages` pages of `chars` characters in lines of LINE, from the realdocs pages' lines."""
    wanted = pages * chars
    pieces, length = [], 0
    for path in sorted(DOCS.glob("*.txt")):  # as many pages as the PDF needs, not all of them
        piece = "".join(c for c in "".join(path.read_text("utf-8").split()) if 0x20 < ord(c) < 0xFFFF)
        pieces.append(piece)
        length += len(piece)
        if length >= wanted:
            break
    text = "".join(pieces)
    per_page = max(1, chars // LINE)
    out, at = [], 0
    for _ in range(pages):
        lines = []
        for _ in range(per_page):
            if at + LINE > len(text):
                at = 0
            lines.append(text[at:at + LINE])
            at += LINE
        out.append(lines)
    return out


def build(pages: list[list[str]]) -> bytes:
    chars = sorted({c for lines in pages for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    bfchar = "\n".join(f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c in chars)
    # A bfchar block holds 100 entries at most.
    entries = bfchar.split("\n")
    blocks = "\n".join(f"{len(entries[k:k + 100])} beginbfchar\n" + "\n".join(entries[k:k + 100]) + "\nendbfchar"
                       for k in range(0, len(entries), 100))
    tounicode = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        f"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n{blocks}\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )

    def stream(body: str) -> str:
        return f"<< /Length {len(body.encode('ascii'))} >>\nstream\n{body}\nendstream"

    first_page = 7
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(len(pages)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /Identity-H "
        "/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        "/FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>",
        "<< /Type /FontDescriptor /FontName /MS-Mincho /Flags 6 /FontBBox [0 -141 1000 859] "
        "/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
        stream(tounicode),
    ]
    for lines in pages:
        content = ["BT /F1 8 Tf 11 TL 1 0 0 1 36 800 Tm"]
        content += ["<" + "".join(f"{cid[c]:04X}" for c in line) + "> Tj T*" for line in lines]
        content.append("ET")
        number = len(objects) + 2  # the content stream after the page
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {number} 0 R >>")
        objects.append(stream("\n".join(content)))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def extract_only(checkout: Path, target: Path, link: Path, env: dict) -> tuple[float, float]:
    """Wall-clock and CPU seconds of extracting the PDF alone (indexer.extract), in a new process."""
    import subprocess
    import time

    code = (f"import sys; sys.path.insert(0, {str(link)!r}); from ictsearch.indexer.extract import extract; "
            f"ex = extract({str(target)!r}); print(len(ex.pages), sum(map(len, ex.pages)), ex.warnings)")
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"{checkout}: exit {done.returncode}\n{done.stderr}")
    print(f"  {checkout.name}: {done.stdout.strip()}")
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("checkouts", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--chars", type=int, default=3000, help="characters a page")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--extract-only", action="store_true", help="time indexer.extract alone, not the whole index run")
    args = parser.parse_args()
    checkouts = [p.resolve() for p in args.checkouts] or [ROOT]
    folder = ROOT / "bench" / ".work" / "huge"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"annex-{args.pages}.pdf"
    target.write_bytes(build(page_lines(args.pages, args.chars)))
    print(f"{target}: {args.pages:,} pages of {args.chars:,} characters, {target.stat().st_size / 2**20:.1f} MB")
    env = dict(os.environ)
    links = {c: _link(c, n) for n, c in enumerate(checkouts)}
    measure = extract_only if args.extract_only else run
    # Alone in its folder: the other PDFs must not be indexed with it.
    best = best_of(checkouts, args.runs, lambda checkout: measure(checkout, target, links[checkout], env))
    for checkout in checkouts:
        seconds, cpu = best[checkout]
        print(f"{checkout}: {seconds:.1f} s wall, {cpu:.1f} s CPU")
    first = best[checkouts[0]]
    for checkout in checkouts[1:]:
        print(f"{checkouts[0].name} / {checkout.name}: {first[0] / best[checkout][0]:.2f}x wall, "
              f"{first[1] / best[checkout][1]:.2f}x CPU")


if __name__ == "__main__":
    main()
