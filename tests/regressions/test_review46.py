"""review46: a fresh reading of the code merged on 2026-12-05 (78b66f87..ec1bfaa9), as a new user and a reviewer."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.extract import extract
from ictsearch.indexer.metadata import regions


def test_a_long_numbered_list_reads_each_stem_once():
    # A one-line list of numbered consortia named for their places (docs-bj r4688's form, written 8,000 times):
    # each stem looked at every place of the text for an overlap (4.8 s for 180,000 characters, 0.9 s before the
    # rule came); the overlap is now bisected.
    item = "({})滋賀県水田作、({})京都亀岡中山間、"
    line = "5つのコンソーシアム(" + "".join(item.format(i % 98 + 1, i % 98 + 2) for i in range(8000)) + ")"
    start = time.process_time()
    places = regions._places_in(line)
    assert time.process_time() - start < 1.5
    assert sum(p.text == "京都" for p in places) == 8000
    # What it reads is unchanged: the short stems of a list whose other items open with a place in full, and not a
    # stem a place already covers nor a person's name among them.
    listed = regions._places_in("近畿地域の5つのコンソーシアム((1)滋賀県水田作、(2)養父市中山間、(3)京都亀岡中山間、"
                                "(4)奈良から発信する柿生産、(5)和歌山県スマート果樹)")
    assert {p.prefecture for p in listed} >= {"滋賀県", "兵庫県", "京都府", "奈良県", "和歌山県"}
    people = regions._places_in("(1)青森県 (2)岩手県 (3)秋田課長 (4)宮城主査")
    assert {p.prefecture for p in people} == {"青森県", "岩手県"}


def test_a_numbered_speaker_named_with_his_given_name_is_no_prefecture():
    # 「(3)石川和夫氏」: a surname that is a prefecture's short name, his given name, then the honorific — a person
    # among the places of a numbered list, as 「(3)秋田課長」 is (sceptic59); it was read as 石川県.
    line = "講演者:(1)青森県企画政策部 (2)岩手県ふるさと振興部 (3)石川和夫氏(東北大学教授)"
    assert {p.prefecture for p in regions._places_in(line)} == {"青森県", "岩手県", None}
    line = "報告者:(1)新潟県デジタル改革課 (2)長野県DX推進課 (3)福井真一郎代表取締役"
    assert "福井県" not in {p.prefecture for p in regions._places_in(line)}
    # A body named by its place still is one (docs-bj r4688's form), and so is a university without a person's title.
    line = "(1)滋賀県水田作コンソーシアム、(2)養父市中山間コンソーシアム、(3)京都亀岡中山間コンソーシアム、(4)静岡大学"
    assert {"京都府", "静岡県"} <= {p.prefecture for p in regions._places_in(line)}


def _reason(path: Path) -> str:
    with pytest.raises(ExtractionError) as info:
        extract(path)
    return info.value.reason


def test_a_text_file_under_an_old_office_name_is_named_for_what_it_is(tmp_path):
    # A system's export saved as 一覧.xls (CSV, or Excel's 「Unicode テキスト」: UTF-16 with tabs) and a memo renamed .doc
    # were told 「not supported (old binary .xls file): save as .xlsx」, which they are not.
    csv = tmp_path / "補助金交付一覧.xls"
    csv.write_bytes("市町村名,交付額(千円),年度\n盛岡市,1200,令和6年度\n".encode("cp932"))
    assert _reason(csv) == "a CSV text file under a .xls name: rename it to .csv"
    tsv = tmp_path / "市町村別件数.xls"
    tsv.write_bytes(b"\xff\xfe" + "市町村\t件数\r\n盛岡市\t12\r\n".encode("utf-16-le"))
    assert _reason(tsv) == "a tab-separated text file under a .xls name: rename it to .tsv"
    memo = tmp_path / "打合せメモ.doc"
    memo.write_text("令和6年度 地域DX推進会議 打合せメモ\n本市のテレワーク推進について。\n", encoding="utf-8")
    assert _reason(memo) == "a text file under a .doc name: rename it to .txt"
    # A real binary file, and bytes that are no text, are still the old binary format.
    ole = tmp_path / "旧様式.xls"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "東北".encode("utf-16-le") * 200)
    assert _reason(ole) == "not supported (old binary .xls file): save as .xlsx"
    junk = tmp_path / "壊れた.doc"
    junk.write_bytes(bytes(range(256)) * 4)
    assert _reason(junk) == "not supported (old binary .doc file): save as .docx"
