"""Random input beyond queries: file names, sidecars, metadata.csv and filter values.

Each gives a correct result or a clear error (a known reason naming the file,
or an IctsearchError), never a crash.  Examples are derandomized and few, so
the suite stays fast and gives the same verdict on every run.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ictsearch.cli import cli
from ictsearch.indexer import IctsearchError, build_index
from ictsearch.indexer.metadata import parse_year_range, resolve_region, resolve_theme
from ictsearch.indexer.metadata.regions import REGIONS
from ictsearch.search import open_index

from conftest import write

TEXT = "令和4年度 事業計画\n\n東北総合通信局はテレワークの普及と地域課題の解決を進める。"

PROFILE = settings(max_examples=12, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

#: Known reasons a file is refused for: anything else ("unexpected error: …") is a bug.
UNEXPECTED = "unexpected error"


def _fresh(tmp_path: Path, name: str) -> Path:
    d = tmp_path / name
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    return d


# -- file names -------------------------------------------------------------------

_name_chars = st.sampled_from(list("資料令和年度テレワーク東北がぱ abc-_.()（）　1") + ["\u3099", "\u309a"])


@st.composite
def file_names(draw) -> str:
    stem = draw(st.text(_name_chars, min_size=1, max_size=90))
    if draw(st.booleans()):
        stem = "-" + stem  # looks like an option
    form = draw(st.sampled_from(["NFC", "NFD", None]))
    if form:
        stem = unicodedata.normalize(form, stem)
    name = stem + draw(st.sampled_from([".txt", ".md", ".TXT"]))
    # Linux allows 255 bytes per name; a longer one cannot be created at all.
    while len(name.encode()) > 255:
        stem = stem[:-1]
        name = stem + name[name.rindex("."):]
    return name


@PROFILE
@given(file_names())
def test_any_file_name_is_indexed_found_and_shown_under_its_own_path(tmp_path, name):
    base = _fresh(tmp_path, "names")
    src = base / "src"
    src.mkdir()
    f = src / name
    if name.strip(" .") in ("", ".txt") or name.startswith("."):
        return  # hidden or nameless: skipped by design
    f.write_text(TEXT, encoding="utf-8")
    s = build_index([src], base / "idx", jobs=1)
    assert (s.added, s.failed, s.problems) == (1, 0, ()), s
    with open_index(base / "idx") as ix:
        (hit,) = ix.search("テレワーク").hits
        assert hit.path == str(f)  # as written: an NFD name stays NFD
        assert ix.get(str(f)).path == str(f)
    # The command line takes it too, relative to the current folder, even when it starts with a dash.
    cwd = os.getcwd()
    os.chdir(src)
    try:
        result = CliRunner().invoke(cli, ["show", "--index", str(base / "idx"), "--json", "--", name])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["path"] == str(f)


def test_nfc_and_nfd_names_are_two_documents(tmp_path):
    src = tmp_path / "src"
    nfc = write(src / unicodedata.normalize("NFC", "がっこう資料.txt"), TEXT)
    nfd = write(src / unicodedata.normalize("NFD", "がっこう資料.txt"), TEXT + "\n\n追記。")
    s = build_index([src], tmp_path / "idx", jobs=1)
    assert s.added == 2
    with open_index(tmp_path / "idx") as ix:
        assert ix.get(str(nfc)).path == str(nfc) and ix.get(str(nfd)).path == str(nfd)
        assert "追記" in ix.get(str(nfd)).text and "追記" not in ix.get(str(nfc)).text


def test_a_file_name_that_is_not_utf8_is_named_and_the_rest_indexed(tmp_path):
    # A zip made on Windows unpacks CP932 names as bytes that are not UTF-8: the
    # whole run used to stop on a UnicodeEncodeError inside Whoosh.
    src = tmp_path / "src"
    src.mkdir()
    with open(os.path.join(os.fsencode(src), "テレワーク".encode("cp932") + b".txt"), "wb") as f:
        f.write(TEXT.encode())
    write(src / "ok.txt", TEXT)
    s = build_index([src], tmp_path / "idx", jobs=1)
    assert s.added == 1
    ((path, reason),) = s.problems
    assert "not valid UTF-8" in reason and path.endswith(r"\x83e\x83\x8c\x83\x8f\x81[\x83N.txt")
    result = CliRunner().invoke(cli, ["index", str(src), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 1 and "not valid UTF-8" in result.output


# -- sidecars and metadata.csv ---------------------------------------------------------

_words = st.sampled_from(["東北", "宮城県", "関東", "全国", "中国", "令和5", "R3", "2023", "平成30..令和2", "テレワーク",
                          "防災", "AI", "事業計画", "総務省", "", " ", "未知", "999999", "-1", "令和99", ":0.5", "|", "nan",
                          "働き方・テレワーク:0.8", "防災:inf", "x:y"])
_scalars = st.one_of(_words, st.text(max_size=12), st.integers(-10**6, 10**6), st.booleans(),
                     st.floats(allow_nan=False, allow_infinity=False))
_values = st.one_of(_scalars, st.lists(_scalars, max_size=3))
_fields = st.sampled_from(["title", "fiscal_year", "year", "region", "prefecture", "themes", "organization", "doctype",
                           "unknown"])


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)  # a TOML basic string, escapes included


@st.composite
def sidecars(draw) -> str:
    if draw(st.integers(0, 5)) == 0:  # sometimes not TOML at all
        return draw(st.text(max_size=60))
    items = draw(st.dictionaries(_fields, _values, max_size=4))
    return "".join(f"{k} = {_toml_value(v)}\n" for k, v in items.items())


def _outcome_is_clear(s) -> None:
    assert s.added + s.failed == 1, s
    for o in s.outcomes:
        if o.status == "failed":
            assert UNEXPECTED not in o.reason and "\n" not in o.reason, o.reason


@PROFILE
@given(sidecars())
@example('themes = "防災:inf"')  # used to be stored as Infinity: --json printed invalid JSON
@example('themes = ["防災:nan"]')
@example("title = {a = 1}")  # used to become the title "{'a': 1}"
@example('organization = ["総務省", 1]')
def test_any_sidecar_gives_a_document_or_a_reason_naming_it(tmp_path, sidecar):
    base = _fresh(tmp_path, "sidecar")
    doc = write(base / "src" / "plan.txt", TEXT)
    write(base / "src" / "plan.txt.meta.toml", sidecar)
    s = build_index([base / "src"], base / "idx", jobs=1)
    _outcome_is_clear(s)
    if s.failed:
        assert "plan.txt.meta.toml" in s.outcomes[0].reason
        return
    with open_index(base / "idx") as ix:
        d = ix.get(str(doc))
        assert all(math.isfinite(t.score) for t in d.themes)
        json.dumps(d.to_dict(), allow_nan=False)  # the --json output stays valid JSON


def test_a_sidecar_value_that_is_valid_is_used(tmp_path):
    doc = write(tmp_path / "src" / "plan.txt", TEXT)
    write(tmp_path / "src" / "plan.txt.meta.toml", 'fiscal_year = "平成30"\nregion = ["九州"]\nthemes = ["防災:0.7"]\n')
    build_index([tmp_path / "src"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        d = ix.get(str(doc))
        assert d.fiscal_year == 2018 and d.region == ("九州",) and d.themes[0].score == 0.7


_csv_cells = st.one_of(_words, st.text(max_size=10), st.just('"'), st.just("plan.txt"), st.just("\x00"))


@st.composite
def metadata_csvs(draw) -> bytes:
    header = ["path"] + draw(st.lists(_fields, max_size=4))
    if draw(st.booleans()):
        header = draw(st.lists(st.one_of(_fields, st.text(max_size=6)), max_size=5))
    rows = [header]
    for _ in range(draw(st.integers(0, 3))):
        row = draw(st.lists(_csv_cells, max_size=len(header) + 1))
        if draw(st.booleans()) and row:
            row[0] = "plan.txt"
        rows.append(row)
    text = "\n".join(",".join(row) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp932"]))
    return text.encode(encoding, "replace")


@PROFILE
@given(metadata_csvs())
def test_any_metadata_csv_gives_a_document_or_a_reason_naming_it(tmp_path, content):
    base = _fresh(tmp_path, "csv")
    doc = write(base / "src" / "plan.txt", TEXT)
    (base / "src" / "metadata.csv").write_bytes(content)
    s = build_index([base / "src"], base / "idx", jobs=1)
    _outcome_is_clear(s)
    if s.failed:
        assert "metadata.csv" in s.outcomes[0].reason
        return
    with open_index(base / "idx") as ix:
        json.dumps(ix.get(str(doc)).to_dict(), allow_nan=False)


# -- filter values --------------------------------------------------------------------

_filter_values = st.one_of(
    _words, st.text(max_size=10), st.sampled_from(list(REGIONS) + ["宮城", "2019..2023", "..2000", "令和3年度", "R4"]),
    st.integers(-5, 3000), st.tuples(st.integers(1900, 2100), st.integers(1900, 2100)),
    st.lists(st.one_of(_words, st.integers(1990, 2030)), max_size=3), st.none(),
    st.floats(allow_nan=True), st.binary(max_size=3), st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


@PROFILE
@given(region=_filter_values, year=_filter_values, theme=_filter_values)
def test_api_filters_give_matching_hits_or_a_clear_error(corpus_searcher, region, year, theme):
    try:
        res = corpus_searcher.search("", region=region, fiscal_year=year, theme=theme, limit=50)
    except IctsearchError as e:
        assert str(e) and "\n" not in str(e)
        return
    except Exception as e:  # noqa: BLE001 - the property under test
        pytest.fail(f"region={region!r} year={year!r} theme={theme!r}: {type(e).__name__}: {e}")
    for hit in res.hits:
        if isinstance(region, str) and region:
            kind, name = resolve_region(region)
            assert name in (hit.region if kind == "region" else hit.prefecture)
        if isinstance(year, str) and year:
            lo, hi = parse_year_range(year)
            assert hit.fiscal_year is not None and lo <= hit.fiscal_year <= hi
        if isinstance(theme, str) and theme:
            assert resolve_theme(theme) in hit.themes


_cli_values = st.one_of(_words, st.text(max_size=10).filter(lambda t: "\x00" not in t))


@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(option=st.sampled_from(["--region", "--year", "--theme"]), value=_cli_values)
def test_cli_filters_exit_0_or_2_with_one_line(corpus_index, option, value):
    result = CliRunner().invoke(cli, ["search", "テレワーク", option, value, "--index", str(corpus_index), "--json"])
    assert result.exit_code in (0, 2), (value, result.output, result.exception)
    if result.exit_code == 2:
        lines = [line for line in result.output.splitlines() if line.strip()]
        # Under --json an error is one JSON object (on stderr; CliRunner mixes the streams).
        assert len(lines) == 1 and json.loads(lines[0])["kind"] == "UnknownFacetValue", result.output
    else:
        json.loads(result.output)
