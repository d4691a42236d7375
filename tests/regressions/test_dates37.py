"""dates37: the 年度 of an official's 議案説明 at the spring session that presents the coming 年度's
当初予算 (bench/realdocs README, spring policy speeches), and the pages where it must not fire: a June
session's 補正予算, the running 年度's 補正予算 at the same February session, a minister's February press
conference on the coming budget.  Texts written in the form of real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.document import derive_title
from ictsearch.indexer.metadata import derive_metadata

#: A council site's menu of bullets above the record (each item a line of its own).
BULLETS = "".join(f" •{w}\n" for w in ("文字サイズ・色合いの変更", "サイトマップ", "ホーム", "くらし・環境", "健康・福祉",
                                          "教育・文化", "産業・雇用", "交流・まちづくり", "県政情報", "組織から探す",
                                          "リンク集", "携帯電話向けページ"))


def derived(text: str, title: str | None = None):
    """The metadata an index run derives: the title as it takes it (bench/metadata_accuracy.py)."""
    path = Path("page.html.txt")
    return derive_metadata(text, title=derive_title(text, title, path), path=path, terms=[])


def committee(session: str, day: str, opening: str) -> str:
    return (BULLETS + "ホーム>県議会>委員会会議録>委員会補足文書\nここから本文です。\n委員会会議録\n"
            f"{session}企画くらし委員会\n議案説明及び所管事項等の報告【当局側説明】発言日: {day}会派名:\n"
            "○鈴木企画部長\nおはようございます。企画部長の鈴木でございます。\n"
            "お手元の企画くらし委員会説明資料2ページを御覧ください。\n"
            f"{opening}\n"
            "(1)歳出規模ですが、一般会計は812億4500万円となっております。\n"
            "この額は、前年度と比較して12億3000万円、1.5%の増となっております。\n"
            "3ページを御覧ください。\n主な事業について御説明いたします。\n")


def test_spring_bill_explanation_is_for_the_budget_it_presents():
    text = committee("令和6年2月定例会", "02/27/2024", "まず、令和6年度当初予算案の概要であります。")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2024, 2024)
    assert "policy speech" in m.sources["fiscal_year"]


def test_march_session_general_account_budget():
    text = committee("令和2年3月定例会", "03/04/2020", "初めに、令和2年度一般会計当初予算の概要について御説明いたします。")
    assert derived(text).fiscal_year == 2020


@pytest.mark.parametrize("session,day,opening,fy", [
    # the June session's supplementary budget: the running 年度, as the date gives it
    ("令和5年6月定例会", "06/20/2023", "まず、令和5年度6月補正予算案の概要であります。", 2023),
    # the February session's supplementary budget of the running 年度, presented before the next one's
    ("令和6年2月定例会", "02/20/2024", "まず、令和5年度2月補正予算案の概要であります。", 2023),
])
def test_other_budgets_keep_the_date(session, day, opening, fy):
    assert derived(committee(session, day, opening)).fiscal_year == fy


def test_press_conference_on_the_coming_budget_is_a_record_of_its_day():
    text = ("知事定例記者会見(令和6年2月14日)\n"
            "令和6年2月14日(水曜日)\n"
            "知事:本日は、令和6年度当初予算案について御説明いたします。一般会計の総額は812億円で、"
            "前年度と比べて1.5%の増となりました。議案説明は2月定例会の初日に行います。\n"
            "記者:デジタル化の予算はどうなっていますか。\n知事:行政手続のオンライン化を進めます。\n")
    m = derived(text, "知事定例記者会見(令和6年2月14日)")
    assert (m.fiscal_year, m.year) == (2023, 2024)


# --- the era's year in words and the day in figures: a town site's list of notices ---------------

from ictsearch.indexer.metadata import find_years  # noqa: E402

NOTICES = ("○○町ホーム\n○○県○○町公式サイト\n"
           "令和2年03/27(金)\n新型コロナウイルス感染症に関する町の対応について\n"
           "町が主催するイベントの延期又は中止について、最新の情報をお知らせします。\n詳細はこちら\n"
           "令和2年03/02(月)\n町立小中学校の臨時休業について\n"
           "3月2日から春休みまでの間、町立小中学校を臨時休業とします。\n詳細はこちら\n"
           "令和2年02/14(金)\n確定申告の受付について\n"
           "確定申告の受付を役場2階の会議室で行います。マイナンバーカードをお持ちの方はe-Taxもご利用ください。\n詳細はこちら\n")


def test_era_year_with_slashed_day_is_a_day():
    ys = [y for y in find_years("令和元年09/19(木)") if y.month]
    assert [(y.year, y.month, y.day) for y in ys] == [(2019, 9, 19)]
    assert [(y.year, y.month, y.day) for y in find_years("平成30年 4/1")] == [(2018, 4, 1)]


def test_notice_list_dated_by_its_entries():
    m = derived(NOTICES)
    assert (m.fiscal_year, m.year) == (2019, 2020)


@pytest.mark.parametrize("text", ["令和元年度 09/19", "令和2年1/2/3", "令和3年10/2024"])
def test_other_slashes_are_no_day(text):
    assert all(y.day is None for y in find_years(text))


# --- days written with their weekday that fall on it only in the year after the page's date --------

TOPICS = ("ホーム>県政情報>知事室>県政トピックス\n更新日:2023年6月1日\nここから本文です。\n県政トピックス\n"
          "このページでは、県政の様々な出来事を紹介していきます。\n"
          "{first}\n「地域公共交通」に関する連携協定の締結(県庁)\n"
          "県とバス事業者3社は、デマンド交通の運行データを共有し、路線の見直しに活用する協定を締結しました。"
          "知事は、「データを生かして、県民の移動を支えていきたい」と述べました。\n"
          "{second}\n高校生とのデジタル人材育成懇談会(県庁)\n"
          "県内の高校生10名と、プログラミングを学ぶ意義や将来の仕事について懇談しました。\n"
          "ページの先頭へ戻る\nお問い合わせ\n知事室広報広聴課\n電話番号:012-345-6789\n")


def test_topics_entries_after_a_stale_stamp():
    m = derived(TOPICS.format(first="10月3日(木曜日)", second="9月12日(木曜日)"))
    assert (m.fiscal_year, m.year) == (2024, 2024)
    assert "weekday" in m.sources["year"]


def test_entries_of_the_stamps_year_keep_it():
    # 2023年6月14日 was a Wednesday: the entries are of the stamp's year
    assert derived(TOPICS.format(first="6月14日(水曜日)", second="6月14日(水曜日)")).year == 2023


def test_a_weekday_that_fits_the_stamps_year_holds_it():
    # one entry fits 2023 (10月3日 was a Tuesday), one only 2024: no year read from them
    assert derived(TOPICS.format(first="10月3日(火曜日)", second="9月12日(木曜日)")).year == 2023


def test_announced_day_of_the_coming_january_is_no_later_date():
    text = ("ホーム>くらし>お知らせ\n更新日:2023年12月1日\nマイナンバーカード出張申請窓口の開設について\n"
            "マイナンバーカードの申請を、公民館でも受け付けます。\n"
            "1月10日(水)に、中央公民館で出張申請窓口を開設します。顔写真の撮影も無料で行います。\n"
            "本人確認書類をお持ちください。\nお問い合わせ\n市民課 電話:012-345-6789\n")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2023)


# --- the subject's day with its hour, in the 年度 the title names ----------------------------------

TYPHOON = ("{title}\n電気通信施設の被害及び復旧状況について\n"
           "非常に強い台風10号は{day}頃に岩手県大船渡市付近に上陸した後、東北地方を横断し日本海に抜けた。"
           "台風の影響により、岩手県を中心に記録的な大雨となった。\n"
           "この雨により河川が氾濫し、道路や通信施設に大きな被害が生じた。\n"
           "被災地域には衛星通信車を配備し、通信を確保した。\n電気通信施設の被害状況\n衛星通信設備運用状況\n")


@pytest.mark.parametrize("day", ["8月30日17時半", "8月30日17時30分", "8月30日17時"])
def test_a_days_hour_in_the_titles_fiscal_year(day):
    m = derived(TYPHOON.format(title="平成28年度台風10号による", day=day))
    assert (m.fiscal_year, m.year) == (2016, 2016)


def test_no_fiscal_year_no_year_from_the_day():
    m = derived(TYPHOON.format(title="台風10号による", day="8月30日17時半"))
    assert m.year is None


def test_a_deadline_hour_is_no_day_of_the_page():
    text = ("令和6年度デジタル活用支援員の募集について\n"
            "申込みは3月15日17時までに、市役所情報政策課へ提出してください。\n"
            "支援員は、高齢者向けのスマートフォン教室で講師を補助します。\n")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2024, None)


# --- a western year, month and day all in kanji numerals --------------------------------------------

def test_kanji_western_date_is_a_day():
    assert [(y.year, y.month, y.day) for y in find_years("二〇二三年七月三日")] == [(2023, 7, 3)]
    assert [(y.year, y.month, y.day) for y in find_years("二〇二三年十二月三十一日")] == [(2023, 12, 31)]
    assert [(y.year, y.kind) for y in find_years("二〇二三年度")] == [(2023, "fiscal")]


def test_kanji_western_date_line_dates_the_page():
    text = ("ホーム > お知らせ > デジタル化説明会の開催について\nデジタル化説明会の開催について\n二〇二四年二月五日\n"
            "地域のデジタル化を進めるため、説明会を開きます。参加を希望する方は市役所にお申し込みください。\n"
            "会場は市役所3階の会議室です。\nお問い合わせ\n情報政策課\n")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2024)


def test_a_schedule_of_the_coming_january_is_no_later_date():
    text = ("ホーム>くらし>行事予定\n更新日:2023年12月20日\n1月の行事予定\n"
            "1月5日(金曜日)\n仕事始め式(市役所本庁舎)\n"
            "1月8日(月曜日)\n二十歳を祝う会(市民会館大ホール)\n"
            "1月14日(日曜日)\n消防出初式(中央公園)\n"
            "日程は変更になる場合があります。\nお問い合わせ\n秘書広報課\n")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2023)
