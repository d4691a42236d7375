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


# --- the page's own record kept newest first -----------------------------------------------------------------

_BRIEFINGS = ("電波の安全性に関する説明会\n"
              "当局では、電波の安全性について正しく理解していただくため、説明会を開催しています。\n"
              "開催日 開催場所\n"
              "令和6年11月20日 福岡県 福岡市(福岡国際会議場)\n"
              "令和6年2月14日 熊本県 熊本市(熊本城ホール)\n"
              "令和5年10月5日 長崎県 長崎市(出島メッセ長崎)\n"
              "令和4年12月8日 大分県 大分市(ホルトホール大分)\n")


def test_an_undated_record_of_events_kept_newest_first_is_dated_by_its_top_row():
    assert years(_BRIEFINGS) == (2024, 2024)


def test_a_history_kept_oldest_first_does_not_date_the_page():
    rows = _BRIEFINGS.splitlines()
    history = "\n".join(rows[:3] + rows[:2:-1]) + "\n"  # the same rows, oldest first
    assert years(history) == (None, None)
    text = ("協議会の沿革\n"
            "協議会は、地域の情報化を進めるために設けられた団体です。\n"
            "平成15年4月1日 協議会発足\n"
            "平成20年6月12日 規約改正\n"
            "平成27年4月1日 事務局を県庁に移転\n")
    assert years(text) == (None, None)


def test_a_date_line_beats_the_record_kept_newest_first():
    text = _BRIEFINGS.replace("電波の安全性に関する説明会\n", "電波の安全性に関する説明会\n更新日:2025年3月3日\n")
    assert years(text) == (2024, 2025)


# --- an as-of day alone on its line over the page's table, below the head --------------------------------------

_COVERAGE = ("市町村別防災行政無線の整備状況\n"
             "防災行政無線は、災害時に住民へ確実に情報を伝える無線システムです。\n"
             "同報系\n"
             "役場の親局から、屋外拡声子局や戸別受信機へ一斉に放送します。\n"
             "移動系\n"
             "役場と車載型・携帯型の移動局との間で通信します。\n"
             "整備の支援\n"
             "整備には、緊急防災・減災事業債などを活用できます。\n"
             "デジタル化\n"
             "アナログ方式からデジタル方式への移行が進んでいます。\n"
             "詳しくは総務省電波利用ホームページをご覧ください。\n"
             "関連リンク\n"
             "管内の市町村別防災行政無線の整備状況\n"
             "(令和6年3月31日現在)\n"
             "市町村名 同報系 移動系\n"
             "那覇市 デジタル デジタル\n")


def test_an_as_of_day_alone_over_the_pages_table_below_the_head_dates_an_undated_page():
    assert years(_COVERAGE) == (2023, 2024)


def test_an_as_of_day_over_a_population_box_at_the_foot_does_not_date_the_page():
    text = _COVERAGE.replace("(令和6年3月31日現在)\n市町村名 同報系 移動系\n那覇市 デジタル デジタル\n",
                             "まちのうごき\n(令和6年3月31日現在)\n人口 12,345人\n世帯数 5,432世帯\n")
    assert years(text) == (None, None)


def test_an_as_of_day_inside_a_row_below_the_head_does_not_date_the_page():
    # The day of one figure in its row (整備済み 41団体(令和6年3月31日現在)) is no as-of line.
    text = _COVERAGE.replace("(令和6年3月31日現在)\n", "整備済み 41団体(令和6年3月31日現在)\n")
    assert years(text) == (None, None)


def test_a_start_in_a_relative_clause_of_the_first_sentence_does_not_date_the_page():
    # 「…から施行された個人情報保護法に基づき」: the law's start, cited, however the sentence ends.
    text = ("個人情報の取扱いについて\n"
            "市では、平成17年4月1日から全面施行された個人情報保護法に基づき、個人情報の適正な取扱いに関する規程を制定しました。\n")
    assert years(text) == (None, None)
