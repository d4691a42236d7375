"""sceptic71: pages written to break dates50 (a change announced from a day in a later sentence) and dates51 (an as-of
clause of the page's own body, a head's spring-session 説明, a title's bracketed act-day, dates before ,), labelled by
bench/realdocs README's date conventions before any run.  Short texts written like real pages (none copied from
bench/realdocs)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- (a) dates50: a change announced from a day in a later sentence -----------------------------------------------

def test_a_faq_answer_telling_when_a_service_became_available_does_not_date_the_page():
    # The README: a history given as background does not date a standing page; an answer announces nothing.
    page = ("よくある質問:住民票の写しをコンビニで取得できますか\n"
            "住民票の写しは、市民課の窓口のほか、コンビニエンスストアでも取得できます。\n"
            "平成28年1月から、マイナンバーカードによるコンビニ交付が利用できるようになりました。\n"
            "利用できる時間は、午前6時30分から午後11時までです。\n")
    assert years(page) == (None, None)


def test_a_faq_telling_that_the_card_began_does_not_date_the_page():
    page = ("よくある質問:マイナンバーカードでコンビニ交付を利用するには\n"
            "マイナンバーカードは、本人の申請により交付される顔写真付きのカードです。\n"
            "平成28年1月から、マイナンバーカードの交付が始まりました。\n"
            "コンビニエンスストアで住民票の写しを取得するには、利用者証明用電子証明書の暗証番号が必要です。\n")
    assert years(page) == (None, None)


def test_a_towns_notice_whose_second_sentence_is_the_change_it_announces_is_dated_by_it():
    page = ("窓口の受付時間について\n"
            "町役場本庁舎の窓口の受付時間をお知らせします。\n"
            "令和5年4月より、窓口の受付時間が変更になりました。\n"
            "受付時間 午前8時30分から午後5時まで\n"
            "問い合わせ先 総務課\n")
    assert years(page) == (2023, 2023)


def test_the_same_notice_with_a_later_update_stamp_is_dated_by_the_stamp():
    page = ("窓口の受付時間について\n"
            "町役場本庁舎の窓口の受付時間をお知らせします。\n"
            "令和5年4月より、窓口の受付時間が変更になりました。\n"
            "受付時間 午前8時30分から午後5時まで\n"
            "問い合わせ先 総務課\n"
            "更新日:2024年6月3日\n")
    assert years(page) == (2024, 2024)


def test_a_towns_history_whose_second_step_is_a_change_does_not_date_the_page():
    # The README: a history (設立, 沿革, past events given as background) does not date a standing page.
    page = ("町の沿革\n"
            "本町は、昭和30年3月に旧3村が合併して誕生しました。\n"
            "平成17年4月から、現在の○○町となりました。\n"
            "町の花はサクラ、町の木はケヤキです。\n")
    assert years(page) == (None, None)


# --- (b) dates51: an as-of clause of the page's own body ----------------------------------------------------------

def test_a_census_figure_of_the_towns_own_population_does_not_date_the_page():
    # The README: a population line or a quoted statistic's reference date is a cited date.
    page = ("市の概要\n"
            "本市は県の中央部に位置し、豊かな自然に恵まれたまちです。\n"
            "本市の人口は、令和2年10月1日現在で52,345人です(国勢調査)。\n"
            "面積は123.45平方キロメートルです。\n")
    assert years(page) == (None, None)


def test_a_survey_figure_of_the_own_prefecture_noted_after_the_date_does_not_date_the_page():
    page = ("県内の光ファイバ整備\n"
            "本県の光ファイバの世帯カバー率は、令和5年3月末現在で99.2%となっています(総務省調査)。\n"
            "県では、未整備地区の解消に向けて市町村を支援しています。\n")
    assert years(page) == (None, None)


def test_the_own_prefectures_coverage_as_of_a_month_end_still_dates_an_undated_page():
    page = ("電子申請の推進\n"
            "本県では、令和5年3月末現在、全市町村で電子申請システムを導入済みです。\n"
            "今後は、デジタル技術を活用した県民サービスの向上を図ります。\n")
    assert years(page) == (2022, 2023)


def test_the_own_prefectures_count_as_background_in_a_plan_dated_otherwise_keeps_the_plans_date():
    page = ("第3次○○県情報化推進計画\n"
            "令和6年3月\n"
            "1 計画策定の趣旨\n"
            "本県では、令和5年3月末現在、全市町村で電子申請システムを導入済みです。\n"
            "今後は、デジタル技術を活用した県民サービスの向上を図ります。\n")
    assert years(page) == (2023, 2024)


def test_the_bureaus_own_statistics_as_of_a_month_end_date_an_undated_page():
    page = ("無線局数の推移\n"
            "管内の無線局数は、令和5年3月末現在で1,234,567局となっています(当局の無線局統計による)。\n"
            "このうち携帯電話等の陸上移動局が大部分を占めています。\n")
    assert years(page) == (2022, 2023)


# --- (c) dates51: a head's 説明 at the spring session -------------------------------------------------------------

def test_a_page_reporting_the_governors_spring_explanation_is_of_its_own_days_fiscal_year():
    # The README: the speech is for the coming 年度; a page telling what the governor said (知事は…説明しました) is not
    # the speech, and its day's 年度 stands.
    page = ("令和5年2月定例会における知事説明の概要\n"
            "更新日:2023年3月20日\n"
            "2月定例会の冒頭、知事は「令和5年度当初予算案」について説明しました。\n"
            "知事は、デジタル化の推進と防災対策を重点に編成したと述べました。\n")
    assert years(page) == (2022, 2023)


def test_the_same_report_without_quotes_is_of_its_own_days_fiscal_year():
    page = ("令和5年2月定例会における知事説明の概要\n"
            "更新日:2023年3月20日\n"
            "2月定例会の冒頭、知事は令和5年度当初予算案について説明しました。\n"
            "知事は、デジタル化の推進と防災対策を重点に編成したと述べました。\n")
    assert years(page) == (2022, 2023)


def test_a_governors_february_explanation_of_the_running_years_supplementary_budget_keeps_its_days_fiscal_year():
    page = ("令和5年2月○○県議会定例会知事説明\n"
            "本日、二月県議会定例会を招集致しましたところ、議員各位には御出席を賜り、厚く御礼申し上げます。\n"
            "初めに、令和4年度補正予算案につきましては、物価高騰対策として総額120億円を計上致しました。\n"
            "次に、この度提出致しました議案について御説明申し上げます。\n")
    assert years(page) == (2022, 2023)


def test_a_mayors_june_explanation_is_of_its_own_fiscal_year():
    page = ("令和5年6月市議会定例会市長説明\n"
            "本日、6月市議会定例会を招集いたしましたところ、議員の皆様にはご出席を賜り、厚くお礼申し上げます。\n"
            "令和5年度当初予算に計上した事業の進捗についてご説明申し上げます。\n")
    assert years(page) == (2023, 2023)


def test_a_notice_of_a_governors_briefing_session_is_of_its_day():
    page = ("知事説明会の開催について\n"
            "令和6年2月15日\n"
            "2月議会に提出する令和6年度当初予算案について、知事説明会を開催します。\n"
            "日時 令和6年2月16日(金)午前10時\n")
    assert years(page) == (2023, 2024)


# --- (d) dates51: a title closing with the bracketed day of the act it reports ------------------------------------

def test_an_event_report_posted_in_the_next_fiscal_year_is_of_the_events_fiscal_year_and_the_postings_year():
    # The README: a page written about an event keeps its publication date as its year; its fiscal year is the 年度
    # the event was held in when it reports that one event.
    page = ("「地域DXセミナー」を開催しました(令和5年12月9日)\n"
            "掲載日:2024年6月1日\n"
            "○○市において地域DXセミナーを開催しました。\n"
            "約80名の方に御参加いただきました。\n")
    assert years(page) == (2023, 2024)


def test_an_event_report_posted_days_after_the_event_is_of_the_posting():
    page = ("「地域DXセミナー」を開催しました(令和5年10月9日)\n"
            "掲載日:2023年10月12日\n"
            "令和5年10月9日、○○市において地域DXセミナーを開催しました。\n"
            "約80名の方に御参加いただきました。\n")
    assert years(page) == (2023, 2023)


def test_an_event_report_posted_in_january_is_of_the_postings_year():
    page = ("「地域DXセミナー」を開催しました(令和5年12月9日)\n"
            "掲載日:2024年1月15日\n"
            "○○市において地域DXセミナーを開催しました。\n"
            "約80名の方に御参加いただきました。\n")
    assert years(page) == (2023, 2024)


def test_an_event_report_stamped_in_the_fiscal_year_before_its_event_is_of_the_events_fiscal_year():
    page = ("「地域DXセミナー」を開催しました(令和5年4月9日)\n"
            "掲載日:2023年3月1日\n"
            "○○市において地域DXセミナーを開催しました。\n")
    assert years(page) == (2023, 2023)


# --- (e) dates51: a date before , -----------------------------------------------------------------------------------

def test_a_text_written_with_commas_and_periods_is_dated_by_its_first_sentence():
    page = ("研究成果の公表について\n"
            "本研究所は2023年4月1日,新しいデータベースを公開した.\n"
            "利用は無料である.\n")
    assert years(page) == (2023, 2023)
