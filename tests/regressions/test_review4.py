"""Regressions found by using ictsearch as a new user would (review 4).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_clear_cache_that_cannot_empty_the_cache_says_so(runner, tmp_path, corpus_copy, monkeypatch):
    # `ictsearch index corpus/ --clear-cache` on an index whose cache could not be
    # removed (a read-only mount) printed "Cleared 5 cached extractions." and went on,
    # although every entry was still there.
    index_dir = tmp_path / "idx"
    first = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    cached = sorted((index_dir / "cache").rglob("*.json.gz"))
    assert len(cached) == 5

    real_unlink = os.unlink

    def read_only(path, *args, **kwargs):
        if str(path).endswith(".json.gz"):
            raise PermissionError(30, "Read-only file system", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", read_only)
    result = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--clear-cache"])
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert "Cleared" not in result.output
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and "Read-only file system" in lines[0] and "cache" in lines[0]
    assert sorted((index_dir / "cache").rglob("*.json.gz")) == cached

    # Where it can, it empties the cache and says how many entries went.
    cleared = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--clear-cache"])
    assert cleared.exit_code == 0, cleared.output
    assert "Cleared 5 cached extractions." in cleared.output


def test_a_file_name_with_control_characters_is_shown_on_one_line_and_escaped(runner, tmp_path):
    # A file named 「empty\nname.txt」 gave the two-line error "error: …/empty" / "name.txt:
    # empty file", and a name holding an escape sequence (\x1b]0;…\x07 retitles the
    # terminal, \x1b[2J clears it) reached the terminal raw in errors, results and status.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "empty\nname.txt").write_bytes(b"")
    (docs / "paint\x1b[2Jit.txt").write_text("テレワークの推進について\n", encoding="utf-8")
    index_dir = tmp_path / "idx"
    indexed = runner.invoke(cli, ["index", str(docs), "--index", str(index_dir), "--jobs", "1"])
    assert indexed.exit_code == 1, indexed.output
    errors = [line for line in indexed.output.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {docs}/empty\\nname.txt: empty file"]
    assert "name.txt" not in indexed.output.replace(errors[0], "")

    found = runner.invoke(cli, ["search", "テレワーク", "--index", str(index_dir)])
    assert found.exit_code == 0, found.output
    assert "\x1b" not in found.output and f"{docs}/paint\\x1b[2Jit.txt" in found.output
    columns = runner.invoke(cli, ["search", "テレワーク", "--index", str(index_dir), "--fields", "path"])
    assert columns.output.splitlines()[-1] == f"{docs}/paint\\x1b[2Jit.txt"
    # CSV quotes what it must and keeps the name exactly: a program reads it, not a terminal.
    csv_out = runner.invoke(cli, ["search", "テレワーク", "--index", str(index_dir), "--format", "csv", "--fields", "path"])
    assert csv_out.output.splitlines()[-1] == f"{docs}/paint\x1b[2Jit.txt"

    status = runner.invoke(cli, ["status", "--index", str(index_dir)])
    assert f"  {docs}/empty\\nname.txt: empty file" in status.output.splitlines()


def test_the_summary_counts_the_paths_it_skipped(runner, tmp_path, corpus_copy):
    # `ictsearch index docs/` with a broken link and a pipe among the documents printed
    # their two error lines, exited 1, and ended "…, 0 failed." as if every file had gone in.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text("テレワークの推進について\n", encoding="utf-8")
    (docs / "gone.txt").symlink_to(docs / "nowhere.txt")
    os.mkfifo(docs / "pipe.txt")
    result = runner.invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx"), "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "1 added" in result.output and "0 failed, 2 skipped (named above)." in result.output
    dry = runner.invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx"), "--dry-run"])
    assert dry.exit_code == 1 and "1 unchanged, 2 skipped (named above)." in dry.output
    clean = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(tmp_path / "idx2"), "--jobs", "1"])
    assert clean.exit_code == 0 and "skipped" not in clean.output


@pytest.mark.parametrize("args, help_of", [
    (["search", "テレワーク", "--region"], "ictsearch search"),
    (["index", "corpus", "--jobs"], "ictsearch index"),
    (["show", "x", "--page"], "ictsearch show"),
])
def test_an_option_without_its_value_points_at_its_commands_help(args, help_of, tmp_path):
    # `ictsearch search テレワーク --region` said "(see `ictsearch --help`)", whose
    # help does not describe --region.
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "from ictsearch.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"Error: Option '{args[-1]}' requires an argument. (see `{help_of} --help`)"]


def test_text_documents_are_not_summed_up_as_zero_pages(runner, tmp_path, corpus_copy):
    # The Quick start's first output was "Indexed 5 documents (0 pages) in …", and
    # `ictsearch status` said "documents 5  (0 pages)": text files have no pages, and
    # "0 pages" read as if nothing had been indexed.
    index_dir = tmp_path / "idx"
    indexed = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--jobs", "1"])
    assert indexed.exit_code == 0, indexed.output
    assert "Indexed 5 documents in " in indexed.output and "0 pages" not in indexed.output
    status = runner.invoke(cli, ["status", "--index", str(index_dir)])
    assert "documents    5\n" in status.output and "0 pages" not in status.output


@pytest.mark.parametrize("words", [
    ["テレワーク", "-internet"],       # was: -n "ternet", "not a valid integer range"
    ["テレワーク", "-smartphone"],     # was: the help (-h), exit 0, no search
    ["-online", "テレワーク", "-n", "2"],  # was: -n took "テレワーク" as the limit
    ["-東京", "テレワーク", "-n3"],
])
def test_an_excluded_ascii_word_is_query_text_not_short_options(runner, corpus_index, corpus_searcher, words):
    # The README's `-word` exclusion, typed on the command line as `ictsearch search -東京
    # テレワーク` is documented to work, failed for words holding n or h: Click read them
    # as bundled short options (-n LIMIT, -h).
    import json

    result = runner.invoke(cli, ["search", *words, "--index", str(corpus_index), "--json"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    limit = 2 if "2" in words else 3 if "-n3" in words else 10
    query = " ".join(w for w in words if w not in ("-n", "2", "-n3"))
    expected = corpus_searcher.search(query, limit=limit)
    assert got["query"] == query
    assert (got["total"], [h["doc_id"] for h in got["hits"]]) == (expected.total, [h.doc_id for h in expected.hits])
    assert got["total"] > 0


def test_a_negated_filter_typed_on_the_command_line_gets_the_query_message(runner, corpus_index):
    # `ictsearch search テレワーク -region:東北` answered "Invalid value for '--limit' / '-n':
    # ':東北' is not a valid integer range".
    result = runner.invoke(cli, ["search", "テレワーク", "-region:東北", "--index", str(corpus_index)])
    assert result.exit_code == 2
    assert "a field filter cannot be negated" in result.output and "--limit" not in result.output
    # The short options still work, and a negative limit is still the option's error.
    assert runner.invoke(cli, ["search", "テレワーク", "-n", "1", "--index", str(corpus_index)]).exit_code == 0
    negative = runner.invoke(cli, ["search", "テレワーク", "-n", "-1", "--index", str(corpus_index)])
    assert negative.exit_code == 2 and "-1 is not in the range" in negative.output


def test_output_to_a_cp932_stdout_is_not_a_traceback(corpus_index):
    # On Japanese Windows a redirected stdout is CP932 (here PYTHONIOENCODING=cp932):
    # `ictsearch search テレワーク` died with UnicodeEncodeError on the – of "showing 1–5",
    # `--format csv --excel` on the BOM, and `--json` was written in CP932 although its
    # help promises UTF-8.
    import json
    import subprocess
    import sys

    def run(*args):
        env = {**os.environ, "PYTHONIOENCODING": "cp932", "PYTHONUTF8": "0"}
        return subprocess.run([sys.executable, "-c", "from ictsearch.cli import main; main()", *args,
                               "--index", str(corpus_index)], capture_output=True, env=env, timeout=120)

    text = run("search", "テレワーク", "--limit", "2")
    assert text.returncode == 0, text.stderr.decode("utf-8", "replace")
    shown = text.stdout.decode("cp932")
    assert shown.startswith("5 documents; showing 1?2.") and "テレワーク普及展開推進事業" in shown
    as_json = run("search", "テレワーク", "--json")
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout.decode("utf-8"))["total"] == 5
    excel = run("search", "テレワーク", "--format", "csv", "--excel")
    assert excel.returncode == 0 and excel.stdout.startswith("\ufeffrank,score,title".encode("utf-8"))


def test_a_huge_text_file_is_not_read_whole(tmp_path, monkeypatch):
    # Review 2 cut a huge text file's *text* at MAX_TEXT_CHARS, but the file was still read
    # whole and decoded whole first: a 400 MB log left among the documents cost 1.2 GB, a
    # few GB more than the machine had.  Now only the bytes that can hold MAX_TEXT_CHARS
    # characters are read, cut at a line end so that no character is cut in two.  Here the
    # part past the limit holds a NUL, which makes a whole file binary: read whole, this
    # file failed as "not text".
    from ictsearch.indexer import extract

    monkeypatch.setattr(extract, "MAX_TEXT_BYTES", 1_000, raising=False)
    line = "テレワークの推進に関する記録です。\n"  # 52 bytes: the limit falls inside a character
    path = tmp_path / "log.txt"
    path.write_bytes((line * 40).encode("utf-8") + b"\x00binary tail\n" + (line * 40).encode("utf-8"))
    got = extract.extract(path)
    assert got.encoding == "utf-8"
    assert got.pages[0].startswith("テレワークの推進に関する記録です。")
    assert got.pages[0].count("記録です。") == 1_000 // len(line.encode("utf-8"))
    assert got.warnings == ["text cut at 1,000 bytes"]

    # UTF-16 (BOM) and CP932 are cut at their own line ends too.
    for encoding in ("utf-16", "cp932"):
        path.write_bytes((line * 100).encode(encoding) + b"\x00\x00")
        got = extract.extract(path)
        assert got.encoding == encoding and got.pages[0].endswith("記録です。")
