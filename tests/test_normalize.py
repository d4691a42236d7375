"""normalize_text / normalize_query on real Japanese text."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictsearch.indexer.normalize import normalize_query, normalize_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
shared = pytest.mark.shared
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is not beside the project")
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


# ------------------------------------------------------------ spaces, NFKC

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("令和 2年 9月 15日（火）", "令和2年9月15日(火)"),
        ("関東 ICT推進 NPO 連絡協議会", "関東ICT推進NPO連絡協議会"),
        ("令和 3 年度 事業計画書 （案） ", "令和3年度事業計画書(案)"),
        ("AI や IoT の活用", "AIやIoTの活用"),
        ("Open Data の推進", "Open Dataの推進"),
        ("Society 5.0 と Well-being", "Society 5.0とWell-being"),
        ("ＤＸ推進", "DX推進"),
        ("ｻｰﾊﾞの更新", "サーバの更新"),
        ("ＮＩＣＴ　委託研究", "NICT 委託研究"),  # an ideographic space is the author's
    ],
)
def test_pdf_spaces_and_nfkc(raw, expected):
    assert normalize_text(raw) == expected


def test_heading_marker_keeps_its_space():
    assert normalize_text("１ 総会の開催") == "1 総会の開催"
    assert normalize_text("（ア） 欧州経済戦略") == "(ア) 欧州経済戦略"
    assert normalize_text("第2節　情報通信政策の展開") == "第2節 情報通信政策の展開"
    # ...but a number with its unit is not a marker.
    assert normalize_text("10 月 19 日に開催") == "10月19日に開催"


def test_circled_numbers_survive_nfkc():
    assert normalize_text("① テレワーク・ワンストップ・サポート") == "① テレワーク・ワンストップ・サポート"


def test_bom_line_ends_trailing_spaces_and_blank_runs():
    raw = "\ufeff令和２年度事業報告 \r\n\r\n\r\n\r\n１ 総会の開催   \r２ 幹事会等の開催\n"
    assert normalize_text(raw) == "令和2年度事業報告\n\n1 総会の開催\n2 幹事会等の開催"


def test_tabs_survive():
    assert normalize_text("月日\t場所\t議題") == "月日\t場所\t議題"


# ------------------------------------------------------------ line joining

KANTO_EXCERPT = (  # from the 関東ICT推進NPO連絡協議会 seed, as pdfminer broke it
    "１ 総会の開催 \n\n \n\n"
    "  令和 2年 9月 15日（火）、オンラインにより関東 ICT推進 NPO 連絡協議会（以下、第\n\n"
    "１号議案においては「NPO 協議会」という。）第 17回定期総会を開催し、107会員のうち\n\n"
    "71 会員が出席（委任状参加 55 会員含む）、「令和 2 年度総会議案書」のとおり決定しま\n\n"
    "した。 \n\n"
    "２ 幹事会等の開催 \n\n"
    "（１） 幹事会 \n\n"
    "計４回開催し、フォーラム等の内容や地域活動支援事業に関する事項等を決定しま\n\n"
    "した。 \n"
)


def test_rejoins_lines_broken_mid_sentence():
    out = normalize_text(KANTO_EXCERPT)
    assert out.split("\n\n") == [
        "1 総会の開催",
        "令和2年9月15日(火)、オンラインにより関東ICT推進NPO連絡協議会(以下、第1号議案において"
        "は「NPO協議会」という。)第17回定期総会を開催し、107会員のうち71会員が出席(委任状参加55会員"
        "含む)、「令和2年度総会議案書」のとおり決定しました。",
        "2 幹事会等の開催",
        "(1) 幹事会",
        "計4回開催し、フォーラム等の内容や地域活動支援事業に関する事項等を決定しました。",
    ]


WRAPPED = "あ" * 38  # a full line of a wrapped paragraph


def test_bullets_and_numbered_items_are_not_joined():
    items = ["・テレワークの推進", "① 先進事例の収集", "（２） 幹事作業部会", "第3章 地域の取組", "■施策の概要"]
    for item in items:
        text = f"{WRAPPED}\n{WRAPPED}\n{WRAPPED}\n{item}"
        assert normalize_text(text).split("\n")[-1] == normalize_text(item)


def test_heading_is_not_joined_to_its_paragraph():
    text = f"{WRAPPED}。\n{WRAPPED}\n{WRAPPED}\n{WRAPPED}。\n総合的推進体制の確立\n{WRAPPED}。"
    assert "総合的推進体制の確立\n" in normalize_text(text)


def test_wrapped_paragraph_joined_and_paragraph_break_kept():
    text = f"{WRAPPED}\n{WRAPPED}\n{WRAPPED}\nおわり。\n\n次の段落。"
    assert normalize_text(text) == WRAPPED * 3 + "おわり。\n\n次の段落。"


def test_table_rows_are_not_joined():
    row = "第１回\t9月15日（火）\tオンライン開催\t審議事項と報告事項とその他の事項"
    text = "\n".join([row] * 4)
    assert normalize_text(text).count("\n") == 3


def test_line_starting_with_prolonged_mark_continues_the_line_above():
    # Japanese typesetting never starts a line with ー: pdfminer split a word.
    assert normalize_text("ニーズオリエンテッドなソリュ\n\nーション開発") == "ニーズオリエンテッドなソリューション開発"


def test_bundled_seeds_keep_their_headings():
    text = normalize_text((CORPUS / "internet-association-fy2021-business-plan.txt").read_text(encoding="utf-8"))
    assert text.startswith("令和3年度事業計画書(案)\n")
    assert "\n(2) IoT推進委員会を「DXビジネス推進委員会」への改名\n" in text
    # a sentence the PDF broke after 日本 comes out whole
    assert "特色を出す。日本のDX推進の動きに先行したWG活動、WG立ち上げ準備を行う。" in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("あア漢字ＤＸ　 \t\r\n。、・①（）abc1\ufeff")), max_size=80))
def test_output_invariants(raw):
    out = normalize_text(raw)
    assert "\r" not in out and "\ufeff" not in out and "\u3000" not in out
    assert "\n\n\n" not in out
    assert all(line == line.rstrip() for line in out.split("\n"))


# ------------------------------------------------------------ White Paper

@shared
@needs_shared
def test_white_paper_comes_out_unchanged_apart_from_nfkc_and_spaces():
    """Every 5th section: title line intact, no character changed, no line joined."""
    with open(SHARED / "whitepaper" / "manifest.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))[::5]
    joined = 0
    for row in rows:
        raw = (SHARED / row["path"]).read_text(encoding="utf-8")
        out = normalize_text(raw)
        out_lines = [line for line in out.split("\n") if line]
        raw_lines = [line for line in raw.split("\n") if line.strip()]
        title = unicodedata.normalize("NFKC", row["title"]).strip()
        assert out_lines[0].replace(" ", "") == title.replace(" ", ""), row["path"]
        # NFKC apart, only whitespace may differ (circled numbers are kept).
        assert _squash(out) == _squash(_nfkc_keeping_circled(raw)), row["path"]
        joined += len(raw_lines) - len(out_lines)
    assert joined <= 5  # of ~21,000 lines


def _squash(text: str) -> str:
    return "".join(text.split())


def _nfkc_keeping_circled(text: str) -> str:
    return "".join(ch if "\u2460" <= ch <= "\u2473" else unicodedata.normalize("NFKC", ch) for ch in text)


# ------------------------------------------------------------ queries

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ＤＸ　推進", "DX 推進"),
        ("  テレワーク 東北 ", "テレワーク 東北"),
        ("ｻｰﾊﾞ", "サーバ"),
        ("令和 2年", "令和 2年"),
    ],
)
def test_normalize_query(raw, expected):
    assert normalize_query(raw) == expected


def test_a_dash_between_katakana_in_a_query_is_a_long_vowel_mark():
    from ictsearch.indexer.normalize import normalize_query, normalize_text

    assert normalize_query("テレワ－ク") == "テレワーク"
    assert normalize_text("ニーズ－ネットワーク") == "ニーズ-ネットワーク"  # documents keep theirs
    assert normalize_query("サ-バ") == "サーバ"
    assert normalize_query("Wi-Fi テレワーク -東京") == "Wi-Fi テレワーク -東京"


def test_a_word_of_letters_cut_by_a_line_break_in_japanese_text_is_rejoined_without_a_space():
    from ictsearch.indexer.normalize import _Line

    def glue(above, below):
        line = _Line(above)
        line.glue(below)
        return line.text()

    assert glue("令和2年度は関東IC", "T推進NPO連絡協議会と連携した。") == "令和2年度は関東ICT推進NPO連絡協議会と連携した。"
    assert glue("the Open", "Data Charter") == "the Open Data Charter"  # English words keep their space
    assert glue("関東ICT推進 Open", "Data の推進") == "関東ICT推進 Open Data の推進"
    # A run of letters longer than what _Line keeps of the end is still read whole.
    assert glue("関東" + "A" * 300, "B推進") == "関東" + "A" * 300 + "B推進"
    assert glue("the " + "A" * 300, "Data") == "the " + "A" * 300 + " Data"


def test_a_long_run_of_evenly_wrapped_lines_is_joined_in_linear_time():
    # Each piece re-read the whole joined line (a tab test, a trailing-character search, the
    # quotation count, the copy): 3.2 M characters of wrapped lines without sentence ends took
    # 22 s and a 400 MB file never finished.  Counted, not timed: _Line never copies the line.
    from ictsearch.indexer import normalize

    calls = []
    real = normalize._Line.text
    normalize._Line.text = lambda self: calls.append(1) or real(self)
    try:
        text = "\n".join(["テレワークの推進に関する記録 " * 5] * 2000)
        out = normalize.normalize_text(text)
    finally:
        normalize._Line.text = real
    assert out.count("\n") < 10 and out.count("テレワーク") == 10000
    assert len(calls) == out.count("\n") + 1  # the joined text is built once per output line


def test_a_line_starting_with_a_middle_dot_inside_an_open_quotation_continues_it():
    # A paragraph wrapped at 24 characters, broken right before the ・ of 「テレワーク・ワーケーション」.
    paragraph = ("令和五年度は関東地域の協議会が主催し「テレワーク・ワーケーション」をテーマに、国や地方公共団体の"
                 "政策担当者と民間企業の担当者を招いたフォーラムを開催し、多くの参加者が地域の取組を共有した。")
    lines = [paragraph[i:i + 24] for i in range(0, len(paragraph), 24)]
    assert lines[1].startswith("・")
    out = normalize_text("\n".join(lines) + "\n・次の取組を行った。")
    assert paragraph in out
    assert out.endswith("\n・次の取組を行った。")  # a real item after a closed sentence stays on its own line


# ------------------------------------------------------------ spaces between katakana words

@pytest.mark.parametrize(
    "raw, expected",
    [
        # a typed space between two katakana words is their only boundary: kept
        ("令和4年度 テレワーク タブ名", "令和4年度テレワーク タブ名"),
        ("総務省は「スマートフォン プライバシー イニシアティブ」を公表した。",
         "総務省は「スマートフォン プライバシー イニシアティブ」を公表した。"),
        ("(出典)デロイト トーマツ コンサルティング(2018)", "(出典)デロイト トーマツ コンサルティング(2018)"),
        # letter-spaced katakana and spaced dates are still joined
        ("令和4年度 テ レ ワ ー ク 推進事業", "令和4年度テレワーク推進事業"),
        ("令和 2年 9月 テレワーク タブ名", "令和2年9月テレワーク タブ名"),
        # no word starts with ー: the space cut one word
        ("九州受信環境クリ ーン協議会の下に", "九州受信環境クリーン協議会の下に"),
        # a justified line (官報) and a wrap joined with a space: the other spaces give them away
        ("同項中「 一・五メー トル」 を「 一メー トル」 に改め、 同条第五項",
         "同項中「一・五メートル」を「一メートル」に改め、同条第五項"),
        ("「ワー ケーション全国フォーラム」にも名を連ね、日本の 働き方の変革",
         "「ワーケーション全国フォーラム」にも名を連ね、日本の働き方の変革"),
    ],
)
def test_space_between_katakana_words(raw, expected):
    assert normalize_text(raw) == expected


def test_katakana_word_after_a_typed_space_is_found(tmp_path):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    from conftest import write

    write(tmp_path / "docs" / "tabs.txt", "令和4年度 テレワーク タブ名\n各シートに東北の導入事例をまとめた。\n")
    write(tmp_path / "docs" / "other.txt", "令和4年度 地域情報化 タブ名\n各シートに東北の事例をまとめた。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        assert [Path(h.path).name for h in idx.search("テレワーク").hits] == ["tabs.txt"]
