"""Regressions found by using today's changes as a new user and as an embedding program would (review 8).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import json

import pytest
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


def test_a_metadata_csv_row_with_the_full_path_of_a_file_in_its_folder_is_used(tmp_path):
    # `ictsearch index 資料` with a metadata.csv written by a script (`find "$PWD" -name '*.pdf'`):
    # the row '/home/…/資料/a.txt,香川県' names a file in the CSV's own folder, but was refused
    # with 'rows for files outside its folder are not used (list them in a metadata.csv above
    # them)', a misleading reason and advice; a full path outside the folder still is.
    import ictsearch

    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "sub" / "a.txt", "テレワークの推進について\n")
    write(docs / "metadata.csv", f"path,region\n{docs / 'sub' / 'a.txt'},香川県\n{tmp_path / 'b.txt'},東京都\n")
    summary = ictsearch.build_index([docs], idx)
    warnings = [w for o in summary.outcomes for w in o.warnings]
    assert len(warnings) == 1 and "outside its folder" in warnings[0] and "a.txt" not in warnings[0]
    with ictsearch.open_index(idx) as index:
        assert index.get(str(docs / "sub" / "a.txt")).prefecture == ("香川県",)


def test_show_does_not_keep_a_warning_about_the_metadata_csv_as_a_whole(tmp_path):
    # `ictsearch show 資料/a.txt` showed 'warning  metadata.csv in 資料: rows for files that are not
    # there: old.txt' for every document under the CSV (a.txt is listed right), and still showed it
    # once old.txt was created, as a.txt was rightly not indexed again. The run says it; a warning
    # about the document itself (a misspelt column of its row) is still kept.
    import ictsearch

    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "a.txt", "テレワークの推進について\n")
    write(docs / "metadata.csv", "path,region,regoin\na.txt,香川県,四国\nold.txt,東京都,\n")
    summary = ictsearch.build_index([docs], idx)
    (outcome,) = summary.outcomes
    assert any("not there: old.txt" in w for w in outcome.warnings)
    res = _cli("show", docs / "a.txt", "--index", idx)
    assert "regoin" in res.output and "not there" not in res.output, res.output


@pytest.mark.parametrize("text, title", [
    ("令和4年1月13日 市長定例記者会見\n\n最終更新日:2022年1月18日\n\n市長から発表があった。\n", "令和4年1月13日 市長定例記者会見"),
    ("2010年12月17日 第16回保健医療情報標準化会議議事録\n\n日時\n平成22年12月17日\n", "2010年12月17日 第16回保健医療情報標準化会議議事録"),
    ("令和2年12月21日 市長記者会見\n\nページ番号1002060 更新日 令和3年9月27日\n\n本文。\n", "令和2年12月21日 市長記者会見"),
    # Still passed over: a date with a weekday, an issuer, or the room an event is held in.
    ("令和5年12月5日(火)\n\n地域DXセミナーを開催しました\n\n本文。\n", "地域DXセミナーを開催しました"),
    ("令和5年12月5日 総務省 信越総合通信局\n\n地域DXセミナーを開催しました\n\n本文。\n", "地域DXセミナーを開催しました"),
    ("令和5年12月20日 記者会見室\n\n知事記者会見\n\n本文。\n", "知事記者会見"),
])
def test_a_meeting_named_after_its_day_is_the_title_however_short(text, title):
    # `ictsearch index 会見録/` on a city's press-conference page opening 「令和4年1月13日 市長定例記者会見」
    # titled it 「最終更新日:2022年1月18日」, and a ministry's minutes opening 「2010年12月17日
    # 第16回保健医療情報標準化会議議事録」 were titled 「日時」 (a field name): a first line opening with its
    # date became the title only with more than 20 characters after the date (6677885).
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    assert derive_title(text, None, Path("page.txt")) == title


@pytest.mark.parametrize("text, title", [
    ("更新日:2021年6月10日\n\n防災ラジオを有償で配布\n\n本文。\n", "防災ラジオを有償で配布"),
    ("ページID:46178更新日:2023年1月20日\n\n知事記者会見(平成24年7月24日火曜日)\n\n本文。\n", "知事記者会見(平成24年7月24日火曜日)"),
    ("最終更新日:令和5(2023)年4月20日 ページ番号:579426\n\n個人情報保護条例\n\n本文。\n", "個人情報保護条例"),
    ("長野県DX推進計画(第2期)について\n更新日:2024年4月1日\nページ番号:0123456\n\n本文。\n", "長野県DX推進計画(第2期)について"),
    ("マイナンバーカードの交付申請について\n最終更新日 2023年11月01日 記事番号\n申請方法\n", "マイナンバーカードの交付申請について"),
    # A title that speaks of updating is not a stamp.
    ("ホームページを更新しました\n\n本文。\n", "ホームページを更新しました"),
])
def test_a_web_page_s_update_stamp_is_never_its_title(text, title):
    # `ictsearch search 防災ラジオ` listed saved municipal pages titled 「更新日:2024年8月16日」: 58 of
    # the 1,246 bench/realdocs pages were titled by their CMS's stamp line (更新日, 公開日, 掲載日,
    # ページID), or had it run into their title (「長野県DX推進計画(第2期)について 更新日:2024年4月1日
    # ページ番号:0123456」).
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    assert derive_title(text, None, Path("page.txt")) == title


def test_show_of_a_relative_path_from_a_removed_folder_does_not_call_the_index_damaged(tmp_path, monkeypatch):
    # `cd 作業; rm -rf ../作業; ictsearch show 資料/a.txt --index /data/idx` (and `similar`) said
    # 'The index at /data/idx is damaged (FileNotFoundError …). Rebuild it with `ictsearch index
    # --rebuild DIR`': the relative path could not be made absolute, and os's error was taken for
    # a damaged index file. The index is fine; the path cannot be read from here.
    import os

    import ictsearch

    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "a.txt", "テレワークの推進について\n")
    ictsearch.build_index([docs], idx)
    gone = tmp_path / "作業"
    gone.mkdir()
    monkeypatch.chdir(gone)
    os.rmdir(gone)
    for command in ("show", "similar"):
        res = _cli(command, "資料/a.txt", "--index", idx)
        assert res.exit_code == 2, res.output
        assert "damaged" not in res.output and "current folder" in res.output, res.output
    with ictsearch.open_index(idx) as index:
        with pytest.raises(ictsearch.DocumentNotFound, match="absolute path"):
            index.get("資料/a.txt")


def test_a_metadata_csv_column_headed_with_a_field_s_japanese_label_is_that_field(tmp_path):
    # `ictsearch index 資料` with a metadata.csv headed 'path,地域,年度,テーマ' (the names `ictsearch
    # search` prints its facets under) indexed with no word: the columns were taken for the
    # spreadsheet's own notes and every value ignored. Review 8 pointed each at its field's name;
    # since the labels filter in queries too (地域:東北), they are read as the fields.
    docs, idx = tmp_path / "資料", tmp_path / "idx"
    write(docs / "a.txt", "テレワークの推進について\n")
    write(docs / "b.txt", "地域DXの推進について\n")
    write(docs / "metadata.csv", "path,地域,都道府県,年度,テーマ,備考\na.txt,東北,宮城,令和2,防災,確認済\nb.txt,東北,,令和2,防災,\n")
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0 and "unknown key" not in res.output, res.output
    assert "備考" not in res.output  # a column of notes is still the spreadsheet's own
    shown = json.loads(_cli("show", docs / "a.txt", "--index", idx, "--json").output)
    assert (shown["region"], shown["prefecture"], shown["fiscal_year"]) == (["東北"], ["宮城県"], 2020)
    assert [t["name"] for t in shown["themes"]] == ["防災・減災"]


def test_a_metadata_csv_header_typed_in_full_width_is_read(tmp_path):
    # `ictsearch index 資料` with a metadata.csv headed 'ｐａｔｈ,ｒｅｇｉｏｎ' (typed with the Japanese input
    # method left in full width) warned "no 'path' column (columns: 'ｐａｔｈ', 'ｒｅｇｉｏｎ')", two
    # names that read the same as the ones it asked for; headers are read case-blind since e14b560.
    from ictsearch.indexer.metadata.manual import manual_metadata

    write(tmp_path / "a.txt", "テレワークの推進について\n")
    write(tmp_path / "metadata.csv", "ｐａｔｈ,Ｒｅｇｉｏｎ\na.txt,東北\n")
    values, _, warnings = manual_metadata(tmp_path / "a.txt", tmp_path)
    assert values == {"region": "東北"} and warnings == []


def test_a_metadata_csv_delimiter_is_not_counted_inside_a_quoted_column_name(tmp_path):
    # `ictsearch index 資料` with a metadata.csv saved with semicolons whose last column is named
    # "memo, notes, misc" (quoted, as a spreadsheet writes a name holding the other mark) was read as
    # a comma file: "no 'path' column (columns: 'path;title;\"memo', 'notes', 'misc\"')".
    from ictsearch.indexer.metadata.manual import manual_metadata

    write(tmp_path / "a.txt", "テレワークの推進について\n")
    write(tmp_path / "metadata.csv", 'path;title;"memo, notes, misc"\na.txt;テレワーク;x\n')
    assert manual_metadata(tmp_path / "a.txt", tmp_path)[::2] == ({"title": "テレワーク"}, [])


def test_hugo_toml_front_matter_gives_the_title_and_is_never_one(tmp_path):
    # `ictsearch index メモ/` on a Hugo note with TOML front matter ('+++' / title = "…" / '+++', the
    # form Hugo's own `hugo new` writes) titled it '+++ title = "地域DX推進計画" +++'; YAML between
    # '---' lines was read since 64edcd0.
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    text = '+++\ntitle = "地域DX推進計画"\ndate = 2023-04-01\n+++\n# 概要\n本文\n'
    assert derive_title(text, None, Path("a.md")) == "地域DX推進計画"
    assert derive_title('+++\ndraft = true\n+++\n# 概要\n本文\n', None, Path("a.md")) == "概要"


def test_a_yaml_block_scalar_title_is_read_from_its_lines(tmp_path):
    # `ictsearch index メモ/` on a Jekyll note whose long title is folded ('title: >-' and the
    # indented lines below) titled it '>-'.
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    text = "---\ntitle: >-\n  令和5年度 地域DX推進計画の\n  進捗について\ndate: 2023-04-01\n---\n本文\n"
    assert derive_title(text, None, Path("a.md")) == "令和5年度 地域DX推進計画の 進捗について"
    assert derive_title("---\ntitle: |\n  議事録\n---\n本文\n", None, Path("a.md")) == "議事録"


@pytest.mark.parametrize("word, meant", [
    ("--prefecture=香川県", "--region"), ("--fiscal-year=2023", "--year"), ("--regoin=東北", "--region"),
    ("--limt=5", "--limit"),
])
def test_a_mistyped_search_option_with_its_value_after_equals_is_pointed_at_the_right_one(tmp_path, word, meant):
    # `ictsearch search テレワーク --prefecture=香川県` said 'no such option: --prefecture=香川県 (query
    # words that start with -- go after a --)' with no hint: the name and its value were looked up
    # as one word ('--prefecture 香川県', with a space, said 'did you mean --region?' since 1384a74).
    import ictsearch

    write(tmp_path / "資料" / "a.txt", "テレワークの推進について\n")
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx")
    res = _cli("search", "テレワーク", word, "--index", tmp_path / "idx")
    assert res.exit_code == 2 and f"did you mean {meant}?" in res.output, res.output


def test_an_empty_documents_path_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch):
    # `ictsearch index "$DOCS"` with DOCS unset (and build_index("") / build_index(b"")) indexed the
    # folder the command ran in, all of it (Path("") is "."): run from a home folder, every file of it.
    # `--index ""` was already refused.
    import ictsearch

    write(tmp_path / "here" / "private.txt", "個人的なメモ\n")
    monkeypatch.chdir(tmp_path / "here")
    res = _cli("index", "", "--index", tmp_path / "idx")
    assert res.exit_code == 2 and '"": an empty path names no file or folder' in res.output, res.output
    assert not (tmp_path / "idx" / "ictsearch.json").exists()
    for empty in ("", b"", [""]):
        summary = ictsearch.build_index(empty, tmp_path / "idx2", dry_run=True)
        assert summary.added == 0 and summary.problems == (('""', "an empty path names no file or folder: give the folder to index"),)


def test_an_index_location_given_as_bytes_is_decoded_as_the_documents_paths_are(tmp_path):
    # build_index(b'/data/資料', b'/data/idx') and open_index(b'/data/idx'), from a program that keeps
    # paths as bytes (os.fsencode, os.listdir(bytes)): 'TypeError: argument should be a str object or an
    # os.PathLike object returning str, not <class 'bytes'>', though the documents' paths as bytes
    # are taken since d0da5e3.
    import os

    import ictsearch

    write(tmp_path / "資料" / "a.txt", "テレワークの推進について\n")
    idx = os.fsencode(tmp_path / "idx")
    assert ictsearch.build_index(os.fsencode(tmp_path / "資料"), idx).added == 1
    with ictsearch.open_index(idx) as index:
        assert index.search("テレワーク").total == 1 and index.path == tmp_path / "idx"
    with pytest.raises(ictsearch.IndexLocationError, match="empty path"):
        ictsearch.open_index(b"")


@pytest.mark.parametrize("line, title", [
    ("地域DXセミナー～デジタルで変わる暮らし～", "地域DXセミナー~デジタルで変わる暮らし~"),
    ("～未来をひらく～地域DXセミナー", "~未来をひらく~地域DXセミナー"),
    ("~~~ 議事録 ~~~", "議事録"),  # a rule of ~ is still decoration
])
def test_a_subtitle_set_off_by_wave_dashes_keeps_its_closing_one(line, title):
    # `ictsearch index 資料` titled 「インターネットを安全に、楽しく利用しましょう～特に気をつけたい7か条～」
    # 「…利用しましょう~特に気をつけたい7か条」: NFKC makes the ～ that sets off a Japanese subtitle '~',
    # and 512378e stripped '~' at a title's ends as decoration (3 bench/realdocs titles).
    from pathlib import Path

    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.normalize import normalize_text

    assert derive_title(normalize_text(line + "\n\n本文。\n"), None, Path("page.txt")) == title


def test_a_metadata_csv_row_names_a_file_whose_name_a_mac_wrote_decomposed(tmp_path):
    # `ictsearch index 資料` on files unpacked from a Mac's zip (names in NFD: ガ as カ and its mark)
    # with a metadata.csv typed in a spreadsheet (NFC): the rows described nothing, and since
    # e14b560 warned 'rows for files that are not there: ガイドライン.txt' for a file plainly there.
    import unicodedata

    from ictsearch.indexer.metadata.manual import manual_metadata

    nfd = unicodedata.normalize("NFD", "資料ダ/ガイドライン.txt")
    write(tmp_path / nfd, "テレワークの推進について\n")
    write(tmp_path / "metadata.csv", "path,region\n資料ダ/ガイドライン.txt,東北\n")
    values, _, warnings = manual_metadata(tmp_path / nfd, tmp_path)
    assert values == {"region": "東北"} and warnings == []


def test_a_metadata_csv_row_for_a_folder_says_it_describes_no_document(tmp_path):
    # `ictsearch index 資料` with a metadata.csv row '2023/,令和5' (meant for every file of the folder)
    # indexed with no word: a row describes the one file it names, and no warning of e14b560 (no
    # path column, listed twice, outside, not there) fired for a folder that is there.
    from ictsearch.indexer.metadata.manual import manual_metadata

    write(tmp_path / "2023" / "a.txt", "テレワークの推進について\n")
    write(tmp_path / "metadata.csv", "path,fiscal_year\n2023/,令和5\n")
    values, _, warnings = manual_metadata(tmp_path / "2023" / "a.txt", tmp_path)
    assert values == {} and len(warnings) == 1 and "rows for folders describe no document" in warnings[0]
    assert "2023/" in warnings[0]


@pytest.mark.parametrize("tail", [b"\x1a", b"\x1a\r\n", b"\x1a\n", b"\x1a\x1a\r\n"])
def test_a_closing_ctrl_z_with_a_line_break_after_it_is_still_the_end(tmp_path, tail):
    # `ictsearch index 資料` on an old Shift_JIS note whose closing Ctrl-Z a later editor followed with
    # a line break ('…\x1a\r\n') failed 'not text: binary data (control characters)'; c191ba8 dropped
    # the Ctrl-Z only as the very last byte.
    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import read_text_file

    text, encoding = read_text_file("テレワークの推進について\r\n".encode("cp932") + tail)
    assert text.rstrip() == "テレワークの推進について" and encoding == "cp932"
    with pytest.raises(ExtractionError, match="binary"):
        read_text_file("テレワーク\x1a推進\r\n".encode("cp932"))  # inside the text it is still binary


def test_a_backwards_fiscal_year_tuple_is_called_backwards(tmp_path):
    # Index.search(fiscal_year=(2025, 2021)) said "fiscal_year (2025, 2021) is not a year or a (low,
    # high) range of years between 1868 and 2036", two good years; the text forms ('2025..2021',
    # 令和5~4) say the range runs backwards.
    import ictsearch

    write(tmp_path / "資料" / "a.txt", "テレワークの推進について\n")
    ictsearch.build_index([tmp_path / "資料"], tmp_path / "idx")
    with ictsearch.open_index(tmp_path / "idx") as index:
        with pytest.raises(ictsearch.UnknownFacetValue, match=r"runs backwards \(2025 > 2021\)"):
            index.search("テレワーク", fiscal_year=(2025, 2021))
        with pytest.raises(ictsearch.UnknownFacetValue, match="is not a year"):
            index.search("テレワーク", fiscal_year=(2025, 3000))


def test_a_failure_every_document_shares_is_shown_once_and_the_others_counted(tmp_path):
    # `ictsearch index 資料` with a metadata.csv that cannot be read (a workbook saved under that
    # name) printed 'error: …/dN.txt: unreadable …/metadata.csv: not text: binary data' once per
    # document under it, thousands of lines for a large collection; a warning shared so is shown
    # once since e14b560. A reason of the file's own (an empty file) is still given for each.
    docs = tmp_path / "資料"
    for i in range(5):
        write(docs / "sub" / f"d{i}.txt", f"資料{i}\n")
    (docs / "sub" / "e1.txt").write_bytes(b"")
    (docs / "sub" / "e2.txt").write_bytes(b"")
    (docs / "metadata.csv").write_bytes(b"path,region\x00\n")
    res = _cli("index", docs, "--index", tmp_path / "idx")
    assert res.exit_code == 1
    assert res.output.count("unreadable") == 1, res.output
    assert "error: 4 more documents failed for a reason shown above" in res.output
    assert res.output.count("empty file") == 2
