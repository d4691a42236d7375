"""themes50: forms of a plan's page and of an ICT training's page (bench/realdocs README, labels45's "A plan in another
field" and "Training by field").

Each rule has a page of the kind it was read from, where it fires, and pages of my own in the style of real ones where
it must not: a plan named as a measure's basis, an administrative 計画, a deregulation zone's council, a training named
in one line of a press conference's list, a residents' スマートフォン講習会, a farm 研修会 on cultivation, a room called 研修室."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _ict_training, _plan_page, explain_themes
from ictsearch.indexer.analysis import analyze

PLAN = "計画策定・推進体制"
TRAINING = "人材育成"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def plan_of(text: str) -> str | None:
    return _plan_page(unicodedata.normalize("NFKC", text))


def training_of(text: str) -> str | None:
    return _ict_training(unicodedata.normalize("NFKC", text))


def evidence(text: str, name: str):
    terms = [t.text for t in analyze(text)]
    return next((e for e in explain_themes(terms, None, text) if e.name == name), None)


# --- a plan's own page --------------------------------------------------------------------------------------------

# A prefecture department's 工程表: its aims and the year's targets and indicators, in another field (tourism).
KOUTEIHYOU = """商工労働部観光振興課の工程表
基本的事項
所管組織、所管責任者
所属名観光振興課所属長名山田太郎電話番号0857-26-0000
組織目標
県内の観光地の魅力を高め、国内外に発信することにより、観光客の増加と観光消費額の拡大を図る。
1.政策内容と目標
(1)政策内容
広域周遊観光の推進
(2)今年度の目標
周遊ルートの造成と旅行会社への商品化の働きかけ、宿泊施設と連携した誘客キャンペーンの実施
測定指標
指標1
|基準値|年度当初値|今年度目標|
|県外観光客入込数|120万人|125万人|130万人|
(3)目標達成に向けた具体的な取組
旅行会社10社への商談会の開催、周遊バスの運行"""

# A draft R&D plan of a field: its 大目標 and 中目標.
RD_PLAN = """資料2情報通信分野の研究開発計画(案)
第1章 未来社会を見据えた基盤技術の強化
1.大目標
 光ネットワークと無線の技術を統合し、誰もが安心して使える通信基盤を実現する。
2.中目標
 (1)光通信の大容量化と低消費電力化の研究開発を推進する。
 (2)次世代無線の周波数の有効利用の技術を確立する。
3.中目標達成のための取組
 大学、研究機関及び企業の連携により、基礎から実証までを一体的に進める。"""

# The meeting of a working group that drives a strategy.
STRATEGY_WG = """本文へ移動
データ戦略推進ワーキンググループ(第3回)
公開日: 2022年3月4日
概要
日時:令和4年3月4日(金)10時から11時30分まで
場所:オンライン
議事次第:
1.開会
2.議事
(1)包括的データ戦略の進捗について
(2)ベース・レジストリの整備について
3.閉会
資料
議事概要"""


def test_a_departments_kouteihyou_is_a_plan_page():
    assert plan_of(KOUTEIHYOU) == "商工労働部観光振興課の工程表"
    assert PLAN in themes_of(KOUTEIHYOU)
    assert "plan the page presents" in evidence(KOUTEIHYOU, PLAN).named_in


def test_a_draft_rd_plan_with_its_goals_is_a_plan_page():
    assert plan_of(RD_PLAN) == "資料2情報通信分野の研究開発計画(案)"
    assert PLAN in themes_of(RD_PLAN)


def test_the_meeting_of_a_strategys_working_group_is_a_plan_page():
    assert plan_of(STRATEGY_WG) == "データ戦略推進ワーキンググループ(第3回)"
    assert PLAN in themes_of(STRATEGY_WG)


# A plan named only as the basis of the measure the page is about (a subsidy's call).
PLAN_AS_BASIS = """令和6年度 地域公共交通デマンド交通実証事業の実施について
本市では、第2次総合計画に基づき、地域公共交通の維持に取り組んでいます。
このたび、郊外の3地区において、予約に応じて運行するデマンド交通の実証運行を行います。
運行期間は令和6年10月1日から令和7年3月31日まで、運賃は1回300円です。
利用には事前の登録が必要です。登録は市役所交通政策課の窓口で受け付けます。"""

# An administrative instrument named 計画: a 対策計画 listing the areas one measure covers, with its 目次 and 計画期間.
MEASURE_PLAN = """デジタル混信対策計画
目次
1 対策の対象地区
2 計画期間
3 対策の方法
対象地区は、別表に掲げる12地区とする。
計画期間は、令和5年4月1日から令和6年3月31日までとする。
対策は、受信アンテナの方向調整及び中継局の新設により行う。
目標は、対象地区の全世帯における良好な受信とする。"""

# A deregulation zone's council, and a plan word in a sentence of the head.
ZONE_COUNCIL = """国家戦略特別区域諮問会議(第60回)について
令和6年5月20日
本日、総理大臣官邸において、国家戦略特別区域諮問会議が開催されました。
議題は区域計画の認定及び規制改革事項の追加であり、目標の達成状況と今後の基本方針について議論が行われました。"""


def test_a_plan_named_as_a_measures_basis_gives_no_plan():
    assert plan_of(PLAN_AS_BASIS) is None
    assert PLAN not in themes_of(PLAN_AS_BASIS)


def test_an_administrative_taisaku_keikaku_is_no_plan_page():
    assert plan_of(MEASURE_PLAN) is None
    ev = evidence(MEASURE_PLAN, PLAN)
    assert ev is None or "plan the page presents" not in ev.named_in


def test_a_deregulation_zones_council_is_no_plans_body():
    assert plan_of(ZONE_COUNCIL) is None


# --- a training in an ICT means ---------------------------------------------------------------------------------

FARM_DRONE_TRAINING = """令和5年度スマート農業ドローン研修会を開催しました
県では、担い手の省力化に向けて、先端技術を活用したスマート農業を推進しています。
10月12日(木)、県農業大学校において、農業者や市町村、JAの担当者など約60名が参加しました。
第1部では、農薬散布用ドローンの実演を行い、散布の精度や飛行の安全確保について説明しました。
第2部では、生育センシングの画像から施肥量を判断する方法について、農業試験場の研究員が講義を行いました。"""

FARM_TRAINING_SUBJECT = """会津地方青年農業者会議 総会・研修会が開催されました
1月20日(金)に会津若松市内で総会と研修会を開催しました。
総会では令和4年度の事業報告や令和5年度の事業計画が審議されました。
今回の研修会は、ICT機器を活用した水田の水管理をテーマとして、メーカーの担当者から説明を受けました。
参加者からは、導入費用や通信環境について多くの質問がありました。"""


def test_a_farm_training_named_for_drones_is_an_ict_training():
    assert "ドローン研修会" in training_of(FARM_DRONE_TRAINING)
    assert TRAINING in themes_of(FARM_DRONE_TRAINING)
    assert "training in an ICT means" in evidence(FARM_DRONE_TRAINING, TRAINING).named_in


def test_a_training_whose_stated_subject_is_ict_is_an_ict_training():
    assert training_of(FARM_TRAINING_SUBJECT).startswith("研修会は、ICT機器")
    assert TRAINING in themes_of(FARM_TRAINING_SUBJECT)


# A farm 研修会 on cultivation and pests: the field's own craft.
FARM_CRAFT_TRAINING = """令和5年度水稲栽培技術研修会を開催しました
7月5日(水)、JA会館において、水稲の栽培管理に関する研修会を開催しました。
今回の研修会は、高温対策と病害虫防除をテーマとして、普及指導員が講義を行いました。
参加者は、水管理のポイントや追肥の時期について熱心に質問していました。"""

# Residents' smartphone class held under a digital programme: デジタルデバイド's, not 人材育成.
SMARTPHONE_CLASS = """デジタル活用支援 高齢者向けスマートフォン講習会を開催します
スマートフォンの基本的な操作や、マイナンバーカードの申請方法を、携帯電話会社の講師がわかりやすく説明します。
日時:令和6年9月10日(火)13時30分から15時まで
場所:中央公民館 研修室
対象:市内在住の65歳以上の方 20名"""

# A governor's press conference listing its items: a training named in one line of the list.
PRESS_CONFERENCE = """知事記者会見 令和5年6月2日
(1)県立美術館の企画展の開催について
(2)「職員DX研修」の実施について
(3)梅雨期の防災対策について
(4)観光キャンペーンについて
(幹事社:山陽新聞)
知事:本日は4点ございます。まず、県立美術館の企画展についてです。"""

# A room named 研修室 beside an ICT seminar's name.
ROOM = """情報化推進協議会 総会の開催について
日時:令和6年5月15日(水)14時から
場所:県情報化研修センター 大会議室
議題:令和5年度事業報告及び令和6年度事業計画について"""


def test_a_farm_training_on_cultivation_is_not_an_ict_training():
    assert training_of(FARM_CRAFT_TRAINING) is None
    assert TRAINING not in themes_of(FARM_CRAFT_TRAINING)


def test_a_residents_smartphone_class_is_not_an_ict_training():
    assert training_of(SMARTPHONE_CLASS) is None
    assert TRAINING not in themes_of(SMARTPHONE_CLASS)


def test_a_training_in_one_line_of_a_press_conferences_list_is_not_the_pages_subject():
    assert training_of(PRESS_CONFERENCE) is None


def test_a_training_house_is_no_training():
    assert training_of(ROOM) is None


# An office's business-continuity plan: procedures for a disaster, with its 目次 and 目標 (an instrument, not a plan of
# the kind the theme is about; 地域防災計画 chapters of procedures are left without it in the labels).
BCP = """○○市業務継続計画(BCP)
目次
第1章 総則
第2章 被害想定
第3章 非常時優先業務
1 目的
大規模な地震が発生した場合においても、市民の生命と財産を守るため、非常時優先業務を継続する。
2 目標
発災後3日以内に窓口業務の再開を目標とする。
3 基本方針
職員の安全を確保し、代替庁舎において業務を行う。"""


def test_a_business_continuity_plan_is_no_plan_page():
    assert plan_of(BCP) is None
