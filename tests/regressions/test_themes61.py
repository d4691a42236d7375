"""themes61: four of labels47's theme splits read as forms of pages (bench/realdocs README, "Conventions for six more
theme splits and a place form").

Whose DX: 地域DX (the region's DX) is no 自治体DX word.  ワーケーション near the lodgings and the tourism trade that host
it is 観光 as well.  A 産学官 collaboration doing research or ventures gives スタートアップ・研究開発.  A local body's
programme growing its area's firms (IoT, AI, DX adoption) gives 地域ビジネス・地域活性化.  Each has pages in the style of the
real ones it was read from where it fires, and pages of my own where it must not."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import themes as T

DX = "自治体DX・行政手続"
TOURISM = "観光"
WORK = "働き方・テレワーク"
STARTUP = "スタートアップ・研究開発"
REVIVAL = "地域ビジネス・地域活性化"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- 地域DX is the region's DX ---------------------------------------------------------------------------------------

# A bureau's 重点施策 session whose DX is the region's (地域DX支援, 地域DXの推進) beside farming and seniors' classes.
BUREAU_REGIONAL_DX = """令和5年度重点施策説明会を開催しました
北海道総合通信局では、道内自治体や関係団体の皆様を対象に、令和5年度重点施策説明会を開催しました。
今年度は、光ファイバ、5Gなどを活用した地域DX支援に注力することとしており、道内のニーズ調査の結果を紹介しました。
<令和5年度重点施策 主なトピックス>
(1)光ファイバ、5Gなどデジタル基盤を活用した地域DXの推進
(2)北海道農業ICT/IoT懇談会におけるスマート農業推進方策の検討
(3)高齢者等のためのスマホ教室(デジタル活用支援)の実施
(4)地域DXの推進に向けた伴走支援"""

# A town's DX plan with a section on its office (庁内): the administration's own DX, whatever else it names.
TOWN_DX_PLAN = """○○町DX推進計画の策定について
町では、行政のデジタル化と地域DXの推進に向けて、「○○町DX推進計画」を策定しました。
第3章 行政のDX
(1)行政手続のオンライン化:住民票の写しなどの電子申請を拡大し、書かない窓口を導入します。
(2)庁内業務の効率化:RPAやAI-OCRを活用し、職員の事務を効率化します。
(3)情報システムの標準化:基幹業務システムをガバメントクラウドへ移行します。
第4章 地域のDX
(1)地域DXの推進:農業や観光の分野で、デジタル技術を活用した地域課題の解決を支援します。"""


def test_regional_dx_is_not_the_offices() -> None:
    assert DX not in themes_of(BUREAU_REGIONAL_DX)


def test_town_dx_plan_with_its_office_keeps_dx() -> None:
    assert DX in themes_of(TOWN_DX_PLAN)


# --- ワーケーション as a stay at a destination --------------------------------------------------------------------

TOWN_WORKATION_STAY = """○○町ワーケーション実証費用助成事業
○○町では、町外の企業または団体の方が本町の宿泊施設に滞在し、テレワークなどの仕事と余暇を組み合わせたワーケーションを実証した場合、町内の宿泊費及びレンタカー利用料の一部を助成いたします。
対象となる方
・町外に所在する企業または団体に所属する方
・本町の宿泊施設に連続して3泊以上の滞在をすること
・滞在期間中、本町の飲食店を1回以上利用すること
助成額
宿泊費の2分の1(1泊あたり上限5,000円)
申請方法
滞在終了後30日以内に、実績報告書に領収書を添えて提出してください。"""

TELEWORK_GUIDELINE = """職員のテレワーク実施要領
第1条 この要領は、職員の多様な働き方を推進するため、テレワークの実施に関し必要な事項を定める。
第2条 テレワークの形態は、次に掲げるものとする。
(1)在宅勤務 職員の自宅で勤務すること
(2)サテライトオフィス勤務 所属以外の庁舎等で勤務すること
(3)モバイルワーク 出張先等で業務を行うこと
(4)ワーケーション 休暇先で業務を行うこと(観光地やリゾート地、温泉地等でのテレワークを含む)
第3条 テレワークを行う職員は、所属長の承認を得なければならない。
第4条 職員は、ワーケーションを行う場合、業務と休暇の時間を明確に区分し、情報セキュリティの確保に努めなければならない。"""


def test_workation_at_the_towns_lodgings_is_tourism() -> None:
    got = themes_of(TOWN_WORKATION_STAY)
    assert {TOURISM, WORK} <= got


def test_telework_guideline_listing_workation_stays_off_tourism() -> None:
    got = themes_of(TELEWORK_GUIDELINE)
    assert WORK in got and TOURISM not in got


# --- 産学官 doing research ----------------------------------------------------------------------------------------

CITY_SMART_FARM = """産学官連携によるスマート農業の推進
市では、平成25年に北海道大学や通信事業者と産学官連携協定を締結し、ロボットトラクターの遠隔監視などの実証を進めています。
農業者の高齢化や担い手不足に対応するため、ICTを活用した省力化に取り組んでいます。"""

# 産学官 as a council's make-up: its members, not research.
REGIONAL_COUNCIL = """○○地域情報化推進協議会について
本協議会は、地域における情報通信の普及発展と地域情報化の推進に向けて、各種調査・研究、情報の収集・共有等を行う、産学官の有志により構成された組織です。
毎年、総会と講演会を開催するほか、会員向けのセミナーを実施しています。
入会を希望される方は、事務局までお問い合わせください。"""


def test_collaboration_doing_trials_is_research() -> None:
    assert T._collab_research(nfkc(CITY_SMART_FARM))
    assert STARTUP in themes_of(CITY_SMART_FARM)


def test_council_of_industry_academia_government_is_not_research() -> None:
    assert T._collab_research(nfkc(REGIONAL_COUNCIL)) is None
    assert STARTUP not in themes_of(REGIONAL_COUNCIL)


def test_programme_name_holding_both_words_is_a_name() -> None:
    # a minister's list of topics: 地域産学官共同研究拠点整備事業 is one name, no collaboration written out
    assert T._collab_research("オリンピック招致、国立メディア芸術総合センター(仮称)、地域産学官共同研究拠点整備事業") is None


# --- the area's firms helped to grow --------------------------------------------------------------------------------

PREFECTURE_IOT_SUBSIDY = """中小企業生産性向上促進事業費補助金
県内中小企業者の人手不足に対応するため、IoTの導入に要する経費を補助することにより、生産性の向上を図ります。
補助対象者 県内に事業所を有する中小企業者
補助対象経費 IoT機器の購入費、システム構築費、専門家謝金
補助率 2分の1以内(上限100万円)
申請期限 令和5年6月30日"""

# A national guide on security for small firms in general: size, not locality.
IPA_GUIDE = """中小企業の情報セキュリティ対策ガイドライン
本ガイドラインは、中小企業の経営者や実務担当者が、情報セキュリティ対策の必要性を理解し、情報を安全に管理するための具体的な手順等を示したものです。
中小企業においても、ランサムウェアや標的型攻撃メールによる被害が増えています。
第1部 経営者編 経営者が認識すべき3原則
第2部 実践編 情報セキュリティ基本方針の策定、パスワードの管理、ウイルス対策ソフトの導入
付録 情報セキュリティ関連規程(サンプル)"""

# A prefecture's telework subsidy for its firms: who may apply, the measure's theme alone.
TELEWORK_SUBSIDY = """テレワーク導入助成金
県では、県内中小企業におけるテレワーク導入に向けた環境整備を一層促進することを目的とし、テレワーク導入助成金を交付します。
対象経費 テレワーク用のパソコン、ネットワーク機器、就業規則の改定費用
助成率 2分の1(上限50万円)
県内中小企業事業主の働き方改革を支援します。"""


def test_prefectures_iot_subsidy_for_its_firms_is_regional() -> None:
    assert T._local_firms_growth(nfkc(PREFECTURE_IOT_SUBSIDY))
    assert REVIVAL in themes_of(PREFECTURE_IOT_SUBSIDY)


def test_national_guide_for_small_firms_is_not_regional() -> None:
    assert T._local_firms_growth(nfkc(IPA_GUIDE)) is None
    assert REVIVAL not in themes_of(IPA_GUIDE)


def test_telework_subsidy_for_the_areas_firms_keeps_its_theme() -> None:
    assert T._local_firms_growth(nfkc(TELEWORK_SUBSIDY)) is None
    got = themes_of(TELEWORK_SUBSIDY)
    assert WORK in got and REVIVAL not in got


def test_growth_words_are_whole_latin_words() -> None:
    # AI inside a Latin word (EMAIL, MAIN) is no AI adopted
    assert T._local_firms_growth("県内企業へのEMAIL配信サービスのご案内") is None
    assert T._local_firms_growth("県内企業のAI導入を支援します")
