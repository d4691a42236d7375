"""CSV and TSV files (government open data, 調査 results saved from Excel) read as a table: one page.

The file is decoded as a text file is (indexer.extract.read_text_path: a BOM, else UTF-8, else
CP932 or EUC-JP by strict decoding), so Excel's CP932 "CSV (コンマ区切り)" and open data's UTF-8
with a BOM both read.  Its rows are then written as an .xlsx sheet's are: the cells of a row
joined by tabs, trailing empty cells dropped (a long run of empty cells one), empty rows (Excel's ``,,,``) skipped, a line break
inside a quoted cell a space.  The title follows the workbook's rule (formats.table_title).

A ``metadata.csv`` is the collection's metadata (indexer.metadata.manual), not a document:
discovery never hands it here.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..errors import ExtractionError
from ..metadata.manual import METADATA_CSV
from ..normalize import normalize_text
from . import row_line, table_title

#: Cell separators a .csv is saved with: comma, then tab (Excel's "テキスト (タブ区切り)" renamed)
#: and semicolon (a European Excel); the one its header line holds most of is used.
_DELIMITERS = (",", "\t", ";")


def _delimiter(text: str, tab_named: bool = False) -> str:
    """The separator of the first line holding one outside quotes (the header; a title row over
    the table holds none): counted over all lines, a tab-separated file of amounts written
    12,345,678 held more commas than tabs and was cut at every thousands separator.
    tab_named: a .tsv, whose name says tabs: a tab in the first lines settles it (a header of
    「金額(千円,税込)」 labels outnumbering its tabs in commas does not)."""
    head = text[:65536].splitlines()[:20]
    if tab_named and any("\t" in line for line in head):
        return "\t"
    for line in head:
        line = re.sub(r'"[^"]*"', "", line)
        counts = {d: line.count(d) for d in _DELIMITERS}
        best = max(_DELIMITERS, key=lambda d: counts[d])  # ties to the comma: first in the tuple
        if counts[best]:
            return best
    return ","


def read(path: Path):
    from ..extract import Extracted, read_text_path

    warnings: list[str] = []
    if path.name.lower() == "metadata.tsv":
        # Saved from Excel as テキスト (タブ区切り), a collection's metadata table went unread without a
        # word once .tsv files were indexed (before, it was counted among the files not indexed).
        warnings.append(f"indexed as a document: only a file named {METADATA_CSV} is read as the "
                        "collection's metadata (save this one as CSV under that name)")
    text, encoding = read_text_path(path, warnings)
    lines: list[str] = []
    first_row: list[str] | None = None
    widest_below = 0  # the most cells of a row under the first (of the next few)
    try:
        delimiter = _delimiter(text, tab_named=path.suffix.lower() == ".tsv")
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False):
            # A line break or run of spaces inside a cell is a soft wrap, as in a workbook's cell.
            values = [" ".join(cell.split()) for cell in row]
            while values and not values[-1]:
                values.pop()
            if values:
                lines.append(row_line(values))
                if first_row is None:
                    first_row = values
                elif len(lines) <= 6:
                    widest_below = max(widest_below, len(values))
    except csv.Error as e:
        # A cell over the csv module's size limit (131,072 characters: not a table): the text as it is.
        warnings.append(f"not read as a table ({e}): its lines indexed as text")
        lines, first_row = text.splitlines(), None
    page = normalize_text("\n".join(lines), wrapped=False)
    if not page.strip():
        raise ExtractionError("no text")
    # A title row stands over a wider table (「令和5年度 派遣実績」 over 派遣先 | 人数); a first row as
    # wide as the rows below is the header (項目 | 説明, a one-column list's 自治体名): no title.
    title = table_title(first_row, path) if first_row and len(first_row) < widest_below else path.stem
    return Extracted(pages=[page], page_count=None, title=title,
                     encoding=encoding, warnings=warnings)
