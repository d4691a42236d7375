"""extract() and read_text_file() on real Japanese PDFs and text files, good and bad."""

from __future__ import annotations

import csv
import difflib
import functools
import logging
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.extract import SUPPORTED_SUFFIXES, Extracted, _meaningful_title, extract, read_text_file
from ictsearch.indexer.normalize import normalize_text
from ictsearch.indexer.pdf import LAYOUT, read_with_pdfminer

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
shared = pytest.mark.shared
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is not beside the project")
SAMPLE_PDF = Path(__file__).resolve().parent / "data" / "sample-ja.pdf"


@functools.cache
def extracted(path: Path) -> Extracted:
    """PDF extraction is the slow part: each file is extracted once per session."""
    return extract(path)


def reason_of(path: Path, **options) -> str:
    with pytest.raises(ExtractionError) as info:
        extract(path, **options)
    return info.value.reason


# ------------------------------------------------------------ text decoding

PARAGRAPH = "テレワーク・ワンストップ・サポート（継続、厚生労働省と連携して実施）①無料コンサルティング～"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (PARAGRAPH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PARAGRAPH.encode("utf-8"), "utf-8-sig"),
        (PARAGRAPH.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + PARAGRAPH.encode("utf-16-be"), "utf-16"),
        (PARAGRAPH.encode("cp932"), "cp932"),
        (PARAGRAPH.replace("①", "1").replace("～", "〜").encode("euc_jp"), "euc_jp"),
    ],
)
def test_read_text_file_encodings(data, encoding):
    text, used = read_text_file(data)
    assert used == encoding
    assert "テレワーク・ワンストップ・サポート" in text
    assert not text.startswith("\ufeff")


def test_euc_jp_that_also_decodes_as_cp932():
    # EUC-JP kana bytes are valid CP932 half-width katakana: both decode.
    for text in ("さいたま", "とうきょう", "地域情報化"):
        data = text.encode("euc_jp")
        data.decode("cp932")
        assert read_text_file(data) == (text, "euc_jp")


COMMON = "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコテレワーク地域情報通信総務省事業会議年度月日、。「」・ー"


# Two or three EUC-JP characters can happen to be valid UTF-8 (「務年」), and UTF-8 wins by
# design; from six characters on that no longer happens by chance.  Derandomized so CI is stable.
@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(COMMON), min_size=6, max_size=60), st.sampled_from(["cp932", "euc_jp"]))
def test_cp932_and_euc_jp_round_trip(text, encoding):
    assert read_text_file(text.encode(encoding)) == (text, encoding)


def test_utf16_without_bom_is_read_only_as_everyday_text():
    # Its NULs tell it from the other encodings; the byte order is the one that reads as Japanese
    # (review35: it was refused as "not text", a program's UTF-16 export with it).
    assert read_text_file("地域IoT\n".encode("utf-16-le")) == ("地域IoT\n", "utf-16-le")
    assert read_text_file("地域IoT\n".encode("utf-16-be")) == ("地域IoT\n", "utf-16-be")
    with pytest.raises(ExtractionError) as info:
        read_text_file("\ue000\uf8ff\u0e01\u0e02".encode("utf-16-le"))  # private use and Thai: no Japanese text
    assert info.value.reason.startswith("not text")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b" \t\r\n" + "\u3000\u3000".encode("utf-8") + b"\n", "no text"),
        (bytes(range(256)) * 4, "not text"),
        (b"\x00\x01\x02abc", "not text"),
    ],
)
def test_read_text_file_rejects(data, reason):
    with pytest.raises(ExtractionError) as info:
        read_text_file(data)
    assert info.value.reason.startswith(reason)


def test_extract_text_file(tmp_path):
    path = tmp_path / "メモ.md"
    path.write_bytes("# 迷惑メール対策\r\n\r\n令和 3 年度 事業計画\r\n".encode("cp932"))
    got = extract(path)
    assert got == Extracted(pages=["# 迷惑メール対策\n\n令和3年度事業計画"], page_count=None, title=None,
                            encoding="cp932", warnings=[])


def test_extract_refuses_unknown_and_missing_files(tmp_path):
    assert ".pdf" in SUPPORTED_SUFFIXES and ".txt" in SUPPORTED_SUFFIXES and ".md" in SUPPORTED_SUFFIXES
    (tmp_path / "a.rtf").write_bytes(b"{\\rtf1}")
    assert "unsupported" in reason_of(tmp_path / "a.rtf")
    assert "cannot read" in reason_of(tmp_path / "missing.txt")
    assert "cannot read" in reason_of(tmp_path / "missing.pdf")


# ------------------------------------------------------------ the bundled PDF

def test_sample_pdf_pages_title_and_vertical_page():
    got = extracted(SAMPLE_PDF)
    assert got.page_count == 2 and len(got.pages) == 2
    assert got.title == "地域ICT推進事業の概要"
    assert got.encoding is None and got.warnings == []
    first, second = got.pages
    assert first.startswith("地域ICT推進事業の概要\n\n")
    # the paragraph wrapped over four lines is one line again
    assert "マッチング支援を全国の自治体と連携して実施する。あわせて、ICTを活用した地域の取組を紹介するセミナー" in first
    assert "\n\n・マイナンバーカードの普及促進\n\n・迷惑メール対策" in first
    # vertical writing read in columns, right to left
    assert second.split("\n\n") == ["わたくしといふ現象は", "假定された有機交流電燈の", "ひとつの青い照明です"]


def test_truncated_and_headerless_pdfs(tmp_path):
    data = SAMPLE_PDF.read_bytes()
    (tmp_path / "half.pdf").write_bytes(data[: len(data) // 2])
    (tmp_path / "zero.pdf").write_bytes(b"")
    (tmp_path / "html.pdf").write_bytes(b"<!DOCTYPE html><title>404</title>")
    (tmp_path / "late-header.pdf").write_bytes(b"\x00" * 2000 + data)
    assert reason_of(tmp_path / "half.pdf") == "damaged or truncated PDF"
    assert reason_of(tmp_path / "zero.pdf") == "empty file"
    assert reason_of(tmp_path / "html.pdf").startswith("not a PDF (no %PDF- header): a web page (HTML)")
    assert reason_of(tmp_path / "late-header.pdf") == "not a PDF (no %PDF- header)"


def test_pdf_without_text(tmp_path):
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 22 >>\nstream\n0 0 m 100 100 l S\nendstream",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(body)
    body += "xref\n0 5\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += f"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    (tmp_path / "blank.pdf").write_bytes(body)
    assert reason_of(tmp_path / "blank.pdf") == "no text layer (scanned image?)"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("令和２年度事業報告", "令和2年度事業報告"),
        ("2023年度 ICT利活用地域イノベーション委員会 活動方針", "2023年度 ICT利活用地域イノベーション委員会 活動方針"),
        ("Microsoft Word - 令和3年度事業計画書（案）.docx", None),
        ("Microsoft PowerPoint - 資料3.pptx", None),
        ("資料１", None),
        ("参考資料2-1", None),
        ("別紙", None),
        ("PowerPoint プレゼンテーション", None),
        ("zen_of_python.txt", None),
        ("C:\\Users\\soumu\\Desktop\\houkoku", None),
        ("sample-ja", None),  # the file's own name
        ("無題", None),
        ("(anonymous)", None),  # ReportLab's title when the maker gives none
        ("", None),
        ("   ", None),
        ("- 1 -", None),
        (None, None),
    ],
)
def test_title_rule(raw, expected):
    assert _meaningful_title(raw, Path("/x/sample-ja.pdf")) == expected


def test_a_pdf_reportlab_made_without_a_title_takes_its_title_from_the_text(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ictsearch.indexer.document import derive_title, join_pages

    # ReportLab's document templates write /Title (anonymous) when the maker sets none, as forms and
    # notices generated by office systems are made: the index titled them 「(anonymous)」.
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    body = ParagraphStyle("body", fontName="HeiseiMin-W3", fontSize=10.5, leading=16, wordWrap="CJK")
    lines = ["令和5年10月2日", "信越総合通信局", "地域DX推進セミナーの開催について",
             "信越総合通信局は、長野市において地域DX推進セミナーを開催します。"]
    SimpleDocTemplate(str(tmp_path / "notice.pdf")).build([Paragraph(line, body) for line in lines])
    got = extract(tmp_path / "notice.pdf")
    assert got.title is None
    assert derive_title(join_pages(got.pages)[0], got.title, tmp_path / "notice.pdf") == "地域DX推進セミナーの開催について"


# ------------------------------------------------------------ ../shared/corpus

def manifest() -> list[dict[str, str]]:
    with open(SHARED / "pdf" / "manifest.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def pdf_rows(kind: str) -> list[str]:
    if not SHARED.is_dir():
        return []
    return [row["path"] for row in manifest() if row["kind"] == kind]


def row_for(path: str) -> dict[str, str]:
    return next(row for row in manifest() if row["path"] == path)


def one_char_share(pages: list[str]) -> float:
    lines = [line.strip() for page in pages for line in page.split("\n") if line.strip()]
    return sum(1 for line in lines if len(line) == 1) / len(lines)


@shared
@needs_shared
@pytest.mark.parametrize("path", pdf_rows("real") + pdf_rows("generated"))
def test_page_counts_match_the_manifest(path):
    got = extracted(SHARED / path)
    assert got.page_count == int(row_for(path)["pages"]) == len(got.pages)
    assert got.warnings == []


@shared
@needs_shared
@pytest.mark.parametrize("path", pdf_rows("generated"))
def test_generated_pdfs_match_their_seeds(path):
    row = row_for(path)
    seed = normalize_text((SHARED / row["source_text"]).read_text(encoding="utf-8"))
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    ratio = difflib.SequenceMatcher(None, squash(seed), squash("".join(extracted(SHARED / path).pages)),
                                    autojunk=False).ratio()
    # never worse than pdfminer's default (the manifest), by more than noise
    assert ratio >= float(row["similarity_default"]) - 0.005


@shared
@needs_shared
@pytest.mark.parametrize("name, phrase", [
    ("jo.pdf", "わたくしといふ現象は"),
    ("jo.pdf", "假定された有機交流電燈の"),
    ("kampo.pdf", "道路交通法施行令の一部を改正する政令"),
])
def test_vertical_pdfs_read_in_columns(name, phrase):
    got = extracted(SHARED / "pdf" / "real" / name)
    assert one_char_share(got.pages) < 0.15
    assert phrase in "".join(got.pages)


@shared
@needs_shared
def test_horizontal_slides_unaffected():
    got = extracted(SHARED / "pdf" / "real" / "nlp2004slides.pdf")
    assert one_char_share(got.pages) < 0.15
    assert "固有表現の発見" in got.pages[0]


@shared
@needs_shared
@pytest.mark.parametrize("name, title", [
    ("kanto-ict-npo-council-fy2020-annual-report.pdf", "令和2年度事業報告"),
    ("tohoku-bureau-fy2023-ict-policy-slides.pdf", "東北総合通信局 主な取組(令和5年度)"),
    ("internet-association-fy2021-business-plan.pdf", None),  # Microsoft Word - ….docx
    ("regional-iot-roadmap-progress-2017-a4.pdf", None),  # 資料１
    ("tohoku-bureau-fy2023-ict-policy-a4.pdf", None),  # no /Title
])
def test_pdf_titles(name, title):
    assert extracted(SHARED / "pdf" / "generated" / name).title == title


BAD = SHARED / "bad"


@shared
@needs_shared
@pytest.mark.parametrize("name, encoding, phrase", [
    ("cp932-tohoku-telework.txt", "cp932", "テレワーク・ワンストップ・サポート"),
    ("eucjp-kanto-study-session.txt", "euc_jp", "ワーケーション"),
    ("utf16le-bom-innovation-committee.txt", "utf-16", "マイナンバーカード"),
    ("utf8-bom-internet-association-hotline.txt", "utf-8-sig", "こたエール"),
    ("テレワーク資料.txt", "utf-8", "テレワーク・デイ"),
])
def test_awkward_text_files_decode(name, encoding, phrase):
    got = extract(BAD / name)
    assert got.encoding == encoding
    assert phrase in got.pages[0]
    assert not got.pages[0].startswith("\ufeff")
    assert "\r" not in got.pages[0]


@shared
@needs_shared
@pytest.mark.parametrize("name, reason", [
    ("encrypted-aes-128.pdf", "encrypted (password protected) PDF"),
    ("zero-bytes.pdf", "empty file"),
    ("truncated-half.pdf", "damaged or truncated PDF"),
    ("random-bytes.pdf", "not a PDF (no %PDF- header)"),
    ("image-only-scan.pdf", "no text layer (scanned image?)"),
    ("empty.txt", "empty file"),
    ("whitespace-only.txt", "no text"),
    ("binary-garbage.txt", "not text: undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP "
                           "(UTF-8: byte 0xff at offset 3; CP932: byte 0x99 at offset 9; EUC-JP: byte 0xff at offset 3)"),
])
def test_bad_files_fail_with_a_reason(name, reason):
    # OCR off: the scan is then a file without text (tests/test_pdf_ocr.py reads it with OCR on)
    assert reason_of(BAD / name, ocr=False) == reason


@shared
@needs_shared
def test_corrupted_pdf_recovers_text_with_a_warning_and_no_log_output(capsys, caplog):
    caplog.set_level(logging.DEBUG)
    got = extract(BAD / "corrupted-zen-of-python.pdf")
    # PDFium reads the damaged stream whole; pdfminer (the fallback) recovers it and says so
    assert "Beautiful is better than ugly" in got.pages[0]
    assert got.warnings == []
    pages, _title, warnings = read_with_pdfminer(BAD / "corrupted-zen-of-python.pdf", LAYOUT)
    assert "Beautiful is better than ugly" in pages[0]
    assert warnings == ["damaged content stream, text recovered"]
    assert not [r for r in caplog.records if r.name.startswith("pdfminer") and r.levelno >= logging.WARNING]
    assert capsys.readouterr().err == ""
    # the capture is undone afterwards
    assert logging.getLogger("pdfminer").propagate


@shared
@needs_shared
def test_every_bad_file_has_an_outcome():
    """Nothing in bad/ raises anything but ExtractionError."""
    for path in sorted(BAD.iterdir()):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        try:
            extract(path)
        except ExtractionError as exc:
            assert exc.reason and "\n" not in exc.reason
