"""Word (.docx) files with python-docx: body text in reading order.

The body's elements are walked in document order (a numbered paragraph after the number Word
draws before it: formats.numbering), so a table sits between
the paragraphs around it; each table row becomes one line with its cells
joined by tabs (a merged cell once), nested tables row by row and a cell's
text boxes after their row.  Text the body holds in other places is kept too: inserted
revisions (drafts are full of them; deleted text, and moved text at the place
it was moved from, are left out), a ruby's base text (not its 振り仮名), content
controls (w:sdt; not an unfilled one's prompt), text boxes, SmartArt and charts (after the paragraph they are anchored in),
and the footnotes and endnotes, after the body, as a printed page has them.  A picture's
alternative text (its descr, when it says something: formats.alt_text) is a line after its
paragraph.  Hidden text (w:vanish, typed or from a style) is not read: Word neither shows nor
prints it; a paragraph whose mark alone is hidden runs on into the next, as Word shows it.

Headers and footers are kept apart from the body: their distinct texts are
appended after it, following a blank line.  They often carry the issuing body
and a date (「東北総合通信局」, 「令和5年4月」) that region and year derivation
use, and a word only there should still find the document; at the end they
cannot be taken for the title or break the reading order of the body.

Title: the first paragraph in the Title style (表題), else the first heading,
else the document properties' title when it names the document.  A Word file
has no fixed pages: it is one page, like a text file.
"""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

from ..errors import ExtractionError
from . import alt_text, check_office_zip, core_title, damaged, normalize_capped, own_version

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (f"{{{W}}}{t}" for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_R, _T, _TAB, _BR, _CR, _DEL, _TXBX = (f"{{{W}}}{t}" for t in ("r", "t", "tab", "br", "cr", "del", "txbxContent"))
#: Where a tracked move took text from: shown struck through, its runs hold w:t (not w:delText);
#: the text is read where it went (w:moveTo).
_MOVE_FROM = f"{{{W}}}moveFrom"
_NO_BREAK_HYPHEN = f"{{{W}}}noBreakHyphen"
#: A ruby's reading (振り仮名, 「かねがさき」 over 金ケ崎): its runs are w:r too, but the base text
#: (w:rubyBase) is what the page says; read with it, 「金ケ崎町」 came out 「かねがさき金ケ崎町」
#: and split the place name from its 町.
_RUBY_TEXT = f"{{{W}}}rt"
_GRID_SPAN, _V_MERGE = f"{{{W}}}gridSpan", f"{{{W}}}vMerge"
_VAL = f"{{{W}}}val"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RPR, _PPR, _VANISH, _R_STYLE, _P_STYLE = (f"{{{W}}}{t}" for t in ("rPr", "pPr", "vanish", "rStyle", "pStyle"))
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
#: The ids of the styles that hide their text (w:vanish in the style or one it is based on), for the
#: document being read; set by read().
_hidden_styles: ContextVar[frozenset[str]] = ContextVar("hidden_styles", default=frozenset())

_TITLE_STYLES = ("title", "表題")
#: The Subtitle style (Word's 副題) of the paragraph right under the Title: the title's second line.
_SUBTITLE_STYLES = ("subtitle", "副題")
_HEADING_STYLES = ("heading", "見出し")


def read(path: Path):
    from ..extract import Extracted

    check_office_zip(path, "Word")
    import docx

    warnings: list[str] = []
    hidden = None
    try:
        try:
            document = docx.Document(str(path))
        except Exception:
            document = docx.Document(_with_blank_properties(path))
            warnings.append("damaged document properties (docProps/core.xml): read without them")
        styles = _paragraph_styles(document)
        hidden = _hidden_styles.set(_styles_hiding_text(document))
        _number_paragraphs(document)
        body_lines: list[str] = []
        title = _Title(styles)
        _block(document.element.body, body_lines, title, document.part)
        notes = _notes(document, warnings)
        furniture = _headers_and_footers(document)
        # A header's date (a 報道資料 template's 「令和5年10月2日」 over the title) is printed where the
        # document starts, and the metadata reads a document's own date from its first lines: after
        # the body it was the last line, and a date the body cites dated the document.  Running
        # titles, issuers alone and footers stay after the body, where they do not open it.
        from ..document import is_dated_letterhead

        dated = [line for line in furniture[0] if is_dated_letterhead(line)]
        furniture = [line for line in furniture[0] if line not in dated] + furniture[1]
        properties_title = document.core_properties.title
    except Exception:
        # python-docx raises PackageNotFoundError, KeyError, ValueError, lxml's
        # XMLSyntaxError ... on a damaged package: all mean the same here.
        raise damaged("Word") from None
    finally:
        if hidden is not None:
            _hidden_styles.reset(hidden)
    text = "\n".join([*dated, *body_lines])
    if notes:
        text += "\n\n" + "\n".join(notes)
    if furniture:
        text += "\n\n" + "\n".join(furniture)
    page = normalize_capped(text, warnings)
    if not page.strip():
        raise ExtractionError("no text")
    return Extracted(
        pages=[page],
        page_count=None,
        title=title.found or own_version(core_title(properties_title, path), page),
        encoding=None,
        warnings=warnings,
    )


#: What a damaged docProps/core.xml is replaced with.  python-docx parses that part when it
#: opens the package, so its damage alone (a crashed save, a tool that rewrites it) lost the
#: whole document; it only holds the title, author and dates.
_BLANK_CORE = b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'
_CORE_PART = "docProps/core.xml"


def _with_blank_properties(path: Path):
    """The package in memory with a blank core.xml, when that part is what cannot be parsed."""
    import io
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as zin:
        if _CORE_PART not in zin.namelist():
            raise ValueError("no document properties to blank")
        try:
            etree.fromstring(zin.read(_CORE_PART))
        except etree.XMLSyntaxError:
            pass  # the damage is here: blank the part and try again
        else:
            raise ValueError("the damage is not in the document properties")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zout:
            for info in zin.infolist():
                zout.writestr(info, _BLANK_CORE if info.filename == _CORE_PART else zin.read(info))
    out.seek(0)
    return out


def _paragraph_styles(document) -> dict[str, str]:
    """Style id → lower-cased style name (a paragraph names its style by id)."""
    names = {}
    for style in document.styles:
        try:
            names[style.style_id] = (style.name or "").lower()
        except (AttributeError, ValueError):
            continue
    return names


class _Title:
    """The first Title-style paragraph, else the first heading, seen while walking the body."""

    def __init__(self, styles: dict[str, str]):
        self.styles = styles
        self.title: str | None = None
        self.heading: str | None = None
        # The title was the last paragraph with text: a Subtitle paragraph now continues it (a
        # 報道資料's 「〜…〜」 or 「≪…≫」 line, which the page saved as text is titled with too).
        self.just_titled = False

    def see(self, p, text: str) -> None:
        if not text.strip() or (self.title and not self.just_titled):
            return
        style = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        style_id = style.get(_VAL, "") if style is not None else ""
        name = self.styles.get(style_id, style_id.lower())
        if self.title:
            self.just_titled = False
            if name.startswith(_SUBTITLE_STYLES):
                self.title += "\n" + " ".join(text.split())
            return
        if name.startswith(_TITLE_STYLES):
            self.title = " ".join(text.split())
            self.just_titled = True
        elif name.startswith(_HEADING_STYLES) and self.heading is None:
            self.heading = " ".join(text.split())

    @property
    def found(self) -> str | None:
        """The Title paragraph (and its Subtitle) read as a text's first lines are
        (indexer.document.derive_title): a sentence set in the Title style is cut as a text's first
        sentence is, the Subtitle joins it as a title's second line does (not when the two make a
        long paragraph), and a date line or a skip link there is no title, so that the body decides.
        Taken verbatim, a Title holding a greeting's first sentence (「2021年 年頭のご挨拶 / 明けまして
        おめでとうございます。国立研究開発法人…」) was a title of 300 characters, where the same
        text saved as .txt is titled with its first sentence."""
        from ..document import derive_title

        found = self.title or self.heading
        return (derive_title(found, None, Path("")) or None) if found else None


def _block(parent, lines: list[str], title: _Title | None, part=None) -> None:
    """Append the text of a body, cell or content control, element by element (`part`: the
    package part holding them, whose relationships name a SmartArt's data)."""
    carried = ""  # the text of paragraphs whose mark is hidden: they run on into the next
    for child in parent.iterchildren():
        if child.tag == _P:
            text = carried + _paragraph_text(child)
            if _mark_hidden(child):
                carried = text
            else:
                carried = ""
                lines.append(text)
                if title is not None:
                    title.see(child, text)
            for box in _text_boxes(child):
                _block(box, lines, None, part)
            lines.extend(_diagrams(child, part))
            lines.extend(_alt_texts(child))
        elif child.tag == _TBL:
            _table(child, lines, part)
        elif child.tag == _SDT and not _is_placeholder(child):
            content = child.find(_SDT_CONTENT)
            if content is not None:
                _block(content, lines, title, part)
    if carried:
        lines.append(carried)


def _table(tbl, lines: list[str], part=None) -> None:
    for tr in tbl.iterchildren(_TR):
        cells: list[str] = []
        nested: list = []
        boxes: list = []
        diagrams: list[str] = []
        for tc in tr.iterchildren(_TC):
            if _continues_vertical_merge(tc):
                continue  # the text is in the merged cell's first row
            cell_lines: list[str] = []
            for child in tc.iterchildren():
                if child.tag == _P:
                    cell_lines.append(_paragraph_text(child))
                    boxes.extend(_text_boxes(child))
                    diagrams.extend(_diagrams(child, part))
                    diagrams.extend(_alt_texts(child))
                elif child.tag == _TBL:
                    nested.append(child)
                elif child.tag == _SDT and not _is_placeholder(child):
                    content = child.find(_SDT_CONTENT)
                    if content is not None:
                        _block(content, cell_lines, None, part)
            cells.append(" ".join(line.strip() for line in cell_lines if line.strip()))
        if any(cells):
            lines.append("\t".join(cells))
        for box in boxes:  # a cell's text boxes after its row, as a body paragraph's after it
            _block(box, lines, None, part)
        lines.extend(diagrams)
        for inner in nested:
            _table(inner, lines, part)


def _continues_vertical_merge(tc) -> bool:
    v_merge = tc.find(f"{{{W}}}tcPr/{_V_MERGE}")
    return v_merge is not None and v_merge.get(_VAL, "continue") == "continue"


#: Where _number_paragraphs leaves a paragraph's list number (第1章, (1)) on its element, in memory
#: only: the walks that read paragraphs (body, cells, boxes, title) then all see it.
_NUMBER_ATTR = "{urn:ictsearch}number"


def _number_paragraphs(document) -> None:
    """Count the body's numbered paragraphs in document order (formats.numbering) and mark each
    with the number Word draws before it.  Text boxes' copies for old Word (mc:Fallback) are not
    counted twice.  Numbering that cannot be read leaves the text as it is."""
    from .numbering import Numbering

    try:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        try:
            numbering = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            return
        counter = Numbering(numbering, document.styles.element)
        for p in document.element.body.iter(_P):
            node = p.getparent()
            while node is not None and node.tag != _MC_FALLBACK:
                node = node.getparent()
            if node is None:
                number = counter.number(p)
                if number:
                    p.set(_NUMBER_ATTR, number)
    except Exception:
        return  # a damaged numbering part loses the numbers, not the document


def _paragraph_text(p) -> str:
    """The paragraph's own runs (hyperlinks, insertions, fields included; deletions and text boxes
    not), after the number Word draws before it (_number_paragraphs)."""
    parts: list[str] = [p.get(_NUMBER_ATTR, "")]
    hidden_styles = _hidden_styles.get()
    paragraph_hidden = _style_of(p.find(_PPR), _P_STYLE) in hidden_styles
    for r in p.iter(_R):
        if not _belongs_to(r, p) or _run_hidden(r, paragraph_hidden, hidden_styles):
            continue
        for child in r.iterchildren():
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NO_BREAK_HYPHEN:
                parts.append("-")
    return "".join(parts)


def _vanish(properties) -> bool | None:
    """Whether run properties (w:rPr) hide the text: True, False (w:vanish turned off), None (silent)."""
    if properties is None:
        return None
    vanish = properties.find(_VANISH)
    if vanish is None:
        return None
    return vanish.get(_VAL, "true").lower() not in ("0", "false", "off")


def _style_of(properties, tag: str) -> str | None:
    style = properties.find(tag) if properties is not None else None
    return style.get(_VAL) if style is not None else None


def _run_hidden(r, paragraph_hidden: bool, hidden_styles: frozenset[str]) -> bool:
    """Whether a run is hidden text: by its own w:vanish, else its character style's, else its
    paragraph style's (a run's own w:vanish val="0" shows it)."""
    properties = r.find(_RPR)
    own = _vanish(properties)
    if own is not None:
        return own
    return _style_of(properties, _R_STYLE) in hidden_styles or paragraph_hidden


def _mark_hidden(p) -> bool:
    """Whether the paragraph mark is hidden (w:pPr/w:rPr/w:vanish): the paragraph runs on into the
    next, and is nothing of its own when its runs are hidden too."""
    ppr = p.find(_PPR)
    return bool(_vanish(ppr.find(_RPR) if ppr is not None else None))


def _styles_hiding_text(document) -> frozenset[str]:
    """The ids of the styles whose text is hidden: w:vanish in their run properties or in those of
    the style they are based on (the nearest that says)."""
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    try:
        styles = list(document.styles.element.iterchildren(f"{{{W}}}style"))
    except Exception:
        return frozenset()  # a styles part that cannot be read hides nothing: the text is read
    for style in styles:
        style_id = style.get(f"{{{W}}}styleId")
        if not style_id:
            continue
        own[style_id] = _vanish(style.find(_RPR))
        parent = style.find(f"{{{W}}}basedOn")
        if parent is not None and parent.get(_VAL):
            based[style_id] = parent.get(_VAL)
    hidden = set()
    for style_id in own:
        seen, at = set(), style_id
        while own.get(at) is None and at in based and at not in seen:
            seen.add(at)
            at = based[at]
        if own.get(at):
            hidden.add(style_id)
    return frozenset(hidden)


def _alt_texts(p) -> list[str]:
    """The alternative texts (wp:docPr descr, formats.alt_text) of the pictures drawn in `p`'s own
    runs: not those of a text box's paragraph (read with it), deleted or moved away, hidden, or the
    copy for old Word."""
    out: list[str] = []
    hidden_styles = _hidden_styles.get()
    paragraph_hidden = _style_of(p.find(_PPR), _P_STYLE) in hidden_styles
    for doc_pr in p.iter(_DOC_PR):
        node = doc_pr.getparent()
        while node is not None and node is not p and node.tag != _R:
            node = node.getparent()
        if node is None or node is p or not _belongs_to(node, p) or _run_hidden(node, paragraph_hidden, hidden_styles):
            continue
        if any(a.tag == _MC_FALLBACK for a in doc_pr.iterancestors()):
            continue
        alt = alt_text(doc_pr.get("descr"))
        if alt and alt not in out:
            out.append(alt)
    return out


def _belongs_to(r, p) -> bool:
    """Whether run `r` is `p`'s own: not deleted or moved away, not a ruby's reading or a content
    control's prompt, not in a text box or nested paragraph."""
    node = r.getparent()
    while node is not None and node is not p:
        if node.tag in (_P, _DEL, _MOVE_FROM, _TXBX, _RUBY_TEXT) or (node.tag == _SDT and _is_placeholder(node)):
            return False
        node = node.getparent()
    return node is p


def _is_placeholder(sdt) -> bool:
    """Whether a content control still shows its prompt, not text typed into it: a form's unfilled
    field says 「クリックまたはタップしてテキストを入力してください。」 (Word's own prompt, in every
    form made from a template), which is no word of the document's."""
    return sdt.find(f"{{{W}}}sdtPr/{{{W}}}showingPlcHdr") is not None


def _text_boxes(p) -> list:
    """Text boxes anchored in `p`, once each (not the VML copy Word writes as a fallback), and not
    those deleted or moved away with Track Changes on (in w:del, w:moveFrom), as their runs are not."""
    boxes = []
    for box in p.iter(_TXBX):
        node = box.getparent()
        inside_other = False
        while node is not None and node is not p:
            if node.tag in (_MC_FALLBACK, _TXBX, _DEL, _MOVE_FROM):
                inside_other = True
                break
            node = node.getparent()
        if not inside_other:
            boxes.append(box)
    return boxes


_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R_DM = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"


_C_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _diagrams(p, part) -> list[str]:
    """The text of the SmartArt graphics and charts anchored in `p`: a SmartArt's boxes (the points
    of the diagram's data part, word/diagrams/dataN.xml), a paragraph a line, and a chart's title,
    series, categories and axis titles (word/charts/chartN.xml, formats.charts).  A lost or broken
    part loses that graphic's words only."""
    from lxml import etree

    from .charts import chart_part_lines

    out: list[str] = []
    if part is None:
        return out
    for ref in p.iter(f"{{{_DGM}}}relIds", _C_CHART):
        node = ref.getparent()
        while node is not p and node.tag not in (_TXBX, _DEL, _MOVE_FROM, _MC_FALLBACK):
            node = node.getparent()
        if node is not p:
            continue  # in a text box's paragraph: read with it; deleted or moved away: not read
        try:
            blob = part.related_parts[ref.get(_R_DM if ref.tag != _C_CHART else _R_ID)].blob
        except KeyError:
            continue
        if ref.tag == _C_CHART:
            out.extend(chart_part_lines(blob))
            continue
        try:
            root = etree.fromstring(blob)
        except etree.XMLSyntaxError:
            continue
        for pt in root.iter(f"{{{_DGM}}}pt"):
            if pt.get("type", "node") not in ("node", "asst"):
                continue  # connections and the root carry no text of their own (an assistant box does)
            for para in pt.iter(f"{{{_A}}}p"):
                text = "".join(t.text or "" for t in para.iter(f"{{{_A}}}t"))
                if text.strip():
                    out.append(text)
    return out


_NOTE_PARTS = ("footnotes", "endnotes")


def _notes(document, warnings: list[str]) -> list[str]:
    """The footnotes' then the endnotes' text (word/footnotes.xml, endnotes.xml), a paragraph a line;
    not the separator lines Word keeps among them.  A damaged notes part loses its notes, with a
    warning, not the document."""
    from lxml import etree

    lines: list[str] = []
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if rel.is_external or kind not in _NOTE_PARTS:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            warnings.append(f"damaged {kind} (word/{kind}.xml): read without them")
            continue
        for note in root.iterchildren(f"{{{W}}}{kind[:-1]}"):
            if note.get(f"{{{W}}}type") in (None, "normal"):
                _block(note, lines, None, rel.target_part)
    return [line for line in lines if line.strip()]


def _headers_and_footers(document) -> tuple[list[str], list[str]]:
    """(the headers' lines, the footers' lines), each line once."""
    seen: set[str] = set()
    out: tuple[list[str], list[str]] = ([], [])
    for section in document.sections:
        for k, part in enumerate((section.first_page_header, section.header, section.even_page_header,
                                  section.first_page_footer, section.footer, section.even_page_footer)):
            if part.is_linked_to_previous:
                continue
            lines: list[str] = []
            _block(_without_running_fields(part._element), lines, None, part.part)
            for line in lines:
                line = line.strip()
                if line and line not in seen:
                    seen.add(line)
                    out[k // 3].append(line)
    return out


#: Fields whose value Word computes when it shows or prints the page: today's date, the day it was printed
#: or saved, the page number.  In a header or footer their last value is no text of the document: a
#: template's DATE field (「2025年1月15日」, the day the file was last opened) opened the text as a header's
#: date line does and dated a notice of 令和6年6月3日 (breaker41's d11).  CREATEDATE, a typed date and the
#: body's fields stay.
_RUNNING_FIELDS = frozenset({"DATE", "TIME", "PRINTDATE", "SAVEDATE", "PAGE", "NUMPAGES", "SECTIONPAGES"})


def _without_running_fields(element):
    """A copy of a header's or footer's element without the values of _RUNNING_FIELDS (the element
    itself when it holds no field)."""
    import copy

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    if element.find(".//" + w + "fldSimple") is None and element.find(".//" + w + "fldChar") is None:
        return element
    element = copy.deepcopy(element)

    def running(instruction: str) -> bool:
        words = instruction.split()
        return bool(words) and words[0].upper() in _RUNNING_FIELDS

    for field in list(element.iter(w + "fldSimple")):
        if running(field.get(w + "instr") or "") and field.getparent() is not None:
            field.getparent().remove(field)
    for paragraph in element.iter(w + "p"):
        # A complex field: runs of begin, its instruction, separate, its value, end (fields may nest).
        stack: list[list] = []  # per open field: [instruction, in its value?]
        doomed = []
        for run in list(paragraph.iter(w + "r")):
            char = run.find(w + "fldChar")
            kind = char.get(w + "fldCharType") if char is not None else None
            if kind == "begin":
                stack.append(["", False])
            elif kind == "separate" and stack:
                stack[-1][1] = True
            elif kind == "end" and stack:
                stack.pop()
            elif stack and not stack[-1][1]:
                stack[-1][0] += "".join(t.text or "" for t in run.iter(w + "instrText"))
            elif any(value and running(instruction) for instruction, value in stack):
                doomed.append(run)
        for run in doomed:
            if run.getparent() is not None:
                run.getparent().remove(run)
    return element
