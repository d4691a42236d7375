"""titles40: the title's misfires the breaker40 pages and a user review named, each fixed for the form of
writing it is (議会だより's questions, a councillor's question, a table flattened onto one line, a bilingual
title too long for the limit, a law's number over its name, a White Paper footnote or a chapter's references
on a section's first line, a stamp glued mid-line, a greeting's heading glued to its words, a cut inside a
bracket), with pages written in the style of real ones where each rule must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.document import MAX_TITLE_CHARS, derive_title

DATA = Path(__file__).parent / "data_breaker40"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def title(text: str) -> str:
    return derive_title(text, None, Path("page.html.txt"))


def page_title(doc_id: str) -> str:
    return title((DATA / f"{doc_id}.txt").read_text(encoding="utf-8"))


# --- 議会だより: the questions under the heading --------------------------------------------------

@pytest.mark.parametrize("doc_id, expected", [
    ("c13", "三次市議会だより No.85 令和7年2月1日発行 12月定例会の概要 一般質問"),
    ("c14", "くまもと県議会だより 第130号 令和5年11月発行 9月定例会 代表質問から"),
])
def test_a_question_line_ends_the_title(doc_id, expected):
    assert page_title(doc_id) == expected


def test_qa_marks_with_a_number_or_colon_end_the_title():
    text = "よくある質問\nマイナンバーカードの申請\nQ1. 申請に必要なものは何ですか\nA1. 通知カードと本人確認書類です。\n"
    assert title(text) == "よくある質問 マイナンバーカードの申請"


@pytest.mark.parametrize("second", ["問題点と課題の整理", "答申の概要", "A New Era of Regional DX"])
def test_words_that_open_with_the_marks_are_lines_of_the_title(second):
    # 問題, 答申 and an English line opening with "A " are no question or answer.
    text = f"令和6年度 行政評価\n{second}\n\n本文です。\n"
    assert title(text) == f"令和6年度 行政評価 {second}"


def test_a_councillors_question_has_its_heading_under_his_name():
    text = ("一般質問 町政を問う > 山田 太郎 議員\n(新政会)\n防災行政無線の更新\n戸別受信機を全戸に配布せよ\n"
            "防災行政無線のデジタル化に合わせ、戸別受信機の配布を進めるべきではないか。\n… 総務部長\n")
    assert title(text) == "防災行政無線の更新"


def test_a_council_name_ending_with_giin_is_no_member():
    # 「市議会議員」 is no person's name: the heading stays as it is set.
    text = "令和7年 三次市議会議員\n一般選挙の結果\n\n投票率は52.3%でした。\n"
    assert title(text) == "令和7年 三次市議会議員 一般選挙の結果"


# --- a table flattened onto one line --------------------------------------------------------------

@pytest.mark.parametrize("doc_id, expected", [
    ("c33", "令和4年度 IoT防災実証事業 採択案件一覧"),
    ("c47", "管内の5G人口カバー率(令和6年3月末)"),
    ("c48", "オンラインで申請できる手続一覧"),
])
def test_a_flattened_table_gives_what_stands_before_its_cells(doc_id, expected):
    assert page_title(doc_id) == expected


@pytest.mark.parametrize("line", [
    "総務省 | 報道資料 地域DXの推進に関する調査結果",
    "防災 | 減災 | 地域防災計画の見直しについて",
])
def test_a_line_with_fewer_than_three_bars_is_no_table(line):
    assert title(f"{line}\n\n本文です。\n") == line


# --- a bilingual title ----------------------------------------------------------------------------

def test_a_bilingual_title_keeps_its_japanese_half():
    got = page_title("c46")
    assert got.startswith("Results of the Japan-U.S. Policy Cooperation Dialogue")
    assert got.endswith("日米インターネットエコノミー政策協力対話の結果") and len(got) <= MAX_TITLE_CHARS


def test_a_japanese_title_with_a_slash_is_cut_as_before():
    head = "地域情報化アドバイザー派遣制度の活用事例集 / 令和6年度に派遣した地方公共団体における取組の成果と課題及び今後の展開に関する調査研究の報告書及びその概要版並びに資料編の公表"
    assert len(head) > MAX_TITLE_CHARS
    got = title(f"{head}\n\n本文です。\n")
    assert got.startswith("地域情報化アドバイザー派遣制度の活用事例集 / 令和6年度に派遣した") and got.endswith("…")


# --- a law's number over its name -----------------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "pdf" / "real" / "kampo.pdf").exists(), reason="needs ../shared/corpus")
def test_the_gazettes_cabinet_order_is_titled_by_its_name():
    from ictsearch.indexer.document import join_pages
    from ictsearch.indexer.extract import extract

    result = extract(SHARED / "pdf" / "real" / "kampo.pdf")
    assert derive_title(join_pages(result.pages)[0], result.title, Path("kampo.pdf")) == "道路交通法施行令の一部を改正する政令"


def test_a_towns_ordinance_is_titled_by_its_name():
    text = "令和6年条例第12号\n\n三次市個人情報保護法施行条例の一部を改正する条例\n\n三次市個人情報保護法施行条例の一部を次のように改正する。\n"
    assert title(text) == "三次市個人情報保護法施行条例の一部を改正する条例"


def test_a_law_number_over_its_text_stays():
    text = "令和6年条例第12号\n\n第1条中「電子計算機」を「情報システム」に改める。\n"
    assert title(text) == "令和6年条例第12号"


# --- White Paper sections -------------------------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "whitepaper").exists(), reason="needs ../shared/corpus")
@pytest.mark.parametrize("name, expected", [
    ("h26/0013.txt", "通信機器レイヤー"),          # 「11　Vodafoneの営業利益の変動は、…大きい」 over it
    ("h23/0004.txt", "震災に伴うメディア接触動向"),  # 「1　廣井脩編著「…」中、小田貞夫「 / 第5章 …」を参照」 over it
    ("h26/0071.txt", "東京五輪は、どんなテレビで見てみたい？"),  # a heading that asks: its own title
    ("r05/0065.txt", "第3章 参考文献"),
    ("h30/0097.txt", "第3章 参考文献"),
])
def test_white_paper_sections(name, expected):
    path = SHARED / "whitepaper" / name
    assert derive_title(path.read_text(encoding="utf-8"), None, path) == expected


def test_a_numbered_heading_with_a_clause_over_its_sub_heading_stays():
    # A heading with a clause that ends with a noun, over its first sub-heading: no footnote.
    text = "3　地域におけるICT利活用、その現状\n（1）分野別のICT利活用状況\n地域におけるICT利活用の状況をみると、…\n"
    assert title(text) == "地域におけるICT利活用、その現状"


def test_a_sentence_heading_without_a_numbered_heading_below_stays():
    text = "11　地域の通信インフラは、災害時にも維持されることが重要である\n本文として、各地の取組を紹介する。\n"
    assert title(text).startswith("地域の通信インフラは、災害時にも維持されることが重要である")


def test_a_bare_chapter_over_its_sections_is_no_reference_list():
    text = "第3章\n地域の取組\n\n1　北海道の取組\n北海道では光ファイバの整備を進めている。\n"
    assert "参考文献" not in title(text)


# --- a stamp glued mid-line, a greeting's heading -------------------------------------------------

def test_a_stamp_glued_after_the_heading_ends_it():
    text = ("地域DX推進ラボ最終更新日:2025年6月2日地域DX推進ラボ「地域DX推進ラボ交流会」の申し込みはこちらから"
            "お願いします 本県では、市町村と連携して地域のデジタル化に取り組んでいます。\n")
    assert title(text) == "地域DX推進ラボ"


def test_a_headings_own_word_update_date_is_not_a_stamp():
    text = "基幹システム更新日:令和6年4月1日 の作業に伴う窓口業務の休止について\n\n本文です。\n"
    assert title(text).startswith("基幹システム更新日")


def test_a_greeting_heading_glued_to_its_words():
    text = "令和6年 年頭のごあいさつ新年あけましておめでとうございます。市民の皆様には健やかに新年をお迎えのことと存じます。\n"
    assert title(text) == "令和6年 年頭のごあいさつ"


def test_a_heading_about_a_greeting_stays():
    text = "市長あいさつ文の公開について\n\n市長のあいさつ文を掲載しました。\n"
    assert title(text) == "市長あいさつ文の公開について"


# --- a cut inside a bracket -----------------------------------------------------------------------

def test_a_long_sentence_without_a_clause_is_not_cut_inside_a_bracket():
    text = ("近畿総合通信局は近畿情報通信協議会との共催により令和7年1月31日(金)に大阪市内にて"
            "「地域情報化セミナー人口減少時代における持続可能な地方公共団体の体制づくり」を開催しました。\n")
    got = title(text)
    assert got.endswith("大阪市内にて…")
