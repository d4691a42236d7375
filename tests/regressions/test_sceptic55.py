"""sceptic55: pages of my own where themes49's rules could misfire, labelled by bench/realdocs README's conventions first.

Narrowed here: 情報利活用 (the analyzer reads 住民情報の利活用 as it) only after a field's name; 情報流通基盤 only near
words of disaster response; MACHINES_AT_WORK only on a
page about スマート農業; 自動操舵 only near farm machines; サテライトオフィス beside 在宅勤務 only where the page lists them
together.  Kept as themes49 made
them, and checked: a funding line on a revival project's own sheet, a Digi田甲子園 entry beside its field, a drone survey
of flooded fields."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

DATA = "オープンデータ・データ活用"
PRIVACY = "個人情報・プライバシー"
HEALTH = "医療・介護・健康"
AI = "AI・先端技術"
FARM = "農林水産業"
DISASTER = "防災・減災"
REVIVAL = "地域ビジネス・地域活性化"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- 情報利活用 ------------------------------------------------------------------------------------------------------

# A prefecture's privacy notice: the use of 住民情報 it limits (label: 個人情報・プライバシー only).
PRIVACY_NOTICE = """個人情報の取扱いについて
○○県では、県民の皆様からお預かりした住民情報を含む個人情報を、個人情報の保護に関する法律及び○○県個人情報保護法施行条例に基づき、適正に取り扱います。
1 利用目的
県が取得した個人情報は、各事務の遂行に必要な範囲で利用し、利用目的以外の目的のために利用又は提供することはありません。ただし、法令に基づく場合、本人の同意がある場合はこの限りではありません。
2 情報利活用と個人情報の保護
県では、行政サービスの向上のため、庁内における住民情報の利活用を進めていますが、情報利活用に当たっては、個人情報の保護を最優先とし、必要最小限の範囲で行います。
3 安全管理措置
個人情報の漏えい、滅失又は毀損を防止するため、アクセス権限の管理、職員研修、委託先の監督など必要な措置を講じます。
4 開示・訂正・利用停止の請求
県が保有する自己の個人情報について、開示、訂正及び利用停止を請求することができます。請求の方法は、県民情報センターにお問い合わせください。
お問い合わせ 総務部 情報公開・個人情報保護課"""

# The same words from a 情報利活用推進室's policy on 住民情報 (label: 個人情報・プライバシー only).
RESIDENT_RECORDS = """住民情報の取扱いに関する方針
○○県情報利活用推進室
本県では、県民サービスの向上と業務の効率化のため、住民情報の利活用を進めています。
住民情報の利活用に当たっての個人情報の保護
県が保有する住民記録、税、福祉等の住民情報は、個人情報の保護に関する法律に基づき、利用目的の範囲内で取り扱います。
目的外利用及び外部提供は、法令に定める場合を除き行いません。
情報の漏えいを防ぐため、システムのアクセス記録を定期的に点検し、職員への研修を毎年実施しています。
個人情報の開示請求は、各部局の窓口で受け付けています。"""

# A 介護情報利活用 WG's agenda with an item on 個人情報 (label: 医療・介護・健康, オープンデータ・データ活用): a data-use body
# discusses privacy, and that must not take its theme (a first narrowing, 情報利活用 not near 個人情報, did).
CARE_DATA_WG = """第5回 健康・医療・介護情報利活用検討会 介護情報利活用ワーキンググループ 議事次第
日時 令和5年10月2日(月)10:00~12:00
場所 オンライン開催
議題
(1) 介護情報基盤の構築について
(2) 介護情報の共有に係る本人同意と個人情報の取扱いについて
(3) その他
資料
資料1 介護情報基盤の全体像
資料2 介護情報の共有に係る個人情報保護法上の整理
参考資料 介護情報利活用ワーキンググループ 構成員名簿"""

# 医療等情報の利活用 written with の, and 個人情報 in the same paragraph (label: 医療, オープンデータ・データ活用).
HEALTH_DATA_USE = """医療等情報の利活用に関する検討の状況
厚生労働省では、健康・医療・介護情報利活用検討会において、医療機関や介護事業所の間で患者の情報を共有する仕組みについて検討しています。
電子カルテ情報共有サービスでは、診療情報提供書や退院時サマリー、検査結果などを、全国の医療機関が患者の同意のもとで閲覧できるようにします。
医療等情報の二次利用については、仮名化した医療情報を研究や創薬に活用できるよう、制度の整備を進めています。
その際、患者の個人情報の保護と、情報利活用の両立が課題となっており、本人への説明と同意の在り方を議論しています。"""


def test_a_privacy_notice_on_resident_information_is_no_data_use() -> None:
    got = themes_of(PRIVACY_NOTICE)
    assert PRIVACY in got and DATA not in got


def test_a_policy_on_resident_records_is_no_data_use() -> None:
    got = themes_of(RESIDENT_RECORDS)
    assert PRIVACY in got and DATA not in got


def test_a_care_data_wg_discussing_personal_information_is_data_use() -> None:
    assert {DATA, HEALTH} <= themes_of(CARE_DATA_WG)


def test_a_field_data_use_written_with_no_is_data_use() -> None:
    assert {DATA, HEALTH} <= themes_of(HEALTH_DATA_USE)


# 総務省-style page on misinformation calling SNS 「国民の情報流通の基盤」 (label: 迷惑メール・ネット上のトラブル; not
# data-use: the analyzer reads 情報流通の基盤 as 情報流通基盤, which themes.toml pairs with words of disaster response).
MISINFORMATION = """デジタル空間における情報流通の健全性確保に向けた検討
インターネット上では、SNSや動画共有サービスなどのプラットフォームが、国民の情報流通の基盤となっています。
一方で、偽・誤情報や誹謗中傷の拡散が社会問題となっており、災害時には偽情報が救助活動を妨げる事例も見られました。
総務省では、有識者会議において、プラットフォーム事業者による偽・誤情報への対応や、情報流通の基盤としての透明性の確保について検討を進めています。
利用者のリテラシーの向上に向けた啓発教材の作成や、ファクトチェックの推進にも取り組んでいます。"""

# A prefecture's page on its disaster information platform (label: 防災・減災, オープンデータ・データ活用), as themes49 read.
DISASTER_PLATFORM = """SIP4D(基盤的防災情報流通ネットワーク)との接続について
SIP4Dは、国の機関や都道府県が持つ情報を集約し、関係機関が共有するための情報流通基盤です。
県では、県のシステムをこの情報流通基盤に接続し、道路の通行止めや避難所の開設状況のデータを自動で提供できるようにしました。
提供したデータは、市町村や自衛隊などが地図上で閲覧でき、データ連携の手間が減りました。
接続に当たっては、データの項目や形式を国の仕様に合わせました。"""


def test_the_information_space_of_sns_is_no_data_use() -> None:
    assert DATA not in themes_of(MISINFORMATION)


def test_a_disaster_information_platform_is_data_use() -> None:
    assert {DATA, DISASTER} <= themes_of(DISASTER_PLATFORM)


# --- MACHINES_AT_WORK ------------------------------------------------------------------------------------------------

# A town's harvest festival: a drone show and a drone corner in its programme (label: 農林水産業; not AI — drones named
# as attractions, no passage on a technology at work).
HARVEST_FESTIVAL = """第30回 ○○町農業まつりを開催します
今年も、町の農産物や特産品が一堂に会する農業まつりを開催します。
日時 令和6年11月3日(日) 午前9時から午後3時まで
会場 ○○町総合運動公園
内容
・新米、野菜、果物、花きの直売
・和牛の試食、農産物品評会の表彰式
・農業機械の展示
・ドローンショー(午後2時から)
・子ども向けドローン操縦体験
・もちまき、郷土芸能の披露
主催 ○○町農業まつり実行委員会(○○町、○○農業協同組合)
地元の農家が育てた新鮮な野菜や果物を、ぜひお買い求めください。"""

# A town's farm plan: スマート農業 as one item of five, its machines named as examples (label: 農林水産業 only, the
# labels44 convention's "a plan's heading").
FARM_PLAN = """○○町農業振興計画(令和6年度~令和10年度)の概要
第1章 計画の趣旨 本計画は、町の農業の持続的な発展と農村の振興を図るため、今後5年間の施策の方向を定めるものです。
第2章 町の農業の現状 農業就業人口は10年間で3割減少し、平均年齢は68歳となっています。耕作放棄地は120ヘクタールに達しています。
第3章 施策の方向
(1) 担い手の育成・確保 認定農業者や新規就農者への支援、集落営農の法人化を進めます。
(2) 農地の集積・集約化 農地中間管理機構を活用し、担い手への農地の集積を進めます。
(3) スマート農業の推進 ドローンや自動操舵トラクター等のスマート農業技術の導入を支援します。
(4) 産地づくり 水稲、大豆、野菜の産地化と、米の品質向上を図ります。
(5) 鳥獣被害対策 侵入防止柵の設置や捕獲体制の強化を行います。"""

# A smart-farming demonstration sheet whose machines are its subject (label: 農林水産業, AI・先端技術): the rule's own kind.
SMART_FARM_SHEET = """スマート農業技術の実証について
町では、担い手の減少に対応するため、スマート農業技術の実証に取り組んでいます。
今年度は、町内の大規模経営体の水田で、ロボットトラクターによる無人での耕うんと、自動操舵田植機による田植えを実証しました。
実証の結果、オペレーター1人当たりの作業面積が拡大し、経験の浅い従業員でも熟練者と同じ精度で作業できることが確認されました。
今後も、スマート農業技術の導入効果を検証し、実演会や研修会を通じて農業者への普及を図ります。
また、スマート農業機械の導入費用の一部を補助する制度についても検討してまいります。
水稲の生産コストの低減と、農地の維持に向けて、関係機関と連携して取り組みます。"""

# A town's survey of flood damage to fields by drone (label: 農林水産業, 防災・減災, AI・先端技術: the drone surveys, a
# passage of its own).  Not a smart-farming page: AI comes from its own density, as before themes49.
FLOODED_FIELDS = """豪雨による農地・農業用施設の被害状況調査について
令和5年7月の豪雨により、町内の水田や農道、用水路に大きな被害が発生しました。
町では、被害の全体を速やかに把握するため、ドローンによる空撮調査を実施しました。
ドローンで撮影した画像から、土砂が流入した水田の面積や、崩れた畦畔、水路の破損箇所を確認し、災害復旧事業の申請に活用しています。
人が立ち入ることが危険な山間部の農地でも、ドローンを使うことで安全に調査を行うことができました。
被災した農業者の皆様には、農地災害復旧の補助制度がありますので、産業振興課農林係までご相談ください。
水稲の作付けや農業用機械の被害についても、JAと連携して支援してまいります。"""


def test_a_drone_show_at_a_harvest_festival_is_no_ai() -> None:
    got = themes_of(HARVEST_FESTIVAL)
    assert FARM in got and AI not in got


def test_a_farm_plan_naming_machines_in_one_item_is_no_ai() -> None:
    got = themes_of(FARM_PLAN)
    assert FARM in got and AI not in got


def test_machines_at_work_on_a_smart_farming_page_are_ai() -> None:
    assert {FARM, AI} <= themes_of(SMART_FARM_SHEET)


def test_a_drone_survey_of_flooded_fields_is_ai() -> None:
    assert {FARM, DISASTER, AI} <= themes_of(FLOODED_FIELDS)


# A 海上保安部's notice on fishing boats colliding on autopilot (label: no technology theme; 農林水産業 at most): a boat's
# 自動操舵 is no machine that works by itself on a farm (themes.toml pairs the word with farm machines).
AUTOPILOT_COLLISIONS = """漁船の衝突事故防止について
○○海上保安部管内では、今年に入り漁船の衝突事故が3件発生しています。
事故の多くは、自動操舵で航行中に見張りが不十分となり、前方の船舶に気付くのが遅れたことが原因です。
自動操舵中であっても、常に周囲の見張りを行い、他の船舶の動きに注意してください。
また、漁場への往復の際は、居眠りを防ぐため、複数人での当直や休憩を心がけましょう。
自動操舵装置に頼りすぎないことが、事故を防ぐ第一歩です。
漁業者の皆様のご協力をお願いします。"""


def test_a_fishing_boat_autopilot_is_no_ai() -> None:
    assert AI not in themes_of(AUTOPILOT_COLLISIONS)


# --- サテライトオフィス beside 在宅勤務 ----------------------------------------------------------------------------------

# A town's call for firms to move into the satellite office it opened; a line says its staff use part of it instead of
# 在宅勤務 (label: 地域ビジネス・地域活性化: the office a town draws firms to).
TOWN_OFFICE = """○○町サテライトオフィスの入居者を募集します
町では、都市部の企業の皆様に町内で仕事をしていただくため、町役場の隣にサテライトオフィスを開設しました。
サテライトオフィスには、高速のインターネット回線、会議室、個室ブースを備えています。
利用料は月額1万円で、最長2年間入居できます。
なお、オフィスの一部は、町職員の在宅勤務の代わりの勤務場所としても使用しています。
お問い合わせ 企画課"""

# A prefecture's staff trial listing the three places of telework (label: 働き方・テレワーク only), as themes49 read.
STAFF_TELEWORK = """職員のテレワーク試行について
県では、働き方改革の一環として、職員のテレワークを試行します。
多くの職員がテレワーク(在宅勤務、サテライトオフィス勤務、モバイルワーク)を体験します。
サテライトオフィスは、県内の合同庁舎の会議室に設けます。
試行の結果を検証し、令和7年度からの本格実施を目指します。"""


def test_a_town_satellite_office_with_staff_home_working_lines_away_is_revival() -> None:
    assert REVIVAL in themes_of(TOWN_OFFICE)


def test_telework_places_listed_together_are_no_revival() -> None:
    got = themes_of(STAFF_TELEWORK)
    assert "働き方・テレワーク" in got and REVIVAL not in got


# --- checked and kept: FUNDING_LINE and デジ田 ---------------------------------------------------------------------

# A town's budget sheet: a 移住 project paid from the 地方創生推進交付金, named in its heading and cost line (label:
# 地域ビジネス・地域活性化: the project IS revival; its own words carry the theme past the funding lines).
MIGRATION_BUDGET = """令和5年度 当初予算 主要事業の概要
地方創生推進交付金事業 移住・定住促進事業
【地方創生推進交付金充当】
事業費 12,000千円(うち、地方創生推進交付金 6,000千円)
事業の概要
首都圏からの移住者を呼び込むため、移住相談会への出展、お試し住宅の運営、空き家バンクの充実を図る。
また、地元企業と連携した就業体験を実施し、若者のUIJターンを促進する。
担当課 企画課"""

# A 総務省-style case sheet of a 地方創生 project funded by that 交付金 (label: 地域ビジネス・地域活性化).
CASH_LESS_CASE = """地域活性化
地元商店街のキャッシュレス化とポイント事業による地域経済の循環【○○県○○市】
事業の概要
  • ○○市では、地元の商店街の店舗にキャッシュレス決済を導入し、市独自のポイントを付与することで、市内での消費を促し、地域経済の循環を図っている。
【参考情報①】 人口:5.2万人(令和5年1月1日現在)
【参考情報②】地方創生推進交付金(内閣府)とは
令和4年度事業費 30,000千円
(うち、地方創生推進交付金(内閣府) 15,000千円)"""

# A town's Digi田甲子園 entry about its disaster app (label: 地域ビジネス・地域活性化 by the labels38 convention, and
# 防災・減災, which stays the best).
DIGIDEN_DISASTER = """夏のDigi田甲子園 ○○町の取組「防災アプリによる避難支援」
○○町では、土砂災害や洪水に備えるため、町独自の防災アプリを開発しました。
アプリでは、避難指示などの防災情報をプッシュ通知でお知らせするほか、ハザードマップや避難所の開設状況、混雑状況を確認できます。
要配慮者の避難を支援するため、自主防災組織や民生委員がアプリで安否確認を行う機能も備えています。
令和5年の豪雨では、アプリを通じて避難所の混雑状況を発信し、住民の分散避難につながりました。
この取組は、夏のDigi田甲子園に応募し、地方創生につながるデジタル活用の事例として紹介されました。"""


def test_a_revival_project_paid_from_the_grant_is_revival() -> None:
    assert REVIVAL in themes_of(MIGRATION_BUDGET)


def test_a_case_sheet_of_a_revival_project_funded_by_the_grant_is_revival() -> None:
    assert REVIVAL in themes_of(CASH_LESS_CASE)


def test_a_digiden_entry_keeps_its_field_first() -> None:
    got = derive_metadata(DIGIDEN_DISASTER, title=DIGIDEN_DISASTER.split("\n", 1)[0], path=Path("page.txt")).themes
    assert got[0][0] == DISASTER and REVIVAL in {t for t, _ in got}
