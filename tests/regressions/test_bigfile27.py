"""Regressions of bigfile27: a user who drops a huge log or CSV export, or two text files joined
with `cat`, into the folder of policy documents they index.

A 50 MB Japanese text file took 11 minutes and 3.7 GB to index (the 20 M-character cap let
nearly all of it through, and normalizing was quadratic in its lines); a UTF-8 file with a
Shift_JIS one appended was read whole as CP932, its UTF-8 half garbled, without a word.
The caps are patched low here: the tests hold the behaviour, bench/HISTORY.md the figures.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli

from conftest import REALDOCS, SHARED, needs_shared, write

UTF8_PART = (
    "総務省は、地域情報化アドバイザー派遣制度により地方公共団体のデジタル化を支援する。\n"
    "テレワークの推進に関する資料を公表した。\n"
)
CP932_PART = (
    "平成十五年度 防災行政無線の整備状況について報告する。\n"
    "市町村の電波利用料の使途を説明した。\n"
)


def _seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]


# -- mixed encodings ----------------------------------------------------------------


def test_utf8_then_cp932_is_read_line_by_line_and_says_where_it_changes():
    from ictsearch.indexer.extract import read_text_file

    head = UTF8_PART.encode("utf-8")
    warnings: list[str] = []
    text, encoding = read_text_file(head + CP932_PART.encode("cp932"), warnings)
    assert text == UTF8_PART + CP932_PART
    assert encoding == "utf-8"
    assert warnings == [f"mixed encodings, each line read in its own: UTF-8, then CP932 from byte {len(head):,}"]


def test_cp932_then_utf8_and_back_names_each_change():
    from ictsearch.indexer.extract import read_text_file

    first = CP932_PART.encode("cp932")
    second = UTF8_PART.encode("utf-8")
    warnings: list[str] = []
    text, encoding = read_text_file(first + second + first, warnings)
    assert text == CP932_PART + UTF8_PART + CP932_PART
    assert encoding == "cp932"
    assert warnings == [
        "mixed encodings, each line read in its own: CP932, "
        f"then UTF-8 from byte {len(first):,}, then CP932 from byte {len(first) + len(second):,}"
    ]


@pytest.mark.parametrize("encoding", ["cp932", "euc_jp"])
def test_real_texts_in_one_encoding_are_not_taken_for_mixed(encoding):
    # The seeds and 300 realdocs pages saved in Shift_JIS or EUC-JP: every one is read in its
    # encoding, whole, without a warning (no line of real Japanese text there is valid UTF-8).
    from ictsearch.indexer.extract import read_text_file

    texts = _seed_texts() + [p.read_text("utf-8") for p in sorted(REALDOCS.glob("*.txt"))[:300]]
    checked = 0
    for text in texts:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # a character the encoding lacks (①, a rare kanji)
        warnings: list[str] = []
        got, got_encoding = read_text_file(data, warnings)
        if data.isascii():
            continue
        # (What the round trip changes, ～ to 〜 in EUC-JP, it changes in a file read whole too.)
        assert (got, got_encoding, warnings) == (data.decode(encoding), encoding, [])
        checked += 1
    assert checked > 100


def test_utf8_files_with_a_damaged_byte_are_not_taken_for_mixed():
    # 200 realdocs pages with one byte beyond ASCII damaged: a damaged line may "decode" as CP932
    # or EUC-JP (3 of them did), but it is rarer so than with its damage replaced, so each is
    # reported where it broke, or read, as before: never as a file of two encodings.
    import random

    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import read_text_file

    rng = random.Random(3)
    outcomes = []
    for path in sorted(REALDOCS.glob("*.txt"))[:200]:
        data = bytearray(path.read_text("utf-8").encode("utf-8"))
        beyond = [i for i, b in enumerate(data) if b >= 0x80]
        if not beyond:
            continue
        at = rng.choice(beyond)
        data[at] = rng.choice([0xFF, 0x80, 0xC3, 0x41 if data[at] & 0xC0 == 0x80 else 0xFE])
        warnings: list[str] = []
        try:
            outcomes.append(read_text_file(bytes(data), warnings)[1])
        except ExtractionError as e:
            outcomes.append(e.reason.split(" (")[0])
        assert not any(w.startswith("mixed encodings") for w in warnings), path.name
    assert outcomes.count("not text: undecodable in UTF-8, UTF-16") > 150

def test_a_mixed_file_is_indexed_with_a_warning_naming_it(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "連結ログ.txt").write_bytes(UTF8_PART.encode("utf-8") + CP932_PART.encode("cp932"))
    result = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 0, result.output
    (line,) = [l for l in result.output.splitlines() if l.startswith("warning:")]
    assert "連結ログ.txt" in line and "then CP932 from byte" in line
    for word in ("地域情報化", "防災行政無線"):  # both halves found, neither garbled
        found = CliRunner().invoke(cli, ["search", word, "--index", str(tmp_path / "idx"), "--json"])
        assert json.loads(found.output)["total"] == 1, word


# -- the cap on one file's text --------------------------------------------------------


@needs_shared
def test_a_huge_csv_is_cut_with_its_warning_in_index_and_show_json(tmp_path, monkeypatch):
    from ictsearch.indexer import formats

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 3_000)
    rows = ["番号,日付,内容"] + [f"{i},2023/4/{i % 28 + 1},{line}" for i, line in
                              enumerate(_seed_texts()[0].splitlines() * 3) if line.strip()]
    write(tmp_path / "docs" / "問い合わせ記録.csv", "\n".join(rows) + "\n999,2024/3/31,末尾だけのペンギン観察会\n")
    idx = str(tmp_path / "idx")
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "docs"), "--index", idx])
    assert result.exit_code == 0, result.output
    assert "問い合わせ記録.csv: text cut at 3,000 characters" in result.output
    shown = CliRunner().invoke(cli, ["show", str(tmp_path / "docs" / "問い合わせ記録.csv"), "--index", idx, "--json"])
    assert json.loads(shown.output)["warnings"] == ["text cut at 3,000 characters"]
    again = CliRunner().invoke(cli, ["index", str(tmp_path / "docs"), "--index", idx, "--rebuild", "--json"])
    (outcome,) = [o for o in json.loads(again.output)["outcomes"] if o["path"].endswith(".csv")]
    assert outcome["warnings"] == ["text cut at 3,000 characters"]
    found = json.loads(CliRunner().invoke(cli, ["search", "ペンギン観察会", "--index", idx, "--json"]).output)
    assert found["total"] == 0


@needs_shared
def test_a_pdf_of_more_text_than_the_cap_is_cut_too(monkeypatch):
    # Every other reader cut its text; a PDF of thousands of pages was indexed whole.
    from ictsearch.indexer import formats
    from ictsearch.indexer.extract import extract

    pdf = SHARED / "pdf" / "generated" / "kanto-ict-npo-council-fy2020-annual-report.pdf"
    whole = extract(pdf, ocr=False)
    assert sum(len(p) for p in whole.pages) > 1_000
    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 1_000)
    cut = extract(pdf, ocr=False)
    assert sum(len(p) for p in cut.pages) == 1_000
    # (ingest28: the note says where the text ends, as the pages after it are not read)
    assert cut.warnings == [*whole.warnings, f"text cut at 1,000 characters, in page {len(cut.pages)} of {whole.page_count}"]
    assert cut.pages[0] == whole.pages[0][:1_000]
    assert cut.page_count == whole.page_count


def test_the_text_file_cap_reads_only_the_bytes_it_can_keep(tmp_path, monkeypatch):
    # The bytes read follow the one character cap (4 bytes a character at most).
    from ictsearch.indexer import extract

    assert extract.MAX_TEXT_BYTES == 4 * extract.MAX_TEXT_CHARS
    assert extract.MAX_TEXT_CHARS == 3_000_000


# -- cost that grew faster than the text ---------------------------------------------------


def _wrap_width_by_counting(widths: list[int]) -> int | None:
    """The wrap width as normalize found it before bigfile27, line by line (quadratic)."""
    candidates = sorted((w for w in widths if w >= 24), reverse=True)
    enough = max(3, 0.1 * len(candidates))
    for longer, wrap in enumerate(candidates):
        if longer > enough:
            break
        pile = sum(1 for w in candidates[longer:] if w >= 0.9 * wrap)
        if pile >= enough and sum(1 for w in candidates if w > 1.15 * wrap) <= enough:
            return wrap
    return None


def test_wrap_width_by_bisection_is_the_width_counting_found():
    from ictsearch.indexer.normalize import _width, _wrap_width

    texts = _seed_texts() + [p.read_text("utf-8") for p in sorted(REALDOCS.glob("*.txt"))[:400]]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "whitepaper").glob("h2*/*.txt"))[:200]]
    wrapped = 0
    for text in texts:
        widths = [_width(line.rstrip()) for line in text.split("\n")]
        assert _wrap_width(widths) == _wrap_width_by_counting(widths)
        wrapped += _wrap_width(widths) is not None
    # Boundaries: a pile exactly at 0.9 of the width, a line exactly at 1.15 of it.
    for widths in ([40] * 5 + [36] * 5 + [46], [40, 40, 40, 46, 46, 46, 47], [100] * 3 + [90] * 30):
        assert _wrap_width(widths) == _wrap_width_by_counting(widths)
    assert wrapped > 10


@needs_shared
def test_terms_share_one_string_per_form():
    from ictsearch.indexer.analysis import analyze

    # (A katakana compound's parts and a joined 5G come from elsewhere: a few strings more.)
    terms = analyze("\n".join(_seed_texts()))
    forms = {t.text for t in terms}
    strings = {id(t.text) for t in terms}  # the terms hold them: no id is reused meanwhile
    assert len(forms) < len(terms) / 2
    assert len(strings) < 1.1 * len(forms)


@needs_shared
def test_a_file_is_hashed_in_steps_to_the_same_digest(tmp_path):
    from ictsearch.indexer.plan import content_hash, hash_or_none

    path = write(tmp_path / "計画.txt", "\n".join(_seed_texts()) * 40)
    assert path.stat().st_size > 1 << 20  # more than one step
    assert content_hash(path) == hashlib.sha256(path.read_bytes()).hexdigest() == hash_or_none(path)
    assert hash_or_none(tmp_path / "ない.txt") is None


@needs_shared
def test_a_huge_web_page_or_word_file_is_cut_before_it_is_normalized(tmp_path, monkeypatch):
    # A 40 MB page was normalized whole (14 M characters) before its text was cut: 1.3 GB.
    import docx

    from ictsearch.indexer import formats
    from ictsearch.indexer.extract import extract

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    paragraphs = [line for text in _seed_texts() for line in text.splitlines() if line.strip()]
    page = write(tmp_path / "大容量.html", "<html><head><meta charset='utf-8'><title>報告</title></head><body>"
                 + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(tmp_path / "大容量.docx")
    for path in (page, tmp_path / "大容量.docx"):
        ex = extract(path)
        assert ex.warnings == ["text cut at 2,000 characters"], path.name
        assert 1_500 < len(ex.pages[0]) <= 2_000 and ex.pages[0].startswith(paragraphs[0][:10]), path.name


@needs_shared
def test_a_huge_workbook_is_read_only_as_far_as_the_cap(tmp_path, monkeypatch):
    # Its 150,000 rows were all read (28 CPU-seconds) to keep the first 3 M characters.
    from openpyxl import Workbook

    from ictsearch.indexer import formats
    from ictsearch.indexer.extract import extract

    lines = [line for text in _seed_texts() for line in text.splitlines() if line.strip()]
    workbook = Workbook()
    first = workbook.active
    first.title = "記録"
    for i, line in enumerate(lines, start=1):
        first.append([i, "2023/4/1", line])
    workbook.create_sheet("末尾").append(["ペンギン観察会"])
    workbook.save(tmp_path / "台帳.xlsx")
    whole = extract(tmp_path / "台帳.xlsx")
    assert whole.warnings == [] and "ペンギン観察会" in whole.pages[-1]
    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    cut = extract(tmp_path / "台帳.xlsx")
    assert cut.warnings == ["text cut at 2,000 characters"]
    assert len(cut.pages) == 1 and len(cut.pages[0]) <= 2_000
    assert cut.pages[0] == whole.pages[0][:len(cut.pages[0])]
