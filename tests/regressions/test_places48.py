"""places48: the issuer's own mail or web address written on its contact line or footer places a page whose text
names no place (labels47's convention "A body's mail or web address in the text"): 鳥取県's budget sheets signed
「電話番号:… E-mail:…@pref.tottori.lg.jp」, a police desk's 「メールアドレス / hi-tech@pref.ibaraki.lg.jp」, a city's
footer.  And the pages where it must not fire: a national page listing prefectures' desks, a page whose prose names
another place, a company's or a consultant's domain, a list of links, a spoofing warning naming another body's domain
in prose, a long token."""

from __future__ import annotations

import time
from pathlib import Path

from ictsearch.indexer.metadata import address, derive_metadata


def _meta(text: str, title: str = "", url: str | None = None):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=url)


# --- the issuer's own contact line --------------------------------------------------------------------------------

_BUDGET_SHEET = ("令和2年度予算 要求状況\n"
                 "事業名 スマート農業技術実証事業\n"
                 "農林水産部 農業試験場 環境研究室 \n\n"
                 "電話番号:0857-53-0721  E-mail:nogyoshiken@pref.tottori.lg.jp\n\n"
                 "  事業費(A) 人件費(B) トータルコスト\n"
                 "事業内容 ドローンによる生育診断とほ場管理の省力化技術を実証する。\n")


def test_a_budget_sheets_contact_line_places_it():
    m = _meta(_BUDGET_SHEET)
    assert m.prefecture == ("鳥取県",) and m.region == ("中国",)
    # show says where it came from: the address and the line it was read on.
    src = m.sources["prefecture"]
    assert "pref.tottori.lg.jp" in src and "E-mail:nogyoshiken@pref.tottori.lg.jp" in src


_POLICE_DESK = ("サイバー犯罪に関する相談窓口\n\n"
                "インターネット上のトラブルに関する相談を受け付けています。\n"
                "相談の際は、被害の状況をできるだけ詳しくお知らせください。\n\n"
                "メールアドレス\n"
                "hi-tech@pref.ibaraki.lg.jp\n\n"
                "※回答までに日数を要する場合があります。\n")


def test_an_address_under_its_label_line_places_a_police_desk():
    m = _meta(_POLICE_DESK)
    assert m.prefecture == ("茨城県",) and m.region == ("関東",)


def test_a_citys_footer_places_it_and_names_the_city_in_show():
    text = ("高齢者の見守りネットワーク事業者の募集\n"
            "市内で事業を営む事業者の皆様に、見守り活動へのご協力をお願いしています。\n"
            "協力事業者には、ステッカーを配布します。\n"
            "高齢福祉課\n電話:0568-22-1111\nファクス:0568-26-4477\nE-mail:korei@city.kitanagoya.lg.jp\n")
    m = _meta(text)
    assert m.prefecture == ("愛知県",) and m.region == ("東海",)
    assert "北名古屋市" in m.sources["region"]


def test_the_text_wins_over_the_pages_address():
    # The page's own address agreeing or not, a contact line in the text is the text's place (the URL is read only
    # when the text names none at all).
    m = _meta(_BUDGET_SHEET, url="https://www.example.co.jp/yosan/1.html")
    assert m.prefecture == ("鳥取県",)


# --- where it must not fire ----------------------------------------------------------------------------------------

def test_a_national_page_listing_prefectures_desks_is_not_placed():
    # A ministry's table of the desks of several prefectures: no one issuer's signature.
    text = ("消費者ホットラインの案内\n"
            "お近くの相談窓口にお問い合わせください。\n"
            "| 窓口 | 連絡先 |\n"
            "| 消費生活センター(北) | 電話:017-722-3343 E-mail:shohi@pref.aomori.lg.jp |\n"
            "| 消費生活センター(南) | 電話:099-224-0999 E-mail:shohi@pref.kagoshima.lg.jp |\n")
    m = _meta(text)
    assert m.prefecture == ()
    assert address.contact_address(text) is None


def test_prose_naming_another_place_keeps_that_place():
    # The page names its subject (松江市); the contact line's 鳥取県 is not added over it.
    text = ("山陰地域のDX推進について\n"
            "松江市では、窓口のオンライン化を進めています。\n"
            "担当:情報政策課 E-mail:jouhou@pref.tottori.lg.jp\n")
    m = _meta(text)
    assert m.prefecture == ("島根県",)


def test_a_companys_or_a_consultants_domain_is_no_place():
    text = ("セミナー開催のお知らせ\n"
            "クラウド導入の進め方を解説します。参加は無料です。\n"
            "お問い合わせ 株式会社サンプル総研 E-mail:info@chiba-city-consulting.co.jp\n"
            "E-mail:seminar@kyoto.example.com\n"
            "連絡先 support@city.example.co.jp / https://city.kobe-consulting.jp/\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()


def test_a_list_of_links_is_no_contact():
    # One prefecture's page pointed to from a list of related links is a page the list points to, not the issuer.
    text = ("オープンデータの活用事例\n"
            "統計データを活用したアプリが公開されています。\n"
            "関連URL: https://www.pref.aichi.jp/soshiki/toukei/jinko1new.html\n"
            "参考リンク https://www.city.nagoya.jp/somu/page/0000001.html\n"
            "| 関連ページ | 各課のお問い合わせ先 https://www.pref.aichi.jp/soshiki/list.html |\n"
            "以上\n資料はダウンロードしてご利用ください。\nご意見をお寄せください。\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()


def test_an_address_in_the_body_of_a_sentence_is_no_contact():
    # A web address in the middle of prose, not on a contact line nor in the footer.
    text = ("ホームページの移転について\n"
            "旧ホームページ www.pref.nara.jp の一部の記事は、順次移転します。\n"
            "移転後も引き続きご利用ください。\n" + "記事の一覧は随時更新します。\n" * 4)
    assert address.contact_address(text) is None


def test_a_town_domain_of_several_prefectures_gives_none():
    # city.fuchu.lg.jp: 府中市 is 東京都's and 広島県's; the address alone cannot say which.
    text = "市民活動の支援\n活動団体の登録を受け付けています。\n問い合わせ E-mail:shimin@city.fuchu.lg.jp\n"
    assert address.contact_address(text) is None


def test_a_long_token_is_read_in_bounded_time():
    token = "pref." * 40000 + "x" * 100000
    start = time.perf_counter()
    assert address.contact_address("E-mail:" + token) is None
    assert time.perf_counter() - start < 2.0


def test_a_text_without_line_breaks_has_no_footer():
    # A PDF's text extracted without breaks is one long sentence line: an address in it is no footer's.
    body = "本事業は、県内の中小企業のデジタル化を支援するものです。" * 30
    assert address.contact_address("事業概要 旧サイト www.pref.nara.jp の案内 " + body) is None
    assert address.contact_address(body + " 詳しくは www.pref.nara.jp をご覧ください。") is None


def test_a_footers_line_on_the_last_lines_counts():
    text = ("防災行政無線の戸別受信機の貸与\n"
            "希望する世帯に戸別受信機を貸与します。\n申請書は窓口で配布しています。\n"
            "本部 〒310-8555 水戸市笠原町978番6\nwww.pref.ibaraki.jp\n")
    assert address.contact_address(text).place.prefecture == "茨城県"


def test_a_link_in_a_sentence_on_the_last_line_is_no_footer():
    # 「詳しくは … をご覧ください。」 points to a page (places40's page stays unplaced).
    text = "県のDXの取組みについて\n本県では、デジタル化を進めています。詳しくは https://www.pref.yamagata.jp/dx/ をご覧ください。\n"
    assert address.contact_address(text) is None


def test_a_prefectures_desk_on_a_page_of_a_town_of_a_shared_name_is_refused():
    # 美里町 is 宮城県's, 埼玉県's and 熊本県's: the prefecture's desk on its page does not say which (breaker37).
    text = ("光回線の整備について\n美里町では、町内全域で光回線を利用できるよう整備を進めています。\n"
            "県の担当 地域振興課 メール chiiki@pref.miyagi.lg.jp\n")
    assert address.contact_address(text) is None
    # Its own address does (town.saitama-misato.lg.jp).
    own = text.replace("県の担当 地域振興課 メール chiiki@pref.miyagi.lg.jp", "問い合わせ 総務課 メール soumu@town.saitama-misato.lg.jp")
    assert address.contact_address(own).place.prefecture == "埼玉県"
