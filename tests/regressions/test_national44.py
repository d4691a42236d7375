"""national44: more forms of a national issuer's voice on a page naming no place (全国), and one form of a local
body's page that must not take it, each with pages of the kind where it must not fire (bench/realdocs README's
convention: a national issuer's page about the country is 全国; a town's or a prefecture's page naming no place has
no region from its text)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"))


# --- a council answering or reporting to its minister -------------------------------------------------------

_ANNUAL_REPORT = ("報道資料\n令和5年5月19日\n電気通信事業紛争処理委員会\n"
                  "電気通信事業紛争処理委員会の令和4年度年次報告\n"
                  "電気通信事業紛争処理委員会(委員長:山田 太郎 東都大学教授)は、本日、電気通信事業紛争処理委員会令第14条に基づき、総務大臣に対して"
                  "別添の令和4年度年次報告を提出しました。\n"
                  "主なポイントは、次のとおりです。\n"
                  "1 諮問事項の審議\n総務大臣からの諮問について、12件の答申を行いました。\n"
                  "相談窓口\n電気通信事業紛争処理委員会事務局\n")


def test_a_council_reporting_to_its_minister_is_national():
    m = _meta(_ANNUAL_REPORT)
    assert m.region == ("全国",) and m.prefecture == ()


def test_a_city_council_answering_its_mayor_or_a_town_petitioning_a_minister_is_not_national():
    # A city's council answers its 市長's 諮問: no minister.
    city = _ANNUAL_REPORT.replace("総務大臣に対して", "市長に対して").replace("総務大臣からの諮問", "市長からの諮問").replace(
        "電気通信事業紛争処理委員会令第14条", "市情報公開条例第20条").replace("電気通信事業紛争処理委員会", "情報公開審査会")
    assert "全国" not in _meta(city).region
    # A town's assembly sending its 意見書 to the minister speaks as the town (定例会, 地方自治法第99条).
    petition = ("地上デジタル放送の難視聴対策を求める意見書\n\n"
                "本町議会は、令和5年第2回定例会において、地方自治法第99条の規定により、総務大臣に対して"
                "意見書を提出しました。町民の皆さんの受信環境を守るためのものです。\n")
    assert "全国" not in _meta(petition).region


# --- 行政相談委員's cases -------------------------------------------------------------------------------------

_CASES = ("行政相談の事例\n\n"
          "バス停の時刻表が色あせて読めないので、新しいものにしてほしい。\n"
          "相談を受けた行政相談委員がバス会社に伝えたところ、時刻表が新しいものに交換されました。\n"
          "道路の側溝の蓋が壊れていて危ない。\n"
          "相談を受けた行政相談委員が市役所に照会したところ、市役所から「早急に修理する」との返答を受けました。\n")


def test_a_page_of_cases_taken_by_the_administrative_counsellors_is_national():
    m = _meta(_CASES)
    assert m.region == ("全国",) and m.prefecture == ()


def test_a_towns_notice_of_the_counsellors_consultation_day_is_not_national():
    town = ("行政相談所を開設します\n\n"
            "総務大臣から委嘱された行政相談委員が、国の行政などへの苦情や要望をお聞きします。"
            "町民の皆さんはお気軽にご相談ください。\n日時 6月10日(月)午前10時から正午まで\n場所 役場2階会議室\n")
    assert "全国" not in _meta(town).region


# --- 市民ラジオ is a kind of radio station -----------------------------------------------------------------

def test_the_states_licence_faq_naming_citizens_band_radio_is_national():
    faq = ("FAQの回答 【電波部 電波政策課】\n\n"
           "・電波を利用するためにはどのような手続きが必要ですか?\n"
           " 無線局を開設するためには、原則として電波法に基づく総務省の無線局免許を受ける必要があります。ただし、"
           "発射する電波が著しく微弱な無線局、市民ラジオ(27MHz帯のトランシーバ)であれば、免許を受ける必要はありません。\n"
           " 電波利用料は、全国の無線局の免許人に御負担いただいています。全国の総合通信局で受け付けています。\n")
    assert _meta(faq).region == ("全国",)


def test_a_citys_page_for_its_residents_still_speaks_as_the_city():
    city = ("不法無線局にご注意ください\n\n"
            "市民の皆さんへ。市民ラジオの不法な使用はテレビの受信障害の原因になります。"
            "全国で取り締まりが行われています。全国の総合通信局で相談を受け付けています。\n")
    assert "全国" not in _meta(city).region


# --- 地方公共団体は written of as one class ----------------------------------------------------------------

def test_a_white_paper_summary_on_the_local_bodies_as_a_class_is_national():
    summary = ("(5)総括\n"
               "ICTを利活用した事業を実施している地方公共団体は各分野で増加傾向にあり、多分野でのICT利活用が進展している。"
               "その際に、人材やノウハウ不足をどのように補っていくかが1つの課題である。\n")
    assert _meta(summary).region == ("全国",)


def test_a_towns_page_quoting_the_laws_duty_of_local_bodies_is_not_national():
    # 国及び地方公共団体は…: the law's words a town quotes for its open data page.
    quoted = ("オープンデータの取組\n\n"
              "官民データ活用推進基本法(平成28年法律第103号)において、国及び地方公共団体はオープンデータに取り組むことが"
              "義務付けられています。公開しているデータは次のとおりです。\n")
    assert "全国" not in _meta(quoted).region
    duty = ("地方版総合戦略\n\n"
            "一方、地方公共団体は、まち・ひと・しごと創生法(平成26年法律第136号)に基づき、地方版総合戦略を策定するよう"
            "努めることとされています。\n")
    assert "全国" not in _meta(duty).region


# --- a local body's content system: ページ番号 ----------------------------------------------------------------

_ALERT_MAIL = ("あなたの携帯電話,緊急速報メールが受信できるかどうか,確認しておきましょう。\n\n"
               "ページ番号142559\n\nソーシャルサイトへのリンクは別ウィンドウで開きます\n\n2017年3月21日\n\n"
               "緊急速報メールとは,気象庁又は国が携帯電話向けに災害に関する情報を一斉送信するものです。\n"
               "震度4以上の強い揺れが推定される地域(全国を約200の地域に区分)に一斉配信します。"
               "全国の携帯電話会社が対応しています。\n")


def test_a_page_with_a_local_sites_page_number_takes_no_national_voice():
    assert "全国" not in _meta(_ALERT_MAIL).region


def test_the_same_page_without_the_page_number_is_still_read_as_national():
    # The rule is the page number: without it the two 全国 still speak for the country, as before.
    assert _meta(_ALERT_MAIL.replace("ページ番号142559\n\n", "")).region == ("全国",)
