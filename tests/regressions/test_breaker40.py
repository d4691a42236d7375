"""breaker40: pages written in the style of real government pages of kinds bench/realdocs has few of and
breaker38 did not write (総合通信局 報道資料 with 別紙 and 問い合わせ先 blocks, 広報誌 articles, 議会だより, 予算書の
事業別説明, 事務事業評価シート, 情報化計画の進捗表, a prefecture's 通信利用動向調査, 補助金の交付要綱, a ministry's Q&A,
採択結果一覧, seminars with their venue, 入札結果, 指定管理者, 一部事務組合 / 広域連合 / 協議会, English-and-Japanese
bureau pages, flattened tables, PDF text with running headers and page numbers, 全角 和暦, 2024年度 / R6年度 /
令和６年度).  The 100 pages and their labels, read before any run as bench/realdocs/README.md says and committed
before the first run of each batch (c01–c64, c65–c84, c85–c100), are in data_breaker40/ (labels.tsv; a reason saying
"judgement call" is one a second reader may read otherwise; c90's fiscal year was corrected after the run to the
as-of convention its reason already named).  None is copied from bench/realdocs.

On c2ba0f91, 46 of the 100 pages differed from their labels somewhere, 12 of them in a date or a place; at this
branch's end 39 and 2 (c69's year and c83's place, both judgement calls).  The theme misses left are mostly a second
theme the label gives.  The tests below are the ones fixed here and the pages written for each rule to leave alone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ictsearch.indexer.document import derive_title
from ictsearch.indexer.metadata import derive_metadata

DATA = Path(__file__).parent / "data_breaker40"


def derived(text: str, title: str | None = None):
    """The metadata an index run derives, the title taken as it takes it (bench/metadata_accuracy.py)."""
    path = Path("page.html.txt")
    return derive_metadata(text, title=derive_title(text, title, path), path=path)


def page(doc_id: str):
    return derived((DATA / f"{doc_id}.txt").read_text(encoding="utf-8"))


def label(doc_id: str) -> dict[str, str]:
    with open(DATA / "labels.tsv", encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f, delimiter="\t") if r["id"] == doc_id)


def years(m) -> tuple[str, str]:
    return (str(m.fiscal_year or ""), str(m.year or ""))


def test_every_page_has_a_label_and_the_labels_name_real_themes():
    from ictsearch.indexer.metadata.themes import THEMES
    names = set(THEMES)
    with open(DATA / "labels.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == len(list(DATA.glob("c*.txt"))) == 100
    assert all(t in names for r in rows for t in r["themes"].split("|") if t)


# --- a meeting's agenda items --------------------------------------------------------------------

def test_an_agenda_items_coming_year_is_not_the_meetings_year():
    m = page("c43")  # 第2回会議 of 令和5年11月8日, 議事 (3) 令和6年度の取組について
    assert years(m) == ("2023", "2023")


@pytest.mark.parametrize("head", ["議題", "2 議題", "議事次第", "次第"])
def test_agenda_headings_in_their_forms(head):
    text = (f"〇〇市地域情報化推進協議会 第3回会議\n日時 令和6年2月6日(火) 10時から\n{head}\n"
            "(1) 地域ポータルサイトの運用状況について\n(2) 令和6年度の事業計画について\n(3) その他\n")
    assert years(derived(text)) == ("2023", "2024")


def test_a_title_naming_the_meetings_year_still_gives_it():
    m = page("c56")  # R6年度 第1回 DX推進本部会議 次第, items of R5 and R6
    assert m.fiscal_year == 2024


def test_a_numbered_heading_outside_an_agenda_still_names_the_year():
    # The same line under a plan's 主な取組 (no agenda heading above): the page's own 年度, as before.
    text = ("デジタル推進課の取組\n主な取組\n(1) 令和6年度の重点事業\n書かない窓口を本庁舎で始めます。\n"
            "(2) 職員研修\n全職員を対象に研修を行います。\n")
    assert derived(text).fiscal_year == 2024


# --- a 要綱 dated only by its 附則 ----------------------------------------------------------------

def test_a_rule_with_no_date_line_is_dated_by_its_first_supplementary_provision():
    m = page("c26")  # 静岡県…補助金交付要綱, 附則 この要綱は、令和5年6月1日から施行する。
    assert years(m) == ("2023", "2023")


def test_the_first_provision_is_the_rules_own_and_later_ones_amendments():
    text = ("地域情報通信基盤整備事業補助金交付要綱\n(目的)\n第1条 この要綱は、光ファイバの整備を支援することを目的とする。\n"
            "附 則\nこの要綱は、平成30年4月1日から施行する。\n附 則\nこの要綱は、令和4年4月1日から施行する。\n")
    assert years(derived(text)) == ("2018", "2018")


@pytest.mark.parametrize("provision", ["この要綱は、公布の日から施行する。", "この法律は、令和5年4月1日から施行する。"])
def test_no_day_of_its_own_or_a_laws_provision_gives_no_date(provision):
    # 公布の日 names no day; a law quoted on a page (この法律は) is another document's.
    text = ("デジタル手続法の概要\n行政手続のオンライン化を原則とする法律の概要を説明します。\n附則\n" + provision + "\n")
    assert years(derived(text)) == ("", "")


def test_a_rule_with_its_notice_line_keeps_that_date():
    text = ("防災行政無線戸別受信機貸与要綱\n(平成28年3月25日告示第20号)\n(趣旨)\n第1条 この要綱は、戸別受信機の貸与に関し必要な事項を定める。\n"
            "附 則\nこの要綱は、平成28年4月1日から施行する。\n")
    assert years(derived(text)) == ("2015", "2016")


# --- a 広報 issue dated 2024.5 -------------------------------------------------------------------

def test_a_newsletter_issue_written_with_a_dot_dates_its_article():
    m = page("c64")  # 広報ながの 2024.5 No.1234
    assert years(m) == ("2024", "2024")


@pytest.mark.parametrize("head, want", [("市報さくら 2025.2 号", ("2024", "2025")), ("議会だより(2023.11)", ("2023", "2023"))])
def test_other_newsletter_heads_with_a_dotted_month(head, want):
    text = f"{head}\nまちの話題\n公民館でスマホ教室を開きました。\n"
    assert years(derived(text)) == want


@pytest.mark.parametrize("line", ["広報の配信アプリ バージョン 2024.5 を公開しました", "人口 2024.5 千人(広報課まとめ)"])
def test_a_dotted_number_that_is_no_issue_gives_no_date(line):
    # A version or a figure: not a periodical's name and its issue.
    text = f"{line}\n詳しくは担当課にお問い合わせください。\n"
    assert derived(text).year is None


# --- radio systems and campaigns named as such ---------------------------------------------------

def test_the_reception_month_is_a_radio_campaign():
    m = page("c07")  # 受信環境クリーン月間 with テレビ・ラジオの受信障害, under running PDF headers
    assert {t for t, _ in m.themes} >= {"電波・周波数", "放送"}


def test_a_fire_services_digital_radio_is_radio():
    m = page("c41")  # 消防救急デジタル無線設備を…更新
    assert "電波・周波数" in {t for t, _ in m.themes}


def test_a_fire_services_page_without_its_radio_is_not_radio():
    text = ("消防本部からのお知らせ\n令和6年4月15日\n救急車の適正利用について\n"
            "消防救急活動の件数が増えています。救急車は本当に必要なときに呼んでください。\n")
    assert "電波・周波数" not in {t for t, _ in derived(text).themes}


# --- a sheet's field rows are not its title; a contractor's address is not the page's place --------

@pytest.mark.parametrize("doc_id, title", [
    ("c15", "令和6年度 当初予算 主要事業説明書"),
    ("c16", "秋田県 R7年度当初予算案 事業説明"),
    ("c18", "令和5年度 事務事業評価シート"),
    ("c38", "中国総合通信局 入札結果"),
])
def test_a_sheets_field_rows_do_not_join_its_title(doc_id, title):
    text = (DATA / f"{doc_id}.txt").read_text(encoding="utf-8")
    assert derive_title(text, None, Path("page.html.txt")) == title


def test_a_title_set_on_two_lines_still_joins():
    # Two heading lines with no field label (a subject and its subtitle) stay one title, as before.
    text = "令和6年度 事務事業評価\nデジタル推進課の所管事業\n\n本市では、毎年度、事務事業の評価を行っています。\n"
    assert derive_title(text, None, Path("page.html.txt")) == "令和6年度 事務事業評価 デジタル推進課の所管事業"


def test_a_tender_winners_address_is_not_the_bureaus_subject():
    m = page("c38")  # 落札者 株式会社電波テクノ(広島市中区) on 中国総合通信局's 入札結果
    assert (m.region, m.prefecture) == (("中国",), ())


@pytest.mark.parametrize("line", ["受注者:株式会社松江ソフト(松江市)", "契約の相手方 ㈱山陰データ(松江市)"])
def test_other_contractor_fields_with_an_address(line):
    text = f"中国総合通信局 契約結果\n令和6年5月10日\n件名 無線局監理システム端末の賃貸借\n{line}\n"
    assert derived(text).prefecture == ()


def test_a_grantees_seat_stays_the_pages_place():
    # A grantee is what a grant's release is about (realdocs dev r4489: 株式会社ZTV(本社:三重県津市)).
    text = ("報道資料\n令和5年7月3日\n総務省\nケーブルテレビネットワーク光化促進事業の交付決定\n"
            "総務省は、本日、株式会社みえケーブル(本社:三重県津市)から申請のあった補助金の交付を決定しました。\n")
    assert "三重県" in derived(text).prefecture


# --- a PDF's page markers and a section's cover line ---------------------------------------------

def test_a_pages_number_in_words_ends_the_title_and_a_sections_cover_line_dates_it():
    text = (DATA / "c51.txt").read_text(encoding="utf-8")  # 令和6年8月 総務課防災係 / ページ 1 / 3
    assert derive_title(text, None, Path("page.html.txt")) == "避難情報の伝達に関する取組について"
    assert years(page("c51")) == ("2024", "2024")


@pytest.mark.parametrize("marker", ["1 / 12 ページ", "P.1", "ページ 2"])
def test_other_page_markers(marker):
    text = f"スマートフォン教室の開催結果\n令和6年8月 企画課情報政策係\n{marker}\n1 目的\n高齢者の情報格差をなくすため。\n"
    assert derive_title(text, None, Path("page.html.txt")) == "スマートフォン教室の開催結果"


def test_a_relations_word_is_no_section():
    # 「国際関係」 ends with 係 but names no section under a division: no issuer's line.
    from ictsearch.indexer.document import _is_header
    assert _is_header("総務課防災係") and not _is_header("国際関係")


# --- an English letterhead over a bilingual page -------------------------------------------------

@pytest.mark.parametrize("doc_id, start", [
    ("c05", "ASEAN諸国の情報通信担当者が5Gの利活用事例を視察"),
    ("c06", "Free Wi-Fi for Visitors to Okinawa / 訪日外国人観光客向け無料Wi-Fiの利用促進"),
    ("c45", "ICT Startup Pitch Event in Fukuoka"),
    ("c46", "Results of the Japan-U.S. Policy Cooperation Dialogue"),
])
def test_a_bodys_english_name_and_an_english_date_are_its_letterhead(doc_id, start):
    text = (DATA / f"{doc_id}.txt").read_text(encoding="utf-8")
    assert derive_title(text, None, Path("page.html.txt")).startswith(start)


def test_an_english_heading_that_names_a_bureau_is_still_a_title():
    # A heading that is a sentence about a bureau, not its name alone, stays the title.
    text = "Kanto Bureau of Telecommunications Launches Drone Radio Guide\nドローンの無線利用に関するガイドを公開しました。\n"
    assert derive_title(text, None, Path("page.html.txt")).startswith("Kanto Bureau of Telecommunications Launches")


# --- a bureau's list of what it chose in its area -------------------------------------------------

def test_a_bureaus_grant_decision_is_about_the_prefectures_of_its_list():
    m = page("c65")  # 交付決定, 別紙 rows 青森県 佐井村 / 岩手県 岩泉町 / 秋田県 上小阿仁村
    assert m.region == ("東北",) and set(m.prefecture) == {"青森県", "岩手県", "秋田県"}


def test_a_bureaus_award_winners_are_not_its_subject():
    m = page("c02")  # 表彰の受賞者決定, awardees in 鹿屋市 and 都農町
    assert (m.region, m.prefecture) == (("九州",), ())


def test_a_bureaus_chosen_list_adds_no_prefecture_outside_its_block():
    text = ("報道資料\n令和6年9月20日\n東北総合通信局\n地域ICT実証事業の採択決定\n"
            "東北総合通信局は、管内の実証事業として次の提案を採択しました。\n別紙\n"
            "青森県 八戸市 漁港の水位監視\n東京都 株式会社データ実証 連携支援\n")
    m = derived(text)
    assert "青森県" in m.prefecture and "東京都" not in m.prefecture


def test_a_company_written_kind_first_is_registered_where_its_bracket_says():
    m = page("c77")  # 株式会社エヌ・ティ・ティ・データ(東京都), 富士通株式会社(神奈川県) on 総務省's adopted list
    assert (m.region, m.prefecture) == (("全国",), ())


def test_a_town_page_naming_a_company_in_its_own_sentence_keeps_its_town():
    # Not a bracket after a company: the town the page is about stays.
    text = ("塩尻市 お知らせ\n令和6年5月1日\n株式会社信州データと連携協定を締結しました\n"
            "塩尻市は、株式会社信州データと、地域のデータ活用に関する連携協定を締結しました。\n")
    assert derived(text).prefecture == ("長野県",)


def test_the_bureaus_monitoring_system_named_alone_is_radio():
    m = page("c38")  # 件名 DEURAS-D設備の保守業務, no other radio word once the winner's name 電波テクノ is no title
    assert {t for t, _ in m.themes} == {"電波・周波数"}


# --- a PDF's running header is no wrapped paragraph ------------------------------------------------

def test_a_running_header_repeated_on_each_page_does_not_make_the_text_wrapped():
    m = page("c89")  # 「令和6年度第2回 …検討会 資料1」 atop three pages, 2024年9月12日 under the first
    assert years(m) == ("2024", "2024")


def test_a_wrapped_pdf_paragraph_is_still_joined():
    # Rows cut at one width, each a different line, are still read as the sentence they were.
    text = ("中国総合通信局報道資料\n"
            "中国総合通信局(局長:山田太郎)は、令和5年7月3日(月)、広島市において、地\n"
            "域の情報通信の振興に関するセミナーを開催しました。当日は自治体や企業か\n"
            "ら約80名が参加し、講演とパネルディスカッションが行われました。会場では\n"
            "ドローンの展示も行われ、参加者は熱心に見学していました。なお、次回は秋\n"
            "に開催する予定です。\n")
    assert derived(text).year == 2023


# --- a title's own as-of day ----------------------------------------------------------------------

def test_a_title_closing_with_its_as_of_day_dates_an_undated_page():
    m = page("c95")  # ガバメントクラウドに関するQ&A(令和6年4月1日時点)
    assert years(m) == ("2024", "2024")


@pytest.mark.parametrize("title, want", [
    ("公衆無線LAN設置施設一覧(令和5年10月1日現在)", ("2023", "2023")),
    ("災害時協力事業所一覧（令和７年２月１日時点）", ("2024", "2025")),
])
def test_as_of_titles_in_their_forms(title, want):
    text = f"{title}\n\n施設名 所在地\n市役所本庁舎 本庁1階ロビー\n中央図書館 2階閲覧室\n"
    assert years(derived(text)) == want


def test_an_as_of_day_in_the_body_does_not_date_the_page():
    # A quoted statistic's reference day (人口(令和2年10月1日現在)) is another document's date.
    text = "町の概要\n人口 12,345人(令和2年10月1日現在)\n町は県の北部に位置し、豊かな自然に恵まれています。\n"
    assert years(derived(text)) == ("", "")


# --- a branch office's address in the contact block ------------------------------------------------

def test_a_branch_offices_address_in_the_contact_block_is_no_subject():
    m = page("c94")  # 問い合わせ先 … 新潟駐在所(新潟県新潟市中央区) under 信越総合通信局's release
    assert (m.region, m.prefecture) == (("信越",), ())


def test_a_branch_office_the_page_is_about_stays_its_place():
    # Outside a contact block: the office the page announces is where it is about.
    text = ("お知らせ\n令和6年4月1日\n行政サービスコーナーを開設しました\n"
            "マイナンバーカードの手続ができる窓口として、駅前出張所(長野県松本市深志)を開設しました。\n")
    assert derived(text).prefecture == ("長野県",)


# --- a prefecture beside its date, and a table by 年度 under the heading ---------------------------

def test_a_prefectures_date_line_and_a_yearly_table_are_no_part_of_the_title():
    text = (DATA / "c98.txt").read_text(encoding="utf-8")  # 和歌山県　令和６年９月２日 / heading / 年度　設置数 / Ｒ４年度 …
    assert derive_title(text, None, Path("page.html.txt")) == "河川水位センサーの設置状況"
    assert years(page("c98")) == ("2024", "2024")


def test_a_title_naming_its_year_on_its_second_line_still_joins():
    # One line starting with a 年度 under a heading is the title's (no second row of a table follows).
    text = "長野県\n令和6年度 DX推進計画\n\n県では、DX推進計画を策定しました。\n"
    assert "令和6年度 DX推進計画" in derive_title(text, None, Path("page.html.txt"))


def test_a_prefecture_alone_over_a_heading_is_not_a_letterhead_by_itself():
    from ictsearch.indexer.document import _is_header
    assert _is_header("和歌山県　令和６年９月２日") and not _is_header("和歌山県")


def test_a_bureaus_meeting_report_that_decided_things_adds_no_members():
    # 「議案書のとおり決定しました」 in a council's annual report is no choice of places (the project's
    # kanto-ict-npo annual report): only 交付決定, 採択 and 選定 are.
    text = ("関東情報通信協議会 令和2年度 事業報告\n関東総合通信局\n総会を開催し、議案書のとおり決定しました。\n"
            "会員一覧\n山梨県 甲府市\n栃木県 宇都宮市\n")
    assert "山梨県" not in derived(text).prefecture
