"""Regressions found by review 47: a fresh pair of eyes on the product as a collection's maintainer
(a mixed folder indexed, edited, interrupted) and as a developer embedding it (README's examples,
the --json fields, the error cases).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import json
import sys

import pytest

from ictsearch import cli


def run_main(monkeypatch, capsys, *args) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["ictsearch", *args])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    return exit_.value.code, capsys.readouterr().err


# `ictsearch search テレワーク --limit x` said "'x' is not a valid integer range.": Click's name for
# IntRange, of an option that takes one number (and `--wait abc`: "not a valid float range").
@pytest.mark.parametrize("args, option, typed, kind", [
    (["search", "テレワーク", "--limit", "x"], "'--limit' / '-n'", "'x'", "integer"),
    (["search", "テレワーク", "--limit", "1.5"], "'--limit' / '-n'", "'1.5'", "integer"),
    (["search", "テレワーク", "--offset", "次"], "'--offset'", "'次'", "integer"),
    (["search", "テレワーク", "--fragments", "二"], "'--fragments'", "'二'", "integer"),
    (["show", "資料1.txt", "--chars", "全部"], "'--chars'", "'全部'", "integer"),
    (["index", "資料", "--jobs", "x"], "'--jobs' / '-j'", "'x'", "integer"),
    (["index", "資料", "--wait", "三十秒"], "'--wait'", "'三十秒'", "number"),
])
def test_a_number_option_given_no_number_says_a_number_is_wanted(monkeypatch, capsys, tmp_path, args, option,
                                                                 typed, kind):
    code, err = run_main(monkeypatch, capsys, *args, "--index", str(tmp_path / "idx"))
    assert code == 2
    assert err.strip().splitlines() == [
        f"Error: Invalid value for {option}: {typed} is not a valid {kind}. (see `ictsearch {args[0]} --help`)"]
    assert "range" not in err


def test_a_number_option_under_json_is_one_json_error(monkeypatch, capsys, tmp_path):
    code, err = run_main(monkeypatch, capsys, "search", "テレワーク", "--json", "--limit", "十",
                         "--index", str(tmp_path / "idx"))
    assert code == 2
    assert json.loads(err) == {"error": "Invalid value for '--limit' / '-n': '十' is not a valid integer.",
                               "kind": "UsageError"}


def test_a_number_out_of_range_still_names_the_range(monkeypatch, capsys, tmp_path):
    code, err = run_main(monkeypatch, capsys, "search", "テレワーク", "--limit", "-1", "--index", str(tmp_path / "idx"))
    assert code == 2
    assert "-1 is not in the range x>=0" in err


def test_the_help_names_a_number_not_a_range_type(monkeypatch, capsys):
    from click.testing import CliRunner

    out = CliRunner().invoke(cli.cli, ["search", "--help"]).output
    assert "--limit INTEGER" in out and "INTEGER RANGE" not in out
    assert "[default: 10; x>=0]" in out


# `ictsearch show 報告.txt --page p.2`, the page as search's text output prints it beside a hit
# (p.2, a sheet's p.2「工程表」), said "pages have no names (only a workbook's sheets do)".
@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    from conftest import write
    from ictsearch import build_index

    tmp_path = tmp_path_factory.mktemp("review47")
    docs = tmp_path / "資料"
    write(docs / "報告.txt", "令和5年度 東北総合通信局 事業報告\n\n総会を開催した。\f"
                             "2 テレワークの推進\n\n仙台市で相談会を開いた。\f3 ローカル5G\n\n実証を行った。")
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "p.2"  # a sheet named as search prints page 2
    book.active.append(["派遣先", "人数"])
    book.active.append(["岩手県", 3])
    second = book.create_sheet("工程表")
    second.append(["工程", "時期"])
    second.append(["ローカル5G実証", "令和5年10月"])
    book.save(docs / "計画.xlsx")
    idx = tmp_path / "idx"
    assert build_index([docs], idx).failed == 0
    return docs, idx


@pytest.mark.parametrize("typed", ["p.2", "P2", "p. 2", "ｐ．２"])
def test_show_page_as_search_prints_it(paged, monkeypatch, capsys, typed):
    docs, idx = paged
    monkeypatch.setattr(sys, "argv", ["ictsearch", "show", str(docs / "報告.txt"), "--page", typed, "--index", str(idx)])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert "仙台市で相談会を開いた。" in out and "総会を開催した" not in out and "実証を行った" not in out


def test_show_page_as_search_prints_a_sheet(paged, monkeypatch, capsys):
    docs, idx = paged
    code, out = _show(monkeypatch, capsys, docs / "計画.xlsx", "p.2「工程表」", idx, "--json")
    shown = json.loads(out)
    assert code == 0 and (shown["page"], shown["page_name"]) == (2, "工程表")
    assert "ローカル5G実証" in shown["page_text"] and "岩手県" not in shown["page_text"]
    # A sheet named as a page is printed is that sheet, not a page number read from its name.
    code, out = _show(monkeypatch, capsys, docs / "計画.xlsx", "p.2", idx, "--json")
    shown = json.loads(out)
    assert code == 0 and (shown["page"], shown["page_name"]) == (1, "p.2") and "岩手県" in shown["page_text"]


def test_show_page_of_another_form_still_says_what_to_give(paged, monkeypatch, capsys):
    docs, idx = paged
    code, out, err = _show(monkeypatch, capsys, docs / "報告.txt", "q.2", idx, errors=True)
    assert code == 2 and "pages have no names" in err
    code, out, err = _show(monkeypatch, capsys, docs / "報告.txt", "p.9", idx, errors=True)
    assert code == 2 and "page 9 out of range 1..3" in err


def _show(monkeypatch, capsys, path, page, idx, *more, errors=False):
    monkeypatch.setattr(sys, "argv", ["ictsearch", "show", str(path), "--page", page, "--index", str(idx), *more])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    captured = capsys.readouterr()
    return (exit_.value.code, captured.out, captured.err) if errors else (exit_.value.code, captured.out)
