"""Pages issued by a national body are 全国: the state's bodies come from the law's list
(indexer/metadata/data/national_bodies.tsv), not from a handful of names (session 36)."""

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import docinfo


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title, path=Path("page.txt"))


def test_the_list_is_the_laws_and_says_where_it_comes_from():
    lines = (docinfo.DATA_DIR / "national_bodies.tsv").read_text("utf-8").splitlines()
    head = "".join(line for line in lines if line.startswith("#"))
    assert "国家行政組織法" in head
    bodies = docinfo.NATIONAL_BODIES
    # 別表第一's 委員会 and 庁, 内閣府設置法 第49条's, the cabinet's organs and former names.
    for name in ("公害等調整委員会", "運輸安全委員会", "国税庁", "気象庁", "個人情報保護委員会", "カジノ管理委員会",
                 "こども家庭庁", "会計検査院", "人事院", "宮内庁", "内閣法制局", "通商産業省", "郵政事業庁"):
        assert name in bodies
    assert bodies["NISC"] == "内閣官房"
    # A 地方 office is no national body.
    assert not any(n.endswith(("総合通信局", "経済産業局", "地方整備局", "気象台")) for n in bodies)


def test_a_ppc_consultation_page_is_national():
    text = ("個人情報保護委員会\n"
            "パブリックコメント:個人情報の保護に関する法律についてのガイドライン(通則編)の一部を改正する告示案に関する意見募集\n"
            "令和6年3月1日\n"
            "個人情報の保護に関する法律についてのガイドライン(通則編)の一部改正案について、広く国民の皆様から御意見を募集します。\n"
            "1.意見募集期間 令和6年3月1日(金)から令和6年3月31日(日)まで\n"
            "2.意見の提出方法 e-Govの意見提出フォームから御提出ください。\n")
    m = _meta(text, "意見募集 | 個人情報保護委員会")
    assert m.organization == "個人情報保護委員会"
    assert m.region == ("全国",) and m.prefecture == ()


def test_a_nisc_column_is_national():
    text = ("内閣サイバーセキュリティセンター(NISC)\n"
            "みんなで使おうサイバーセキュリティ コラム第12回\n"
            "パスワードの使い回しはやめましょう\n"
            "ひとつのサービスから漏えいしたパスワードで、ほかのサービスにも不正にログインされる被害が続いています。\n"
            "長く複雑なパスワードを作り、サービスごとに変えることが大切です。多要素認証も使いましょう。\n")
    m = _meta(text)
    assert m.organization == "内閣サイバーセキュリティセンター"
    assert m.region == ("全国",)


def test_a_town_page_quoting_the_tax_agency_keeps_its_own_contact():
    text = ("国税庁からのお知らせ\n"
            "所得税の確定申告はe-Taxが便利です\n"
            "スマートフォンからもマイナンバーカードを使って申告できます。\n"
            "詳しくは国税庁のホームページをご覧ください。\n"
            "住民税の申告については、町の窓口でも受け付けています。\n"
            "◆お問い合わせ\n"
            "上野原町税務課住民税係\n"
            "電話 0554-00-0000\n")
    m = _meta(text, "確定申告について")
    assert "全国" not in m.region


def test_a_name_in_a_sentence_or_as_a_source_is_not_the_issuer():
    # A town's page on the school computers the ministry's scheme pays for.
    text = ("GIGAスクール構想\n"
            "町では、国の方針に基づき、小・中学校に一人一台の端末を整備しました。\n"
            "文部科学省が提唱している構想で、高速大容量の通信ネットワークを一体的に整備するもの\n")
    assert docinfo.organization(text, "")[0] != "文部科学省"
    cited = "学校だより 7月号\n(参考)文部科学省「学校における衛生管理マニュアル」から抜粋\n手洗いを徹底しましょう\n"
    assert docinfo.organization(cited, "")[0] != "文部科学省"
    # A city's committee whose name ends with a state body's, and Tokyo's fire service.
    minutes = "「情報公開・個人情報保護委員会」会議録(令和5年度第1回)\n場所 市役所3階会議室\n"
    assert docinfo.national_name(docinfo.organization(minutes, "")[0]) is None
    assert docinfo.organization("東京消防庁からのお知らせ\n救急車の適正利用にご協力ください\n", "")[0] != "消防庁"


def test_a_bureau_press_release_is_its_block():
    text = ("報道資料\n"
            "令和5年7月3日\n"
            "総務省関東総合通信局\n"
            "「電波の日・情報通信月間」記念式典の開催\n"
            "関東総合通信局(局長:山田太郎)は、令和5年6月1日、電波の日の記念式典を開催しました。\n"
            "全国各地で情報通信の発展に功績のあった方々が表彰されています。\n")
    m = _meta(text, "「電波の日・情報通信月間」記念式典の開催")
    assert m.region == ("関東",)


def test_a_ministrys_office_of_one_area_is_regional():
    text = ("経済産業省関東経済産業局\n"
            "中小企業のデジタル化支援セミナーを開催します\n"
            "管内の中小企業の皆様を対象に、DXの進め方を紹介します。\n")
    org, _ = docinfo.organization(text, "")
    assert org == "経済産業省関東経済産業局"
    assert "全国" not in _meta(text).region


def test_a_prefectures_weather_office_is_its_area():
    text = ("気象庁 宇都宮地方気象台\n"
            "栃木県の気象特性\n"
            "栃木県は、北部の山地と南部の平野からなり、夏は雷が多く発生します。\n"
            "宇都宮地方気象台では、栃木県内の市町の防災担当者向けに気象解説を行っています。\n")
    m = _meta(text)
    assert m.organization == "気象庁宇都宮地方気象台"
    assert m.region == ("関東",) and m.prefecture == ("栃木県",)


def test_a_weather_office_signing_alone_is_no_national_page():
    # A 地方気象台 heads its own pages without the agency's name: the office is the issuer, so 「気象庁
    # では、」 in its first sentences is the agency it belongs to, not a national page's voice.
    text = ("宇都宮地方気象台\n"
            "防災気象情報の利活用について\n"
            "気象庁では、大雨の危険度を地図上で示す「キキクル」を提供しています。\n"
            "当台では、市町の防災担当者向けに説明会を開催しています。\n")
    m = _meta(text)
    assert m.organization == "宇都宮地方気象台" and "全国" not in m.region
    placed = text.replace("当台では、", "当台では、栃木県内の")
    m = _meta(placed.replace("防災気象情報の利活用について", "栃木県の防災気象情報の利活用について"))
    assert m.region == ("関東",) and m.prefecture == ("栃木県",)
