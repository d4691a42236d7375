"""sceptic70: themes60's four forms tried on pages of my own, written in the style of real ones (labelled first by
bench/realdocs README's conventions), where each must not fire — a town's ふるさと納税 page whose menu of heading lines
names the one-stop relief; a measure's page under a 「関連計画」 line, or a seminar's under a section named for a vision,
whose bodies say that another plan was drawn up; a prefecture's 防災 page opening on the challenges it faces, the
disaster among them; 無線設備 in a building's list of equipment, in a 5G tax page, on a drone's flight rules — and the
pages where each must still fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _drawn_up

REVIVAL = "地域ビジネス・地域活性化"
PLAN = "計画策定・推進体制"
DISASTER = "防災・減災"
RADIO = "電波・周波数"
MOBILE = "5G・移動通信"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A town's ふるさと納税 page: its menu of heading lines names the relief's form as one item; the page is about the
# town's gifts and its produce (labels: 地域ビジネス・地域活性化).
GIFTS_MENU = """ふるさと納税
ふるさと納税について
返礼品一覧
寄附金の使い道
ワンストップ特例申請書の提出
よくある質問
〇〇町は、豊かな自然に恵まれた米と果物の町です。ふるさと納税でいただいた寄附金は、町の特産品の振興や子育て支援に活用させていただきます。
返礼品には、町内の農家が育てたコシヒカリ、シャインマスカット、町の酒蔵の地酒のほか、町内の温泉旅館の宿泊券をご用意しています。
返礼品を通じて町の魅力を全国に発信し、地元の生産者や事業者の販路拡大につなげています。
寄附のお申し込みは、ふるさと納税ポータルサイトからお願いします。
問い合わせ先 企画課 ふるさと納税担当
"""

# The relief's own page under the section's name (labels: no 地域ビジネス; a tax procedure).
RELIEF_UNDER_SECTION = """ふるさと納税
ワンストップ特例制度について
ふるさと納税を行った方のうち、次の条件をすべて満たす方は、確定申告を行わなくても寄附金控除を受けられます。
1.ふるさと納税の寄附金控除を受ける目的以外で、確定申告や住民税の申告を行う必要がない方
2.1年間のふるさと納税先の自治体数が5団体以内である方
申請書は、寄附をした翌年の1月10日までに町へ必着で提出してください。
"""


def test_a_gifts_page_whose_menu_names_the_relief_keeps_its_revival():
    assert REVIVAL in themes_of(GIFTS_MENU)


def test_a_gifts_page_naming_the_relief_three_times_keeps_its_revival():
    # the menu's line, and a line on how to get the deduction: three names of the relief, beside the gifts
    line = "寄附金控除を受けるには、確定申告またはワンストップ特例制度の申請が必要です。\n"
    text = GIFTS_MENU.replace("寄附のお申し込みは", line + "寄附のお申し込みは")
    assert REVIVAL in themes_of(text)


def test_the_reliefs_page_under_a_section_name_is_a_tax_procedure():
    assert REVIVAL not in themes_of(RELIEF_UNDER_SECTION)


# A city's news of a drone trial: a 「関連計画」 line over it (a line that ends with 計画) and the state's 方針 drawn up in
# its body (labels: 農林水産業, AI・先端技術 for the drone; no 計画策定 — the plan is a link, not the subject).
TRIAL = """ドローンによる農薬散布の実証実験を実施しました
関連計画
〇〇市スマート農業推進戦略
市は、6月10日、市内の水田でドローンによる農薬散布の実証実験を実施しました。
実験には、市内の農業者20人が参加し、散布の精度や作業時間を確認しました。
国は、令和4年にスマート農業の推進に向けた方針を策定し、機械の導入を支援しています。
問い合わせ先 農政課
"""

# A seminar's page under a section named for the city's vision; the prefecture's own strategy is the one drawn up
# (labels: 観光 only).
SEMINAR = """〇〇市観光ビジョン
観光セミナーを開催します
市は、観光事業者を対象に、インバウンド誘客のためのセミナーを開催します。
講師は、観光による地域づくりに携わってきた専門家です。県は昨年、訪日客の誘致に向けた戦略を策定し、海外での宣伝を強化しています。
日時 令和7年8月1日 午後2時から
"""

# A city's DX plan page: its name, and the sentence that it was drawn up with an aside between (as 名張市's, r802)
# (labels: 計画策定, 自治体DX).
OWN_PLAN = """〇〇市DX推進計画について
市は、デジタル技術を活用して市民の生活をより良いものへと変革させるため、「〇〇市DX推進計画」(以下「本計画」といいます。)を策定し、全庁で取り組んでいます。
詳しくは、計画の本文をご覧ください。
問い合わせ先 デジタル推進課
"""


def test_a_trial_under_a_related_plan_line_is_no_plan_page():
    assert PLAN not in themes_of(TRIAL)


def test_a_seminar_under_a_visions_section_naming_another_strategy_is_no_plan_page():
    assert PLAN not in themes_of(SEMINAR)


def test_a_plan_page_saying_its_own_plan_was_drawn_up_is_a_plan_page():
    assert _drawn_up(OWN_PLAN, "〇〇市DX推進計画について")
    assert PLAN in themes_of(OWN_PLAN)


def test_the_plan_drawn_up_is_read_without_asides_and_section_numbers():
    assert _drawn_up("総務省は、周波数再編アクションプラン(令和7年度版)を策定しました。", "2 周波数再編アクションプランの策定")
    assert _drawn_up("本市は、〇〇市DX推進計画を策定しました。", "〇〇市DX(デジタル・トランスフォーメーション)推進計画")
    assert not _drawn_up("県は昨年、訪日客の誘致に向けた戦略を策定し、宣伝を強化しています。", "〇〇市観光ビジョン")


# A prefecture's 防災 page that opens on the challenges it faces; what follows the predicate is its own 防災 work
# (labels: 防災・減災).
NANKAI = """県の取組
本県は、南海トラフ地震などの課題に直面しており、防災・減災対策を県政の最重要課題として、津波避難対策や住宅の耐震化を進めています。
令和6年度は、沿岸の市町と連携し、避難路の整備を支援しました。
問い合わせ先 危機管理部
"""


def test_a_disaster_page_opening_on_its_challenges_keeps_its_disaster():
    assert DISASTER in themes_of(NANKAI)


# A city's tender result: 無線設備 in a building's list of equipment (labels: none of the ICT themes).
TENDER = """〇〇市役所本庁舎設備改修工事の入札結果
工事名 本庁舎空調設備・無線設備改修工事
工事場所 〇〇市役所本庁舎
工事内容 空調設備、無線設備、給排水設備、受変電設備の改修
落札者 株式会社〇〇設備
問い合わせ先 契約課
"""

# The 5G investment tax page: 無線設備 is what the credit is for (labels: 5G・移動通信).
TAX_5G = """5G導入促進税制について
5G導入促進税制は、ローカル5Gの無線設備や、全国5Gの無線設備のうち、一定の要件を満たす設備を取得した場合に、税額控除または特別償却を受けられる制度です。
対象となる無線設備は、認定を受けた導入計画に従って取得したものに限ります。
"""

# A city's page on a drone's flight rules: one line says a drone's set may need a licence (labels: no 電波).
DRONE_RULES = """ドローンの飛行ルールについて
無人航空機を飛行させる場合は、航空法のルールを守ってください。
人口集中地区の上空や夜間の飛行には、国土交通大臣の許可または承認が必要です。
無人航空機の無線設備によっては、無線局の免許が必要な場合があります。
"""

# A fire service's radio renewed (labels: 電波・周波数, the licensed system as radio).
FIRE_RADIO = """消防救急無線設備の更新について
〇〇消防本部では、消防救急無線設備の更新工事を行いました。
消防救急無線は、火災や救急の現場と指令センターを結ぶ無線で、令和6年度に無線設備を更新しました。
"""


def test_a_buildings_radio_equipment_in_a_list_is_no_radio_page():
    assert RADIO not in themes_of(TENDER)


def test_the_5g_tax_pages_radio_sets_are_the_networks():
    got = themes_of(TAX_5G)
    assert MOBILE in got
    assert RADIO not in got


def test_a_drones_flight_rules_are_no_radio_page():
    assert RADIO not in themes_of(DRONE_RULES)


def test_a_fire_services_radio_renewed_is_a_radio_page():
    assert RADIO in themes_of(FIRE_RADIO)
