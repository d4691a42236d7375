"""dates45: wrong years - forms that gave a page a year it does not have (a wrong year is worse than none: a user
filtering --year loses the page, while an empty one is listed under --year none).  Reported misfires and realdocs
dev half B's wrong years; short texts written like real pages (none copied from bench/realdocs or from the reports),
and for each rule pages where it must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- a figure's or a table's source line dates the source, not the page ---------------------------------------

def test_a_white_paper_section_without_its_edition_is_not_dated_by_a_figures_source():
    page = ("第1節 情報通信の歩み\n1 テレビの普及と暮らしの変化\n昭和30年代、白黒テレビは「三種の神器」の一つとして急速に家庭へ"
            "広がった。\n図3 「未来の電話」(子ども向け雑誌の予想図)\n(出典)「こどもの科学」1958年4月号\n"
            "当時描かれた未来の電話は、現在のスマートフォンに近い姿をしている。\n")
    assert years(page) == (None, None)


def test_a_surveys_fiscal_year_on_a_source_line_is_not_the_pages():
    page = ("第2節 地域のデジタル化\n1 自治体における取組\n多くの自治体がテレワークを導入している。\n図表2-1 テレワークの導入状況\n"
            "(出典)総務省「令和4年度地方公共団体における行政情報化の推進状況調査」\n導入率は年々上昇している。\n")
    assert years(page) == (None, None)


def test_a_page_with_its_own_date_keeps_it_beside_a_source_line():
    page = ("令和6年5月10日\n情報通信白書の概要を公表しました\n総務省は、本日、令和6年版情報通信白書の概要を公表しました。\n"
            "図1 インターネット利用率の推移\n(出典)総務省「通信利用動向調査」(令和5年)\n")
    assert years(page) == (2024, 2024)


def test_a_numbered_material_line_is_no_source_line():
    # 資料1 names a meeting's paper, and the day after it is the meeting's
    page = "デジタル推進委員会の開催について\n資料1 令和6年度の取組について(令和6年5月20日)\n第1回の会議を開催し、今年度の取組を議論しました。\n"
    assert years(page) == (2024, 2024)


# --- a 年度 after the day its sentence tells is a target -----------------------------------------------------

def test_a_target_fiscal_year_in_an_opening_report_sentence_is_not_the_pages():
    page = ("地球温暖化対策とICT\n政府は、平成28年5月、2030年度の温室効果ガス排出量を2013年度比で26%削減する目標を含む計画を"
            "公表しました。ICTの活用による削減に取り組みます。\n")
    assert years(page) == (None, None)


def test_a_fiscal_year_reported_after_it_ended_is_still_the_reports():
    page = "通信利用動向調査の結果\n総務省は、令和6年5月、令和5年度に実施した通信利用動向調査の結果を取りまとめ、公表しました。\n"
    assert years(page)[0] == 2023


# --- a start marked (予定) after its sentence, or hanging on a condition ---------------------------------------

def test_a_start_marked_planned_after_its_full_stop_does_not_date_the_page():
    page = "新しい電子申請システムについて\n令和10年4月1日から、新しい電子申請システムの運用を開始します。(予定)\n詳細は決まり次第お知らせします。\n"
    assert years(page) == (None, None)


def test_a_conditional_start_does_not_date_the_page():
    page = ("住民情報システムの標準化について\n国の方針に基づき、住民情報システムを標準準拠システムへ移行します。移行作業が順調に進めば、"
            "令和9年1月4日から新システムの運用を開始します。\n")
    assert years(page) == (None, None)


def test_a_start_announced_plainly_still_dates_the_page():
    page = "新しい電子申請システムについて\n令和8年4月1日から、新しい電子申請システムの運用を開始します。\n詳細は決まり次第お知らせします。\n"
    assert years(page) == (2026, 2026)


def test_a_condition_in_the_next_sentence_leaves_the_start_dated():
    page = ("新しい電子申請システムについて\n令和8年4月1日から、新しい電子申請システムの運用を開始します。準備が整い次第、"
            "操作説明会の日程をお知らせします。\n")
    assert years(page) == (2026, 2026)


# --- a national scheme's start, which pages on the scheme explain -----------------------------------------------

def test_the_national_health_insurance_card_start_does_not_date_a_page_explaining_it():
    page = ("マイナンバーカードの健康保険証利用について\nマイナンバーカードを健康保険証として利用できます\n"
            "令和3年10月20日から、マイナンバーカードの健康保険証利用の本格運用を開始します。\n"
            "医療機関や薬局の受付でカードリーダーにかざすだけで、保険証として利用できます。利用には事前の申込みが必要です。\n")
    assert years(page) == (None, None)


def test_a_clinics_own_start_with_the_card_dates_its_page():
    page = "マイナ保険証の利用について\n当院では、令和6年4月1日からマイナ保険証による受付を開始しました。受付でカードリーダーをご利用ください。\n"
    assert years(page) == (2024, 2024)


def test_a_towns_own_service_with_the_card_dates_its_page():
    page = ("住民票の写し等のコンビニ交付について\n令和7年1月6日から、マイナンバーカードを利用して住民票の写しをコンビニエンスストアで"
            "取得できるサービスを開始しました。\n")
    assert years(page)[1] == 2025


# --- a disaster named by its month with its place between --------------------------------------------------

def test_a_disaster_named_by_month_and_place_does_not_date_the_section():
    page = ("2−4 令和2年7月熊本・球磨川豪雨\n\n(1)災害の状況\n 7月3日夜から4日にかけて、梅雨前線の活動が活発化し、熊本県南部で"
            "記録的な大雨となった。球磨川の氾濫により、人吉市などで広い範囲が浸水した。\n")
    assert years(page) == (None, None)


def test_a_drill_day_before_a_disaster_word_still_dates_the_report():
    page = "地震防災訓練を実施しました\n令和6年9月10日(火)に、市役所で地震を想定した防災訓練を実施しました。職員約200名が参加しました。\n"
    assert years(page) == (2024, 2024)


# --- half B's forms: a council's answer, a planned month in brackets, the title's act with its day -------------

ANSWER = ("答申第31号の概要\n\n◆ 諮問 「市民課が保有する窓口混雑状況の記録」の部分開示決定に対する審査請求についての諮問事案\n\n"
          "◆ 実施機関 市長(市民課)\n\n◆ 事案の経過 (1)開示請求  令和5年1月10日\n        (2)決定    令和5年2月8日付けで部分開示決定\n"
          "        (3)審査請求  令和5年4月3日\n        (4)諮問    令和5年6月1日\n        (5)答申    令和6年2月20日\n\n"
          "◆ 審査会の結論\n実施機関が不開示とした部分のうち、職員の氏名は開示すべきである。\n")


def test_a_councils_answer_is_dated_by_its_answer_row_not_the_first_step_of_its_case():
    assert years(ANSWER) == (2023, 2024)


def test_a_case_history_under_another_title_is_not_read_as_an_answer():
    page = ANSWER.replace("答申第31号の概要", "審査請求の処理状況", 1)
    assert years(page) != (2023, 2024)


def test_a_planned_month_in_brackets_is_not_a_date_line_and_the_titles_act_dates_the_page():
    page = ("南部地域消防指令事務協議会を設置しました。\n令和4年5月より両消防本部において、指令業務の共同運用について検討を重ねてきました。\n"
            "検討の結果、令和5年2月に基本協定を締結しました。\n地方自治法に基づき、令和5年7月1日に「南部地域消防指令事務協議会」を設置しました。\n"
            "共同指令センターの運用開始は、令和8年4月を予定しております。\n●現在の指令体制\n●共同運用後の指令体制(令和8年4月)\n")
    assert years(page) == (2023, 2023)


def test_a_bracketed_month_the_text_does_not_plan_is_still_a_date_line():
    page = "知事トピックス(令和6年7月分)\n●地域の防災訓練を視察\n●デジタル推進会議に出席\n知事が県内各地を訪れました。\n"
    assert years(page)[1] == 2024


def test_the_titles_act_told_with_two_days_dates_nothing():
    page = ("相談窓口を開設しました。\n令和5年4月1日に本庁舎に相談窓口を開設しました。\n令和5年10月1日に北支所に相談窓口を開設しました。\n"
            "お気軽にご相談ください。\n")
    assert years(page) == (None, None)


# --- a PDF's rows of a wrapped sentence, one opening with a connective: no heading ------------------------------

def test_a_wrapped_row_opening_with_a_connective_is_no_heading_of_its_fiscal_year():
    page = ("防災行政無線のデジタル化\n\n市町村の防災行政無線は、災害時に住民へ確実に情報を\n\n伝えるため、早急にデジタル化していく必要が\n\n"
            "ある。\n\nそこで、平成24年度補正予算(第1号)におい\n\nて、デジタル化に必要な経費を補助金として\n\n地方公共団体に交付した。\n")
    assert years(page) == (None, None)


def test_a_short_heading_of_a_fiscal_year_still_names_the_pages():
    page = ("防災行政無線のデジタル化\n\n令和5年度の取組\n\n市町村の防災行政無線のデジタル化を支援するため、補助金を交付した。\n"
            "交付先は12団体であった。\n")
    assert years(page)[0] == 2023
