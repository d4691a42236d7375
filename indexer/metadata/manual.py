"""Manual metadata: a sidecar NAME.meta.toml or a collection's metadata.csv.

Sidecar: for report.pdf, report.pdf.meta.toml is looked for first (it cannot
collide with report.txt beside it), then report.meta.toml.  metadata.csv files
are read in the document's folder and every parent up to the indexed root; the
nearest one that lists the document wins field by field, and a sidecar beats
any csv.  Values are raw strings or lists; derive.py interprets them.

Both are decoded as text files are (UTF-8, else CP932 or EUC-JP): Japanese
Excel saves a CSV in CP932 unless told otherwise.
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import posixpath
import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.fields import DOCUMENT_LABELS, MANUAL_KEYS, METADATA_FIELDS


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    return tuple(_as_on_disk(side) for side in (path.with_name(path.name + SIDECAR_ENDING),
                                                path.with_suffix(SIDECAR_ENDING)))


def _as_on_disk(side: Path) -> Path:
    """The sidecar as its folder writes its name: a Mac saves ガイドライン.pdf.meta.toml decomposed (NFD:
    カ and its mark) beside a document whose name came composed (NFC) from a download or a zip, and
    the sidecar went unread without a word.  No stat unless the folder writes a name otherwise."""
    composed = _nfc(side.name)
    written = _decomposed_names(str(side.parent)).get(composed) or composed  # or the other way round
    if written == side.name or side.exists():
        return side
    other = side.with_name(written)
    return other if other.exists() else side


@lru_cache(maxsize=4096)
def _folder_names(folder: str) -> tuple[str, ...]:
    """A folder's names, read once a run (read_afresh) for its sidecars."""
    try:
        return tuple(sorted(os.listdir(folder)))
    except OSError:
        return ()


@lru_cache(maxsize=4096)
def _decomposed_names(folder: str) -> dict[str, str]:
    """NFC -> as written, for the names of `folder` written otherwise (almost always none)."""
    return {_nfc(n): n for n in _folder_names(folder) if _nfc(n) != n}


def _read_text(path: Path) -> str:
    from ictsearch.indexer.extract import read_text_file

    data = path.read_bytes()
    return read_text_file(data)[0] if data.strip() else ""


#: Delimiters a spreadsheet may save a "CSV" with: its header line says which one it used.
_DELIMITERS = (",", "\t", ";")
#: Rows named in a warning at most; the others are counted.
SHOWN_ROWS = 3


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN_ROWS])
    return shown + (f" and {len(items) - SHOWN_ROWS} more" if len(items) > SHOWN_ROWS else "")


@lru_cache(maxsize=256)
def _read_csv(csv_path: Path, mtime: float) -> tuple[dict[str, dict[str, str]], tuple[str, ...]]:
    """(relative path -> {column: value}, problems of the file as a whole).

    Each problem made a metadata.csv, or some of its rows, describe nothing without a word:
    a header written Path,Region, a file saved with tabs, a row for ./a.txt or for a file
    that is not there, the same file on two rows."""
    text = _read_text(csv_path)
    # Counted outside quotes: a column named "memo, notes" is one name of a file saved with ';'.
    head = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    delimiter = max(_DELIMITERS, key=head.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    # Column names as MANUAL_KEYS spell them: Excel users write Path, Region, and with the
    # input method left in full width ｐａｔｈ, ｒｅｇｉｏｎ.
    columns = [c.lower() if c.isascii() else c for c in (unicodedata.normalize("NFKC", c).strip() for c in header)]
    columns = ["path" if _LABELS.get(c) == "path" else c for c in columns]  # パス
    named = [i for i, c in enumerate(columns) if c in FILE_COLUMNS]
    if "path" not in columns and len(named) == 1:
        columns[named[0]] = "path"  # ファイル名, as an office heads a list of its files
    if "path" not in columns:
        if not any(columns):
            return {}, ()
        return {}, (f"no 'path' (パス) column (columns: {', '.join(map(repr, columns))}): no row is used",)
    folder = posixpath.join(Path(os.path.abspath(csv_path.parent)).as_posix(), "")
    out: dict[str, dict[str, str]] = {}
    first_row: dict[str, int] = {}
    repeated: list[str] = []
    outside: list[str] = []
    elsewhere: list[str] = []
    example = ""
    missing: list[str] = []
    folders: list[str] = []
    clashes: list[str] = []
    listings: dict[str, dict[str, str]] = {}
    beyond_header: list[str] = []
    base = str(csv_path.parent)
    for line_no, cells in enumerate(reader, start=2):
        row = dict(zip(columns, cells))
        written = (row.get("path") or "").strip().replace("\\", "/")
        if not written:
            continue
        key = _nfc(posixpath.normpath(written))
        if _is_absolute(key) and key.startswith(folder):
            key = key[len(folder):]  # a full path, as a script listing the files writes it
        if _is_absolute(key) and not os.path.isdir(posixpath.dirname(key)):
            # Another computer's path (C:\Users\…, a colleague's /home/…, whose folder is not here):
            # said as such, with the path that names the file here, since "not there" or "outside"
            # left the fix unsaid.  A folder of this computer outside the CSV's is "outside" below.
            here = _tail_here(base, key)
            elsewhere.append(f"{row['path'].strip()} (write {here})" if here else row["path"].strip())
            example = example or here
            continue
        if key.startswith("../") or key == ".." or _is_absolute(key):
            outside.append(written)
            continue
        if key in first_row:
            repeated.append(f"{key} (rows {first_row[key]} and {line_no})")
        first_row.setdefault(key, line_no)
        if os.path.isdir(os.path.join(base, key)):
            folders.append(written)
        elif not os.path.exists(os.path.join(base, key)) and not _there_as_nfd(base, key, listings):
            other = _there_in_other_case(base, key, listings)
            missing.append(f"{key} (there as {other}: the names differ in case)" if other else key)
        given: dict[str, tuple[str, str]] = {}  # field -> (column, value): 地域 and region both head one
        for column, cell in zip(columns, cells):
            field, cell = _LABELS.get(column, column), cell.strip()
            if column == "path" or not cell:
                continue
            if field in given and given[field][1] != cell and field in MANUAL_KEYS:
                clashes.append(f"{key} ({given[field][0]} {given[field][1]!r}, {column} {cell!r})")
            given.setdefault(field, (column, cell))
        out[key] = {field: cell for field, (_, cell) in given.items()}
        if beyond := [c.strip() for c in cells[len(columns):] if c.strip()]:
            # 「r075.html,R5,東北,防災,テレワーク」 under path,fiscal_year,region,themes: テレワーク was
            # dropped without a word (a theme list typed with a comma, as a sidecar takes it).
            beyond_header.append(f"{key} (row {line_no}: {', '.join(beyond)})")
    problems = []
    if beyond_header:
        problems.append("rows with more cells than the header has columns, the cells past its last column are not "
                        "read (quote a value holding a comma, or put | between several values: 防災|テレワーク): "
                        + _listed(beyond_header))
    if clashes:
        problems.append(f"two columns name one field and disagree, the first is used: {_listed(clashes)}")
    if repeated:
        problems.append(f"a file is listed twice, the last row is used: {_listed(repeated)}")
    if elsewhere:
        example = example or "report.pdf"
        problems.append(f"rows give full paths in folders that are not here, not used (a path is relative to the folder of "
                        f"the metadata.csv: {example} names {os.path.join(base, example)}): {_listed(elsewhere)}")
    if outside:
        problems.append(f"rows for files outside its folder are not used (list them in a metadata.csv above them): {_listed(outside)}")
    if missing:
        problems.append(f"rows for files that are not there: {_listed(missing)}")
    if folders:
        problems.append(f"rows for folders describe no document (list its files, or give the folder a metadata.csv "
                        f"of its own): {_listed(folders)}")
    return out, tuple(problems)


def _is_absolute(key: str) -> bool:
    """A path written from the root, POSIX (/home/…, //server/share) or Windows (C:/…, once its
    backslashes are slashes): a CSV made on Windows lists files so wherever this runs."""
    return posixpath.isabs(key) or re.match(r"[A-Za-z]:/", key) is not None


def _tail_here(base: str, key: str) -> str:
    """The longest end of an absolute path that names a file under base, or "": the path to write."""
    parts = key.split("/")
    for i in range(1, len(parts)):
        tail = "/".join(parts[i:])
        if tail and os.path.isfile(os.path.join(base, tail)):
            return tail
    return ""


def _nfc(name: str) -> str:
    """A path as compared between a CSV and the files: a Mac writes a file name decomposed
    (ガ as カ and its mark, NFD), a spreadsheet composed (NFC); they are the same name."""
    return unicodedata.normalize("NFC", name)


def _listing(folder: str, listings: dict[str, dict[str, str]]) -> dict[str, str]:
    """A folder's names, NFC -> as written on disk (read once per CSV)."""
    if folder not in listings:
        try:
            listings[folder] = {_nfc(n): n for n in os.listdir(folder)} if os.path.isdir(folder) else {}
        except OSError:
            listings[folder] = {}
    return listings[folder]


def _there_as_nfd(folder: str, key: str, listings: dict[str, dict[str, str]]) -> bool:
    """Whether the file a row names is there under a name written another way (NFD)."""
    for part in key.split("/"):
        if part not in _listing(folder, listings):
            return False
        folder = os.path.join(folder, listings[folder][part])
    return True


def _there_in_other_case(folder: str, key: str, listings: dict[str, dict[str, str]]) -> str | None:
    """The one file a row names but for the case of its letters (Tohoku.TXT for tohoku.txt: a list
    typed on Windows, where both open the file), as a row must write it; None if there is not one."""
    parts = []
    for part in key.split("/"):
        names = _listing(folder, listings)
        matches = [part] if part in names else [n for n in names if n.casefold() == part.casefold()]
        if len(matches) != 1:
            return None
        parts.append(matches[0])
        folder = os.path.join(folder, names[matches[0]])
    return "/".join(parts)


def read_afresh() -> None:
    """Forget the metadata.csv files read: which files their rows name are there is a fact of
    the moment, not of the CSV's modification time (a program indexing again after creating a
    file a row names was still warned that the file is not there).  So are a folder's sidecars."""
    _read_csv.cache_clear()
    _stray_sidecars.cache_clear()
    _folder_names.cache_clear()
    _decomposed_names.cache_clear()
    _metadata_csv_in.cache_clear()


SIDECAR_ENDING = ".meta.toml"
#: A collection's manual metadata: a .csv that is no document (discovery passes it over).
METADATA_CSV = "metadata.csv"


@lru_cache(maxsize=4096)
def _stray_sidecars(folder: str) -> tuple[str, ...]:
    """A problem for each sidecar of `folder` that describes no file in it: report.pdf.meta.toml
    without a report.pdf, report.meta.toml without a report.* document.  A document renamed
    without its sidecar (or a sidecar saved under a misspelt name) lost its manual values
    without a word, where a metadata.csv row for a file not there is named."""
    from ictsearch.indexer.formats import DISCOVERED_SUFFIXES

    names = _folder_names(folder)
    present = {_nfc(n) for n in names}
    stems = {_nfc(n).rsplit(".", 1)[0] for n in names if n.lower().endswith(DISCOVERED_SUFFIXES)}
    stray = []
    for name in names:
        target = _nfc(name)[: -len(SIDECAR_ENDING)]
        if name.endswith(SIDECAR_ENDING) and target and not name.startswith((".", "~$")) \
                and target not in present and target not in stems:
            # report.meta.toml is for any report.* document; report.pdf.meta.toml for report.pdf.
            wanted = target if target.lower().endswith(DISCOVERED_SUFFIXES) else f"{target}.*"
            stray.append(f"sidecar {name} in {folder}: no file {wanted} beside it, so it is not used "
                         f"(rename it with its document: NAME{SIDECAR_ENDING})")
    return tuple(stray)


@lru_cache(maxsize=4096)
def _metadata_csv_in(folder: Path) -> Path:
    """`folder`'s metadata.csv under the name it is saved as (Metadata.CSV): discovery passes any
    case over as the metadata, so it is read in any case, not left neither document nor metadata."""
    exact = folder / METADATA_CSV
    if not exact.exists():
        try:
            return next((folder / n for n in sorted(os.listdir(folder)) if n.lower() == METADATA_CSV), exact)
        except OSError:
            pass
    return exact


def csv_paths(path: Path, root: Path | None = None) -> list[Path]:
    """The metadata.csv files that may describe `path`, nearest first: its folder and
    every parent up to the indexed root (just its folder without a root).

    The pipeline watches the same files (their modification times) so that
    editing one re-indexes the documents it describes.
    """
    path = Path(os.path.abspath(path))
    folder = path.parent
    stop = Path(os.path.abspath(root)) if root is not None else folder
    out = []
    while True:
        out.append(_metadata_csv_in(folder))
        if folder == stop or folder == folder.parent or (root is not None and stop not in folder.parents):
            return out
        folder = folder.parent


def _closest_key(k: str) -> str | None:
    """The field a key probably means: one spelt close to it."""
    close = difflib.get_close_matches(k, MANUAL_KEYS, n=1)
    return close[0] if close else None


#: A key or a value written in Japanese without quotes (年度 = "令和4", region = 東北): TOML allows
#: only A-Z a-z 0-9 _ - in a bare key and no bare text value, so the labels the README offers as
#: keys, and a place typed as on a form, were 'Invalid statement (at line 1, column 1)'.
_BARE_LABEL_KEY = re.compile(r"""^([ \t]*)([^\s"'=\[#]*[^\x00-\x7f][^\s"'=\[#]*)([ \t]*=)""", re.M)
_BARE_TEXT_VALUE = re.compile(r"""^([ \t]*(?:"[^"\n]*"|[A-Za-z0-9_-]+)[ \t]*=[ \t]*)([^\x00-\x7f][^\n#"]*?)([ \t]*(?:#.*)?)$""", re.M)


_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")


def _toml_hint(text: str | None, error: Exception) -> str:
    """The line a sidecar's TOML error is on, and the usual cause: a value without its quotes
    (fiscal_year = R4, theme = [テレワーク, 防災]) or a quote left open.  tomllib says only
    「Invalid value (at line 1, column 15)」."""
    at = _TOML_AT.search(str(error))
    lines = (text or "").replace("\r\n", "\n").split("\n")
    if not at or not 0 < int(at.group(1)) <= len(lines):
        return ""
    line = lines[int(at.group(1)) - 1].strip()
    return (f": 「{line[:60]}」; put each text value in double quotes, as in "
            '年度 = "令和4", theme = ["テレワーク", "防災"], title = "令和4年度 事業報告"')


def _load_toml(text: str) -> dict:
    """A sidecar's TOML; a key or a value in Japanese without quotes is read as if quoted (no
    TOML document can hold either, so nothing valid is read differently)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        # Line ends as Windows' Notepad saves them (CRLF): TOML allows them, but the value quoted
        # below ended with the CR, which no TOML string may hold.
        lines = text.replace("\r\n", "\n")
        quoted = _BARE_TEXT_VALUE.sub(r'\1"\2"\3', _BARE_LABEL_KEY.sub(r'\1"\2"\3', lines))
        if quoted == lines:
            raise
    # Its error, if any, is about something else (fiscal_year = R4: an ASCII value wants quotes too).
    return tomllib.loads(quoted)


#: Headers that name the file a row is about, read as the path column when the CSV has none (one of
#: them only): 「ファイル名」 is how an office heads a list of its files, and was refused as "no 'path'
#: column".  Compared as columns are (NFKC, ASCII in lower case).
FILE_COLUMNS = frozenset({"ファイル名", "ファイル", "ファイルパス", "ファイルのパス", "ファイル名称", "file", "filename",
                          "file name", "file_name", "filepath", "file path", "file_path"})


#: A field's label names it as its key does (地域, 都道府県, 年度, テーマ, タイトル, パス: how `facets`,
#: `--fields` and the query language name the fields, so how a user heads a metadata.csv column; one
#: headed パス was refused as having no 'path' column).
_LABELS = {**{label: name for name, label in DOCUMENT_LABELS.items()},
           **{f.label: f.name for f in METADATA_FIELDS if f.name in MANUAL_KEYS}}


def _unknown_key(k: str, where: str) -> str:
    close = _closest_key(k)
    hint = f"did you mean {close!r}?" if close else f"known keys: {', '.join(MANUAL_KEYS)}"
    return f"{where}: unknown key {k!r} ignored ({hint})"


def _unknown_keys(keys: list[str], where: str) -> list[str]:
    """A warning for each key close to a field's name, and one for all the others: a sidecar
    of ten keys of its own gave ten warnings, each listing every known key."""
    close = [k for k in keys if _closest_key(k)]
    others = [k for k in keys if k not in close]
    out = [_unknown_key(k, where) for k in close]
    if len(others) == 1:
        out.append(_unknown_key(others[0], where))
    elif others:
        out.append(f"{where}: unknown keys {', '.join(map(repr, others))} ignored (known keys: {', '.join(MANUAL_KEYS)})")
    return out


def _csv_files(path: Path, root: Path | None):
    """(metadata.csv, its rows and problems) of each metadata.csv that may describe path."""
    for csv_path in csv_paths(path, root):
        if not csv_path.is_file():
            continue
        try:
            yield csv_path, _read_csv(csv_path, csv_path.stat().st_mtime)
        except (OSError, ExtractionError, csv.Error) as e:
            raise ExtractionError(f"unreadable {csv_path}: {e}") from None


def _file_warnings(csv_path: Path, problems: tuple[str, ...]) -> list[str]:
    return [f"{csv_path.name} in {csv_path.parent}: {p}" for p in problems]


def file_warnings(path: Path, root: Path | None = None) -> list[str]:
    """The warnings about the metadata.csv files above path as a whole (a row for a file that
    is not there): the same for every document under them, whether or not it lists them; and
    about the sidecars beside it that describe no file (its folder's, the same for its documents)."""
    path = Path(os.path.abspath(path))
    return [*(w for csv_path, (_, problems) in _csv_files(path, root) for w in _file_warnings(csv_path, problems)),
            *_stray_sidecars(str(path.parent))]


def manual_metadata(path: Path, root: Path | None = None, *, file_problems: bool = True
                    ) -> tuple[dict[str, object], dict[str, str], list[str]]:
    """(field -> value, field -> source, warnings) of the manual metadata for path.

    file_problems=False leaves out :func:`file_warnings`, which say nothing of this document.

    A sidecar key that names no field is a warning (a misspelt ``regoin`` was
    silently ignored); so is a metadata.csv column close to a field's name
    (other columns are a spreadsheet's own notes).  Paths are compared as
    written, not resolved: a document that is a symbolic link is described by
    the metadata.csv of the folder it is listed in.
    """
    values: dict[str, object] = {}
    sources: dict[str, str] = {}
    warnings: list[str] = []
    path = Path(os.path.abspath(path))
    for side in sidecar_paths(path):
        if side.is_file():
            text = None
            try:
                text = _read_text(side)
                data = _load_toml(text)
            except tomllib.TOMLDecodeError as e:
                raise ExtractionError(f"unreadable sidecar {side.name}: {e}{_toml_hint(text, e)}") from None
            except (OSError, ExtractionError) as e:
                raise ExtractionError(f"unreadable sidecar {side.name}: {e}") from None
            named: dict[str, str] = {}  # field -> the key that set it (年度 and fiscal_year both may)
            for k, v in data.items():
                field = _LABELS.get(k, k)
                if field in named and data[named[field]] != v:
                    warnings.append(f"sidecar {side.name}: {named[field]!r} and {k!r} both set {field}; "
                                    f"{named[field]!r} is used")
                named.setdefault(field, k)
            data = {field: data[k] for field, k in named.items()}
            for k, v in data.items():
                if k in MANUAL_KEYS and v not in ("", None, []):
                    values[k] = v
                    sources[k] = f"sidecar: {side.name}"
            warnings += _unknown_keys([k for k in data if k not in MANUAL_KEYS], f"sidecar {side.name}")
            break
    for csv_path, (rows, problems) in _csv_files(path, root):
        if file_problems:
            warnings += _file_warnings(csv_path, problems)
        rel = _nfc(path.relative_to(csv_path.parent).as_posix())
        for k, v in rows.get(rel, {}).items():
            k = _LABELS.get(k, k)
            if k not in MANUAL_KEYS:
                if _closest_key(k):
                    warnings.append(_unknown_key(k, f"{csv_path.name} in {csv_path.parent}"))
            elif k not in values:
                values[k] = v
                sources[k] = f"csv: {csv_path} ({rel})"
    if file_problems:
        warnings += _stray_sidecars(str(path.parent))
    return values, sources, warnings
