"""Regressions found by using ictsearch as a new user and as an embedding program would (review 7).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import pytest

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


def test_a_misspelt_metadata_csv_column_is_one_warning_not_one_per_document(tmp_path):
    # `ictsearch index 資料` with a metadata.csv whose column 'regoin' describes 300 files printed the
    # same warning 300 times; it is shown once, the other documents counted, and --json keeps each.
    import json

    from click.testing import CliRunner

    from ictsearch.cli import cli

    docs = tmp_path / "資料"
    rows = ["path,regoin,備考"]
    for i, (era, what) in enumerate([(3, "テレワーク相談窓口"), (4, "防災行政無線の更新"), (5, "光回線の整備")]):
        write(docs / f"r{i}.txt", f"令和{era}年度 {what}の報告\n\n令和{era}年度は{what}を進めた。\n")
        rows.append(f"r{i}.txt,東北,担当課の控え")
    write(docs / "metadata.csv", "\n".join(rows) + "\n")
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx")])
    lines = [l for l in res.output.splitlines() if l.startswith("warning:")]
    assert len(lines) == 2, res.output
    assert "unknown key 'regoin' ignored (did you mean 'region'?)" in lines[0]
    assert lines[1].startswith("warning: 2 more documents gave only warnings shown above")
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx2"), "--json"])
    outcomes = json.loads(res.stdout)["outcomes"]
    assert sum(1 for o in outcomes if o["warnings"]) == 3



def test_an_open_year_range_reads_back_open_not_with_its_stand_in_bound(fiscal_year_index):
    # `ictsearch search テレワーク --year 2030以降` said "the fiscal_year filter (2030..2200) removes
    # every hit"; 2200 is only the bound an open range is searched with.
    from ictsearch.search import open_index

    with open_index(fiscal_year_index) as s:
        assert s.search("テレワーク", fiscal_year="2030以降").notes == ("the fiscal_year filter (2030..) removes every hit",)
        assert s.search("テレワーク", fiscal_year="..平成30").notes == ("the fiscal_year filter (..2018) removes every hit",)
        assert s.search("テレワーク", fiscal_year="2018..2020").notes == ("the fiscal_year filter (2018..2020) removes every hit",)
        explained = s.search("令和6年度以降のテレワーク", explain=True).explain
    words = str(explained["words"])
    assert "fiscal_year 2024.." in words and "2200" not in words


def test_a_span_of_years_typed_backwards_in_the_query_is_a_clear_error(fiscal_year_index):
    # `ictsearch search 'テレワーク 令和5～4年度'` silently required 令和5 and 4年度 as two words, and
    # 令和5年度から令和4年度 required both years; `--year 令和5～4年度` is refused as backwards.
    # A quoted phrase stays text.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search import open_index

    with open_index(fiscal_year_index) as s:
        for typed in ("テレワーク 令和5～4年度", "テレワーク 令和5年度から令和4年度", "令和5年度から令和4年度のテレワーク"):
            with pytest.raises(BadQuery, match=r"runs backwards \(2023 > 2022\)"):
                s.search(typed)
        assert s.search("令和4年度から令和5年度のテレワーク").total == 2
        assert s.search('"令和5年度から令和4年度"').total == 0
    res = CliRunner().invoke(cli, ["search", "テレワーク 令和5～4年度", "--index", str(fiscal_year_index)])
    assert res.exit_code == 2 and "runs backwards" in res.output and "Traceback" not in res.output


def test_a_title_line_that_opens_with_its_date_is_the_title():
    # A city's press-conference page, 「2023年10月27日記者会見「…」」 over its share buttons, was
    # titled 「Xでポスト フェイスブックでシェア ラインでシェア」: every line opening with a date was
    # passed over as if it were a date alone. A date with a short tail still is.
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    page = ("2024年5月14日記者会見「市立図書館の電子書籍サービス開始について外3件」\n\n"
            "Xでポスト\nフェイスブックでシェア\n\nページ番号1001234  更新日 2024年5月20日\n")
    assert derive_title(page, None, Path("kaiken.html")).startswith("2024年5月14日記者会見「市立図書館の電子書籍サービス")
    report = "令和5年3月31日 総務省情報流通行政局\n\n地域情報化の推進に関する報告書\n\n本報告書は…\n"
    assert derive_title(report, None, Path("r.txt")) == "地域情報化の推進に関する報告書"


def test_a_metadata_csv_that_describes_nothing_says_why(tmp_path):
    # A metadata.csv headed Path,Region (Excel's capitals), saved with tabs, or whose rows name
    # ./a.txt, ../x.txt, a file that is not there or the same file twice was silently ignored
    # (or partly ignored): the collection kept its derived values and nobody was told.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "資料"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業\n\n地域企業のテレワーク導入を支援した。\n")
    write(docs / "b.txt", "令和4年度 防災行政無線の更新\n\n防災行政無線の更新を進めた。\n")
    write(docs / "metadata.csv", "Path,Region\n./a.txt,東北\nb.txt,関東\nb.txt,九州\nc.txt,北海道\n../x.txt,沖縄\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    warnings = {w for o in summary.outcomes for w in o.warnings}
    assert warnings == {
        f"metadata.csv in {docs}: a file is listed twice, the last row is used: b.txt (rows 3 and 4)",
        f"metadata.csv in {docs}: rows for files outside its folder are not used (list them in a metadata.csv above them): ../x.txt",
        f"metadata.csv in {docs}: rows for files that are not there: c.txt",
    }
    with open_index(tmp_path / "idx") as s:
        assert s.search("テレワーク", region="東北").total == 1
        assert s.search("防災", region="九州").total == 1

    write(docs / "metadata.csv", "path\tregion\na.txt\t信越\n")  # saved from a spreadsheet as tab-separated
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert not any(o.warnings for o in summary.outcomes)
    with open_index(tmp_path / "idx") as s:
        assert s.search("テレワーク", region="信越").total == 1

    # (パス, the path's label, heads the path column since small26: test_small26.py; ファイル名 since
    # adv27: test_adv27.py)
    write(docs / "metadata.csv", "資料名,地域\na.txt,東北\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert {w for o in summary.outcomes for w in o.warnings} == {
        f"metadata.csv in {docs}: no 'path' (パス) column (columns: '資料名', '地域'): no row is used"}


def test_show_says_what_the_place_scores_weigh(tmp_path):
    # `ictsearch show` printed 「← places: 長野県=16, 信越=16」, which a user read as counts of mentions.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "r.txt", "長野県 地域情報化計画\n\n長野県は、県内の光回線の整備を進める。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as s:
        doc = s.get(str(tmp_path / "docs" / "r.txt"))
    src = doc.sources["prefecture"]
    assert src.startswith("places: 長野県=") and "(weighted mentions: title ×4, first lines ×3, body ×1" in src
