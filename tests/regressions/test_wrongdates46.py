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
