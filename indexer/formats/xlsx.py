"""Excel (.xlsx) workbooks with openpyxl in read-only mode: a page per sheet.

Each page starts with the sheet's name, then its rows in order, the cells of
a row joined by tabs (trailing empty cells dropped, a long run of empty cells one,
empty rows skipped), then
the text of the text boxes, shapes and charts drawn over the sheet, so a hit says
which sheet it is on; a chart sheet's page is its chart's words.  Formulas give the value Excel last computed
(``data_only``); a formula never computed (a file written by a script) gives
nothing rather than its source.

Numbers are written the way the sheet shows them as far as the number format
says it plainly: integers without ``.0``, the decimals a format asks for
(``0.0``, ``#,##0.00``), thousands separators (``#,##0``), the thousands or millions a comma after
the digits shows (``#,##0,``: a 千円 column holding yen), percentages, a half
rounded away from zero as Excel rounds it (1234.5 under ``#,##0`` is 1,235); dates
as ``2023-04-01``, but under a format with Excel's era codes as the sheet shows them
(``令和5年4月1日``, ``R5.4.1``: era_date).  Anything else is the shortest exact form of the value.

Hidden sheets (hidden, and veryHidden, which only a macro can show) are left out: they hold a
form's drop-down lists (every prefecture, every 課) and scratch work, which the user never sees in
Excel and Excel's Find passes over; read, a form was found by a word only its list holds and the
list's places and years became its metadata.  A workbook none of whose visible sheets holds
anything (its data sheet left hidden under an empty Sheet1) is read from its hidden sheets, with a
warning, rather than refused as empty.

Bounded: at most MAX_ROWS rows are read from one sheet and MAX_CELLS non-empty
cells from one workbook; what lies beyond is left out with a warning.  Read-only
mode streams the sheet XML, so memory stays small whatever the sheet's size.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path

from ..errors import ExtractionError
from ..normalize import normalize_text
from . import NUMBER, cap_text, check_office_zip, core_title, damaged, own_version, row_line, table_title

#: Rows read from one sheet (Excel's own limit is 1,048,576).  Survey and
#: budget tables in these folders run to a few thousand rows.
MAX_ROWS = 200_000
#: Non-empty cells read from one workbook.
MAX_CELLS = 2_000_000

_DECIMALS_RE = re.compile(r"\.([0#?]+)")
_QUOTED_RE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


#: How many of the reader's own warnings on one workbook are kept among its warnings.
_READER_WARNINGS = 3


def read(path: Path):
    """The workbook's sheets as pages.  What openpyxl warns of (a date cell beyond the calendar, an
    extension it drops) is the file's warning, named with it: Python's warning went to stderr as
    two lines naming openpyxl's own source file and not the workbook."""
    import warnings as python_warnings

    with python_warnings.catch_warnings(record=True) as caught:
        python_warnings.simplefilter("always")
        extracted = _read(path)
    said = list(dict.fromkeys(str(w.message).strip() for w in caught if str(w.message).strip()))
    extracted.warnings.extend(said[:_READER_WARNINGS])
    if len(said) > _READER_WARNINGS:
        extracted.warnings.append(f"and {len(said) - _READER_WARNINGS} more warnings of the Excel reader")
    if path.stem.lower() == "metadata":
        # The collection's metadata table kept as a workbook: indexed as a document, its values
        # unread without a word (as metadata.tsv was).
        from ..metadata.manual import METADATA_CSV

        extracted.warnings.append(f"indexed as a document: only a file named {METADATA_CSV} is read as the "
                                  "collection's metadata (save this sheet as CSV UTF-8 under that name)")
    return extracted


def _read(path: Path):
    from ..extract import Extracted

    check_office_zip(path, "Excel")
    import openpyxl

    warnings: list[str] = []
    pages: list[str] = []
    try:
        workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception:
        # InvalidFileException, KeyError, zipfile and XML errors on a damaged package.
        raise damaged("Excel") from None
    #: The first sheet's first rows: where a workbook puts its title (A1 of 集計表), under a form's
    #: number or a date at times (様式第1号, 令和5年4月1日 over 「…派遣申請書」).
    head_rows: list[list[str]] = []
    boxes = _text_boxes(path)
    from . import MAX_TEXT_CHARS  # here: read when called (tests lower it)

    try:
        cells = 0
        # Characters read, over the sheets: past the cap on the text the rest is cut anyway, and
        # reading it was more than half the time of a 150,000-row workbook (28 of 49 CPU-seconds).
        chars = 0
        # Hidden and veryHidden sheets hold a form's lists or scratch work (see the module's notes);
        # they are read only when no visible sheet holds any text (a table whose data sheet was left
        # hidden under an empty Sheet1), which would else be refused as empty.
        # Worksheets and chart sheets (グラフ1: a chart alone on its tab) in the tabs' order, so that
        # page N is the Nth tab.
        every = [workbook[name] for name in workbook.sheetnames]
        sheets = [sheet for sheet in every if sheet.sheet_state == "visible"]
        if not any(boxes.get(sheet.title) or _has_values(sheet) for sheet in sheets):
            hidden = [sheet for sheet in every if sheet.sheet_state != "visible"]
            if any(_has_values(sheet) for sheet in hidden):
                warnings.append(f"no visible sheet holds text: hidden sheets read ({', '.join(s.title for s in hidden)})")
                sheets = every
        for sheet in sheets:
            lines: list[str] = []  # under the sheet's name (_sheet_page)
            try:
                # Files written by other tools than Excel often declare a wrong
                # sheet size (<dimension>); read what the sheet really holds.
                if _is_chart_sheet(sheet):
                    rows = iter(())
                else:
                    sheet.reset_dimensions()
                    rows = sheet.iter_rows()
                for number, row in enumerate(rows, start=1):
                    if number > MAX_ROWS:
                        warnings.append(f"sheet {sheet.title}: only the first {MAX_ROWS:,} rows read")
                        break
                    values = [cell_text(cell) for cell in row]
                    while values and not values[-1]:
                        values.pop()
                    if values:
                        cells += sum(1 for v in values if v)
                        lines.append(row_line(values))
                        chars += len(lines[-1]) + 1
                        if not pages and len(head_rows) < _HEAD_ROWS:
                            head_rows.append(values)
                    if cells > MAX_CELLS or chars > MAX_TEXT_CHARS:
                        break
            except Exception:
                raise damaged("Excel") from None
            lines.extend(boxes.get(sheet.title, ()))
            pages.append(_sheet_page(sheet.title, lines))
            if cells > MAX_CELLS:
                warnings.append(f"only the first {MAX_CELLS:,} cells read (sheets after {sheet.title} left out)")
                break
            if chars > MAX_TEXT_CHARS:
                break
        properties_title = workbook.properties.title if workbook.properties else None
    finally:
        workbook.close()
    if not pages:
        raise ExtractionError("no sheets")
    pages = cap_text(pages, warnings)
    if chars > MAX_TEXT_CHARS and not any(w.startswith("text cut") for w in warnings):
        warnings.append(f"text cut at {MAX_TEXT_CHARS:,} characters")  # normalizing took some away
    if not any(len(page.split("\n")) > 1 for page in pages):
        cut = [sheet_warning for sheet_warning in warnings if sheet_warning.endswith("rows read")]
        if cut:
            # Text only below the rows read (a value in row 1,000,000) was "every sheet is empty".
            raise ExtractionError(f"no text in the rows read ({'; '.join(cut)}; what lies below is not read)")
        raise ExtractionError("no text (every sheet is empty)")
    return Extracted(
        pages=pages,
        page_count=len(pages),
        # Not the page text's first lines: they are the sheet name and a row of cells joined by tabs.
        title=own_version(core_title(properties_title, path), pages[0]) or _sheet_title(head_rows, path),
        encoding=None,
        warnings=warnings,
    )


def _sheet_page(name: str, lines: list[str]) -> str:
    """A sheet's page: its name on the first line, whatever it is, then its lines.  The name is
    normalized on its own (as it was with the rows: NFKC, full-width digits narrowed), so that the
    page's first line is always the sheet's name (search.results reads it for a hit's page_name):
    normalized with the rows, a name ending in 、 (資料1、) ran on into the first row, and a name of
    blanks (a 全角 space) left no line, the first row taking its place."""
    head = " ".join(normalize_text(name, wrapped=False).split("\n"))
    body = normalize_text("\n".join(lines), wrapped=False)
    return f"{head}\n{body}" if body else head


#: Rows of the first sheet looked at for its title: a form's number, a date, the issuer and the
#: title stand in the first few, over the table.
_HEAD_ROWS = 6


def _sheet_title(rows: list[list[str]], path: Path) -> str | None:
    """The workbook's title from its first sheet's first rows: the rows above the table (each row's
    first text; the table starts at a row of three labels or more) read as a text's first lines are
    (indexer.document.derive_title: a form's number, 別紙1, 資料2 or a date line is passed over), else
    the first row's as formats.table_title gives it (the file's name over a table's header)."""
    if not rows:
        return None
    lines: list[str] = []
    for values in rows:
        texts = [v for v in values if v and not NUMBER.fullmatch(v)]
        if len(texts) >= 3:
            break  # the table's header
        if texts:
            lines.append(texts[0].strip())
    if lines:
        from ..document import derive_title

        title = derive_title("\n\n".join(lines), None, Path(""))
        if title:
            return title
    first = table_title(rows[0], path)
    return first.strip() if first else None


def _is_chart_sheet(sheet) -> bool:
    """Whether a sheet is a chart sheet (no cells: its chart is read with the shapes drawn over sheets)."""
    return not hasattr(sheet, "iter_rows")


def _has_values(sheet) -> bool:
    """Whether a sheet holds a value in any cell of its first MAX_ROWS rows (read until the first one)."""
    if _is_chart_sheet(sheet):
        return False
    try:
        sheet.reset_dimensions()
        return any(cell.value is not None for row in itertools.islice(sheet.iter_rows(), MAX_ROWS) for cell in row)
    except Exception:
        return True  # read it, and let the reading say it is damaged


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DRAWING_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"


def _text_boxes(path: Path) -> dict[str, list[str]]:
    """Sheet name → the text of the text boxes, shapes and charts drawn over it (xl/drawings/drawingN.xml;
    a chart's words as formats.charts reads them), a paragraph a line.  openpyxl reads cells only; a sheet's notes often stand in a text box
    (「※補正予算により増額」).  Whatever cannot be read here gives nothing: the cells still do."""
    import posixpath
    import zipfile

    from lxml import etree

    from .charts import chart_part_lines

    def rels(z, part: str) -> dict[str, tuple[str, str]]:
        """rId → (type, absolute part name) of a part's relationships."""
        folder, name = posixpath.split(part)
        try:
            root = etree.fromstring(z.read(posixpath.join(folder, "_rels", name + ".rels")))
        except KeyError:
            return {}
        out = {}
        for rel in root.iter(_PKG_REL):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id")] = (rel.get("Type", ""), target)
        return out

    found: dict[str, list[str]] = {}
    try:
        with zipfile.ZipFile(path) as z:
            book = "xl/workbook.xml"
            sheets = rels(z, book)
            for sheet in etree.fromstring(z.read(book)).iter(f"{{{_MAIN}}}sheet"):
                target = sheets.get(sheet.get(f"{{{_REL}}}id"))
                if target is None:
                    continue
                lines: list[str] = []
                for kind, drawing in rels(z, target[1]).values():
                    if not kind.endswith("/drawing"):
                        continue
                    charts = rels(z, drawing)
                    for shape in etree.fromstring(z.read(drawing)).iter(f"{{{_XDR}}}sp", _CHART):
                        if shape.tag == _CHART:
                            target = charts.get(shape.get(f"{{{_REL}}}id"))
                            if target is not None and target[1] in z.namelist():
                                lines.extend(chart_part_lines(z.read(target[1])))
                            continue
                        for para in shape.iter(f"{{{_DRAWING_A}}}p"):
                            text = "".join(t.text or "" for t in para.iter(f"{{{_DRAWING_A}}}t"))
                            if text.strip():
                                lines.append(text)
                if lines:
                    found[sheet.get("name", "")] = lines
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        pass
    return found


def cell_text(cell) -> str:
    """A cell's value as the sheet shows it, as far as its number format says plainly."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, str):
        # A line break inside a cell is a soft wrap, not a new row.
        return " ".join(value.split())
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        era_shown = era_date(value, getattr(cell, "number_format", None) or "")
        if era_shown:
            return era_shown
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value, getattr(cell, "number_format", None) or "General")
    return str(value)


#: A date format's tokens: quoted text, an escaped character, a bracket ([$-411], [$-ja-JP-x-gannen]),
#: a run of one format letter, or one other character.
_DATE_TOKEN = re.compile(r'"[^"]*"?|\\.?|\[[^\]]*\]?|([A-Za-z])\1*|.', re.S)
#: Excel's era codes: g the initial (R), gg the first character (令), ggg the name (令和).
_ERA_FORMS = {"令和": ("R", "令"), "平成": ("H", "平"), "昭和": ("S", "昭"), "大正": ("T", "大"), "明治": ("M", "明")}


def era_date(value: dt.datetime, number_format: str) -> str | None:
    """A date under a format with Excel's era codes (ggge"年"m"月"d"日", [$-411]ge.m.d) as the sheet
    shows it: 令和5年4月1日, R5.4.1; the year 1 as 元 under the gannen locale ([$-ja-JP-x-gannen]).
    Written as ISO, a 和暦 sheet's dates did not read as the sheet and the user's query do.  None
    for a format without era codes, or with codes this does not know (a time of day: ISO then)."""
    from ..metadata.eras import ERA_FIRST_DAYS, ERAS

    tokens = [m.group(0) for m in _DATE_TOKEN.finditer(number_format.split(";")[0])]
    if not any(t[0] in "gGeE" for t in tokens if not t.startswith(('"', "\\", "["))):
        return None
    era = next((name for name, first in ERA_FIRST_DAYS if (value.year, value.month, value.day) >= first), None)
    if era is None:
        return None
    year = value.year - ERAS[era] + 1
    out = []
    for t in tokens:
        kind = t[0].lower()
        if t.startswith('"'):
            out.append(t.strip('"'))
        elif t.startswith("\\"):
            out.append(t[1:])
        elif t.startswith("["):
            continue  # a locale or colour
        elif kind == "g":
            out.append(era if len(t) >= 3 else _ERA_FORMS[era][len(t) - 1])
        elif kind == "e":
            out.append("元" if year == 1 and "gannen" in number_format.lower() else f"{year:0{min(len(t), 2)}d}")
        elif kind == "y":
            out.append(f"{value.year % 100:02d}" if len(t) <= 2 else str(value.year))
        elif kind == "m" and len(t) <= 2:
            out.append(f"{value.month:0{len(t)}d}")
        elif kind == "d" and len(t) <= 2:
            out.append(f"{value.day:0{len(t)}d}")
        elif kind == "a" and len(t) in (3, 4):
            out.append("月火水木金土日"[value.weekday()] + ("曜日" if len(t) == 4 else ""))
        elif t.isalpha():
            return None  # hours, minutes, month names, AM/PM
        else:
            out.append(t)
    return "".join(out)


def format_number(value: int | float, number_format: str) -> str:
    """A number under an Excel number format: decimals, thousands separators, scaling commas, percent.

    Only the parts that change which digits a reader sees are applied; colours,
    literal text and conditions of the format are ignored, but for a negative number under a
    format with a section of its own for them: that section is the number's sign, which a budget
    sheet writes ▲1,234 or △1,234 (#,##0;"▲"#,##0), and is shown with its literal text.
    """
    sections = _sections(number_format)
    if value < 0 and len(sections) >= 2 and not any(t[:1] == "[" and t[1:2] and t[1] in "<>=" for t in sections[0] + sections[1]):
        negative = sections[1]
        at = [i for i, t in enumerate(negative) if t in ("0", "#", "?")]
        if at:
            first, last = at[0], at[-1] + (negative[at[-1] + 1:at[-1] + 2] == ["%"])
            while negative[last + 1:last + 2] == [","]:  # the commas that scale it go with the digits
                last += 1
            shown = format_number(-value, "".join(negative[first:last + 1]))
            return f"{_literal(negative[:first])}{shown}{_literal(negative[last + 1:])}".strip()
    section = _QUOTED_RE.sub("", number_format.split(";")[0])
    if section.lower() in ("general", "@", ""):
        return _plain(value)
    percent = "%" in section
    if not any(ch in section for ch in "0#?"):
        return _plain(value * 100 if percent else value)
    # A comma after the last digit shows the number in thousands (#,##0, — a budget sheet's 千円 column
    # holding yen: 12,345,678 shows 12,346), two in millions (#,##0.0,,"百万円").  The text kept the
    # yen, so the figure the sheet and its printout show was not found.
    tokens = _sections(number_format)[0]
    digits = [i for i, t in enumerate(tokens) if t in ("0", "#", "?")]
    scale = 0
    while digits and tokens[digits[-1] + 1 + scale:digits[-1] + 2 + scale] == [","]:
        scale += 1
    if scale:
        value = Decimal(f"{value:.15g}" if isinstance(value, float) else value).scaleb(-3 * scale)
    match = _DECIMALS_RE.search(section)
    decimals = len(match.group(1)) if match else 0
    grouping = "," if re.search(r"[0#?],[0#?]", section) else ""
    text = f"{_rounded(value, decimals, percent):{grouping}f}"
    return text + ("%" if percent else "")


#: A format's tokens: quoted text, an escaped character, a bracket ([Red], [<0]), a space or a fill
#: the width of the character after it (_x, *x), or one character.
_FORMAT_TOKEN = re.compile(r'"[^"]*"?|\\.?|\[[^\]]*\]?|[_*].?|.', re.S)


def _sections(number_format: str) -> list[list[str]]:
    """A format's sections (positive;negative;zero;text) as tokens, a ; inside quotes being none."""
    sections: list[list[str]] = [[]]
    for token in _FORMAT_TOKEN.findall(number_format):
        if token == ";":
            sections.append([])
        else:
            sections[-1].append(token)
    return sections


def _literal(tokens: list[str]) -> str:
    """The text a format shows around the digits: quoted text, an escaped character and the plain
    signs (▲, -, brackets); not a colour ([Red], [赤]), a space or fill the width of a character, nor
    the commas after the digits that scale them (#,##0, is in thousands)."""
    return "".join(t.strip('"') if t.startswith('"') else t[1:] if t.startswith("\\") else
                   "" if t[0] in "[_*," else t for t in tokens)


def _rounded(value: int | float, decimals: int, percent: bool) -> Decimal:
    """`value` (× 100 for a percentage) to `decimals` places as Excel shows it: a half away from
    zero (Python's format rounds it to even: 1234.5 → 1,234, 0.125 → 12%, where Excel shows 1,235
    and 13%), from the value's 15 significant digits, as Excel keeps them (1.005 → 1.01)."""
    exact = Decimal(f"{value:.15g}") if isinstance(value, float) else Decimal(value)
    if percent:
        exact *= 100
    with localcontext() as context:
        # Enough digits for the whole number: the default 28 refused 2^128 under 0.0 (InvalidOperation).
        context.prec = max(context.prec, exact.adjusted() + decimals + 2)
        return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _plain(value: int | float) -> str:
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)
