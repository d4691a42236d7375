"""Ingestion leftovers 25: what a maintainer meets feeding real folders to `ictsearch index`."""

from __future__ import annotations

import json
import os

from conftest import write

# -- 1. a file replaced by one of the same size and modification time ------------------------------

BEFORE = "総務省の地域情報化アドバイザー派遣制度について\n\n地域情報化の取組を支援します。\n"
AFTER = "総務省の地域活性化アドバイザー派遣制度について\n\n地域活性化の取組を支援します。\n"


def _search_names(index_dir, query):
    from ictsearch import open_index

    with open_index(index_dir) as ix:
        return {h.path.rsplit("/", 1)[-1] for h in ix.search(query).hits}


def _manifest_path(index_dir):
    from ictsearch.indexer.store import IndexStore

    store = IndexStore(index_dir)
    return store.current_dir() / "manifest.json"


def _keep_stamps(path, like):
    st = os.stat(like)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_a_file_rewritten_in_place_with_its_size_and_mtime_kept_is_indexed_again(tmp_path):
    # `cp -p new.txt a.txt`: the same inode rewritten, size and mtime as before (活性化 and 情報化 are
    # the same number of bytes); the second run called it unchanged and the index kept 情報化.
    from ictsearch import build_index

    docs = tmp_path / "docs"
    old = write(docs / "助言.txt", BEFORE)
    write(docs / "他.txt", "令和5年度 テレワーク推進事業の報告\n\nテレワーク導入を支援した。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    stamp = os.stat(old)
    assert len(AFTER.encode()) == stamp.st_size
    with open(old, "r+b") as f:
        f.write(AFTER.encode())
    os.utime(old, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert os.stat(old).st_ino == stamp.st_ino and os.stat(old).st_mtime_ns == stamp.st_mtime_ns
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert (summary.updated, summary.unchanged) == (1, 1)
    assert _search_names(tmp_path / "idx", "活性化") == {"助言.txt"}
    assert _search_names(tmp_path / "idx", "情報化") == set()


def test_a_file_replaced_by_another_with_the_same_size_and_mtime_is_indexed_again(tmp_path):
    # rsync -t or an unzip: a new file (a new inode) renamed over the old one, with the old stamps.
    from ictsearch import build_index

    docs = tmp_path / "docs"
    old = write(docs / "助言.txt", BEFORE)
    build_index([docs], tmp_path / "idx", jobs=1)
    new = write(tmp_path / "new.txt", AFTER)
    _keep_stamps(new, old)
    os.replace(new, old)
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.updated == 1
    assert _search_names(tmp_path / "idx", "活性化") == {"助言.txt"}


def test_a_copy_with_the_same_bytes_is_read_not_extracted_and_then_left_unopened(tmp_path):
    # The collection copied to another disk (or restored from a backup) at the same place: every
    # inode is new, the bytes are the same. One run reads each file for its hash and calls it
    # unchanged (nothing extracted, no document written again); the run after opens nothing.
    from ictsearch import build_index
    from ictsearch.indexer.discover import discover
    from ictsearch.indexer.plan import plan
    from ictsearch.indexer.store import IndexStore

    docs = tmp_path / "docs"
    a = write(docs / "助言.txt", BEFORE)
    build_index([docs], tmp_path / "idx", jobs=1)
    copy = write(tmp_path / "copy.txt", BEFORE)
    _keep_stamps(copy, a)
    os.replace(copy, a)
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert (summary.updated, summary.unchanged) == (0, 1)
    store = IndexStore(tmp_path / "idx")
    tasks, unchanged, _ = plan(discover([docs]).found, store.read_manifest(store.current_dir()))
    assert (tasks, len(unchanged)) == ([], 1)


def test_a_manifest_written_before_the_stamps_were_recorded_costs_one_hash_pass(tmp_path):
    # An index built by an earlier version: no ctime_ns/ino in its manifest. Its documents are not
    # extracted again: their bytes are hashed once (a file replaced meanwhile is found then), the
    # stamps recorded, and the next run opens nothing.
    from ictsearch import build_index
    from ictsearch.indexer.discover import discover
    from ictsearch.indexer.plan import plan
    from ictsearch.indexer.store import IndexStore

    docs = tmp_path / "docs"
    write(docs / "助言.txt", BEFORE)
    other = write(docs / "他.txt", "令和5年度 テレワーク推進事業の報告\n\nテレワーク導入を支援した。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    manifest_file = _manifest_path(tmp_path / "idx")
    data = json.loads(manifest_file.read_text())
    for entry in data["docs"].values():
        assert "ctime_ns" in entry and "ino" in entry
        del entry["ctime_ns"], entry["ino"]
    manifest_file.write_text(json.dumps(data, ensure_ascii=False))
    new = write(tmp_path / "new.txt", "令和5年度 テレワーク推進事業の報告\n\nテレワーク導入を促進した。\n")
    _keep_stamps(new, other)
    os.replace(new, other)
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert (summary.added, summary.updated, summary.unchanged, summary.failed) == (0, 1, 1, 0)
    assert _search_names(tmp_path / "idx", "促進") == {"他.txt"}
    store = IndexStore(tmp_path / "idx")
    tasks, unchanged, _ = plan(discover([docs]).found, store.read_manifest(store.current_dir()))
    assert (tasks, len(unchanged)) == ([], 2)


# -- 2. CSV files: government open data and 調査 results, indexed as tables -------------------------

SURVEY_CP932 = (
    "令和5年度 地域情報化アドバイザー派遣実績\r\n"
    ",,,\r\n"
    "団体名,都道府県,派遣回数,主なテーマ\r\n"
    "遠野市,岩手県,3,テレワーク・ワーケーション\r\n"
    "四万十町,高知県,2,\"防災情報の伝達, 避難所のWi-Fi\"\r\n"
)
OPEN_DATA_BOM = (
    "施設名,所在地,公衆無線LAN,備考\n"
    "市民交流センター,長野県松本市中央1-2-3,あり,\n"
    "中央図書館,長野県松本市蟻ケ崎2-4-40,あり,館内全域\n"
)


def test_csv_files_are_indexed_as_tables_in_their_encoding_and_metadata_csv_is_not_a_document(tmp_path):
    # .csv was skipped without a word: a folder of 調査 results saved from Excel (CP932) and open
    # data (UTF-8 with a BOM) indexed nothing of them.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "派遣実績.csv", SURVEY_CP932, encoding="cp932")
    write(docs / "公衆無線LAN設置施設一覧.csv", OPEN_DATA_BOM, encoding="utf-8-sig")
    # The collection's metadata: its meaning is kept, and it is no document of its own.
    write(docs / "metadata.csv", "path,年度\n派遣実績.csv,令和5\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert (summary.added, summary.failed) == (2, 0), [(o.path, o.reason) for o in summary.outcomes]
    assert _search_names(tmp_path / "idx", "遠野市") == {"派遣実績.csv"}
    assert _search_names(tmp_path / "idx", "避難所") == {"派遣実績.csv"}
    assert _search_names(tmp_path / "idx", "図書館") == {"公衆無線LAN設置施設一覧.csv"}
    assert _search_names(tmp_path / "idx", "path") == set()
    with open_index(tmp_path / "idx") as ix:
        survey = ix.get(str(docs / "派遣実績.csv"))
        # A title row over the table is its title; a header row (施設名, 所在地, …) is none: the file's name is.
        assert survey.title == "令和5年度 地域情報化アドバイザー派遣実績"
        assert survey.encoding == "cp932"
        assert survey.fiscal_year == 2023  # from metadata.csv
        # A row's cells are joined as a workbook's are (tabs), a quoted comma kept in its cell.
        assert "遠野市\t岩手県\t3\tテレワーク・ワーケーション" in survey.text
        assert "四万十町\t高知県\t2\t防災情報の伝達,避難所のWi-Fi" in survey.text  # normalized as all text is
        assert ",,," not in survey.text
        open_data = ix.get(str(docs / "公衆無線LAN設置施設一覧.csv"))
        assert open_data.title == "公衆無線LAN設置施設一覧"
        assert open_data.encoding == "utf-8-sig"
        assert not open_data.text.startswith("\ufeff")


def test_a_metadata_csv_named_on_the_command_line_is_said_to_be_no_document(tmp_path):
    from ictsearch import build_index

    docs = tmp_path / "docs"
    write(docs / "派遣実績.csv", SURVEY_CP932, encoding="cp932")
    write(docs / "metadata.csv", "path,年度\n派遣実績.csv,令和5\n")
    summary = build_index([docs / "metadata.csv"], tmp_path / "idx", jobs=1)
    assert summary.added == 0
    assert any("metadata.csv" in path and "metadata" in reason for path, reason in summary.problems), summary.problems


# -- 3. a decoding error says which encodings were tried and where each broke -------------------------


def _reason(path):
    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import extract

    try:
        extract(path)
    except ExtractionError as e:
        return str(e)
    raise AssertionError("extracted")


def test_an_undecodable_text_file_says_where_each_encoding_broke(tmp_path):
    # A Shift_JIS memo with one damaged byte: "undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP"
    # left the user to find it in a 2 MB file. CP932 breaks at the damaged byte, the others at once.
    head = "総務省 地域情報化アドバイザー派遣について\r\n".encode("cp932")
    for name in ("memo.txt", "実績.csv"):
        path = tmp_path / name
        path.write_bytes(head + b"\x85\x40" + "以上\r\n".encode("cp932"))  # 0x85: no CP932 lead byte
        reason = _reason(path)
        assert reason.startswith("not text: undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP"), reason
        assert f"CP932: byte 0x85 at offset {len(head)}" in reason
        assert "UTF-8: byte 0x91 at offset 0" in reason
        assert "EUC-JP: byte 0x91 at offset 0" in reason
        assert "\n" not in reason


def test_a_file_with_a_utf8_bom_that_is_not_utf8_names_the_bom_and_the_offset(tmp_path):
    # The BOM decides the encoding: the message said CP932 and EUC-JP were tried, which they were not.
    path = tmp_path / "memo.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "地域情報化".encode("utf-8") + "計画".encode("cp932") + "です。\n".encode("utf-8"))
    assert _reason(path) == "not text: undecodable in UTF-8 (BOM): byte 0x8c at offset 18"


def test_a_page_whose_declared_charset_breaks_says_where_and_what_it_was_read_as(tmp_path):
    from ictsearch.indexer.extract import extract

    # A CMS template declaring UTF-8 around a page saved in Shift_JIS: read as CP932, with a warning
    # that said neither where UTF-8 broke nor what the page was read as.
    head = '<html><head><meta charset="utf-8"><title>'
    page = tmp_path / "page.html"
    page.write_bytes(head.encode() + "地域情報化</title></head><body><p>遠野市の地域情報化アドバイザー派遣について。"
                     "</p></body></html>".encode("cp932"))
    got = extract(page)
    assert got.encoding == "cp932"
    assert f"declares utf-8 but does not decode in it (byte 0x92 at offset {len(head)}): read as cp932" in got.warnings


# -- 4. what discovery passes over is passed over on purpose, and said -------------------------------


def _folder_of_a_real_share(docs):
    write(docs / "テレワーク推進計画.TXT", "令和5年度 テレワーク推進計画\n\n遠野市はテレワーク導入を支援する。\n")
    write(docs / "報道発表.htm", "<html><head><title>地域情報化アドバイザーの派遣</title></head>"
                                "<body><h1>地域情報化アドバイザーの派遣</h1><p>四万十町に派遣しました。</p></body></html>")
    (docs / "統計.txt.gz").write_bytes(b"\x1f\x8b\x08\x00")
    (docs / "写真1.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (docs / "写真2.JPG").write_bytes(b"\xff\xd8\xff\xe0")
    write(docs / "README", "この共有フォルダの使い方\n")
    # What Windows, Office and LibreOffice leave beside documents: never a failure, never counted.
    (docs / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    write(docs / "desktop.ini", "[.ShellClassInfo]\n")
    (docs / "~$推進計画.docx").write_bytes(b"\x0bnakamura" + b"\x00" * 153)
    write(docs / ".~lock.推進計画.docx#", "中村,host,/home/nakamura,03.12.2026 09:00,\n")
    (docs / "~WRL0001.tmp").write_bytes(b"PK\x03\x04")
    write(docs / "テレワーク推進計画.TXT~", "令和5年度 テレワーク推進計画(旧)\n")
    write(docs / "テレワーク推進計画.TXT.meta.toml", 'region = "東北"\n')


def test_files_not_indexed_are_counted_by_type_and_lock_files_are_neither_failures_nor_counted(tmp_path):
    from ictsearch import build_index

    docs = tmp_path / "docs"
    _folder_of_a_real_share(docs)
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert (summary.added, summary.failed, summary.problems) == (2, 0, ()), summary.outcomes
    # A folder of .jpg scans or gzipped text indexed nothing without a word.
    assert dict(summary.passed_over) == {".jpg": 2, ".txt.gz": 1, "no extension": 1}
    assert summary.to_dict()["passed_over"] == {".jpg": 2, ".txt.gz": 1, "no extension": 1}


def test_the_run_says_once_what_it_passed_over(tmp_path):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    docs = tmp_path / "docs"
    _folder_of_a_real_share(docs)
    result = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "not a format ictsearch reads" in line]
    assert notes == ["note: 4 files not indexed, not a format ictsearch reads: 2 .jpg, 1 .txt.gz, 1 with no extension"]


def test_an_office_owner_file_named_by_a_shell_pattern_is_no_failure(tmp_path):
    # `ictsearch index 資料/*.docx`: the shell's * matches ~$計画.docx (not .names), which failed as
    # a damaged Word file while the document was open in Word.
    from ictsearch import build_index

    docs = tmp_path / "docs"
    write(docs / "計画.txt", "令和5年度 テレワーク推進計画\n\n遠野市はテレワーク導入を支援する。\n")
    (docs / "~$計画.docx").write_bytes(b"\x0bnakamura" + b"\x00" * 153)
    summary = build_index([docs / "~$計画.docx", docs / "計画.txt"], tmp_path / "idx", jobs=1)
    assert (summary.added, summary.failed, summary.problems) == (1, 0, ())
