"""dates40: pages without a date line dated from their bodies (bench/realdocs README, labels38's dates of pages
without a date line), and the dates that must not date them.  Short texts written like real pages, none copied
from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a change the first sentence says has happened from a day, after a clause -----------------------------

def test_a_change_in_force_from_a_day_after_a_clause_dates_an_undated_page():
    text = ("マイナンバーカードによる証明書のコンビニ交付\n"
            "最終更新日:\n"
            "住民サービスの向上のため、令和6年2月1日からは、全国のコンビニエンスストアで住民票の写し等を"
            "取得できるようになりました。\n"
            "利用時間 午前6時30分から午後11時まで\n")
    assert years(text) == (2023, 2024)


def test_a_service_started_on_a_day_after_its_subject_dates_an_undated_page():
    text = ("防災メールの配信について\n"
            "防災メールは、令和5年7月3日から登録者への配信を開始しました。\n"
            "登録方法は次のとおりです。\n")
    assert years(text) == (2023, 2023)


def test_a_cited_laws_history_in_the_first_sentence_does_not_date_the_page():
    # Two days in one sentence: the law's promulgation and its entry into force, which the page explains.
    text = ("個人情報の保護について\n"
            "個人情報保護法は、平成15年5月30日に公布され、平成17年4月1日から全面施行されました。\n"
            "市では、法に基づき個人情報を適切に取り扱っています。\n")
    assert years(text) == (None, None)


def test_a_bodys_own_history_in_the_first_sentence_does_not_date_the_page():
    text = ("協議会の概要\n"
            "本協議会は、平成20年4月1日から活動を開始しました。\n"
            "構成員は県内の市町村と通信事業者です。\n")
    assert years(text) == (None, None)


def test_a_change_still_ahead_or_planned_does_not_date_the_page():
    ahead = ("新しい電子申請システムについて\n"
             "行政手続のオンライン化を進めるため、令和12年4月1日から新システムへ移行します。\n")
    assert years(ahead) == (None, None)
    planned = ahead.replace("新システムへ移行します。", "新システムへ移行する予定となりました。")
    assert years(planned) == (None, None)


def test_a_period_told_in_the_first_sentence_does_not_date_the_page():
    # (a call for comment told so is another rule's: the day it opens)
    text = ("窓口の受付時間について\n"
            "年末年始の混雑に対応するため、令和5年12月25日から令和6年1月12日まで受付時間を延長しました。\n")
    assert years(text) == (None, None)
    same_year = text.replace("令和6年1月12日まで", "12月28日まで")
    assert years(same_year) == (None, None)


def test_a_date_line_beats_the_change_in_the_first_sentence():
    text = ("防災メールの配信について\n"
            "更新日:2025年6月10日\n"
            "防災メールは、令和5年7月3日から登録者への配信を開始しました。\n")
    assert years(text) == (2025, 2025)
