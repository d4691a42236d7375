"""Regressions found by using ictsearch as a new user and as an embedding program would (review 7b).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import write


def _cli(*args):
    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def test_an_index_location_that_holds_other_files_is_refused_and_they_are_kept(tmp_path):
    # `ictsearch index 資料 --index 資料` (and then `--rebuild --clear-cache`) wrote the index into a
    # folder of the user's own files: it indexed them, and deleted the user's folders named
    # `gen-000007` and `cache` (with the files inside) as if they were the index's own.
    import ictsearch

    docs = tmp_path / "資料"
    write(docs / "memo.txt", "テレワークの導入について\n")
    write(docs / "cache" / "大事なメモ.txt", "消えてはいけないメモ\n")
    write(docs / "gen-000007" / "keep.txt", "これも消えてはいけない\n")
    for args in (["--index", docs], ["--index", docs, "--rebuild", "--clear-cache"]):
        res = _cli("index", docs, *args)
        assert res.exit_code == 2, res.output
        assert "is not an ictsearch index" in res.output and "cache" in res.output
        assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1
    assert (docs / "cache" / "大事なメモ.txt").is_file() and (docs / "gen-000007" / "keep.txt").is_file()
    assert sorted(p.name for p in docs.iterdir()) == ["cache", "gen-000007", "memo.txt"]  # nothing written
    with pytest.raises(ictsearch.IndexLocationError):
        ictsearch.build_index([docs], docs)
    # An empty folder, a new one, an index already there and a first run stopped midway are all fine.
    (tmp_path / "empty" / "lost+found").mkdir(parents=True)  # the root of a disk given to the index
    assert ictsearch.build_index([docs / "memo.txt"], tmp_path / "empty").added == 1
    assert ictsearch.build_index([docs / "memo.txt"], tmp_path / "empty").unchanged == 1
    assert ictsearch.build_index([docs / "memo.txt"], tmp_path / "new" / "idx").added == 1
    (tmp_path / "empty" / "ictsearch.json").unlink()  # as a first run killed before its switch leaves it
    assert ictsearch.build_index([docs / "memo.txt"], tmp_path / "empty").added == 1


def test_showing_a_file_that_failed_to_index_says_why_it_is_not_there(tmp_path):
    # `ictsearch show 資料/壊れた.docx` (and Index.get / similar) on a file the last run could not
    # index said only "no document … (give a doc id from search results or an indexed file path)",
    # as for a typo: the user had named the file right, and the reason was in `ictsearch status`.
    import ictsearch

    docs = tmp_path / "資料"
    write(docs / "plan.txt", "令和5年度 テレワーク推進計画\n")
    (docs / "壊れた.docx").write_bytes(b"PK\x03\x04garbage")
    idx = tmp_path / "idx"
    assert ictsearch.build_index([docs], idx).failed == 1
    for command in ("show", "similar"):
        res = _cli(command, docs / "壊れた.docx", "--index", idx)
        assert res.exit_code == 2
        assert "indexing it failed: damaged or truncated Word file (not a valid zip)" in res.output, res.output
        assert len(res.output.strip().splitlines()) == 1
    with ictsearch.open_index(idx) as index:
        with pytest.raises(ictsearch.DocumentNotFound, match="indexing it failed"):
            index.get(str(docs / "壊れた.docx"))
        with pytest.raises(ictsearch.DocumentNotFound, match=r"give a doc id"):
            index.get(str(docs / "ない.txt"))


@pytest.mark.parametrize("text, title", [
    ("# テレワーク推進計画\n日時: 令和5年4月1日\n場所: 本庁舎\n", "テレワーク推進計画"),
    ("# 見出し\n本文テレワーク", "見出し"),
    ("## 令和5年度 地域DX推進事業の報告\n本事業では自治体のデジタル化を支援した\n", "令和5年度 地域DX推進事業の報告"),
    ("報道資料\n# 防災訓練の実施について\n本文\n", "防災訓練の実施について"),
    ("2023年度\nICT 利活用地域イノベーション委員会\n活動方針\n# 1. 目的\n", "2023年度 ICT 利活用地域イノベーション委員会 活動方針"),
])
def test_a_markdown_heading_is_the_title_without_the_line_under_it(text, title):
    # `ictsearch index メモ/` on a Markdown file that writes its heading right above the text
    # (「# テレワーク推進計画」 then 「日時: 令和5年4月1日」, valid Markdown) gave the title
    # 「テレワーク推進計画 日時:令和5年4月1日 場所:本庁舎」: the lines were read as one title set on three lines.
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    assert derive_title(text, None, Path("memo.md")) == title


def test_editing_one_row_of_metadata_csv_re_indexes_only_the_documents_whose_row_changed(tmp_path):
    # `ictsearch index 資料` after fixing one row of 資料/metadata.csv re-indexed every document
    # under it ("updated" for each of them, and each analyzed again): the signature was the CSV's
    # modification time. README: "Editing either re-indexes the document on the next run".
    import os

    import ictsearch

    docs = tmp_path / "資料"
    for name in ("a", "b", "c"):
        write(docs / f"{name}.txt", f"{name} テレワークの推進について\n")
    csv = write(docs / "metadata.csv", "path,region\na.txt,東北\n")
    idx = tmp_path / "idx"
    assert ictsearch.build_index([docs], idx).added == 3
    write(csv, "path,region\na.txt,東北\nb.txt,九州\n")
    dry = ictsearch.build_index([docs], idx, dry_run=True)
    assert [o.path for o in dry.outcomes if o.status == "updated"] == [str(docs / "b.txt")]
    summary = ictsearch.build_index([docs], idx)
    assert (summary.updated, summary.unchanged) == (1, 2)
    with ictsearch.open_index(idx) as index:
        assert index.get(str(docs / "b.txt")).region == ("九州",) or index.get(str(docs / "b.txt")).region == ["九州"]
    os.utime(csv, ns=(1, 1))  # touched, not changed
    assert ictsearch.build_index([docs], idx).updated == 0
    write(docs / "a.txt.meta.toml", 'region = "関東"\n')  # a sidecar still counts
    summary = ictsearch.build_index([docs], idx)
    assert summary.updated == 1 and [o.path for o in summary.outcomes if o.status == "updated"] == [str(docs / "a.txt")]
    write(csv, "path,region\nb.txt,九州\n")  # a's row gone: a keeps its sidecar's value, nothing else changed
    assert ictsearch.build_index([docs], idx, dry_run=True).updated == 0


def test_an_excluded_word_does_not_add_to_the_score(corpus_searcher):
    # `ictsearch search テレワーク -東京 --json`: every hit scored 1.0 more than with テレワーク alone,
    # per excluded word (2,000 excluded words gave a score of 2015), as Whoosh scores a NOT as 1.0;
    # inside an OR, `(テレワーク -東京) OR 迷惑メール`, that point ranked one side above the other.
    plain = {h.doc_id: h.score for h in corpus_searcher.search("テレワーク", limit=50).hits}
    excluding = corpus_searcher.search("テレワーク -東京 -存在しない語", limit=50)
    assert excluding.hits and all(h.score == pytest.approx(plain[h.doc_id]) for h in excluding.hits)
    assert all("東京" not in h.snippet[a:b] for h in excluding.hits for a, b in h.highlights)
    either = {h.doc_id: h.score for h in corpus_searcher.search("(テレワーク -存在しない語) OR 迷惑メール", limit=50).hits}
    alone = {h.doc_id: h.score for h in corpus_searcher.search("テレワーク OR 迷惑メール", limit=50).hits}
    assert either == pytest.approx(alone)
    # A query of exclusions only still lists the documents without the words.
    assert corpus_searcher.search("-テレワーク").total == corpus_searcher.doc_count() - len(plain)


def test_ctrl_c_during_the_first_run_does_not_speak_of_a_previous_index(tmp_path, monkeypatch):
    # `timeout -s INT 6 ictsearch index 白書/` on a new index said "Interrupted: the previous index
    # is unchanged." There was none: the run created no index, and the next run starts again.
    from ictsearch.indexer import writer

    docs = tmp_path / "docs"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業の報告\n")

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "prepare", interrupted)
    for args in ([], ["--rebuild"]):
        res = _cli("index", docs, "--index", tmp_path / "idx", "--jobs", "1", *args)
        assert res.exit_code == 130
        assert "previous index" not in res.output and "no index was created" in res.output, res.output
    monkeypatch.undo()
    assert _cli("index", docs, "--index", tmp_path / "idx").exit_code == 0
    monkeypatch.setattr(writer, "prepare", interrupted)
    write(docs / "b.txt", "令和6年度 防災行政無線の整備計画\n")
    res = _cli("index", docs, "--index", tmp_path / "idx", "--jobs", "1")
    assert res.exit_code == 130 and "previous index is unchanged" in res.output


def test_a_text_file_ending_with_the_dos_end_of_file_mark_is_indexed(tmp_path):
    # `ictsearch index 資料/` on a Shift_JIS text file saved by an MS-DOS era editor, which ends it
    # with Ctrl-Z (0x1A): "not text: binary data (control characters)", the file left out.
    import ictsearch

    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "dos.txt").write_bytes("令和5年度 テレワーク推進計画\r\n本文です。\r\n".encode("cp932") + b"\x1a")
    (docs / "utf8.txt").write_bytes("防災行政無線の整備\n".encode() + b"\x1a\x1a")
    (docs / "inside.txt").write_bytes(b"abc\x1adef\n")  # a control character inside stays binary
    summary = ictsearch.build_index([docs], tmp_path / "idx")
    assert summary.added == 2 and [o.path for o in summary.outcomes if o.status == "failed"] == [str(docs / "inside.txt")]
    with ictsearch.open_index(tmp_path / "idx") as index:
        doc = index.get(str(docs / "dos.txt"))
        assert doc.encoding == "cp932" and doc.title == "令和5年度テレワーク推進計画" and "\x1a" not in doc.text
        assert index.search("防災行政無線").total == 1


def test_build_index_takes_folders_given_as_bytes_like_os_functions(tmp_path):
    # build_index(b"/data/資料", …) — a path as os.listdir(bytes) or os.fsencode give it — failed with
    # "TypeError: expected str, bytes or os.PathLike object, not int" (the bytes were taken as a
    # list of numbers), and [b"/data/資料"] with "argument should be a str object … not bytes".
    import os

    import ictsearch

    write(tmp_path / "資料" / "a.txt", "令和5年度 テレワーク推進事業\n")
    folder = os.fsencode(tmp_path / "資料")
    assert ictsearch.build_index(folder, tmp_path / "idx").added == 1
    assert ictsearch.build_index([folder], tmp_path / "idx").unchanged == 1
    with ictsearch.open_index(tmp_path / "idx") as index:
        assert index.search("テレワーク").hits[0].path == str(tmp_path / "資料" / "a.txt")


def test_a_year_range_tuple_with_an_open_end_is_an_open_range(corpus_searcher):
    # Index.search(fiscal_year=(2021, None)) — the Python way to write 2021.. — was read as a list
    # of two values, 2021 OR None, and failed with "cannot read 'None' as a year".
    import ictsearch

    for open_range, text in (((2021, None), "2021.."), ((None, 2021), "..2021")):
        got = corpus_searcher.search("", fiscal_year=open_range, limit=50)
        want = corpus_searcher.search("", fiscal_year=text, limit=50)
        assert got.total == want.total > 0 and [h.doc_id for h in got.hits] == [h.doc_id for h in want.hits]
        ex = corpus_searcher.search("テレワーク", fiscal_year=open_range, explain=True).explain
        assert ex["filters"] == {"fiscal_year": [text]}
    with pytest.raises(ictsearch.UnknownFacetValue):
        corpus_searcher.search("", fiscal_year=(None, None))
    with pytest.raises(ictsearch.UnknownFacetValue):
        corpus_searcher.search("", fiscal_year=(2023, 2021))


@pytest.mark.parametrize("value", [[(2019, 2023, 2025)], [()], [(None,)], [(2019, "x")], [(None, None)]])
def test_a_year_tuple_of_the_wrong_shape_in_a_list_is_a_clear_error(corpus_searcher, value):
    # Index.search(fiscal_year=[(2019, 2023, 2025)]) ended in "ValueError: too many values to
    # unpack (expected 2)"; README: any filter value gives matching hits or one IctsearchError.
    import ictsearch

    with pytest.raises(ictsearch.UnknownFacetValue, match="not a year or a"):
        corpus_searcher.search("", fiscal_year=value)


@pytest.mark.parametrize("typed, meant", [("--regoin", "--region"), ("--themes", "--theme"), ("--limt", "--limit"),
                                          ("--prefecture", "--region")])
def test_a_mistyped_search_option_gets_a_did_you_mean_like_every_other_command(typed, meant):
    # `ictsearch search テレワーク --regoin 東北` said only "no such option: --regoin (query words that
    # start with -- go after a --)", where `ictsearch index --dryrun` says "Did you mean '--dry-run'?";
    # --prefecture (the Python API's and the query language's name) is --region on the command line.
    res = _cli("search", "テレワーク", typed, "東北")
    assert res.exit_code == 2
    assert f"no such option: {typed}" in res.output and f"did you mean {meant}" in res.output.lower(), res.output
    assert len(res.output.strip().splitlines()) == 1


def test_an_open_index_sees_an_index_deleted_and_built_again_at_its_place(tmp_path):
    # A program holding an Index open (a web app) while someone ran `rm -rf idx && ictsearch index
    # 資料 --index idx` kept answering from the deleted index: the new one has the same generation
    # name (gen-000001) and TOC number, so nothing told them apart. README: an open Index notices
    # commits made by other processes.
    import shutil

    import ictsearch

    docs = tmp_path / "資料"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業\n")
    idx = tmp_path / "idx"
    ictsearch.build_index([docs], idx)
    with ictsearch.open_index(idx) as index:
        assert index.search("テレワーク").total == 1
        shutil.rmtree(idx)
        write(docs / "b.txt", "令和6年度 防災行政無線の整備計画\n")
        ictsearch.build_index([docs], idx)
        assert index.doc_count() == 2
        assert index.search("防災行政無線").total == 1
        assert index.search("ボウサイ").total == 0 and "防災" in index.search("ボウサイ").suggestions


@pytest.mark.parametrize("text, title", [
    ("---\ntitle: テレワーク推進計画\ndate: 2023-04-01\ntags: [テレワーク, DX]\n---\n\n# 概要\n\n本文です。", "テレワーク推進計画"),
    ('---\ntitle: "令和5年度 防災訓練の記録"\n---\n本文。', "令和5年度 防災訓練の記録"),
    ("---\nlayout: post\ndate: 2023-04-01\n---\n\n# 地域DXの推進\n本文。", "地域DXの推進"),
    ("---\n\n地域DXの推進について\n\n本文。\n---\n", "地域DXの推進について"),  # a rule, not front matter
])
def test_markdown_front_matter_gives_the_title_and_is_never_taken_for_one(text, title):
    # `ictsearch index メモ/` on Markdown notes that open with YAML front matter (Jekyll, Hugo,
    # Obsidian) titled them 「title:テレワーク推進計画 date: 2023-04-01 tags: [テレワーク, DX]」 and
    # 「layout: post」: the front matter's lines were read as a title set on several lines.
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    assert derive_title(text, None, Path("memo.md")) == title


def test_a_zero_width_space_pasted_into_a_query_is_dropped_as_in_documents(corpus_searcher):
    # `ictsearch search 'テレ<U+200B>ワーク'` (a word copied from a web page whose CMS put a zero-width
    # space in it) found nothing: documents drop U+200B–U+200D and U+2060 when they are indexed,
    # queries dropped only the BOM. README: normalization is the same for documents and queries.
    plain = corpus_searcher.search("テレワーク").total
    assert plain > 0
    for invisible in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"):
        assert corpus_searcher.search(f"テレ{invisible}ワーク").total == plain, repr(invisible)
    assert corpus_searcher.search("region:東\u200b北 テレワーク").total == corpus_searcher.search("region:東北 テレワーク").total


def test_excel_csv_never_hands_excel_a_formula(tmp_path):
    # `ictsearch search テレワーク --format csv --excel` wrote titles such as 「+81-3-1234-5678 窓口」
    # and 「@お知らせ」 and snippets such as 「=テレワーク導入の手引き=」 as they are: Excel takes a cell that starts with
    # = + - @ for a formula (an error dialog, #NAME?, or a formula run from a document's text).
    import csv
    import io

    import ictsearch

    docs = tmp_path / "docs"
    for name, first in (("a", "議事録\n\n=テレワーク導入の手引き="), ("b", "+81-3-1234-5678 窓口"), ("c", "@お知らせ")):
        write(docs / f"{name}.txt", f"{first}\n\nテレワークについて。\n")
    ictsearch.build_index([docs], tmp_path / "idx")
    res = _cli("search", "テレワーク", "--index", tmp_path / "idx", "--format", "csv", "--excel", "--fields", "title,snippet")
    rows = list(csv.reader(io.StringIO(res.output.lstrip("\ufeff"))))
    assert len(rows) == 4 and all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row), rows
    assert {row[0] for row in rows[1:]} == {"議事録", "'+81-3-1234-5678窓口", "'@お知らせ"}
    assert any(row[1].startswith("'=テレワーク導入の手引き=") for row in rows)
    # Without --excel the CSV carries the values as they are, for programs.
    res = _cli("search", "テレワーク", "--index", tmp_path / "idx", "--format", "csv", "--fields", "title")
    assert "+81-3-1234-5678窓口" in res.output.splitlines()


@pytest.mark.parametrize("text, title", [
    ("=====\n議事録\n=====\n\n本文", "議事録"),
    ("===議事録===\n\n本文", "議事録"),
    ("議事録\n======\n\n本文です。", "議事録"),  # a Markdown setext heading
    ("テレワーク推進計画\n------------------\n\n本文です。", "テレワーク推進計画"),
    ("◆議事録◆\n\n本文", "議事録"),
    ("2023年度\nICT 利活用地域イノベーション委員会\n活動方針\n\n本文", "2023年度 ICT 利活用地域イノベーション委員会 活動方針"),
])
def test_rules_and_decoration_around_a_heading_are_not_its_title(text, title):
    # `ictsearch index メモ/` titled a text note 「===== 議事録 =====」 (rules above and below it), a
    # Markdown setext heading 「議事録 ======」, and 「◆議事録◆」 「議事録◆」 (decoration stripped on one side).
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    assert derive_title(text, None, Path("memo.txt")) == title


def test_a_year_range_tuple_of_strings_is_a_range_like_one_of_ints(corpus_searcher):
    # fiscal_year=("2019", "2023") (years read from a form or a config file) was two years,
    # 2019 OR 2023, where (2019, 2023) is the range; a pair of regions stays two regions.
    import ictsearch

    want = corpus_searcher.search("", fiscal_year=(2019, 2023), limit=50)
    assert want.total > 0
    for value in (("2019", "2023"), ("令和元", "令和5"), ("R1", 2023)):
        got = corpus_searcher.search("", fiscal_year=value, limit=50)
        assert [h.doc_id for h in got.hits] == [h.doc_id for h in want.hits]
    assert corpus_searcher.search("", fiscal_year=("2021", None), limit=50).total == \
        corpus_searcher.search("", fiscal_year="2021..", limit=50).total
    with pytest.raises(ictsearch.UnknownFacetValue, match="backwards"):
        corpus_searcher.search("", fiscal_year=("2023", "2019"))
    with pytest.raises(ictsearch.UnknownFacetValue, match="not a year or a"):
        corpus_searcher.search("", fiscal_year=("2019..2020", "2023"))
    both = corpus_searcher.search("", region=("東北", "関東"), limit=50)
    assert both.total == corpus_searcher.search("", region=["東北", "関東"], limit=50).total
