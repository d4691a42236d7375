"""`ictsearch`: the command line.  It parses options, calls `indexer` / `search`, and prints.

Exit status: 0 success (also when nothing matches), 1 some files could not be
indexed (the rest were), 2 usage, query or index errors, 130 interrupted,
143 stopped by SIGTERM (index, search and export).

Why one module of this length: the design puts the command line in one
``cli.py``; what makes it long is help text with examples and the printing of
results in four formats, none of which belongs in the library.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
import re
import shlex
import signal
import sys
import time
import unicodedata
from contextlib import contextmanager, suppress
from enum import IntEnum
from typing import NamedTuple


def _interrupted_while_starting(signum, frame) -> None:
    # Ctrl-C while the modules below load (the first half second of every command: the wrong
    # folder typed) printed a traceback of the import machinery instead of exit 130.
    os.write(2, b"\nInterrupted.\n")
    os._exit(130)


_SIGINT_BEFORE = None
with suppress(ValueError):  # imported outside the main thread: no handler can be set
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not a program's own
        _SIGINT_BEFORE = signal.signal(signal.SIGINT, _interrupted_while_starting)

import click

from ictsearch.search import lean_whoosh  # noqa: F401  (before anything imports Whoosh: see the module)
from ictsearch.indexer.errors import ECHOED_QUERY_CHARS, IctsearchError, PageNotFound, middle_cut, quoted
from ictsearch.indexer.fields import METADATA_FIELDS
from ictsearch.search.results import COLUMN_LABELS, HIT_COLUMNS as _HIT_COLUMNS, SIMILAR_PREFIX, hit_columns
from ictsearch.search.snippets import MAX_FRAGMENTS
from ictsearch.indexer.lazy import LazyPattern


class Exit(IntEnum):
    OK = 0
    SOME_FILES_FAILED = 1
    USAGE = 2
    INTERRUPTED = 130
    TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process SIGTERM ended


#: What a person can do about each library error: the library says what is wrong, the CLI how to fix it.
_ADVICE = {
    "IndexMissing": "Build one with `ictsearch index DIR`, or point --index / $ICTSEARCH_INDEX at an existing index.",
    "IncompatibleIndex": "Rebuild it with `ictsearch index --rebuild DIR`.",
    "CorruptIndex": "Rebuild it with `ictsearch index --rebuild DIR`.",
    "IndexLocked": "Try again when it has finished, or wait longer with --wait SECONDS.",
    # Without it the user watching a first run cannot tell how long "not yet" lasts.
    "IndexBeingBuilt": "Try again when it has: a first run commits its documents all at once, at its end.",
}


class CliError(click.ClickException):
    """A one-line error, exit 2; under --json also a JSON object on stderr."""

    exit_code = Exit.USAGE

    def __init__(self, message: str, kind: str = "UsageError"):
        super().__init__(message)
        self.kind = kind
        # Read while the command's context is current: it is gone by the time Click shows the error.
        ctx = click.get_current_context(silent=True)
        self.as_json = ctx is not None and _wants_json(ctx)

    def show(self, file=None) -> None:
        if self.as_json:
            click.echo(json.dumps({"error": self.message, "kind": self.kind}, ensure_ascii=False), err=True)
        else:
            super().show(file)


def _wants_json(ctx: click.Context) -> bool:
    params = ctx.params
    return bool(params.get("as_json")) or params.get("fmt") in ("json", "jsonl")


def _index_given(ctx: click.Context | None) -> str | None:
    """The index named by --index on the command line (not the default, nor $ICTSEARCH_INDEX)."""
    if ctx is None or not ctx.params.get("index_dir"):
        return None
    if ctx.get_parameter_source("index_dir") is not click.core.ParameterSource.COMMANDLINE:
        return None
    import shlex

    where = os.path.expanduser(ctx.params["index_dir"])
    with suppress(OSError):  # the current folder removed: as typed
        where = os.path.abspath(where)
    return shlex.quote(where)


#: Set when SIGTERM stopped the running command (_sigterm_as_interrupt): its interruption is said
#: as SIGTERM's, and the exit status is 143.
_TERMINATED = False


@contextmanager
def _sigterm_as_interrupt():
    """SIGTERM (`kill PID`, a service manager or a job scheduler stopping the run) as Ctrl-C is:
    the run stops where Ctrl-C would stop it, the library says what became of the index, the lock
    is let go.  Without it `ictsearch index` ended at once and printed nothing."""
    pid = os.getpid()

    def stop(signum, frame):
        global _TERMINATED
        if os.getpid() != pid:  # a forked worker inherited this handler: it ends as SIGTERM ends it
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        _TERMINATED = True
        raise KeyboardInterrupt

    before = None
    with suppress(ValueError):  # not the main thread (a test's runner): no handler can be set
        before = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        if before is not None:
            signal.signal(signal.SIGTERM, before)


@contextmanager
def _library_errors(interrupted: str = "Interrupted.", again: str | None = None):
    """Turn the library's errors into one-line CLI errors, and Ctrl-C into exit 130, in every command.

    Under _sigterm_as_interrupt, SIGTERM into exit 143, its message saying so; `again`, the command
    that finishes the work, is named after the message of a run stopped before its commit."""
    try:
        yield
    except IctsearchError as e:
        kind = type(e).__name__
        advice = _ADVICE.get(kind)
        if getattr(e, "newer", False):  # rebuilding it would replace what the newer version wrote
            advice = ("Upgrade ictsearch to use it; `ictsearch index --rebuild DIR` would replace it with an "
                      "index of this version, which the newer one must rebuild in turn.")
        if not getattr(e, "buildable", True):  # a file or a folder of other files: no index can go there
            advice = "Point --index / $ICTSEARCH_INDEX at an existing index, or at a new folder to build one."
        given = _index_given(click.get_current_context(silent=True))
        if advice and given:  # as typed, `ictsearch index DIR` would build the default index instead
            advice = advice.replace("DIR`", f"DIR --index {given}`")
        if advice and getattr(e, "folders", None):  # what the index holds: a rebuild naming fewer drops the rest
            import shlex

            advice = advice.replace("--rebuild DIR", "--rebuild " + " ".join(map(shlex.quote, e.folders)))
        raise CliError(f"{e} {advice}" if advice else str(e), kind=kind) from None
    except KeyboardInterrupt as e:
        # The library says when an interruption came too late to undo anything (after a commit).
        interrupted, kind, code = str(e) or interrupted, "Interrupted", Exit.INTERRUPTED
        if _TERMINATED:
            if again and not str(e):
                interrupted = f"{interrupted.rstrip('.')}; run `{again}` again to finish."
            interrupted = interrupted.replace("Interrupted", "Stopped (SIGTERM)", 1)
            kind, code = "Terminated", Exit.TERMINATED
        ctx = click.get_current_context(silent=True)
        if ctx is not None and _wants_json(ctx):
            click.echo(json.dumps({"error": interrupted, "kind": kind}, ensure_ascii=False), err=True)
        else:
            click.echo(f"\n{interrupted}", err=True)
        sys.exit(code)


# -- shared options (declared once, stacked on every command that takes them) --

index_option = click.option(
    "--index",
    "index_dir",
    metavar="DIR",
    envvar="ICTSEARCH_INDEX",
    type=click.Path(file_okay=False),
    help="Index directory. Default: $ICTSEARCH_INDEX, else $XDG_DATA_HOME/ictsearch/index "
    "(~/.local/share/ictsearch/index).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON object (UTF-8).")


class _Whole(click.IntRange):
    """A whole-number option: Click names IntRange "integer range", so `--limit x` and `--limit 1.5`
    said "'x' is not a valid integer range." of an option that takes one number."""

    name = "integer"


class _Number(click.FloatRange):
    """A number option: Click names FloatRange "float range" (`--wait abc`: "'abc' is not a valid
    float range.")."""

    name = "number"


def limit_option(default: int):
    # 0 is allowed: the count and facets without any hit.
    return click.option("--limit", "-n", type=_Whole(min=0), default=default, show_default=True,
                        help="Hits to show.")


#: A hit's address is cut to this in the text output (a session's query string runs on for lines);
#: --json, --fields url and `show` give it whole.
URL_CHARS = 100
#: Columns of text --fields and CSV output: a hit's rank and score, then every field of a hit.
HIT_COLUMNS = list(_HIT_COLUMNS)


def filter_options(command):
    """--region/--year/--theme/--path: search's filters, which facets takes too."""
    for option in reversed((
        click.option("--region", multiple=True, metavar="地域",
                     help="Block (東北, 関東…), prefecture (宮城県, 宮城), an area of several (北信越, 甲信越, 山陰…), 全国, "
                     "or none (no region derived); several as 九州・沖縄 or 九州沖縄. Repeatable (OR)."),
        click.option("--year", multiple=True, metavar="年度",
                     help="Fiscal year: 2021, 令和3, R3, R元, a range 2019..2023, 平成30..令和2, or none (no 年度 derived); "
                     "several as 令和4・5年度. Repeatable (OR)."),
        click.option("--theme", multiple=True, metavar="テーマ",
                     help="Theme name, alias (テレワーク, 防災, AI, DX…), unique prefix, or none; several as IoT,防災, "
                     "IoT、防災 or 'IoT 防災'. Repeatable (OR)."),
        click.option("--path", "path", multiple=True, metavar="NAME",
                     help="Only files whose name holds NAME (事業計画, R5_事業計画.pdf) or fits it as a pattern (*計画*.pdf); "
                     "with a / the whole path (2023/). Repeatable (OR)."),
    )):
        command = option(command)
    return command


def _filters(region, year, theme, path) -> dict:
    """The filter options as the Python API takes them.  Lists: the API reads a tuple of two years
    as a range (2019, 2022), and --year 2019 --year 2022 means either year, as --year none --year
    2022 means either."""
    return {"region": list(region) or None, "fiscal_year": list(year) or None, "theme": list(theme) or None,
            "path": list(path) or None}


def output_options(command):
    """--format/--json/--fields/--excel, for every command that prints hits."""
    for option in reversed((
        click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "csv"], case_sensitive=False), default=None,
                     help="Output format (default text; --json is short for --format json)."),
        json_option,
        click.option("--fields", metavar="F1,F2…", default=None,
                     help="Columns for text and csv output, by name or label: "
                          f"{', '.join(f'{c} ({COLUMN_LABELS[c]})' for c in HIT_COLUMNS)}."),
        click.option("--excel", is_flag=True,
                     help="With --format csv: start with a UTF-8 BOM so that Excel reads the Japanese, and put ' "
                          "before a cell Excel would take for a formula (=, +, -, @)."),
    )):
        command = option(command)
    return command


class Output(NamedTuple):
    fmt: str
    columns: list[str] | None
    excel: bool


def _output(fmt, as_json, fields, excel) -> Output:
    if as_json and fmt not in (None, "json"):
        raise CliError("use either --json or --format, not both")
    fmt = "json" if as_json else (fmt or "text")
    if excel and fmt != "csv":
        raise CliError("--excel only applies to --format csv")
    columns = _columns(fields) if fields is not None else None
    if columns == []:
        # `--fields ""` (a script's unset "$COLUMNS", `--fields ,`) printed every column without a word,
        # as if the option had not been given: said as an empty filter is.
        raise CliError("--fields is empty: name the columns to print, such as --fields タイトル,年度,地域; choose from "
                       + ", ".join(f"{c} ({COLUMN_LABELS[c]})" for c in HIT_COLUMNS))
    if columns and fmt in ("json", "jsonl"):
        raise CliError("--fields applies to text and csv output; JSON always carries every field")
    return Output(fmt, columns, excel)


def _print_result(result, out: Output) -> None:
    if out.fmt == "json":
        _dump(result.to_dict())
    elif out.fmt in ("jsonl", "csv"):
        if result.explain:
            # One record per line (or row) on stdout, so the explanation goes to stderr.
            _print_explain(result.explain, err=True)
        # And so do the notes and suggestions: an empty CSV said nothing of 「Did you mean: テレワーク?」.
        _print_notes(result.notes, err=True)
        if not result.total and result.suggestions:
            click.echo("Did you mean: " + ", ".join(result.suggestions) + "?", err=True)
        last = result.offset + len(result.hits)
        every = f"--offset 0 --limit {result.total}" if result.offset else f"--limit {result.total}"
        if result.hits and last < result.total:
            # A listing saved to a file (the documents without a 年度, to fix) held the first 10 silently.
            click.echo(f"{_count(result.total, 'document')}; these are {result.offset + 1}–{last} "
                       f"({every} lists them all).", err=True)
        elif result.total and not result.hits:
            # A page past the end, or a count (--limit 0): a header alone said nothing of the total.
            click.echo(f"{_count(result.total, 'document')}." if result.limit == 0 else
                       f"No more hits: {result.total} in all, offset {result.offset}.", err=True)
        if out.fmt == "csv":
            _print_csv(result, out.columns or HIT_COLUMNS, bom=out.excel)
        else:
            for hit in result.hits:
                _dump(hit.to_dict())
    else:
        _print_text(result, color=_colour(), columns=out.columns)


def _colour() -> bool:
    """Colour on a terminal, unless NO_COLOR is set (no-color.org) or the terminal is dumb; the
    matched words are then marked 【】 as in a file."""
    return (sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM", "") != "dumb")


def _dump(obj) -> None:
    _echo_utf8(json.dumps(obj, ensure_ascii=False, indent=None))


def _echo_utf8(text: str, nl: bool = True) -> None:
    """Machine output (JSON, CSV) as UTF-8 bytes whatever stdout's encoding (CP932 on Japanese
    Windows, PYTHONIOENCODING): JSON is UTF-8, and a character that encoding lacks must not end
    the output in a traceback.  Bytes also pass Click's stripping of what looks like an escape
    sequence when stdout is not a terminal: a value must come out as it is stored."""
    if getattr(sys.stdout, "buffer", None) is not None:
        click.echo(text.encode("utf-8"), nl=nl)
    else:  # a text-only stream (stdout redirected to a StringIO by an embedding program)
        click.echo(text, nl=nl, color=True)


#: C0 and C1 control characters and DEL, as Python writes them escaped (\n, \x1b).  A file
#: name may hold them; printed raw, a newline splits a one-line error in two and an escape
#: sequence drives the terminal (clears it, retitles it).
_CONTROL_ESCAPES = {c: repr(chr(c))[1:-1] for c in (*range(0x20), *range(0x7F, 0xA0))}


def _shown(text) -> str:
    """`text` as one terminal line: control characters escaped, the rest as it is."""
    return str(text).translate(_CONTROL_ESCAPES)


def _title_shown(title) -> str:
    """A title as one terminal line: a tab or line break in it (a sidecar's title = "防災\t報告", a
    PDF's /Title) is a space, as it reads, and other control characters are escaped (_shown).
    The hit list printed them raw: a tab jumped to the next stop, an escape drove the terminal."""
    return _shown(re.sub(r"[\t\n\r\v\f\x85\u2028\u2029]+", " ", str(title)))


def _source_shown(source) -> str:
    """Where a value came from, as `show` prints it under the value: one line, the text it quotes
    read as a title is (a line break a space).  A period keyed on the line above its dates
    (「申請期間」 over 「令和2年9月1日から令和3年3月15日」) was printed 「申請期間\\n\\n令和2年9月1日…」,
    the line breaks as code writes them; --json keeps them."""
    return _title_shown(source)


def _count(n: int, noun: str) -> str:
    """「1 document」, 「2 documents」."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _pages(n: int, paged: int, documents: int) -> str:
    """「 (12 pages)」 after a document count; nothing when no document has pages (text, HTML,
    Word), where "(0 pages)" read as if nothing had been indexed; 「 (112 pages in 20 of them)」
    when only some have: "634 documents (112 pages)" read as if the 634 held 112 pages."""
    if not n:
        return ""
    return f" ({_count(n, 'page')})" if paged >= documents else f" ({_count(n, 'page')} in {paged} of them)"


def _human_size(n: float) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def _reader_went_away() -> None:
    """Stop quietly, exit 0, when the reader of stdout went away (`ictsearch search … | head`).

    Click would exit 1, which this command line reserves for files that could
    not be indexed.  stdout is pointed at /dev/null so that the flush at exit
    does not fail again.
    """
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(Exit.OK)


def _writing_output(e: OSError) -> bool:
    """Whether `e` was raised writing the command's output (inside click.echo)."""
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_name == "echo" and code.co_filename.endswith(os.path.join("click", "utils.py")):
            return True
        tb = tb.tb_next
    return False


def _output_failed(e: OSError) -> None:
    """One line (a JSON object under --json) and exit 2 when the output cannot be written (`> file`
    on a full disk): not a traceback and exit 1, which means that files could not be indexed."""
    message = f"cannot write the output: {e.strerror or e}"
    if _argv_wants_json(sys.argv[1:]):
        click.echo(json.dumps({"error": message, "kind": "OutputError"}, ensure_ascii=False), err=True)
    else:
        click.echo(f"Error: {message}", err=True)
    with suppress(OSError):  # what is still buffered would fail again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(Exit.USAGE)


def _echoed(query: str) -> str:
    """A query as the no-hits line quotes it; a long one by its start and end (errors.echoed_query)."""
    if len(query) <= ECHOED_QUERY_CHARS:
        return quoted(query)
    return f"{quoted(middle_cut(query))} ({len(query):,} characters)"


#: An argument a shell takes as written (テレワーク, 資料/2023): only others are quoted when shown.
_SHELL_SAFE = LazyPattern(r"[^\s'\"$`\\|&;<>()*?\[\]#~!{}]+")


#: Words typed where a command goes that name one: other tools' commands (version, find, list …)
#: and the commands' names in Japanese.  Each is answered with the command, then the search.
_COMMAND_WORDS = {
    **dict.fromkeys(("version", "ver", "バージョン"), "--version"),
    **dict.fromkeys(("find", "query", "grep", "lookup", "検索", "さがす", "探す"), "search"),
    **dict.fromkeys(("update", "add", "build", "reindex", "rebuild", "scan", "crawl", "import", "索引", "登録",
                     "更新", "インデックス"), "index"),
    **dict.fromkeys(("info", "stats", "list", "ls", "状態", "状況"), "status"),
    **dict.fromkeys(("facet", "count", "counts", "集計"), "facets"),
    **dict.fromkeys(("get", "view", "open", "cat", "表示"), "show"),
    **dict.fromkeys(("dump", "出力", "エクスポート"), "export"),
    **dict.fromkeys(("like", "related", "類似"), "similar"),
    **dict.fromkeys(("usage", "ヘルプ", "使い方"), "--help"),
}


class _Commands(click.Group):
    def resolve_command(self, ctx, args):
        if args and args[0] == "help" and "help" not in self.commands:
            # `ictsearch help`, `ictsearch help search`, as git and pip take them: the help asked
            # for, not "to search for it, `ictsearch search help`".
            if len(args) > 1 and args[1] in self.commands:
                return super().resolve_command(ctx, [args[1], "--help"])
            click.echo(ctx.get_help())
            ctx.exit(0)
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError:
            # 「ictsearch テレワーク」, 「ictsearch ~/資料」: what a newcomer types first.  A near miss
            # of a command's name (serch) keeps Click's "Did you mean"; anything else is said what to type.
            meant = (_COMMAND_WORDS.get(unicodedata.normalize("NFKC", args[0]).casefold())
                     if args and not os.path.exists(args[0]) else None)  # a folder named update/ is indexed
            if not args or args[0].startswith("-") or (
                    meant is None and difflib.get_close_matches(args[0], self.commands)):
                raise  # (find is close to index for difflib: the table goes first)
            typed = " ".join(a if a and _SHELL_SAFE.fullmatch(a) else shlex.quote(a) for a in args)
            if meant is not None:
                # `ictsearch version`, `ictsearch find テレワーク`, `ictsearch 検索 テレワーク`: a command other
                # tools have, or the command's name in Japanese, was told "to search for it, `ictsearch search
                # version`".  The command meant comes first; the search stays offered, as the word may be one.
                rest = " ".join(a if a and _SHELL_SAFE.fullmatch(a) else shlex.quote(a) for a in args[1:])
                placeholder = {"index": "FOLDER", "search": "WORDS", "show": "DOC", "similar": "DOC"}
                # `ictsearch 検索 --json`: options alone are no words; the placeholder says where they go
                # (it was told `ictsearch search --json`, a search of nothing).
                words = rest if any(not a.startswith("-") for a in args[1:]) else f"{rest} {placeholder.get(meant, '')}".strip()
                command = meant if meant.startswith("--") or meant in ("status", "facets", "export") \
                    else f"{meant} {words}"
                what = {"--version": "for the version", "search": "to search", "index": "to build or update the index",
                        "status": "for the index's location, counts and failing files",
                        "facets": "for every region, year and theme with counts", "show": "to show a document",
                        "export": "to export every document", "similar": "for documents like one",
                        "--help": "for the commands"}[meant]
                raise click.UsageError(f"No such command {quoted(args[0])}: {what}, `ictsearch {command}`; to search "
                                       f"for the word{'s' if sum(not a.startswith('-') for a in args) > 1 else ''}, "
                                       f"`ictsearch search {typed}`", ctx) from None
            todo = "index it" if os.path.exists(args[0]) else "search for it"
            raise click.UsageError(f"No such command {quoted(args[0])}: to {todo}, "
                                   f"`ictsearch {'index' if todo == 'index it' else 'search'} {typed}`", ctx) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _reader_went_away()
        except OSError as e:
            if not _writing_output(e):
                raise
            _output_failed(e)


def _a_number(value: float, param) -> float:
    # FloatRange lets "nan" through (no comparison holds for it), and a NaN deadline is never reached.
    if value != value:
        raise click.BadParameter("not a number of seconds", param=param)
    return value


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="ictsearch")
def cli():
    """Search Japanese ICT policy documents (PDF, Word, Excel, PowerPoint, web pages, text) from the terminal.

    \b
      ictsearch index corpus/                 # build or update the index
      ictsearch search テレワーク
      ictsearch search "地域課題 解決" --limit 5
      ictsearch search 迷惑メール --json
      ictsearch search テレワーク --region 東北 --year 令和5
      ictsearch facets
    """


# -- index ------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@index_option
@click.option("--jobs", "-j", type=_Whole(min=1), default=None, metavar="N",
              help="Worker processes for extraction and analysis (default: number of cores).")
@click.option("--rebuild", is_flag=True, help="Start a new index from scratch of PATHS only (extracted text is reused from the cache). "
              "A path missing or empty (a share not mounted) rebuilds nothing and keeps the index.")
@click.option("--dry-run", is_flag=True, help="List what would be added, updated and removed; change nothing.")
@click.option("--clear-cache", is_flag=True, help="Empty the extracted-text cache first (forces PDF extraction again).")
@click.option("--wait", "lock_timeout", type=_Number(min=0), default=30.0, show_default=True,
              metavar="SECONDS", callback=lambda ctx, param, value: _a_number(value, param),
              help="How long to wait for another indexing run to finish (inf: as long as it takes).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary (errors are still printed).")
@click.option("--no-ocr", is_flag=True,
              help="Do not read PDF pages without a text layer (scans) with Tesseract OCR.")
@json_option
def index(paths, index_dir, jobs, rebuild, dry_run, clear_cache, lock_timeout, quiet, no_ocr, as_json):
    """Index the documents under PATHS (folders are searched recursively).

    Picks up *.pdf, *.docx, *.xlsx, *.pptx, *.html, *.htm, *.txt, *.md, *.csv
    (but metadata.csv) and *.tsv; hidden files and folders (.name) are skipped. Old .doc/.xls/.ppt and
    macro-enabled .docm/.xlsm/.pptm files are reported as not supported (save
    them as .docx/.xlsx/.pptx).
    Text files may be UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, CP932
    (Shift_JIS), EUC-JP or ISO-2022-JP; their form feeds (the page breaks
    pdftotext writes) divide them into pages, as a PDF's. Running it again updates the index: new files are
    added, changed ones re-indexed, files gone from PATHS removed, and unchanged
    files are not opened. A file that cannot be indexed is named on stderr with
    the reason, and the rest is indexed.

    Region, fiscal year and themes are derived from each document's text; to
    set or correct them, write a sidecar beside the file (report.pdf.meta.toml:
    fiscal_year = "令和5", region = ["東北"], themes = ["防災"]) or rows of a
    metadata.csv in its folder (path,fiscal_year,region,themes, several values
    by |), and index again: only the documents whose values changed are
    re-indexed. `ictsearch show FILE` says where each value came from.

    \b
    Examples:
      ictsearch index corpus/
      ictsearch index ~/資料/事業報告 ~/資料/予算資料 --jobs 2
      ictsearch index corpus/ --dry-run
      ictsearch index corpus/ --rebuild

    An existing folder without documents gives an empty index that every
    command accepts (a search finds nothing); a path that does not exist is an
    error and creates no index. A named folder that is missing or empty (a
    share not mounted) keeps its documents in the index, said in a note; a
    sub-folder inside one that is empty has its documents removed, as files
    moved out or deleted are, and a note names it.

    Exit status: 0 all files indexed, 1 some files or folders could not be
    indexed (the rest were), 2 usage error, no path that exists, or the index
    is locked, 130 interrupted (the previous index is unchanged, unless the
    interruption came after the commit, which the message then says), 143
    stopped by SIGTERM (the same, said as SIGTERM's).
    """
    from ictsearch.indexer import IndexStore, build_index

    if clear_cache and not dry_run:
        with _library_errors():
            removed = IndexStore(index_dir).clear_cache()
        if not quiet:
            click.echo(f"Cleared {removed} cached extractions.", err=True)

    show_bar = not quiet and not as_json and not dry_run and sys.stderr.isatty()
    bar = None
    # A warning of a collection's file (a misspelt metadata.csv column) came once per document
    # it describes: it is shown with the first, and the others are counted.
    shown_warnings: set[str] = set()
    repeated = 0
    # So with a failure for a file they share (an unreadable metadata.csv fails every document under
    # it): a reason naming another file is shown once; a reason of the file's own (empty file) never.
    shown_reasons: set[str] = set()
    failed_alike = 0

    def report(outcome):
        nonlocal repeated, failed_alike
        # Under --json each failure and warning is in the summary's outcomes instead.
        if outcome.status == "failed" and not as_json:
            shared = os.sep in (outcome.reason or "") and outcome.path not in outcome.reason
            if shared and outcome.reason in shown_reasons:
                failed_alike += 1
            else:
                shown_reasons.add(outcome.reason)
                _echo_outcome(outcome, bar)
        elif outcome.warnings and not as_json:
            # About a metadata.csv or a sidecar, not this document: said once, without its path.
            for w in outcome.collection_warnings:
                if w not in shown_warnings:
                    shown_warnings.add(w)
                    _echo_line(f"warning: {_shown(w)}", bar)
            own = [w for w in outcome.warnings if w not in outcome.collection_warnings]
            new = [w for w in own if w not in shown_warnings]
            shown_warnings.update(new)
            if new:
                _echo_outcome(outcome, bar, new)
            elif own:
                repeated += 1

    def progress(outcome, done, total):
        nonlocal bar
        report(outcome)
        if show_bar:
            if bar is None:
                bar = click.progressbar(length=total, label="Indexing", file=sys.stderr, show_pos=True)
                bar.__enter__()
            bar.update(1)

    again = shlex.join(["ictsearch", *sys.argv[1:]]) if sys.argv[1:2] == ["index"] else "ictsearch index"
    # Ctrl-C before the library's own handling (reading the folders of a first run) said "the previous
    # index is unchanged" of an index never built, where a later Ctrl-C says that none was created.
    try:
        existed = IndexStore(index_dir).exists()
    except Exception:  # a location that cannot be used: build_index says what is wrong with it
        existed = True
    from ictsearch.indexer.pipeline import INTERRUPTED_FIRST_RUN

    interrupted = "Interrupted: the previous index is unchanged." if existed else INTERRUPTED_FIRST_RUN
    try:
        with _library_errors(interrupted, again=again), _sigterm_as_interrupt():
            summary = build_index(paths, index_dir, jobs=jobs, rebuild=rebuild, dry_run=dry_run,
                                  lock_timeout=lock_timeout, progress=progress, ocr=not no_ocr)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)

    # A path named is at fault (missing, empty, unreadable), not only files inside the folders named:
    # a folder holding only broken links (their targets deleted) is an update, maybe of removals.
    def absolute(p):
        try:
            return os.path.abspath(os.path.expanduser(os.fsdecode(p))) if os.fsdecode(p) else None
        except OSError:  # a relative path, and the current folder was removed
            return None

    named = [absolute(p) for p in paths]
    at_fault = None in named or any(absolute(str(path)) in named for path, _ in summary.problems)
    nothing_usable = summary.problems and at_fault and not (
        summary.added or summary.updated or summary.unchanged or summary.removed)
    if as_json and nothing_usable:
        raise CliError("; ".join(f"{path}: {reason}" for path, reason in summary.problems), kind="NoSuchPath")
    if not as_json:
        # An unchanged document is not in the progress, but a metadata.csv above it may still list
        # a file that is not there (the row just added with a misspelt name).
        for outcome in summary.outcomes:
            if outcome.status == "unchanged" and outcome.warnings:
                report(outcome)
        if repeated:
            click.echo(f"warning: {_count(repeated, 'more document')} gave only warnings shown above "
                       "(--json lists each document's)", err=True)
        if failed_alike:
            click.echo(f"error: {_count(failed_alike, 'more document')} failed for a reason shown above "
                       "(--json lists each document's)", err=True)
        for path, reason in summary.problems:
            click.echo(f"error: {_shown(path)}: {_shown(reason)}", err=True)
        for path, fix in summary.misnamed_metadata:
            click.echo(f"warning: {_shown(path)}: {_shown(fix)}", err=True)
        if summary.kept_versions:
            n = len(summary.kept_versions)
            which = _shown(summary.kept_versions[0]) if n == 1 else f"{n} files that failed"
            click.echo(f"note: the index keeps the last indexed version of {which}: searches and `ictsearch show` "
                       f"find {'it' if n == 1 else 'them'} until {'the file is' if n == 1 else 'the files are'} "
                       "fixed or removed (`ictsearch index --rebuild` drops "
                       f"{'it' if n == 1 else 'them'})", err=True)
        renamed = {old: (new, n) for old, new, n in summary.absent_renamed}
        for folder, count in summary.absent_folders:
            # A folder named now holding its files: a rename said as one, not left to a guess among three.
            why = (f"renamed {_shown(renamed[folder][0])}? it holds {_count(renamed[folder][1], 'file')} of the same "
                   "name and size" if folder in renamed else "moved, renamed, or a share that is not mounted?")
            click.echo(f"note: {_shown(folder)} is not there or empty ({why}): the index keeps the "
                       f"{_count(count, 'document')} indexed from it, and searches "
                       f"find {'it' if count == 1 else 'them'}; `ictsearch index --rebuild` naming the folders to keep "
                       f"drops {'it' if count == 1 else 'them'}", err=True)
        if not quiet:
            _echo_folder_changes(summary)
        for folder, count in summary.renumbered:
            click.echo(f"note: the inode numbers of {_count(count, 'file')} under {_shown(folder)} changed since the last "
                       "run, their sizes and times did not (a network share or a disk mounted again?): "
                       + ("a run notes it and compares its files by size and times from then on" if summary.dry_run else
                          "its files are compared by size and times from now on, not read again each run"), err=True)
    # Paths named or found that were never tried (no such path, a broken link, a pipe, a name
    # that is not UTF-8): not among the failed files, but the summary must not read as if all went well.
    skipped = f", {len(summary.problems)} skipped (named above)" if summary.problems else ""
    if summary.manifest_rebuilt and not as_json:
        # Said once, before the counts it explains: every document checked again, counted as updated.
        done = ("a run rebuilds the record from the index, checking each file by its content and deriving"
                if dry_run else "the record was rebuilt from the index, each file checked by its content and")
        click.echo(f"note: {summary.manifest_rebuilt}: {done} every document {'' if dry_run else 'derived '}again "
                   "(counted as updated)", err=True)
    if as_json:
        _dump(summary.to_dict())
    elif dry_run:
        for o in summary.outcomes:
            if o.status in ("added", "updated", "removed"):
                click.echo(f"{o.status:8} {_shown(o.path)}")
            elif o.status == "failed":
                click.echo(f"retry    {_shown(o.path)}")
        retry = f", retry {summary.failed} that failed last time" if summary.failed else ""
        # --quiet: no summary (it was printed anyway); the list on stdout is what a dry run is asked for.
        if not quiet:
            click.echo(f"Would add {summary.added}, update {summary.updated}, remove {summary.removed}{retry}; "
                       f"{summary.unchanged} unchanged{skipped}.", err=True)
        if summary.rederived and not quiet:
            click.echo(f"({summary.rederived} of the updates only derive metadata again: an earlier version's rules "
                       f"derived them)", err=True)
    elif not quiet and not IndexStore(index_dir).exists():
        click.echo(f"Nothing indexed; no index was created at {summary.index_dir}.", err=True)
    elif not quiet:
        click.echo(
            f"Indexed {_count(summary.added + summary.updated, 'document')}{_pages(summary.pages, summary.paged_documents, summary.added + summary.updated)} in {summary.seconds:.1f} s: "
            f"{summary.added} added, {summary.updated} updated, {summary.removed} removed, "
            f"{summary.unchanged} unchanged, {summary.failed} failed{skipped}. "
            f"The index holds {_count(summary.documents, 'document')}: {summary.index_dir}",
            err=True,
        )
        if summary.rederived:
            click.echo(f"({summary.rederived} of the updated were derived again: their metadata came from an "
                       f"earlier version's rules)", err=True)
    if summary.linked_folders and not quiet and not as_json:
        # Once a run, as passed_over: a share linked into the collection indexed nothing, and said nothing.
        links = ", ".join(f"{_shown(link)} → {_shown(target)}" for link, target in summary.linked_folders[:3])
        more = len(summary.linked_folders) - 3
        n = len(summary.linked_folders)
        click.echo(f"note: {_count(n, 'link')} to {'a folder' if n == 1 else 'folders'} not followed (a link may lead back into the collection): "
                   f"{links}{f', and {more} more' if more > 0 else ''}; name {'its' if n == 1 else 'their'} "
                   f"folder{'' if n == 1 else 's'} to index {'it' if n == 1 else 'them'}", err=True)
    if summary.passed_over and not quiet and not as_json:
        # Said once a run, not a line a file: a share holds hundreds of images beside its documents.
        click.echo(f"note: {_count(sum(n for _, n in summary.passed_over), 'file')} not indexed, not a format "
                   "ictsearch reads: " + ", ".join(f"{n} {'with no extension' if k == 'no extension' else k}"
                                                   for k, n in summary.passed_over), err=True)
    if nothing_usable:
        sys.exit(Exit.USAGE)
    # A dry run indexes nothing, so its files that failed last time are not failures of this run.
    failed = summary.failed and not dry_run
    sys.exit(Exit.SOME_FILES_FAILED if failed or summary.problems else Exit.OK)


def _echo_folder_changes(summary) -> None:
    """One line a folder gone, new or renamed inside a collection (the counts say only files)."""
    def were(n):
        return "would be" if summary.dry_run else "was" if n == 1 else "were"

    for old, new, n in summary.moved_folders:
        click.echo(f"note: folder {_shown(old)} is now {_shown(new)} (renamed or moved?): {_count(n, 'document')} "
                   f"of the same name and size {were(n)} removed under the old path and added under the new", err=True)
    for folder, n in summary.gone_folders:
        click.echo(f"note: folder {_shown(folder)} is gone: the {_count(n, 'document')} indexed from it {were(n)} "
                   "removed", err=True)
    for folder, n in summary.emptied_folders:
        # A nested share not mounted left "3 removed" and no word of which folder.
        click.echo(f"note: folder {_shown(folder)} is there but empty: the {_count(n, 'document')} indexed from it "
                   f"{were(n)} removed (a share that is not mounted? mount it and index again)", err=True)
    for folder, n in summary.new_folders:
        click.echo(f"note: new folder {_shown(folder)}: {_count(n, 'document')} {were(n)} added", err=True)


def _echo_outcome(outcome, bar, warnings=None) -> None:
    if outcome.status == "failed":
        line = f"error: {_shown(outcome.path)}: {_shown(outcome.reason)}"
    else:
        line = f"warning: {_shown(outcome.path)}: {_shown('; '.join(warnings or outcome.warnings))} (indexed)"
    _echo_line(line, bar)


def _echo_line(line: str, bar) -> None:
    if bar is not None:
        sys.stderr.write("\r\x1b[K")
    click.echo(line, err=True)


# -- search -----------------------------------------------------------------

SEARCH_HELP = """Search the index. Words separated by spaces must all occur.

\b
Query language:
  テレワーク 導入            both words (AND; a full-width space works too)
  テレワーク OR リモートワーク  either word (also |)
  テレワーク OR 在宅勤務 -東京  OR joins first: either word, without 東京
  テレワーク -東京           without 東京 (also NOT 東京)
  "地域課題 解決"            a phrase: the words side by side (「…」 and “…” work too)
  (5G OR ローカル5G) 地域     grouping with parentheses
  title:予算                 only in titles (also タイトル:予算)
  region:東北  theme:防災  year:2019..2023  year:令和3   filters, as the options below
  地域:東北  テーマ:防災  年度:令和3  都道府県:宮城県        the same, by the facet counts' names
\b
A word typed without spaces is analyzed like the documents: 地域課題解決 finds
documents writing 地域課題解決 first, then those with its parts side by side
(地域課題の解決), then those with them apart (地域 … 課題解決); 京都
does not match 東京都; ＤＸ/DX and ｻｰﾊﾞ/サーバー are the same word.

\b
Examples:
  ictsearch search テレワーク
  ictsearch search "地域課題 解決" --limit 5
  ictsearch search 迷惑メール --json
  ictsearch search テレワーク --region 東北 --year 令和5 --theme テレワーク
  ictsearch search 東北のテレワーク施策で令和4年度のもの   (typed as said: 東北 and 令和4年度
                                                  match the region and 年度 or the text)
  ictsearch search --region 東北 --year 2023          (every document of a filter)
  ictsearch search --path R5_事業計画                 (files by name: also *計画*.pdf, 2023/)
  ictsearch search テレワーク --region 関東・東北 --fields タイトル,年度,地域
  ictsearch search テレワーク --sort date --format csv --excel > テレワーク.csv   (for Excel)
  ictsearch search テレワーク --explain                (how the query was read)

Facet counts end the text output; 不明 counts documents with no value (list
them with --year none, --region none, --theme none or the query word 都道府県:none).

Exit status: 0 (also when nothing matches), 2 malformed query, unknown filter
value or no index, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM. With --json (or --format json/jsonl) an
error is one JSON object on stderr: {"error": "…", "kind": "BadQuery"}.
"""


class _SearchCommand(click.Command):
    """Remembers how many words came after `--`: those are query text even when they start with --.

    And keeps an excluded word (`-internet`, `-region:東北`) from Click: Click reads a
    word after one dash as short options, so -internet became -n "ternet" (a bad
    --limit) and -smartphone printed the help (-h).  Such a word is handed to Click
    as a stand-in that cannot start an option, and `search` puts the word back.
    """

    def parse_args(self, ctx, args):
        ctx.meta["ictsearch.words_after_dashes"] = len(args) - args.index("--") - 1 if "--" in args else 0
        takes_value = {o for p in self.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts}
        excluded: dict[str, str] = {}
        shielded = []
        for i, arg in enumerate(args):
            if arg == "--":
                shielded += args[i:]
                break
            option_value = i > 0 and args[i - 1] in takes_value
            if (arg.startswith("-") and not arg.startswith("--") and len(arg) > 1 and not option_value
                    and not _short_option(arg)):
                # NUL never occurs in a command-line argument, so the stand-in is unambiguous.
                stand_in = f"\0{len(excluded)}"
                excluded[stand_in] = arg
                arg = stand_in
            shielded.append(arg)
        ctx.meta["ictsearch.excluded_words"] = excluded
        return super().parse_args(ctx, shielded)


def _short_option(arg: str) -> bool:
    """-h, -n, -n5: the search command's short options as typed; any other -word is query text."""
    return arg in ("-h", "-n") or (arg.startswith("-n") and arg[2:].isdigit())


@cli.command(cls=_SearchCommand, help=SEARCH_HELP, context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1)
@index_option
@limit_option(10)
@click.option("--offset", type=_Whole(min=0), default=0, show_default=True, help="Hits to skip (paging).")
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "date"], case_sensitive=False), default="relevance", show_default=True,
              help="date: newest 年度 first, then by the document's own date, then by relevance; "
              "documents with no 年度 last.")
@click.option("--fragments", type=_Whole(min=1, max=MAX_FRAGMENTS), default=2, show_default=True,
              help="Most sentence fragments per snippet (a further one only when it holds a query word the first lacks).")
@click.option("--no-synonyms", is_flag=True, help="Match only the words typed, not their synonyms.")
@click.option("--explain", is_flag=True, help="Show how the query was understood (tokens, synonyms, region/year words, Whoosh query).")
@output_options
def search(query, index_dir, limit, offset, region, year, theme, path, sort, fragments, no_synonyms, explain, fmt,
           as_json, fields, excel):
    from ictsearch.search import open_index

    out = _output(fmt, as_json, fields, excel)
    # -東京 reaches us as a query word (unknown options are let through), but a
    # mistyped --option must not silently become search text.
    meta = click.get_current_context().meta
    query = tuple(meta.get("ictsearch.excluded_words", {}).get(word, word) for word in query)
    literal = meta.get("ictsearch.words_after_dashes", 0)
    for word in query[:len(query) - literal]:
        if mistyped := _mistyped_option(word, _long_options()):
            raise CliError(mistyped)
        if word == "--version":  # was "did you mean --region?"
            raise CliError(_VERSION_GOES_FIRST)
        if word.startswith("--"):
            raise CliError(f"no such option: {word}{_did_you_mean(word)} (query words that start with -- go after a --)")
        if _option_with_one_dash(word):
            # -region 東北, -json: an option's name with one dash, not a word to leave out.
            name = word.split("=", 1)[0][1:]
            raise CliError(f"no such option: {word}{_did_you_mean('-' + word)} (to leave out the word "
                           f"{name!r}, write NOT {name} or put it after a --)")
    text = " ".join(query)
    with _library_errors(), _sigterm_as_interrupt():  # exit 143, said as SIGTERM's, as `index` does
        with open_index(index_dir) as idx:
            result = idx.search(text, **_filters(region, year, theme, path), limit=limit, offset=offset, sort=sort, fragments=fragments,
                                synonyms=not no_synonyms, explain=explain)
        # Printing too (a long list into a pipe that waits on `less`): SIGTERM there ended the
        # process by the signal, silent, where Ctrl-C says "Interrupted." (exit 130).
        _print_result(result, out)
    global _NOTHING_LEFT_TO_DO
    _NOTHING_LEFT_TO_DO = True


#: Options named as the Python API or the query language names them (prefecture=, prefecture:).
_OPTION_ALIASES = {"--prefecture": "--region", "--fiscal-year": "--year", "--fiscal_year": "--year"}


def _long_options() -> list[str]:
    """The running command's long option names (--region, --json, --help …)."""
    ctx = click.get_current_context()
    return [o for p in ctx.command.get_params(ctx) for o in p.opts if o.startswith("--")]


#: `ictsearch search --version`: the version is the program's option, not a command's.
_VERSION_GOES_FIRST = "--version goes before the command: `ictsearch --version`"


def _did_you_mean(word: str) -> str:
    """Click's own hint for a mistyped option, which search loses by letting -words through as query text."""
    import difflib

    word = word.split("=", 1)[0]  # --prefecture=香川県 names the option before its value
    close = [_OPTION_ALIASES[word]] if word in _OPTION_ALIASES else difflib.get_close_matches(word, _long_options(), n=1)
    return f"; did you mean {close[0]}?" if close else ""


#: What a Japanese input method types for the hyphens of --region when left in full-width mode:
#: －(U+FF0D), ー/ｰ (the long-vowel mark, on the same key), and the dashes a word processor's
#: autocorrect makes of -- (— – ― ‐ −).
_TYPED_DASHES = "－ーｰ—–―‐−"
#: What a full-width input method types for =, and the two spaces that can part an option from its
#: value inside one argument: ASCII (the two quoted together) and full-width.
_WIDE_EQUALS = "＝"
_SPACES = " 　"


def _mistyped_option(word: str, long_options: list[str]) -> str | None:
    """What is wrong with an argument that is one of the command's options typed wrongly, or None.

    --region＝東北 (the ＝ of a Japanese input method), '--region 信越' (option and value quoted as
    one argument), －－region=東北 / ーーregion=東北 (full-width dashes): each was "no such option;
    did you mean --region?", which named the option the user had typed without saying what was
    wrong with it, or (the full-width dashes) was searched as query text, NOT リージョン 東北."""
    dashes = word[:len(word) - len(word.lstrip("-" + _TYPED_DASHES))]
    rest = word[len(dashes):]
    cut = next((i for i, c in enumerate(rest) if c in "=" + _WIDE_EQUALS + _SPACES), len(rest))
    name, separator, value = "--" + rest[:cut], rest[cut:cut + 1], rest[cut + 1:].strip(_SPACES)
    name = _OPTION_ALIASES.get(name, name)
    if len(dashes) != 2 or name not in long_options:
        return None
    wrong = []
    if dashes != "--":
        wrong.append(f"{dashes} is not -- (two ASCII hyphens)")
    if separator == _WIDE_EQUALS:
        wrong.append(f"the {_WIDE_EQUALS} is full-width")
    if separator == _SPACES[1]:  # unquoted: the shell splits at an ASCII space only
        wrong.append("the space after it is full-width")
    if separator == _SPACES[0]:
        wrong.append("it is one argument (quoted together)")
        if not wrong[:-1]:  # the only fault: what to type is the same words, unquoted
            return f"{shlex.quote(word)} is one argument (quoted together): type {name} {value} without the quotes"
    if not wrong:
        return None
    typed = f"{name}={value} or {name} {value}" if value else name
    return f"{word}: {'; '.join(wrong)}; type {typed}"


def _option_with_one_dash(word: str) -> bool:
    """-region, -json, -year=令和4: a long option of the command (or an alias) typed with one dash."""
    if not word.startswith("-") or word.startswith("--"):
        return False
    long_name = "-" + word.split("=", 1)[0]
    return long_name in _long_options() or long_name in _OPTION_ALIASES


def _columns(spec: str) -> list[str]:
    try:
        return hit_columns(spec)
    except ValueError as e:
        raise CliError(str(e)) from None


def _rows(result):
    for rank, hit in enumerate(result.hits, start=result.offset + 1):
        yield {"rank": rank, **hit.to_dict()}


def _cell(value) -> str:
    if isinstance(value, list):
        return "|".join(map(str, value))
    return "" if value is None else str(value)


#: What makes Excel take a cell for a formula (OWASP, "CSV injection"): 「=== 議事録 ===」,
#: 「+81-3-…」 and 「@お知らせ」 are titles of real notes.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _for_excel(cell: str) -> str:
    """A cell Excel would read as a formula starts with ', which Excel takes as 'this is text'."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _print_csv(result, columns: list[str], bom: bool = False) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for row in _rows(result):
        cells = [_cell(row[c]) for c in columns]
        w.writerow([_for_excel(c) for c in cells] if bom else cells)
    _echo_utf8(("\ufeff" if bom else "") + buf.getvalue(), nl=False)  # a CP932 stdout cannot encode the BOM


def _highlighted(hit, color: bool, escape: bool = False) -> str:
    from ictsearch.search.snippets import mark

    before, after = (click.style("", fg="yellow", bold=True, reset=False), click.style("")) if color else ("【", "】")
    if not escape:
        return mark(hit.snippet, hit.highlights, before, after)
    # A cell of a --fields line: control characters escaped as in the other cells, not the colour codes.
    out, pos = [], 0
    for start, end in hit.highlights:
        out += [_shown(hit.snippet[pos:start]), before, _shown(hit.snippet[start:end]), after]
        pos = end
    return "".join(out) + _shown(hit.snippet[pos:])


def _print_text(result, color: bool, columns: list[str] | None = None) -> None:
    if result.explain:
        _print_explain(result.explain)
    if not result.hits:
        # The notes under every heading: a count (--limit 0) or a page past the end is the same
        # search, and 「秩父市 is filtered as 埼玉県」 was lost there.
        if result.total and result.limit == 0:
            click.echo(f"{_count(result.total, 'document')}.")
            _print_notes(result.notes)
            click.echo()
            _print_facets(result.facets, result.missing, result.more_values)
        elif result.total:
            click.echo(f"No more hits: {result.total} in all, offset {result.offset}.")
            _print_notes(result.notes)
        else:
            if result.query.startswith(SIMILAR_PREFIX):  # not "No documents match 'similar:資料.txt'"
                click.echo(f"No other document is like {quoted(result.query.removeprefix(SIMILAR_PREFIX))}.")
            else:
                click.echo(f"No documents match {_echoed(result.query)}." if result.query else "No documents match the filters.")
            _print_notes(result.notes)
            if result.suggestions:
                click.echo("Did you mean: " + ", ".join(result.suggestions) + "?")
        return
    last = result.offset + len(result.hits)
    click.echo(f"{_count(result.total, 'document')}; showing {result.offset + 1}–{last}.")
    _print_notes(result.notes)
    click.echo()
    if columns:
        for hit, row in zip(result.hits, _rows(result)):
            # The snippet marked as in the default output (the README: text output marks matched words).
            click.echo("\t".join(_highlighted(hit, color, escape=True) if c == "snippet" else _shown(_cell(row[c]))
                                 for c in columns))
        return
    for rank, hit in enumerate(result.hits, start=result.offset + 1):
        title = click.style(_title_shown(hit.title), bold=True) if color else _title_shown(hit.title)
        click.echo(f"{rank}. {title}  (score {hit.score:.2f})")
        # A workbook's sheet by its name beside its number (p.3「工程表」): the user knows the sheets by their
        # tabs; the number is still what `show --page` takes.
        where = _shown(hit.path) + (f"  p.{hit.page}" if hit.page else "") + (
            f"「{_title_shown(hit.page_name)}」" if hit.page and hit.page_name else "")
        where += "  (file gone)" if hit.gone else "  (file changed)" if hit.changed else ""
        # Themes by 、: their names hold ・ (地域ビジネス・地域活性化), so ・ between them ran them together.
        meta = [str(hit.fiscal_year) + "年度" if hit.fiscal_year else "", "・".join(hit.region), "、".join(hit.themes[:3])]
        meta_s = "  ".join(m for m in meta if m)
        click.echo(f"   {where}" + (f"   [{meta_s}]" if meta_s else ""))
        if hit.url:
            # The original's address, to open it: on a line of its own, cut as a terminal line is.
            url = hit.url if len(hit.url) <= URL_CHARS else hit.url[:URL_CHARS - 1] + "…"
            click.echo(f"   {_shown(url)}")
        if hit.snippet:
            click.echo(f"   {_highlighted(hit, color)}")
        click.echo()
    _print_facets(result.facets, result.missing, result.more_values)


def _print_notes(notes, err: bool = False) -> None:
    for note in notes:
        click.echo(f"Note: {note}.", err=err)


def _print_facets(facets, missing=None, more_values=None) -> None:
    from ictsearch.search.facets import FACETS_BY_NAME, NONE_LABEL

    lines = []
    for name, counts in facets.items():
        values = [f"{v} ({n})" for v, n in counts.items()]
        if (more_values or {}).get(name):
            values.append(f"… +{more_values[name]} more")
        if (missing or {}).get(name):
            values.append(f"{NONE_LABEL} ({missing[name]})")
        if values:
            lines.append(f"{FACETS_BY_NAME[name].label}: " + "  ".join(values))
    if lines:
        click.echo("\n".join(lines))


def _print_explain(ex: dict, err: bool = False) -> None:
    click.echo(f"normalized: {ex['normalized']}", err=err)
    for w in ex["words"]:
        line = f"  {w['word']} → {' | '.join(w.get('terms', [])) or '(nothing to search)'}"
        if w.get("field"):
            line += f"   in {w['field']}"
        if w.get("dropped"):
            line += f"   dropped: {', '.join(w['dropped'])}"
        if w.get("optional"):
            # Request furniture (関係, の資料) or a part of a 年度 (上期): searched, not required.
            line += f"   not required: {', '.join(w['optional'])}"
        if w.get("relative"):
            # 今年度: its text is not searched (a page's own 今年度 is its year), the year it names is.
            line += f"   read as {w['relative']} and {w['read_as']}"
        elif w.get("read_as"):
            line += f"   also read as {w['read_as']}"
        if w.get("written"):
            line += f"   also written {', '.join(w['written'])}"
        if w.get("synonyms"):
            line += f"   synonyms: {', '.join(w['synonyms'])}"
        click.echo(line, err=err)
    for k, v in ex["filters"].items():
        click.echo(f"  filter {k}: {', '.join(map(str, v))}", err=err)
    if ex.get("feedback"):
        click.echo(f"  feedback (words of the best hits, weighted below the typed ones): {ex['feedback']}", err=err)
    click.echo(f"whoosh: {ex['whoosh']}" + (f"   filter: {ex['filter']}" if ex.get("filter") else ""), err=err)
    if ex.get("fewer_words"):
        # What was searched once no document held every word (the note names the words left out).
        click.echo(f"asked with words left out: {ex['fewer_words']}", err=err)
    click.echo(err=err)


# -- facets, show, similar, status -----------------------------------------


@cli.command()
@index_option
@filter_options
@json_option
def facets(index_dir, region, year, theme, path, as_json):
    """List every region, prefecture, fiscal year and theme in the index with its document count.

    With --region, --year, --theme or --path (as search takes them), the
    counts are of the documents those filters keep.  Documents with no value
    for a facet are counted as 不明; list them with
    `ictsearch search --year none` (also --region none, --theme none, and the
    query word 都道府県:none) and fix them with a sidecar or metadata.csv.

    \b
    Examples:
      ictsearch facets
      ictsearch facets --region 九州 --year 令和5
      ictsearch facets --json | jq '.fiscal_year'
      ictsearch facets --index ~/資料/index
    """
    from ictsearch.search import filter_notes, open_index
    from ictsearch.search.facets import FACETS_BY_NAME, NONE_LABEL

    filters = _filters(region, year, theme, path)
    with _library_errors():
        with open_index(index_dir) as idx:
            counts = idx.facets(**filters)
            missing = idx.missing(**filters)
            total = idx.doc_count(**filters)
            empty = idx.empty_index_note() if idx.doc_count() == 0 else None
    # --region 長野市 counts 長野県's documents: say so, as search does.
    notes = filter_notes(filters)
    if as_json:
        _dump({**counts, "missing": missing, "total": total, "notes": notes})
        return
    _print_notes(notes)
    if any(filters.values()):
        given = "; ".join(f"{name} {', '.join(values)}" for name, values in
                          (("region", region), ("year", year), ("theme", theme), ("path", path)) if values)
        if not total:
            # Not four empty headings: say that nothing was counted, and why.
            from ictsearch.search.facets import NONE_VALUES

            # One filter of none alone (`--year none`, the README's way to list what to fix): every document
            # has a value.  (Two such filters together say only that none lacks both.)
            given_alone = [values for values in (region, year, theme, path) if values]
            nothing_to_fix = (len(given_alone) == 1 and given_alone[0] is not path
                              and all(v.strip().casefold() in NONE_VALUES for v in given_alone[0]))
            click.echo(f"No documents of {given}" + ("." if empty else
                                                     ": every document has a value for it (none is 不明)." if nothing_to_fix
                                                     else " (search with fewer filters)."))
            return
        click.echo(f"{total} document{'' if total == 1 else 's'} of {given}:")
    elif total:
        # The whole index: its count, which the 年度 lines add up to with 不明, and why the others add up to
        # more (a document of two prefectures is counted under each).  The text said no count at all.
        click.echo(f"{_count(total, 'document')} (one with several regions, prefectures or themes is counted under each):")
    for name, values in counts.items():
        click.echo(f"{FACETS_BY_NAME[name].label} ({name}):")
        for value, n in values.items():
            click.echo(f"  {value}\t{n}")
        if missing.get(name):
            click.echo(f"  {NONE_LABEL}\t{missing[name]}")
    if empty:
        click.echo(f"Note: {empty}.")


#: What `show` says of a facet a document has no value for (counted as 不明 by `facets`).
_NOT_FOUND = {
    "region": "no place or issuing body found",
    "prefecture": "no prefecture found",
    "fiscal_year": "no 年度 or date of its own found",
    "themes": "no theme's words found often enough",
}


class PageParam(click.ParamType):
    """show --page: a page's number (1 or more), or a name (a workbook's sheet: 工程表), resolved
    against the document once it is found (_page_number)."""

    name = "page"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        import unicodedata

        typed = unicodedata.normalize("NFKC", str(value)).strip()
        if re.fullmatch(r"[+-]?\d+", typed):
            if int(typed) < 1:
                self.fail(f"{value} is not a page: pages are numbered from 1", param, ctx)
            return int(typed)
        if not typed:
            self.fail("give a page's number or a sheet's name", param, ctx)
        return str(value)


#: p.3, p3, P.3 and p.2「工程表」: a hit's page in search's text output.
_PAGE_AS_PRINTED = LazyPattern(r"[pP]\.?\s*(\d+)\s*(?:「[^」]*」)?")


def _page_number(d, page: int | str | None) -> int | None:
    """--page as a number: a sheet's name looked up among the document's (PageNotFound if none has it);
    a number past the last page that is a sheet's name (a sheet named 2024) is that sheet."""
    if isinstance(page, str):
        try:
            return d.page_named(page)
        except PageNotFound:
            # A page as search's text output prints it beside a hit (p.3, a sheet's p.2「工程表」), pasted:
            # "pages have no names" of `show 報告.pdf --page p.3`.  A sheet so named is found above.
            printed = _PAGE_AS_PRINTED.fullmatch(unicodedata.normalize("NFKC", page).strip())
            if printed is None or int(printed[1]) < 1:
                raise
            return int(printed[1])
    if page and d.page_starts and page > len(d.page_starts) and d.page_names:
        try:
            return d.page_named(str(page))
        except ValueError:
            pass  # page_text says the page is out of range
    return page


@cli.command()
@click.argument("doc")
@index_option
@click.option("--page", type=PageParam(), default=None, metavar="N|SHEET",
              help="Print only this page's text: its number (3, or p.3 as search prints it), or a workbook's sheet by "
              "its name (--page 工程表).")
@click.option("--chars", type=_Whole(min=0), default=None,
              help="How much of the text to print; 0 for the metadata alone.  [default: 600; with --page, the whole page]")
@json_option
def show(doc, index_dir, page, chars, as_json):
    """Show a document's metadata, where each value came from, and the start of its text.

    DOC is the path of an indexed file (as search results print it), a doc id
    (`search --json` and `search --fields doc_id` print them; its first 4
    characters or more will do when no other document's id starts with them),
    or the url a document has (as search results print it under its path).

    \b
    Examples:
      ictsearch show corpus/tohoku-bureau-fy2023-ict-policy-slides.txt
      ictsearch show 3f2a9c1d0b7e4a55 --page 2
      ictsearch show 3f2a9c --page 2
      ictsearch show 3f2a9c --page 工程表
      ictsearch show https://www.soumu.go.jp/soutsu/tohoku/…
    """
    from ictsearch.search import open_index

    with _library_errors():
        with open_index(index_dir) as idx:
            d = idx.get(doc)
        page = _page_number(d, page)
        page_text = d.page_text(page) if page else None  # PageNotFound, named as the library names it
    from ictsearch.search.export import kept_failures

    with _library_errors():
        failing = kept_failures(index_dir)
    if as_json:
        data = d.to_dict()
        if page:
            data["page"] = page
            data["page_text"] = page_text
            names = d.page_names
            data["page_name"] = names[page - 1] if names else None  # added: a workbook's sheet
        if d.path in failing:
            # The text's `failing` row: the file broke after it was indexed and this is its last good
            # version (only then, as `page` only with --page; the export's record says it too).
            data["failing"] = failing[d.path]
        _dump(data)
        return
    from ictsearch.indexer.metadata.regions import NATIONAL
    from ictsearch.search.facets import NONE_LABEL

    rows = [("doc_id", d.doc_id), ("path", d.path), ("title", d.title and _title_shown(d.title)), ("pages", d.pages)]
    for f in METADATA_FIELDS:
        value = getattr(d, f.name)
        if f.name == "themes":
            rows.append((f.name, ", ".join(f"{t.name} ({t.score:.2f})" for t in value)))
        else:
            rows.append((f.name, "・".join(value) if f.kind == "list" else value))
    rows.append(("encoding", d.encoding))
    stale = "  (file gone)" if d.gone else "  (file changed)" if d.changed else ""
    for key, value in rows:
        if value not in (None, ""):
            source = d.sources.get(key)
            click.echo(f"{key:13}{_shown(value)}" + (stale if key == "path" else "")
                       + (f"\n{'':13}← {_source_shown(source)}" if source else ""))
        elif d.sources.get(key):
            # Cleared by a sidecar or metadata.csv (year = "none" too, which is no facet).
            click.echo(f"{key:13}{NONE_LABEL}\n{'':13}← {_source_shown(d.sources[key])}")
        elif key in _NOT_FOUND and not (key == "prefecture" and d.region == (NATIONAL,)):
            # A facet's 不明, said where `--year none` led (a national document has no prefecture).
            click.echo(f"{key:13}{NONE_LABEL}\n{'':13}← {_NOT_FOUND[key]}; a sidecar or metadata.csv can set it")
    if d.ocr_pages:
        click.echo(f"{'ocr_pages':13}{', '.join(map(str, d.ocr_pages))} (text read by OCR from a scanned image)")
    for w in d.warnings:
        click.echo(f"{'warning':13}{w}")
    if d.path in failing:
        # What is shown is not what the file holds now: said here as `index` and `status` say it.
        click.echo(f"{'failing':13}{_shown(failing[d.path])}: this is the file's last indexed version, "
                   "kept until it is fixed or removed")
    if stale:
        # As search's note says it: what follows is the indexed text, not the file's.
        click.echo(f"{'note':13}the file " + ("is no longer where it was indexed (deleted or moved)" if d.gone else
                                              "has changed since it was indexed")
                   + ": this is the indexed text until the next index run")
    text = page_text if page else d.text
    if chars is None:
        chars = len(text) if page else 600
    if chars:  # --chars 0: the metadata alone (it printed a lone …)
        click.echo()
        click.echo(text[:chars] + ("…" if len(text) > chars else ""))


@cli.command()
@click.argument("doc")
@index_option
@limit_option(5)
@output_options
def similar(doc, index_dir, limit, fmt, as_json, fields, excel):
    """Documents most like DOC (an indexed file's path as search results print it, a doc id or a document's url).

    \b
    Examples:
      ictsearch similar corpus/tohoku-bureau-fy2023-ict-policy-slides.txt
      ictsearch similar 3f2a9c1d0b7e4a55 --limit 3 --format csv
    """
    from ictsearch.search import open_index

    out = _output(fmt, as_json, fields, excel)
    with _library_errors():
        with open_index(index_dir) as idx:
            result = idx.similar(doc, limit=limit)
    _print_result(result, out)


#: How many of the files changed or gone since the last run `status` names (the JSON lists every one).
STATUS_STALE_SHOWN = 5


@cli.command()
@index_option
@json_option
def status(index_dir, as_json):
    """Where the index is, what it holds, which files failed in the last run, and which indexed
    files changed or are gone since (the next `ictsearch index` updates them).

    \b
    Examples:
      ictsearch status
      ictsearch status --json | jq '.failures'
      ictsearch status --index ~/資料/index
    """
    from ictsearch.indexer.status import index_status

    with _library_errors():
        st = index_status(index_dir)
    if as_json:
        _dump(st.to_dict())
        return
    updated = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(st.updated)) if st.updated else "never"
    click.echo(f"index        {st.index_dir}")
    click.echo(f"format       {st.format_version}")
    click.echo(f"documents    {st.documents}{_pages(st.pages, st.paged_documents, st.documents)}")
    if st.manifest_problem:
        # Not "derived by an earlier version's rules": the record that says so is what was lost.
        click.echo(f"             {st.manifest_problem}: the next `ictsearch index` rebuilds it from the index "
                   "and derives every document again")
    elif st.other_rules:
        click.echo(f"             {st.other_rules} derived by an earlier version's rules: "
                   f"the next `ictsearch index` derives them again")
    click.echo(f"updated      {updated}")
    if st.updating is not None:
        click.echo(f"updating     an indexing run (pid {st.updating or '?'}) is updating the index now: "
                   "these figures are from before it")
    click.echo(f"size         {_human_size(st.size_bytes)}")
    click.echo(f"failing      {len(st.failures)}")
    for path, reason in st.failures.items():
        kept = " (its last indexed version is kept: searches find it)" if path in st.kept_versions else ""
        click.echo(f"  {_shown(path)}: {_shown(reason)}{kept}")
    for folder, count in st.absent_folders:
        click.echo(f"absent       {_shown(folder)}: not there or empty; the index keeps the {_count(count, 'document')} "
                   f"indexed from it (`ictsearch index --rebuild` naming the folders to keep drops {'it' if count == 1 else 'them'})")
    if st.changed or st.gone or st.failures_changed:
        # What the folders hold now against the last run (as searches mark hits "(file changed)"):
        # status printed the last run's figures alone, so an index behind its folder looked current.
        said = [f"{_count(len(st.changed), 'indexed file')} changed" if st.changed else "",
                f"{_count(len(st.gone), 'indexed file')} gone (deleted or moved)" if st.gone else "",
                f"{_count(len(st.failures_changed), 'failing file')} changed or gone" if st.failures_changed else ""]
        click.echo(f"since        the last run: {', '.join(s for s in said if s)}; "
                   "`ictsearch index` with the indexed folders updates the index (`--dry-run` lists what it would do)")
        shown = [(p, "changed") for p in st.changed] + [(p, "gone") for p in st.gone] + \
                [(p, "changed, failed before" if os.path.lexists(p) else "gone, failed before") for p in st.failures_changed]
        for path, what in shown[:STATUS_STALE_SHOWN]:
            click.echo(f"  {_shown(path)} ({what})")
        if len(shown) > STATUS_STALE_SHOWN:
            click.echo(f"  … {len(shown) - STATUS_STALE_SHOWN} more (`ictsearch status --json` lists them all)")


@cli.command()
@index_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "opensearch"], case_sensitive=False), required=True,
              help="jsonl: one JSON object per document on stdout (the shape of `show --json`). "
              "opensearch: DIR/index.json (settings and mappings for the analysis-sudachi plugin) and "
              "DIR/bulk.ndjson (_bulk actions; not written for an index with no document, as _bulk refuses an empty request).")
@click.option("--output", "-o", "output", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Folder for the opensearch files (created if missing; an earlier export there is replaced, "
                   "another program's index.json is not).")
def export(index_dir, fmt, output):
    """Export every document with its metadata and text.

    \b
    Examples:
      ictsearch export --format jsonl > documents.jsonl
      ictsearch export --format opensearch --output os-export/
      curl -XPUT 'localhost:9200/ictsearch' -H 'Content-Type: application/json' --data-binary @os-export/index.json
      curl -XPOST 'localhost:9200/ictsearch/_bulk' -H 'Content-Type: application/x-ndjson' --data-binary @os-export/bulk.ndjson
    """
    from ictsearch.search import open_index
    from ictsearch.search.export import jsonl_records, write_opensearch

    if fmt == "opensearch" and not output:
        raise CliError("--format opensearch needs --output DIR")
    if fmt == "jsonl" and output:
        raise CliError("--output is for --format opensearch; jsonl goes to stdout")
    try:
        with _library_errors(), _sigterm_as_interrupt(), open_index(index_dir) as idx:
            if fmt == "jsonl":
                with _whole_records() as dump:
                    for record in jsonl_records(idx):
                        dump(record)
                return
            written = write_opensearch(idx, output)
    except BrokenPipeError:
        _reader_went_away()
    except OSError as e:
        if not output or _writing_output(e):
            _output_failed(e)  # stdout (jsonl), not the --output folder
        raise CliError(f"cannot write {output}: {e.strerror or e}") from None
    parts = written["bulk_parts"]
    if not parts:
        click.echo(f"0 documents: {written['index_json']} only; {written['note']}.", err=True)
        return
    click.echo(f"{_count(written['documents'], 'document')}: {written['index_json']}, {', '.join(parts)} "
               f"(analysis-sudachi {written['sudachi_plugin_version']})", err=True)
    if len(parts) > 1:
        click.echo(f"The documents are in {len(parts)} bulk files, each under the 100 MB a request may hold "
                   "by default: POST each to _bulk.", err=True)


@contextmanager
def _whole_records():
    """A writer of JSON Lines records that Ctrl-C or SIGTERM stops between records, not inside one.

    A record of a long document is written in several system calls, and a pipe to a slow reader
    blocks between them: Ctrl-C there (`ictsearch export --format jsonl > docs.jsonl`, `| gzip`)
    ended the output in half a record, which a reader of the file then failed on.  The signal is
    held until the record is out; a second one stops at once (a reader that no longer reads, as
    `less` after Ctrl-C, would otherwise keep the export waiting)."""
    writing, pending, before = False, [], {}

    def held(signum, frame):
        if writing and not pending:
            pending.append(signum)
            return
        before[signum](signum, frame)

    for sig in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(sig)
        if callable(handler):
            with suppress(ValueError):  # not the main thread (a test's runner): records as they come
                signal.signal(sig, held)
                before[sig] = handler

    try:
        sys.stdout.flush()
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation: a test runner's buffer
        fd = None

    def dump(record) -> None:
        nonlocal writing
        writing = True
        try:
            if fd is None:
                _dump(record)
            else:
                # Not through sys.stdout: Python's buffered writer (3.11) dropped the rest of a large
                # write to a pipe that a signal interrupted, even when the handler let it go on (half a
                # record, then the next).  os.write resumes after EINTR and reports what it wrote.
                data = memoryview((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
                while data:
                    data = data[os.write(fd, data):]
        finally:
            writing = False
        if pending:
            signum = pending.pop()
            before[signum](signum, None)

    try:
        yield dump
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _argv_wants_json(args: list[str]) -> bool:
    """--json or --format json/jsonl among raw arguments (for errors Click raises before a command runs)."""
    for i, a in enumerate(args):
        # --format takes its value in any case (--format JSON, as the README writes the names in capitals).
        if a == "--json" or a.lower() in ("--format=json", "--format=jsonl"):
            return True
        if a == "--format" and i + 1 < len(args) and args[i + 1].lower() in ("json", "jsonl"):
            return True
    return False


def _command_path(args: list[str]) -> str:
    """`ictsearch search` for an error Click raises without a context (an option missing its
    value), so that its line points at the help that describes the option."""
    name = next((a for a in args if not a.startswith("-")), None)
    return f"ictsearch {name}" if name in cli.commands else "ictsearch"


#: Set by a command that has written all its output and holds nothing open (search): main()
#: then ends the process without the interpreter's teardown (see _exit_without_teardown).
_NOTHING_LEFT_TO_DO = False


def _exit_without_teardown(code: int) -> None:
    """End the process at once.  Tearing the interpreter down (freeing every module, the search's
    and Whoosh's objects, Sudachi's dictionary) cost a fresh `ictsearch search` about a fifth of
    its CPU time (0.14 of 0.74 s, measured under load); a finished search needs none of it."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        sys.exit(code)  # a closed pipe: the usual exit, as before
    os._exit(code)


def _closed_stdout() -> None:
    """A run whose standard output is closed (`>&-`, a job started without one): Python gives no
    sys.stdout.  A command whose output is the point (search, show, export…) says it cannot write
    it, as on a full disk, rather than end in a traceback or print nothing with exit 0; `index`
    does its work, its summary going nowhere."""
    if sys.stdout is not None:
        return
    name = _command_path(sys.argv[1:]).removeprefix("ictsearch").strip()
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if name in ("", "index"):
        return
    message = "cannot write the output: standard output is closed"
    if _argv_wants_json(sys.argv[1:]):
        click.echo(json.dumps({"error": message, "kind": "OutputError"}, ensure_ascii=False), err=True)
    else:
        click.echo(f"Error: {message}", err=True)
    sys.exit(Exit.USAGE)


def _closed_stderr() -> None:
    """A run whose standard error is closed (`2>&-`, a cron job or service started without one):
    Python gives no sys.stderr.  Its messages go nowhere, as the shell asked, and the command does
    its work: `index` ended at once in an AttributeError (exit 1, nothing indexed), and a search
    that had printed its hits exited 1."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")


def _tolerant_stdout() -> None:
    """Text output to a terminal or file in a narrower encoding than UTF-8 (CP932 on Japanese
    Windows, PYTHONIOENCODING=cp932): a character it lacks (the – of "showing 1–5", a
    snippet's ①…) is printed as ? instead of ending the output in a traceback."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding not in ("utf8", "utf8sig") and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")


def _option_before_its_command(e: click.ClickException, argv: list[str]) -> click.ClickException:
    """`ictsearch --index DIR search …` (git-style): say where a command's option goes.

    Click said only "No such option '--index'" and pointed to `ictsearch --help`, which lists
    no --index: the option every command has looked missing."""
    if (isinstance(e, click.NoSuchOption) and e.ctx is not None and e.ctx.command is not cli
            and e.option_name == "--version"):
        # `ictsearch status --version` was asked "Did you mean '--json'?".
        return click.UsageError(_VERSION_GOES_FIRST, ctx=e.ctx)
    if not (isinstance(e, click.NoSuchOption) and e.ctx is not None and e.ctx.command is cli):
        return _mistyped_in(e, argv)
    option = e.option_name
    takers = [name for name, command in cli.commands.items()
              if any(option in p.opts for p in command.params)]
    if not takers:
        return e
    command = next((c for a in argv if not a.startswith("-") and (c := _command_meant(a, takers))), None)
    if command is None:
        # `ictsearch --json テレワーク`: words and no command are a search (it was told `ictsearch index
        # --json …`, the first command taking --json); a folder that exists is still indexed.
        words = [a for a in argv if not a.startswith("-")]
        command = ("search" if words and "search" in takers and not any(os.path.exists(a) for a in words)
                   else takers[0])
    return click.UsageError(f"{option} goes after the command: `ictsearch {command} {option} …`",
                            ctx=click.Context(cli.commands[command], info_name=command, parent=e.ctx))


def _command_meant(word: str, takers: list[str]) -> str | None:
    """The command among `takers` that `word` names: itself, or a mistaken command word (`ictsearch
    --json find テレワーク`, 検索: search, not the index that was said); not a folder named so."""
    if word in takers:
        return word
    meant = None if os.path.exists(word) else _COMMAND_WORDS.get(unicodedata.normalize("NFKC", word).casefold())
    return meant if meant in takers else None


def _mistyped_in(e: click.ClickException, argv: list[str]) -> click.ClickException:
    """A command's usage error caused by an option typed wrongly (--region＝東北 is "no such option",
    －－region=東北 "unexpected extra argument"): say what is wrong with it instead."""
    if not isinstance(e, click.UsageError) or isinstance(e, CliError) or e.ctx is None or e.ctx.command is cli:
        return e
    if (e.ctx.info_name == "export" and (getattr(e, "option_name", None) in ("--json", "--jsonl")
                                         or "'json' is not one of" in e.format_message().lower())):
        # Every other command takes --json; export's JSON is a record per document, JSON Lines.
        # `export --json` was told only "No such option '--json'", `--format json` to choose again.
        return click.UsageError("export writes JSON as JSON Lines, one object per document (the shape of "
                                "`show --json`): `ictsearch export --format jsonl`", ctx=e.ctx)
    if (isinstance(e, click.NoSuchOption) and e.option_name == "--format"
            and any("--json" in p.opts for p in e.ctx.command.params)):
        # search and similar take --format (text, json, jsonl, csv), and their help calls --json its short
        # form; facets, show, status and index print text or one JSON object.  `ictsearch facets --format
        # json` (a script written for search's output) was told only "No such option '--format'."
        name = e.ctx.info_name
        typed = " ".join([name, *(p.human_readable_name for p in e.ctx.command.params
                                  if isinstance(p, click.Argument)), "--json"])
        return click.UsageError(f"{name} has no --format: it prints text, or one JSON object with --json "
                                f"(`ictsearch {typed}`)", ctx=e.ctx)
    if isinstance(e, click.NoSuchOption) and e.ctx.info_name in ("index", "show", "similar") and (
            named := _dashed_file(e.option_name, argv)):
        # `ictsearch show "-leading dash.txt"`: a file whose name starts with a dash was "No such option '-l'".
        return click.UsageError(f"{named} starts with a dash and was read as an option: to name the file, write "
                                f"{_typed('./' + named)} (or put -- before it: `ictsearch {e.ctx.info_name} -- "
                                f"{_typed(named)}`)", ctx=e.ctx)
    long_options = [o for p in e.ctx.command.get_params(e.ctx) for o in p.opts if o.startswith("--")]
    message = e.format_message()  # names the word, though as repr() when it holds a full-width space
    for word in argv[:argv.index("--") if "--" in argv else len(argv)]:
        if (word in message or word == getattr(e, "option_name", None)) and (mistyped := _mistyped_option(word, long_options)):
            return click.UsageError(mistyped, ctx=e.ctx)
    return _extra_argument(e, argv)


def _dashed_file(option: str, argv: list[str]) -> str | None:
    """The argument Click read as the unknown `option` that names a file or folder here: -報告.txt (Click's
    -報 of it), --メモ.txt (itself).  None when no such file is there (a mistyped option)."""
    for word in argv[:argv.index("--") if "--" in argv else len(argv)]:
        if len(word) > 1 and word.startswith("-") and (
                word == option or (not word.startswith("--") and option == word[:2])):
            try:
                if os.path.lexists(word):
                    return word
            except (OSError, ValueError):
                continue
    return None


def _typed(word: str) -> str:
    """`word` as it is typed in a shell: quoted only where the shell needs it (not 東北)."""
    return word if word and _SHELL_SAFE.fullmatch(word) else shlex.quote(word)


def _extra_argument(e: click.UsageError, argv: list[str]) -> click.ClickException:
    """A word given to a command that takes none: `ictsearch status ~/索引` (the index named as
    `index` names folders) and `ictsearch facets 東北` (words, as `search` takes) were answered
    "Got unexpected extra argument" and a pointer to the help."""
    name = e.ctx.info_name if e.ctx is not None else None
    if name not in ("status", "facets", "export") or "unexpected extra argument" not in e.format_message():
        return e
    # Click names them in brackets, joined by spaces: "Got unexpected extra arguments (テレワーク 防災)".
    listed = e.format_message().partition("(")[2].rpartition(")")[0]
    words = [a for a in argv[argv.index(name) + 1 if name in argv else 0:] if not a.startswith("-")]
    given = [a for a in words if a in listed.split(" ") or a == listed]
    if not given:
        return e
    word = given[0]
    from ictsearch.indexer.store import IndexStore

    try:
        an_index = IndexStore(word).exists()
    except (OSError, ValueError, IctsearchError):
        an_index = False
    if an_index:
        return click.UsageError(f"{name} takes no path: to read the index at {word}, give it as --index "
                                f"(`ictsearch {name} --index {_typed(word)}`)", ctx=e.ctx)
    if name == "facets":
        return click.UsageError(f"facets takes filters, not words: `ictsearch facets --region 東北` counts "
                                f"the documents a filter keeps (also --year, --theme, --path), and "
                                f"`ictsearch search {' '.join(map(_typed, given))}` ends with the counts of its hits", ctx=e.ctx)
    return e


def _one_line(message: str) -> str:
    """Click's message on one line: a required choice left out was "Missing option '--format'.
    Choose from:" and a tab-indented line per choice, where every error is one line."""
    return re.sub(r"[ \t]*\n\s*", " ", message).strip()


def main() -> None:
    global _NOTHING_LEFT_TO_DO
    _NOTHING_LEFT_TO_DO = False  # set by this run's command only
    _closed_stderr()  # first: _closed_stdout says its error there
    _closed_stdout()
    _tolerant_stdout()
    try:
        rv = cli.main(prog_name="ictsearch", standalone_mode=False)
    except click.ClickException as e:
        # Usage errors Click raises itself (a bad option value, a missing argument) follow
        # the same rule as ours: one JSON object on stderr under --json.
        e = _option_before_its_command(e, sys.argv[1:])
        if isinstance(e, getattr(click.exceptions, "NoArgsIsHelpError", ())):
            # `ictsearch` alone: the help, as it is, not an "Error: Usage: …" line.
            click.echo(e.format_message())
        elif not isinstance(e, CliError) and _argv_wants_json(sys.argv[1:]):
            click.echo(json.dumps({"error": _one_line(e.format_message()), "kind": "UsageError"}, ensure_ascii=False), err=True)
        elif isinstance(e, click.UsageError) and not isinstance(e, CliError):
            # One line, like every other error (Click would add the usage and a "Try --help" line).
            command = e.ctx.command_path if e.ctx is not None else _command_path(sys.argv[1:])
            click.echo(f"Error: {_one_line(e.format_message())} (see `{command} --help`)", err=True)
        else:
            e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        # Ctrl-C before a command's own handling (while Python still loads it): under --json, or
        # --format json/jsonl, one JSON object as every other error, not a line of text.
        if _argv_wants_json(sys.argv[1:]):
            click.echo(json.dumps({"error": "Interrupted.", "kind": "Interrupted"}, ensure_ascii=False), err=True)
        else:
            click.echo("\nInterrupted.", err=True)
        sys.exit(Exit.INTERRUPTED)
    code = rv if isinstance(rv, int) else Exit.OK
    if _NOTHING_LEFT_TO_DO:
        _exit_without_teardown(code)
    sys.exit(code)


if _SIGINT_BEFORE is not None:  # loaded: Ctrl-C is each command's KeyboardInterrupt again
    signal.signal(signal.SIGINT, _SIGINT_BEFORE)

if __name__ == "__main__":
    main()
