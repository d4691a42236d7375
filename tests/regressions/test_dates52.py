"""dates52: a posting stamp against a later 更新日 when the text only plans ahead; a news item announcing a White
Paper's publication; a period's start and end laid out as a table's cells.  Short texts written like real pages
(none copied from bench/realdocs)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a posting stamp (公開日) over a later 更新日 --------------------------------------------------------------------

PLAN_POSTED = ("防災行政無線のデジタル化について\n"
               "公開日:2019年10月31日 更新日:2024年4月1日\n"
               "現在のアナログ方式の設備は、電波法令の改正により2022年11月30日をもって使用できなくなります。\n"
               "そこで、市では2020年度までの4箇年で、屋外拡声子局をデジタル方式へ更新します。\n"
               "年度別の整備予定\n"
               "2017年度(平成29年度) 10箇所\n"
               "2018年度(平成30年度) 70箇所\n"
               "2019年度(令和元年度) 71箇所\n"
               "2020年度(令和2年度) 51箇所\n"
               "放送内容は電話応答サービスでも確認できます。\n")


def test_a_plan_posted_with_its_yearly_rows_and_an_end_told_ahead_keeps_its_posting_day():
    # README: the labelled date (公開日 as 掲載日) before the 更新日; the rows of the plan's 年度 and 「…をもって使用できなく
    # なります」 are ahead of the posting, not a later report.
    assert years(PLAN_POSTED) == (2019, 2019)


def test_a_page_reporting_the_end_after_its_posting_takes_its_update():
    # Must not fire: 「…をもって終了しました。」 tells what came after the posting; the text was rewritten.
    page = ("防災行政無線のデジタル化について\n"
            "公開日:2019年10月31日 更新日:2024年4月1日\n"
            "アナログ方式の設備による放送は、2022年11月30日をもって終了しました。\n"
            "市内の屋外拡声子局は、すべてデジタル方式で運用しています。\n"
            "放送内容は電話応答サービスでも確認できます。\n")
    assert years(page) == (2024, 2024)


# --- a news item announcing a White Paper ----------------------------------------------------------------------

def test_a_news_item_that_a_white_paper_was_published_is_of_its_publication_year():
    # README: the edition rule is for the edition's own pages; a page announcing it is dated as its press release,
    # after March of the edition's year (情報通信白書 in July).
    page = ("総務省は7月5日、令和4年「情報通信に関する現状報告」(令和4年版情報通信白書)を公開した。\n"
            "情報通信の現況及び情報通信政策の動向について毎年公表しているもので、今回の特集はデジタル経済の変遷。\n"
            "[ニュースソース]\n")
    assert years(page) == (2022, 2022)


def test_a_white_papers_own_chapter_keeps_the_edition_rule():
    # Must not fire: the edition's own page (title 令和4年版 情報通信白書) is on the 年度 before the edition.
    page = ("令和4年版 情報通信白書 第1部 特集\n"
            "第1章 情報通信白書刊行から50年\n"
            "我が国の情報通信の現況と政策の動向を、刊行以来の50年の変化から振り返る。\n")
    assert years(page) == (2021, 2022)


# --- a period's start and end as a table's cells --------------------------------------------------------------

def test_an_application_period_as_csv_cells_does_not_date_the_page():
    # README: spans are never the document's.
    page = ("公衆無線LAN環境整備支援事業の受付期間\n"
            "本事業の申請を次の期間に受け付けます。\n"
            "開始日,終了日,備考\n"
            "2023年4月1日,2024年3月31日,予算がなくなり次第終了\n"
            "申請書類は事務局あてに郵送してください。補助対象経費の詳細は交付要綱をご覧ください。\n")
    assert years(page) == (None, None)


def test_periods_as_piped_cells_with_their_term_do_not_date_the_page():
    page = ("地域情報化アドバイザー派遣事業の募集について\n"
            "地方公共団体等が地域の情報化に取り組む際に、専門家を派遣して助言を行う事業です。\n"
            "区分 | 開始日 | 終了日\n"
            "第1期 | 2023年4月1日(土) | 2023年6月30日(金)\n"
            "第2期 | 2023年7月1日(土) | 2023年9月30日(土)\n"
            "申込方法は、申込書に必要事項を記入の上、電子メールで提出してください。\n")
    assert years(page) == (None, None)


def test_a_press_releases_date_line_above_a_period_table_still_dates_it():
    # Must not fire on the release's own date line: only the row's two cells are the span.
    page = ("令和5年7月3日\n"
            "信越総合通信局\n"
            "電波利用環境保護周知啓発強化期間の実施\n"
            "信越総合通信局は、次の期間に電波利用環境保護の周知啓発活動を行います。\n"
            "開始日,終了日\n"
            "2023年6月1日,2023年6月10日\n")
    assert years(page, title="電波利用環境保護周知啓発強化期間の実施") == (2023, 2023)
