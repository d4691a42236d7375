"""themes55: forms read from the realdocs dev errors of five themes (デジタルデバイド・高齢者, 医療・介護・健康,
ネットワーク基盤・ブロードバンド, 自治体DX・行政手続, 電波・周波数).

Health named in passing in a greeting (no 医療), a page whose head names a town's 防災行政無線 and that names its stations
(電波・周波数), 高齢者 and 障害者 as who gets a 防災 receiver (no デジタルデバイド), another field's DX推進 (医療DX推進,
教育DX推進, 地域社会DX推進) as no 自治体DX, a consumer's trouble with a line (no ネットワーク基盤) and 障害者スポーツ大会 (no
デジタルデバイド).  Each has a page of the kind it was read from where it fires
and pages of my own in the style of real ones where it must not."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import themes as T

DX = "自治体DX・行政手続"
HEALTH = "医療・介護・健康"
DIVIDE = "デジタルデバイド・高齢者"
RADIO = "電波・周波数"
DISASTER = "防災・減災"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- health named in passing in a greeting (_health_in_passing) ---------------------------------------------------

BUREAU_NEW_YEAR = """年頭所感
○○総合通信局長 山田太郎
新年明けましておめでとうございます。年頭に当たり、謹んで新年のご挨拶を申し上げます。
昨年は、管内の病院がランサムウェアによるサイバー攻撃を受け、電子カルテが使えなくなり、外来診療の停止など地域医療に大きな影響が生じました。
当局では、サイバーセキュリティの確保に向け、自治体や中小企業を対象としたセミナーを開催するとともに、地域のセキュリティコミュニティの活動を支援してまいりました。
また、光ファイバや5Gなどのデジタル基盤の整備を進め、携帯電話の不感地域の解消に取り組んでまいりました。
本年も、電波の適正な利用の確保に向けて、電波監視や不法無線局の取締りを着実に実施してまいります。
さらに、放送ネットワークの強靱化、情報通信分野の人材育成にも取り組んでまいります。
本年が皆様にとって良い年となりますよう祈念いたしまして、新年のご挨拶といたします。"""

# A governor's new-year press conference whose subject is the epidemic: cases, beds, testing, vaccination.
GOVERNOR_COVID = """新年のご挨拶と新型コロナウイルス感染症への対応について(知事定例記者会見)
知事から、新年のご挨拶と新型コロナウイルス感染症への対応について発言がありました。
年明けから県内の新規陽性者が急増しており、昨日は120人の感染者が確認されました。
医療提供体制を確保するため、確保病床を450床から520床に拡大し、宿泊療養施設も2か所追加します。
検査体制については、無料のPCR検査を県内40か所の薬局で実施しています。
3回目のワクチン接種は、医療従事者に続いて高齢者施設の入所者への接種を前倒しして進めます。
保健所の業務がひっ迫しているため、県職員100人を応援に派遣します。
県民の皆様には、感染防止対策の徹底をお願いいたします。"""

# Not a greeting: a town's page on its health check-ups names health in two sentences only and keeps its theme.
TOWN_CHECKUP = """特定健診・がん検診のご案内
町では、40歳以上の方を対象に特定健診とがん検診を実施します。
健診の日程は、6月10日から6月14日まで、町保健センターで行います。
申込みは、5月31日までに健康づくり係へ電話でお申し込みください。
当日は、受診券と保険証をお持ちください。"""


def test_health_in_one_sentence_of_a_greeting_is_passing():
    assert T._health_in_passing(nfkc(BUREAU_NEW_YEAR))
    assert HEALTH not in themes_of(BUREAU_NEW_YEAR)


def test_greeting_about_the_epidemic_keeps_health():
    assert not T._health_in_passing(nfkc(GOVERNOR_COVID))
    assert HEALTH in themes_of(GOVERNOR_COVID)


def test_rule_is_for_greetings_only():
    assert not T._health_in_passing(nfkc(TOWN_CHECKUP))
    assert HEALTH in themes_of(TOWN_CHECKUP)


# --- a page about a town's 防災行政無線 as radio (_radio_system) ----------------------------------------------------

RADIO_RENEWAL = """防災行政無線の整備状況
市では、災害時に市民の皆様へ情報を確実に伝えるため、防災行政無線の整備を進めています。
同報系は、市役所の親局から市内85か所の屋外拡声子局へ放送を行うもので、令和4年度に整備を完了しました。
移動系は、災害現場と災害対策本部を結ぶ無線で、車載型20台、携帯型40台を配備しています。
災害時には、防災行政無線を通じて避難情報を放送します。"""

# A J-ALERT test page: the head names the system that relays the test; 同報系 is no station of the page's own.
JALERT_TEST = """全国瞬時警報システム(Jアラート)の全国一斉情報伝達試験について(防災行政無線)
5月15日(水)午前11時頃、全国瞬時警報システム(Jアラート)の全国一斉情報伝達試験が行われます。
市内の防災行政無線(同報系)の屋外スピーカーから試験放送が流れます。
放送内容は「これは、Jアラートのテストです」を3回繰り返すものです。
訓練ではありませんので、ご注意ください。"""

# A driving-licence page that names the town's 防災行政無線 only further down: the head is about something else.
LICENCE_PAGE = """運転免許証の自主返納について
高齢運転者の交通事故を防ぐため、運転免許証の自主返納を支援しています。
返納された方には、町のコミュニティバスの回数券を交付します。
返納の手続きは、警察署または運転免許センターで行ってください。
交通安全週間の初日には、防災行政無線で交通事故防止を呼びかけます。"""

# The same page on a real site: a breadcrumb and furniture before it, the system named far below the head.
LICENCE_SITE_PAGE = """本文へ トップページ > くらし・手続き > 交通安全 > 運転免許証の自主返納について
更新日:2024年5月1日 印刷ページ表示
運転免許証の自主返納について
高齢運転者の交通事故を防ぐため、町では運転免許証の自主返納を支援しています。
返納された方には、町のコミュニティバスの回数券(1万円分)を交付します。
対象は、町内に住所を有する65歳以上の方で、運転免許証を自主返納し、運転経歴証明書の交付を受けた方です。
申請には、運転経歴証明書、本人確認書類、印鑑をお持ちのうえ、役場総務課の窓口へお越しください。
返納の手続きは、警察署または運転免許センターで行ってください。
交通安全週間の初日には、防災行政無線で交通事故防止を呼びかけます。
このページに関するお問い合わせ 総務課 交通安全係"""


def test_radio_system_page_is_radio():
    assert T._radio_system(nfkc(RADIO_RENEWAL)) is not None
    got = themes_of(RADIO_RENEWAL)
    assert RADIO in got and DISASTER in got


def test_jalert_test_page_is_not_radio():
    assert T._radio_system(nfkc(JALERT_TEST)) is None
    assert RADIO not in themes_of(JALERT_TEST)


def test_driving_licence_is_no_radio_licence():
    assert T._radio_system(nfkc(LICENCE_PAGE)) is None
    assert RADIO not in themes_of(LICENCE_PAGE)


def test_system_named_below_the_head_is_not_the_page_subject():
    norm = nfkc(LICENCE_SITE_PAGE)
    assert T.SYSTEM_NAMED.search(norm) and not T.SYSTEM_NAMED.search(norm[:T.PAGE_HEAD])
    assert T._radio_system(norm.replace("運転免許", "免許")) is None
    assert RADIO not in themes_of(LICENCE_SITE_PAGE)


# --- 高齢者 and 障害者 as who gets a 防災 receiver (_eligible_people_only) ---------------------------------------------

RECEIVER_LENDING = """防災行政無線戸別受信機の貸与について
町では、防災行政無線の放送が聞こえにくい世帯に戸別受信機を無償で貸与します。
貸与の対象は、次のいずれかに該当する世帯です。
(1) 65歳以上の高齢者のみの世帯
(2) 障害者手帳をお持ちの障害者がいる世帯
(3) 昼間、高齢者や障害者のみになる世帯
申請書に必要事項を記入し、総務課へ提出してください。"""

# A smartphone class for old people: 高齢者 is who the class helps across the gap.
SMARTPHONE_CLASS = """高齢者向けスマホ教室を開催します
市では、高齢者のデジタルデバイド解消のため、スマホ教室を開催します。
スマートフォンの基本操作、LINEの使い方、マイナンバーカードの申請方法などを、デジタル活用支援員が丁寧にお教えします。
対象は市内在住の65歳以上の高齢者で、スマートフォンは貸し出します。
定員は各回10名、参加費は無料です。"""


def test_receiver_eligibility_is_no_divide():
    assert DIVIDE not in themes_of(RECEIVER_LENDING)


def test_smartphone_class_keeps_divide():
    assert DIVIDE in themes_of(SMARTPHONE_CLASS)


def test_gap_word_on_a_receiver_page_still_counts():
    norm = nfkc(RECEIVER_LENDING)
    people = T.ThemeEvidence(DIVIDE, 0.5, (("高齢者", 3), ("障害者", 2)))
    gap = T.ThemeEvidence(DIVIDE, 0.5, (("聴覚障害", 2), ("高齢者", 1)))
    assert T._eligible_people_only(norm, people)
    assert not T._eligible_people_only(norm, gap)
    assert not T._eligible_people_only(nfkc(SMARTPHONE_CLASS), people)


# --- another field's DX推進 (not_terms) -------------------------------------------------------------------------------

MEDICAL_DX = """医療DX推進本部幹事会(第5回)
医療DX推進本部幹事会を開催しました。
議題
1 医療DXの推進に関する工程表の進捗について
2 電子処方箋の普及について
3 電子カルテ情報共有サービスについて
医療DX推進本部では、全国医療情報プラットフォームの構築を進めています。
医療機関における電子カルテの導入を支援します。"""

# A city's own DX: its DX推進 and 書かない窓口 stay 自治体DX's.
CITY_DX = """○○市DX推進計画を策定しました
市では、行政手続のオンライン化や書かない窓口の導入など、市役所のDX推進に向けた方針をまとめた「○○市DX推進計画」を策定しました。
計画期間は令和6年度から令和8年度までの3年間です。
電子申請で手続きできる行政手続を300件に増やし、マイナンバーカードを使ったオンライン申請を進めます。
庁内の業務効率化のため、AI-OCRやRPAの導入も進めます。"""


def test_medical_dx_drive_is_health_not_office_dx():
    got = themes_of(MEDICAL_DX)
    assert HEALTH in got and DX not in got


def test_city_dx_drive_keeps_office_dx():
    assert DX in themes_of(CITY_DX)


# --- a consumer's trouble with a line (_consumer_page) ---------------------------------------------------------------

NETWORK = "ネットワーク基盤・ブロードバンド"

CONSUMER_CASES = """消費生活センター相談事例 光回線の勧誘トラブル
相談事例
大手電話会社を名乗る事業者から電話があり、「光回線の料金が安くなる」と勧誘されたので承諾した。
後日、別の事業者の光回線サービスへの乗換えだったことが分かった。解約したいが、解約料を請求された。
アドバイス
光回線サービスの電話勧誘では、事業者名や契約内容をよく確認しましょう。
契約書面を受け取った日から8日以内であれば、初期契約解除制度により、光回線の契約を解除できます。
困ったときは、消費生活センターにご相談ください。"""

# A town's fibre page that names consumers once: the network is its subject.
TOWN_FIBRE = """光ファイバ網の整備について
町では、国の高度無線環境整備推進事業を活用し、町内全域に光ファイバ網を整備しました。
令和5年4月から、町内全域で光回線による超高速ブロードバンドサービスがご利用いただけます。
光回線のお申込みは、通信事業者の窓口で受け付けています。
消費者の皆様には、契約内容をよくご確認のうえお申し込みください。
整備により、テレワークや遠隔教育など、ブロードバンドを活用したサービスの利用が期待されます。"""


def test_consumer_trouble_with_a_line_is_no_network():
    assert T._consumer_page(nfkc(CONSUMER_CASES))
    assert NETWORK not in themes_of(CONSUMER_CASES)


def test_fibre_page_naming_consumers_once_keeps_network():
    assert not T._consumer_page(nfkc(TOWN_FIBRE))
    assert NETWORK in themes_of(TOWN_FIBRE)


# --- 障害者スポーツ大会 is para-sport (not_terms) ----------------------------------------------------------------------

ATTENDANCE = """総務地域連携常任委員会 会議録
出席説明員
地域連携部長 山田 一郎
国体・全国障害者スポーツ大会局長 佐藤 次郎
国体・全国障害者スポーツ大会局副局長 鈴木 三郎
国体・全国障害者スポーツ大会局次長 高橋 四郎
全国障害者スポーツ大会課長 田中 五郎
スポーツ推進課長 伊藤 六郎
議題 国体・全国障害者スポーツ大会の開催準備について、競技会場の整備と宿泊の確保の状況を報告した。"""

ACCESSIBILITY = """障害者の情報アクセシビリティの向上について
総務省では、視覚障害や聴覚障害のある方が情報通信を利用できるよう、情報バリアフリーの取組を進めています。
字幕放送や解説放送の普及、電話リレーサービスの提供、ウェブアクセシビリティの確保に取り組んでいます。
障害者の方が使いやすい通信機器の開発を支援する助成金も交付しています。"""


def test_para_sport_games_are_no_divide():
    assert DIVIDE not in themes_of(ATTENDANCE)


def test_accessibility_for_disabled_people_keeps_divide():
    assert DIVIDE in themes_of(ACCESSIBILITY)
