"""sceptic76: pages where dates52's rules could misfire.  Short texts written like real pages (none copied from
bench/realdocs), labelled by bench/realdocs README's date conventions before running."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- (1) an end after the posting, reported in the perfect or humble past: the 更新日 wins ------------------------

def _radio(sentence: str) -> str:
    return ("防災行政無線のデジタル化について\n"
            "公開日:2019年10月31日 更新日:2024年4月1日\n"
            f"{sentence}\n"
            "市内の屋外拡声子局は、すべてデジタル方式で運用しています。\n"
            "放送内容は電話応答サービスでも確認できます。\n")


def test_an_end_reported_with_itashimashita_takes_the_update():
    assert years(_radio("戸別受信機の貸与申込みは、2023年3月31日をもって受付を終了いたしました。")) == (2024, 2024)


def test_an_end_reported_in_the_perfect_takes_the_update():
    # 「…をもって受付を終了しております。」 tells the end as done (dates52 read it as told ahead: 2019).
    assert years(_radio("戸別受信機の貸与申込みは、2023年3月31日をもって受付を終了しております。")) == (2024, 2024)


def test_an_end_still_told_ahead_keeps_the_posting_day():
    # Must not fire: 「…使用できなくなります。」 is ahead of the posting.
    assert years(_radio("現在のアナログ方式の設備は、2022年11月30日をもって使用できなくなります。")) == (2019, 2019)


# --- (2) the ministry's page announcing its edition is dated as a release ---------------------------------------

def test_the_ministrys_page_announcing_its_edition_is_of_its_publication_year():
    # README: the edition rule is for the edition's own pages; 「…の公開について」 is a release (July 2022).
    page = ("令和4年版情報通信白書の公開について\n"
            "総務省は、令和4年版情報通信白書を公開しました。\n"
            "本文及び概要は以下のとおりです。\n"
            "第1部 特集 情報通信白書刊行から50年\n")
    assert years(page) == (2022, 2022)


def test_the_editions_own_top_page_saying_it_is_published_keeps_the_edition_rule():
    # README: White Paper pages follow the edition rule (fiscal year = year − 1).  「…を公開しています」 is the standing
    # sentence of the edition's own page, no news of its publication (dates52 dated it as a release: 2022, 2022).
    page = ("令和4年版 情報通信白書\n"
            "総務省では、令和4年版情報通信白書を公開しています。\n"
            "第1部 特集 情報通信白書刊行から50年\n"
            "第2部 情報通信分野の現状と課題\n")
    assert years(page) == (2021, 2022)


def test_a_standing_page_that_publishes_white_papers_has_no_date():
    # Must not fire: 「…を公開しています」 is no announcement of an edition, and the list names several.
    page = ("情報通信白書\n"
            "総務省では、情報通信白書を公開しています。\n"
            "令和4年版情報通信白書\n"
            "令和3年版情報通信白書\n"
            "令和2年版情報通信白書\n")
    assert years(page) == (None, None)


# --- (3) two neighbouring dated cells that are no period -----------------------------------------------------------

def test_a_news_list_with_posting_and_update_days_side_by_side_is_dated_by_its_latest():
    # README: a list page is dated by its latest entry; 「掲載日 | 更新日」 is no span (dates52 left it empty).
    page = ("新着情報\n"
            "2024年4月1日 | 2024年5月10日 更新\n"
            "防災行政無線の放送内容について\n"
            "2024年3月1日 | 2024年3月15日 更新\n"
            "戸別受信機の貸与について\n")
    assert years(page) == (2024, 2024)


def test_a_news_table_under_posting_and_update_headings_is_dated():
    page = ("お知らせ一覧\n"
            "掲載日 | 更新日 | 件名\n"
            "2024年4月1日 | 2024年5月10日 | 防災行政無線の放送内容について\n"
            "2024年3月1日 | 2024年3月15日 | 戸別受信機の貸与について\n")
    assert years(page) == (2024, 2024)


def test_meeting_days_side_by_side_under_kaisaibi_are_no_span():
    page = ("情報化推進委員会の開催状況\n"
            "開催日\n"
            "2023年5月1日,2023年7月1日\n"
            "委員会では、市の情報化推進計画の進捗について審議しました。\n")
    assert years(page) == (2023, 2023)


def test_meetings_with_their_numbers_in_csv_are_dated():
    page = ("情報化推進委員会の開催状況\n"
            "第1回,2023年5月1日,第2回,2023年7月1日\n"
            "委員会では、市の情報化推進計画の進捗について審議しました。\n")
    assert years(page) == (2023, 2023)


def test_a_period_under_its_heading_is_still_a_span():
    # Must not fire on dates52's own case: 受付期間 / 開始日,終了日 above the row.
    page = ("公衆無線LAN環境整備支援事業の受付期間\n"
            "本事業の申請を次のとおり受け付けます。\n"
            "開始日,終了日,備考\n"
            "2023年4月1日,2024年3月31日,予算がなくなり次第終了\n"
            "申請書類は事務局あてに郵送してください。\n")
    assert years(page) == (None, None)
