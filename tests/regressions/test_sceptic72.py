"""sceptic72: themes61's four forms tried on pages where each could misfire (labels47's conventions, bench/realdocs
README "Conventions for six more theme splits and a place form").

Narrowed: a drill's 実証 (「防災訓練の実証」, 「実証訓練」) is no research done by 産学官; a sentence naming another theme's
measure (テレワーク, セキュリティ, 防災, 人材育成 …) beside the area's firms and their ICT is that measure's scope, not their
growth; ワーケーション near a work rule's words (服務, 所属長, 就業規則, 勤務時間) is a way of working, not a stay.  Kept: the
pages each form was written for still take their theme."""

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
SECURITY = "サイバーセキュリティ"
DISASTER = "防災・減災"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- 地域DX: the office's plan under a region's name keeps 自治体DX by its other words ------------------------------

TOWN_REGIONAL_DX_PLAN = """○○町地域DX推進計画を策定しました
○○町では、町民の利便性向上と行政運営の効率化を図るため、「○○町地域DX推進計画」を策定しました。
本計画では、行政手続のオンライン化、庁内業務のBPRによる見直し、窓口のデジタル化を重点取組とします。
(1)行政手続のオンライン化:各種申請をスマートフォンから行えるようにします。
(2)庁内業務のBPR:職員の事務処理を見直し、RPAを導入します。
(3)マイナンバーカードの利活用:コンビニ交付を拡大します。"""

BOTH_DX = """自治体DX・地域DXの推進
総務省では、自治体DX・地域DXの推進に取り組んでいます。
自治体DX推進計画に基づき、自治体の情報システムの標準化・共通化、行政手続のオンライン化を進めるとともに、
地域社会のデジタル化に向けた取組を支援しています。"""

ROLE_IN_REGIONAL_DX = """地域DXの推進に向けた自治体の役割
地域DXの推進に向けた自治体の役割について、有識者による講演を行います。
地域の課題をデジタル技術で解決するため、自治体が地域の事業者や住民と連携して取り組む事例を紹介します。"""


def test_regional_dx_plan_of_the_office_keeps_dx() -> None:
    assert DX in themes_of(TOWN_REGIONAL_DX_PLAN)
    assert DX in themes_of(BOTH_DX)


def test_towns_role_in_regional_dx_is_not_the_offices() -> None:
    assert DX not in themes_of(ROLE_IN_REGIONAL_DX)


# --- ワーケーション in a work rule is a way of working ---------------------------------------------------------------

STAFF_RULE = """職員のワーケーション実施要領
第1条 この要領は、職員が旅館その他の宿泊先においてテレワークにより勤務するワーケーションの実施に関し必要な事項を定める。
第2条 ワーケーションを行う職員は、所属長の承認を受けなければならない。
第3条 勤務時間、情報セキュリティの確保その他の服務については、テレワーク勤務の規定を準用する。"""

FIRMS_TELEWORK_SUBSIDY = """ワーケーション導入支援補助金のご案内
市内の事業者が従業員のテレワーク・ワーケーションを導入する場合に、その経費の一部を補助します。
補助対象経費:宿泊施設でのワーケーションに係る経費(宿泊費、コワーキングスペース利用料)、テレワーク用機器の購入費
補助率:2分の1(上限50万円)
申請は、就業規則にテレワーク勤務を定めた事業者に限ります。"""

# A town's subsidy for city firms whose staff stay at its lodgings (the form r807 and r1403 are): a stay, 観光.
TOWN_STAY_SUBSIDY = """ワーケーション体験事業費補助金
町では、首都圏等の企業の従業員が町内の宿泊施設に連続2泊以上滞在してワーケーションを実施する場合に、
宿泊費及びコワーキングスペースの利用料の一部を補助します。
町の豊かな自然と温泉を楽しみながら、仕事と休暇を両立するワーケーションをぜひ体験してください。"""


def test_workation_in_a_staff_rule_is_no_stay() -> None:
    got = themes_of(STAFF_RULE)
    assert WORK in got and TOURISM not in got


def test_workation_subsidy_under_a_work_rule_is_no_stay() -> None:
    got = themes_of(FIRMS_TELEWORK_SUBSIDY)
    assert WORK in got and TOURISM not in got


def test_workation_stay_at_the_towns_lodgings_is_still_tourism() -> None:
    got = themes_of(TOWN_STAY_SUBSIDY)
    assert WORK in got and TOURISM in got


# --- 産学官: a drill's 実証 is no research ---------------------------------------------------------------------------

DRILL = """産学官連携による防災訓練の実証
市では、大学や民間企業と産学官連携による防災訓練の実証を行いました。
大規模地震を想定し、避難所の開設、安否確認、災害情報の伝達について訓練を行いました。
訓練には住民約300名が参加しました。"""


def test_collaborations_drill_is_no_research() -> None:
    got = themes_of(DRILL)
    assert DISASTER in got and STARTUP not in got
    assert T._collab_research(nfkc("産学官連携により、避難情報の伝達の実証訓練を実施しました。")) is None


def test_collaborations_technology_trial_still_read() -> None:
    assert T._collab_research(nfkc("産学官連携により、ドローンを活用した物資輸送の実証を行いました。")) is not None
    assert T._collab_research(nfkc("本協議会は、産学官連携により研究開発の成果を地域に還元することを目的とします。")) is not None


# --- the area's firms: another theme's measure offered to them keeps its theme ----------------------------------------

SECURITY_SEMINAR = """中小企業向け情報セキュリティセミナーの開催
県では、県内中小企業のDX推進に伴い増加するサイバー攻撃への対策として、情報セキュリティセミナーを開催します。
内容:ランサムウェアの被害事例、標的型メール攻撃への対策、パスワード管理
対象:県内中小企業の経営者、情報セキュリティ担当者"""

TELEWORK_ICT_SUBSIDY = """市内事業者向けテレワーク導入補助金(ICT機器)
市内事業者がテレワークを導入するためのICT機器の購入費用を補助します。
補助対象:テレワーク用のパソコン、Web会議システム、VPN機器
補助率:2分の1、上限30万円"""

DISASTER_INFO = """防災情報の提供について
町では、管内の事業者に対し、ICTを活用した防災情報の提供を行っています。
気象警報や避難情報をメールで配信し、災害時の事業継続と従業員の安全確保に役立てていただいています。
登録は町のホームページから行えます。"""

AI_COURSE = """地元企業のAI人材育成講座
市では、地元企業の社員を対象に、AI人材育成講座を開催します。
講座では、機械学習の基礎、画像認識、生成AIの活用方法を学びます。
受講料:無料 定員:30名"""


def test_security_seminar_for_local_firms_is_security_alone() -> None:
    got = themes_of(SECURITY_SEMINAR)
    assert SECURITY in got and REVIVAL not in got


def test_telework_subsidy_for_local_firms_keeps_its_theme() -> None:
    got = themes_of(TELEWORK_ICT_SUBSIDY)
    assert WORK in got and REVIVAL not in got


def test_disaster_information_for_local_firms_keeps_its_theme() -> None:
    got = themes_of(DISASTER_INFO)
    assert DISASTER in got and REVIVAL not in got


def test_ai_course_for_local_firms_is_training() -> None:
    assert REVIVAL not in themes_of(AI_COURSE)


def test_local_firms_growth_still_read() -> None:
    # the forms themes61 was written for: a prefecture's IoT subsidy for its firms, its ICT industry built up
    assert T._local_firms_growth(nfkc("県内中小企業者の人手不足に対応するため、IoTの導入に要する経費を補助します。")) is not None
    assert T._local_firms_growth(nfkc("県では、県内IT企業の人材育成を通じた情報通信産業の振興を図ります。")) is not None
