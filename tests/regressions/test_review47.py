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
