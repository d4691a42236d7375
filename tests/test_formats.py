"""Word, Excel, PowerPoint and HTML files: readers, bad files, and the whole pipeline.

The fixtures come from tests/data/make_office_fixtures.py (and the hand-written
html/tohoku-press-furniture.html); each holds words found in one place only.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.extract import SUPPORTED_SUFFIXES, extract
from ictsearch.indexer.formats import DISCOVERED_SUFFIXES, NOT_SUPPORTED
from ictsearch.indexer.formats.html import decode_html, declared_charset
from ictsearch.indexer.formats.xlsx import format_number
from conftest import TEST_DATA

DOCX = TEST_DATA / "shinetsu-telework-plan.docx"
XLSX = TEST_DATA / "kyushu-ict-survey.xlsx"
PPTX = TEST_DATA / "tokai-briefing.pptx"
FURNITURE_HTML = TEST_DATA / "html" / "tohoku-press-furniture.html"
SJIS_HTML = TEST_DATA / "html" / "kinki-meeting-sjis.html"


def reason_of(path: Path) -> str:
    with pytest.raises(ExtractionError) as info:
        extract(path)
    assert "\n" not in info.value.reason
    return info.value.reason


# -- one list of suffixes -----------------------------------------------------


def test_one_suffix_list_for_discovery_and_extraction():
    from ictsearch.indexer import discover

    assert discover.SUPPORTED_SUFFIXES is SUPPORTED_SUFFIXES
    for suffix in (".docx", ".xlsx", ".pptx", ".html", ".htm", ".pdf", ".txt", ".md"):
        assert suffix in SUPPORTED_SUFFIXES
    assert set(DISCOVERED_SUFFIXES) == set(SUPPORTED_SUFFIXES) | set(NOT_SUPPORTED)


def test_folder_of_a_saved_page_is_not_indexed(tmp_path):
    from ictsearch.indexer.discover import discover

    (tmp_path / "報道資料.html").write_text("<h1>報道資料</h1>", encoding="utf-8")
    (tmp_path / "報道資料_files").mkdir()
    (tmp_path / "報道資料_files" / "ad-frame.html").write_text("<p>広告</p>", encoding="utf-8")
    (tmp_path / "議事録.files").mkdir()  # no 議事録.htm beside it: an ordinary folder
    (tmp_path / "議事録.files" / "memo.txt").write_text("議事録のメモ", encoding="utf-8")
    found = sorted(f.path.name for f in discover([tmp_path]).found)
    assert found == ["memo.txt", "報道資料.html"]


# -- Word -----------------------------------------------------------------------


def test_docx_reading_order_title_and_headers_apart():
    got = extract(DOCX)
    text = got.pages[0]
    assert got.title == "令和5年度 信越地域テレワーク推進計画（案）"  # the Title style, not the core property
    assert got.page_count is None
    # The table sits between the paragraphs around it, a row per line, cells by tabs.
    before = text.index("2 重点施策")
    row = text.index("ワーケーション受入体制の実証\t新潟県佐渡市\t8,500")
    after = text.index("上記の施策については")
    assert before < row < after
    # Header and footer come after the body, not in it.
    body_end = text.index("順次実証を開始する。")
    assert text.index("総務省信越総合通信局") > body_end
    assert text.index("取扱注意(部外秘)") > body_end


def test_docx_date_in_the_page_header_dates_the_document(tmp_path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.metadata import derive_metadata

    # A 報道資料 template with its date in the page header (right-aligned over the title): read
    # after the body, the date was the last line, and the body's cited 平成30年3月 dated the release.
    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "令和5年10月2日"
    header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_paragraph("信越総合通信局").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.sections[0].footer.paragraphs[0].text = "作成日 令和5年9月28日"
    d.add_paragraph("地域DX推進セミナーの開催について", style="Title")
    d.add_paragraph("信越総合通信局は、平成30年3月に策定した信越地域ICT推進計画に基づき、長野市において地域DX推進セミナーを開催します。")
    d.add_paragraph("自治体の職員を対象に、データ活用の事例を紹介します。")
    d.save(tmp_path / "release.docx")
    got = extract(tmp_path / "release.docx")
    text = got.pages[0]
    assert text.startswith("令和5年10月2日")  # where the page shows it: over the title
    assert text.index("信越総合通信局\n") > text.index("データ活用の事例")  # an issuer alone stays after the body
    assert text.index("作成日") > text.index("データ活用の事例")  # and so does the footer
    meta = derive_metadata(text, title=derive_title(text, got.title, tmp_path / "release.docx"), path=tmp_path / "release.docx")
    assert (meta.year, meta.fiscal_year) == (2023, 2023)


def test_docx_subtitle_under_the_title_is_part_of_it(tmp_path):
    import docx

    # A 報道資料's 「〜…〜」 line set in the Subtitle style under the Title: the same page saved as
    # text is titled with both lines, and the subtitle names what the release is about.
    d = docx.Document()
    d.add_paragraph("災害に備え株式会社愛媛CATVの伝送路を二重化", style="Title")
    d.add_paragraph("≪「地域ケーブルテレビネットワーク整備事業」補助金の交付を決定≫", style="Subtitle")
    d.add_paragraph("四国総合通信局は、株式会社愛媛CATVの伝送路の二重化に対し、補助金の交付を決定しました。")
    d.add_paragraph("本文の二段落目です。", style="Subtitle")  # a later Subtitle paragraph is not the title's
    d.save(tmp_path / "release.docx")
    assert extract(tmp_path / "release.docx").title == (
        "災害に備え株式会社愛媛CATVの伝送路を二重化 ≪「地域ケーブルテレビネットワーク整備事業」補助金の交付を決定≫")


def test_docx_title_falls_back_to_first_heading(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("報道資料")
    d.add_heading("地域IoT実装推進事業の成果について", level=1)
    d.add_paragraph("本文です。")
    path = tmp_path / "heading.docx"
    d.save(path)
    assert extract(path).title == "地域IoT実装推進事業の成果について"


def test_docx_tracked_insertions_kept_deletions_dropped(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("テレワーク")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>導入支援</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>削除済み文言</w:delText></w:r></w:del>'))
    path = tmp_path / "revisions.docx"
    d.save(path)
    text = extract(path).pages[0]
    assert "テレワーク導入支援" in text and "削除済み文言" not in text


# -- Excel ----------------------------------------------------------------------


def test_xlsx_a_page_per_sheet_with_its_name_and_numbers_as_shown():
    got = extract(XLSX)
    assert got.page_count == 2 and len(got.pages) == 2
    first, second = got.pages
    assert first.split("\n")[0] == "概要" and second.split("\n")[0] == "市町村別"
    assert "回答数\t1234" in first  # 1234.0 stored as a float: no ".0"
    assert "調査期間\t2022-10-03" in first
    assert "熊本県\t熊本市\t42\t12.5%\t1,234,567\tスマート農業の実証" in second
    assert "4,500,000" in second
    assert "スマート農業" not in first


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (1234.0, "General", "1234"),
        (0.1 + 0.2, "General", "0.30000000000000004"),
        (1234567, "#,##0", "1,234,567"),
        (1234.5, "#,##0.00", "1,234.50"),
        (0.0833, "0.0%", "8.3%"),
        (3.14159, "0.00", "3.14"),
        (-1500, '#,##0;[Red]-#,##0', "-1,500"),
        (42, '"第"0"号"', "42"),
        (7, "@", "7"),
    ],
)
def test_number_formats(value, fmt, shown):
    assert format_number(value, fmt) == shown


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (-1234, '#,##0;"▲"#,##0', "▲1,234"),            # 予算の増減: ▲ is the minus sign
        (-1234, '#,##0;[Red]"▲ "#,##0', "▲ 1,234"),
        (-56.25, '#,##0.0;"△"#,##0.0', "△56.3"),
        (-1500, "#,##0_ ;[Red]\\-#,##0\\ ", "-1,500"),   # Japanese Excel's own negative format
        (-1500, "#,##0;(#,##0)", "(1,500)"),
        (1234, '#,##0;"▲"#,##0', "1,234"),              # a positive number keeps its own section
        (-0.052, '0.0%;"▲"0.0%', "▲5.2%"),
    ],
)
def test_xlsx_negative_numbers_are_shown_by_their_own_section(value, fmt, shown):
    # A budget sheet's 増減 column writes a decrease as ▲1,234 (#,##0;"▲"#,##0): it was read as
    # -1,234, which the sheet does not show, and snippets and `show` printed that.
    assert format_number(value, fmt) == shown


def test_xlsx_hidden_sheets_are_not_read(tmp_path):
    # A hidden sheet holds a form's drop-down lists or scratch work (a veryHidden one, set by a
    # macro, more so): the user never sees it in Excel and Excel's Find passes over it.  Read, a
    # 補助金申請書 whose list names every prefecture was found by 「青森県」 and gave places to the metadata.
    import openpyxl

    wb = openpyxl.Workbook()
    form = wb.active
    form.title = "申請書"
    form.append(["地域情報化推進事業補助金交付申請書"])
    form.append(["申請者住所", "", "都道府県", ""])
    lists = wb.create_sheet("リスト")
    for name in ("北海道", "青森県", "岩手県", "宮城県"):
        lists.append([name])
    lists.sheet_state = "hidden"
    scratch = wb.create_sheet("計算用")
    scratch.append(["補助率", 0.5, "上限額計算"])
    scratch.sheet_state = "veryHidden"
    path = tmp_path / "shinsei.xlsx"
    wb.save(path)
    got = extract(path)
    assert got.pages == ["申請書\n地域情報化推進事業補助金交付申請書\n申請者住所\t\t都道府県"]
    assert got.page_count == 1


def test_xlsx_enormous_sheet_is_bounded(tmp_path, monkeypatch):
    import openpyxl

    from ictsearch.indexer.formats import xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    for i in range(30):
        ws.append([f"行{i}", i])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    monkeypatch.setattr(xlsx, "MAX_ROWS", 10)
    got = extract(path)
    assert "行8" in got.pages[0] and "行10" not in got.pages[0]
    assert any("first 10 rows" in w for w in got.warnings)


def test_xlsx_with_a_wrong_declared_size_is_read_whole(tmp_path):
    import re

    import openpyxl

    wb = openpyxl.Workbook()
    for i in range(5):
        wb.active.append([f"行{i}", i])
    written = tmp_path / "written.xlsx"
    wb.save(written)
    # Tools other than Excel often declare the sheet as one cell: openpyxl's read-only mode believes it.
    path = tmp_path / "wrong-dimension.xlsx"
    with zipfile.ZipFile(written) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1"/>', data)
            zout.writestr(item, data)
    assert "行4\t4" in extract(path).pages[0]


# -- PowerPoint -----------------------------------------------------------------


def test_pptx_a_page_per_slide_with_tables_groups_and_notes():
    got = extract(PPTX)
    assert got.title == "東海総合通信局 令和3年度の主な取組"
    assert got.page_count == 3
    slide2, slide3 = got.pages[1], got.pages[2]
    assert slide2.startswith("地域課題解決に向けたICT実証")
    assert "愛知県\t自動運転バスの遠隔監視\t豊田市" in slide2
    assert "山間部におけるドローン物流の社会実装" in slide3  # a text box inside a group
    assert "岐阜県・三重県へ展開" in slide3
    assert "関係自治体との調整状況" in slide3  # speaker notes


# -- HTML -----------------------------------------------------------------------


FURNITURE = ["本文へスキップ", "文字サイズ", "背景色", "サイトマップ", "局の紹介", "ページの先頭へ", "メールマガジン",
             "プライバシーポリシー", "仙台第2合同庁舎", "Rights Reserved", "関連リンク", "令和5年度\n"]


def test_html_main_content_without_furniture():
    got = extract(FURNITURE_HTML)
    text = got.pages[0]
    assert got.title == "令和6年度「地域課題解決のためのローカル5G等の実証」の公募開始"
    assert got.encoding == "utf-8"
    assert "令和6年4月12日" in text  # the page's own date line stays
    assert "へき地診療所と基幹病院を結ぶ遠隔診療支援" in text  # a table row
    assert "情報通信連携推進課" in text
    for junk in FURNITURE:
        assert junk not in text, junk


def test_html_a_br_inside_a_sentence_does_not_break_it(tmp_path):
    # An old page breaks a long sentence with <br> where its column ended (地域情報化<br>アドバイザー):
    # the line break left 「地域情報化アドバイザー」 no phrase of the page ("地域情報化アドバイザー"
    # found nothing) and the snippet showed the sentence in two pieces.  A <br> between a heading and
    # its text, between list items or between address lines is still a break.
    page = tmp_path / "advisor.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>専門家派遣制度の活用について｜みどり市</title></head><body><main>\n'
        "<h1>専門家派遣制度の活用について</h1>\n"
        "<p>本市では、総務省の地域情報化<br>\nアドバイザー派遣制度を活用し、<br>行政手続のオンライン化に取り組んでいます。</p>\n"
        "<p>ご案内<br>本市では研修会を開催します。</p>\n"
        "<p>【取組内容】<br>・窓口のオンライン予約を始めました<br>・電子申請を拡充しました。</p>\n"
        "<p>お問い合わせ先<br>みどり市役所情報政策課<br>〒999-0001<br>みどり市中央1丁目1番1号</p>\n"
        "</main></body></html>",
        encoding="utf-8",
    )
    lines = extract(page).pages[0].split("\n")
    assert "本市では、総務省の地域情報化アドバイザー派遣制度を活用し、行政手続のオンライン化に取り組んでいます。" in lines
    assert ["ご案内", "本市では研修会を開催します。"] == lines[lines.index("ご案内"):lines.index("ご案内") + 2]
    assert ["【取組内容】", "・窓口のオンライン予約を始めました", "・電子申請を拡充しました。"] == lines[-8:-5]
    assert ["お問い合わせ先", "みどり市役所情報政策課", "〒999-0001", "みどり市中央1丁目1番1号"] == lines[-4:]
    # In preformatted text every <br> is a break.
    page.write_text('<html><head><meta charset="utf-8"><title>様式</title></head><body><main><h1>様式</h1>'
                    "<pre>様式第1号<br>様式第2号</pre></main></body></html>", encoding="utf-8")
    assert "様式第1号\n様式第2号" in extract(page).pages[0]


def test_html_a_block_of_thousands_of_br_lines_reads_each_once(tmp_path):
    # A page whose body is one <p> of thousands of <br> lines (a 例規 or a minutes page saved as one
    # block): whether each <br> breaks its sentence was decided by reading the whole rest of the
    # block and the whole line before it at every <br>, so such a 2 MB page took 276 s to extract.
    # The same decisions are now made reading each line a bounded number of times.
    line = "総務省の地域情報化アドバイザー派遣制度を活用して事業を進めており"
    page = tmp_path / "long.html"
    page.write_text('<html><head><meta charset="utf-8"><title>議事録</title></head><body><main><h1>議事録</h1><p>'
                    + "<br>".join([line] * 3000) + "。</p><p>"
                    + "<br>".join(f"・第{i}条について" for i in range(3000)) + "</p></main></body></html>",
                    encoding="utf-8")
    lines = extract(page).pages[0].split("\n")
    assert line * 3000 + "。" in lines  # one sentence, run on across every <br>
    assert "・第0条について" in lines and "・第2999条について" in lines  # list items stay lines


def test_html_shift_jis_page_reads_correctly():
    raw = SJIS_HTML.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    got = extract(SJIS_HTML)
    text = got.pages[0]
    assert got.encoding == "cp932"
    assert got.title == "平成30年度 近畿地域情報化推進会議の開催結果"
    assert "髙橋座長" in text and "① 訪日外国人向け無線LAN" in text  # CP932-only characters
    assert "平成30年6月1日" in text
    for junk in ("ここからサイトの主なメニューです", "電波関係", "平成29年度の報道発表", "ページの先頭へ",
                 "大阪合同庁舎", "Copyright"):
        assert junk not in text, junk


def test_html_title_without_site_name(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>デジタル田園都市国家構想の推進 | 総務省</title>"
        "<meta property='og:site_name' content='総務省'></head><body><main>"
        "<p>令和4年12月23日</p><p>地方のデジタル実装を進める。</p></main></body></html>",
        encoding="utf-8",
    )
    assert extract(page).title == "デジタル田園都市国家構想の推進"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="Shift_JIS">', "cp932"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">', "cp932"),
        (b"<meta charset=EUC-JP>", "euc_jp"),
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset(head, expected):
    assert declared_charset(b"<html><head>" + head + b"</head>") == expected


def test_html_declared_charset_wins_and_a_wrong_one_is_survived():
    body = "<html><head><meta charset='euc-jp'></head><body><p>迷惑メール対策の推進について</p></body></html>"
    text, encoding, warnings = decode_html(body.encode("euc_jp"))
    assert encoding == "euc_jp" and "迷惑メール" in text and not warnings
    # Saved by a browser as UTF-8 with the old declaration kept.
    text, encoding, warnings = decode_html(body.replace("euc-jp", "Shift_JIS").encode("utf-8"))
    assert encoding == "utf-8" and "迷惑メール" in text and warnings


# -- bad files ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", sorted(NOT_SUPPORTED))
def test_old_and_macro_enabled_office_files_are_named_not_supported(tmp_path, suffix):
    path = tmp_path / f"資料{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    reason = reason_of(path)
    assert reason.startswith("not supported") and f"save as {NOT_SUPPORTED[suffix]}" in reason


def test_password_protected_office_file(tmp_path):
    path = tmp_path / "secret.xlsx"
    # What Office writes for a password: an OLE compound file with an EncryptionInfo stream.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000 + "EncryptionInfo".encode("utf-16-le"))
    assert reason_of(path) == "encrypted (password protected) Excel file"
    # A large one: the directory sits where the header says, far past the first megabytes.
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # 512-byte sectors
    header[0x30:0x34] = (20_000).to_bytes(4, "little")  # first directory sector
    data = bytearray(20_001 * 512 + 2048)
    data[:512] = header
    name = "EncryptionInfo".encode("utf-16-le")
    data[20_001 * 512 + 128:20_001 * 512 + 128 + len(name)] = name
    large = tmp_path / "secret.pptx"
    large.write_bytes(bytes(data))
    assert reason_of(large) == "encrypted (password protected) PowerPoint file"


@pytest.mark.parametrize("fixture", [DOCX, XLSX, PPTX])
def test_damaged_office_files(tmp_path, fixture):
    truncated = tmp_path / f"truncated{fixture.suffix}"
    truncated.write_bytes(fixture.read_bytes()[: fixture.stat().st_size // 2])
    assert "damaged or truncated" in reason_of(truncated)
    # A valid zip that is not an Office package.
    other = tmp_path / f"other{fixture.suffix}"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("hello.txt", "こんにちは")
    assert "damaged" in reason_of(other)
    empty = tmp_path / f"empty{fixture.suffix}"
    empty.write_bytes(b"")
    assert reason_of(empty) == "empty file"


def _docx_with_part(tmp_path, name, cut):
    out = tmp_path / f"cut-{name.replace('/', '-')}.docx"
    with zipfile.ZipFile(DOCX) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, data[: len(data) // 2] if info.filename == name and cut else data)
    return out


def test_docx_with_damaged_properties_keeps_its_text(tmp_path):
    # A half-written docProps/core.xml (title, author, dates) made python-docx refuse the
    # whole package: the document was lost for a part that holds no text.
    got = extract(_docx_with_part(tmp_path, "docProps/core.xml", cut=True))
    assert got.title.startswith("令和5年度 信越地域テレワーク推進計画")
    assert "ワーケーション" in got.pages[0]
    assert any("core.xml" in w for w in got.warnings)
    # Damage in the body is still a damaged file.
    assert "damaged" in reason_of(_docx_with_part(tmp_path, "word/document.xml", cut=True))


def test_zip_bomb_is_refused_without_inflating(tmp_path, monkeypatch):
    from ictsearch.indexer import formats

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (2 * 1024 * 1024))
    monkeypatch.setattr(formats, "MAX_UNCOMPRESSED_BYTES", 1024 * 1024)
    assert reason_of(path).startswith("too large: 2 MB uncompressed")


def test_a_part_lying_about_its_size_is_refused_at_its_declared_size(tmp_path):
    # A part that declares 1,000 bytes but inflates to 4 MB: the libraries would inflate it
    # whole in one call; the check stops at the declared size, where the checksum fails.
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document/>" + b" " * (4 * 1024 * 1024))
    data = bytearray(path.read_bytes())
    real = (4 * 1024 * 1024 + 13).to_bytes(4, "little")
    for at in [i for i in range(len(data) - 3) if data[i:i + 4] == real]:
        data[at:at + 4] = (1000).to_bytes(4, "little")  # local header and central directory
    path.write_bytes(bytes(data))
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == 1000
    assert "holds more or other data than it declares" in reason_of(path)


# -- the whole pipeline ---------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_collection(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed") / "資料"
    folder.mkdir()
    for f in (DOCX, XLSX, PPTX, FURNITURE_HTML, SJIS_HTML):
        shutil.copy(f, folder / f.name)
    shutil.copy(TEST_DATA.parent.parent / "corpus" / "tohoku-bureau-fy2023-ict-policy-slides.txt", folder)
    shutil.copy(TEST_DATA / "sample-ja.pdf", folder)
    (folder / "旧資料.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    (folder / "~$shinetsu-telework-plan.docx").write_bytes(b"\0" * 162)  # Word's owner file: not a document
    return folder


def _index(collection: Path, index_dir: Path, jobs: int):
    from ictsearch.indexer import build_index

    return build_index([collection], index_dir, jobs=jobs)


EXPECTED = {
    # file: (title, region, fiscal year, a word found only in one place of it, page of that word)
    "shinetsu-telework-plan.docx": ("令和5年度 信越地域テレワーク推進計画(案)", "信越", 2023, "ワーケーション", None),
    "kyushu-ict-survey.xlsx": ("令和4年度 九州ICT利活用調査 集計表", "九州", 2022, "スマート農業", 2),
    "tokai-briefing.pptx": ("東海総合通信局 令和3年度の主な取組", "東海", 2021, "ドローン物流", 3),
    "tohoku-press-furniture.html": ("令和6年度「地域課題解決のためのローカル5G等の実証」の公募開始", "東北", 2024,
                                    "氾濫予兆検知", None),
    "kinki-meeting-sjis.html": ("平成30年度 近畿地域情報化推進会議の開催結果", "近畿", 2018, "髙橋座長", None),
}


def test_every_format_through_the_pipeline(mixed_collection, tmp_path):
    from ictsearch.search import open_index

    summary = _index(mixed_collection, tmp_path / "idx", jobs=1)
    assert summary.added == 7 and summary.failed == 1
    (failure,) = summary.failures
    assert failure.path.endswith("旧資料.doc") and "save as .docx" in failure.reason
    with open_index(tmp_path / "idx") as idx:
        for name, (title, region, fy, word, page) in EXPECTED.items():
            doc = idx.get(str(mixed_collection / name))
            assert doc.title == title, name
            assert region in doc.region and doc.fiscal_year == fy, name
            res = idx.search(word)
            hits = [h for h in res.hits if h.path.endswith(name)]
            assert hits, (name, word)
            assert hits[0].page == page, name
        for junk in ("仙台第2合同庁舎", "文字サイズ", "メールマガジン", "背景色", "大阪合同庁舎"):
            assert idx.search(f'"{junk}"').total == 0, junk


def test_cache_incremental_and_jobs_are_the_same_for_every_format(mixed_collection, tmp_path):
    from ictsearch.search import open_index

    first = _index(mixed_collection, tmp_path / "a", jobs=2)
    assert first.added == 7 and not any(o.cached for o in first.outcomes if o.status == "added")
    again = _index(mixed_collection, tmp_path / "a", jobs=2)
    assert again.added == again.updated == 0 and again.unchanged == 7
    # A rebuild reads every Office and HTML file from the extraction cache.
    from ictsearch.indexer import build_index

    rebuilt = build_index([mixed_collection], tmp_path / "a", jobs=2, rebuild=True)
    assert all(o.cached for o in rebuilt.outcomes if o.status == "added")
    one = _index(mixed_collection, tmp_path / "b", jobs=1)
    with open_index(tmp_path / "a") as a, open_index(tmp_path / "b") as b:
        docs_a = {d.path: d.to_dict() for d in a.documents()}
        docs_b = {d.path: d.to_dict() for d in b.documents()}
    assert one.added == 7 and docs_a == docs_b


def test_html_cms_page_keeps_its_update_date_and_survives_a_misleading_class():
    # The content's wrapper has class "column_lnavi" (it names the local navigation beside it).
    got = extract(TEST_DATA / "html" / "pref-cms-fiber.html")
    text = got.pages[0]
    assert text.startswith("更新日:2023年3月15日")  # outside the content block, kept for the year
    assert "補助対象経費の6分の1以内" in text and "情報政策課" in text
    assert got.title == "条件不利地域における光ファイバ整備への支援について"
    for junk in ("文字の大きさ", "くらし・環境", "トップページ", "高知県デジタル化推進計画", "印刷ページ表示",
                 "ページの先頭へ戻る", "丸ノ内", "All Rights Reserved"):
        assert junk not in text, junk


def test_html_page_without_h1_takes_title_from_title_tag_and_drops_breadcrumb_trail():
    got = extract(TEST_DATA / "html" / "kyushu-press-2007.html")
    text = got.pages[0]
    assert got.title == "平成19年度予算による地域公共ネットワーク構築の支援"  # the site name removed
    assert "平成19年8月1日" in text and "壱岐情報センター" in text
    for junk in ("HOME", "本文へジャンプ", "サイトマップ", "個人情報の取扱い", "熊本地方合同庁舎"):
        assert junk not in text, junk


def test_xlsx_without_a_title_property_takes_its_first_text_cell(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "概要"
    ws.append([2023])
    ws.append(["令和5年度予算資料", "テレワーク推進"])
    ws.append(["金額", 1234567])
    wb.save(tmp_path / "budget.xlsx")
    assert extract(tmp_path / "budget.xlsx").title == "令和5年度予算資料"


def test_a_macro_enabled_copy_is_refused_even_when_its_bytes_are_cached(tmp_path):
    from ictsearch.indexer import build_index

    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(XLSX, folder / "a.xlsx")
    shutil.copy(XLSX, folder / "b.xlsm")  # the same bytes: the cache already holds their text
    summary = build_index([folder], tmp_path / "idx", jobs=1)
    assert summary.added == 1 and summary.failed == 1
    assert "macro-enabled .xlsm" in summary.failures[0].reason


def test_html_glued_menu_names_and_cms_notices_are_furniture(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>電波利用の手続き | 信越総合通信局</title></head><body>'
        '<table><tr><td class="leftmenu"><a href="/a">組織案内</a><br><a href="/b">報道発表</a></td>'
        '<td><h2>無線局免許の手続きについて</h2><p>平成19年4月1日更新</p>'
        "<p>無線局を開設しようとする者は、総務大臣の免許を受けなければなりません。申請書の様式は次のとおりです。"
        "電子申請も利用できます。手数料は局の種別により異なります。</p>"
        "<p>PDF形式のファイルを御覧いただく場合には、Adobe社が提供するAdobe Readerが必要です。</p>"
        "<p>より良いウェブサイトにするために、このページのご感想をお聞かせください。</p></td></tr></table>"
        "</body></html>", "utf-8")
    text = "\n".join(extract(page).pages)
    assert "総務大臣の免許" in text
    for furniture in ("組織案内", "報道発表", "Adobe", "ご感想"):
        assert furniture not in text


def test_pptx_a_charts_title_series_and_categories_are_text(tmp_path):
    # A slide's chart (整備率 by prefecture) named the prefectures and the measure only in the chart.
    import pptx
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "管内の光回線の状況"
    data = CategoryChartData()
    data.categories = ["青森県", "岩手県", "宮城県"]
    data.add_series("光ファイバ整備率", (99.1, 98.5, 99.8))
    data.add_series("5G人口カバー率", (90.2, 88.0, 95.1))
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data)
    frame.chart.has_title = True
    frame.chart.chart_title.text_frame.text = "県別の整備状況(令和5年3月末)"
    path = tmp_path / "charts.pptx"
    deck.save(path)
    page = extract(path).pages[0]
    assert page.startswith("管内の光回線の状況")
    for words in ("県別の整備状況(令和5年3月末)", "光ファイバ整備率、5G人口カバー率", "青森県、岩手県、宮城県"):
        assert words in page
    assert "99.1" not in page


def test_a_saved_pages_breadcrumb_trail_dates_and_files_it_but_is_not_indexed_text(tmp_path):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    page = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>知事記者会見 - 山梨県</title></head>
<body><div class="header">山梨県</div>
<div id="topicPath"><ol><li><a href="/">ホーム</a></li><li><a href="/chiji/">知事の部屋</a></li>
<li><a href="/chiji/kaiken/">知事記者会見</a></li><li>知事記者会見(平成24年7月24日火曜日)</li></ol></div>
<div id="main"><h1>知事記者会見</h1><p>本館2階特別会議室</p>
<p>今般、リニアを活用した県土づくりの基本的な指針となる「リニア活用基本構想」の策定に向けまして、需要予測の結果をとりまとめました。</p>
<p>この需要予測を行うに当たりまして、目標年次につきましては開業予定の2027年としております。</p></div></body></html>"""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "kaiken.html").write_text(page, "utf-8")
    got = extract(folder / "kaiken.html")
    assert got.trail == "ホーム>知事の部屋>知事記者会見>知事記者会見(平成24年7月24日火曜日)"  # normalized as the text is
    assert "知事の部屋" not in got.pages[0]  # navigation, not the page's text
    build_index([folder], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        doc = ix.get(str(folder / "kaiken.html"))
    # The day is only in the trail's last step; the body's 2027年 is a target year.
    assert (doc.year, doc.fiscal_year) == (2012, 2012)


def test_a_trail_in_a_nav_element_dates_the_page(tmp_path):
    from ictsearch.indexer.metadata import derive_metadata
    from ictsearch.indexer.document import metadata_text

    # HTML5's breadcrumb pattern (<nav aria-label="パンくずリスト"><ol><li>…), as CMSs write it: the
    # trail was dropped with every <nav> before it was read, and the year its step gives with it.
    page = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>ICT利活用による防災・減災シンポジウムを開催</title></head>
<body><header><nav class="gnav"><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/gyosei/">行政情報</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="パンくずリスト"><ol><li><a href="/">総務省トップ</a></li><li><a href="/soshiki/">組織案内</a></li>
<li><a href="/shikoku/">四国総合通信局</a></li><li><a href="/shikoku/event/">イベント報告2014年</a></li>
<li>ICT利活用による防災・減災シンポジウムを開催</li></ol></nav>
<main><h1>ICT利活用による防災・減災シンポジウムを開催</h1>
<p>四国総合通信局は、9月2日(火)、松山市の愛媛大学において「ICT利活用による防災・減災シンポジウム」を開催しました。</p>
<p>災害時における情報伝達手段とリスクコミュニケーションについて、自治体の取組が紹介されました。</p></main>
<footer><p>Copyright &copy; All Rights Reserved.</p></footer></body></html>"""
    (tmp_path / "page.html").write_text(page, "utf-8")
    got = extract(tmp_path / "page.html")
    assert got.trail.replace(" ", "") == "総務省トップ>組織案内>四国総合通信局>イベント報告2014年>ICT利活用による防災・減災シンポジウムを開催"
    assert "くらし・手続き" not in (got.trail or "") and "組織案内" not in got.pages[0]
    meta = derive_metadata(metadata_text(got.pages[0], got.trail, got.site), title=got.title, path=tmp_path / "page.html")
    assert (meta.year, meta.fiscal_year) == (2014, 2014)


def test_a_saved_pages_site_name_says_whose_page_it_is(tmp_path):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    page = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>マイナンバーカードの申請について - 下関市公式ウェブサイト</title></head>
<body><div id="main"><h1>マイナンバーカードの申請について</h1>
<p>マイナンバーカードは、国民の利便性の向上と行政の効率化のための顔写真付きのICカードです。</p>
<p>本市では、市民課の窓口で申請を受け付けています。申請から交付まで約1か月かかります。</p></div></body></html>"""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "mynumber.html").write_text(page, "utf-8")
    got = extract(folder / "mynumber.html")
    assert got.site == "下関市" and got.title == "マイナンバーカードの申請について"
    assert "下関市" not in got.pages[0]
    build_index([folder], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        doc = ix.get(str(folder / "mynumber.html"))
    # The page names no place of its own (本市では): without its site's name it had no region.
    assert (doc.region, doc.prefecture) == (("中国",), ("山口県",))


@pytest.mark.parametrize("cover, expected", [
    ("○広尾町電子計算機利活用推進委員会運営規程", "広尾町電子計算機利活用推進委員会運営規程"),
    ("令和5年度 地域DX推進セミナーの開催について", "令和5年度 地域DX推進セミナーの開催について"),
    ("本文", "本市のテレワーク推進事業"),
    ("2024年1月22日掲載", "本市のテレワーク推進事業"),
    ("本市では、総務省の地域情報化アドバイザー派遣制度を活用し、行政手続のオンライン化、窓口のキャッシュレス化、"
     "庁内のペーパーレス化、公共施設への公衆無線LANの整備に、令和5年度から順に取り組んでいます。",
     "本市では、総務省の地域情報化アドバイザー派遣制度を活用し、行政手続のオンライン化、窓口のキャッシュレス化、"
     "庁内のペーパーレス化..."),  # (a given title is NFKC'd: its … is ...)
])
def test_pptx_a_cover_title_is_read_as_a_texts_first_lines_are(tmp_path, cover, expected):
    # A deck made from a page: the cover's title placeholder holds what the page opened with.  A
    # bullet before it, a skip link or a date line there, a long sentence: the same text saved
    # as .txt is titled without the mark, from the next line, with the sentence cut.
    import pptx

    from ictsearch.indexer.document import derive_title, join_pages

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = cover
    slide.placeholders[1].text = "本市のテレワーク推進事業\n市内の事業者を対象に、サテライトオフィスの整備を支援します。"
    deck.save(tmp_path / "deck.pptx")
    got = extract(tmp_path / "deck.pptx")
    assert derive_title(join_pages(got.pages)[0], got.title, tmp_path / "deck.pptx") == expected


def test_docx_a_title_paragraph_is_read_as_a_texts_first_lines_are(tmp_path):
    import docx

    from ictsearch.indexer.document import derive_title, join_pages

    # A greeting whose first sentence was set in the Title style with the letter's opening under it
    # as its Subtitle: the title was both whole; the same text as .txt is titled with what
    # derive_title keeps of its first lines.
    d = docx.Document()
    d.add_paragraph("2021年 年頭のご挨拶", style="Title")
    d.add_paragraph("明けましておめでとうございます。国立研究開発法人情報通信研究機構は、本年も情報通信分野の研究開発と"
                    "その成果の社会実装に全力で取り組み、地域の皆様とともにデジタル社会の実現に貢献してまいります。",
                    style="Subtitle")
    d.add_paragraph("本年もよろしくお願い申し上げます。")
    d.save(tmp_path / "greeting.docx")
    got = extract(tmp_path / "greeting.docx")
    as_text = "\n".join(p.text for p in docx.Document(tmp_path / "greeting.docx").paragraphs)
    assert got.title == derive_title(as_text, None, tmp_path / "greeting.txt") == "2021年 年頭のご挨拶"
    # A date line in the Title style is no title: the body's heading is.
    d = docx.Document()
    d.add_paragraph("令和5年10月2日", style="Title")
    d.add_paragraph("地域DX推進セミナーの開催について")
    d.add_paragraph("信越総合通信局は、長野市において地域DX推進セミナーを開催します。")
    d.save(tmp_path / "notice.docx")
    got = extract(tmp_path / "notice.docx")
    assert got.title is None
    assert derive_title(join_pages(got.pages)[0], got.title, tmp_path / "notice.docx") == "地域DX推進セミナーの開催について"


def test_html_an_h1_is_read_as_a_texts_first_lines_are(tmp_path):
    # A CMS page whose <h1> holds a greeting's heading and its first sentences: the title was all of
    # it; an <h1> that is only the page's date gives way to the <title>.
    opening = ("明けましておめでとうございます。国立研究開発法人情報通信研究機構は、本年も情報通信分野の研究開発と"
               "その成果の社会実装に全力で取り組み、地域の皆様とともにデジタル社会の実現に貢献してまいります。")
    page = tmp_path / "greeting.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>年頭のご挨拶</title></head><body><main>"
                    f"<h1>2021年 年頭のご挨拶 {opening}</h1><p>本年もよろしくお願い申し上げます。</p></main></body></html>",
                    encoding="utf-8")
    # The greeting's heading alone since titles40 (bench/realdocs r416 is labelled 年頭のご挨拶); the greeting's
    # first sentence was kept before.
    assert extract(page).title == "2021年 年頭のご挨拶"
    page.write_text("<html><head><meta charset='utf-8'><title>地域DX推進セミナーの開催について | 信越総合通信局</title>"
                    "</head><body><main><h1>令和5年10月2日</h1><p>長野市においてセミナーを開催します。</p></main></body></html>",
                    encoding="utf-8")
    assert extract(page).title == "地域DX推進セミナーの開催について"
