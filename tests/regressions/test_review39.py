"""review39: living with a collection as its maintainer: a run that fails midway, an index that
only ever grows, the manual metadata, and what `show --json` says of a file that broke."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.indexer import build_index
from ictsearch.search import open_index

from conftest import write


def _collection(folder: Path, n: int, stem: str = "報告") -> None:
    for i in range(n):
        write(folder / f"{stem}{i:03d}.txt",
              f"令和5年度 東北総合通信局 取組報告{i}\n\n"
              + f"仙台市でローカル5Gを使った河川監視の実証を行った。防災行政無線の更新も進めた。第{i}号。" * 20)


def _segment_files(gen_dir: Path) -> set[str]:
    return {p.name for p in gen_dir.iterdir() if p.suffix in (".seg", ".pst", ".trm", ".tmp")}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_stopped_by_a_full_disk_gives_back_the_space_of_its_partial_segments(tmp_path, monkeypatch, jobs):
    # A 300-file update on a disk that filled up failed with exit 2 as documented, but left the segments
    # it had written (10 MB of a 40 MB disk) beside the index: the disk stayed full until the next run.
    from whoosh.writing import SegmentWriter

    src, idx = tmp_path / "資料", tmp_path / "idx"
    _collection(src, 6)
    build_index([src], idx, jobs=1)
    gen = next(idx.glob("gen-*"))
    before = _segment_files(gen)
    _collection(src / "2024", 8, "追加")

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "_commit_toc", full)
    with pytest.raises(Exception, match="No space left on device"):
        build_index([src], idx, jobs=jobs)
    monkeypatch.undo()
    assert _segment_files(gen) == before  # the new segments are gone at once
    with open_index(idx) as ix:
        assert ix.doc_count() == 6 and ix.search("河川監視").total == 6
    summary = build_index([src], idx, jobs=jobs)  # space again: the next run does the work
    assert summary.added == 8 and summary.documents == 14


def test_a_rebuild_stopped_by_a_full_disk_drops_its_half_written_generation(tmp_path, monkeypatch):
    from whoosh.writing import SegmentWriter

    src, idx = tmp_path / "資料", tmp_path / "idx"
    _collection(src, 4)
    build_index([src], idx, jobs=1)

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "_commit_toc", full)
    with pytest.raises(Exception, match="No space left on device"):
        build_index([src], idx, jobs=1, rebuild=True)
    monkeypatch.undo()
    assert [p.name for p in idx.glob("gen-*")] == ["gen-000001"]
    with open_index(idx) as ix:
        assert ix.doc_count() == 4


def _whoosh(idx: Path):
    from whoosh import index as whoosh_index

    return whoosh_index.open_dir(str(next(idx.glob("gen-*"))))


@pytest.mark.parametrize("jobs", [1, 2])
def test_runs_that_edit_most_of_a_segment_merge_it_instead_of_keeping_its_deleted_documents(tmp_path, jobs):
    # A collection kept current by runs of a few hundred edited files grew by every run's segments and
    # kept each replaced document's postings (1,890 sections, six runs of 300 edits: 52 MB → 151 MB,
    # 2 → 16 segments, 63 % of their documents deleted, BM25 counting them).
    src, idx = tmp_path / "資料", tmp_path / "idx"
    _collection(src, 12)
    build_index([src], idx, jobs=1)
    # Two edits of twelve: the segment stays as it is (an update costs the files it changed).
    for i in range(2):
        with open(src / f"報告{i:03d}.txt", "a", encoding="utf-8") as f:
            f.write("\n追記：気仙沼市の漁港で水位センサーを増設した。\n")
    build_index([src], idx, jobs=jobs)
    ix = _whoosh(idx)
    assert ix.doc_count() == 12 and ix.doc_count_all() == 14
    # Then most of it: its live documents are merged into the run's segment, the deleted ones dropped.
    for i in range(2, 10):
        with open(src / f"報告{i:03d}.txt", "a", encoding="utf-8") as f:
            f.write("\n追記：石巻市で避難所のWi-Fi整備を完了した。\n")
    summary = build_index([src], idx, jobs=jobs)
    assert summary.updated == 8
    ix = _whoosh(idx)
    assert ix.doc_count() == 12 and ix.doc_count_all() == 12, [(s.doc_count_all(), s.deleted_count()) for s in ix._segments()]
    with open_index(idx) as o:
        assert o.search("避難所 Wi-Fi").total == 8 and o.search("水位センサー").total == 2
        assert o.search("河川監視").total == 12


def test_show_json_says_a_file_broke_after_it_was_indexed_as_the_text_does(tmp_path):
    # `show` printed a `failing` row for a file whose last good version the index keeps; `show --json`
    # printed the kept version as if the file were fine: a script could not tell.
    src, idx = tmp_path / "資料", tmp_path / "idx"
    write(src / "計画.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(src / "報告.txt", "令和4年度 関東総合通信局 事業報告\n\n横浜市のテレワーク推進を支援した。")
    build_index([src], idx, jobs=1)
    (src / "計画.txt").write_bytes(b"\x01\x02\x03\x04\x05" * 60)  # overwritten by a broken copy
    build_index([src], idx, jobs=1)
    runner = CliRunner()
    text = runner.invoke(cli, ["show", str(src / "計画.txt"), "--index", str(idx)])
    assert "failing" in text.output and "last indexed version" in text.output
    shown = json.loads(runner.invoke(cli, ["show", str(src / "計画.txt"), "--index", str(idx), "--json"]).stdout)
    assert shown["failing"].startswith("not text") and "ローカル5G" in shown["text"]
    fine = json.loads(runner.invoke(cli, ["show", str(src / "報告.txt"), "--index", str(idx), "--json"]).stdout)
    assert "failing" not in fine  # as `export --format jsonl` prints it


def test_a_rebuild_killed_before_it_could_clean_up_still_has_its_generation_removed_by_the_next_run(tmp_path):
    # kill -9 gives a run no chance to remove what it wrote: the next run still does (test_review5 checked
    # this with a failing commit, which now cleans up after itself).
    from ictsearch.indexer import IndexStore

    src, idx = tmp_path / "資料", tmp_path / "idx"
    _collection(src, 3)
    build_index([src], idx, jobs=1)
    IndexStore(idx).new_generation()  # what a rebuild killed before its switch leaves
    assert sorted(p.name for p in idx.glob("gen-*")) == ["gen-000001", "gen-000002"]
    write(src / "追加.txt", "令和6年度 東北総合通信局 取組報告\n\n盛岡市でドローンによる橋梁点検を行った。")
    assert build_index([src], idx, jobs=1).added == 1
    assert [p.name for p in idx.glob("gen-*")] == ["gen-000001"]


def test_a_metadata_csv_row_with_more_cells_than_its_header_is_warned_of(tmp_path):
    # 「計画.txt,令和5,東北,防災,テレワーク」 under path,fiscal_year,region,themes: the theme typed after a
    # comma was dropped without a word, the document getting 防災 alone.
    src, idx = tmp_path / "資料", tmp_path / "idx"
    write(src / "計画.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市で防災行政無線とテレワークの推進に取り組む。")
    write(src / "報告.txt", "令和4年度 関東総合通信局 事業報告\n\n横浜市で地域の見守りを支援した。")
    write(src / "metadata.csv", "path,fiscal_year,region,themes\n計画.txt,令和5,東北,防災,テレワーク\n報告.txt,令和4,関東,,,\n")
    res = CliRunner().invoke(cli, ["index", str(src), "--index", str(idx)])
    assert res.exit_code == 0, res.output
    warned = [line for line in res.output.splitlines() if "more cells than the header" in line]
    assert len(warned) == 1 and "計画.txt (row 2: テレワーク)" in warned[0] and "報告.txt" not in warned[0]
    with open_index(idx) as ix:
        assert [t.name for t in ix.get(str(src / "計画.txt")).themes] == ["防災・減災"]  # as written, and said
    # Quoted, the comma is the list's, as the warning says.
    write(src / "metadata.csv", 'path,fiscal_year,region,themes\n計画.txt,令和5,東北,"防災,テレワーク"\n')
    res = CliRunner().invoke(cli, ["index", str(src), "--index", str(idx)])
    assert "more cells" not in res.output
    with open_index(idx) as ix:
        assert [t.name for t in ix.get(str(src / "計画.txt")).themes] == ["防災・減災", "働き方・テレワーク"]


def test_the_progress_callbacks_type_is_importable_where_build_index_is(tmp_path):
    # build_index's signature names ProgressCallback, which `from ictsearch.indexer import …` refused.
    from ictsearch.indexer import FileOutcome, ProgressCallback

    seen: list[tuple[str, int, int]] = []

    def progress(outcome: FileOutcome, done: int, total: int) -> None:
        seen.append((outcome.status, done, total))

    callback: ProgressCallback = progress
    src = tmp_path / "資料"
    write(src / "計画.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(src / "報告.txt", "令和4年度 関東総合通信局 事業報告\n\n横浜市のテレワーク推進を支援した。")
    build_index([src], tmp_path / "idx", jobs=1, progress=callback)
    assert sorted(seen) == [("added", 1, 2), ("added", 2, 2)]


PAGE_AS_TEXT = """ページの先頭です。 メニューを飛ばして本文へ
ホーム > 組織でさがす > 名古屋事務所 > 名古屋事務所通信(平成30年8月号)

名古屋事務所通信(平成30年8月号)

印刷用ページを表示する 掲載日:2019年1月18日更新

平成30年7月に名古屋事務所で行った主なイベント等のご紹介をします。

さよなら中日ビルパーティー(7月21日)

名古屋事務所の入居するビルは、名古屋市の繁華街である栄の中心地に、昭和41年に開館しました。
"""


def test_a_text_saved_under_an_html_name_is_read_line_by_line_and_renaming_it_reads_it_again(tmp_path):
    # A page copied out of a browser as text and saved as .html: as markup its lines ran into one, so its
    # title was its file name (r087) and its first lines one 200-character run.  And renamed to .txt, as
    # the warning now advises, it was served the .html reading from the cache, keyed by its bytes alone.
    src, idx = tmp_path / "資料", tmp_path / "idx"
    write(src / "r087.html", PAGE_AS_TEXT)
    build_index([src], idx, jobs=1)
    with open_index(idx) as ix:
        d = ix.get(str(src / "r087.html"))
        assert d.title == "名古屋事務所通信(平成30年8月号)"
        assert "\n平成30年7月に名古屋事務所で" in d.text
        assert any(w.startswith("no HTML markup: read as a text file") for w in d.warnings)
    (src / "r087.html").rename(src / "r087.txt")
    build_index([src], idx, jobs=1)
    with open_index(idx) as ix:
        d = ix.get(str(src / "r087.txt"))
        assert d.title == "名古屋事務所通信(平成30年8月号)" and d.warnings == ()


def test_the_same_bytes_under_another_reader_are_extracted_again_not_served_from_the_cache(tmp_path):
    # 予算.csv indexed, then a copy saved as 予算.txt: the .txt was served the CSV's reading (cells by
    # tabs, no commas), whichever of the two ran first.
    src, idx = tmp_path / "資料", tmp_path / "idx"
    table = "年度,事業名,予算額\n令和5年度,テレワーク推進事業,1200\n令和5年度,ローカル5G実証,3400\n"
    write(src / "予算.csv", table)
    build_index([src], idx, jobs=1)
    write(src / "写し" / "予算.txt", table)
    build_index([src], idx, jobs=1)
    with open_index(idx) as ix:
        assert "令和5年度\tテレワーク推進事業\t1200" in ix.get(str(src / "予算.csv")).text
        assert "令和5年度,テレワーク推進事業,1200" in ix.get(str(src / "写し" / "予算.txt")).text


def test_the_export_says_which_documents_are_kept_versions_of_files_that_broke_as_show_json_does(tmp_path):
    src, idx = tmp_path / "資料", tmp_path / "idx"
    write(src / "計画.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(src / "報告.txt", "令和4年度 関東総合通信局 事業報告\n\n横浜市のテレワーク推進を支援した。")
    build_index([src], idx, jobs=1)
    (src / "計画.txt").write_bytes(b"\x01\x02\x03\x04\x05" * 60)
    build_index([src], idx, jobs=1)
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--format", "jsonl", "--index", str(idx)])
    records = {r["path"]: r for r in map(json.loads, res.stdout.splitlines())}
    for path, record in records.items():  # still exactly what show --json prints
        assert json.loads(runner.invoke(cli, ["show", path, "--index", str(idx), "--json"]).stdout) == record
    assert records[str(src / "計画.txt")]["failing"].startswith("not text")
    assert "failing" not in records[str(src / "報告.txt")]
    out = tmp_path / "os"
    assert runner.invoke(cli, ["export", "--format", "opensearch", "--output", str(out), "--index", str(idx)]).exit_code == 0
    mapping = json.loads((out / "index.json").read_text(encoding="utf-8"))["mappings"]["properties"]
    sources = [json.loads(line) for line in (out / "bulk.ndjson").read_text(encoding="utf-8").splitlines()[1::2]]
    assert {k for s in sources for k in s} <= set(mapping) and mapping["failing"]["type"] == "keyword"
