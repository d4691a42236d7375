"""dates32: the readers' date conventions of bench/realdocs (README, "How the labels were made") read by
the date rules, and forms of government pages whose year or 年度 the rules missed.  Short texts written
like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a record is dated by its session, not by the stamp of its posting -------------------------------

def test_a_march_question_posted_in_april_is_of_the_year_of_its_session():
    text = ("令和5年第1回定例会 一般質問\n公開日 2023年4月5日\n質問日 令和5年3月9日\n"
            "1 防災行政無線のデジタル化について\n○3番(山田議員) 防災行政無線のデジタル化の進捗をお伺いします。\n")
    assert years(text) == (2022, 2023)


def test_a_question_under_its_sessions_month_is_of_that_session_not_of_its_posting():
    text = ("一般質問(山田太郎議員)\n公開日:2024年4月22日\n令和6年3月定例会 一般質問\n"
            "○5番(山田) 議長のお許しをいただきましたので、衛星インターネットについてお尋ねします。\n")
    assert years(text) == (2023, 2024)


def test_an_event_report_keeps_its_posting_stamp():
    # Not a record: a page written about an event keeps its publication date.
    text = ("防災研修会を開催しました\n公開日:2024年1月15日\n開催日 令和5年12月10日\n"
            "町では、防災士を講師に研修会を開催し、30人が参加しました。\n")
    assert years(text) == (2023, 2024)


def test_a_sittings_day_in_brackets_after_a_numbered_session_dates_the_record():
    text = ("令和5年第2回定例会会議録(3月22日)\n○議長 日程第1、議案第9号を議題とします。\n"
            "○総務常任委員長 3月10日付託された議件について報告いたします。\n")
    assert years(text) == (2022, 2023)
