"""dates49: two date forms of the blind batch docs-bl, on pages written for them in the style of real ones (none copied
from bench/realdocs): (1) a notice whose only date is the start of a service it announces, told with the thing
started before the day (「…の運用を平成22年5月1日から開始します。」) or as a use the day makes possible (「…から…が可能と
なります。」), which readers date by that start (README, dates of pages without a date line); (2) a date in an aside
(「なお、…は、2015年12月18日…で終了しました。」), which must not beat the page's own 更新日.  Each is pinned with pages it must
not take: a history, a period's start, a deadline, a future round, a start with a date line of its own."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- (1) a service's start announced as the page's news ---------------------------------------------------------

def test_a_start_with_the_thing_named_before_the_day_dates_an_undated_notice():
    text = ("Net119緊急通報システムの運用開始\n本文\n"
            "○○広域消防本部では、聴覚や言語に障がいのある方がスマートフォンから119番通報できる"
            "「Net119緊急通報システム」の運用を令和4年10月1日から開始します。\n"
            "利用には事前の登録が必要です。登録を希望される方は、最寄りの消防署へお問い合わせください。\n")
    assert years(text) == (2022, 2022)


def test_a_use_the_day_makes_possible_dates_an_undated_notice():
    text = ("映像通報システムの導入について(スマートフォンを手に持つ人のイラスト、画面には通報現場の映像が映っている)\n\n"
            "○○市では、令和5年11月1日から119番通報の際に映像による通報が可能となります。\n\n"
            "指令員が必要と判断した場合に、ショートメッセージでURLをお送りします。\n")
    assert years(text) == (2023, 2023)


def test_a_use_open_from_the_day_dates_an_undated_notice():
    text = ("電子図書館サービスのお知らせ\n"
            "○○町立図書館では、令和6年7月1日から、ご自宅のパソコンやスマートフォンで電子書籍を利用できるようになります。\n"
            "利用者カードをお持ちの方はどなたでもご利用いただけます。\n")
    assert years(text) == (2024, 2024)


def test_a_period_from_the_day_is_no_start():
    # 「…から令和7年3月31日まで」: a period's span, which dates nothing (README).
    text = ("公衆無線LANの試行について\n"
            "○○町では、公衆無線LANの試行運用を令和6年4月1日から令和7年3月31日まで実施し、その後の本格的な運用を開始します。\n"
            "利用方法は各施設に掲示しています。\n")
    assert years(text) == (None, None)


def test_a_next_rounds_start_is_no_start():
    text = ("デジタル活用支援講座\n"
            "今年度の講座の受付は終了しました。次回は令和7年5月12日から受付を開始します。\n"
            "講座の内容は決まり次第お知らせします。\n")
    assert years(text) == (None, None)


def test_a_history_of_a_service_is_no_start():
    # 「平成22年から実施している」: a history; no day, no announced start.
    text = ("119番通報の位置情報について\n"
            "本市では、平成22年から携帯電話からの119番通報の位置情報を活用した出動を実施しています。\n"
            "通報の際は、住所や目標物もお伝えください。\n")
    assert years(text) == (None, None)


def test_a_start_under_a_date_line_keeps_the_date_line():
    text = ("生成AIの業務利用を開始します\n"
            "2023年12月25日更新\n"
            "本市では、業務効率化のため、生成AIサービスの業務利用を令和6年1月4日より開始します。\n")
    assert years(text) == (2023, 2023)


# --- (2) an aside's date under the page's 更新日 ------------------------------------------------------------------

def test_an_asides_past_end_does_not_beat_the_update_line():
    text = ("住民基本台帳カードに関するお知らせ\n"
            "更新日:2018年6月1日更新\n"
            "住民基本台帳カードは、本人確認書類として利用できるICカードです。\n"
            "なお、マイナンバーカードの交付開始に伴い、住民基本台帳カードの交付は、2015年12月28日(月曜日)で終了しました。\n"
            "お手持ちのカードは有効期限まで利用できます。\n")
    assert years(text) == (2018, 2018)


def test_an_asides_date_still_dates_a_page_with_nothing_better():
    text = ("地域情報化表彰の受賞者の決定\n"
            "受賞者名 | 株式会社○○ |\n"
            "なお、表彰式は、平成29年3月8日(水)に東京都内で開催される予定です。\n"
            "1 概要\n各地域の先進的な取組を表彰します。\n")
    assert years(text) == (2016, 2017)


def test_a_subjects_date_not_in_an_aside_still_leads():
    # The same sentence without なお is the page's report of its own act: its date beats a later 更新日.
    text = ("防災アプリの配信開始\n"
            "更新日:2021年3月1日更新\n"
            "本町は、令和2年6月1日(月曜日)に防災アプリの配信を開始しました。\n"
            "アプリは無料でダウンロードできます。\n")
    assert years(text) == (2020, 2020)


def test_a_deadline_for_a_use_is_no_start():
    # 「…から…まで利用できます」 and a 申込み deadline: the span and the deadline of a use, not a start announced.
    text = ("公共施設予約システムの臨時利用について\n"
            "○○村では、仮予約を令和6年6月3日から令和6年6月28日まで利用できます。\n"
            "本申込みは令和6年6月28日(金曜日)までに窓口でお手続きください。\n")
    assert years(text) == (None, None)
