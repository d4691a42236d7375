"""dates39: a page dated January-March that is for the coming 年度 (bench/realdocs README, fiscal_year: the 年度 the
document is for when the text names its own, as a 重点施策 dated in March for the next 年度), and pages that only
mention that 年度.  Short texts written like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- the coming 年度 in a first sentence that announces a call, a programme or a plan of it --------------

def test_a_call_for_the_coming_years_helpers_is_of_that_year():
    text = ("デジタル活用支援員の募集について\n"
            "令和6年2月1日\n"
            "本市では、令和6年度デジタル活用支援員を募集します。\n"
            "1 募集人数 10名\n"
            "2 応募方法 所定の申込書を情報政策課へ提出してください。\n")
    assert years(text) == (2024, 2024)


def test_a_subsidy_call_for_a_programme_run_in_the_coming_year_is_of_that_year():
    text = ("テレワーク導入支援補助金の公募について\n"
            "更新日:2024年3月5日\n"
            "県では、令和6年度に実施する「テレワーク導入支援補助金」の補助事業者を公募します。\n"
            "1 対象者 県内に事業所を有する中小企業\n"
            "2 補助率 2分の1(上限50万円)\n")
    assert years(text) == (2024, 2024)


def test_a_plan_made_in_march_for_the_coming_year_is_of_that_year():
    text = ("デジタル推進の取組について\n"
            "令和6年3月29日\n"
            "本町は、令和6年度デジタル推進実施計画を策定しました。\n"
            "計画では、行政手続のオンライン化と公共施設のWi-Fi整備を重点項目としています。\n")
    assert years(text) == (2024, 2024)


def test_a_call_for_a_month_of_events_with_its_days_glossed_is_of_that_year():
    # (5月15日から6月15日まで) glosses the month's days: no start or limit of the 年度.
    text = ("情報通信月間の参加行事の募集\n"
            "令和6年1月31日\n"
            "当局は、令和6年度情報通信月間(5月15日から6月15日まで)において開催する参加行事を募集します。\n"
            "応募は別紙の様式により、3月8日までに提出してください。\n")
    assert years(text) == (2024, 2024)


# --- the coming 年度 only mentioned: the page keeps the 年度 of its date ---------------------------------

def test_a_report_of_this_year_that_starts_a_service_from_next_year_keeps_its_year():
    # 「令和6年度から」: a future start in a report of the 年度 running.
    text = ("地域DX実証事業の成果報告\n"
            "令和6年3月15日\n"
            "本市は、今年度、地域DX実証事業として見守りセンサーの実証を行いました。\n"
            "実証の結果を踏まえ、令和6年度から本格運用を開始します。\n")
    assert years(text) == (2023, 2024)


def test_a_programme_carried_on_next_year_keeps_the_reports_year():
    text = ("スマホ教室の実施状況\n"
            "令和6年3月10日\n"
            "本市では、高齢者向けスマホ教室を20回開催し、延べ350人が参加しました。\n"
            "令和6年度も引き続き実施します。\n")
    assert years(text) == (2023, 2024)


def test_an_info_session_held_now_about_next_years_programme_keeps_its_year():
    text = ("補助事業の説明会\n"
            "令和6年2月20日\n"
            "令和6年度事業の説明会を開催します。\n"
            "日時 令和6年2月28日(水曜日)午後2時から\n")
    assert years(text) == (2023, 2024)


def test_a_call_that_waits_on_the_coming_budget_keeps_its_year():
    # 「令和6年度予算の成立を前提に」: the budget is the call's condition, not its year.
    text = ("地域サテライトオフィス整備事業の公募\n"
            "令和6年3月12日\n"
            "本公募は、令和6年度予算の成立を前提に実施します。\n"
            "提案書の提出期限は4月22日です。\n")
    assert years(text) == (2023, 2024)


def test_a_page_that_reports_this_year_before_naming_the_next_keeps_this_year():
    text = ("オンライン申請の拡大\n"
            "令和6年3月10日\n"
            "令和5年度は、オンラインで申請できる手続を30手続に拡大しました。\n"
            "令和6年度は、さらに50手続で受付を開始します。\n")
    assert years(text) == (2023, 2024)


def test_a_press_conference_announcing_next_years_call_keeps_its_day():
    # A record of its day (bench/realdocs README: a press conference on the coming budget).
    text = ("知事記者会見(令和6年2月14日)\n"
            "令和6年2月14日\n"
            "知事:本日は、令和6年度の地域おこし協力隊を募集しますので、お知らせします。\n"
            "記者:募集人数は何人ですか。\n")
    assert years(text) == (2023, 2024)


def test_the_same_call_in_april_is_of_its_own_year():
    # Dated April: the date's 年度 is already the one named; nothing to move.
    text = ("デジタル活用支援員の募集について\n"
            "令和6年4月5日\n"
            "本市では、令和6年度デジタル活用支援員を募集します。\n")
    assert years(text) == (2024, 2024)


# --- an undated call opened in the winter or spring and closing in the next 年度 ----------------------------

def test_an_undated_call_opened_in_february_and_closing_in_may_is_of_the_coming_year():
    text = ("スマート農業実証事業の実施者の募集\n"
            "県では、農作業の省力化に向けたスマート農業技術の実証に取り組む生産者団体を募集します。\n"
            "募集期間:令和7年2月17日(月)~令和7年4月25日(金)\n"
            "応募方法:申請書を農業振興課へ電子メールで提出してください。\n")
    assert years(text) == (2025, 2025)  # dates41: and the year of its first day, as labels38 settled (realdocs r1630; r1842, r2946, r3651 labelled so)


def test_a_maintenance_stop_across_the_change_of_fiscal_year_gives_no_year():
    # A stop is no call: 3月30日 to 4月2日 belongs to neither 年度 as a page's.
    text = ("電子申請システムの一時停止について\n"
            "システム更新作業のため、電子申請システムを停止します。\n"
            "停止期間:令和7年3月30日(日)~令和7年4月2日(水)\n"
            "ご不便をおかけしますが、ご理解をお願いします。\n")
    assert years(text)[0] is None


def test_an_undated_call_running_from_march_to_december_gives_no_year():
    # Closing late in the next 年度: a long call whose 年度 only a reader can say.
    text = ("移住支援金の申請受付について\n"
            "東京圏から移住し、県内で就業した方に移住支援金を支給します。\n"
            "申請期間:令和7年3月3日~令和7年12月26日\n")
    assert years(text)[0] is None


# --- a governor's 提案説明 at the spring session: a 議案説明 under another name -----------------------------

def test_a_spring_proposal_speech_presenting_the_coming_budget_is_of_that_year():
    text = ("令和6年2月定例会 知事提案説明\n"
            "令和6年2月20日\n"
            "本日、ここに令和6年2月定例県議会が開会され、令和6年度当初予算案をはじめ、当面する県政の諸課題について"
            "御審議いただくに当たり、提案いたしました議案の概要を御説明申し上げます。\n"
            "まず、予算編成の基本的な考え方について申し上げます。\n")
    assert years(text) == (2024, 2024)


def test_a_spring_proposal_speech_on_the_running_years_supplementary_budget_keeps_its_year():
    # The 補正予算 of the 年度 running, presented at the same session, is not the coming 年度's budget.
    text = ("令和6年2月定例会 提案理由説明\n"
            "令和6年2月20日\n"
            "まず、令和5年度一般会計補正予算について御説明申し上げます。\n"
            "今回の補正は、物価高騰対策に要する経費を計上するものであります。\n")
    assert years(text) == (2023, 2024)


# --- a 市政運営方針: a policy speech under a city's name for it --------------------------------------------

def test_a_city_policy_speech_presenting_the_coming_budget_is_of_that_year():
    text = ("市政運営方針\n"
            "令和6年2月27日\n"
            "令和6年度予算案をはじめ、諸議案の御審議をお願いするに当たり、市政運営方針を申し上げます。\n"
            "第一に、デジタル技術を活用した行政サービスの向上に取り組みます。\n")
    assert years(text) == (2024, 2024)


def test_a_city_policy_speech_naming_only_the_new_year_keeps_its_date():
    # 新年度 without its number keeps the date's 年度 (bench/realdocs README, spring policy speeches).
    text = ("市政運営方針\n"
            "令和6年2月27日\n"
            "新年度の予算案をはじめ、諸議案の御審議をお願いするに当たり、市政運営方針を申し上げます。\n")
    assert years(text) == (2023, 2024)


def test_a_call_told_with_its_verb_made_a_noun_is_of_the_coming_year():
    text = ("地域おこし協力隊の募集\n"
            "令和6年2月1日\n"
            "本町では、令和6年度地域おこし協力隊の募集を行います。\n"
            "活動内容 町のデジタル発信と移住相談\n")
    assert years(text) == (2024, 2024)


def test_a_survey_done_now_to_plan_next_years_course_keeps_its_year():
    # 実施しました: an act of the 年度 running, done with the coming one in view.
    text = ("スマホ講座アンケート結果\n"
            "令和6年2月1日\n"
            "令和6年度の講座内容を検討するため、受講者アンケートを実施しました。\n"
            "回答数は120件でした。\n")
    assert years(text) == (2023, 2024)


# --- an undated New Year greeting recalling 昨年's event by its year -------------------------------------

def test_an_undated_new_year_greeting_recalling_last_years_storm_is_of_the_next_january():
    text = ("新年のごあいさつ\n"
            "新年あけましておめでとうございます。\n"
            "昨年8月の「令和5年台風第7号」では、管内の広い範囲で携帯電話の基地局が停波し、多くの方が不便な生活を強いられました。\n"
            "本年も、災害に強い情報通信基盤の整備に職員一丸となって取り組んでまいります。\n")
    assert years(text) == (2023, 2024)


def test_a_new_year_greeting_without_a_year_gives_none():
    text = ("新年のごあいさつ\n"
            "新年あけましておめでとうございます。\n"
            "昨年は、町内全域で光ファイバの整備が完了し、高速通信が利用できるようになりました。\n"
            "本年も町民の皆様のご協力をお願い申し上げます。\n")
    assert years(text) == (None, None)


def test_a_page_that_is_no_greeting_is_not_dated_by_last_years_storm():
    text = ("携帯電話基地局の停波対策\n"
            "昨年8月の「令和5年台風第7号」では、管内の広い範囲で携帯電話の基地局が停波しました。\n"
            "このため、基地局の予備電源の強化を支援します。\n")
    assert years(text)[1] != 2024


def test_the_tender_result_of_next_years_contract_is_of_that_year():
    # The coming 年度 has no results yet: the 入札結果 is of its contract.
    text = ("庁内ネットワーク保守業務委託の入札結果\n"
            "令和6年3月15日\n"
            "令和6年度庁内ネットワーク保守業務委託の入札結果を公表します。\n"
            "落札者 株式会社○○システム\n")
    assert years(text) == (2024, 2024)
