"""Regressions found by using today's changes as a new user and as an embedding program would (review 8).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

from click.testing import CliRunner

from conftest import write


def _cli(*args):
    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_metadata_csv_row_for_a_file_not_there_reindexes_nothing_and_is_still_said(tmp_path):
    # `ictsearch index 資料` after adding a row `old.txt,東京都` to 資料/metadata.csv (old.txt not
    # there yet) said '3 updated': the warning about the CSV as a whole was part of every document's
    # manual-metadata signature, so adding, fixing or satisfying such a row re-indexed every document
    # under the CSV (creating old.txt then: '1 added, 3 updated'). And as the documents were unchanged
    # the warning, meant for a misspelt row, was never shown.
    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "a.txt", "テレワークの推進について\n")
    write(docs / "b.txt", "地域DXの推進について\n")
    write(docs / "metadata.csv", "path,region\na.txt,香川県\n")
    assert _cli("index", docs, "--index", idx).exit_code == 0
    write(docs / "metadata.csv", "path,region\na.txt,香川県\nold.txt,東京都\n")
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0, res.output
    assert "0 updated" in res.output and "2 unchanged" in res.output
    assert res.output.count("rows for files that are not there: old.txt") == 1
    # Fixing the row of one document still re-indexes that one (d097b48).
    write(docs / "metadata.csv", "path,region\na.txt,長野県\nold.txt,東京都\n")
    assert "1 updated" in _cli("index", docs, "--index", idx).output


def test_a_program_indexing_again_after_creating_a_file_a_row_names_is_not_warned(tmp_path):
    # build_index(資料) after adding a metadata.csv row 'old.txt,東京都', then again once old.txt
    # was created (the same process: a program, a watcher, `CliRunner`): the second run still warned
    # 'rows for files that are not there: old.txt', as the CSV's reading, kept by its modification
    # time, held which files were there at the first run.
    import ictsearch

    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "a.txt", "テレワークの推進について\n")
    write(docs / "metadata.csv", "path,region\na.txt,香川県\nold.txt,東京都\n")
    first = ictsearch.build_index([docs], idx)
    assert any("not there: old.txt" in w for o in first.outcomes for w in o.warnings)
    write(docs / "old.txt", "古い資料\n")
    second = ictsearch.build_index([docs], idx)
    assert second.added == 1 and not [w for o in second.outcomes for w in o.warnings]
