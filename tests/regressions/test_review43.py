"""review43: a prefecture's 情報政策課 officer on a first day with ictsearch, and a developer embedding its
Python API, reading only the README and `--help`.  Each test is a problem found so, fixed on this branch."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli

from conftest import write

#: A town's call for grants whose period stands under its key, a line above (申請期間 / the two days): the page
#: has no other date, so the keyed period dates it, and the source quotes the key with its line breaks.
_CALL = """テレワーク導入支援補助金

市内の中小企業がテレワークを導入するための機器購入費を補助します。

補助額

対象経費の2分の1(上限30万円)

申請期間

令和2年9月1日から令和3年3月15日まで

お問い合わせ 商工観光課
"""


def test_show_prints_where_a_value_came_from_on_one_line_without_escaped_line_breaks(tmp_path):
    """`show` printed 「申請期間\\n\\n令和2年9月1日から令和3年3月15日」 under fiscal_year and year: the quoted text's
    line breaks as a programmer writes them, on the officer's screen.  They are spaces now, as in a title;
    --json keeps the text as it is."""
    path = write(tmp_path / "資料" / "テレワーク補助金.txt", _CALL)
    index = tmp_path / "idx"
    runner = CliRunner()
    assert runner.invoke(cli, ["index", str(path.parent), "--index", str(index), "-q"]).exit_code == 0
    shown = runner.invoke(cli, ["show", str(path), "--index", str(index), "--chars", "0"])
    assert shown.exit_code == 0, shown.output
    assert "\\n" not in shown.output
    lines = shown.output.splitlines()
    fy = lines.index(next(line for line in lines if line.startswith("fiscal_year")))
    assert lines[fy].split() == ["fiscal_year", "2020"]
    assert lines[fy + 1].strip() == "← text: 「申請期間 令和2年9月1日から令和3年3月15日」 (a period within 年度 2020)"
    # The JSON is the data: its line breaks stay.
    data = json.loads(runner.invoke(cli, ["show", str(path), "--index", str(index), "--json"]).output)
    assert data["sources"]["fiscal_year"].startswith("text: 「申請期間\n\n令和2年9月1日")


@pytest.mark.parametrize("args, typed, as_json", [
    (["facets", "--format", "json"], "`ictsearch facets --json`", True),
    (["facets", "--format=json"], "`ictsearch facets --json`", True),
    (["show", "tohoku-bureau-fy2023-ict-policy-slides.txt", "--format", "JSON"], "`ictsearch show DOC --json`", True),
    (["status", "--format", "text"], "`ictsearch status --json`", False),
    (["index", "corpus", "--format", "csv"], "`ictsearch index PATHS --json`", False),
])
def test_format_given_to_a_command_that_prints_text_or_json_says_to_use_json(args, typed, as_json, tmp_path,
                                                                           monkeypatch, capsys):
    """search and similar take --format, and their help calls --json its short form; a script written for them
    that asked `ictsearch facets --format json` (or show, status, index) was told only "No such option
    '--format'."  It is told that the command prints text or, with --json, one JSON object."""
    from ictsearch import cli as cli_module

    monkeypatch.setattr(sys, "argv", ["ictsearch", *args, "--index", str(tmp_path / "idx")])
    with pytest.raises(SystemExit) as exit_:
        cli_module.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    message = json.loads(err)["error"] if as_json else err
    assert f"{args[0]} has no --format: it prints text, or one JSON object with --json ({typed})" in message


def test_format_still_works_where_it_is_an_option_and_a_misspelt_one_is_still_named(corpus_index, monkeypatch,
                                                                                 capsys):
    from ictsearch import cli as cli_module

    result = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(corpus_index), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output)["total"] >= 1
    monkeypatch.setattr(sys, "argv", ["ictsearch", "search", "テレワーク", "--formt", "json"])
    with pytest.raises(SystemExit):
        cli_module.main()
    assert "did you mean --format?" in capsys.readouterr().err


def test_the_result_types_say_what_their_fields_are_in_help():
    """help(ictsearch.Hit), SearchResult, Document, ThemeScore and IndexStatus showed only the signature the
    dataclass writes (`Hit(doc_id: 'str', path: 'str', …)`): not what a score orders, that highlights are
    offsets into the snippet, that page is 1-based, where Document.sources comes from.  Each says so now, and
    names every field its JSON has."""
    import dataclasses
    import inspect

    import ictsearch

    for cls in (ictsearch.Hit, ictsearch.SearchResult, ictsearch.Document, ictsearch.ThemeScore,
                ictsearch.IndexStatus):
        doc = inspect.getdoc(cls) or ""
        assert not doc.startswith(f"{cls.__name__}("), cls
        assert len(doc) > 100, cls
    for cls in (ictsearch.Hit, ictsearch.SearchResult):
        doc = inspect.getdoc(cls)
        missing = [f.name for f in dataclasses.fields(cls) if f"``{f.name}``" not in doc]
        assert not missing, (cls.__name__, missing)
    assert "1-based" in inspect.getdoc(ictsearch.Hit) and "offsets" in inspect.getdoc(ictsearch.Hit)
    assert "``sources``" in inspect.getdoc(ictsearch.Document)


def test_facets_of_the_whole_index_say_how_many_documents_they_count(corpus_index):
    """`ictsearch facets` listed the counts with no total: the officer checking that 年度's lines add up with
    不明 had nothing to add them up to, and the 地域 lines add up to more (a document of two prefectures
    counts under each).  The first line gives both; with filters it was and is 「N documents of …:」."""
    runner = CliRunner()
    out = runner.invoke(cli, ["facets", "--index", str(corpus_index)]).output
    first = out.splitlines()[0]
    assert first == "5 documents (one with several regions, prefectures or themes is counted under each):", out
    data = json.loads(runner.invoke(cli, ["facets", "--index", str(corpus_index), "--json"]).output)
    assert sum(data["fiscal_year"].values()) + data["missing"]["fiscal_year"] == data["total"] == 5
    # The lines below are the same counts as before.
    assert "年度 (fiscal_year):\n  2023\t2\n" in out
    filtered = runner.invoke(cli, ["facets", "--index", str(corpus_index), "--region", "東北"]).output
    assert filtered.splitlines()[0] == "1 document of region 東北:"


def test_show_help_says_where_a_doc_id_is_printed_as_text_results_print_paths(corpus_index):
    """`show --help` said DOC is "a doc id (from search results …)", but a search's text output prints no id:
    the officer looked for one among the hits.  The help names the path the hits print first, and where ids
    are printed (--json, --fields doc_id); each works with show."""
    runner = CliRunner()
    hits = runner.invoke(cli, ["search", "テレワーク普及展開推進事業", "--index", str(corpus_index)]).output
    doc_id = json.loads(runner.invoke(cli, ["search", "テレワーク普及展開推進事業", "--index", str(corpus_index),
                                            "--json"]).output)["hits"][0]["doc_id"]
    assert doc_id not in hits  # the text lists give no id …
    path = next(line.split()[0] for line in hits.splitlines() if "tohoku-bureau" in line)
    assert runner.invoke(cli, ["show", path, "--index", str(corpus_index), "--chars", "0"]).exit_code == 0
    ids = runner.invoke(cli, ["search", "テレワーク普及展開推進事業", "--index", str(corpus_index),
                              "--fields", "doc_id"]).output
    assert doc_id in ids.split()
    assert runner.invoke(cli, ["show", doc_id[:6], "--index", str(corpus_index), "--chars", "0"]).exit_code == 0
    help_text = " ".join(runner.invoke(cli, ["show", "--help"]).output.split())
    assert "DOC is the path of an indexed file (as search results print it)" in help_text
    assert "`search --json` and `search --fields doc_id` print them" in help_text
    assert "from search results;" not in help_text


def test_the_search_help_examples_run_verbatim_on_the_bundled_corpus_and_find_what_they_show(corpus_index):
    """The officer runs the help's examples on the Quick start's index of corpus/: `--region 北信越 --fields
    タイトル,年度,地域` found nothing there, so what --fields does never showed, and no example showed
    --sort, --format csv --excel or --explain.  Each example but the file-name one (--path R5_事業計画, an
    officer's own file names) finds documents of corpus/ now."""
    import shlex

    runner = CliRunner()
    help_text = runner.invoke(cli, ["search", "--help"]).output
    examples = [line.strip() for line in help_text.split("Examples:")[1].split("Facet counts")[0].splitlines()
                if line.strip().startswith("ictsearch search")]
    assert len(examples) >= 10 and any("--explain" in e for e in examples) and any("--excel" in e for e in examples)
    for example in examples:
        args = shlex.split(example.split("   (")[0].split(" > ")[0])[1:]
        if "--path" in args:
            continue
        result = runner.invoke(cli, [*args, "--index", str(corpus_index)])
        assert result.exit_code == 0, (example, result.output)
        assert "No documents match" not in result.output and '"total": 0' not in result.output, example
        assert "テレワーク普及展開推進事業" in result.output or "迷惑メール" in result.output or "地域課題" in result.output, example
    fields = runner.invoke(cli, ["search", "テレワーク", "--region", "関東・東北", "--fields", "タイトル,年度,地域",
                                 "--index", str(corpus_index)]).output
    assert "テレワーク普及展開推進事業\t2023\t東北" in fields


def test_make_layouts_help_prints_its_usage_and_writes_nothing(tmp_path):
    """`python bench/make_layouts.py --help` (the README's Development section runs the layout bench with it)
    took --help for its output folder and wrote twenty PDFs and texts into a folder named --help."""
    import subprocess
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "bench" / "make_layouts.py"
    for arg, code in (("--help", 0), ("-h", 0), ("--out", 2)):
        run = subprocess.run([sys.executable, str(script), arg], cwd=tmp_path, capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == code, run.stderr
        assert "usage: python bench/make_layouts.py [OUT_DIR]" in run.stderr
        assert list(tmp_path.iterdir()) == [], arg


def test_year_none_on_documents_that_all_have_a_year_says_every_document_has_one(corpus_index, tmp_path):
    """The README's way to find the documents to fix, `--year none` (also in facets), on an index where every
    document has a 年度 said 「the fiscal_year filter (不明) removes every hit」 and, in facets, 「(search with
    fewer filters)」: as if the filter were wrong.  It says that every document has a value now; two filters
    together, or a year, are answered as before."""
    runner = CliRunner()
    run = lambda *args: runner.invoke(cli, [*args, "--index", str(corpus_index)])  # noqa: E731
    out = run("search", "--year", "none").output
    assert "the fiscal_year filter (不明) removes every hit: every document has a fiscal_year" in out, out
    out = run("search", "テレワーク", "--theme", "不明", "--json").output
    assert json.loads(out)["notes"] == [
        "the theme filter (不明) removes every hit: every matching document has a theme"]
    assert run("search", "テレワーク", "--year", "2015").output.rstrip().endswith(
        "the fiscal_year filter (2015) removes every hit.")
    assert run("facets", "--year", "none").output.strip() == (
        "No documents of year none: every document has a value for it (none is 不明).")
    assert run("facets", "--region", "なし").output.strip().endswith("every document has a value for it (none is 不明).")
    assert run("facets", "--year", "none", "--theme", "none").output.strip().endswith("(search with fewer filters).")
    # A document with no 年度 is still listed and counted.
    write(tmp_path / "資料" / "メモ.txt", "テレワークの相談窓口について\n\n相談は電話で受け付けています。\n")
    index = tmp_path / "idx"
    assert runner.invoke(cli, ["index", str(tmp_path / "資料"), "--index", str(index), "-q"]).exit_code == 0
    assert json.loads(runner.invoke(cli, ["search", "--year", "none", "--index", str(index), "--json"]).output)[
        "total"] == 1
    assert runner.invoke(cli, ["facets", "--year", "none", "--index", str(index)]).output.startswith(
        "1 document of year none:")
