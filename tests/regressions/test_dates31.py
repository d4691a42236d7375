"""dates31: wrong fiscal years on real pages: a 補正予算 named with the next 年度's budget.  Short
texts written like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a 補正予算 presented with the next 年度's budget: the budget's 年度 is the page's ----------

def test_a_budget_table_of_a_correction_and_the_next_years_budget_is_of_the_later_year():
    text = ("情報通信関係の令和5年度補正予算額及び令和6年度当初予算額について\n(百万円)\n"
            "区分 令和6年度当初予算額 令和5年度補正予算額 【参考】令和5年度当初予算額\n"
            "1 デジタル基盤の整備 120 300 110\n2 人材の育成 45 0 40\n")
    assert years(text)[0] == 2024


def test_the_pair_written_with_a_comma_and_a_proposal_mark_counts_the_same():
    text = ("平成30年度補正予算(案)、平成31年度予算(案)の概要\n(単位:億円)\n"
            "防災・減災対策 12.5 30.1\n情報通信基盤の整備 8.0 14.2\n")
    assert years(text)[0] == 2019


def test_a_correction_alone_in_the_title_keeps_its_own_year():
    text = ("令和5年度補正予算(第1号)の概要\n(単位:千円)\n"
            "防災行政無線の更新 120,000\n公衆無線LANの整備 30,000\n")
    assert years(text)[0] == 2023


def test_a_correction_beside_a_year_that_is_not_the_next_keeps_the_first_year():
    # Two budgets years apart compared in a title are no winter pair: the first is named first.
    text = ("令和3年度補正予算と令和5年度予算の比較について\n(単位:千円)\n"
            "情報システム 10,000 12,000\n")
    assert years(text)[0] == 2021


def test_a_correction_joined_to_the_next_years_plan_not_budget_keeps_its_year():
    text = ("令和4年度補正予算及び令和5年度以降の整備計画について\n(単位:千円)\n"
            "光ファイバ整備 50,000\n")
    assert years(text)[0] == 2022


# --- a plan's page that recounts its making, then reports a 年度 years later -------------------

_PLAN_PAGE = ("更新日:2024年3月15日\nここから本文です。\n○○県デジタル推進計画\n"
              "県では、行政手続のオンライン化と地域のデジタル化を進めるため、令和2年3月に「○○県デジタル推進計画」を策定しました。\n"
              "点検報告書\n"
              " {fy}は、計画期間の最終年度であることから、計画に位置付けた施策を点検し、点検報告書としてとりまとめました。\n"
              "過去の点検報告書\n")


def test_a_plan_page_reporting_a_later_years_review_is_dated_by_its_update_stamp():
    assert years(_PLAN_PAGE.format(fy="令和5年度")) == (2023, 2024)


def test_a_plan_page_reporting_the_year_after_its_making_keeps_the_plans_day():
    # One 年度 after the plan is the plan's own first year: the sentence may well be the page's news.
    assert years(_PLAN_PAGE.format(fy="令和2年度"))[1] == 2020


def test_without_an_update_stamp_the_plans_day_stays():
    text = _PLAN_PAGE.format(fy="令和5年度").replace("更新日:2024年3月15日\n", "")
    assert years(text)[1] == 2020


def test_a_stamp_older_than_the_reported_year_is_no_later_report():
    text = _PLAN_PAGE.format(fy="令和5年度").replace("更新日:2024年3月15日", "更新日:2021年5月10日")
    assert years(text)[1] != 2021


# --- a head's 記者発表 is a press conference: of the 年度 of its day, whatever budget it presents ---

def test_a_governors_briefing_on_next_years_budget_is_of_the_year_of_its_day():
    text = ("令和6年2月14日 知事の記者発表\n公開日 2024年04月20日\n令和6年度当初予算(案)の概要\n"
            "予算編成の考え方について\nデジタル化の推進について\n"
            "知事:本日は、令和6年度当初予算案についてご説明いたします。\n")
    assert years(text, title="令和6年度当初予算(案)の概要") == (2023, 2024)


def test_a_departments_press_release_of_a_budget_keeps_the_budgets_year():
    # 記者発表資料 without a head is a release of the budget sheet, which names its own 年度.
    text = ("記者発表資料\n令和6年2月14日\n財政課\n令和6年度当初予算(案)の概要\n"
            "令和6年度当初予算(案) 5,120億円\nデジタル化の推進 12億円\n")
    assert years(text, title="令和6年度当初予算(案)の概要")[0] == 2024


# --- a year's schedule of numbered tests: the 年度 of its heading, no day of its own ---------------

_SCHEDULE = ("全国一斉情報伝達試験の実施について\n"
             "国では緊急時の情報伝達に万全を期するため、全国一斉の情報伝達試験を行います。\n"
             "市内の防災行政無線からも試験放送が流れます。\n"
             "令和5年度の実施日時\n"
             "第1回 令和5年5月17日(水曜日) 午前11時頃\n"
             "第2回 令和5年8月23日(水曜日) 午前11時頃\n"
             "(当初予定日:令和5年8月9日(水曜日) 午前11時頃)\n"
             "第3回 令和5年11月15日(水曜日) 午前11時頃\n"
             "第4回 令和6年2月14日(水曜日) 午前11時頃\n"
             "放送内容\n「これは、Jアラートのテストです。」\n")


def test_a_schedule_of_numbered_tests_gives_its_headings_year_and_no_day():
    assert years(_SCHEDULE) == (2023, None)


def test_one_numbered_meetings_day_still_dates_its_record():
    text = ("○○市地域情報化推進協議会 会議の記録\n第2回 令和5年9月20日(水曜日) 午後2時から\n"
            "出席者 委員8名\n議題 (1)公衆無線LANの整備について\n")
    assert years(text) == (2023, 2023)


def test_next_years_schedule_cited_in_a_sentence_is_not_the_pages_year():
    text = ("防災訓練のお知らせ\n令和5年5月1日\n"
            "本年度の防災訓練は令和5年9月3日に行います。\n令和6年度の日程は決まり次第お知らせします。\n")
    assert years(text) == (2023, 2023)


# --- a 年度 named in a trend of figures is not the page's year ------------------------------------

def test_a_year_of_a_trend_in_the_opening_line_is_not_the_pages_year():
    text = ("○○県消費生活センターからのお知らせ\n"
            "SNSに関する相談件数は令和3年度から増加しており、令和5年度は過去最多になっています!\n"
            "副業や投資の勧誘にもご注意ください。\n")
    assert years(text)[0] is None


def test_the_same_year_as_the_topic_of_a_report_without_a_trend_stays():
    text = ("○○県消費生活センターからのお知らせ\n"
            "令和5年度は、SNSに関する相談が過去最多になっています!\n"
            "副業や投資の勧誘にもご注意ください。\n")
    assert years(text)[0] == 2023


def test_a_start_year_that_is_no_trend_leaves_a_later_topic_year_alone():
    # 「令和3年度から実施している…」 names a programme's start, not a series of figures.
    text = ("デジタル活用支援事業について\n"
            "本事業は令和3年度から実施しており、令和5年度は、市内10か所で講座を開催しました。\n")
    assert years(text)[0] == 2023


# --- a project's sum broken down by 年度: the first year is the sheet's ----------------------------

def test_a_sum_broken_down_by_year_is_of_its_first_year():
    text = ("1 事業の目的・概要\n防災行政無線の通信網を更新し、災害対応力の向上を図る。\n2 事業経費\n"
            "512,000千円(令和6年度:200,000千円、令和7年度:312,000千円)\n3 事業内容\n"
            "(1)衛星系防災行政無線の更新[事業費400,000千円(R6−7)]\n")
    assert years(text)[0] == 2024


def test_a_single_years_amount_in_brackets_is_still_a_comparison():
    # One 年度 in brackets beside a figure is the earlier year compared, not the sheet's.
    text = ("1 事業の目的・概要\n防災行政無線の通信網を更新し、災害対応力の向上を図る。\n2 事業経費\n"
            "512,000千円(令和6年度:200,000千円)\n3 事業内容\n防災行政無線の更新\n")
    assert years(text)[0] != 2024


# --- an archive of the years up to a 年度 (…年度以前の…) is not of that 年度 ---------------------------

def test_an_archive_title_of_years_up_to_a_year_is_dated_by_its_stamp():
    text = ("令和元年度以前の情報化推進計画\n更新日:2022年3月1日\n"
            "令和元年度以前に策定した情報化推進計画を掲載しています。\n・第1次計画(PDF)\n・第2次計画(PDF)\n")
    assert years(text) == (2021, 2022)


def test_a_title_naming_its_own_year_keeps_it_over_the_stamp():
    text = ("令和元年度の情報化推進計画\n更新日:2020年3月1日\n"
            "令和元年度の情報化推進計画を掲載しています。\n・計画本文(PDF)\n")
    assert years(text)[0] == 2019


# --- a numbered plan's page recounting its predecessor's making -----------------------------------

def _plan(title: str, quoted: str) -> str:
    return (f"{title}\n本市では、行政手続のオンライン化を進めるため、令和2年3月に「{quoted}」を策定しました。\n"
            "同計画に基づく取組により一定の成果があった一方、課題も残っています。\n")


def test_the_predecessors_making_does_not_date_the_numbered_plan():
    assert years(_plan("第2期○○市情報化推進計画", "○○市情報化推進計画")) == (None, None)


def test_the_numbered_plans_own_making_dates_it():
    assert years(_plan("第2期○○市情報化推進計画", "第2期○○市情報化推進計画")) == (2019, 2020)


def test_a_plan_without_an_ordinal_is_dated_by_its_making():
    assert years(_plan("○○市情報化推進計画", "○○市情報化推進計画")) == (2019, 2020)
