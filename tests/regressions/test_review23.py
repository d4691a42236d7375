"""Review 23: the maintainer of a 総合通信局 planning section's shared search folder keeps it, and breaks it."""

from __future__ import annotations

import pytest

from conftest import REALDOCS, write


@pytest.fixture(scope="module")
def section(tmp_path_factory):
    """A town's page on its disaster radio (placed only by a sidecar) and a bureau's press release."""
    from ictsearch import build_index

    root = tmp_path_factory.mktemp("section")
    docs = root / "docs"
    write(docs / "秩父市 防災無線.txt", "防災行政無線戸別受信機貸与について\n\n"
          "当市の防災行政無線は、旧市町村単位で整備されたもので互換性がなく、一括した防災情報の提供が"
          "できない状況となっています。このことを受け、防災行政無線システムの更新を行っています。\n")
    write(docs / "秩父市 防災無線.txt.meta.toml", 'prefecture = "埼玉県"\nfiscal_year = "令和5"\n')
    write(docs / "熊野町.txt", "広島県熊野町において臨時災害放送局の開設訓練を実施\n\n"
          "中国総合通信局は、令和6年5月9日、広島県熊野町において臨時災害放送局の開設訓練を実施しました。"
          "災害時に地域住民へ防災情報を届けるため、臨時災害放送局の開設手順を確認しました。"
          "機器の整備に要する予算は本年度の補助事業で確保しています。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    return idx


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, list(args))


def test_a_count_only_search_keeps_its_note(section):
    # `--limit 0` (how many?) printed the count and the facets but not the note the same search
    # prints with hits: that 秩父市 was filtered as all of 埼玉県 was lost, and --json kept it.
    out = _cli("search", "--region", "秩父市", "--limit", "0", "--index", str(section))
    assert out.exit_code == 0, out.output
    assert "1 document." in out.output
    assert "Note: 秩父市 is filtered as 埼玉県" in out.output


def test_a_page_past_the_last_hit_keeps_its_note(section):
    out = _cli("search", "防災", "--region", "秩父市", "--offset", "5", "--index", str(section))
    assert out.exit_code == 0, out.output
    assert "No more hits: 1 in all, offset 5." in out.output
    assert "Note: 秩父市 is filtered as 埼玉県" in out.output


@pytest.mark.parametrize("value", ["令和4・5年度", "R4、5年度", "2022・2023", "2022,2023", "令和4年度、令和5年度"])
def test_year_filter_takes_years_listed_as_the_query_reads_them(section, value):
    # 「令和4・5年度のテレワーク」 in a query is either year, and --region takes 九州・沖縄 as either
    # block, but --year 令和4・5年度 (a budget sheet's heading pasted) was refused as no year.
    from ictsearch import open_index

    with open_index(section) as ix:
        listed = ix.search(fiscal_year=value)
        assert {h.path.rsplit("/", 1)[-1] for h in listed.hits} == {"秩父市 防災無線.txt"}
        assert listed.total == ix.search(fiscal_year=[2022, 2023]).total
    out = _cli("search", "--year", value, "--limit", "0", "--index", str(section))
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("value", ["令和4・令和99", "2022・東北", "令和4・5年度・"])
def test_a_year_list_with_a_wrong_part_is_still_one_clear_error(section, value):
    from ictsearch import open_index
    from ictsearch.indexer.errors import UnknownFacetValue

    with open_index(section) as ix, pytest.raises(UnknownFacetValue):
        ix.search(fiscal_year=value)




def test_similar_matches_on_words_not_on_suffixes_and_counters(tmp_path):
    # 「地域情報化アドバイザー講演会を開催−生成AIの…」 (九州総合通信局): its key terms held 年, 月, 的,
    # 化, 市, 課 — the one-character sub-units of 令和5年11月, 革新的, 地域情報化, 都城市 — so a
    # bureau's ceremony report came up for 【市】【地域】【情報】 and a drone report for 【化】.
    import shutil

    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    docs.mkdir()
    for r in ("r542", "r543", "r079", "r002", "r066", "r104", "r507"):
        shutil.copy(REALDOCS / f"{r}.txt", docs)
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        result = ix.similar(docs / "r542.txt", limit=6)
    assert result.hits[0].path.endswith("r543.txt")  # 近畿's 自治体CIO研修 on 生成AI
    words = {h.snippet[a:b] for h in result.hits for a, b in h.highlights}
    assert "生成AI" in words
    assert not [w for w in words if len(w) < 2], words


@pytest.mark.parametrize("typed, plain", [
    ("令和5(2023)年度", "令和5年度"),   # how plans and budget sheets write a 年度
    ("2023(令和5)年度", "2023年度"),
    ("令和5（2023）年度", "令和5年度"),  # full-width, as pasted
    ("西暦2023年度", "2023年度"),
])
def test_a_year_written_with_its_other_calendar_in_brackets_is_that_year(section, typed, plain):
    # 「令和5(2023)年度」 was read as 令和5 AND (2023) AND 年度: the brackets grouped, so only pages
    # writing 2023 and 年度 as text matched (2 of the 7 令和5年度 pages of a bureau's folder), and the
    # sidecar-dated town page not at all; 西暦2023年度 required the word 西暦 and found nothing, silently.
    from ictsearch import open_index

    with open_index(section) as ix:
        want = {h.doc_id for h in ix.search(plain).hits}
        assert want  # the 秩父市 page, 年度 2023 by its sidecar
        assert {h.doc_id for h in ix.search(typed).hits} == want
        assert "fiscal_year 2023" in str(ix.search(typed, explain=True).explain["words"])


def test_year_filter_takes_a_year_written_with_its_other_calendar(section):
    from ictsearch import open_index

    with open_index(section) as ix:
        assert ix.search(fiscal_year="令和5(2023)年度").total == ix.search(fiscal_year=2023).total == 1


def test_brackets_that_group_still_group():
    from ictsearch.search.parse import parse

    assert parse("(5G OR ローカル5G) 地域") == parse("( 5G OR ローカル5G ) 地域")
    assert parse("テレワーク(在宅勤務 OR リモート)") == parse("テレワーク (在宅勤務 OR リモート)")
    assert parse("テレワーク(在宅勤務)推進") == parse("テレワーク 在宅勤務 推進")  # brackets glued to words, no year


@pytest.mark.parametrize("command", [["search", "テレワーク"], ["status"], ["facets"], ["show", "x.txt"]])
def test_the_documents_folder_given_as_the_index_is_not_offered_as_a_place_to_build_one(tmp_path, command):
    # `ictsearch search テレワーク --index 資料` (the documents folder, by mistake) answered "No index at
    # 資料. Build one with `ictsearch index DIR --index 資料`", and that command is refused: 資料 holds
    # other files.  The error says so and points at an index instead.
    docs = write(tmp_path / "資料" / "計画.txt", "令和5年度 事業計画\n\nテレワークの推進。\n").parent
    out = _cli(*command, "--index", str(docs))
    assert out.exit_code == 2, out.output
    assert "holds other files (計画.txt)" in out.output
    assert "Build one with" not in out.output
    assert len(out.output.strip().splitlines()) == 1


def test_a_file_given_as_the_index_is_not_offered_as_a_place_to_build_one(tmp_path):
    plan = write(tmp_path / "計画.txt", "令和5年度 事業計画\n")
    out = _cli("search", "テレワーク", "--index", str(plan / "idx"))
    assert out.exit_code == 2, out.output
    assert "is a file, not a folder" in out.output
    assert "Build one with" not in out.output


def test_an_empty_or_new_folder_still_says_how_to_build_an_index_there(tmp_path):
    out = _cli("search", "テレワーク", "--index", str(tmp_path / "idx"))
    assert out.exit_code == 2
    assert f"Build one with `ictsearch index DIR --index {tmp_path / 'idx'}`" in out.output


def test_a_named_share_that_is_an_empty_mount_point_keeps_its_documents(tmp_path):
    # The nightly `ictsearch index /mnt/share` while the share was not mounted: its mount point is
    # there and empty, and the run removed every document (3 removed, "The index holds 0
    # documents"), where a missing folder keeps them and says so.
    from ictsearch import open_index

    share = tmp_path / "share"
    write(share / "計画.txt", "令和5年度 テレワーク推進事業計画\n\n東北総合通信局は、テレワークの導入を支援します。\n")
    write(share / "防災" / "無線.txt", "防災行政無線戸別受信機貸与について\n\n当市の防災行政無線を更新します。\n")
    index = str(tmp_path / "idx")
    assert _cli("index", str(share), "--index", index).exit_code == 0
    for f in (share / "計画.txt", share / "防災" / "無線.txt"):
        f.unlink()
    (share / "防災").rmdir()  # unmounted: the mount point alone
    dry = _cli("index", str(share), "--index", index, "--dry-run")
    assert "remove 0" in dry.output, dry.output
    out = _cli("index", str(share), "--index", index)
    assert out.exit_code == 2, out.output
    assert f"{share}: the folder is empty" in out.output
    assert "0 removed" in out.output
    with open_index(index) as ix:
        assert ix.doc_count() == 2 and ix.search("テレワーク").total == 1


def test_a_named_folder_emptied_of_its_files_but_not_of_its_folders_loses_them(tmp_path):
    from ictsearch import open_index

    share = tmp_path / "share"
    write(share / "防災" / "無線.txt", "防災行政無線戸別受信機貸与について\n\n当市の防災行政無線を更新します。\n")
    index = str(tmp_path / "idx")
    assert _cli("index", str(share), "--index", index).exit_code == 0
    (share / "防災" / "無線.txt").unlink()
    out = _cli("index", str(share), "--index", index)
    assert out.exit_code == 0 and "1 removed" in out.output, out.output
    with open_index(index) as ix:
        assert ix.doc_count() == 0


@pytest.mark.parametrize("typed, spaced", [("R6予算", "R6 予算"), ("令和6予算", "令和6 予算"), ("R6防災", "R6 防災")])
def test_an_era_year_typed_without_nendo_at_the_head_of_a_word_is_its_year(section, typed, spaced):
    # 「R6予算」, as internal memos write it, required the text R5 (no page writes it) and found
    # nothing, with no note; 「R6年度予算」 and 「R6 予算」 are read as the 年度 2024 and 予算.
    from ictsearch import open_index

    with open_index(section) as ix:
        want = {h.doc_id for h in ix.search(spaced).hits}
        assert want
        assert {h.doc_id for h in ix.search(typed).hits} == want


@pytest.mark.parametrize("word", ["令和5年7月豪雨", "H2O", "R5G"])
def test_a_date_or_a_name_glued_to_a_word_stays_text(word):
    from ictsearch.search.parse import parse
    from ictsearch.search.query import compile_query

    assert "fiscal_year" not in str(compile_query(parse(word)).query)


@pytest.mark.parametrize("typed, name", [("防災減災", "防災・減災"), ("働き方テレワーク", "働き方・テレワーク"),
                                         ("医療 介護 健康", "医療・介護・健康"), ("防災/減災", "防災・減災")])
def test_a_theme_filter_typed_without_its_middle_dots_is_that_theme(section, typed, name):
    # --theme 防災減災 (the name as said, without the ・ the facet list prints) was "unknown theme".
    from ictsearch import open_index

    with open_index(section) as ix:
        assert ix.search(theme=typed).total == ix.search(theme=name).total
        assert ix.search(theme="防災減災").total == 2  # the town's radio and the bureau's drill
    out = _cli("search", "--theme", typed, "--limit", "0", "--index", str(section))
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("written", ["令和5(2023)年度", "2023年度（令和5年度）"])
def test_a_metadata_csv_year_written_in_both_calendars_is_that_year(tmp_path, written):
    # A metadata.csv 年度 of 令和5(2023)年度, as plans write it, failed the document; a mismatched pair
    # (2023(令和6)年度) stays an error naming the CSV.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "計画.txt", "地域情報化計画の進捗\n\n町は、地域情報化計画の進捗を取りまとめました。\n")
    write(docs / "metadata.csv", f"path,年度\n計画.txt,{written}\n")
    assert build_index([docs], tmp_path / "idx", jobs=1).failed == 0
    with open_index(tmp_path / "idx") as ix:
        assert ix.search(fiscal_year=2023).total == 1
    write(docs / "metadata.csv", "path,年度\n計画.txt,2023(令和6)年度\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    failed = [o for o in summary.outcomes if o.status == "failed"]
    assert len(failed) == 1 and "metadata.csv" in failed[0].reason


def test_a_sidecar_theme_written_without_its_middle_dots_is_that_theme(tmp_path):
    # themes = "防災減災" in a sidecar failed the whole document ("unknown theme"), while --theme took it:
    # filters, sidecars and metadata.csv read a theme in one place (themes.resolve_theme).
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "訓練.txt", "臨時災害放送局の開設訓練\n\n町は、臨時災害放送局の開設訓練を実施しました。\n")
    write(docs / "訓練.txt.meta.toml", 'themes = ["防災減災", "電波 周波数"]\n')
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.failed == 0
    with open_index(tmp_path / "idx") as ix:
        assert set(ix.search(theme="防災・減災").hits[0].themes) >= {"防災・減災", "電波・周波数"}


@pytest.mark.parametrize("pasted", [
    # 九州総合通信局's own title, its subtitle between dashes after a space
    "福岡県、長崎県及び鹿児島県の2市2町の離島向け光ファイバ等の維持管理に要する経費の一部を支援 "
    "−「高度無線環境整備推進事業」の補助金交付を決定−",
    "離島向け光ファイバ等の維持管理 −高度無線環境整備推進事業の補助金交付を決定−",
])
def test_a_pasted_title_with_its_subtitle_between_dashes_finds_that_page(tmp_path, pasted):
    # The dash opening the subtitle was read as NOT: the pasted title left out the page it is the
    # title of (0 hits), and the note blamed its first half.
    import shutil

    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    docs.mkdir()
    for r in ("r521", "r104", "r107"):
        shutil.copy(REALDOCS / f"{r}.txt", docs)
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        result = ix.search(pasted)
    assert result.hits and result.hits[0].path.endswith("r521.txt"), result


@pytest.mark.parametrize("query, left_out", [("テレワーク −東京", "東京"), ("テレワーク -東京 -大阪", "大阪"),
                                             ("テレワーク −東京−大阪", "東京−大阪")])
def test_a_dash_that_closes_nothing_still_leaves_out(query, left_out):
    from ictsearch.search.parse import Not, parse

    nots = [n for n in parse(query).nodes if isinstance(n, Not)]
    assert nots and left_out in repr(nots[-1])
