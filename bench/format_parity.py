"""Does a page's metadata survive its file format?  The realdocs pages rendered as PDF, Word,
PowerPoint and a CMS's HTML, read back as `ictsearch index` reads them, against the .txt.

    python bench/format_parity.py [--part real-dev|real-heldout] [--limit N] [--formats pdf,docx,pptx,html] [--diff]

Each page's text (bench/realdocs/docs/<id>.txt) is laid out as offices and CMSs lay it out:

  pdf-plain    A4, one paragraph per line
  pdf-press    報道資料: a date or issuer line among the first lines right-aligned, the title centered
               and larger, a running header (the title, short) and "- N -" at the foot of every page
  pdf-columns  the head (title and the lines above it) full width, the body in two columns
  docx         the title in the Title style, date and issuer lines right-aligned, body paragraphs
  docx-header  the same with the date and issuer lines in the section's header instead
  pptx         a cover slide (title; date and issuer as its subtitle), then slides of 8 lines
  html         a CMS page: header and footer furniture, the trail in <nav>, <main> with <h1> and a <p> a line

then read by the indexer's own path (indexer.extract.extract, indexer.prepare.document_metadata: the
text, the title and the metadata an index stores) and compared with the metadata of the .txt
(bench/metadata_accuracy.py's derive_for) and with the labels.  The renderings go to
bench/.work/parity/ (gitignored: never commit rendered third-party text).  The HTML has no canonical
address, so that the page's place comes from its text as the .txt's does.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from metadata_accuracy import SHARED, Label, derive_for, evaluate, load_realdocs, prf  # noqa: E402

WORK = ROOT / "bench" / ".work" / "parity"
FIELDS = ("fiscal_year", "year", "region", "prefecture", "themes", "title")
FAMILIES = {
    "pdf": ("pdf-plain", "pdf-press", "pdf-columns"),
    "docx": ("docx", "docx-header"),
    "pptx": ("pptx",),
    "html": ("html",),
}

# ------------------------------------------------------------------ the page's parts

#: A date line as a letterhead or a CMS sets it (令和8年1月5日, 2023年3月15日(水), 更新日：2023年3月15日).
_DATE_LINE = re.compile(
    r"(?:(?:更新|掲載|公開|発表|作成|公表)日?\s*[:：]?\s*)?(?:(?:令和|平成|昭和)\s*(?:[0-9０-９]{1,2}|元)|[0-9０-９]{4})\s*年"
    r"\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?\s*(?:[(（][^)）]{1,3}[)）])?\s*(?:発表|公表|更新|掲載)?")
#: An issuer's line (東北総合通信局, 総務省情報流通行政局地域通信振興課, 〇〇市企画課): short, no sentence,
#: no item's label or mark (「2. 場所:宮城県行政庁舎11階 第二会議室」, 「■会場:…」 are the body's).
_ISSUER_LINE = re.compile(
    r"(?![0-9０-９(（■●◆○・※])(?!.*(?:[:：]|会議室|会場|庁舎))[^。、]{2,30}(?:総合通信局|通信事務所|省|庁|局|部|課|室|係|班|センター|県|都|府|道|市|町|村|協議会|委員会|本部|機構)"
    r"(?:\s*[(（][^)）]{1,20}[)）])?")
#: A trail saved as a line (ホーム > 報道資料 > 令和6年度): split into the <nav>'s steps.
_TRAIL_STEP = re.compile(r"\s*(?:>|＞|›|»|/|／|\|)\s*")
HEAD_LINES = 8  # date and issuer lines are looked for among the first 8 lines, a letterhead's depth


@dataclass
class Page:
    id: str
    lines: list[str]  # the .txt's non-blank lines, stripped
    title: str  # derive_title of the .txt
    title_lines: range  # the lines that make the title (empty when none does)
    head: set[int]  # date and issuer lines among the first ones
    trail: int | None  # a trail line above the title

    @property
    def short_title(self) -> str | None:
        """The running head: the title, cut at 20 characters; none when the title is a sentence
        cut to a title (a running head names the document, it is no sentence's beginning: 「2011年
        3月11日の東日本大震災の発…」 over the page dated it 2011)."""
        if self.title.endswith("…") or not self.title_lines:
            return None
        return self.title if len(self.title) <= 20 else self.title[:19] + "…"

    def body(self, *skip: set[int] | range) -> list[str]:
        gone = set().union(*skip) if skip else set()
        return [line for i, line in enumerate(self.lines) if i not in gone]


def _fold(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_of(label: Label) -> Page:
    from ictsearch.indexer.document import derive_title, is_breadcrumb

    path = ROOT / label.path
    text = path.read_text("utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = derive_title(text, None, Path("page.txt"))
    want = _fold(title.rstrip("…"))
    title_lines = range(0)
    for i, line in enumerate(lines[:30]):
        got = _fold(line)
        if len(got) < 2 or not (want.startswith(got) or got.startswith(want)):
            continue
        j = i + 1  # a title set on several lines: as long as the lines still spell it
        while j < len(lines) and len(_fold("".join(lines[i:j]))) < len(want) and want.startswith(_fold("".join(lines[i:j + 1]))):
            j += 1
        if len(_fold("".join(lines[i:j]))) < len(want):
            continue  # only the title's beginning (「関東総合通信局」 over 「関東総合通信局長からの…」)
        title_lines = range(i, j)
        break
    if title.endswith("…"):
        title_lines = range(0)  # a sentence cut to a title: in a file of any format it is a body paragraph
    first = title_lines.start if title_lines else HEAD_LINES
    head = {i for i, line in enumerate(lines[:HEAD_LINES])
            if i not in title_lines and (_DATE_LINE.fullmatch(line) or _ISSUER_LINE.fullmatch(line))}
    trail = next((i for i, line in enumerate(lines[:first]) if is_breadcrumb(line)), None)
    return Page(label.path and Path(label.path).stem, lines, title, title_lines, head, trail)


# ------------------------------------------------------------------ renderings

def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _pdf(page: Page, out: Path, kind: str) -> None:
    from make_layouts import GOTHIC, MINCHO, column_templates, furniture, style
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph

    body = style(10.5, 1.6)
    right = style(10.5, 1.6)
    right.alignment = TA_RIGHT
    title = style(14, 1.4, GOTHIC)
    title.alignment = TA_CENTER

    def para(i: int, line: str) -> Paragraph:
        if kind != "pdf-plain" and i in page.title_lines:
            return Paragraph(_esc(line), title)
        if kind != "pdf-plain" and i in page.head:
            return Paragraph(_esc(line), right)
        return Paragraph(_esc(line), body)

    story = [para(i, line) for i, line in enumerate(page.lines)]
    width, height = A4
    if kind == "pdf-columns" and page.title_lines and page.title_lines.stop <= HEAD_LINES:
        top = page.title_lines.stop  # the head: the title and what stands above it
        # The head frame as high as its paragraphs set full width (with the frame's 6 pt paddings
        # and a line's slack): 9 mm a line was too low for a trail or a title that wraps, and
        # ReportLab then moved the title into the left column, wrapped at its width (r1349's
        # 「2016年12月28日 第134回社会保 / 障審議会…」), which is not the layout this rendering names.
        head_h = sum(p.wrap(width - 40 * mm, height)[1] + p.getSpaceAfter() for p in story[:top]) + 12 + 10
        templates, _, _ = column_templates(2, head_h, furniture())
        story = [*story[:top], FrameBreak(), NextPageTemplate("rest"), *story[top:]]
        doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=templates)
    elif kind == "pdf-columns":
        templates, _, _ = column_templates(2, 0, furniture())
        doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=templates[1:])
    else:
        on_page = furniture(page.short_title, page_numbers=True) if kind == "pdf-press" else furniture()
        frame = Frame(20 * mm, 20 * mm, width - 40 * mm, height - 40 * mm)
        # The press release's /Title is its title, as an office's export writes the document's
        # (none when no line is one: a sentence cut to a title is no document's /Title).
        doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=[PageTemplate(frames=[frame], onPage=on_page)],
                              title=page.title if kind == "pdf-press" and page.title_lines else None)
    doc.build(story)


def _docx(page: Page, out: Path, kind: str) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.core_properties.title = ""
    in_header = page.head if kind == "docx-header" else set()
    if in_header:
        header = d.sections[0].header
        header.paragraphs[0].text = page.lines[min(in_header)]
        header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for i in sorted(in_header)[1:]:
            header.add_paragraph(page.lines[i]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(page.lines):
        if i in in_header:
            continue
        if i in page.title_lines:
            d.add_paragraph(line, style="Title" if i == page.title_lines.start else "Subtitle")
        elif i in page.head:
            d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            d.add_paragraph(line)
    d.save(str(out))


def _pptx(page: Page, out: Path, kind: str) -> None:
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    # No line is the title (a page that opens with a sentence): its first line is the cover's.
    on_cover = page.title_lines or range(1)
    cover.shapes.title.text = "\n".join(page.lines[i] for i in on_cover)
    cover.placeholders[1].text = "\n".join(page.lines[i] for i in sorted(page.head))
    rest = page.body(on_cover, page.head)
    for k in range(0, len(rest), 8):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        box = slide.shapes.add_textbox(Emu(457200), Emu(457200), prs.slide_width - Emu(914400),
                                       prs.slide_height - Emu(914400))
        frame = box.text_frame
        frame.word_wrap = True
        frame.text = rest[k]
        for line in rest[k + 1:k + 8]:
            frame.add_paragraph().text = line
    prs.save(str(out))


_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
<header id="header">
<p class="skip"><a href="#main">本文へスキップ</a></p>
<ul class="utility"><li><a href="/moji.html">文字サイズ・色合い変更</a></li><li><a href="/sitemap.html">サイトマップ</a></li><li><a href="/en/">English</a></li></ul>
<form action="/search.html"><label>サイト内検索</label><input type="text" name="q"><input type="submit" value="検索"></form>
<nav class="gnav"><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/sangyo/">産業・しごと</a></li><li><a href="/gyosei/">行政情報</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="現在位置"><ol>{trail}</ol></nav>
<main id="main">
{main}
</main>
<footer id="footer">
<p><a href="#header">このページの先頭へ</a></p>
<ul><li><a href="/policy.html">サイトポリシー</a></li><li><a href="/privacy.html">個人情報の取扱い</a></li><li><a href="/access.html">アクセシビリティ</a></li></ul>
<p class="copyright">Copyright &copy; All Rights Reserved.</p>
</footer>
</body>
</html>
"""


def _html(page: Page, out: Path, kind: str) -> None:
    steps = ["ホーム"]
    if page.trail is not None:
        steps = [s for s in _TRAIL_STEP.split(page.lines[page.trail]) if s.strip()]
    elif page.title:
        steps.append(page.title)
    trail = "".join(f'<li><a href="/p{k}/">{_esc(s)}</a></li>' if k < len(steps) - 1 else f"<li>{_esc(s)}</li>"
                    for k, s in enumerate(steps))
    main = []
    for i, line in enumerate(page.lines):
        if i == page.trail:
            continue
        if i == page.title_lines.start if page.title_lines else False:
            main.append(f"<h1>{_esc(' '.join(page.lines[j] for j in page.title_lines))}</h1>")
        elif i not in page.title_lines:
            main.append(f"<p>{_esc(line)}</p>")
    out.write_text(_HTML.format(title=_esc(page.title), trail=trail, main="\n".join(main)), "utf-8")


RENDER = {
    "pdf-plain": (".pdf", _pdf), "pdf-press": (".pdf", _pdf), "pdf-columns": (".pdf", _pdf),
    "docx": (".docx", _docx), "docx-header": (".docx", _docx), "pptx": (".pptx", _pptx), "html": (".html", _html),
}

# ------------------------------------------------------------------ reading back


@dataclass
class Got:
    fiscal_year: int | None
    year: int | None
    region: frozenset[str]
    prefecture: frozenset[str]
    themes: frozenset[str]
    title: str

    @classmethod
    def of(cls, m, title: str) -> "Got":
        # The title as the index compares text: NFKC, without spaces (a .txt's Ⅱ and … are a
        # PDF's II and ..., and a space between Japanese words is the extractor's, not the title's).
        title = re.sub(r"\s+", "", unicodedata.normalize("NFKC", title))
        return cls(m.fiscal_year, m.year, frozenset(m.region), frozenset(m.prefecture),
                   frozenset(t for t, _ in m.themes), title)


def read_back(path: Path) -> Got:
    """The file as `ictsearch index` reads it: extract, then the index's title and metadata."""
    from ictsearch.indexer.extract import extract
    from ictsearch.indexer.prepare import cache_entry, document_metadata

    entry = cache_entry(extract(path, ocr=False))
    _, _, title, _, meta = document_metadata(path, path.parent, entry)
    return Got.of(meta, title)


def _one(args: tuple[Label, str, Path]) -> tuple[str, str, Got | str, float]:
    label, kind, work = args
    page = page_of(label)
    suffix, render = RENDER[kind]
    out = work / kind / page.id / f"page{suffix}"  # the file name page.*: an id (r2013) reads as a year
    out.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    try:
        render(page, out, kind)
        got: Got | str = read_back(out)
    except Exception as e:  # a page the renderer or the reader fails is counted, not fatal
        got = f"{type(e).__name__}: {e}"
    return label.path, kind, got, time.perf_counter() - t


def txt_got(label: Label) -> Got:
    from ictsearch.indexer.document import derive_title

    m = derive_for(label, SHARED)
    text = (ROOT / label.path).read_text("utf-8")
    return Got.of(m, m.title or derive_title(text, None, Path("page.txt")))


def sample(labels: list[Label], limit: int | None) -> list[Label]:
    """The first `limit` pages in the order of sha1(id): a spread over batches and kinds, always the same."""
    ordered = sorted(labels, key=lambda l: hashlib.sha1(Path(l.path).stem.encode()).hexdigest())
    return ordered[:limit] if limit else ordered


class _AsMeta:
    """A Got as evaluate() reads a Metadata."""

    def __init__(self, g: Got):
        self.fiscal_year, self.year = g.fiscal_year, g.year
        self.region, self.prefecture = sorted(g.region), sorted(g.prefecture)
        self.themes = [(t, 1.0) for t in sorted(g.themes)]


def accuracy(labels: list[Label], got: dict[str, Got]) -> dict[str, float]:
    """bench/metadata_accuracy.py's evaluate() on these values: its scoring, fed through its cache."""
    import metadata_accuracy

    saved = dict(metadata_accuracy._cache)
    try:
        for lab in labels:
            metadata_accuracy._cache[(lab.path, False)] = _AsMeta(got[lab.path])
        return evaluate(labels, SHARED)
    finally:
        metadata_accuracy._cache.clear()
        metadata_accuracy._cache.update(saved)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("real-dev", "real-heldout"), default="real-dev")
    ap.add_argument("--limit", type=int, help="the first N pages in sha1(id) order")
    ap.add_argument("--formats", default="pdf,docx,pptx,html", help="families: pdf,docx,pptx,html")
    ap.add_argument("--diff", action="store_true", help="list every page whose metadata differs from the .txt's")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=WORK, help=f"where the renderings go (default {WORK.relative_to(ROOT)})")
    args = ap.parse_args()
    kinds = [k for fam in args.formats.split(",") for k in FAMILIES[fam.strip()]]
    labels = sample([l for l in load_realdocs() if l.part == args.part], args.limit)
    base = {l.path: txt_got(l) for l in labels}
    results: dict[str, dict[str, Got | str]] = {k: {} for k in kinds}
    seconds = {k: 0.0 for k in kinds}
    with ProcessPoolExecutor(args.jobs) as pool:
        for path, kind, got, secs in pool.map(_one, [(l, k, args.out) for k in kinds for l in labels], chunksize=8):
            results[kind][path] = got
            seconds[kind] += secs
    n = len(labels)
    print(f"{args.part}: {n} pages; share of pages whose field is the .txt's")
    print(f"{'format':12} {'failed':>6} " + " ".join(f"{f:>10}" for f in FIELDS) + f" {'all':>6} {'s/page':>7}")
    for kind in kinds:
        ok = {p: g for p, g in results[kind].items() if isinstance(g, Got)}
        same = {f: sum(getattr(g, f) == getattr(base[p], f) for p, g in ok.items()) / n for f in FIELDS}
        whole = sum(all(getattr(g, f) == getattr(base[p], f) for f in FIELDS[:5]) for p, g in ok.items()) / n
        print(f"{kind:12} {n - len(ok):>6} " + " ".join(f"{same[f]:>10.1%}" for f in FIELDS)
              + f" {whole:>6.1%} {seconds[kind] / n:>7.3f}")
    print(f"\naccuracy against the labels (bench/metadata_accuracy.py's scoring; failed pages score as empty)")
    print(f"{'format':12} {'n':>4} {'fy':>6} {'year':>6} | {'region P/R/F1':>17} | {'pref P/R/F1':>17} | {'theme P/R/F1':>17}")
    empty = Got(None, None, frozenset(), frozenset(), frozenset(), "")
    for kind, got in [("txt", base), *((k, {p: g if isinstance(g, Got) else empty for p, g in results[k].items()}) for k in kinds)]:
        r = accuracy(labels, got)
        f = lambda k: f"{r[k + '_p']:.2f}/{r[k + '_r']:.2f}/{r[k + '_f1']:.2f}"
        print(f"{kind:12} {r['n']:>4} {r['fiscal_year']:>6.1%} {r['year']:>6.1%} | {f('region'):>17} | {f('prefecture'):>17} | {f('themes'):>17}")
    if args.diff:
        for kind in kinds:
            print(f"\n[{kind}]")
            for lab in labels:
                g, b = results[kind][lab.path], base[lab.path]
                if not isinstance(g, Got):
                    print(f"  {Path(lab.path).stem}: failed: {g}")
                    continue
                diffs = [f"{f} {_show(getattr(b, f))}→{_show(getattr(g, f))}" for f in FIELDS
                         if getattr(g, f) != getattr(b, f)]
                if diffs:
                    print(f"  {Path(lab.path).stem}: " + "; ".join(diffs))


def _show(v) -> str:
    return "|".join(sorted(v)) if isinstance(v, frozenset) else repr(v) if isinstance(v, str) else str(v)


if __name__ == "__main__":
    main()
