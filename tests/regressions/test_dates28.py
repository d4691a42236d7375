"""dates28: a maintainer filtering a year of municipal and bureau pages, and the years a page holds that
are not its own (an evaluated project's 年度, a re-posted record's stamp …).  Short texts written like
real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- an evaluation of a past project: the project's 年度 is not the evaluation's ---------------

def test_a_repeated_evaluation_is_dated_by_its_own_date_line_not_the_projects_year():
    text = ("高度無線環境整備推進事業(令和2年度)における再評価結果について\n2024年10月3日\n"
            "令和2年度に実施した高度無線環境整備推進事業の再評価結果をお知らせします。\n"
            "(1)工事完了日:令和3年3月10日\n(2)サービス開始日:令和3年2月1日\n")
    assert years(text) == (2024, 2024)


def test_an_interim_evaluation_without_a_date_stays_undated():
    text = ("光ファイバ整備事業(令和元年度分)に係る中間評価結果\n"
            "令和元年度に実施しました光ファイバ整備事業に係る中間評価の結果をお知らせします。\n"
            "一般家庭用Wi-Fi:40か所\n")
    assert years(text) == (None, None)


def test_an_evaluation_form_names_the_project_in_a_row_and_its_days_are_the_projects():
    text = ("1 事業名\n平成29年度情報通信基盤整備推進補助金事業\n2 工事完了日\n平成30年2月20日\n"
            "3 総事業費\n5,120,000円\n【事業内容】\n1 超高速ブロードバンドサービス提供開始日\n平成30年4月1日\n"
            "3 目標と実績\n加入世帯数 60世帯\n4 評価及び課題\n加入率は目標に届いていません。\n")
    assert years(text) == (None, None)


def test_the_project_row_of_an_ex_post_table_leaves_the_update_stamp_to_date_the_page():
    text = ("交付金事業における整備計画事後評価について\n記事ID:0001234 更新日:2015年9月1日更新\n"
            "村内全域で光ファイバー網を整備し、平成22年4月1日からサービスを開始しました。\n"
            "事業の概要事業年度平成21年度事業完了日平成22年3月5日\n")
    assert years(text) == (2015, 2015)


def test_a_budget_sheet_still_names_its_own_year_in_a_project_row():
    # No evaluation on the page: 「事業名 令和5年度…事業」 is the sheet's own 年度.
    text = "事業名\n令和5年度スマート農業推進事業\n予算額 12,000千円\n実証を行い、成果を普及する。\n"
    assert years(text)[0] == 2023


# --- a meeting's record posted years after the meeting is of its meeting -------------------------

def test_a_council_record_reposted_years_later_is_dated_by_its_meeting():
    text = ("第12回情報公開審議会審議結果\n掲載日:2019年4月8日\n次の審議会等を下記のとおり開催した。\n"
            "審議会等名称\n第12回情報公開審議会\n開催日時\n平成28年10月4日(火曜日)午後2時~3時\n"
            "開催場所\n県庁第一会議室\n")
    assert years(text) == (2016, 2016)


def test_a_press_conference_put_online_years_later_is_dated_by_its_day():
    text = ("公開日 2009年03月02日\n知事の定例記者会見\n平成18年6月13日10時00分から(県庁第二応接室)\n"
            "(項目)\n・平成19年度予算\n・観光振興\n(知事)\n本日は三点申し上げます。\n")
    assert years(text, title="知事の定例記者会見") == (2006, 2006)


def test_minutes_posted_within_the_year_are_dated_by_their_meeting():
    # Posted eight months after the meeting.  Until labels32 the stamp stayed the page's date; the
    # convention then written into bench/realdocs/README.md (records against their posting stamp: a
    # later 掲載日 is furniture however close) dates the record by its meeting (dates32).
    text = ("第40回個人情報保護審議会議事録\n掲載開始日:2024年2月29日\n1.日時\n令和5年6月30日(金曜)午後2時から\n"
            "2.場所\n県庁会議室\n")
    assert years(text) == (2023, 2023)


def test_an_event_announcement_is_no_record_and_keeps_its_stamp():
    # Not a record: the day under 開催日時 is an event it announces, years before a late re-stamp or not.
    text = ("セミナーのご案内\n掲載日:2018年4月11日\nテレワークセミナーを開催します。\n開催日時\n"
            "平成27年9月17日(木曜日)午後2時から\n")
    assert years(text)[1] == 2018


# --- a rule's own number, or a report's date and issuer, in brackets under its name -----------------

def test_a_rule_is_dated_by_its_own_bracketed_number_not_by_a_later_revision():
    text = ("○山川町光ネットワーク施設の設置及び管理に関する条例\n(平成22年12月20日条例第30号)\n改正\n"
            "平成28年3月18日条例第4号\n(目的)\n第1条\nこの条例は、地方自治法(昭和22年法律第67号)に基づき…\n")
    assert years(text) == (2010, 2010)


def test_a_notice_number_under_a_subsidy_rule_dates_it():
    text = ("○川辺町防犯カメラ設置補助金交付要綱\n(令和5年3月27日告示第9号)\n(趣旨)\n第1条\n"
            "この要綱は、川辺町補助金等交付規則(昭和55年川辺町規則第3号)に定めるもののほか…\n")
    assert years(text) == (2022, 2023)


def test_a_report_summary_with_its_month_and_council_under_the_title():
    text = ("次世代ネットワークの整備について(意見のとりまとめ)【概要】\n(令和4年6月 次世代ネットワークに関する検討会)\n"
            "1.基本的考え方\n(1)基本方針\n・審議のまとめ(令和2年12月)に示した方針に基づき整備を図る。\n")
    assert years(text) == (2022, 2022)


def test_a_law_cited_by_its_number_inside_a_sentence_does_not_date_the_page():
    text = ("個人情報の取扱いについて\n本市は、個人情報の保護に関する法律(平成15年5月30日法律第57号)及び"
            "本市条例(平成16年3月25日条例第5号)に基づき、個人情報を適正に取り扱います。\n")
    assert years(text) == (None, None)


# --- a page posted once and rewritten later: the update dates the text that reports later events ----

def test_a_plan_page_that_reports_its_later_review_is_dated_by_its_update():
    text = ("掲載開始日:2020年3月30日更新日:2023年10月5日\nここから本文です。\n"
            "計画の策定から2年を経過する中、令和4年6月に中間見直しを実施し、アクションプランを新たに設定しました。\n"
            "本県は「県情報化推進計画(取組期間:令和2年度~令和5年度)」を策定しました。\n")
    assert years(text, title="県情報化推進計画") == (2023, 2023)


def test_a_posted_page_whose_text_names_only_earlier_days_and_a_target_keeps_its_posting_date():
    # The 令和8年度までに is a target and the plan span a span: nothing reported after the posting.
    text = ("公開日 2021年2月8日\n更新日 2024年5月24日\n概要\n本市は平成17年1月1日に合併して誕生しました。"
            "平成12・13年度にケーブル網を整備し、令和8年度までに全域で光化を目指します(計画期間:令和3年度~令和7年度)。\n")
    assert years(text, title="ケーブルテレビ網の概要") == (2020, 2021)


# --- a budget named far down the page is the sheet's year only when it opens its line -------------

def _far_down(line: str) -> str:
    body = "".join(f"({i})地域の情報通信基盤を整備し、住民サービスを向上させる取組を進めています。\n" for i in range(1, 14))
    return "補助事業の概要\n" + body + line + "\n"


def test_a_row_of_towns_with_their_project_years_names_no_year_of_the_page():
    assert years(_far_down("北川町(平成11年度、平成14年度第2次補正、平成15年度補正)"))[0] is None


def test_a_timeline_row_citing_a_budget_names_no_year_of_the_page():
    assert years(_far_down("令和2年3月:全員協議会で報告、令和2年度当初予算で導入に関する経費を計上"))[0] is None


def test_a_budget_heading_opening_its_line_far_down_still_names_the_sheets_year():
    assert years(_far_down("【令和4年度当初予算】 36,949千円"))[0] == 2022


# --- 掲載日:…更新: a posting stamp, though its CMS writes 更新 after it ----------------------------

def test_a_posting_stamp_written_with_a_trailing_koushin_beats_a_plan_cited_in_the_first_sentence():
    text = ("「ITプラン」フォローアップについて\nページID:0012345 掲載日:2012年7月9日更新 印刷ページ表示\n"
            "本県では、IT施策を推進するため、「ITプラン」を平成21年3月に策定しました。\n"
            "下記のとおりフォローアップを実施しました。\n")
    assert years(text)[1] == 2012


def test_an_update_stamp_still_loses_to_the_date_line_of_a_press_release():
    text = ("報道資料\n令和4年5月10日\n○○総合通信局\n電波の日記念式典の開催\nページID:001 更新日:2024年2月9日更新\n"
            "当局は、6月1日に式典を開催します。\n")
    assert years(text, title="電波の日記念式典の開催")[1] == 2022


# --- a site's widget above the content mark is no date of the page ---------------------------------

def test_a_population_widget_above_the_content_mark_does_not_date_the_page():
    text = ("トップページ > 市政 > パブリックコメント > 情報化計画\nまちのうごき\n【2019年3月1日現在】\n人口 42676\n"
            "世帯 15359\nここから本文\n情報化計画\n情報化計画に対する貴重なご意見をいただきありがとうございました。\n")
    assert years(text, title="情報化計画") == (None, None)


def test_a_stamp_above_the_content_mark_still_dates_the_page():
    text = ("掲載日:2022年5月9日\nここから本文です。\n情報化計画\n情報化計画を策定しました。\n")
    assert years(text, title="情報化計画") == (2022, 2022)


# --- a list of articles, each closed by its day, under the page's own stamp ------------------------

_ARTICLES = ("フリマサービス ~ 取引は慎重に ~ (令和元年11月16日掲載)\n"
             "ウイルス感染の警告 ~ ソフト購入なら解約を ~ (令和元年7月20日掲載)\n"
             "ネット通販のトラブル ~ アドレスに注目 ~ (令和元年6月22日掲載)\n"
             "定期購入のトラブル ~ 小さい字も見て ~ (平成31年3月8日掲載)\n")


def test_a_list_of_dated_articles_leaves_the_last_update_stamp_to_date_the_page():
    text = "インターネット通販に関する事例\n最終更新日 2020年3月14日ページID 040052\n印刷\n" + _ARTICLES
    assert years(text) == (2019, 2020)


def test_without_a_stamp_the_latest_article_dates_the_list_page():
    text = "インターネット通販に関する事例\n県内で相談が増えています。ご注意ください。\n" + _ARTICLES
    assert years(text) == (2019, 2019)


def test_a_heading_closed_by_its_own_day_is_still_a_date_line():
    text = "知事トピックス(2013年7月10日)\n知事は、県内の企業を訪問しました。\n"
    assert years(text) == (2013, 2013)


# --- a marked heading of a 年度's results names the 年度 the page reports --------------------------

def test_a_bracketed_heading_of_a_years_results_names_the_pages_fiscal_year():
    text = ("デジタル区役所の推進\n実証実験を展開します。\n【令和5年度(2Q)の取組実績】\n"
            "モデル区において実証実験を実施し、一定の効果を確認しました。\n")
    assert years(text, title="デジタル区役所の推進") == (2023, None)


def test_a_years_figures_cited_inside_a_sentence_name_no_year_of_the_page():
    text = ("キャッシュレス決済の導入\n市民課での年間約38,000件の証明書等発行(令和3年度実績)における"
            "現金授受がなくなります。\n")
    assert years(text, title="キャッシュレス決済の導入") == (None, None)


# --- a New Year's greeting that says the year has come -------------------------------------------

def test_a_new_year_greeting_dates_itself_by_the_year_that_has_come():
    text = ("「年頭のご挨拶」\n北陸総合通信局長\n新年あけましておめでとうございます。\n"
            "ついに2012年がやってきました。本年3月には地上テレビ放送が完全移行します。\n")
    assert years(text) == (2011, 2012)


def test_a_year_that_comes_in_a_page_that_is_no_greeting_dates_nothing():
    text = "地デジ移行のお知らせ\n2011年がやってきました。本年7月に地上アナログ放送は終了します。\n"
    assert years(text) == (None, None)


# --- a year alone and the page's stamp of that year -------------------------------------------------

def test_a_second_session_of_a_year_takes_the_fiscal_year_of_its_stamp_that_year():
    text = "令和5年第2回区議会定例会区長招集挨拶\n最終更新日 令和5年6月12日\nページ番号 1234\n区議会定例会にあたり、ご挨拶を申し上げます。\n"
    assert years(text) == (2023, 2023)


def test_a_first_session_of_a_year_stamped_after_march_is_of_the_year_before():
    # The first session sits in February or March: the 年度 before its stamp's.  dates28 gave none;
    # dates32 reads that 年度 from the session itself (a year's first 定例会, as on the realdocs dev pages).
    text = "令和5年第1回区議会定例会区長招集挨拶\n最終更新日 令和5年4月12日\nページ番号 1234\n区議会定例会にあたり、ご挨拶を申し上げます。\n"
    assert years(text) == (2022, 2023)


# --- the 年度 whose budget runs what the page offers, now -------------------------------------------

def test_a_desk_run_as_a_years_budget_project_names_that_fiscal_year():
    text = ("共聴施設の相談窓口を開設しました。\n施設の老朽化についてご相談ください。\n"
            "なお、本窓口の運営は令和5年度総務省予算事業として実施するもので、令和6年3月31日までの開設を予定しています。\n")
    assert years(text, title="共聴施設の相談窓口") == (2023, None)


def test_a_project_that_ran_on_a_past_years_budget_names_no_year_of_the_page():
    text = ("防災行政無線のデジタル化\n本町では、令和2年度補正予算で実施した整備により、全域がデジタル化されました。\n"
            "戸別受信機の使い方を紹介します。\n")
    assert years(text, title="防災行政無線のデジタル化") == (None, None)


# --- a 年度 the page names as its own number, or as the latest it reports ---------------------------

def test_a_councils_answer_numbered_in_its_fiscal_year_names_that_year():
    text = ("(令和6年度答申第3号)\n答 申\n1 審査会の結論\n処分庁が令和4年2月25日付け3調総発第310号で行った決定は妥当である。\n")
    assert years(text, title="答申") == (2024, None)


def test_the_latest_fiscal_year_of_a_progress_table_names_the_pages_year():
    text = ("資料 基本計画 p1 項目番号 3-(1)-1 関係府省等 総務省 最新(令和4年度)の施策の実施状況 (総務省) "
            "○通信・放送サービスの開発を行う者に助成を実施。令和4年度は5件の助成を実施。\n")
    assert years(text, title="資料") == (2022, None)


def test_a_previous_answer_cited_by_its_number_inside_a_sentence_is_not_the_pages():
    # A 答申 cited by its number is another document; the page here has a date line of its own.
    text = ("報道資料\n令和6年5月10日\n本件は、令和4年度答申第2号を踏まえ、規則を改正するものです。\n")
    assert years(text, title="規則の改正") == (2024, 2024)


# --- an assembly's session named by its month, written 定例県議会 -----------------------------------

def test_a_session_written_teirei_kengikai_dates_the_opinion_paper():
    text = ("意見書案と採決状況\n議案等の審議結果\n平成19年6月定例県議会\n意第12号\n可 決\n"
            "郵便局の維持に関する意見書(案)\n日本郵政公社は、民営化に向けて再編する計画を示した。\n")
    assert years(text) == (2007, 2007)


def test_a_session_month_inside_a_sentence_is_not_the_pages_date():
    text = "議会だより\n本町議会は、平成19年6月定例議会で可決した意見書について説明会を開く。\n"
    assert years(text)[1] is None


# --- a trail's step that is a year and month in figures ----------------------------------------------

def test_a_newsletter_issue_step_in_the_trail_dates_its_article():
    text = ("モバイルはちまん\nトップ>広報はちまん>2011.02> 共聴施設の改修助成\n共聴施設の改修助成\n"
            "総務省では、共聴施設のデジタル化改修に対し、助成金を交付しています。\n")
    assert years(text, title="共聴施設の改修助成") == (2010, 2011)


def test_a_version_number_step_is_no_issue():
    text = "トップ>仕様書>2.10> 接続仕様\n接続仕様\n接続方法を説明します。\n"
    assert years(text, title="接続仕様") == (None, None)
