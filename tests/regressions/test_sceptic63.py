"""sceptic63: pages written to break dates48's rules (a colophon's 発行：, the coming 年度 in plain style and 来年度は, 年度も
without 引き続き, a period key, a body's 設立 / 開所 row, a short news box), in the style of real ones (none copied from
bench/realdocs).  Each pins what the README's date conventions say of the page; the misfires found are narrowed in
indexer/metadata/dates.py (_CITED_ABOVE, _OPENING_NEWS, the record guard of _coming_fiscal_year)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- (1) a colophon's 発行： against a cited document's 発行 ---------------------------------------------------------

def test_a_cited_booklets_issue_at_the_foot_does_not_date_a_standing_page():
    # 発行：令和4年7月 under a list of sources: the booklet's issue, a cited date (README: never a cited date).
    text = ("情報モラル教育について\n市では、小中学校で情報モラル教育に取り組んでいます。\n"
            "家庭でも、スマートフォンの使い方について話し合ってください。\n参考資料\n"
            "「家庭で学ぶ情報モラルハンドブック」(文部科学省)\n発行：令和4年7月\n")
    assert years(text) == (None, None)


def test_a_cited_booklets_issue_at_the_foot_does_not_beat_the_pages_stamp():
    text = ("情報モラル教育について\n更新日：2024年5月10日\n市では、小中学校で情報モラル教育に取り組んでいます。\n"
            "家庭でも、スマートフォンの使い方について話し合ってください。\n参考資料\n"
            "「家庭で学ぶ情報モラルハンドブック」(文部科学省)\n発行：令和4年7月\n")
    assert years(text) == (2024, 2024)


def test_a_newsletters_own_colophon_still_dates_it():
    text = ("ICTだより 第42号\n町内全域で光ファイバーによる高速通信が利用できるようになりました。\n"
            "加入のお申し込みは役場企画課までお願いします。\n編集・発行：○○町企画課\n発行：令和5年12月\n")
    assert years(text) == (2023, 2023)


def test_a_colophon_naming_the_newsletter_in_brackets_or_an_issuing_office_still_dates_it():
    body = ("ICTだより 第42号\n町内全域で光ファイバーによる高速通信が利用できるようになりました。\n"
            "加入のお申し込みは役場企画課までお願いします。\n")
    assert years(body + "編集・発行：「ICTだより」編集委員会\n発行：令和5年12月\n") == (2023, 2023)
    assert years(body + "○○市総務部 広報資料室\n発行：令和5年12月\n") == (2023, 2023)


def test_a_newsletters_colophon_dates_it_over_a_reposted_articles_year():
    text = ("ICTだより 第42号\n【再掲】2019年6月 光ファイバー網の整備が完了しました\n"
            "町内全域で光ファイバーによる高速通信が利用できるようになりました。\n"
            "加入のお申し込みは役場企画課までお願いします。\n編集・発行：○○町企画課\n発行：令和5年12月\n")
    assert years(text) == (2023, 2023)


def test_a_minutes_page_citing_a_reports_issue_at_its_foot_keeps_its_meetings_day():
    text = ("第3回 地域情報化推進懇談会 議事要旨\n1 日時 令和5年10月12日(木) 14:00〜15:30\n2 場所 市役所 3階会議室\n"
            "3 出席者 委員8名\n4 議事\n(1) 自治体DXの進捗について\n事務局から資料1に基づき説明があった。\n"
            "委員から、高齢者向けの支援を拡充すべきとの意見があった。\n(2) その他\n次回は令和6年2月に開催する。\n"
            "出典：地域情報化白書\n発行：令和4年7月\n以上\n")
    assert years(text) == (2023, 2023)


# --- (2) the coming 年度 in plain style, 来年度は -------------------------------------------------------------------

def test_a_march_report_of_the_running_years_audit_in_the_past_keeps_its_year():
    text = ("令和6年度 情報セキュリティ監査の結果\n令和7年3月14日\n"
            "令和6年度の情報セキュリティ監査を次のとおり実施した。\n監査対象 12課\n指摘事項 5件\n")
    assert years(text) == (2024, 2025)


def test_a_quoted_youkou_of_the_running_year_in_plain_style_keeps_the_reports_year():
    text = ("スマートフォン講座の実施結果\n令和7年3月18日\n今年度は、次の要綱に基づき講座を開催しました。\n"
            "「令和6年度 高齢者スマートフォン講座実施要綱」\n"
            "第1条 市は、令和6年度において高齢者を対象としたスマートフォン講座を実施する。\n参加者は延べ420人でした。\n")
    assert years(text) == (2024, 2025)


def test_next_years_call_with_mo_in_december_keeps_the_dates_year():
    # The coming-年度 rule reads January-March pages only; a December call is of its own 年度 by its date.
    text = ("地域おこし協力隊の募集\n令和6年12月10日\n令和7年度も、地域おこし協力隊を募集します。\n"
            "募集人数 2名\n応募期限 令和7年1月31日\n")
    assert years(text) == (2024, 2024)


def test_a_members_question_naming_next_years_work_on_minutes_keeps_the_sittings_year():
    text = ("総務常任委員会 会議録\n開催日 令和7年3月6日\n○委員 来年度は、庁内の無線LANの更新を行いますか。\n"
            "○情報政策課長 更新の時期については検討中です。\n○委員 わかりました。\n")
    assert years(text) == (2024, 2025)


def test_an_answer_naming_next_years_work_in_an_assemblys_questions_keeps_the_sittings_year():
    # A record is dated by its session (README: records of what was spoken); 「答 来年度は、…を行います。」 is the day's
    # answer, not the page's 年度.  dates48's を行います had moved it to 2025.
    text = ("令和7年第1回定例会 一般質問\n令和7年2月27日\n問 学校のタブレット端末の更新について伺う。\n"
            "答 来年度は、端末の更新と校内ネットワークの増強を行います。\n")
    assert years(text) == (2024, 2025)


# --- (3) a body's opening row on a page whose news is the opening ---------------------------------------------

def test_an_opening_row_on_the_pages_news_of_the_opening_dates_it():
    # 「…が開局しました。」: the row is the day the page announces (README: a change it announces from a day).
    text = ("コミュニティFMの開局について\n開局 令和6年4月1日\nエフエム○○が開局しました。周波数は79.5MHzです。\n"
            "市内全域で災害情報や地域の話題をお届けします。\n")
    assert years(text) == (2024, 2024)


def test_an_opening_day_row_on_an_opening_ceremonys_report_dates_it():
    text = ("ICTセンター開所式を開催しました\n開所日 令和6年4月1日\n○○市ICTセンターを開所しました。\n"
            "開所式には市長をはじめ関係者約50名が出席しました。\n")
    assert years(text) == (2024, 2024)


def test_an_opening_row_under_a_title_announcing_it_dates_the_page():
    text = ("○○市テレワークセンターを開所しました\n開所 令和6年4月1日\n所在地 ○○市本町2-3\n"
            "市内で働く方のためのテレワーク拠点です。\n")
    assert years(text) == (2024, 2024)


def test_a_profiles_opening_row_still_dates_nothing():
    # The same row in a body's profile, its history told in the passive: no own date (dates48).
    text = ("○○市テレワークセンターの概要\n開所 令和6年4月1日\n所在地 ○○市本町2-3\n"
            "センターは、市内で働く方のためのテレワーク拠点として設置されました。\n")
    assert years(text) == (None, None)


# --- (4) the page's as-of footer ---------------------------------------------------------------------------------

_BODY = "公衆無線LANの設置場所\n町内の公共施設に無料の公衆無線LANを設置しています。\n設置場所 役場本庁舎、図書館、体育館\n"
_FOOTER_LINKS = "ページの先頭へ\nプライバシーポリシー\nサイトマップ\nお問い合わせ\nCopyright ○○町\n"


def test_the_pages_as_of_footer_dates_a_page_without_another_date():
    # README, dates of pages without a date line: an as-of point of the page's own account dates it.
    assert years(_BODY + "このページの情報は2024年6月15日時点のものです。\n") == (2024, 2024)


def test_the_pages_as_of_footer_above_the_sites_links_dates_it():
    assert years(_BODY + "このページの情報は、2024年6月15日時点のものです。\n" + _FOOTER_LINKS) == (2024, 2024)


def test_a_keisai_naiyou_as_of_footer_dates_the_page():
    assert years(_BODY + "掲載内容は令和6年4月1日現在のものです。\n") == (2024, 2024)


def test_the_pages_as_of_footer_yields_to_its_update_stamp():
    assert years(_BODY + "更新日：2025年1月10日\nこのページの情報は2024年6月15日時点のものです。\n") == (2024, 2025)


def test_a_tables_as_of_note_is_not_the_pages_footer():
    # 「この表の数値は…時点のものです。」 dates a table's figures; a figure's note is not the page's date.
    assert years(_BODY + "この表の数値は令和5年3月31日時点のものです。\n") == (None, None)
    assert years(_BODY + "利用者数は、令和5年3月31日時点のものです。\n") == (None, None)


# --- (5) older rules dates48's pages lean on -------------------------------------------------------------------------

def test_a_spring_policy_speech_naming_only_rainendo_keeps_its_dates_year():
    # README, spring policy speeches: one that names only 新年度 (here 来年度) keeps its date's 年度.
    text = ("施政方針\n令和7年2月25日\n本日、令和7年第1回定例会の開会にあたり、新年度の市政運営に臨む所信を申し述べます。\n"
            "来年度は、デジタル化の推進を重点に、書かない窓口の導入を行います。\n")
    assert years(text) == (2024, 2025)


def test_a_spring_policy_speech_naming_the_coming_year_by_its_number_is_for_it():
    text = ("施政方針\n令和7年2月25日\n本日、令和7年第1回定例会の開会にあたり、令和7年度の市政運営に臨む所信を申し述べます。\n"
            "来年度は、デジタル化の推進を重点に、書かない窓口の導入を行います。\n")
    assert years(text) == (2025, 2025)


def test_a_past_rounds_period_dates_nothing():
    # README, dates of pages without a date line: an application period of a past round does not date the page.
    text = "スマホ教室のご案内\n前回の実施期間 令和5年6月1日から6月30日まで\n次回の日程は決まり次第お知らせします。\n"
    assert years(text) == (None, None)


def test_this_rounds_period_still_dates_a_page_without_another_date():
    text = "スマホ教室のご案内\n実施期間 令和6年6月3日から6月28日まで\n公民館でスマートフォンの使い方教室を開きます。\n"
    assert years(text) == (2024, 2024)
