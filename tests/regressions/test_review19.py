"""Review 19: a new maintainer keeps a team's collection up to date and breaks it."""

from __future__ import annotations


from conftest import write


def test_indexing_another_folder_keeps_the_documents_of_an_unmounted_share(tmp_path):
    # The README: "files gone from the named folders removed", and a named folder that does not
    # exist (an unmounted share) keeps what the index holds from it. But `ictsearch index docs`
    # while the share (indexed before, not named now) was unmounted removed every document of the
    # share: a search for 関東ICT推進NPO found nothing until the share was indexed again.
    from ictsearch import build_index, open_index

    share, docs = tmp_path / "mnt" / "share", tmp_path / "docs"
    write(share / "kanto.txt", "令和2年度事業報告\n\n関東ICT推進NPO連絡協議会はテレワーク・ワーケーション勉強会を開催した。\n")
    write(docs / "tohoku.txt", "東北総合通信局 主な取組\n\nテレワーク普及展開推進事業を実施する。\n")
    idx = tmp_path / "idx"
    build_index([share], idx, jobs=1)
    build_index([docs], idx, jobs=1)
    share.rename(tmp_path / "mnt" / "share.unmounted")
    s = build_index([docs], idx, jobs=1)
    assert (s.removed, s.unchanged) == (0, 1)
    with open_index(idx) as ix:
        assert ix.search("関東ICT推進NPO連絡協議会").total == 1
    # A file deleted from a collection that is there (not named in this run) is still removed.
    (tmp_path / "mnt" / "share.unmounted").rename(share)
    write(share / "other.txt", "東海総合通信局\n\n防災行政無線の整備\n")
    (share / "kanto.txt").unlink()
    s = build_index([docs], idx, jobs=1)
    assert s.removed == 1
    with open_index(idx) as ix:
        assert ix.search("関東ICT推進NPO連絡協議会").total == 0


def test_dry_run_calls_a_broken_replacement_that_failed_last_time_a_retry(tmp_path):
    # A good PDF replaced by a truncated copy fails, and the index keeps its last good version.
    # `index --dry-run` then said "updated …" and "Would … update 1", where the run retries it
    # and fails again (0 updated, 1 failed), as it says for any other file that failed last time.
    from ictsearch import build_index

    docs = tmp_path / "docs"
    plan = write(docs / "plan.txt", "令和3年度 事業計画書\n\n迷惑メール対策の推進\n")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    plan.write_bytes(b"\xff\xfe\x00\xd8 broken \x81")  # not text in any encoding
    assert build_index([docs], idx, jobs=1).failed == 1
    dry = build_index([docs], idx, jobs=1, dry_run=True)
    assert (dry.updated, dry.failed) == (0, 1)
    assert "failed last time" in dry.failures[0].reason
    real = build_index([docs], idx, jobs=1)
    assert (real.updated, real.failed) == (0, 1)


def test_a_worker_that_dies_stops_the_run_at_once_not_after_the_others_finish(tmp_path, monkeypatch):
    # A worker killed mid-run (the OOM killer on a large PDF, a crash in a PDF library) was noticed
    # only when no result came for a second: the other workers first prepared every remaining file
    # (three minutes of the White Paper here), and then the run was discarded all the same.
    import os
    import time

    import pytest

    from ictsearch import build_index
    from ictsearch.indexer import writer
    from ictsearch.indexer.errors import IctsearchError

    docs = tmp_path / "docs"
    for i in range(40):
        write(docs / f"r{i:02}.txt", f"令和{i % 5 + 1}年度 テレワーク推進事業 第{i}回\n\n東北総合通信局は、テレワークの導入支援を行った。\n")
    done, died = tmp_path / "done.log", tmp_path / "died"
    prepare = writer.prepare
    prepared_here = []

    def slow_prepare(task, cache):
        prepared_here.append(task.path)
        if len(prepared_here) == 4:
            try:
                died.touch(exist_ok=False)  # the first worker at its fourth file dies (both are warm by then)
            except FileExistsError:
                pass
            else:
                os._exit(9)  # as a killed process does: no result, no goodbye
        time.sleep(0.1)
        with open(done, "a") as f:
            f.write(task.path + "\n")
        return prepare(task, cache)

    monkeypatch.setattr(writer, "prepare", slow_prepare)
    with pytest.raises(IctsearchError, match="worker process died"):
        build_index([docs], tmp_path / "idx", jobs=2)
    assert len(done.read_text().splitlines()) < 30


def test_an_option_of_the_commands_typed_before_the_command_says_where_it_goes(tmp_path):
    # The README's "--index DIR" typed git-style, before the command (`ictsearch --index 索引
    # search テレワーク`), said only "No such option '--index'. (see `ictsearch --help`)", and
    # `ictsearch --help` lists no --index: the option every command has looked missing.
    import subprocess
    import sys

    for argv, option in ((["--index", str(tmp_path / "索引"), "search", "テレワーク"], "--index"),
                         (["--json", "status"], "--json")):
        res = subprocess.run([sys.executable, "-m", "ictsearch.cli", *argv], capture_output=True, text=True)
        assert res.returncode == 2 and res.stdout == ""
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
        assert f"{option} goes after the command" in lines[0], lines[0]
    res = subprocess.run([sys.executable, "-m", "ictsearch.cli", "--indx", "x", "status"], capture_output=True, text=True)
    assert res.returncode == 2 and "goes after" not in res.stderr  # not an option of any command


def test_a_workbook_that_opens_with_a_header_row_is_titled_by_its_file_name(tmp_path):
    # A budget sheet whose first row is its columns' header (事業名 | 令和5年度予算額(千円) | 担当) was
    # titled 「事業名」 in every search result, and one opening with 「No. | 市町村名 | 導入状況」 「No.」:
    # a column's label, not the workbook's title. A title alone in its row (A1 of 集計表) still is.
    import openpyxl

    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    docs.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "予算内訳"
    ws.append(["事業名", "令和5年度予算額(千円)", "担当"])
    ws.append(["地域デジタル基盤活用推進事業", 123456, "東北総合通信局"])
    wb.save(docs / "令和5年度予算資料.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No.", "市町村名", "導入状況"])
    ws.append([1, "盛岡市", "テレワーク導入済"])
    wb.save(docs / "岩手県テレワーク導入状況.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["令和4年度 九州ICT利活用調査 集計表"])
    ws.append(["県名", "回答数", "割合"])
    ws.append(["熊本県", 120, 0.5])
    wb.save(docs / "survey.xlsx")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        assert idx.get(str(docs / "令和5年度予算資料.xlsx")).title == "令和5年度予算資料"
        assert idx.get(str(docs / "岩手県テレワーク導入状況.xlsx")).title == "岩手県テレワーク導入状況"
        assert idx.get(str(docs / "survey.xlsx")).title == "令和4年度 九州ICT利活用調査 集計表"


def test_a_folder_indexed_through_a_link_and_by_its_own_path_is_indexed_once(tmp_path):
    # The README: "a file reached twice is indexed once, under its own path". Within one run it
    # was; across runs `ictsearch index 共有` (a link to the NAS folder) and then `ictsearch index
    # /mnt/nas/資料` held every document twice, and every search showed each hit twice.
    from ictsearch import build_index, open_index

    real = tmp_path / "nas" / "資料"
    write(real / "tohoku.txt", "東北総合通信局 主な取組\n\nテレワーク普及展開推進事業を実施する。\n")
    write(real / "kanto.txt", "令和2年度事業報告\n\n関東ICT推進NPO連絡協議会の総会を開催した。\n")
    link = tmp_path / "共有"
    link.symlink_to(real)
    idx = tmp_path / "idx"
    build_index([link], idx, jobs=1)
    s = build_index([real], idx, jobs=1)
    assert s.removed == 2 and s.added + s.unchanged == 2
    with open_index(idx) as ix:
        assert [h.path for h in ix.search("テレワーク").hits] == [str(real / "tohoku.txt")]
        assert ix.doc_count() == 2
    s = build_index([link], idx, jobs=1)  # and back: still its own path, once
    assert (s.added, s.removed, s.unchanged) == (0, 0, 2)
    with open_index(idx) as ix:
        assert [h.path for h in ix.search("テレワーク").hits] == [str(real / "tohoku.txt")]


def test_a_rebuild_counts_the_last_good_version_of_a_broken_file_it_drops(tmp_path):
    # A file that broke keeps its last good version in the index; --rebuild drops it. The rebuild
    # said "0 removed, 1 failed" while the index went from 2 documents to 1, and its --dry-run said
    # "Would add 2, … remove 0" for a file that fails every run.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "tohoku.txt", "東北総合通信局 主な取組\n\nテレワーク普及展開推進事業を実施する。\n")
    plan = write(docs / "plan.txt", "令和3年度 事業計画書\n\n迷惑メール対策の推進\n")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    plan.write_bytes(b"\xff\xfe\x00\xd8 broken \x81")
    assert build_index([docs], idx, jobs=1).failed == 1
    with open_index(idx) as ix:
        assert ix.doc_count() == 2  # its last good version
    dry = build_index([docs], idx, jobs=1, rebuild=True, dry_run=True)
    assert (dry.added, dry.removed, dry.failed) == (1, 1, 1)
    s = build_index([docs], idx, jobs=1, rebuild=True)
    assert (s.added, s.removed, s.failed, s.documents) == (1, 1, 1, 1)
    with open_index(idx) as ix:
        assert ix.doc_count() == 1 and ix.search("迷惑メール").total == 0
    again = build_index([docs], idx, jobs=1)  # still remembered as failing, retried
    assert (again.failed, again.removed, again.unchanged) == (1, 0, 1)


def test_a_form_that_opens_with_a_subject_cell_is_titled_by_the_subject(tmp_path):
    # A 議事録 written in a Word form opens with a table 「件名 | 令和5年度 信越地域テレワーク推進会議
    # 議事録」: its title was 「件名<TAB>令和5年度信越地域テレワーク推進会議議事録」, a tab and the
    # form's label in every search result.
    import docx

    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    docs.mkdir()
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "件名", "令和5年度 信越地域テレワーク推進会議 議事録"
    t.cell(1, 0).text, t.cell(1, 1).text = "日時", "令和5年6月1日(木) 14:00~16:00"
    d.add_paragraph("長野県と新潟県のテレワーク推進の取組を共有した。")
    d.save(docs / "shinetsu.docx")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        assert idx.get(str(docs / "shinetsu.docx")).title == "令和5年度信越地域テレワーク推進会議議事録"
