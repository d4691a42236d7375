"""fill32: a page the date rules leave undated gets the year (and, when the ranker is surer, the 年度)
its body's likeliest mention gives (indexer/metadata/date_ranker.py), never from a mention the rules
refuse (dates.not_own), never on a page the rules have dated in part, never on a short note.  Texts
written in the form of real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, find_years
from ictsearch.indexer.metadata.dates import not_own

MENU = "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n観光・産業\n"


def derived(text: str, title: str):
    return derive_metadata(text, title=title, path=Path("page.html.txt"), terms=[])


def refusal(text: str, written: str) -> str | None:
    y = next(y for y in find_years(text) if y.text == written)
    return not_own(text, y)


# --- the filler: an undated event report is dated by the day its body reports -------------------

EVENT = (MENU + "スマートフォン教室\n"
         "町では、高齢の方がスマートフォンを安心して使えるよう、使い方を学ぶ教室を公民館で開いています。"
         "教室では、電話のかけ方や写真の撮り方、地図アプリの使い方などを、講師がていねいに説明します。\n"
         "令和5年10月14日(土曜日)、中央公民館で今年3回目の教室を開き、町内の12名の方が参加しました。"
         "参加者からは「家族と写真を送り合えるようになった」などの声が寄せられました。\n"
         "教室で使うスマートフォンは町が貸し出しますので、お持ちでない方も参加できます。"
         "操作に不安のある方は、ご家族と一緒にご参加ください。\n"
         "次回の日程は決まり次第、このページでお知らせします。\n問い合わせ先\n総務課 情報政策係\n電話 0123-45-6789\n")


def test_an_undated_event_report_takes_the_year_of_the_day_it_reports_and_says_the_ranker_chose_it():
    m = derived(EVENT, "スマートフォン教室")
    assert m.year == 2023
    assert m.sources["year"].startswith("inferred by the date ranker (p=0.")
    assert "from 「令和5年10月14日」 (line 8)" in m.sources["year"]
    # The 年度 model alone is below FILL_MIN (0.95) here, but it picks the same day's 年度: the page's
    # own date gives its 年度, as the rules' own dates do.
    assert m.fiscal_year == 2023
    assert "from 「令和5年10月14日」" in m.sources["fiscal_year"]


def test_a_short_note_with_the_same_sentence_stays_undated():
    # Below MIN_CHARS the ranker, which learned on longer pages, would be sure of its one date.
    text = ("スマートフォン教室\n町は、高齢の方のデジタル活用を支えています。\n"
            "令和5年10月14日(土曜日)、中央公民館で教室を開き、12名が参加しました。\n")
    m = derived(text, "スマートフォン教室")
    assert (m.fiscal_year, m.year) == (None, None)


# --- the rules' refusals hold for the ranker's picks ------------------------------------------

ROW = ("光ファイバ網の整備事業の概要\n"
       "事業の概要\n1 事業主体\n山川町\n2 工事完了日\n令和3年3月12日\n"
       "3 総事業費\n98,450,000円\n4 補助額\n49,225,000円\n5 整備対象地域\n北地区、南地区、東地区の全域\n"
       "6 整備の効果\n整備前は、山あいの集落を中心に高速な通信が使えない世帯が多く、テレワークや遠隔授業への対応が課題となっていました。"
       "整備により、町内のすべての世帯で光回線によるサービスを申し込めるようになり、移住を考える方からの問い合わせも増えています。"
       "また、避難所となる公民館にも回線を引き込み、災害時の情報収集に役立てています。\n7 今後の取組\n"
       "回線を活用した見守りサービスや、農業でのセンサー活用について、事業者と検討を進めます。\n")


def test_a_day_under_its_fields_name_is_that_rows_value_not_the_pages_date():
    assert refusal(ROW, "令和3年3月12日") == "a table row's value"
    m = derived(ROW, "光ファイバ網の整備事業の概要")
    assert (m.fiscal_year, m.year) == (None, None)


def test_a_field_and_its_value_apart_by_blank_lines_as_a_saved_page_writes_a_table():
    text = "事業の概要\n\n2工事完了日\n\n令和3年3月12日\n\n3総事業費\n\n98,450,000円\n"
    assert refusal(text, "令和3年3月12日") == "a table row's value"


def test_a_projects_year_under_its_name_field_is_that_rows_value():
    text = "1 事業名\n令和2年度情報通信基盤整備推進事業\n2 事業費\n12,000千円\n"
    assert refusal(text, "令和2年度") == "a table row's value"


def test_a_date_labelled_on_the_line_above_as_the_pages_own_is_not_refused():
    text = "掲載日\n令和5年4月1日\n防災行政無線の更新について\n"
    assert refusal(text, "令和5年4月1日") is None


def test_targets_spans_deadlines_disasters_and_cited_decisions_are_refused():
    assert refusal("令和13年度末までの整備を目指します。", "令和13年度")
    assert refusal("計画期間は令和元年度～令和7年度です。", "令和元年度")
    assert refusal("申込締切 令和5年8月31日(木)\n", "令和5年8月31日")
    assert refusal("平成30年7月豪雨の被害を受けた地区の復旧について\n", "平成30年7月")
    assert refusal("令和4年12月23日に閣議決定された総合戦略を踏まえ、", "令和4年12月23日")
    assert refusal("令和6年4月1日から新しい窓口で受け付けます。", "令和6年4月1日")


def test_an_event_day_in_a_sentence_is_not_refused():
    assert refusal("令和5年7月3日、市民会館で講座を開催しました。", "令和5年7月3日") is None


# --- a page the rules have dated in part keeps their answer -----------------------------------

SCHEDULE = ("全国一斉の情報伝達試験\n"
            "国では、地震や武力攻撃などの緊急時に備えて、情報を確実に伝えるための試験を全国一斉に行います。"
            "市内の屋外スピーカーからも試験の放送が流れますので、あらかじめご承知おきください。\n"
            "試験の日程\n・2024年5月22日(水) 午前11時頃\n・2024年8月28日(水) 午前11時頃\n・2024年11月20日(水) 午前11時頃\n"
            "放送の内容\n「これは、Jアラートのテストです。」を3回繰り返したあと、「こちらは、防災市役所です。」と放送します。"
            "天候や災害の状況によっては、試験を中止することがあります。放送が聞こえにくい地域の方は、防災メールへの登録をお勧めします。"
            "登録の方法は、市のホームページの防災のページでご案内しています。\n問い合わせ先 危機管理課\n")


def test_a_schedule_of_one_year_keeps_its_year_without_a_fiscal_year():
    # The rules give the year of a list of dated items, not the ranker.  (dates43: its days, May to
    # November 2024, all fall in 2024年度 too, and bench/realdocs README gives an undated page the 年度
    # whose schedule it announces (本年度の実施日程): that 年度, from the rules as well.)
    m = derived(SCHEDULE, "全国一斉の情報伝達試験")
    assert (m.fiscal_year, m.year) == (2024, 2024)
    assert "ranker" not in m.sources["year"] and "ranker" not in m.sources["fiscal_year"]
