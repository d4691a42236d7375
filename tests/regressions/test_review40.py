"""review40: a policy officer and a developer embedding ictsearch, trying to break it: an empty
--fields, a command other tools have (`ictsearch version`), a dry run after failures, an export
read by `head`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli

from conftest import write

@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("fields", ["", ",", " 、 "])
def test_an_empty_fields_list_is_an_error_not_every_column(runner, corpus_index, fields):
    # `--fields ""` (a script's unset "$COLUMNS") printed every column, as if the option had not been given.
    result = runner.invoke(cli, ["search", "テレワーク", "--index", str(corpus_index), "--fields", fields])
    assert result.exit_code == 2, result.output
    line = result.output.strip().splitlines()
    assert len(line) == 1 and line[0].startswith("Error: --fields is empty: name the columns")
    assert "title (タイトル)" in line[0] and "fiscal_year (年度)" in line[0]
    as_json = runner.invoke(cli, ["search", "テレワーク", "--index", str(corpus_index), "--fields", fields, "--json"])
    assert as_json.exit_code == 2 and json.loads(as_json.output)["error"].startswith("--fields is empty")
    similar = runner.invoke(cli, ["similar", "tohoku-bureau-fy2023-ict-policy-slides.txt", "--index",
                                  str(corpus_index), "--fields", fields])
    assert similar.exit_code == 2 and "--fields is empty" in similar.output


def test_fields_named_still_pick_the_columns(runner, corpus_index):
    result = runner.invoke(cli, ["search", "テレワーク普及展開推進事業", "--index", str(corpus_index),
                                 "--format", "csv", "--fields", "タイトル,年度,地域"])
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()
    assert rows[0] == "title,fiscal_year,region" and rows[1] == "テレワーク普及展開推進事業,2023,東北"


@pytest.mark.parametrize("args, command, search", [
    (["version"], "`ictsearch --version`", "`ictsearch search version`"),
    (["バージョン"], "`ictsearch --version`", "`ictsearch search バージョン`"),
    (["find", "テレワーク"], "`ictsearch search テレワーク`", "`ictsearch search find テレワーク`"),
    (["検索", "テレワーク", "東北"], "`ictsearch search テレワーク 東北`", "`ictsearch search 検索 テレワーク 東北`"),
    (["update"], "`ictsearch index FOLDER`", "`ictsearch search update`"),
    (["list"], "`ictsearch status`", "`ictsearch search list`"),
    (["表示", "3377b0ff"], "`ictsearch show 3377b0ff`", "`ictsearch search 表示 3377b0ff`"),
])
def test_a_command_other_tools_have_is_answered_with_ours_and_the_search(runner, args, command, search):
    # `ictsearch version` was answered "to search for it, `ictsearch search version`"; `ictsearch find
    # テレワーク` "Did you mean 'index'?" (difflib's nearest name).  The command meant comes first, and the
    # search is still offered, as the word may be one to look for.
    result = runner.invoke(cli, args)  # (Click's usage lines above it; main() prints the one line)
    assert result.exit_code == 2
    line = result.output.strip().splitlines()[-1]
    assert line.startswith(f"Error: No such command '{args[0]}': ")
    assert line.index(command) < line.index(search), line
    assert "Did you mean" not in line


def test_real_words_typed_without_a_command_and_searches_of_command_words_keep_working(runner, corpus_index,
                                                                                    tmp_path, monkeypatch):
    word = runner.invoke(cli, ["テレワーク"])
    assert word.exit_code == 2 and "to search for it, `ictsearch search テレワーク`" in word.output
    assert "Did you mean 'search'?" in runner.invoke(cli, ["serch", "テレワーク"]).output
    # A search for such a word is a search: the table is only read where a command goes.
    found = runner.invoke(cli, ["search", "update", "--index", str(corpus_index), "--json"])
    assert found.exit_code == 0 and json.loads(found.output)["query"] == "update"
    # A folder named like a command word is what `ictsearch update` names: it is indexed.
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "update" / "報告.txt", "令和5年度 テレワーク推進事業の報告\n")
    folder = runner.invoke(cli, ["update"])
    assert folder.exit_code == 2 and "to index it, `ictsearch index update`" in folder.output


def test_a_dry_run_after_failed_files_reports_this_run_and_exits_0(runner, tmp_path):
    # A dry run indexes nothing: the files that failed in an earlier run (a damaged PDF, an empty
    # text, a good PDF replaced by a truncated copy whose last version the index keeps) are to be
    # retried, not failures of this run.
    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "計画.txt", "令和5年度 東北総合通信局 テレワーク推進計画\n\n宮城県内の企業にテレワークの導入を支援する。\n")
    (docs / "壊れた.pdf").write_bytes(b"%PDF-1.4 garbage")
    (docs / "空.txt").write_bytes(b"")
    first = runner.invoke(cli, ["index", str(docs), "--index", str(idx), "--jobs", "1"])
    assert first.exit_code == 1, first.output
    dry = runner.invoke(cli, ["index", str(docs), "--index", str(idx), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "retry 2 that failed last time; 1 unchanged." in dry.output
    as_json = runner.invoke(cli, ["index", str(docs), "--index", str(idx), "--dry-run", "--json"])
    assert as_json.exit_code == 0 and json.loads(as_json.output)["dry_run"] is True
    rebuild = runner.invoke(cli, ["index", str(docs), "--index", str(idx), "--dry-run", "--rebuild"])
    assert rebuild.exit_code == 0, rebuild.output
    # --quiet keeps the list (stdout) and drops the summary line, as it does for a real run.
    quiet = runner.invoke(cli, ["index", str(docs), "--index", str(idx), "--dry-run", "-q"])
    assert quiet.exit_code == 0 and "Would add" not in quiet.stderr
    assert sorted(line.split()[0] for line in quiet.stdout.splitlines()) == ["retry", "retry"]
    # The real run still says that files fail.
    assert runner.invoke(cli, ["index", str(docs), "--index", str(idx), "--jobs", "1"]).exit_code == 1


def _ictsearch(*args: str) -> list[str]:
    return [sys.executable, "-m", "ictsearch", *args]


def test_an_export_read_by_head_ends_quietly_with_whole_records(tmp_path):
    # `ictsearch export --format jsonl | head -n 2`: the records head passes on are whole JSON objects,
    # and the export ends with exit 0 and nothing on stderr (no traceback, no "Exception ignored").
    docs, idx = tmp_path / "資料", tmp_path / "idx"
    for i in range(40):
        write(docs / f"報告{i:02d}.txt", f"令和5年度 九州総合通信局 ローカル5G実証報告 第{i}号\n\n"
              + "熊本県内の農業法人でローカル5Gを使った遠隔監視の実証を行った。" * 300)
    env = dict(os.environ)  # the ictsearch this test imports (PYTHONPATH or the install)
    built = subprocess.run(_ictsearch("index", str(docs), "--index", str(idx), "-q"), env=env,
                           capture_output=True, timeout=300)
    assert built.returncode == 0, built.stderr.decode()
    for lines in (1, 2, 7):
        shell = (" ".join(_ictsearch("export", "--format", "jsonl", "--index", str(idx)))
                 + f" 2>{tmp_path / 'err'} | head -n {lines}; exit ${{PIPESTATUS[0]}}")
        done = subprocess.run(["bash", "-c", shell], env=env, capture_output=True, timeout=300)
        assert done.returncode == 0, (lines, (tmp_path / "err").read_text())
        assert (tmp_path / "err").read_text() == ""
        records = done.stdout.decode().splitlines()
        assert len(records) == lines
        assert all(json.loads(r)["text"].count("ローカル5G") >= 300 for r in records)


@pytest.fixture(scope="module")
def schools_index(tmp_path_factory):
    from ictsearch.indexer import build_index

    docs = tmp_path_factory.mktemp("schools") / "資料"
    write(docs / "教育.txt", "令和3年度 教育の情報化\n\n文部科学省のGIGAスクール構想に基づき、市内の小中学校で児童生徒1人1台端末と"
          "校内ネットワークを整備した。端末の持ち帰り学習も始めた。\n")
    write(docs / "観光.txt", "訪日観光の推進\n\n観光ビジョン構想会議は、クールジャパンの発信を強め、訪日客の受入環境を整える"
          "構想をまとめた。多言語の案内端末を空港に置いた。\n" * 3)
    write(docs / "協力隊.txt", "地域の防災協力隊\n\n地域の防災協力隊がICTを使い、避難所の情報を共有する訓練を行った。\n")
    idx = docs.parent / "idx"
    build_index([docs], idx, jobs=1)
    return idx


def test_a_split_word_nobody_writes_lists_the_pages_of_its_synonym_first(schools_index):
    # 「ギガスクール構想」 (Sudachi: ギガス|クール|構想) listed a tourism page holding クール and 構想 apart first,
    # and the page writing GIGAスクール構想 last, below every page of its parts.
    from ictsearch.search import open_index

    with open_index(schools_index) as idx:
        res = idx.search("ギガスクール構想")
        assert [h.path.rsplit("/", 1)[1] for h in res.hits] == ["教育.txt", "観光.txt"]
        assert res.notes[0].startswith("no document writes ギガスクール構想 as typed: the first hits hold its synonyms (")
        assert res.notes[0].endswith("), the rest its parts apart")
        # The word typed as the pages write it is found as it was.
        typed = idx.search("GIGAスクール構想")
        assert [h.path.rsplit("/", 1)[1] for h in typed.hits] == ["教育.txt"] and not typed.notes
        # Without synonyms the parts' page is all there is, and the note says so as before.
        plain = idx.search("ギガスクール構想", synonyms=False)
        assert [h.path.rsplit("/", 1)[1] for h in plain.hits] == ["観光.txt"]
        assert plain.notes == ("no document writes ギガスクール構想 as typed: these hold its parts apart",)


def test_a_split_word_beside_another_word_gets_the_note_its_parts_apart_get_alone(schools_index):
    # 「地域おこし協力隊」 alone was said to be found only as its parts apart; 「地域おこし協力隊 ICT」 listed the
    # same page (地域 … 防災協力隊 … ICT) with no word of why.
    from ictsearch.search import open_index

    with open_index(schools_index) as idx:
        alone = idx.search("地域おこし協力隊")
        with_ict = idx.search("地域おこし協力隊 ICT")
        assert [h.title for h in with_ict.hits] == [h.title for h in alone.hits] == ["地域の防災協力隊"]
        assert with_ict.notes == alone.notes == ("no document writes 地域おこし協力隊 as typed: these hold its parts apart",)
        # A split word the hits do write gets no note, whatever stands beside it.
        assert not idx.search("防災協力隊 ICT").notes
        assert not idx.search("端末 構想").notes


@pytest.mark.parametrize("args", [["search", "テレワーク", "--version"], ["search", "--version"], ["status", "--version"],
                                  ["index", "資料", "--version"], ["show", "3377b0ff", "--version"]])
def test_version_typed_after_a_command_says_where_it_goes(runner, args, monkeypatch, capsys):
    # `ictsearch search --version` was answered "did you mean --region?", `ictsearch status --version`
    # "Did you mean '--json'?".
    from ictsearch import cli as cli_module

    monkeypatch.setattr(sys, "argv", ["ictsearch", *args])
    with pytest.raises(SystemExit) as exit_:
        cli_module.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("Error: --version goes before the command: `ictsearch --version`")
    assert ", version " in runner.invoke(cli, ["--version"]).output


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_export_stopped_while_a_slow_reader_takes_a_record_ends_with_whole_records(tmp_path, signum, code):
    # `ictsearch export --format jsonl | gzip > docs.jsonl.gz`, Ctrl-C while a long document's record
    # was going into the full pipe: the output ended in the first 4,096 bytes of that record (Python's
    # buffered writer dropped the rest of a write a signal interrupted), which a reader then failed on.
    from ictsearch.indexer import build_index

    docs, idx = tmp_path / "資料", tmp_path / "idx"
    for i in range(3):
        write(docs / f"白書{i}.txt", f"令和5年版 情報通信白書 第{i}章\n\n"
              + "地域のデジタル化を進めるため、光ファイバと5Gの整備を支援し、自治体DXの取組を広げた。\n" * 3000)
    build_index([docs], idx, jobs=1)
    # Ctrl-C's default in the export: a test run started in the background (`cmd &` in a script, as a CI runner
    # may) ignores SIGINT, which its children inherit, and the export then ran to its end (exit 0).
    done = subprocess.Popen([sys.executable, "-m", "ictsearch", "export", "--format", "jsonl", "--index", str(idx)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    data = [os.read(done.stdout.fileno(), 4096)]  # the export is now writing the first record into the pipe
    time.sleep(0.3)  # and blocked: the pipe holds 64 KB, the record 400 KB
    done.send_signal(signum)
    while chunk := os.read(done.stdout.fileno(), 4096):
        data.append(chunk)
        time.sleep(0.001)
    assert done.wait(timeout=60) == code, done.stderr.read().decode()
    out = b"".join(data).decode("utf-8")
    assert out.endswith("\n")
    records = [json.loads(line) for line in out.splitlines()]
    assert 1 <= len(records) <= 3 and records[0]["text"].count("自治体DX") == 3000


def test_a_pasted_passage_gets_no_note_on_its_words_read_as_the_kind_of_material(schools_index):
    # A paragraph pasted from a page (a 。 in it) stood under 「概要 was read as the kind of material asked for
    # …」 and 「資料 was read as …」: its words are the page's own text, not a request.
    from ictsearch.search import open_index

    with open_index(schools_index) as idx:
        typed = idx.search("端末 関連資料")
        assert typed.total == 2 and typed.notes == (
            "関連資料 was read as the kind of material asked for: not required, it only lifts the pages writing it",)
        pasted = idx.search("市内の 小中学校で 端末の 整備の 概要を 資料に まとめた。")
        assert pasted.hits and pasted.hits[0].path.endswith("教育.txt")
        assert not any("kind of material" in n for n in pasted.notes)


def test_the_note_on_a_split_word_is_not_given_where_the_hits_hold_its_synonym(tmp_path):
    # 「携帯電話 不感地帯 解消」: the hits write 不感地域 (a synonym), and were said to hold 不感地帯's parts apart.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "資料"
    write(docs / "電波.txt", "携帯電話の不感地域の解消\n\n山間部に残る携帯電話の不感地域を解消するため、基地局の整備を支援した。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        res = idx.search("携帯電話 不感地帯 解消")
        assert res.total == 1 and not any("as typed" in n for n in res.notes)


def test_a_split_word_found_only_through_its_synonym_is_said_so(tmp_path):
    # With no page holding ギガス, クール or 構想 apart, the note said "these hold its parts apart" of the one
    # page, which writes GIGAスクール構想.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "資料"
    write(docs / "教育.txt", "学校のネットワーク\n\nGIGAスクールの端末を全校に配備した。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        res = idx.search("ギガスクール")
        assert res.total == 1
        assert res.notes[0].startswith("no document writes ギガスクール as typed: these hold its synonyms (")
