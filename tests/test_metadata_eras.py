import pytest

from ictsearch.indexer.metadata import find_years, parse_year_range


def one(text):
    ys = find_years(text)
    assert len(ys) == 1, ys
    return ys[0]


@pytest.mark.parametrize(
    "text, year, kind",
    [
        ("令和２年度事業報告", 2020, "fiscal"),
        ("令和二年", 2020, "calendar"),
        ("平成二十九年", 2017, "calendar"),
        ("令和元年度", 2019, "fiscal"),
        ("平成元年", 1989, "calendar"),
        ("昭和六十四年", 1989, "calendar"),
        ("令和 2年 9月 15日", 2020, "calendar"),
        ("令和 3 年度 事業計画書", 2021, "fiscal"),
        ("R3年度", 2021, "fiscal"),
        ("H29年", 2017, "calendar"),
        ("2023年度", 2023, "fiscal"),
        ("2023 年度", 2023, "fiscal"),
        ("2023年10月19日", 2023, "calendar"),
        ("10(1998)年", 1998, "calendar"),
        ("大正十三年一月廿日", 1924, "calendar"),
        ("令和３年版 情報通信白書", 2021, "edition"),
        ("R元年度 事業報告", 2019, "fiscal"),
        ("Ｈ元年", 1989, "calendar"),
        ("FY2023 事業計画", 2023, "fiscal"),
        ("令 和 ５ 年 ３ 月", 2023, "calendar"),  # a letter-spaced cover line
        ("平　成　31年度", 2019, "fiscal"),
        ("ＦＹ２０２４の重点施策", 2024, "fiscal"),
    ],
)
def test_forms(text, year, kind):
    y = one(text)
    assert (y.year, y.kind) == (year, kind)
    assert text.startswith(y.text) or y.text in text


def test_span_points_into_original_text():
    text = "資料 令和５年度当初予算（案）"
    y = one(text)
    assert text[y.start:y.end] == "令和５年度"


def test_fiscal_year_of_a_calendar_date():
    assert one("2021年1月").fiscal_year == 2020
    assert one("平成29年5月24日").fiscal_year == 2017
    assert one("大正十三年一月廿日").fiscal_year == 1923


def test_abbreviated_dates_and_bare_letters():
    y = one("R4.6.1 連絡会")
    assert (y.year, y.month, y.day) == (2022, 6, 1)
    assert find_years("R3 ロボット") == []  # a bare R3 is not a date in running text


def test_era_less_years_take_the_preceding_era():
    ys = find_years("平成11年に開始し、12年4月には報告書が")
    assert [y.year for y in ys] == [1999, 2000]


def test_range_is_two_mentions():
    assert [y.year for y in find_years("令和元年度～令和７年度")] == [2019, 2025]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021", (2021, 2021)),
        ("令和3", (2021, 2021)),
        ("R3", (2021, 2021)),
        ("r3", (2021, 2021)),
        ("令和3年度", (2021, 2021)),
        ("令和元年", (2019, 2019)),
        ("H29", (2017, 2017)),
        ("2019..2023", (2019, 2023)),
        ("平成30..令和2", (2018, 2020)),
        ("令和２", (2020, 2020)),
        ("平成32年度", (2020, 2020)),  # written before the change of era, as the White Papers do
        ("昭和64", (1989, 1989)),
        ("R元", (2019, 2019)),  # the first year of an era, abbreviated as 令和元 is written out
        ("H元年度", (1989, 1989)),
    ],
)
def test_parse_year_range(value, expected):
    assert parse_year_range(value) == expected


@pytest.mark.parametrize("value", ["", "昨年", "2023..2019", "X5", "1..2..3", "令和99", "平成30..令和99", "R0", "1850"])
def test_parse_year_range_errors(value):
    with pytest.raises(ValueError):
        parse_year_range(value)


def test_numeric_dates_of_web_pages():
    y = one("掲載日 2023/02/09")
    assert (y.year, y.month, y.day, y.fiscal_year) == (2023, 2, 9, 2022)
    assert one("2021.10.5 更新").month == 10
    assert find_years("バージョン 2023.1.2.3") == []
    assert find_years("2023/13/40") == []


def test_numeric_dates_with_the_year_last():
    # A council-minutes system's 発言日 / 質問日 (month first); a first number above 12 is the day.
    y = one("【 討議 】 発言日: 09/02/2020 会派名:")
    assert (y.year, y.month, y.day, y.fiscal_year) == (2020, 9, 2, 2020)
    y = one("質疑・質問日:02/24/2023")
    assert (y.year, y.month, y.day, y.fiscal_year) == (2023, 2, 24, 2022)
    assert one("24/02/2023").month == 2
    assert find_years("13/13/2020") == []
    assert find_years("版 1/2/2020/3") == []


@pytest.mark.parametrize(
    "text, year, month, day",
    [
        ("2023年(令和5年)7月3日", 2023, 7, 3),
        ("令和５年（２０２３年）１１月８日", 2023, 11, 8),
        ("平成31年(2019年)4月", 2019, 4, None),
        ("令和5.7.3 更新", 2023, 7, 3),
        ("公開日 2023-07-03", 2023, 7, 3),
    ],
)
def test_dates_written_in_both_calendars_or_with_dots(text, year, month, day):
    y = one(text)
    assert (y.year, y.month, y.day, y.kind) == (year, month, day, "calendar")


def test_a_fiscal_year_with_its_era_year_in_brackets_is_one_mention():
    y = one("2023(令和5)年度 事業計画")
    assert (y.year, y.kind) == (2023, "fiscal")


def test_two_calendars_that_disagree_are_no_date():
    assert [y.month for y in find_years("2023年(令和4年)7月3日")] == [None, None]
    assert find_years("電話 0120-123-456、期間 2023-2025") == []


def test_a_year_no_document_can_have_says_which_year_it_is():
    with pytest.raises(ValueError, match=r"'令和99' is 2117: a document's year lies between 1868 and \d{4}"):
        parse_year_range("令和99")


def test_a_fiscal_year_in_both_calendars_is_one_mention():
    y = one("2018年度(平成30年度)は、助成を行った")
    assert (y.year, y.kind, y.text) == (2018, "fiscal", "2018年度(平成30年度)")
    assert one("令和５年度（2023年度）の取組").year == 2023
    assert [y.year for y in find_years("令和5年度(2024年度)")] == [2023, 2024]  # two years are two mentions


def test_the_first_year_of_an_era_by_its_initial():
    y = one("R元.5.7 開所式")
    assert (y.year, y.month, y.day) == (2019, 5, 7)


def test_fy_names_a_year_only_when_it_stands_alone():
    assert find_years("FY2023-2025 中期計画") == []  # a span: neither end is the 年度 alone
    assert [y.text for y in find_years("FY2023年度")] == ["2023年度"]
    assert find_years("https://www.example.go.jp/FY2021/report.html") == []  # a link's path


@pytest.mark.parametrize(
    "text, year, month, day",
    [("Highlighting Japan May 2018", 2018, 5, None), ("April 1, 2023", 2023, 4, 1), ("1 Sept. 2019", 2019, 9, 1)],
)
def test_english_dates(text, year, month, day):
    y = one(text)
    assert (y.year, y.month, y.day) == (year, month, day)


def test_english_words_that_are_no_month():
    assert find_years("results may 2018 differ") == []
    assert [y.text for y in find_years("FY2023 May 2024")] == ["FY2023", "May 2024"]


def test_a_western_year_in_kanji_digits():
    # 縦書き documents write 二〇一八年度: the same fiscal year as 2018年度.
    assert (one("二〇一八年度 事業計画").year, one("二〇一八年度 事業計画").kind) == (2018, "fiscal")
    assert one("一九九八年に策定").year == 1998
    # A count in kanji is no year (二千十八年 is not written; 十二〇… is no 西暦).
    assert find_years("平成二十九年") and find_years("平成二十九年")[0].year == 2017


def test_no_era_has_a_year_zero():
    # 令和0年度 was read as 2018 (平成30年度): a slip in a document names no year.
    from ictsearch.indexer.metadata import find_years

    for text in ("令和0年度予算", "平成0年4月1日", "R0年度事業", "令和0.4.1発行"):
        assert find_years(text) == [], text
    assert [y.year for y in find_years("令和元年度と令和5年度")] == [2019, 2023]


def test_model_names_are_no_era_years_and_short_era_forms_are():
    # A product or model name (H2 ロケット, H-IIA, S10, R1 サーバ) names no year in a document;
    # the short era forms budget sheets and tables write do.
    text = ("H2 ロケットの後継としてH-IIAロケット6号機を打ち上げた。"
            "庁内のR1 サーバ及びS10 端末を更新する。")
    assert find_years(text) == []
    read = {t: (y.year, y.kind, y.month, y.day) for t in ("H30.4.1", "R5年度", "R5.3.31", "H31年3月", "令和元年")
            for y in [one(f"施行日 {t} から")]}
    assert read == {"H30.4.1": (2018, "calendar", 4, 1), "R5年度": (2023, "fiscal", None, None),
                    "R5.3.31": (2023, "calendar", 3, 31), "H31年3月": (2019, "calendar", 3, None),
                    "令和元年": (2019, "calendar", None, None)}
    # An era year 0 is a slip in every form, the era-less year after an era too.
    assert find_years("平成0年 S0.4.1 令和0.4.1") == []
    assert [y.year for y in find_years("令和2年4月から0年度分を除き3年度まで")] == [2020, 2021]


@pytest.mark.parametrize(
    "text, year, written",
    [
        ("R5(2023)年度 当初予算の概要", 2023, "R5(2023)年度"),
        ("Ｒ５（２０２３）年度 事業実績", 2023, "Ｒ５（２０２３）年度"),
        ("2023(R5)年度 補助金交付実績", 2023, "2023(R5)年度"),
        ("計画期間は2024年度(R6年度)から", 2024, "2024年度(R6年度)"),
        ("R6年度(2024年度)の重点施策", 2024, "R6年度(2024年度)"),
        ("H31(R1)年度 事業報告", 2019, "H31(R1)年度"),
        ("R元(2019)年度 決算", 2019, "R元(2019)年度"),
    ],
)
def test_a_fiscal_year_with_the_era_initial_and_its_other_calendar_is_one_mention(text, year, written):
    # Budget sheets and plans write a 年度 in both calendars with the era's initial in a narrow column:
    # R5(2023)年度 was read as its 西暦 only (5(2023)年度), 2023(R5)年度 not at all, and --year, a
    # sidecar and the query refused every one of them.
    y = one(text)
    assert (y.year, y.kind, y.text) == (year, "fiscal", written)
    assert parse_year_range(written) == (year, year)


@pytest.mark.parametrize(
    "text, year",
    [("FY23 実績(速報値)", 2023), ("2023FY 事業計画", 2023), ("ＦＹ２４ 予算要求", 2024), ("FY98 決算", 1998)],
)
def test_fiscal_years_abbreviated_in_english(text, year):
    # FY23 and 2023FY head the columns of budget tables and slides as FY2023 does.
    y = one(text)
    assert (y.year, y.kind) == (year, "fiscal")
    assert parse_year_range(y.text) == (year, year)


def test_short_fy_forms_that_name_no_year():
    assert find_years("FY23-25 中期計画") == []  # a span
    assert find_years("https://www.example.go.jp/fy23/index.html") == []  # a link's path
    assert find_years("SDFY23 型番") == []  # inside a word
    assert find_years("2023FYI") == []


def test_a_year_after_an_era_in_the_same_sentence_is_in_that_era():
    ys = find_years("令和５年度予算のうち、４年度からの繰越分は五年度末までに執行する。")
    assert [(y.year, y.kind) for y in ys] == [(2023, "fiscal"), (2022, "fiscal")]
    assert [(y.year, y.kind) for y in find_years("令和五年度事業")] == [(2023, "fiscal")]


def test_a_fiscal_year_whose_two_calendars_disagree():
    # 令和5(2024)年度 (one half updated from last year's sheet, the other not): either may be the slip.
    # In a document each half is a year of its own, as when written whole (令和5年度(2024年度)); the
    # era-less pattern read its 西暦 alone.  A filter or a sidecar is told why it reads no year.
    assert [(y.year, y.kind, y.month) for y in find_years("令和5(2024)年度 事業計画")] == [
        (2023, "fiscal", None), (2024, "fiscal", None)]
    assert [(y.year, y.month) for y in find_years("R5(2024)年7月3日 発行")] == [(2023, None), (2024, None)]
    with pytest.raises(ValueError, match=r"'令和5\(2024\)年度' names two years, 2023 in one calendar and 2024"):
        parse_year_range("令和5(2024)年度")
    with pytest.raises(ValueError, match="names two years"):
        parse_year_range("2023(R6)年度")


@pytest.mark.parametrize(
    "text, year, kind, month, written",
    [
        ("計画期間 令和5年度(2023)～令和9年度(2027)", 2023, "fiscal", None, "令和5年度(2023)"),
        ("2024年度(R6) 当初予算", 2024, "fiscal", None, "2024年度(R6)"),
        ("施行日 令和5年(2023)4月1日", 2023, "calendar", 4, "令和5年(2023)4月1日"),
    ],
)
def test_the_bracketed_calendar_may_drop_its_unit(text, year, kind, month, written):
    # Plans write their 計画期間 令和5年度(2023)～令和9年度(2027): one 年度 each; read apart, the date
    # 令和5年(2023)4月1日 lost its month and day.
    y = find_years(text)[0]
    assert (y.year, y.kind, y.month, y.text) == (year, kind, month, written)
    assert parse_year_range(written) == (year, year)


def test_a_bare_number_in_brackets_that_is_not_the_year_stays_outside():
    # 令和5年度(2020): no 年 in the brackets and not the same year, so not a year of the text's.
    assert [(y.text, y.year) for y in find_years("令和5年度(2020) 事業報告")] == [("令和5年度", 2023)]


def test_a_bare_bracket_followed_by_its_unit_keeps_the_fiscal_year():
    # 令和7年(2025)年度: the 年度 after the bracket is the unit of both halves; read as the unit-less
    # bracket, the 年度 was lost and the page got calendar year 2025 only.
    assert ("2025)年度", 2025, "fiscal") in [(y.text, y.year, y.kind) for y in find_years("令和7年(2025)年度の事業計画")]


def test_an_era_initial_day_with_slashes_is_one_day_but_not_a_paths_end():
    # Office sheets date things R6/4/1 (施行日 R6/4/1): one day, as R6.4.1 is.  The query side read it as
    # three years listed (R6, 令和4, 令和元) until eras knew it.  A web address's path is no date.
    from ictsearch.indexer.metadata import find_years

    assert [(m.year, m.month, m.day, m.fiscal_year) for m in find_years("施行日 R6/4/1 から適用")] == [(2024, 4, 1, 2024)]
    assert [(m.year, m.month, m.day) for m in find_years("H31/3/29付け通知")] == [(2019, 3, 29)]
    assert find_years("https://www.example.lg.jp/r05/01/index.html") == []
    assert find_years("R6/13/1") == []
