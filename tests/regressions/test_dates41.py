"""dates41: January-March pages for the coming 年度, and the ones that stay with their day's 年度 (bench/realdocs
README: fiscal_year, spring policy speeches, records against their posting stamp).  Short texts written like real
pages and labelled by the README before any run, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a 議案説明 / 提案理由説明 at the spring session whose session is named other than in its heading ------------

def test_a_bill_explanation_at_a_towns_first_regular_session_is_for_the_budgets_year():
    # 第1回定例会 is the year's spring session: the 当初予算 its opening presents is the speech's 年度.
    text = ("提案理由説明\n令和6年3月1日\n○○町長 山田太郎\n"
            "令和6年第1回○○町議会定例会の開会にあたり、令和6年度当初予算案をはじめ、提出いたしました議案の"
            "提案理由を御説明申し上げます。\n"
            "令和6年度の一般会計予算の総額は52億3,000万円で、前年度に比べ3.2%の増となりました。\n")
    assert years(text) == (2024, 2024)
    titled = ("令和6年第1回定例会 町長提案理由説明\n令和6年3月5日\n"
              "本日、令和6年第1回定例会を招集いたしましたところ、議員各位には御出席を賜り、厚く御礼申し上げます。\n"
              "まず、令和6年度当初予算案の概要について申し上げます。\n")
    assert years(titled) == (2024, 2024)


def test_a_bill_explanation_whose_first_sentence_names_the_february_session_is_for_the_budgets_year():
    # The day in the title, the session's month in the opening sentence.
    text = ("知事提案説明(令和6年2月20日)\n"
            "令和6年2月定例会に提出いたしました議案の説明に先立ち、県政運営の基本的な考え方を申し上げます。\n"
            "令和6年度当初予算は、一般会計で7,950億円となりました。\n")
    assert years(text) == (2024, 2024)


def test_a_bill_explanation_at_a_later_or_extraordinary_session_keeps_its_days_year():
    june = ("令和6年第2回定例会 町長提案理由説明\n令和6年6月10日\n"
            "本日、令和6年第2回定例会を招集いたしましたところ、御出席を賜り厚く御礼申し上げます。\n"
            "今回提出いたしました補正予算案は、令和6年度当初予算に計上した事業の財源を組み替えるものです。\n")
    assert years(june) == (2024, 2024)
    # A January 臨時会 on the running 年度's 補正予算 (a disaster's relief): its day's 年度.
    extraordinary = ("令和6年第1回臨時会 市長提案理由説明\n令和6年1月26日\n"
                     "本日、令和6年第1回臨時会を招集いたしましたところ、御出席を賜り厚く御礼申し上げます。\n"
                     "今回提出いたしました議案は、令和5年度一般会計補正予算(第7号)であり、能登半島地震の被災地支援に"
                     "要する経費を計上するものです。\n")
    assert years(extraordinary) == (2023, 2024)


def test_a_first_sessions_bill_explanation_on_the_running_years_supplementary_budget_keeps_its_days_year():
    text = ("令和6年第1回定例会 町長提案理由説明\n令和6年3月4日\n"
            "本日、令和6年第1回定例会を招集いたしましたところ、御出席を賜り厚く御礼申し上げます。\n"
            "まず、令和5年度一般会計補正予算(第8号)について申し上げます。\n")
    assert years(text) == (2023, 2024)



def test_a_bill_explanation_presenting_the_coming_years_general_account_budget_is_for_that_year():
    # 「令和6年度一般会計予算」 at the February session, with no 補正: the 当初予算 the session takes.
    text = ("議案説明(令和6年2月14日)\n"
            "令和6年2月定例会に提出いたしました令和6年度一般会計予算をはじめとする議案について、その概要を御説明申し上げます。\n"
            "一般会計の総額は、8,120億円であります。\n")
    assert years(text) == (2024, 2024)
    supplementary = ("議案説明(令和6年2月14日)\n"
                     "令和6年2月定例会に提出いたしました令和5年度一般会計補正予算(第6号)について、その概要を御説明申し上げます。\n")
    assert years(supplementary) == (2023, 2024)

# --- what stays with its day's 年度 in January-March -------------------------------------------------------

def test_february_press_conferences_are_records_of_their_day():
    # README: a press conference on the coming budget is a record of its day; so is one on a disaster.
    budget = ("知事定例記者会見(令和6年2月14日)\n"
              "1 令和6年度当初予算案について\n"
              "知事:本日、令和6年度当初予算案を発表いたします。一般会計の総額は8,120億円で、デジタル化の推進に"
              "重点を置きました。\n")
    assert years(budget) == (2023, 2024)
    headed = ("令和6年2月9日 市長定例記者会見\n発表事項\n令和6年度当初予算案について\n"
              "市長:令和6年度当初予算案がまとまりましたので、発表いたします。\n")
    assert years(headed) == (2023, 2024)
    disaster = ("知事臨時記者会見(令和6年1月4日)\n令和6年能登半島地震について\n"
                "知事:1月1日に発生した地震により、県内でも被害が発生しています。被災者の支援に全力で取り組みます。\n")
    assert years(disaster) == (2023, 2024)


def test_a_march_report_on_the_closing_years_results_keeps_that_year():
    results = ("令和5年度の地域情報化の取組結果について\n令和6年3月28日\n"
               "令和5年度に実施した地域情報化の取組の結果を取りまとめましたので、お知らせします。\n")
    assert years(results) == (2023, 2024)
    carried_on = ("地域情報化アドバイザー派遣の実績\n令和6年3月27日\n"
                  "今年度は、県内の12市町村に延べ30回アドバイザーを派遣しました。\n"
                  "令和6年度も引き続き派遣を実施します。\n")
    assert years(carried_on) == (2023, 2024)


def test_a_speech_naming_only_the_new_year_keeps_its_days_year():
    text = ("施政方針\n令和6年2月26日\n"
            "令和6年第1回定例会の開会に当たり、新年度の市政運営に臨む所信の一端を申し述べます。\n"
            "当初予算案では、子育て支援とデジタル化に重点的に配分いたしました。\n")
    assert years(text) == (2023, 2024)


# --- a call for the coming 年度 told as opened (…の公募を開始しました) -------------------------------------------

def test_a_call_for_the_coming_year_told_as_opened_is_for_that_year():
    grant = ("ICT活用推進事業の公募を開始しました\n令和6年2月1日\n"
             "令和6年度ICT活用推進事業について、補助事業者の公募を開始しました。\n"
             "公募期間:令和6年2月1日(木曜日)から3月8日(金曜日)まで\n")
    assert years(grant) == (2024, 2024)
    course = ("タブレット講座の受付開始について\n2024年3月4日\n"
              "令和6年度の高齢者向けタブレット講座の申込受付を開始しました。\n"
              "各講座とも定員は15名で、先着順です。\n")
    assert years(course) == (2024, 2024)


def test_a_call_opened_for_an_info_session_or_the_running_year_keeps_its_days_year():
    session = ("説明会参加者の募集\n令和6年2月5日\n"
               "令和6年度補助事業説明会の参加者の募集を開始しました。\n")
    assert years(session) == (2023, 2024)
    second_round = ("令和5年度第2次募集の開始について\n令和6年1月10日\n"
                    "令和5年度スマートシティ推進事業の第2次公募を開始しました。\n")
    assert years(second_round) == (2023, 2024)



def test_a_tender_for_the_coming_years_contract_is_for_that_year():
    text = ("一般競争入札の公告\n令和6年2月1日\n"
            "令和6年度庁内ネットワーク保守業務について、一般競争入札を行います。\n"
            "入札参加資格等は、入札説明書のとおりです。\n")
    assert years(text) == (2024, 2024)
    # A tender held now on a contract running from the coming 年度 is told with から: no year of the page.
    starting = ("一般競争入札の公告\n令和6年2月1日\n"
                "令和6年度から令和8年度までの庁内ネットワーク保守業務について、一般競争入札を行います。\n")
    assert years(starting) == (2023, 2024)

# --- a sheet, schedule or list of the coming 年度 given out in January-March -----------------------------------

def test_the_coming_years_budget_outline_or_schedule_given_out_is_for_that_year():
    # README: a budget sheet of 令和3年度 → 2021; the 年度 whose schedule a page announces.
    budget = ("当初予算案の概要(令和6年2月14日発表)\n"
              "令和6年度当初予算案の概要をお知らせします。\n"
              "一般会計 総額 3,210億円(対前年度比 2.1%増)\n")
    assert years(budget) == (2024, 2024)
    schedule = ("スマホ相談会の日程について\n2024年3月25日\n"
                "令和6年度のスマホ相談会の日程を掲載しました。\n")
    assert years(schedule) == (2024, 2024)


def test_the_running_years_results_or_a_change_from_april_given_out_keep_the_days_year():
    results = ("電波監視の結果\n令和6年2月20日\n"
               "令和5年度上半期の電波監視の結果をお知らせします。\n")
    assert years(results) == (2023, 2024)
    # No 年度 named: the page's own date gives it.
    personnel = ("人事異動について(令和6年3月22日)\n"
                 "令和6年4月1日付けの人事異動を次のとおり発表します。\n")
    assert years(personnel) == (2023, 2024)
    # A plan's span that starts with the coming 年度 is no 年度 of the page.
    plan = ("情報化推進計画の改定\n令和6年3月29日\n"
            "本市では、令和6年度から令和10年度までを計画期間とする第3次情報化推進計画を策定しました。\n")
    assert years(plan) == (2023, 2024)
    # A change from the coming 年度 the page tells of.
    change = ("ごみ収集カレンダーのアプリ配信\n令和6年3月1日\n"
              "令和6年度からごみ収集カレンダーをアプリでお知らせします。\n")
    assert years(change) == (2023, 2024)


# --- a cited plan's or law's day on a line of its own under its name ---------------------------------------------

def test_a_cabinet_decision_line_under_a_plan_the_page_follows_does_not_date_it():
    text = ("デジタル社会の実現に向けて\n"
            "デジタル社会の実現に向けた重点計画\n"
            "(令和5年6月9日閣議決定)\n"
            "政府は、誰一人取り残されない、人に優しいデジタル化を進めています。本町もこの計画に沿って取組を進めます。\n")
    assert years(text) == (None, None)
    # …and on a page with a date of its own, that date stands.
    dated = ("関連する計画\n令和6年4月1日更新\n"
             "本町の取組は、次の計画に沿って進めています。\n"
             "「デジタル田園都市国家構想総合戦略」\n"
             "(令和4年12月23日閣議決定)\n")
    assert years(dated) == (2024, 2024)


def test_a_laws_promulgation_line_under_its_name_on_a_page_about_it_does_not_date_it():
    text = ("デジタル手続法について\n"
            "情報通信技術を活用した行政の推進等に関する法律(令和元年法律第16号)\n"
            "令和元年5月31日公布\n"
            "この法律は、行政手続のオンライン化を原則とすることなどを定めています。\n")
    assert years(text) == (None, None)


def test_the_plans_own_page_is_dated_by_its_decision():
    text = ("デジタル社会の実現に向けた重点計画\n"
            "(令和5年6月9日閣議決定)\n"
            "第1 デジタル社会の実現に向けての理念・原則\n"
            "デジタル社会の実現に向けた構造改革のための5つの原則を示す。\n")
    assert years(text) == (2023, 2023)
    subtitled = ("重点計画\n"
                 "デジタル社会の実現に向けた重点計画\n"
                 "(令和5年6月9日閣議決定)\n"
                 "第1 デジタル社会の実現に向けての理念・原則\n")
    assert years(subtitled) == (2023, 2023)


# --- an as-of note closing a sentence of the page's own account ----------------------------------------------------

def test_an_as_of_note_after_a_sentence_of_the_pages_account_dates_an_undated_page():
    # README, dates of pages without a date line: an as-of point of the page's own account (its coverage).
    text = ("光ファイバ網の整備\n"
            "町内全域に光ファイバ網が整備されており、世帯カバー率は100%となっています。(令和6年3月末時点)\n"
            "サテライトオフィスの誘致にも取り組んでいます。\n")
    assert years(text) == (2023, 2024)


def test_an_as_of_note_under_a_dated_page_does_not_date_it():
    dated = ("光ファイバ網の整備\n令和6年5月10日\n"
             "町内全域に光ファイバ網が整備されており、世帯カバー率は100%となっています。(令和6年3月末時点)\n")
    assert years(dated) == (2024, 2024)


def test_an_as_of_point_opening_a_clause_of_the_pages_own_account_dates_an_undated_page():
    text = ("○○地方非常通信協議会\n"
            "協議会の概要\n"
            "当協議会は昭和26年7月に設立され、令和7年4月現在、国の機関、県、市町村、電気通信事業者等、98団体で構成されています。\n"
            "非常時の通信の確保のため、毎年訓練を行っています。\n")
    assert years(text) == (2025, 2025)


def test_an_as_of_point_in_a_borrowed_count_does_not_date_an_undated_page():
    text = ("光ファイバの整備\n"
            "総務省の調査によると、令和5年3月末現在、全国の光ファイバの世帯カバー率は99.8%となっています。\n"
            "本町でも未整備地区の解消に取り組んでいます。\n")
    assert years(text) == (None, None)



# --- a keyed period of one 年度 on a page without a date: the year of its first day --------------------------------

def test_a_keyed_period_dates_an_undated_page_by_its_first_day():
    # README, dates of pages without a date line: the days of the 年度 whose call the page announces.
    text = ("テレワーク導入支援補助金\n"
            "市内の中小企業がテレワークを導入する経費の一部を補助します。\n"
            "募集期間\n"
            "令和6年5月13日(月曜日)~令和7年2月28日(金曜日)\n")
    assert years(text) == (2024, 2024)
    stop = ("コンビニ交付サービスの一時停止\n"
            "システムの保守のため、次の期間はサービスを停止します。\n"
            "◎停止期間\n"
            "令和6年12月28日(土曜日)から令和7年1月5日(日曜日)まで\n")
    assert years(stop) == (2024, 2024)


def test_a_keyed_period_on_a_dated_page_does_not_date_it():
    dated = ("テレワーク導入支援補助金\n令和7年3月26日\n"
             "募集期間\n"
             "令和7年5月12日(月曜日)~令和8年2月27日(金曜日)\n")
    assert years(dated) == (2024, 2025)
