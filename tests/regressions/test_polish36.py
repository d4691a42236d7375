"""polish36: an option typed the way a Japanese input method types it says what is wrong with it;
a year of the right form but out of range says so; SIGTERM during
`ictsearch index` says what became of the run."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from ictsearch import cli

from conftest import write

# A regional bureau's page, as a municipal or 総合通信局 news page reads.
TOHOKU_PAGE = ("# 東北地域におけるテレワーク推進施策について\n\n"
               "東北総合通信局は、令和5年度、岩手県及び宮城県の中小企業を対象にテレワーク導入の相談会を開催しました。"
               "相談会では、情報通信技術を活用した働き方改革の事例を紹介しました。\n")


@pytest.fixture(scope="module")
def tohoku_index(tmp_path_factory):
    from ictsearch.indexer import build_index

    docs = tmp_path_factory.mktemp("docs")
    write(docs / "tohoku.md", TOHOKU_PAGE)
    index_dir = tmp_path_factory.mktemp("index") / "idx"
    build_index([docs], index_dir, jobs=1)
    return index_dir


def run_main(monkeypatch, capsys, *args) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["ictsearch", *args])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    return exit_.value.code, capsys.readouterr().err


@pytest.mark.parametrize("command", [["search", "施策"], ["facets"]])
@pytest.mark.parametrize("typed, says", [
    ("--region＝東北", "--region＝東北: the ＝ is full-width; type --region=東北 or --region 東北"),
    ("--region 信越", "'--region 信越' is one argument (quoted together): type --region 信越 without the quotes"),
    ("--region　信越", "the space after it is full-width; type --region=信越 or --region 信越"),
    ("－－region=東北", "－－ is not -- (two ASCII hyphens); type --region=東北 or --region 東北"),
    ("ーーregion=東北", "ーー is not -- (two ASCII hyphens); type --region=東北 or --region 東北"),
    ("－－year＝令和5", "－－ is not -- (two ASCII hyphens); the ＝ is full-width; type --year=令和5"),
])
def test_an_option_typed_in_full_width_says_what_is_wrong(tohoku_index, monkeypatch, capsys, command, typed, says):
    code, err = run_main(monkeypatch, capsys, *command, typed, "--index", str(tohoku_index))
    assert code == 2
    assert says in err
    assert "did you mean" not in err and "no such option" not in err.lower()


def test_full_width_dashes_are_no_longer_searched_as_an_excluded_word(tohoku_index, monkeypatch, capsys):
    # ーーregion=東北 was query text: NOT "リージョン 東北", and the page was listed as if filtered.
    code, err = run_main(monkeypatch, capsys, "search", "テレワーク", "ーーregion=東北", "--index", str(tohoku_index))
    assert code == 2 and "ーー is not --" in err


def test_such_words_after_a_double_dash_are_query_text(tohoku_index):
    # (CliRunner: a search that succeeds under main() ends the process without teardown.)
    result = CliRunner().invoke(cli.cli, ["search", "--index", str(tohoku_index), "--json", "--", "テレワーク", "--region＝東北"])
    assert result.exit_code == 0, result.output


def test_a_mistyped_option_name_still_gets_its_hint(tohoku_index, monkeypatch, capsys):
    code, err = run_main(monkeypatch, capsys, "search", "施策", "--regoin＝東北", "--index", str(tohoku_index))
    assert code == 2 and "did you mean --region?" in err


@pytest.mark.parametrize("typed, year", [("令和100", 2118), ("令和１００年度", 2118),
                                         ("令和3..令和100", 2118), ("平成200", 2188)])
def test_an_era_year_of_three_digits_is_out_of_range_not_unreadable(tohoku_index, monkeypatch, capsys, typed, year):
    from ictsearch.indexer.metadata.eras import MIN_YEAR, latest_year

    code, err = run_main(monkeypatch, capsys, "search", "テレワーク", "--year", typed, "--index", str(tohoku_index))
    assert code == 2
    assert f"is {year}: a document's year lies between {MIN_YEAR} and {latest_year()}" in err
    assert "cannot read" not in err


def test_the_python_api_and_the_query_word_say_the_same(tohoku_index):
    import ictsearch
    from ictsearch.indexer.errors import UnknownFacetValue

    with ictsearch.open_index(tohoku_index) as idx:
        with pytest.raises(UnknownFacetValue, match="'令和100' is 2118: a document's year lies between"):
            idx.search("テレワーク", fiscal_year="令和100")
        with pytest.raises(UnknownFacetValue, match="'令和100' is 2118: a document's year lies between"):
            idx.search("テレワーク 年度:令和100")
        assert idx.search("テレワーク", fiscal_year="令和5..令和18").query == "テレワーク"  # in range: read


def test_an_era_year_of_three_digits_in_range_is_read():
    # 昭和100 (2025, as the 昭和100年 events counted it) was "cannot read" where 昭和99 was read.
    from ictsearch.indexer.metadata.eras import parse_year

    from ictsearch.search.understand import understood

    assert parse_year("昭和100年") == 2025
    # An initial with three digits stays a name in a query (a model's, S100～S101), not a span of years.
    assert understood("S100~S101") is None and understood("T100") is None


def _council_pages(folder, n: int):
    """`n` pages of a prefecture's ICT council minutes and notices: enough work that a signal lands mid-run."""
    prefectures = ("青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県")
    for i in range(n):
        pref = prefectures[i % len(prefectures)]
        write(folder / "minutes" / f"council-{i:03d}.txt",
              f"{pref}地域情報化推進協議会 第{i + 1}回 議事概要\n\n"
              + (f"令和5年度の{pref}におけるデジタル田園都市国家構想の取組について、事務局から説明があった。"
                 "委員からは、中山間地域の光ファイバ整備と、高齢者のスマートフォン利用支援を進めるべきとの意見があった。") * 10)


def _index_process(docs, idx):
    import os
    import signal
    import subprocess

    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "ictsearch.cli", "index", str(docs), "--index", str(idx), "--jobs", "2"],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_until_extracting(proc, idx, files=5, timeout=60):
    import time

    before = len(list((idx / "cache").rglob("*.gz")))
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None and len(list((idx / "cache").rglob("*.gz"))) < before + files:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before the signal could be sent"


@pytest.mark.parametrize("whole_group", [False, True], ids=["kill PID", "the process group (a service manager)"])
def test_sigterm_during_an_update_says_so_exits_143_and_keeps_the_previous_index(tmp_path, whole_group):
    import os
    import signal
    import subprocess

    import ictsearch
    from ictsearch.indexer import IndexStore, build_index

    docs = tmp_path / "docs"
    write(docs / "tohoku.md", TOHOKU_PAGE)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    _council_pages(docs, 200)
    proc = _index_process(docs, idx)
    _wait_until_extracting(proc, idx)
    (os.killpg if whole_group else os.kill)(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("ictsearch index did not exit after SIGTERM")
    err = proc.stderr.read()
    assert proc.returncode == 143, err
    assert err.strip().splitlines() == [
        f"Stopped (SIGTERM): the previous index is unchanged; run `ictsearch index {docs} --index {idx} --jobs 2` "
        "again to finish."]
    with ictsearch.open_index(idx) as ix:  # the previous state, searchable
        assert ix.doc_count() == 1 and ix.search("テレワーク 相談会").total == 1
    with IndexStore(idx).write_lock(timeout=0):  # not left held (by the parent, nor by a worker)
        pass
