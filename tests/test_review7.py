"""Regressions found by using ictsearch as a new user and as an embedding program would (review 7).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

from conftest import write


def test_a_relative_documents_folder_from_a_removed_current_folder_is_a_one_line_error(tmp_path, monkeypatch):
    # `cd /tmp/x && rm -rf /tmp/x && ictsearch index 資料 --index /abs/idx` ended in a traceback
    # (FileNotFoundError from os.path.abspath); the other folders named are still indexed.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    write(tmp_path / "docs" / "plan.txt", "令和5年度 テレワーク推進計画\n\n地域企業のテレワーク導入を支援する。\n")
    gone = tmp_path / "作業中"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    idx = tmp_path / "idx"
    res = CliRunner().invoke(cli, ["index", "資料", str(tmp_path / "docs"), "--index", str(idx)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    assert "資料: cannot find it from the current folder" in res.output and "absolute path" in res.output
    assert "1 added" in res.output
    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx), "--json"])
    assert res.exit_code == 0 and "plan.txt" in res.output
