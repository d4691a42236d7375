"""Generate the layout bench: PDFs of awkward layouts, each with its source text beside it.

usage: python bench/make_layouts.py [OUT_DIR]        (default: bench/.work/layouts)

Needs reportlab (``pip install -e ".[bench]"``).  Every PDF ``NAME.pdf`` gets
``NAME.txt``: the text a reader should produce, in reading order, without the
page furniture (running headers, footers, page numbers) that the extractor is
meant to drop.  The text comes from the project's own sample collection
(``corpus/``), so nothing third-party is copied.  Fonts are reportlab's CID
fonts HeiseiMin-W3 / HeiseiKakuGo-W5 (not embedded; UniJIS-UCS2-H), as
reportlab-made government forms use them.

Layouts: two and three columns at several line spacings, a full-width title
over two columns, running header and footer with page numbers, footnotes,
a ruled table, and 16:9 slides.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

MINCHO, GOTHIC = "HeiseiMin-W3", "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))
pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))


def paragraphs() -> list[str]:
    """Prose paragraphs of the bundled seeds: lines with a 、 or 。, joined up to ~200 characters."""
    out: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        current = ""
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = unicodedata.normalize("NFKC", raw).replace("*", "").strip(" -\t")
            line = re.sub(r"\s+", "", line)
            if len(line) < 12 or not re.search("[、。]", line):
                if current:
                    out.append(current)
                    current = ""
                continue
            current += line
            if len(current) >= 200 or current.endswith("。"):
                out.append(current)
                current = ""
        if current:
            out.append(current)
    return [p for p in out if len(p) >= 30]


PARAS = paragraphs()


def take(start: int, count: int) -> list[str]:
    return [PARAS[(start + i) % len(PARAS)] for i in range(count)]


def style(size: float, spacing: float, font: str = MINCHO) -> ParagraphStyle:
    return ParagraphStyle(f"s{size}-{spacing}-{font}", fontName=font, fontSize=size, leading=size * spacing,
                          wordWrap="CJK", spaceAfter=size * 0.5)


def furniture(header: str | None = None, page_numbers: bool = False, size=A4):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        width, height = size
        if header:
            canvas.setFont(GOTHIC, 8)
            canvas.drawString(20 * mm, height - 12 * mm, header)
            canvas.line(20 * mm, height - 13.5 * mm, width - 20 * mm, height - 13.5 * mm)
        if page_numbers:
            canvas.setFont(MINCHO, 9)
            canvas.drawCentredString(width / 2, 10 * mm, f"- {doc.page} -")
        canvas.restoreState()

    return draw


def column_templates(n: int, title_h: float, on_page) -> tuple[list[PageTemplate], float, float]:
    """A4 page templates of n columns: "first" with a full-width frame "title" title_h high over the
    columns (none when 0), "rest" of columns only; and the column width and the top of the text."""
    width, height = A4
    margin, gap = 20 * mm, 6 * mm
    col_w = (width - 2 * margin - (n - 1) * gap) / n
    top = height - 20 * mm
    templates = []
    for name, offset in (("first", title_h), ("rest", 0)):
        frames = []
        if name == "first" and title_h:
            frames.append(Frame(margin, top - title_h, width - 2 * margin, title_h, id="title"))
        frames += [Frame(margin + i * (col_w + gap), 20 * mm, col_w, top - offset - 20 * mm, id=f"c{i}")
                   for i in range(n)]
        templates.append(PageTemplate(id=name, frames=frames, onPage=on_page))
    return templates, col_w, top


def columns_doc(path: Path, n: int, spacing: float, *, title: str | None = None, header: str | None = None,
                pages: int = 2, size: float = 9.5) -> str:
    """n columns of running text; an optional full-width title over the first page's columns."""
    templates, col_w, top = column_templates(n, 18 * mm if title else 0, furniture(header, page_numbers=bool(header)))
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=templates, title=title or "")
    body = style(size, spacing)
    story: list = []
    source: list[str] = []
    if title:
        story += [Paragraph(title, style(16, 1.3, GOTHIC)), FrameBreak(), NextPageTemplate("rest")]
        source.append(title)
    # Enough text to fill `pages` pages, then stop: the text decides the page count.
    chars_per_page = int(n * (col_w / size) * ((top - 20 * mm) / (size * spacing)) * 0.8)
    text_paras, total, i = [], 0, 0
    while total < chars_per_page * pages:
        para = PARAS[(n * 7 + i) % len(PARAS)]
        text_paras.append(para)
        total += len(para)
        i += 1
    story += [Paragraph(p, body) for p in text_paras]
    source += text_paras
    doc.build(story)
    return "\n".join(source)


def footnotes_doc(path: Path) -> str:
    """Body text with numbered footnotes set small at the foot of each page, under a rule."""
    width, height = A4
    margin = 25 * mm
    notes_h = 40 * mm
    source: list[str] = []
    story: list = []
    body = style(10.5, 1.6)
    note = style(7.5, 1.3)
    frames = [Frame(margin, 20 * mm + notes_h, width - 2 * margin, height - 45 * mm - notes_h, id="body"),
              Frame(margin, 20 * mm, width - 2 * margin, notes_h, id="notes")]

    def rule(canvas, doc) -> None:
        canvas.line(margin, 20 * mm + notes_h, margin + 50 * mm, 20 * mm + notes_h)

    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(frames=frames, onPage=rule)])
    number = 1
    for page in range(3):
        paras = take(20 + page * 4, 4)
        notes = take(60 + page * 2, 2)
        for k, para in enumerate(paras):
            mark = f"※{number + k}" if k < len(notes) else ""
            story.append(Paragraph(para + mark, body))
            source.append(para + mark)
        story.append(FrameBreak())
        for k, text in enumerate(notes):
            story.append(Paragraph(f"※{number + k} {text[:90]}", note))
            source.append(f"※{number + k}{text[:90]}")
        number += len(notes)
        story.append(PageBreak() if page < 2 else Spacer(1, 1))
    doc.build(story)
    return "\n".join(source)


def table_doc(path: Path) -> str:
    """A ruled schedule table (read row by row) between two paragraphs."""
    width, height = A4
    cell = style(9, 1.3)
    rows = [["月日", "場所", "議題"]]
    intro, outro = take(5, 1)[0], take(9, 1)[0]
    for i, para in enumerate(take(30, 8)):
        rows.append([f"令和5年{i + 4}月{10 + i}日", ["オンライン開催", "東京都千代田区", "仙台市青葉区", "さいたま市"][i % 4],
                     para[:70]])
    doc = BaseDocTemplate(str(path), pagesize=A4,
                          pageTemplates=[PageTemplate(frames=[Frame(20 * mm, 20 * mm, width - 40 * mm, height - 40 * mm)])])
    table = Table([[Paragraph(c, cell) for c in row] for row in rows], colWidths=[32 * mm, 32 * mm, 100 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([Paragraph(intro, style(10.5, 1.6)), Spacer(1, 6 * mm), table, Spacer(1, 6 * mm),
               Paragraph(outro, style(10.5, 1.6))])
    source = [intro] + ["".join(row) for row in rows] + [outro]
    return "\n".join(source)


def slides_doc(path: Path) -> str:
    """16:9 slides: a title bar, bullets in a large gothic face, a slide number bottom right."""
    size = (960, 540)
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=size)
    source: list[str] = []
    bullet = style(20, 1.35, GOTHIC)
    for slide in range(5):
        title = f"主な取組{slide + 1} " + PARAS[slide * 3][:18]
        canvas.setFillColorRGB(0.1, 0.2, 0.4)
        canvas.rect(0, 460, 960, 80, fill=1, stroke=0)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(GOTHIC, 28)
        canvas.drawString(40, 485, title)
        canvas.setFillColorRGB(0, 0, 0)
        frame = Frame(50, 60, 860, 380)
        items = [f"・{p[:60]}" for p in take(40 + slide * 3, 3)]
        frame.addFromList([Paragraph(item, bullet) for item in items], canvas)
        canvas.setFont(GOTHIC, 12)
        canvas.drawRightString(930, 20, str(slide + 1))
        canvas.showPage()
        source += [title] + items
    canvas.save()
    return "\n".join(source)


def interleaved_doc(path: Path) -> str:
    """Two columns whose lines are written to the content stream row by row, left then right.

    Some producers (and PDFs reassembled by printing drivers) emit text in this
    order: a reader that trusts the stream interleaves the columns.
    """
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    size, per_line = 10, 22
    columns = []
    for start in (11, 17):
        text = "".join(take(start, 4))
        columns.append([text[i:i + per_line] for i in range(0, len(text), per_line)][:45])
    rows = max(len(c) for c in columns)
    for row in range(rows):
        for col, lines in enumerate(columns):
            if row < len(lines):
                canvas.setFont(MINCHO, size)
                canvas.drawString(20 * mm + col * (width / 2 - 10 * mm), height - 25 * mm - row * size * 1.6, lines[row])
    canvas.showPage()
    canvas.save()
    return "\n".join("".join(lines) for lines in columns)


LAYOUTS = {
    **{f"two-columns-{s}": (lambda p, s=s: columns_doc(p, 2, s)) for s in (1.2, 1.5, 2.0)},
    **{f"three-columns-{s}": (lambda p, s=s: columns_doc(p, 3, s, size=9)) for s in (1.3, 1.8)},
    "two-columns-title-header-footer": lambda p: columns_doc(
        p, 2, 1.6, title="令和5年度 地域ICT推進事業報告", header="関東ICT推進NPO連絡協議会 令和5年度事業報告", pages=3),
    "one-column-header-footer": lambda p: columns_doc(p, 1, 1.7, header="総務省 東北総合通信局 主な取組（令和5年度）",
                                                      pages=4, size=10.5),
    "footnotes": footnotes_doc,
    "table": table_doc,
    "slides": slides_doc,
    "two-columns-interleaved-stream": interleaved_doc,
}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("-"):
        # `--help` was taken for OUT_DIR: twenty PDFs and texts went into a folder named --help.
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(0 if sys.argv[1] in ("-h", "--help") else 2)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / ".work" / "layouts"
    out.mkdir(parents=True, exist_ok=True)
    for name, build in LAYOUTS.items():
        source = build(out / f"{name}.pdf")
        (out / f"{name}.txt").write_text(source + "\n", encoding="utf-8")
        print(f"wrote {out / name}.pdf", file=sys.stderr)


if __name__ == "__main__":
    main()
