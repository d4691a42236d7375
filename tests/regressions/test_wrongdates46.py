"""wrongdates46: an audit of the rules that set a year or a fiscal year, on written pages of forms that are NOT the page's
own date (a past round's period, a history, an anniversary's founding day, …) - a wrong year is worse than none: a user
filtering --year loses the page, while an empty one is listed under --year none.  Short texts written like real pages
(none copied from bench/realdocs), and for each narrowed rule pages where it must still fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- an anniversary recalls the act it counts from ------------------------------------------------------------

def test_an_anniversary_page_is_not_dated_by_the_founding_day_its_first_sentence_recalls():
    page = ("開局10周年を迎えて\nFMえなのは、平成26年4月1日に開局し、おかげさまで10周年を迎えることができました。\n"
            "これからも地域に密着した放送を続けてまいります。\n")
    assert years(page) == (None, None)


def test_an_anniversary_in_kanji_numerals_is_one_too():
    page = ("合併二十周年記念事業のご案内\n本町は、平成17年3月1日に3町村が合併して誕生し、本年で二十周年を迎えます。\n"
            "記念事業として、町の歩みを伝えるデジタルアーカイブを公開します。\n")
    assert years(page) == (None, None)


def test_a_page_titled_by_the_opening_itself_is_still_its_news():
    page = ("コミュニティFM「FMえなの」の開局について\nFMえなのは、令和6年4月1日に開局しました。\n"
            "災害時には、市の防災情報をお伝えします。\n")
    assert years(page) == (2024, 2024)


def test_an_anniversary_ceremony_report_keeps_its_date_line():
    page = ("令和6年10月15日\n創立50周年記念式典を開催しました\n当協会は、昭和49年10月に設立され、本年で創立50周年を迎えました。\n"
            "記念式典には、関係者約200名が出席しました。\n")
    assert years(page) == (2024, 2024)


# --- a past round's 年度 and period under its heading -----------------------------------------------------------

def test_a_list_of_past_calls_gives_no_fiscal_year():
    page = ("地域おこし協力隊の募集\n現在、募集は行っておりません。\n過去の募集\n令和5年度 地域おこし協力隊(ICT支援員)\n"
            "令和4年度 地域おこし協力隊(観光振興)\n")
    assert years(page) == (None, None)


def test_a_past_rounds_period_marked_closed_dates_nothing():
    page = ("テレワーク導入支援補助金\n本補助金は、中小企業のテレワーク導入を支援するものです。\n過去の募集\n"
            "令和5年度 募集期間 令和5年5月8日～令和5年6月30日(終了しました)\n")
    assert years(page) == (None, None)


def test_a_period_marked_closed_without_a_heading_dates_nothing():
    page = ("光回線引込工事費補助金\n市内の住宅への光回線の引込工事費を補助します。\n募集期間 令和6年5月1日～令和6年12月27日(受付終了)\n"
            "補助額 工事費の2分の1(上限5万円)\n")
    assert years(page) == (None, None)


def test_the_running_call_under_its_period_key_still_dates_the_page():
    page = ("光回線引込工事費補助金\n市内の住宅への光回線の引込工事費を補助します。\n募集期間 令和6年5月1日～令和6年12月27日\n"
            "補助額 工事費の2分の1(上限5万円)\n")
    assert years(page) == (2024, 2024)


def test_a_fiscal_year_heading_under_a_plain_heading_is_still_the_pages():
    page = "事業の概要\n令和6年度 地域ICT人材育成事業\n市内の中小企業を対象に、デジタル人材の育成講座を開催します。\n"
    assert years(page)[0] == 2024


# --- another sitting's day under its key ---------------------------------------------------------------------

def test_a_councils_standing_page_is_not_dated_by_its_next_meeting():
    page = ("恵那野市地域情報化推進委員会\n委員会の概要\n市の情報化施策について、市民や有識者の意見を聴くため設置しています。\n"
            "次回開催日:令和7年2月10日(月)\n傍聴を希望される方は、前日までにご連絡ください。\n")
    assert years(page) == (None, None)


def test_nor_by_the_last_meeting_it_names():
    page = ("恵那野市地域情報化推進委員会\n委員会の概要\n市の情報化施策について、市民や有識者の意見を聴くため設置しています。\n"
            "前回の開催日時:令和6年11月20日(水)\n")
    assert years(page) == (None, None)


def test_a_meetings_own_day_under_its_key_still_dates_its_record():
    page = ("第3回 恵那野市地域情報化推進委員会 議事要旨\n開催日時:令和6年11月20日(水) 14時00分～16時00分\n場所:市役所3階会議室\n"
            "議事\n(1) 令和6年度事業の進捗について\n")
    assert years(page)[1] == 2024


# --- the inquiry a council's answer began from ------------------------------------------------------------------

def test_an_answers_first_sentence_recalling_the_inquiry_is_not_dated_by_it():
    page = ("情報化推進審議会答申\n当審議会は、令和5年4月10日に市長から諮問を受け、これまで6回にわたり審議を重ねてまいりました。\n"
            "このたび、審議の結果を次のとおり答申します。\n")
    assert years(page) == (None, None)


def test_an_answer_received_on_its_day_is_still_the_pages_news():
    page = ("情報通信審議会答申の概要\n総務省は、令和5年6月23日に情報通信審議会から「デジタル社会を支える電波政策の在り方」について"
            "答申を受けました。\n答申では、周波数の有効利用に向けた方策が示されています。\n")
    assert years(page) == (2023, 2023)


# --- a title's 年度 naming when the thing it is about was built --------------------------------------------------

def test_a_titles_fiscal_year_of_a_past_build_is_not_the_pages():
    page = ("平成28年度に整備した光ファイバ網の更新について\n市では、老朽化した設備の更新に向けて、整備手法の検討を進めています。\n"
            "更新にあたっては、国の補助制度の活用を検討しています。\n")
    assert years(page) == (None, None)


def test_a_titles_fiscal_year_of_a_system_brought_in_is_not_the_pages():
    page = "令和3年度に導入したAI議事録システムの利用状況\n各課での利用が広がり、会議録作成の時間が短縮されています。\n"
    assert years(page) == (None, None)


def test_a_titles_fiscal_year_of_a_survey_carried_out_is_still_the_reports():
    page = ("令和5年度に実施した電波の利用状況調査の評価結果\n総務省は、令和5年度に実施した電波の利用状況調査の評価結果を取りまとめました。\n")
    assert years(page)[0] == 2023


# --- the same forms on pages long enough for the date ranker (dates.not_own refuses them to it) ------------------

_BODY = ("市では、市民の皆様の利便性の向上と行政事務の効率化を図るため、情報通信技術を活用した取組を進めています。"
         "高齢者や障害のある方を含め、誰もがデジタル化の恩恵を受けられるよう、スマートフォン教室の開催や相談窓口の設置など、"
         "きめ細かな支援を行っています。また、地域の事業者の皆様と連携し、キャッシュレス決済の普及やテレワーク環境の整備にも"
         "取り組んでいます。ご不明な点は、情報政策課までお問い合わせください。\n") * 2


def test_the_ranker_takes_no_last_meetings_day():
    assert years("恵那野市地域情報化推進委員会\n" + _BODY + "前回開催日:令和6年11月20日(水)\n") == (None, None)


def test_the_ranker_takes_no_next_meetings_day():
    assert years("恵那野市地域情報化推進委員会\n" + _BODY + "次回開催日:令和7年2月10日(月)\n") == (None, None)


def test_a_long_pages_past_round_under_its_heading_dates_nothing():
    page = ("地域おこし協力隊の募集\n現在、募集は行っておりません。\n" + _BODY + "過去の募集\n"
            "令和5年度 地域おこし協力隊(ICT支援員) 募集期間 令和5年5月8日～令和5年6月30日\n令和4年度 地域おこし協力隊(観光振興)\n")
    assert years(page) == (None, None)


def test_a_long_answers_inquiry_day_dates_nothing():
    page = ("情報化推進審議会答申\n当審議会は、令和5年4月10日に市長から諮問を受け、これまで6回にわたり審議を重ねてまいりました。\n" + _BODY)
    assert years(page) == (None, None)


def test_a_schemes_founding_fiscal_year_in_its_title_is_not_the_pages():
    page = ("地域情報通信基盤整備推進交付金(平成20年度創設)\n条件不利地域における光ファイバ等の整備を支援する交付金です。\n"
            "交付対象は、市町村及び第三セクターです。\n")
    assert years(page) == (None, None)


# --- the day of the act a notice announces, under its key, against the notice's own date at its foot ----------

_NOTICE_BODY = ("保守点検の間は、テレビ放送とインターネットの両方がご利用いただけません。ご不便をおかけしますが、ご理解とご協力を"
                "お願いいたします。作業の状況により、終了時刻が前後する場合があります。\n")


def test_a_stoppage_days_key_in_the_next_year_does_not_beat_the_notices_date():
    page = ("光ファイバ網の保守点検に伴うサービス停止について\n保守点検のため、下記のとおりサービスを一時停止します。\n"
            "停止日時 令和7年1月8日(水) 1時～5時\n" + _NOTICE_BODY + "令和6年12月20日\n恵那野市ケーブルテレビ\n")
    assert years(page) == (2024, 2024)


def test_a_closing_days_key_does_not_either():
    page = ("システム更新に伴う休館のお知らせ\n下記のとおり休館します。\n休館日 令和7年1月8日(水)\n" + _NOTICE_BODY
            + "令和6年12月20日\n恵那野市図書館\n")
    assert years(page) == (2024, 2024)


def test_the_keyed_day_still_dates_a_notice_without_a_date_of_its_own():
    page = ("光ファイバ網の保守点検に伴うサービス停止について\n保守点検のため、下記のとおりサービスを一時停止します。\n"
            "停止日:令和7年1月8日(水)\n" + _NOTICE_BODY)
    assert years(page)[1] == 2025


def test_an_update_stamps_key_is_still_the_pages_date():
    assert years("公衆無線LANのご案内\n更新日時 令和7年1月8日(水)\n" + _NOTICE_BODY) == (2024, 2025)


# --- a table of several years; a last 年度's report glossed in brackets --------------------------------------

def test_two_rows_of_a_table_by_fiscal_year_give_no_fiscal_year():
    page = ("補助金の交付実績\n市では、光回線の引込工事費を補助しています。補助の対象は、市内に住宅を所有する方です。\n"
            "令和4年度 12件\n令和5年度 18件\n")
    assert years(page) == (None, None)


def test_one_row_of_a_fiscal_year_and_its_figure_still_gives_it():
    page = "令和6年度 当初予算の概要\n情報政策課\n令和6年度 120,000千円\n"
    assert years(page)[0] == 2024


def test_last_years_report_glossed_in_brackets_is_for_that_fiscal_year():
    page = ("令和6年7月10日\n通信利用に関する市民調査の結果\n昨年度(令和5年度)に実施した市民調査の結果を取りまとめましたので公表します。\n")
    assert years(page) == (2023, 2024)


def test_last_years_review_glossed_in_brackets_is_still_written_the_year_after():
    page = "恵那野市情報化推進計画の進捗\n前年度(令和5年度)の取組の評価を踏まえ、今年度の取組を進めます。\n"
    assert years(page)[0] == 2024


# --- another numbered sitting's day in brackets on a sitting's record ------------------------------------------

def test_the_last_sittings_day_on_an_agenda_does_not_date_the_next_sittings_record():
    page = ("第3回 地域情報化推進会議 議事要旨\n議事\n(1) 第2回会議(令和6年8月5日開催)の議事要旨の確認\n(2) 令和7年度の取組方針\n"
            "委員から、オンライン申請の利用促進について意見があった。\n")
    assert years(page) == (None, None)


def test_the_sittings_own_number_with_its_day_still_dates_it():
    page = ("第3回 地域情報化推進会議\n第3回会議(令和6年11月20日開催)の概要\n委員から、オンライン申請の利用促進について意見があった。\n")
    assert years(page) == (2024, 2024)


def test_an_anniversary_ceremonys_own_day_still_dates_a_page_without_a_date_line():
    page = ("創立50周年記念式典\n当協会は、令和6年10月15日に創立50周年記念式典を開催しました。\n"
            "式典には、関係者約200名が出席しました。\n")
    assert years(page) == (2024, 2024)


def test_the_ranker_takes_no_founding_day_an_anniversary_counts_from():
    page = ("開局10周年を迎えて\nFMえなのは、平成26年4月1日に開局し、おかげさまで10周年を迎えることができました。\n" + _BODY)
    assert years(page) == (None, None)
