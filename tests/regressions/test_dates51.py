"""dates51: date forms of government pages read by the date rules — an as-of clause of the page's own account (with
末 or で, or opening a bracketed sentence) dates an undated page, and where it must not.  Short texts written like real
pages (none copied from bench/realdocs)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- an as-of clause of the page's own account ----------------------------------------------------------------

def test_a_towns_own_count_as_of_a_month_end_with_de_dates_the_page():
    page = ("防災行政無線戸別受信機の貸与\n"
            "本町では、令和5年3月末現在で2,150世帯に戸別受信機を貸与しています。\n"
            "新たに転入された方は、総務課までお申し込みください。\n")
    assert years(page) == (2022, 2023)


def test_a_borrowed_national_count_noted_as_of_a_month_end_does_not_date_the_page():
    page = ("光ファイバの整備状況\n"
            "全国で光ファイバの世帯カバー率は99.8%に達しています(令和5年3月末現在)。\n"
            "県では、未整備地域の解消に向けて市町村と連携して取り組みます。\n")
    assert years(page) == (None, None)


def test_a_statistics_reference_date_in_a_reference_box_does_not_date_the_page():
    page = ("町の概要\n"
            "【参考】\n"
            "(令和5年10月1日現在、国勢調査人口等基本集計による)\n"
            "人口 12,345人\n世帯数 5,012世帯\n"
            "本町は県の北部に位置し、豊かな自然に恵まれた町です。\n")
    assert years(page) == (None, None)


def test_a_target_as_of_point_in_the_own_prefecture_does_not_date_the_page():
    page = ("5G基地局の整備\n"
            "本県では、令和8年3月末時点で人口カバー率97%とすることを目標としています。\n"
            "携帯電話事業者と連携し、基地局の整備を進めています。\n")
    assert years(page) == (None, None)


# --- a head's 説明 at the spring session presents the coming 年度's budget by its number --------------------------

def test_a_governors_february_speech_presenting_the_quoted_budget_in_kanji_is_of_the_coming_fiscal_year():
    page = ("令和5年2月香川県議会定例会知事説明\n"
            "本日、二月県議会定例会を招集致しましたところ、議員各位には御出席を賜り、厚く御礼申し上げます。\n"
            "ただ今提出致しました議案の御説明と併せ、県政に取り組む私の所信を申し上げます。\n"
            "初めに、「令和五年度当初予算案」につきましては、デジタル化の推進と防災対策に重点を置いて編成致しました。\n")
    assert years(page) == (2023, 2023)


def test_a_governors_february_speech_naming_the_budget_by_no_number_keeps_its_days_fiscal_year():
    page = ("令和5年2月香川県議会定例会知事説明\n"
            "本日、二月県議会定例会を招集致しましたところ、議員各位には御出席を賜り、厚く御礼申し上げます。\n"
            "ただ今提出致しました議案の御説明と併せ、県政に取り組む私の所信を申し上げます。\n"
            "初めに、「当初予算案」につきましては、デジタル化の推進と防災対策に重点を置いて編成致しました。\n")
    assert years(page) == (2022, 2023)


def test_a_governors_february_speech_on_the_running_years_supplementary_budget_keeps_its_days_fiscal_year():
    page = ("令和5年2月香川県議会定例会知事説明\n"
            "本日、二月県議会定例会を招集致しましたところ、議員各位には御出席を賜り、厚く御礼申し上げます。\n"
            "初めに、「令和四年度二月補正予算案」につきましては、国の経済対策に即応して編成致しました。\n")
    assert years(page) == (2022, 2023)


def test_a_governors_speech_in_september_naming_the_next_budget_keeps_its_days_fiscal_year():
    page = ("令和5年9月香川県議会定例会知事説明\n"
            "本日、九月県議会定例会を招集致しましたところ、議員各位には御出席を賜り、厚く御礼申し上げます。\n"
            "「令和六年度当初予算」の編成に向けては、デジタル化の推進に重点を置いてまいります。\n")
    assert years(page) == (2023, 2023)


def test_a_speech_another_page_reports_in_quotes_keeps_its_days_fiscal_year():
    page = ("知事説明の要旨を報道各社が報じる\n"
            "令和5年2月20日\n"
            "地元紙の報道によると、知事は「令和五年度当初予算案」について防災に重点を置いたと述べた。\n")
    assert years(page)[0] == 2022


# --- a title closing with the day of the act it reports ---------------------------------------------------------

def test_a_bureau_topic_titled_with_the_signing_day_is_dated_by_its_posting_line():
    page = ("総務省トップ > 組織案内 > 地方支分部局 > 東海総合通信局 > トピックス > 「豊橋市と豊橋技術科学大学との連携協定」が締結されました(2023.12.20)\n"
            "「豊橋市と豊橋技術科学大学との連携協定」が締結されました(2023.12.20)\n"
            "2024年1月15日 掲載\n"
            "豊橋市及び豊橋技術科学大学は、2023年12月20日(水)に「豊橋市と豊橋技術科学大学との連携協定」を締結し、調印式に東海総合通信局長が出席しました。\n"
            "本協定は、データ活用による地域課題の解決を図ることを目的としています。\n")
    assert years(page) == (2023, 2024)


def test_an_event_report_titled_with_its_day_and_no_date_line_is_dated_by_that_day():
    page = ("「電波利用に関する説明会」を開催しました(令和6年3月12日)\n"
            "当局は、令和6年3月12日(火曜日)に、市民会館において電波利用に関する説明会を開催しました。\n"
            "説明会には、約40名の方に御参加いただきました。\n")
    assert years(page) == (2023, 2024)


def test_a_press_conference_titled_with_its_day_keeps_it_over_a_later_posting():
    page = ("知事記者会見(令和5年3月30日)\n"
            "公開日:2023年4月3日\n"
            "記者会見における知事の発表や質疑応答を広報課でとりまとめ、掲載しています。\n"
            "会見日:令和5年3月30日(木曜日)\n")
    assert years(page) == (2022, 2023)


def test_a_sites_news_box_of_three_dated_rows_still_does_not_date_the_page():
    page = ("新着情報\n"
            "2024年3月1日 システムメンテナンスのお知らせ\n"
            "2024年2月20日 窓口の受付時間の変更について\n"
            "2024年2月1日 広報誌2月号を掲載しました\n"
            "防災行政無線について\n"
            "町では、災害時の情報伝達のため、防災行政無線を整備しています。\n")
    assert years(page) == (None, None)


# --- a text written with ，． ------------------------------------------------------------------------------------

def test_a_societys_relay_written_with_commas_is_dated_by_the_releases_day():
    page = ("政府・公的機関から\n"
            "NICT,Beyond 5G研究開発促進事業の新規採択課題の決定\n"
            " 国立研究開発法人情報通信研究機構(NICT)は令和5年9月28日,Beyond 5G研究開発促進事業の新規採択課題を決定した,とのプレスリリースを行った.\n"
            " 本事業は,Beyond 5Gの実現に必要な要素技術の研究開発を推進するものである.\n")
    assert years(page)[1] == 2023


def test_a_nations_act_told_with_commas_does_not_date_the_page():
    page = ("デジタル田園都市国家構想について\n"
            " 国は,令和4年12月23日に総合戦略を閣議決定した.本会では,会員への情報提供を行っている.\n"
            " 詳しくは内閣官房のホームページをご覧いただきたい.\n")
    assert years(page)[1] is None
