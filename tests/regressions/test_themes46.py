"""themes46: theme recall of six themes, read from realdocs dev half B's misses.

計画策定・推進体制 is the theme of plans and of the bodies that draw them up and drive them (bench/realdocs README): a
page whose own name is an ICT or DX body's founding rules (設置要綱, 規程, 規約) or the news of its founding (の設置,
を発足) is about that body (themes.BODY_FOUNDED).  Not a body of another field (a まちづくり推進協議会, a 医療 body),
nor a rule cited by article, nor a body named further down a page about something else.

Pages written for the test, in the style of real ones (a town's 訓令, a village's news page, a city's notice citing
a committee's rules, a prefecture's press release on a medical-radio council)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import BODY_FOUNDED, DRIVING_BODY, _driving_body, explain_themes
from ictsearch.indexer.analysis import analyze

PLAN = "計画策定・推進体制"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


RULES = """○△△町デジタルトランスフォーメーション推進委員会設置要綱
令和5年4月1日
訓令第8号
(設置)
第1条 町民サービスの向上及び庁内業務の効率化を図るため、△△町デジタルトランスフォーメーション推進委員会(以下「委員会」という。)を設置する。
(所掌事務)
第2条 委員会は、次に掲げる事項について協議する。
(1) 情報システムの導入に関すること。
(2) その他デジタル化の推進に関すること。
(組織)
第3条 委員会は、委員長、副委員長及び委員をもって組織する。
2 委員長は副町長を、副委員長は総務課長をもって充てる。
"""

OFFICE = """DX推進室の設置について
○○村では、人口減少や少子高齢化が進み、地域の担い手不足が深刻になっています。このような中で、デジタル技術を活用して村の課題の解決に取り組むため、令和5年4月にDX推進室を設置しました。
推進室では、村民の皆さんや関係団体の皆さんと意見を交わしながら、行政サービスの利便性の向上に取り組みます。
お問い合わせ 総務課 DX推進室 電話 0000-00-0000
"""

# Another field's body: a 協議会 for a district's town planning, its rules cited by article in a member list.
TOWN_PLANNING = """□□地区まちづくり推進協議会委員名簿
令和6年4月1日現在
※□□地区まちづくり推進協議会設置要綱第6条第2項により、次のとおり委員を委嘱しました。
会長 山田太郎(自治会連合会)
副会長 鈴木花子(商店会)
委員 佐藤一郎(PTA)、高橋次郎(老人クラブ)
"""

# A medical-radio council founded: the body of 電波・医療, not of an information plan.
MEDICAL_RADIO = """報道資料
××県医療電波利用推進協議会の設立
〈医療機関の安全かつ安心な電波利用を目指して〉
××総合通信局は、県内の医療機関、電波利用機器の製造販売事業者等と連携し、医療機関における電波の安全な利用を推進するため、「××県医療電波利用推進協議会」を設立しました。
協議会では、携帯電話や無線LANなどの電波を利用する機器の適正な使用について、医療機関向けの説明会を開催します。
"""

# A page about something else that names a DX body further down: a town's free Wi-Fi notice.
WIFI = """公共施設に無料Wi-Fiを整備しました
町では、町民の皆さんや観光客の皆さんの利便性向上のため、役場庁舎、図書館、体育館に無料の公衆無線LANを整備しました。
接続方法は、各施設に掲示しているステッカーをご覧ください。
利用時間は、各施設の開館時間中です。通信の暗号化はされていないため、個人情報の入力にはご注意ください。
町では令和4年度に町DX推進本部を設置し、そこで検討を重ねて、利用者の多い施設から順に整備しました。
"""


def test_an_ict_bodys_founding_rules_are_the_plan_theme():
    assert PLAN in themes_of(RULES)
    ev = next(e for e in explain_themes([t.text for t in analyze(RULES)], None, RULES) if e.name == PLAN)
    assert ev.named_in.startswith(DRIVING_BODY) and "推進委員会設置要綱" in ev.named_in


def test_an_ict_body_set_up_is_the_plan_theme():
    assert _driving_body(OFFICE) == "DX推進室の設置"
    assert PLAN in themes_of(OFFICE)


def test_another_fields_body_or_a_rule_cited_by_article_is_not():
    assert _driving_body(TOWN_PLANNING) is None
    assert PLAN not in themes_of(TOWN_PLANNING)
    assert _driving_body(MEDICAL_RADIO) is None
    assert PLAN not in themes_of(MEDICAL_RADIO)


def test_a_body_named_below_the_head_of_a_page_on_something_else_is_not():
    assert BODY_FOUNDED.search(WIFI) is not None  # in the body, past the page's own name
    assert _driving_body(WIFI) is None
    assert PLAN not in themes_of(WIFI)


def test_not_in_a_white_paper_section():
    assert PLAN not in {e.name for e in explain_themes([t.text for t in analyze(OFFICE)], None, OFFICE, lone=False)
                        if e.named_in.startswith(DRIVING_BODY)}


AI = "AI・先端技術"

# A governor's press conference on the prefecture's spaceport: space industry as the page's subject.
SPACEPORT = """令和5年8月1日知事定例会見
日時:令和5年8月1日(火曜日)13時30分~
宇宙港の誘致と宇宙産業の振興について
初めに宇宙関連です。県では、空港を水平型の宇宙港(スペースポート)として活用するため、海外の宇宙ベンチャーとパートナーシップを結んでいます。
今回、宇宙港の運用に向けた調査の結果がまとまりました。県内の企業が宇宙産業に参入できるよう、部品の製造や衛星データを使ったサービスの創出を支援してまいります。
宇宙ビジネスに関心のある県内企業を対象としたセミナーも来月開催します。
"""

# J-ALERT: emergency news sent by 人工衛星 is a disaster page, not a space page.
JALERT = """全国瞬時警報システム(Jアラート)の試験放送について
全国瞬時警報システム(Jアラート)は、弾道ミサイル情報、緊急地震速報、津波警報などの緊急情報を、人工衛星及び地上回線を通じて国から送信し、市町村防災行政無線等を自動起動することにより、国から住民まで緊急情報を瞬時に伝達するシステムです。
全国一斉の試験放送を行いますので、お知らせします。
日時 令和6年5月15日(水曜日)午前11時頃
"""

# A career naming NASDA among posts held: a body, not space policy.
CAREER = """沖縄の復帰と私
琉球商工会議所副会頭、琉球政府通産局長、宇宙開発事業団沖縄宇宙通信所長などを歴任した山田一郎氏に、復帰前後の通信事情を伺いました。
当時は本土との電話がつながりにくく、海底ケーブルの開通が待たれていました。
"""


def test_a_page_on_space_industry_is_advanced_technology():
    assert AI in themes_of(SPACEPORT)


def test_satellites_as_a_channel_or_nasda_in_a_career_are_not():
    assert AI not in themes_of(JALERT)
    assert AI not in themes_of(CAREER)
