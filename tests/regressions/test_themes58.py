"""themes58: forms from the blind batch docs-bm — a sentence saying what a call does not cover (…は対象外) and a page about
firms' DX — with pages of my own written in the style of real ones: where each rule must fire and where it must not."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

HEALTH = "医療・介護・健康"
STARTUP = "スタートアップ・研究開発"
DX = "自治体DX・行政手続"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


CALL = """令和7年度「地域共創研究開発プログラム」の公募について
令和7年4月10日
国立研究開発法人〇〇研究機構
〇〇研究機構は、令和7年度「地域共創研究開発プログラム」の提案を募集します。
共創型 対象分野(医療分野に限定される研究開発は対象外) 科学技術分野全般
育成型 対象分野(医療分野に限定される研究開発は対象外) 科学技術分野全般
本プログラムは、大学等を中心に、企業や地方自治体とのパートナーシップにより、科学技術を活かした研究開発を推進し、その成果を社会実装につなげる研究開発拠点を形成するものです。
対象分野
科学技術分野全般(医療分野のみの研究開発は対象外)
(医療機器・医薬品の開発のみを目的とする研究は対象外とします)
支援期間 最長5年度
研究開発費 年度あたり最大5千万円
公募期間 令和7年4月10日(木)~6月5日(木)正午
応募方法 府省共通研究開発管理システム(e-Rad)により提出してください。
審査 書類審査及び面接審査により、研究開発の独創性・新規性、実施体制、社会実装の見通しを評価します。
問い合わせ先 〇〇研究機構 研究開発推進部
"""

CLINIC = """令和7年度〇〇県在宅医療推進補助金の募集について
〇〇県では、在宅医療や訪問看護の提供体制を整えるため、医療機関の取組に補助します。
対象事業 在宅医療を担う診療所・病院が行う訪問診療の体制整備、医師・看護師の研修、オンライン診療の導入
補助率 2分の1(上限200万円)
※ 土地の取得費及び建物の新築費は対象外です。
※ 既に他の補助金の交付を受けている事業は対象外となります。
申請期間 令和7年5月1日~6月30日
提出先 〇〇県健康福祉部医療政策課
"""

FIRMS = """「中小企業DX推進事例集」を公開しました
令和7年3月14日
〇〇経済産業局 地域経済部 産業技術課
〇〇経済産業局では、管内の中堅・中小企業がデジタル技術を活用してビジネスを変革した事例を取りまとめ、「中小企業DX推進事例集」として公開しました。
本事例集では、受発注のデジタル化により生産性を向上させた製造業の企業、顧客データを活用して新たなサービスを生み出した小売業の企業など、DXに取り組む12社の事例を紹介しています。
DXの進め方、推進体制の作り方、社内のデジタル人材の確保についても、各企業の経営者へのインタビューを掲載しています。
地域の企業のDX推進の参考として、ぜひご活用ください。
"""

TOWN_DX = """〇〇市DX推進計画を策定しました
〇〇市では、市民サービスの向上と行政運営の効率化を図るため、「〇〇市DX推進計画」を策定しました。
本計画では、行政手続のオンライン化、書かない窓口の導入、マイナンバーカードの利活用を進めるとともに、市内企業や大学と連携し、地域全体のDXを推進します。
市内の中小企業のDX推進に向けては、商工会議所と連携した相談会を開催し、企業のデジタル化を支援します。
計画期間は令和7年度から令和11年度までの5年間です。
問い合わせ先 〇〇市デジタル推進課
"""


def test_a_call_excluding_a_field_is_not_about_it():
    # 「(医療分野に限定される研究開発は対象外)」 names the field the call does not fund (JST's 共創の場, r4794).
    assert themes_of(CALL) == {STARTUP}


def test_a_grant_excluding_costs_keeps_its_own_field():
    # Its exclusion lines are about costs and other grants; the 医療 words of its own sentences still count.
    assert HEALTH in themes_of(CLINIC)


def test_a_page_about_firms_dx_is_no_towns_dx():
    # A bureau's case book of 中小企業's DX (METI's DXセレクション, r4803): DX推進 is the firms', not a town's.
    assert DX not in themes_of(FIRMS)


def test_a_towns_dx_plan_that_also_helps_firms_keeps_its_dx():
    # The town's own procedures, windows and マイナンバーカード are named: its DX stays, firms or not.
    assert DX in themes_of(TOWN_DX)


# --- a selected project's 実施計画 (PROJECT_PLAN) ------------------------------------------------------------------------

PLAN = "計画策定・推進体制"

SELECTION = """令和7年度「地域共創拠点形成プログラム」新規採択プロジェクトの決定について
令和7年9月30日
国立研究開発法人〇〇研究機構
〇〇研究機構は、地域共創拠点形成プログラムにおいて、計5件のプロジェクトを新規採択しました。
本プログラムは、大学等を中心に、企業や地方自治体・市民などの多様な関係者を巻き込んだ共創により、地域の将来像を拠点ビジョンとして掲げ、その実現に向けた取組を推進するものです。
4月15日から6月20日まで公募を実施した結果、48件の応募がありました。外部有識者による書類審査と面接審査を経て、5件のプロジェクトを採択しました。
今後、採択プロジェクトの代表機関が、参画機関とともに、アドバイザーの助言を得ながら実施計画の作り込みを行います。
その後、実施計画の内容を確認した上で、本格的な活動を開始します。
採択プロジェクト一覧は別紙のとおりです。
"""

TOWN_PLAN = """第6次〇〇町総合計画 後期実施計画を策定しました
〇〇町では、第6次〇〇町総合計画の基本計画に掲げた施策を着実に推進するため、令和7年度から令和9年度までの後期実施計画を策定しました。
実施計画は、基本計画に定めた施策を具体化する事業を示すもので、毎年度ローリング方式により見直します。
重点プロジェクトとして、子育て支援、移住定住の促進、公共交通の確保を位置付け、計画期間中の事業費を示しています。
策定にあたっては、町民アンケートや地区懇談会で寄せられた提案を反映しました。
実施計画の進捗状況は、毎年度、町のホームページで公表します。
問い合わせ先 〇〇町企画課
"""


def test_a_selected_projects_work_plan_is_no_public_plan():
    # 「採択プロジェクトの…実施計画の作り込み」 (JST's 共創の場 selection, r4795): the project's own plan of work.
    assert PLAN not in themes_of(SELECTION)


def test_a_towns_work_plan_with_projects_and_proposals_keeps_its_plan():
    # 重点プロジェクト and residents' 提案 beside 実施計画: a town's plan, no selection.
    assert PLAN in themes_of(TOWN_PLAN)
