"""places28: a policy officer filtering real pages by 地域 and 都道府県 — a bureau's seminar after a
disaster, an assembly's 意見書 and minutes, White Paper sections and agency notices whose edition or
issuer only the address gives — and a courtesy line that must not place a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.address import national_address


def _derive(text: str, url: str | None = None):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"), url=url)


SEMINAR = (
    "報道資料\n令和5年9月12日\n九州総合通信局\n「災害時の情報伝達に関する研修会」の開催\n"
    " 令和5年7月の梅雨前線による大雨により、九州地方は河川の氾濫や土砂災害に見舞われ、"
    "福岡県、佐賀県及び大分県で大きな被害が発生しました。\n"
    " このため、九州総合通信局は、九州地方非常通信協議会との共催により、自治体職員を対象とした"
    "研修会を福岡市で開催します。\n"
)


def test_the_prefectures_a_disaster_struck_are_the_seminars_places():
    # 「被害に見舞われ」 (was struck by) was read as a condolence (お見舞い申し上げます), which
    # dropped 佐賀県 and 大分県 and kept only the venue's 福岡県.
    m = _derive(SEMINAR)
    assert m.region == ("九州",)
    assert m.prefecture == ("福岡県", "佐賀県", "大分県")


def test_a_condolence_still_names_no_place_of_the_page():
    # The passing mention: a 年頭所感 that opens with sympathy for a disaster elsewhere is not about it.
    text = ("年頭所感\n令和6年1月4日\n近畿総合通信局長\n"
            " 新年あけましておめでとうございます。\n"
            " 元日に発生した能登半島地震により石川県で被災された皆様に、心よりお見舞い申し上げます。\n"
            " 本年も近畿管内の電波利用環境の整備と地域のデジタル化に努めてまいります。\n")
    m = _derive(text)
    assert "石川県" not in m.prefecture
    assert m.region == ("近畿",)


OPINION = (
    "意見書(携帯電話料金の負担軽減を求める意見書)\n発議第3号\n"
    "携帯電話は国民生活に欠くことのできない社会基盤となっている。我が国の通信料金は家計に占める割合が高く、"
    "国においては次の事項について特段の措置を講じるよう強く要望する。\n"
    "以上、地方自治法第99条の規定により意見書を提出する。\n令和5年3月20日\n"
)


def test_an_assemblys_opinion_to_the_state_is_not_national():
    # The assembly writes to the state about 国民 and 我が国; the page is the assembly's, whose
    # place only its address gives (全国 was a wrong value a filter by region could not undo).
    assert _derive(OPINION).region == ()
    m = _derive(OPINION, "https://www.pref.hiroshima.lg.jp/site/gikai/iken-5-3.html")
    assert (m.region, m.prefecture) == (("中国",), ("広島県",))


def test_town_assembly_minutes_citing_a_ministry_are_not_national():
    text = ("令和4年第2回定例会会議録(6月14日 一般質問)\n"
            "○議長 日程第1、一般質問を行います。\n"
            "○5番 文部科学省のGIGAスクール構想により一人一台端末が整備されましたが、"
            "端末の持ち帰り学習の状況について教育長に伺います。\n")
    assert _derive(text).region == ()


def test_a_ministers_regular_press_conference_is_no_assembly():
    # 定例会見 is a minister's regular press conference, not an assembly's 定例会.
    text = ("大臣定例会見の概要\n令和5年6月2日\n"
            "我が国のサイバーセキュリティ対策について、関係省庁と連携して取り組んでまいります。\n")
    assert _derive(text).region == ("全国",)


def test_a_white_paper_section_numbering_its_tables_in_four_parts_is_national():
    # A 犯罪白書 section counts offences under local ordinances (条例), a local body's word, and
    # names no place: its four-part table number says it is a White Paper's.
    text = ("ネットワーク利用犯罪の検挙件数\n"
            "ネットワーク利用犯罪の検挙件数(最近5年間)は,2-4-1-1表のとおりである。"
            "児童買春・児童ポルノ禁止法違反及び青少年保護育成条例違反が多くを占める。\n")
    assert _derive(text).region == ("全国",)


def test_a_towns_plan_numbering_figures_in_three_parts_stays_local():
    text = ("第2章 情報化の現状\n市政情報 > 計画\n図2-1-1 光回線の整備状況\n"
            "個人情報保護条例に基づき、市の保有する情報を適切に管理する。\n")
    assert _derive(text).region == ()


NOTICE = ("システム停止のお知らせ\n掲載日:令和5年9月5日\n"
          "定期メンテナンスのため、下記の日時にシステムを停止します。\n"
          "停止期間 9月29日(金)18:00から10月2日(月)8:30まで\n")


@pytest.mark.parametrize("url", [
    "https://www.example.go.jp/helpdesk/notice.html",  # a ministry's or an agency's own site
    "https://web.archive.org/web/20230905000000/https://portal.example.go.jp/notice",  # its archived copy
])
def test_a_state_site_page_naming_no_place_is_national(url):
    m = _derive(NOTICE, url)
    assert (m.region, m.prefecture) == (("全国",), ())
    assert "the state's address" in m.sources["region"]


@pytest.mark.parametrize("url", [
    "https://www.kansai.meti.go.jp/page/notice.html",  # a regional office: 近畿経済産業局
    "https://lfb.mof.go.jp/chugoku/notice.html",  # a 財務局's folder
    "https://www.jma-net.go.jp/kofu/notice.html",  # an observatory named by its city (甲府市)
    "https://www.ktr.mlit.go.jp/kisha/notice.html",  # 関東地方整備局, named by its code
    "https://www.city.himeji.lg.jp/notice.html",  # a city: its own place, not the state's
])
def test_a_regional_offices_or_a_towns_address_is_not_the_states(url):
    assert national_address(url) is None
    assert "全国" not in _derive(NOTICE, url).region


def test_a_bureaus_address_gives_its_block_not_the_country():
    assert national_address("https://www.soumu.go.jp/soutsu/tohoku/hodo/notice.html") is None
    assert _derive(NOTICE, "https://www.soumu.go.jp/soutsu/tohoku/hodo/notice.html").region == ("東北",)


def test_a_state_site_page_naming_its_place_keeps_the_texts_place():
    # The address fills only what the text leaves empty: a ministry's page on one town's project
    # stays that town's.
    text = ("地域情報化アドバイザーの派遣\n令和5年10月3日\n"
            "長野県塩尻市では、アドバイザーの助言を受けて行政手続のオンライン化を進めている。"
            "塩尻市は令和6年度から全ての申請を電子化する予定である。\n")
    m = _derive(text, "https://www.example.go.jp/main/shiojiri.html")
    assert m.prefecture == ("長野県",)
    assert "全国" not in m.region


@pytest.mark.parametrize("url", [None, "", "not an address", "http://[broken/", "https://www.example.co.jp/a.go.jp"])
def test_no_state_address_in_odd_values(url):
    assert national_address(url) is None


def test_a_prefectures_page_writing_zenkoku_twice_and_its_own_territory_is_not_national():
    # 全国 named twice is the weakest national sign; a page writing of 県内 is the prefecture's own
    # (as a page with no place that writes 県内 was already not national by its voice).
    text = ("地域おこし協力隊研修業務の企画提案募集\n"
            "地域おこし協力隊は、制度創設以降、全国各地域で多くの活動が展開されています。"
            "全国で隊員数は増加しています。\n"
            "この業務では、県内の地域おこし協力隊員や受入市町村の職員を対象に研修会を開催します。\n")
    assert _derive(text).region == ()
    assert _derive(text, "https://www.pref.gifu.lg.jp/bid/12345.html").prefecture == ("岐阜県",)


CRACKDOWN = ("報道資料\n令和5年11月8日\n関東総合通信局\n不法無線局の取締りで2名を告発\n"
             "関東総合通信局は、11月7日、東京都江東区の湾岸道路において警視庁と共同で不法無線局の取締りを実施しました。\n"
             "今回の取締りでは、埼玉県川口市在住の男性(45歳)及び埼玉県戸田市在住の男性(38歳)を電波法違反容疑で告発しました。"
             "茨城県出身の会社員(31歳)には指導を行いました。\n")


def test_a_suspects_home_is_no_place_of_the_crackdown():
    # The passing mention: where a person lives or comes from (在住, 出身) is said of the person,
    # as an awardee's home town is; the crackdown is in 東京都.
    m = _derive(CRACKDOWN)
    assert m.prefecture == ("東京都",)
    assert m.region == ("関東",)


def test_a_bureaus_grant_decision_for_towns_of_its_area_is_its_blocks_not_national():
    # A choice announced by a regional office (its own 総合通信局 in the head) is about its area:
    # 全国 was added because 総務省 is named as the scheme's owner.
    text = ("総務省トップ > 報道資料一覧 > 携帯電話等エリア整備事業の補助金交付決定\n"
            "携帯電話等エリア整備事業の補助金交付決定\n令和4年6月1日\n"
            "東北総合通信局は、本日、携帯電話等エリア整備事業について、補助金の交付を決定しました。\n"
            "総務省では、地理的条件等により携帯電話を利用できない地域の解消を進めています。\n"
            "交付団体 補助対象経費(千円)\n栗原市 12,000\n西川町 8,500\n只見町 9,800\n")
    m = _derive(text)
    assert m.region == ("東北",)
    assert m.prefecture == ("宮城県", "山形県", "福島県")
