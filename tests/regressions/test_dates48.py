"""dates48: three audits of the date rules on pages written for them in the style of real ones (none copied from
bench/realdocs): a page of January-March for the coming 年度 against one of the 年度 running that names the next in
passing; pages with no own date but other dates (a body's profile, a service's span); and the forms other-government
bodies' and towns' pages date themselves by (a colophon's 発行：, a 記者発表資料 line at the foot).  No realdocs dev
page carries the forms these rules read (bench/HISTORY.md, dates48); each is pinned with a neighbour it must not take."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- (1) a page of January-March for the coming 年度 -----------------------------------------------------------

def test_a_coming_years_plan_in_the_written_style_is_for_that_year():
    # A 独立行政法人's 年度計画: 「…計画を次のとおり定める。」 announces it as 「…を策定しました」 does.
    plan = ("年度計画\n独立行政法人地域情報化推進機構\n令和7年3月31日 届出\n"
            "令和7年度の業務運営に関する計画を次のとおり定める。\n"
            "第1 国民に対して提供するサービスその他の業務の質の向上に関する目標を達成するためとるべき措置\n")
    assert years(plan) == (2025, 2025)


def test_a_later_years_rule_left_to_be_set_keeps_the_days_year():
    # 以降: a report of this 年度 looking ahead, whatever the verb.
    text = ("公用車予約システムの運用要領\n令和7年3月3日\n"
            "令和7年度以降の運用については、別に定める。\n"
            "今年度の利用件数は、2月末現在で1,240件となっています。\n")
    assert years(text) == (2024, 2025)


def test_a_coming_years_programme_told_with_mo_is_for_that_year():
    text = ("情報モラル出前講座\n令和7年3月21日\n"
            "令和7年度も、県内の小中学校を対象に情報モラル出前講座を実施します。\n"
            "申込期間 令和7年4月7日から5月30日まで\n")
    assert years(text) == (2025, 2025)


def test_a_programme_carried_on_with_mo_keizoku_keeps_the_reports_year():
    text = ("ICT支援員配置事業の実績\n令和7年3月24日\n"
            "令和7年度も継続して、市立小中学校にICT支援員を配置します。\n"
            "今年度は、支援員6名が延べ1,800回の授業を支援しました。\n")
    assert years(text) == (2024, 2025)


def test_next_years_work_told_with_okonaimasu_is_for_that_year():
    text = ("来年度のデジタル化の取組について\n令和7年2月25日\n"
            "来年度は、書かない窓口の導入と、公共施設予約システムの更新を行います。\n"
            "詳細は決まり次第お知らせします。\n")
    assert years(text) == (2025, 2025)


def test_this_years_report_naming_next_years_work_keeps_its_year():
    text = ("スマホ教室の実施状況\n令和7年3月10日\n"
            "今年度は、高齢者向けスマホ教室を20回開催し、延べ350人が参加しました。\n"
            "来年度は、オンライン講座の開設を行います。\n")
    assert years(text) == (2024, 2025)


# --- (2) no own date, other dates --------------------------------------------------------------------------------

def test_a_bodys_profile_row_of_its_founding_does_not_date_the_page():
    text = ("地域情報化推進機構の概要\n名称 独立行政法人地域情報化推進機構\n設立 平成27年4月1日\n"
            "所在地 東京都千代田区霞が関1-2-3\n目的 情報通信技術の研究開発の推進\n職員数 約400名\n")
    assert years(text) == (None, None)


def test_a_numbered_profile_row_of_a_founding_month_does_not_date_the_page():
    text = ("視察報告\n1 視察先の概要\n(1)設立 2019年10月\n(2)所在地 ○○市中央町1-1\n"
            "(3)業務内容 ドローンによる物資輸送の実証\n")
    assert years(text) == (None, None)


def test_a_profile_with_its_update_stamp_is_dated_by_the_stamp():
    text = ("地域情報化推進公社の概要\n設立 昭和62年4月1日\n所在地 ○○市本町2-3\n"
            "業務内容 市町村の情報システムの共同運用\n更新日：2024年5月1日\n")
    assert years(text) == (2024, 2024)


# --- (3) the forms other-government bodies' pages date themselves by ---------------------------------------------

def test_a_colophons_hakko_key_dates_a_booklet():
    text = ("○○市地域公共交通計画 概要版\n第1章 計画の目的\n"
            "本計画は、地域の移動手段を確保するため、デジタル技術を活用した公共交通の方針を定めるものです。\n"
            "第2章 基本方針\n発行：令和5年12月\n○○市 都市計画課\n")
    assert years(text) == (2023, 2023)


def test_a_reissue_key_in_the_last_lines_is_no_colophon():
    text = ("資格確認書について\n"
            "マイナ保険証をお持ちでない方には、資格確認書を交付します。\n"
            "有効期限は最長5年です。\n"
            "再発行：令和6年12月2日以降に紛失した場合\n窓口 保険年金課\n")
    assert years(text) == (None, None)


def test_a_period_key_yields_to_the_press_release_line_at_the_foot():
    text = ("ドローンを活用した河川巡視の実証実験を行います\n"
            "○○河川国道事務所では、ドローンを活用した河川巡視の実証実験を行います。\n"
            "実施場所 ○○川 右岸 12.0k～15.0k\n実施期間 令和6年4月8日から4月26日まで\n"
            "問い合わせ先 ○○河川国道事務所 調査課 電話 012-345-6789\n令和6年3月29日 記者発表資料\n"
            "ページの先頭へ\nサイトマップ\nプライバシーポリシー\n国土交通省 ○○地方整備局 ○○河川国道事務所\n"
            "〒900-0000 ○○市○○町1-2-3 電話 012-345-6789\n"
            "Copyright © ○○ River and National Highway Office. All Rights Reserved.\n")
    assert years(text) == (2023, 2024)


def test_a_period_key_alone_still_dates_its_announcement():
    text = ("自動運転バスの実証運行について\n○○運輸局\n"
            "地域公共交通における自動運転バスの実証運行を行います。\n"
            "運行期間 令和6年9月2日から9月27日まで\n運行区間 ○○駅～○○病院\n")
    assert years(text) == (2024, 2024)


# --- a site's news box above the text (audit 2: a date where the reader finds none) -----------------------------

def test_a_news_box_row_above_the_text_does_not_date_the_page():
    text = ("○○町ホームページ\n新着情報\n2019年4月1日 組織改編のお知らせ\n町のマイナンバーカード交付窓口\n"
            "マイナンバーカードの交付は、役場1階の住民課窓口で行っています。\n交付には、交付通知書と本人確認書類が必要です。\n")
    assert years(text) == (None, None)


def test_a_news_box_row_above_the_text_yields_to_the_pages_stamp():
    text = ("○○町ホームページ\n新着情報\n2019年4月1日 組織改編のお知らせ\n2018年12月3日 年末年始の窓口業務について\n"
            "町のマイナンバーカード交付窓口\nマイナンバーカードの交付は、役場1階の住民課窓口で行っています。\n"
            "交付には、交付通知書と本人確認書類が必要です。\n更新日：2024年5月10日\n")
    assert years(text) == (2024, 2024)


def test_a_page_titled_news_is_dated_by_its_latest_row():
    text = ("新着情報\n新着情報\n2024年5月10日 令和6年度の窓口案内を更新しました\n2024年4月1日 組織改編のお知らせ\n")
    assert years(text) == (2024, 2024)


def test_a_divisions_own_news_under_its_first_sentence_dates_it():
    text = ("情報政策課\n情報政策課では、市の情報化の推進を担当しています。\n新着情報\n"
            "2024年5月10日 情報化計画の進捗状況を掲載しました\n")
    assert years(text) == (2024, 2024)
