"""sceptic57: pages where themes50's rules (a plan's own page, a plan's body meeting, a year's 重点施策, a training in an
ICT means) misfired, and pages where they must still fire (bench/realdocs README, labels45's "A plan in another field"
and "Training by field").  Each page is my own, in the style of real ones; the label each asserts is written beside it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _ict_training, _plan_page

PLAN = "計画策定・推進体制"
TRAINING = "人材育成"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def plan_of(text: str) -> str | None:
    return _plan_page(unicodedata.normalize("NFKC", text))


def training_of(text: str) -> str | None:
    return _ict_training(unicodedata.normalize("NFKC", text))


HYOKA = """第2次三好市情報化推進計画
事務事業評価シート
事業名 公衆無線LAN整備事業
担当課 情報政策課
事業の目的 観光客及び市民が公共施設で無料のWi-Fiを利用できる環境を整える。
成果指標 公衆無線LANの接続回数
目標値 年間50,000回 実績値 年間42,300回
活動指標 整備箇所数 目標 20か所 実績 18か所
評価 概ね順調。令和6年度は道の駅2か所に整備を行う。
今後の方向性 現状維持"""

KANKO = """令和5年度第2回南砺市観光戦略会議 議事録
日時 令和5年11月20日(月)14時から16時
場所 南砺市役所 大会議室
出席者 委員12名
議題
(1)南砺市観光戦略の進捗状況について
(2)インバウンド誘客の取組について
事務局から観光戦略の重点プロジェクトの進捗を報告した。
委員 外国人観光客の周遊を促すため、多言語の案内看板とキャッシュレス決済の導入を進めるべきではないか。
事務局 宿泊施設と連携し、来年度の観光キャンペーンで検討する。"""

BOUSAI = """上郡町地域防災計画
第3章 災害応急対策計画
第1節 組織計画
災害対策本部の設置基準及び組織は次のとおりとする。
基本方針 町は、災害が発生し、又は発生するおそれがある場合には、速やかに災害対策本部を設置する。
目標 発災後30分以内に本部要員を参集させる。
第2節 情報通信計画
防災行政無線、衛星携帯電話等により、県及び関係機関との通信を確保する。"""

EIGYO = """○○県住宅供給公社
令和6年度 営業戦略
基本方針
賃貸住宅の入居率を向上させ、安定した経営基盤を確立する。
目標
管理住宅の入居率 95%以上
重点取組
1 インターネット広告とSNSによる入居者募集の強化
2 若年世帯向けのリノベーション住戸の供給
3 法人契約の拡大に向けた企業訪問
指標 年間成約件数 300件"""

TVKYOGIKAI = """地上デジタルテレビジョン放送推進協議会(第3回)議事要旨
日時 平成18年5月10日
場所 総務省 第1会議室
議事
(1)受信機の普及状況について
(2)中継局の整備状況について
事務局から中継局の整備状況を報告した。"""

HIVISION = """スーパーハイビジョン推進会議(第3回)議事要旨
日時 平成26年3月5日
議事
(1)8K試験放送の準備状況について
(2)受信機の開発状況について"""

CABLEV = """株式会社上田ケーブルビジョン
会社概要
経営理念 地域の情報基盤として、安心と便利を届けます。
目標 加入世帯数 30,000世帯
主な事業 ケーブルテレビ放送、インターネット接続サービス
経営指標 売上高、営業利益"""

JUTEN = """令和6年度 重点事業
当初予算の主な事業を紹介します。
子育て支援 第2子以降保育料無償化事業 予算額 45,000千円
デジタル化 行政手続オンライン化事業 予算額 12,300千円
防災 防災行政無線デジタル化事業 予算額 210,000千円
観光 観光PR動画制作事業 予算額 8,000千円"""

SEC = """職員向け情報セキュリティ研修を実施しました
全職員を対象に、情報セキュリティ研修をeラーニングで実施しました。
標的型攻撃メールの見分け方、パスワードの管理、USBメモリの取扱いについて学びました。
受講率は98%でした。"""

MUSEN = """無線局の検査の講習
登録検査等事業者の点検員を対象に、無線局の検査に関する講習を行います。
講習内容 無線設備の測定方法、電波法令、検査の手順
会場 関東総合通信局 会議室
申込方法 申込書を電子メールで送付してください。"""

DATAARB = """データ入力のアルバイト研修
市民課で会計年度任用職員(データ入力)として採用された方を対象に、研修を行います。
研修では、勤務時間、服務規律、個人情報の取扱いについて説明します。
日時 4月1日 9時から12時"""

JITSUEN = """スマート農業実演会を開催しました
9月12日、○○町の水田で、農業用ドローンによる農薬散布と自動操舵トラクターの実演会を開催しました。
生産者約80名が参加し、機械の操作や作業の効率を間近で確認しました。
メーカーの担当者から導入費用や補助事業の説明がありました。"""

PROG = """小学校教員向けプログラミング教育研修
市内の小学校教員を対象に、プログラミング教育研修を開催しました。
研修では、ビジュアルプログラミング言語を用いた授業づくりと、micro:bitを使った計測の実習を行いました。
参加した教員は、5年生の算数の授業で実践する予定です。"""

DIGICHO = """デジタル推進課 新任係長研修
新任係長12名を対象に、部下の育成、組織運営、文書事務について研修を行いました。
講師 人事課長"""

MENU = """市政情報
総合計画
行財政改革
本文
健康ポイント事業
市民の健康づくりを進めるため、歩いた歩数に応じてポイントを付与する健康ポイント事業を実施しています。
目標 参加者数 3,000人
成果指標 参加者の1日平均歩数 8,000歩
スマートフォンのアプリで歩数を記録し、たまったポイントは市内の商店で使えます。"""

NEWS = """新着情報
2024年10月3日 ごみ収集カレンダーを更新しました
2024年10月1日 ドローン講習会の受講者を募集します
2024年9月27日 第2回南砺市観光戦略会議の議事録を掲載しました
2024年9月20日 敬老会のお知らせ
2024年9月12日 国民健康保険税の納期について
2024年9月2日 令和6年度 防災訓練を実施します
2024年8月30日 保育園の入園申込について
2024年8月21日 町長の動静を更新しました
目標 今月の行事予定 指標"""

# A page with the site's menu above its 本文 line, then a department's 工程表: the plan's page (labels45).
MENU_KOUTEIHYOU = """市政情報
総合計画
本文
総務部情報政策課の工程表
組織目標
行政手続のオンライン化を進め、市民の利便性を高める。
今年度の目標
オンラインで申請できる手続を100件に増やす。
測定指標
オンライン申請件数"""


# --- plans ----------------------------------------------------------------------------------------------------------

def test_one_projects_evaluation_sheet_under_a_plan_is_not_the_plans_page():
    # label: the project's page (公衆無線LAN); the plan on its first line is only the frame of the measure.
    assert plan_of(HYOKA) is None


def test_a_tourism_strategys_meeting_is_a_plan_page_beside_tourism():
    # label: 計画策定・推進体制 (the body that checks the strategy's progress) and 観光.
    assert plan_of(KANKO)
    assert {PLAN, "観光"} <= themes_of(KANKO)


def test_the_sections_of_a_towns_disaster_plan_are_no_plan_page():
    # label: 防災・減災 only (a 地域防災計画's chapter of procedures, as r1158 and r4049 were read).
    assert plan_of(BOUSAI) is None
    themes = themes_of(BOUSAI)
    assert PLAN not in themes and "防災・減災" in themes


def test_a_public_corporations_sales_strategy_is_no_plan_page():
    # label: no 計画策定 (a body's business plan, as a council's 事業計画 r4003).  Other rules still give it the theme;
    # themes50's own rule must not.
    assert plan_of(EIGYO) is None


def test_a_television_broadcasting_bodys_meeting_is_no_plans_body():
    assert plan_of(TVKYOGIKAI) is None
    themes = themes_of(TVKYOGIKAI)
    assert PLAN not in themes and "放送" in themes


def test_hivision_and_a_cable_company_named_vision_are_no_plans():
    assert plan_of(HIVISION) is None and PLAN not in themes_of(HIVISION)
    assert plan_of(CABLEV) is None
    themes = themes_of(CABLEV)
    assert PLAN not in themes and "放送" in themes


def test_a_years_juten_jigyo_set_out_as_a_budget_is_no_plan_page():
    # label: the budget's list (labels45: a budget's execution is no plan): its fields' themes, no 計画策定.
    assert plan_of(JUTEN) is None
    assert PLAN not in themes_of(JUTEN)


def test_a_plan_named_in_the_sites_menu_does_not_name_a_measures_page():
    # label: 医療・介護・健康 (a 健康ポイント事業's page with its targets); 総合計画 is a menu item above 本文.
    assert plan_of(MENU) is None
    themes = themes_of(MENU)
    assert PLAN not in themes and "医療・介護・健康" in themes


def test_a_kouteihyou_below_the_menu_is_still_a_plan_page():
    assert plan_of(MENU_KOUTEIHYOU) == "総務部情報政策課の工程表"
    assert PLAN in themes_of(MENU_KOUTEIHYOU)


def test_a_towns_list_of_news_names_neither_a_plan_nor_a_training():
    # label: no 計画策定 and no 人材育成 (one item each of a list of news).
    assert plan_of(NEWS) is None and training_of(NEWS) is None
    themes = themes_of(NEWS)
    assert PLAN not in themes and TRAINING not in themes


def test_a_press_release_dated_over_its_headline_is_still_read():
    page = "2024年10月1日\n" + SEC
    assert training_of(page)


# --- trainings ------------------------------------------------------------------------------------------------------

def test_a_staff_information_security_training_is_jinzai_ikusei():
    assert training_of(SEC)
    assert {TRAINING, "サイバーセキュリティ"} <= themes_of(SEC)


def test_a_course_on_inspecting_radio_stations_is_jinzai_ikusei():
    # label: a radio course (labels45 names radio operators' courses) → 人材育成 beside 電波・周波数.
    assert {TRAINING, "電波・周波数"} <= themes_of(MUSEN)


def test_a_data_entry_jobs_induction_is_no_ict_training():
    # label: no 人材育成 (a clerk's onboarding: working hours, discipline, personal data; data entry is the job).
    assert training_of(DATAARB) is None
    assert TRAINING not in themes_of(DATAARB)


def test_a_smart_farming_demonstration_is_no_training():
    # label: 農林水産業, no 人材育成 (a 実演会 of machines, not presented as a training).
    assert training_of(JITSUEN) is None
    themes = themes_of(JITSUEN)
    assert TRAINING not in themes and "農林水産業" in themes


def test_teachers_programming_training_is_jinzai_ikusei_and_education():
    assert {TRAINING, "教育"} <= themes_of(PROG)


def test_an_ict_departments_name_is_not_what_its_training_teaches():
    # label: no 人材育成 (a new 係長's training in management, held by the デジタル推進課).
    assert training_of(DIGICHO) is None
    assert TRAINING not in themes_of(DIGICHO)
    assert training_of("デジタル庁職員研修\n新任職員を対象に、服務と文書事務について研修を行いました。") is None
    # the office's own DX training still is one
    assert training_of("デジタル推進課 職員DX研修\n全職員を対象に、業務改善とデータ活用の研修を行いました。")
