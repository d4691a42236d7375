"""PowerPoint (.pptx) files with python-pptx: a page per slide.

A slide's page holds its title first, then every shape's text in the order
the slide stores them (which is the order they were placed, and the order a
screen reader follows): text boxes and placeholders paragraph by paragraph,
tables row by row with the cells joined by tabs, group shapes descended into,
charts by their title, series names, category labels and axis titles (a chart of 光回線の
整備率 by prefecture names the prefectures; its numbers are not searched), SmartArt by its
boxes' text (from the diagram's data part), and
last the speaker notes, which often carry the talk the slide only outlines.
Pictures carry no text layer: their alternative text (p:cNvPr descr, when it says something:
formats.alt_text) is read after the slide's shapes, before its notes.  The text the slides show from their
layouts and masters (an issuer's name drawn on every slide) is read once, after the
last slide, as a Word file's headers and footers are after its body.

Title: the first slide's title placeholder, read as a text's first lines are
(see _cover_title), else the document properties' title when it names the
document.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import ExtractionError
from ..normalize import normalize_text
from . import alt_text, cap_text, check_office_zip, core_title, damaged, own_version


def read(path: Path):
    from ..extract import Extracted

    check_office_zip(path, "PowerPoint")
    warnings: list[str] = []
    try:
        presentation = _open(path, warnings)
        pages: list[str] = []
        title = None
        furniture: dict[str, dict[str, None]] = {_DATE: {}, _FOOTER: {}}
        for number, slide in enumerate(presentation.slides, start=1):
            lines: list[str] = []
            title_shape = slide.shapes.title
            if title_shape is not None and title_shape.has_text_frame:
                slide_title = _text(title_shape.text_frame).strip()
                if slide_title:
                    lines.append(slide_title)
                    if number == 1:
                        title = _cover_title(slide_title)
            for shape in slide.shapes:
                if title_shape is not None and shape.shape_id == title_shape.shape_id:
                    continue
                kind = _furniture(shape)
                if kind is not None:
                    if kind != _DROPPED:
                        for line in _text(shape.text_frame).split("\n"):
                            if line.strip():
                                furniture[kind].setdefault(line.strip(), None)
                    continue
                _shape_text(shape, lines)
            lines.extend(_alt_texts(slide, "\n".join(lines)))
            if slide.has_notes_slide:
                notes = slide.notes_slide.notes_text_frame
                if notes is not None and notes.text.strip():
                    lines.append("")
                    lines.append(_text(notes))
            pages.append(normalize_text("\n".join(lines), wrapped=False))
        behind = _behind_the_slides(presentation)
        if pages and furniture[_FOOTER]:
            # Once, under the first slide, where it stood before it was read on every slide: a footer often names
            # the meeting the deck is a material of (「第2回 愛媛県デジタル推進会議 資料3」), which the head's lines
            # type as 会議資料; after the last slide it was out of the head and breaker41's p10 lost its doctype
            # (sceptic43).
            pages[0] = normalize_text(pages[0] + "\n\n" + "\n".join(furniture[_FOOTER]), wrapped=False)
        if pages and furniture[_DATE]:
            # A fixed date in the slides' date placeholder is the deck's (a meeting's day), opening it
            # as a Word header's date line does (docx); other dates there stay with the footers.
            from ..document import is_dated_letterhead

            dated = [line for line in furniture[_DATE] if is_dated_letterhead(line)]
            behind = [line for line in furniture[_DATE] if line not in dated] + behind
            if dated:
                pages[0] = normalize_text("\n".join(dated) + "\n" + pages[0], wrapped=False)
        if pages and behind:
            pages[-1] = normalize_text(pages[-1] + "\n\n" + "\n".join(behind), wrapped=False)
        properties_title = presentation.core_properties.title
    except Exception:
        # python-pptx raises PackageNotFoundError, KeyError, lxml's XMLSyntaxError ...
        # on a damaged package: all mean the same here.
        raise damaged("PowerPoint") from None
    if not pages:
        raise ExtractionError("no slides")
    pages = cap_text(pages, warnings)
    if not any(page.strip() for page in pages):
        raise ExtractionError("no text (slides hold only pictures?)")
    return Extracted(
        pages=pages,
        page_count=len(pages),
        title=title or own_version(core_title(properties_title, path), pages[0]),
        encoding=None,
        warnings=warnings,
    )


def _behind_the_slides(presentation) -> list[str]:
    """The distinct lines of the text the slides show from their layouts and masters: text boxes and
    shapes drawn there (a deck's 「総務省 東北総合通信局」 or 「機密性2」 on every slide), not the
    placeholders, whose prompts (「マスター タイトルの書式設定」) the slides fill with their own text.
    A layout or slide that hides the master's shapes (showMasterSp="0") does not show them.  Like a
    Word file's headers and footers they often name the issuing body, and are read once."""
    seen: dict[str, None] = {}
    try:
        parts = []
        for slide in presentation.slides:
            layout = slide.slide_layout
            parts.append(layout)
            if slide.element.get("showMasterSp") != "0" and layout.element.get("showMasterSp") != "0":
                parts.append(layout.slide_master)
        done: set[int] = set()
        for part in parts:
            if id(part.element) in done:
                continue
            done.add(id(part.element))
            lines: list[str] = []
            for shape in part.shapes:
                if not shape.is_placeholder:
                    _shape_text(shape, lines)
            for line in "\n".join(lines).split("\n"):
                if line.strip():
                    seen.setdefault(line.strip(), None)
    except Exception:
        # A layout or master the package lost or cannot parse loses its words, not the slides'.
        return list(seen)
    return list(seen)


def _cover_title(text: str) -> str | None:
    """The deck's title from the first slide's title placeholder, through the checks a text's
    first lines get (indexer.document.derive_title): a mark before it goes (「○広尾町…運営規程」,
    a 例規's heading pasted with its ○), a sentence set there is cut as a text's first sentence is
    (at its end or a clause, …), and a placeholder holding a skip link, a trail or a date line
    (「本文」, 「ホーム>暮らし・手続き>…」, 「2024年1月22日掲載」) gives none, so that the slides' text
    decides.  Taken verbatim, such a cover titled the deck otherwise than the same text saved as
    .txt: format_parity's pptx had the .txt's title on 86.7 % of 300 real-dev pages."""
    from ..document import derive_title

    return derive_title(text, None, Path("")) or None


def _open(path: Path, warnings: list[str]):
    """The presentation; one whose chart parts are not all XML (python-pptx parses every part
    on opening, so one broken chart failed the deck) is opened without them, with a warning."""
    import pptx

    try:
        return pptx.Presentation(str(path))
    except Exception:
        repaired, broken = _without_broken_charts(path)
        if not broken:
            raise
    warnings.append(f"{broken} chart{'s' if broken > 1 else ''} could not be read and gave no text")
    return pptx.Presentation(repaired)


def _without_broken_charts(path: Path) -> tuple[io.BytesIO | None, int]:
    """(the package without its chart parts that are not well-formed XML, how many were left out)."""
    from xml.etree import ElementTree

    out, broken = io.BytesIO(), 0
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)  # sizes already checked by check_office_zip
            if _CHART_PART.fullmatch(item.filename):
                try:
                    ElementTree.fromstring(data)
                except ElementTree.ParseError:
                    broken += 1
                    continue  # its relationship dangles: _chart_text gives nothing for it
            zout.writestr(item, data)
    out.seek(0)
    return (out if broken else None), broken


_CHART_PART = re.compile(r"ppt/charts/[^/]+\.xml")


def _shape_text(shape, lines: list[str]) -> None:
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.shapes.group import GroupShape

    if isinstance(shape, GroupShape):
        for inner in shape.shapes:
            _shape_text(inner, lines)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            cells = [" ".join(cell.text.split()) for cell in row.cells if not cell.is_spanned]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                lines.append("\t".join(cells))
        return
    if getattr(shape, "has_chart", False) and shape.has_chart:
        lines.extend(_chart_text(shape))
        return
    if isinstance(shape, GraphicFrame) and _is_diagram(shape):
        lines.extend(_diagram_text(shape))
        return
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        text = _text(shape.text_frame)
        if text.strip():
            lines.append(text)


#: What a slide's footer, date and slide-number placeholders (PowerPoint's 「ヘッダーとフッター」, on every
#: slide) become: they are drawn on each slide but are no slide's content.  Read on every slide they put
#: 「近畿総合通信局」, 「2025/1/15」 and the slide's number under each (breaker41's p09), and an automatic
#: date's last value — the day the file was last saved — dated a deck with no date of its own.
#: A footer is read once, under the first slide (sceptic43); a fixed date after the last slide, or opening
#: the deck when it is a date line; slide numbers and automatic dates (a:fld type="datetime…") not at all.
_FOOTER, _DATE, _DROPPED = "footer", "date", "dropped"
_FLD = "{http://schemas.openxmlformats.org/drawingml/2006/main}fld"


def _furniture(shape) -> str | None:
    if not getattr(shape, "is_placeholder", False) or not getattr(shape, "has_text_frame", False):
        return None
    from pptx.enum.shapes import PP_PLACEHOLDER

    try:
        kind = shape.placeholder_format.type
    except (ValueError, KeyError):
        return None
    if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
        return _DROPPED
    if kind == PP_PLACEHOLDER.FOOTER:
        return _FOOTER
    if kind == PP_PLACEHOLDER.DATE:
        automatic = any((f.get("type") or "").startswith("datetime") for f in shape.text_frame._txBody.iter(_FLD))
        return _DROPPED if automatic else _DATE
    return None


_CNVPR = "{http://schemas.openxmlformats.org/presentationml/2006/main}cNvPr"


def _alt_texts(slide, said: str) -> list[str]:
    """The alternative texts of the slide's shapes, in the slide's order (groups' too), each once
    and not one the slide's text says already (a text box described by its own words)."""
    out: list[str] = []
    for c_nv_pr in slide.shapes._spTree.iter(_CNVPR):
        alt = alt_text(c_nv_pr.get("descr"))
        if alt and alt not in out and alt not in said:
            out.append(alt)
    return out


def _text(text_frame) -> str:
    # python-pptx writes a line break inside a paragraph as a vertical tab.
    return text_frame.text.replace("\v", "\n")


def _chart_text(frame) -> list[str]:
    """A chart's words (formats.charts.chart_lines)."""
    from .charts import chart_lines

    try:
        # A chart whose part is gone (a dangling relationship) raises here.
        chart = frame.chart
    except Exception:
        return []
    return chart_lines(chart)


_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R_DM = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"


def _is_diagram(shape) -> bool:
    """Whether a graphic frame holds a SmartArt graphic."""
    return shape.element.find(f".//{{{_A}}}graphicData[@uri='{_DGM}']") is not None


def _diagram_text(frame) -> list[str]:
    """A SmartArt graphic's text: its data part's points (the boxes) in order, a paragraph a line.

    The text is not in the slide but in the diagram's data part (ppt/diagrams/dataN.xml) the frame
    names; the connection points among them (parTrans, sibTrans) and the root carry none.
    """
    from lxml import etree

    out: list[str] = []
    try:
        rel_ids = frame.element.find(f".//{{{_DGM}}}relIds")
        part = frame.part.related_part(rel_ids.get(_R_DM))
        root = etree.fromstring(part.blob)
        for pt in root.iter(f"{{{_DGM}}}pt"):
            if pt.get("type", "node") not in ("node", "asst"):
                continue
            for para in pt.iter(f"{{{_A}}}p"):
                text = "".join(t.text or "" for t in para.iter(f"{{{_A}}}t"))
                if text.strip():
                    out.append(text)
    except Exception:
        # A diagram whose data part is lost or is not XML loses its words, not the slide's.
        pass
    return out
