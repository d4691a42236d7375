"""Regressions found by using ictsearch as a new user would (review 2).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli

from conftest import write

PLAN = (
    "令和5年度 宮城県テレワーク推進計画\n\n"
    "宮城県は、令和5年度において、県内の中小企業におけるテレワークの導入を支援する。\n"
    "仙台市と連携し、サテライトオフィスの整備を進める。\n"
)


@pytest.fixture
def runner():
    return CliRunner()


def test_a_huge_text_file_is_cut_like_office_and_html_text(tmp_path, monkeypatch):
    # A 96 MB text file (a log left in the folder) was read whole: 6.5 GB of
    # memory and more than a quarter of an hour.  It is now cut at the same
    # limit as Office and HTML text, with a warning, and the start is found.
    from ictsearch.indexer import build_index, formats
    from ictsearch.search import open_index

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    line = "地方公共団体における情報システムの標準化及び共通化に関する取組を推進する。\n"
    write(tmp_path / "docs" / "巨大なログ.txt", "テレワーク推進計画\n" + line * 200 + "末尾にだけある防災行政無線\n")
    summary = build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    assert summary.added == 1 and summary.failed == 0
    (outcome,) = [o for o in summary.outcomes if o.status == "added"]
    assert outcome.warnings == ("text cut at 2,000 characters",)
    with open_index(tmp_path / "idx") as idx:
        assert idx.search("テレワーク").total == 1
        assert idx.search("防災行政無線").total == 0
        assert len(next(iter(idx.documents())).text) <= 2_000


@pytest.mark.parametrize("args", [
    ["search", "テレワーク", "--limit", "5"],
    ["search", "テレワーク", "--format", "jsonl"],
    ["facets"],
    ["show", "tohoku-bureau-fy2023-ict-policy-slides.txt"],
    ["similar", "tohoku-bureau-fy2023-ict-policy-slides.txt"],
])
def test_a_reader_that_goes_away_is_not_exit_1(corpus_index, corpus_copy, args):
    # `ictsearch search テレワーク | head -1` exited 1, the status that says files
    # could not be indexed (Click's answer to EPIPE); like `export` it is now 0.
    import subprocess
    import sys

    args = [str(corpus_copy / a) if a.endswith(".txt") else a for a in args]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from ictsearch.cli import main; main()", *args, "--index", str(corpus_index)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # before the command prints anything: its first write fails
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert err == b""


def test_words_after_a_double_dash_are_query_words(runner, corpus_index):
    # `ictsearch search -- --テレワーク` answered "no such option: --テレワーク (to
    # search for text starting with --, put -- before the query)", the advice just
    # followed.  After `--` every word is the query's (here: -テレワーク, an exclusion).
    after = runner.invoke(cli, ["search", "--index", str(corpus_index), "--json", "--", "--テレワーク"])
    assert after.exit_code == 0, after.output
    import json

    assert json.loads(after.output)["total"] == 0  # all five seeds write テレワーク
    mistyped = runner.invoke(cli, ["search", "--index", str(corpus_index), "--limt", "1", "テレワーク"])
    assert mistyped.exit_code == 2
    assert "no such option: --limt" in mistyped.output and "after a --" in mistyped.output


def test_a_dry_run_does_not_call_files_that_failed_last_time_new(runner, tmp_path):
    # After a run in which 空.txt failed, `index --dry-run` listed it as "added"
    # and counted it in "Would add 1" although nothing was new; it is a retry.
    docs = tmp_path / "資料"
    write(docs / "令和5年度" / "テレワーク推進計画.txt", PLAN)
    write(docs / "空.txt", "")
    index = str(tmp_path / "idx")
    first = runner.invoke(cli, ["index", str(docs), "--index", index, "-q"])
    assert first.exit_code == 1  # 空.txt: empty file
    dry = runner.invoke(cli, ["index", str(docs), "--index", index, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert f"retry    {docs / '空.txt'}" in dry.output
    assert "added" not in dry.output
    assert "Would add 0, update 0, remove 0, retry 1 that failed last time; 1 unchanged." in dry.output
    import json

    as_json = json.loads(runner.invoke(cli, ["index", str(docs), "--index", index, "--dry-run", "--json"]).output)
    assert (as_json["added"], as_json["failed"], as_json["unchanged"]) == (0, 1, 1)
    (failed,) = [o for o in as_json["outcomes"] if o["status"] == "failed"]
    assert failed["reason"] == "failed last time: empty file; a run tries it again"


def test_one_hit_is_one_document(runner, corpus_index):
    # 「1 documents; showing 1–1.」
    one = runner.invoke(cli, ["search", "迷惑メール", "--index", str(corpus_index), "--fields", "title"])
    assert one.exit_code == 0
    assert one.output.startswith("1 document; showing 1–1.\n")
    many = runner.invoke(cli, ["search", "テレワーク", "--index", str(corpus_index), "--limit", "0"])
    assert many.output.startswith("5 documents.\n")


@pytest.mark.parametrize("query, message", [
    # Was "title: needs a value, e.g. title:予算" for all three: the value was there.
    ("title:(テレワーク OR 防災)", 'title: takes one word or a "quoted phrase", not a group; write (title:予算 OR title:…)'),
    ("region:(東北 OR 関東)", "region: takes one value, not a group; repeat it for either value: region:東北 region:…"),
    ("title: 予算", "title: needs its value right after the colon, e.g. title:予算"),
    ("title:", "title: needs a value, e.g. title:予算"),
])
def test_a_field_without_its_value_says_what_was_typed_instead(query, message):
    from ictsearch import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery) as e:
        parse(query)
    assert str(e.value) == message


def test_show_and_similar_accept_a_link_to_an_indexed_file(runner, tmp_path):
    # A file reached through a link is indexed once under its own path; `ictsearch
    # show 最新.txt` (the link) answered "no document '最新.txt' in the index".
    docs = tmp_path / "資料"
    plan = write(docs / "令和5年度" / "テレワーク推進計画.txt", PLAN)
    write(docs / "防災.txt", "岩手県では、令和4年度に防災行政無線のデジタル化を実施した。テレワークの導入も支援した。\n")
    (docs / "最新.txt").symlink_to(plan)
    index = str(tmp_path / "idx")
    assert runner.invoke(cli, ["index", str(docs), "--index", index, "-q"]).exit_code == 0
    shown = runner.invoke(cli, ["show", str(docs / "最新.txt"), "--index", index, "--json"])
    assert shown.exit_code == 0, shown.output
    import json

    assert json.loads(shown.output)["path"] == str(plan)
    similar = runner.invoke(cli, ["similar", str(docs / "最新.txt"), "--index", index, "--json"])
    assert similar.exit_code == 0 and [h["path"] for h in json.loads(similar.output)["hits"]] == [str(docs / "防災.txt")]


def test_a_broken_link_is_named_as_one(runner, tmp_path):
    # Was "cannot read: No such file or directory" for a name `ls` shows.
    docs = tmp_path / "資料"
    write(docs / "テレワーク推進計画.txt", PLAN)
    (docs / "旧計画.txt").symlink_to(tmp_path / "削除済み" / "旧計画.txt")
    result = runner.invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 1
    assert f"error: {docs / '旧計画.txt'}: broken link: {tmp_path / '削除済み' / '旧計画.txt'} does not exist" in result.output
    assert "1 added" in result.output


def test_show_page_2_of_a_text_file_says_it_has_no_pages(runner, corpus_index, corpus_copy):
    # Was "… has no pages; only page 1 exists", which contradicts itself.
    path = corpus_copy / "tohoku-bureau-fy2023-ict-policy-slides.txt"
    result = runner.invoke(cli, ["show", str(path), "--page", "2", "--index", str(corpus_index)])
    assert result.exit_code == 2
    assert f"{path} is not divided into pages: page 1 is its whole text" in result.output
    whole = runner.invoke(cli, ["show", str(path), "--page", "1", "--index", str(corpus_index)])
    assert whole.exit_code == 0 and "テレワーク普及展開推進事業" in whole.output


def test_ictsearch_alone_prints_the_help_not_an_error_holding_it():
    # Was "Error: Usage: ictsearch [OPTIONS] …" (24 lines of help inside an error
    # line) ending in "(see `ictsearch --help`)".
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "from ictsearch.cli import main; main()"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout.startswith("Usage: ictsearch [OPTIONS] COMMAND")
    assert "ictsearch search テレワーク" in done.stdout
    assert "Error" not in done.stdout + done.stderr


def test_build_index_takes_one_folder_given_as_a_string(tmp_path, monkeypatch):
    # build_index("資料") walked the letters 資 and 料 as two missing paths and
    # indexed nothing; one str or Path is one folder.
    from ictsearch import build_index

    write(tmp_path / "資料" / "テレワーク推進計画.txt", PLAN)
    monkeypatch.chdir(tmp_path)
    summary = build_index("資料", tmp_path / "idx")
    assert summary.added == 1 and not summary.problems
    again = build_index(tmp_path / "資料", tmp_path / "idx")
    assert (again.unchanged, again.removed) == (1, 0)


def test_similar_is_not_driven_by_function_words(corpus_searcher, corpus_copy):
    # On a small collection `ictsearch similar` ranked and highlighted by する and
    # 等: 「導入【しよう】と【する】企業【等】」, 「開催【し】」.
    for name in ("internet-association-fy2021-business-plan.txt", "tohoku-bureau-fy2023-ict-policy-slides.txt"):
        result = corpus_searcher.similar(str(corpus_copy / name), limit=4)
        assert result.hits
        marked = [hit.snippet[s:e] for hit in result.hits for s, e in hit.highlights]
        assert marked
        assert not set(marked) & {"し", "さ", "する", "しよう", "され", "等"}


@pytest.mark.parametrize("theme", ["ＤＸ", "DX", "dx"])
def test_a_full_width_theme_alias_filters_like_the_query_language(corpus_searcher, theme):
    # --theme ＤＸ was "unknown theme" while theme:ＤＸ in a query and --year ２０２３ worked.
    by_option = corpus_searcher.search(theme=theme)
    by_query = corpus_searcher.search("theme:ＤＸ")
    assert by_option.total == by_query.total >= 1
    assert all("自治体DX・行政手続" in hit.themes for hit in by_option.hits)


def test_full_width_filter_values_work_on_the_command_line(runner, corpus_index):
    for args in (["--theme", "ＤＸ"], ["--region", "ｎｏｎｅ"], ["--theme", "ﾃﾚﾜｰｸ"], ["--theme", "テレワ－ク"]):
        result = runner.invoke(cli, ["search", "--index", str(corpus_index), "--limit", "0", *args])
        assert result.exit_code == 0, (args, result.output)


def test_a_query_or_name_in_shift_jis_bytes_is_one_line_not_a_traceback(corpus_index):
    # `ictsearch search <テレワーク in CP932 bytes>` ended in a UnicodeEncodeError
    # traceback (exit 1), and `ictsearch show <CP932 name>` said the index was
    # damaged and should be rebuilt.
    import subprocess
    import sys

    def run(*args: bytes):
        return subprocess.run([sys.executable.encode(), b"-c", b"from ictsearch.cli import main; main()", *args,
                               b"--index", str(corpus_index).encode()], capture_output=True, timeout=120)

    sjis = "テレワーク".encode("cp932")
    searched = run(b"search", sjis)
    assert searched.returncode == 2
    assert searched.stderr.decode().strip() == (
        "Error: the query is not valid UTF-8 text (typed or saved in another encoding, such as Shift_JIS?)")
    shown = run(b"show", "資料".encode("cp932") + b".txt")
    assert shown.returncode == 2
    assert b"not valid UTF-8" in shown.stderr and b"damaged" not in shown.stderr and b"Traceback" not in shown.stderr


def test_a_link_loop_is_named_as_one(runner, tmp_path):
    # Two links to each other (a.pdf → b.pdf → a.pdf) were each "broken link: … does not exist", though
    # both names are there; named as the folder to index, the loop was "no such file or folder".
    docs = tmp_path / "資料"
    write(docs / "テレワーク推進計画.txt", PLAN)
    (docs / "a.pdf").symlink_to("b.pdf")
    (docs / "b.pdf").symlink_to("a.pdf")
    result = runner.invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 1
    assert f"error: {docs / 'a.pdf'}: link loop: b.pdf leads back to this link" in result.output
    assert "1 added" in result.output
    loop = tmp_path / "共有"
    loop.symlink_to(loop)
    result = runner.invoke(cli, ["index", str(loop), "--index", str(tmp_path / "idx2")])
    assert f"{loop}: link loop: {loop} leads back to this link" in result.output
