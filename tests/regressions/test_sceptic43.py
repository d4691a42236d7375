"""sceptic43: pages and PDFs where today's breaker41 (PDF layout, field labels) and bodies42 (listed bodies, a town's
sign-off) must not fire.  The PDFs are made by data_sceptic43/make.py (reportlab, HeiseiMin-W3 / HeiseiKakuGo-W5)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data_sceptic43"

FOREIGN_FORUM = """独立行政法人国民生活センター
消費者教育フォーラムの開催について
令和6年9月2日
国民生活センターは、全国の消費生活相談員や教員を対象に、消費者教育フォーラムを開催します。
若者の消費者被害の現状と、学校での消費者教育の実践例を紹介します。
日時 令和6年10月25日(金)13:00~16:00
会場 大阪市中央公会堂
開催協力
大阪府 消費生活センター
"""


def _meta(text: str, title: str):
    from ictsearch.indexer.metadata.derive import derive_metadata

    return derive_metadata(text, title=title, path=Path("page.txt"))


def test_a_national_bodys_forum_ending_with_its_local_partner_stays_national():
    # The body speaks as itself (国民生活センターは、全国の…); the last line is the venue's partner, not a town's signature.
    m = _meta(FOREIGN_FORUM, "消費者教育フォーラムの開催について")
    assert m.region == ("全国",) and m.prefecture == ()
    assert m.organization == "独立行政法人国民生活センター"


def test_a_towns_page_under_the_body_still_ends_with_its_office():
    # bodies42's case: a town's page opening with the state body's name (a link list), signed by the town's office.
    text = ("日本年金機構\n国民年金の手続き\n国民年金の加入や保険料の免除は、住所地の市区町村の窓口で手続きできます。\n"
            "詳しくは日本年金機構のホームページをご覧ください。\n上田市 市民課 国民年金係\n")
    m = _meta(text, "国民年金の手続き")
    assert "全国" not in m.region and m.prefecture == ("長野県",)


def test_a_flyers_host_field_is_not_part_of_the_hosts_name():
    from ictsearch.indexer.metadata.docinfo import organization

    text = ("参加無料\n\nサイバーセキュリティセミナーin松江\n\n中小企業のためのランサムウェア対策\n\n"
            "日時 令和6年11月15日(金)14:00~16:30\n会場 くにびきメッセ(島根県松江市)\n\n"
            "主催 中国総合通信局、島根県警察、中国サイバーセキュリティ推進協議会\n")
    assert organization(text, "サイバーセキュリティセミナーin松江")[0] == "中国総合通信局"
    backed = text.replace("主催 中国総合通信局、", "後援 中国総合通信局、")
    assert organization(backed, "サイバーセキュリティセミナーin松江")[0] != "後援中国総合通信局"


def test_an_emphasised_word_opening_a_wrapped_line_keeps_its_sentence():
    # 10.5 pt text whose second line opens with 「不感地域」 set 12 pt (1.14): one sentence, as _SIZE_STEP 1.2 read it.
    from ictsearch.indexer.extract import extract

    text = extract(DATA / "o3_table_sizes.pdf", ocr=False).pages[0]
    assert "支援しており、不感地域の解消に向けて" in text.replace("\n", "") and "支援しており、\n" not in text
    # a heading over the table and the table's own header row (11 pt over 10 pt) are still set apart
    assert text.index("携帯電話エリア整備事業の実績") < text.index("令和4年度")


def test_a_contact_box_drawn_first_at_the_bottom_is_read_last_and_is_no_title():
    from ictsearch.indexer.extract import extract

    got = extract(DATA / "o1_bottom_body.pdf", ocr=False)
    lines = [l for l in got.pages[0].split("\n") if l.strip()]
    assert lines[0].startswith("富士見町地域情報化計画") and lines[-1].startswith("お問い合わせ先")


def test_a_title_property_its_cover_writes_stays_against_last_years_line_below():
    from ictsearch.indexer.extract import own_version

    page = ("令和6年度 地域ICT推進協議会 事業計画\n令和6年5月15日\n北海道地域ICT推進協議会\n1 前年度の振り返り\n"
            "令和5年度 地域ICT推進協議会 事業計画\nに掲げた研修を予定どおり実施した。")
    assert own_version("令和6年度 地域ICT推進協議会 事業計画", page) == "令和6年度 地域ICT推進協議会 事業計画"
    # breaker41's f14 still: the property is last year's, the cover this year's
    assert own_version("令和4年度 地域ICT推進協議会 事業計画", page.replace("令和5年度", "令和3年度")) == "令和6年度 地域ICT推進協議会 事業計画"


def test_a_decks_footer_naming_its_meeting_is_read_once_in_the_head(tmp_path):
    # breaker41's p10: 「第2回 愛媛県デジタル推進会議資料3」 in the footer placeholder of every slide types the deck
    from ictsearch.indexer.extract import extract
    from ictsearch.indexer.metadata.docinfo import doctype

    got = extract(Path(__file__).parent / "data_breaker41" / "p10_ehime_council.pptx", ocr=False)
    text = "\n".join(got.pages)
    assert text.count("第2回 愛媛県デジタル推進会議資料3") == 1
    assert "第2回 愛媛県デジタル推進会議資料3" in got.pages[0]
    assert doctype(text, got.title or "")[0] == "議事録・会議資料"


def test_a_slide_of_few_lines_with_its_footer_drawn_first_reads_it_last():
    # Three slides saved as PDF, each a 28 pt title, an 18 pt line and the footer 「第3回 東北地域DX推進協議会 資料2」 with the
    # slide's number drawn first at the bottom: no two lines share a size, so the page had no usual pitch and was left
    # in drawing order, and the footer titled the deck.
    from ictsearch.indexer.extract import extract

    got = extract(DATA / "o6_slides_footer.pdf", ocr=False)
    first = [l for l in got.pages[0].split("\n") if l.strip()]
    assert first[0] == "自治体DXの推進について" and first[-1].startswith("第3回 東北地域DX推進協議会")


SHEET = ("携帯電話エリア整備状況一覧\n都道府県\t市町村\t調査日\tエリア化率\n北海道\t上士幌町\t令和3年4月1日現在\t99.1%\n"
         "北海道\t鹿追町\t令和4年4月1日現在\t98.7%\n長野県\t伊那市\t令和5年4月1日現在\t99.5%\n")


def test_a_sheets_column_of_as_of_days_does_not_date_it():
    # each row's figure has its own day: the first row's (令和3年) is not the sheet's
    m = _meta(SHEET, "携帯電話エリア整備状況一覧")
    assert m.year is None
    first_column = "携帯電話エリア整備状況一覧\n調査日\t市町村\tエリア化率\n" + "".join(
        f"令和{n}年4月1日現在\t{town}\t99.{n}%\n" for n, town in ((3, "上士幌町"), (4, "鹿追町"), (5, "伊那市")))
    assert _meta(first_column, "携帯電話エリア整備状況一覧").year is None


def test_a_sheets_header_cell_as_of_day_still_dates_it():
    # breaker41's x02: the as-of day opening the header row, the issuer in a later cell
    text = ("交付決定\n携帯電話等エリア整備事業交付決定一覧\n令和6年7月1日現在\t\t\t\t近畿総合通信局\n"
            "府県\t市町村\t整備地区\t交付決定額(円)\t事業主体\n京都府\t南丹市\t美山町芦生\t23,500,000\t南丹市\n")
    m = _meta(text, "携帯電話等エリア整備事業交付決定一覧")
    assert (m.fiscal_year, m.year) == (2024, 2024)


def test_a_body_named_with_its_short_name_in_a_towns_sentence_is_in_passing():
    text = ("南丹市\nマイナンバーカードの出張申請受付について\n令和6年8月1日\n"
            "地方公共団体情報システム機構(J-LIS)と連携し、市内の公民館で出張申請受付を行います。\n"
            "対象 市内在住の方\n問い合わせ先 南丹市 市民課\n")
    m = _meta(text, "マイナンバーカードの出張申請受付について")
    assert m.organization == "南丹市市民課" and m.prefecture == ("京都府",)
    # the body's own release with no letterhead keeps it (its name alone on the first line)
    own = ("国立研究開発法人情報通信研究機構\n電磁波技術に関する研究成果を発表\n令和6年5月20日\n"
           "国立研究開発法人情報通信研究機構(NICT)は、全国の大学と共同で開発した新しい電波伝搬モデルを発表しました。\n")
    m = _meta(own, "電磁波技術に関する研究成果を発表")
    assert m.organization == "国立研究開発法人情報通信研究機構" and m.region == ("全国",)


def test_a_bodys_own_report_opening_with_its_short_name_keeps_it():
    from ictsearch.indexer.metadata.docinfo import organization

    text = ("情報通信研究機構(NICT)の研究報告では、総合テストベッドの特集を組みました。テストベッドは全国の大学や研究機関に"
            "開かれた研究環境です。\n")
    assert organization(text, "総合テストベッド特集")[0] == "情報通信研究機構"
