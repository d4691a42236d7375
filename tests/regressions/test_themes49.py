"""themes49: forms of writing for five weak themes (オープンデータ・データ活用, AI・先端技術, 地域ビジネス・地域活性化 …).

Each rule has a page of the kind it was read from, where it fires, and pages of my own in the style of real ones where
it must not: a word of the form said once in passing, a funding line beside the grant the labels38 convention keeps, a
name the page only went to."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import FUNDING_LINE, _DIGITAL_GARDEN_CITY

DATA = "オープンデータ・データ活用"
AI = "AI・先端技術"
REVIVAL = "地域ビジネス・地域活性化"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- a field's 情報利活用 and 情報連携基盤 (themes.toml, オープンデータ・データ活用) ---------------------------------------

# A working group of the 健康・医療・介護情報利活用検討会: its agenda is the sharing of medical records.
HEALTH_DATA_WG = """2024年7月22日 第23回 健康・医療・介護情報利活用検討会医療等情報利活用WG 議事録
日時
令和6年7月22日(月)15:00~17:00
場所
WEB会議
議題
(1) 電子カルテ情報共有サービスの運用について
(2) 地域医療情報連携ネットワークと全国医療情報プラットフォームの関係について
(3) その他
議事内容
【主査】 定刻になりましたので、ただいまより第23回健康・医療・介護情報利活用検討会医療等情報利活用ワーキンググループを開催いたします。
本日は、電子カルテ情報共有サービスの運用と、医療機関の間で診療情報を共有する地域医療情報連携ネットワークについて御議論いただきます。
【事務局】 資料1を御覧ください。電子カルテ情報共有サービスでは、医療機関が登録した診療情報提供書や検査結果を、患者の同意のもとで他の医療機関が閲覧できるようにします。"""

# A town's disaster drill: 防災情報の利活用 in one sentence of a page on the drill.
DRILL = """令和6年度 総合防災訓練を実施しました
令和6年9月1日、町内全域で総合防災訓練を実施しました。
訓練では、地震発生を想定して、防災行政無線による避難の呼びかけ、避難所の開設、消防団による救助訓練、炊き出し訓練を行いました。
自主防災組織の皆さんは、避難所までの経路を確認し、要配慮者の避難支援に取り組みました。
町では、防災情報の利活用の一環として、防災アプリで避難所の開設状況をお知らせしました。
参加者は約1,200人でした。今後も、災害に備えて日頃から家庭での備蓄や避難経路の確認をお願いします。"""


def test_a_field_data_use_body_is_data_use() -> None:
    assert DATA in themes_of(HEALTH_DATA_WG)


def test_information_use_once_in_a_drill_is_no_data_theme() -> None:
    assert DATA not in themes_of(DRILL)


# --- farm machines that steer themselves (themes.toml, AI・先端技術) ---------------------------------------------------

# A town's smart-farming demonstration: a robot tractor and an auto-steering rice planter at work.
DEMONSTRATION = """スマート農業実演会を開催しました
令和6年6月12日、町内の水田でスマート農業実演会を開催し、農業者など約80人が参加しました。
実演会では、ロボットトラクターが無人で耕うんする様子や、自動操舵田植機による田植えを見学しました。
参加者は、ロボットトラクターの安全装置や遠隔監視の仕組みについて説明を受け、自動操舵システムの操作も体験しました。
町では、担い手不足に対応するため、スマート農業機械の導入を支援しています。"""

# A farmers' association's new-year greeting: 無人ロボット農機 in one line among the year's topics.
GREETING = """年頭のご挨拶
新年あけましておめでとうございます。
昨年は、天候不順による生育の遅れや資材価格の高騰など、農業経営にとって厳しい一年でした。
本年も、組合員の皆様の経営安定に向けて、営農指導、販売対策、共済事業に全力で取り組んでまいります。
水稲では良食味米の生産、野菜では産地の維持拡大を進めるとともに、無人ロボット農機の研究会にも参加してまいります。
組合員の皆様のご健勝とご多幸をお祈り申し上げ、年頭のご挨拶といたします。"""


def test_a_robot_tractor_at_work_is_advanced_technology() -> None:
    assert AI in themes_of(DEMONSTRATION)


def test_a_greeting_line_on_robot_machines_is_no_ai() -> None:
    assert AI not in themes_of(GREETING)


# --- a case sheet's funding line (themes.py, FUNDING_LINE) -------------------------------------------------------------

# A case sheet of a town's elderly smartphone classes, paid from the 地方創生推進交付金.
CASE_SHEET = """事業の概要
- 南山町は、高齢者のデジタル活用を支援するため、町内の公民館でスマートフォン教室を開催している。
- 教室では、スマートフォンの基本操作、マイナンバーカードを使った手続、防災アプリの使い方を学ぶことができ、受講者からは好評を得ている。
【参考情報①】 人口:1.2万人(令和5年1月1日現在)
関連URL: https://www.example.lg.jp/ (町HP)
【参考情報②】地方創生推進交付金(内閣府)とは
令和5年度事業費 2,400千円
(うち、地方創生推進交付金(内閣府) 1,200千円)
もっと知りたい!担当者にインタビュー
取組の経緯・きっかけを教えてください。
高齢者からスマートフォンの使い方が分からないという声が多く寄せられたため、教室を始めました。"""


def test_a_funding_line_gives_no_revival() -> None:
    assert REVIVAL not in themes_of(CASE_SHEET)


def test_the_funding_line_form() -> None:
    found = [m.group() for m in FUNDING_LINE.finditer(CASE_SHEET)]
    assert found == ["【参考情報②】地方創生推進交付金(内閣府)とは", "(うち、地方創生推進交付金(内閣府) 1,200千円)"]
    # the grant the labels38 convention reads as the theme's is kept
    kept = "【参考情報②】デジタル田園都市国家構想交付金(地方創生推進タイプ)(内閣府)とは"
    assert FUNDING_LINE.search(kept) and _DIGITAL_GARDEN_CITY.search(kept)
    # a sentence about a grant is no funding line
    assert not FUNDING_LINE.search("町では、地方創生推進交付金を活用して、移住者向けのお試し住宅を整備しました。")


# --- デジ田 and Digi田 as names of an undertaking (themes.toml, 地域ビジネス・地域活性化) ---------------------------------

# A prefecture's page on its heat of the Digi田甲子園.
HEAT = """「夏のDigi田(デジデン)甲子園」県予選の結果について
国は、デジタル田園都市国家構想の実現に向け、デジタル技術を活用して地域の課題解決や魅力向上に取り組む優れた事例を表彰する「夏のDigi田甲子園」を開催しています。
県予選では、県内の市町村から応募のあった取組の中から、インターネット投票の結果、次の取組が県代表に決まりました。
・北山市 オンライン診療を活用した中山間地域の医療支援
・南川町 電子地域通貨による商店街の買い物支援"""

# A town's IT company news: it went to the Digi田甲子園's award ceremony, a page on its cloud service.
WENT_TO = """クラウド型窓口システムの提供を開始しました
当社は、自治体向けクラウド型窓口システムの提供を開始しました。住民票の写しや税証明の申請をオンラインで受け付け、窓口の待ち時間を短縮します。
システムは、ガバメントクラウドへの移行にも対応しています。
なお、導入自治体の担当者が「夏のDigi田甲子園」の表彰式に出席しました。"""


def test_a_digiden_heat_is_revival() -> None:
    assert REVIVAL in themes_of(HEAT)


def test_a_digiden_name_the_page_only_went_to_is_no_revival() -> None:
    assert REVIVAL not in themes_of(WENT_TO)


# --- machines at work on a farm page (themes.py, MACHINES_AT_WORK) -----------------------------------------------------

# A prefecture's smart-farming page, dense in farm words, with drones at work in two sentences.
FARM_DRONES = """スマート農業の推進について
県では、農業者の高齢化と担い手不足に対応するため、スマート農業の推進に取り組んでいます。
スマート農業の実証
県内の水稲農家3戸でスマート農業技術の実証を行い、農業者の作業時間の削減効果を調べました。
ドローンによる農薬散布では、散布作業の時間が従来の半分以下になりました。
また、ドローンで撮影した画像から生育のばらつきを確認し、追肥の量を調整しました。
スマート農業の普及
農業者向けにスマート農業の研修会を開催し、農業改良普及センターが営農指導を行っています。
スマート農業機械の導入を検討する農業者、農業法人、集落営農組織の皆様はご相談ください。
スマート農業に関する相談窓口:県農業振興課"""

# The same kind of page whose technology is only in the sentence that defines スマート農業 and in its aim.
FARM_DEFINED = """スマート農業の推進について
スマート農業とは、ロボット技術や情報通信技術(ICT)を活用して、省力化や高品質生産を実現する新たな農業です。
県では、農業者の高齢化と担い手不足に対応するため、先端技術を活用したスマート農業の推進に取り組んでいます。
スマート農業の実証
県内の水稲農家3戸でスマート農業技術の実証を行い、農業者の作業時間の削減効果を調べました。
水田の水位を自動で調整する給水栓では、水管理の見回り時間が大幅に減りました。
スマート農業の普及
農業者向けにスマート農業の研修会を開催し、農業改良普及センターが営農指導を行っています。
スマート農業機械の導入を検討する農業者、農業法人、集落営農組織の皆様はご相談ください。
スマート農業に関する相談窓口:県農業振興課"""


def test_drones_at_work_on_a_farm_page_are_advanced_technology() -> None:
    themes = themes_of(FARM_DRONES)
    assert "農林水産業" in themes and AI in themes


def test_the_definition_of_smart_farming_is_no_ai() -> None:
    themes = themes_of(FARM_DEFINED)
    assert "農林水産業" in themes and AI not in themes


# --- a サテライトオフィス beside 在宅勤務 and モバイルワーク (themes.toml, 地域ビジネス・地域活性化) -------------------------------

# A prefecture's staff telework trial: the satellite office is one of the places its staff work from.
STAFF_TRIAL = """県職員のテレワーク・トライアルを実施します
1 実施期間
令和5年7月24日(月曜日)から8月4日(金曜日)まで
2 実施内容
多くの職員がトライアルとしてテレワーク(サテライトオフィス、在宅勤務、モバイルワーク)を体験します。
サテライトオフィスは県内の合同庁舎に設け、職員は自宅に近いサテライトオフィスで勤務します。
トライアルの結果を踏まえ、テレワークの本格導入に向けて、働き方の見直しと業務の効率化を進めます。"""

# A town's subsidy for firms that open a satellite office there: the office drawn in.
OFFICE_DRAWN_IN = """サテライトオフィス開設支援補助金について
町では、都市部の企業のサテライトオフィスの誘致を進めています。
町内の空き家や空き店舗を活用してサテライトオフィスを開設する企業に、改修費や通信環境の整備費を補助します。
サテライトオフィスの開設により、地元雇用の創出と移住の促進を図ります。
補助率:対象経費の2分の1(上限200万円)"""


def test_a_satellite_office_of_a_staff_trial_is_no_revival() -> None:
    assert REVIVAL not in themes_of(STAFF_TRIAL)


def test_a_satellite_office_drawn_in_is_revival() -> None:
    assert REVIVAL in themes_of(OFFICE_DRAWN_IN)


# --- disaster-information platforms and feeds (themes.toml, オープンデータ・データ活用) ---------------------------------

# 気象庁's page publishing its 防災情報XML messages as Atom feeds for others to fetch and process.
XML_FEEDS = """気象庁防災情報XMLフォーマット形式電文の公開(PULL型)
このページでは、気象庁ホームページを通じて公開する気象庁防災情報XMLフォーマット電文を掲載しています。
更新サイクルの異なる2つのAtomフィードが取得可能であり、自動処理等、用途に合わせてご利用ください。
利用方法
ご利用にあたっては、留意事項をご覧頂き、以下の点にご留意ください。
・短時間に大量のアクセスを行わないでください。
・Atomフィードは、高頻度フィードと長期フィードの2種類があります。
・防災情報XMLの電文は、気象警報・注意報、地震情報、津波情報などを含みます。"""

# A town's disaster drill report that names the national 防災デジタルプラットフォーム once.
DRILL_PLATFORM = """令和6年度 町総合防災訓練を実施しました
令和6年11月3日、町内全域で総合防災訓練を実施し、約1,500人の町民が参加しました。
訓練では、震度6強の地震を想定し、防災行政無線による避難の呼びかけ、避難所の開設と受付、消防団による救助訓練を行いました。
避難所では、受付で避難者の名簿を作成し、備蓄食料の配布と段ボールベッドの組立てを体験しました。
町では、国が整備を進める防災デジタルプラットフォームの動向も踏まえ、今後も避難所運営の改善に取り組みます。
参加いただいた皆様、ご協力ありがとうございました。"""


def test_a_disaster_information_feed_is_data_use() -> None:
    assert DATA in themes_of(XML_FEEDS)


def test_a_drill_naming_the_platform_once_is_no_data_theme() -> None:
    themes = themes_of(DRILL_PLATFORM)
    assert "防災・減災" in themes and DATA not in themes


# --- お試しテレワーク (themes.toml, 地域ビジネス・地域活性化) -----------------------------------------------------------

# A consumer centre's warning on trial offers (お試し) of online shopping: no region drawing firms in.
TRIAL_OFFER = """ネット通販の「お試し」に注意
「初回お試し500円」という広告を見て健康食品を注文したところ、定期購入が条件となっていて、2回目以降に高額な代金を請求されたという相談が寄せられています。
注文する前に、定期購入が条件になっていないか、解約の条件はどうなっているかを必ず確認しましょう。
困ったときは、消費生活センターに相談してください。消費者ホットライン188。"""


def test_a_trial_offer_is_no_revival() -> None:
    assert REVIVAL not in themes_of(TRIAL_OFFER)
