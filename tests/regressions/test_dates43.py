"""dates43: the forms pages of the kinds held out is weakest on (other-gov, municipal, prefecture, council,
bureau-event, ministry-press) date themselves by.  Short texts written like real pages and labelled by
bench/realdocs/README.md before any run, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a report or a record under a title naming its 年度, its day written without the year ----------------------

def test_an_event_report_under_a_titled_year_takes_the_year_of_its_day_opening_a_sentence():
    # 11月 of 令和5年度 is 2023; 1月 of it is 2024 (README, year: the event's day when the page has no date).
    november = ("令和5年度 第2回スマホ教室を開催しました\n"
                "11月8日(水)、公民館でスマホ教室を開催し、20名の方が参加しました。\n")
    assert years(november) == (2023, 2023)
    january = ("令和5年度 第3回スマホ教室を開催しました\n"
               "1月17日(水)、公民館でスマホ教室を開催し、18名の方が参加しました。\n")
    assert years(january) == (2023, 2024)


def test_a_report_or_a_record_under_a_titled_year_takes_the_year_of_its_keyed_day():
    report = ("令和5年度 情報セキュリティ研修 実施報告\n日時 2月20日(火)14:00～16:00\n場所 役場大会議室\n"
              "受講者 職員45名\n")
    assert years(report) == (2023, 2024)
    minutes = ("令和5年度 第2回○○市情報化推進委員会 会議録\n日時 10月12日(木) 午後2時～午後4時\n"
               "場所 市役所3階会議室\n")
    assert years(minutes) == (2023, 2023)
    table = ("令和5年度 第3回○○市情報化推進委員会 会議録\n| 開催日時 | 2月15日(木) 午後2時～午後4時 |\n"
             "| 場所 | 市役所3階会議室 |\n| 議題 | 令和6年度の事業計画について |\n")
    assert years(table) == (2023, 2024)


def test_an_update_stamp_within_the_titled_year_stays_the_year_and_a_deadline_key_gives_no_day():
    # README (event reports after a 年度's end): an 更新日 within the title's 年度 stays the year as usual.
    stamped = ("令和5年度 地域DXセミナー 開催報告\n日時 11月8日(水)13時30分～16時\n会場 ○○市民会館\n"
               "地域の中小企業の皆様を対象に、DXの進め方に関するセミナーを開催しました。\n更新日:2024年2月1日\n")
    assert years(stamped) == (2023, 2024)
    # A 提出期日 is the call's deadline, no day of an event: the 年度 alone, no year.
    deadline = ("令和6年度 ICT講座 講師の募集\n提出期日 5月10日(金)\n応募書類を生涯学習課へ提出してください。\n")
    assert years(deadline) == (2024, None)


# --- a standing page opening its 年度's call ------------------------------------------------------------------

def test_a_standing_page_opening_its_years_call_is_for_that_year_without_a_year():
    # README (dates of pages without a date line): the 年度 whose call it announces; for a 年度 alone, year empty.
    opened = ("スマート農業機械導入支援事業\n令和6年度の申請受付を開始しました。\n"
              "対象者 町内の認定農業者\n申請方法 申請書を農林課へ提出してください。\n")
    assert years(opened) == (2024, None)
    recruiting = ("地域おこし協力隊\n町では、令和6年度の地域おこし協力隊員を募集しています。\n活動内容 観光振興\n")
    assert years(recruiting) == (2024, None)


def test_a_start_year_a_past_round_or_a_history_gives_a_standing_page_no_year():
    start = ("地域おこし協力隊\n町では、平成27年度から地域おこし協力隊を募集しています。\n"
             "これまでに12名の隊員が活動し、7名が町内に定住しました。\n")
    assert years(start) == (None, None)
    # A session about the 年度's programme is no call of it.
    session = ("テレワーク導入補助金\n令和6年度の補助金の説明会を開催し、募集します。\n")
    assert years(session) == (None, None)


# --- the nation's act cited by a local page --------------------------------------------------------------------

def test_the_nations_plan_a_town_cites_does_not_date_its_page():
    text = ("自治体DXの推進\n"
            "国は、令和2年12月25日に「自治体デジタル・トランスフォーメーション(DX)推進計画」を策定しました。\n"
            "本市においても、この計画に沿って取組を進めています。\n")
    assert years(text) == (None, None)
    # The town's own act told the same way is its news.
    own = ("○○市DX推進計画の策定\n"
           "本市は、令和5年3月24日に「○○市DX推進計画」を策定しました。\n")
    assert years(own) == (2022, 2023)
    ministry = ("地域情報化大賞の受賞者決定\n"
                "総務省は、令和6年2月9日、「地域情報化大賞2023」の受賞者を決定しました。\n")
    assert years(ministry) == (2023, 2024)


# --- a plan's own making under its key --------------------------------------------------------------------------

def test_a_plans_making_under_its_key_dates_it_and_the_later_revision_wins():
    made = ("○○県情報化推進計画\n策定:令和5年3月29日\n1 計画の趣旨\n"
            "本県では、平成28年3月に「○○県情報化推進計画」を策定し、取組を進めてきました。\n"
            "2 計画期間 令和5年度～令和9年度\n")
    assert years(made) == (2022, 2023)
    revised = ("○○県情報化推進計画\n策定:令和4年3月29日\n改定:令和6年3月25日\n"
               "1 計画の趣旨\n本県のデジタル化の基本的な方向を示す。\n")
    assert years(revised) == (2023, 2024)
    bracketed = "○○県情報化推進計画\n【策定】令和5年3月\n1 計画の趣旨\n本県のデジタル化の基本的な方向を示す。\n"
    assert years(bracketed) == (2022, 2023)


def test_a_schedules_row_with_words_before_its_key_does_not_date_the_page():
    text = ("地域DX支援事業の公募\n・支援地域候補の決定:令和7年3月7日\n"
            "本事業は、地域のデジタル化を支援するものです。\n")
    assert years(text) == (None, None)


# --- forms the held-out kinds date themselves by, which the code reads (kept so that they stay read) ----------

def test_a_ministry_press_releases_header_block_dates_it():
    text = ("令和6年2月9日\n総務省\n情報流通行政局\n「地域情報化大賞2023」受賞者の決定\n"
            "総務省は、地域におけるデジタル技術の活用に関する優れた取組を表彰する「地域情報化大賞2023」の受賞者を"
            "決定しましたので、お知らせします。\n2 表彰式\n令和6年3月5日(火)に総務省講堂で行う予定です。\n")
    assert years(text) == (2023, 2024)
    month_only = ("報道資料\n(令和6年2月)\nテレワーク月間の実施結果の公表\n"
                  "「テレワーク月間」の実施結果を取りまとめましたので公表します。\n")
    assert years(month_only) == (2023, 2024)


def test_an_event_reports_table_day_and_a_councils_meeting_day_date_them():
    event = ("「地域DXセミナー in 新潟」の開催結果\n"
             "| 開催日 | 令和5年11月8日(水) |\n| 会場 | 朱鷺メッセ 新潟コンベンションセンター |\n| 参加者数 | 120名 |\n"
             "信越総合通信局は、地域のデジタル化を推進するため、新潟県と共催でセミナーを開催しました。\n")
    assert years(event) == (2023, 2023)
    council = ("第4回 ○○県スマート農業推進協議会 議事要旨\n"
               "日時:令和6年2月20日(火) 10時00分～12時00分\n場所:県庁西庁舎3階 会議室\n"
               "議題\n1 令和6年度事業計画(案)について\n2 令和6年度予算(案)について\n")
    assert years(council) == (2023, 2024)


def test_a_january_call_for_the_coming_year_and_an_update_over_an_older_body_date():
    call = ("令和6年2月9日\n総務省\n情報流通行政局\n令和6年度「地域社会DX推進パッケージ事業」に係る提案の公募\n"
            "総務省は、令和6年度「地域社会DX推進パッケージ事業」について、提案の公募を行います。\n")
    assert years(call) == (2024, 2024)
    updated = ("市内の光ファイバ整備状況\n(令和5年3月31日更新)\n"
               "令和2年12月に市内全域で光ファイバ網の整備が完了しました。\n")
    assert years(updated) == (2022, 2023)


def test_targets_a_plan_span_and_a_history_list_leave_a_page_empty():
    assert years("○○市の光ファイバ整備の目標\n市では、2030年までに市内全世帯で光ファイバを利用可能にすることを"
                 "目指しています。\nまた、2027年度末までに公共施設の無線LAN整備率100%を目標としています。\n") == (None, None)
    assert years("○○町デジタル推進計画の概要\n計画期間:令和6年度から令和10年度まで\n"
                 "本計画は、町の行政サービスのデジタル化を進めるための計画です。\n") == (None, None)
    assert years("これまでの開催実績\n令和元年度 IoTセミナー(参加者80名)\n令和2年度 オンライン開催(参加者150名)\n"
                 "令和3年度 DXセミナー(参加者120名)\n") == (None, None)


# --- January-March pages for the coming 年度 named by its place, or opened from it --------------------------

def test_a_january_to_march_call_for_next_year_named_by_its_place_is_for_that_year():
    # README, fiscal_year: the 年度 the document is for; 来年度 / 次年度 on a page of February is the one from April.
    text = ("地域おこし協力隊員の募集\n掲載日:2024年2月1日\n来年度の地域おこし協力隊員を募集します。\n募集人数 2名\n")
    assert years(text) == (2024, 2024)
    text = ("スマホ講座講師の募集\n更新日:2024年3月5日\n次年度のスマホ講座の講師を募集します。\n応募期限 3月29日\n")
    assert years(text) == (2024, 2024)


def test_a_march_page_bringing_in_a_scheme_for_the_coming_year_is_for_it():
    text = ("ICT活用補助金の創設\n掲載日:2024年3月1日\n"
            "令和6年度に、町内の事業者がICTを導入する経費を補助する制度を創設します。\n")
    assert years(text) == (2024, 2024)


def test_a_span_a_past_change_or_a_report_of_the_running_year_keeps_the_days_year():
    # A change from the coming 年度 (「令和6年度から…」) keeps the day's, as dates41's page on a collection app does.
    start = ("ICT活用補助金\n掲載日:2024年3月1日\n令和6年度から、町内の事業者がICTを導入する経費を補助します。\n")
    assert years(start) == (2023, 2024)
    span = ("補助事業のお知らせ\n掲載日:2024年2月1日\n"
            "令和6年度から令和8年度まで、町内の事業者がICTを導入する経費を補助します。\n")
    assert years(span) == (2023, 2024)
    done = ("補助金\n掲載日:2024年3月1日\n令和6年度から、補助の対象を拡大しました。\n")
    assert years(done) == (2023, 2024)
    # 今年度 named first: a report of the running 年度 that looks ahead.
    report = ("スマホ教室の実施結果\n掲載日:2024年3月10日\n"
              "今年度は10回開催し、延べ200名が参加しました。来年度の開催日程は決まり次第お知らせします。\n")
    assert years(report) == (2023, 2024)
    again = ("スマホ教室\n掲載日:2024年3月10日\n今年度は10回開催しました。来年度も開催します。\n")
    assert years(again) == (2023, 2024)


# --- a history or a cited decision told as a sentence's subject and its day --------------------------------

def test_a_founding_an_opening_or_a_cabinet_decision_the_page_explains_does_not_date_it():
    # README (dates of pages without a date line): a history (設立, 沿革), a cited law's or plan's date do not date it.
    assert years("協議会の概要\n○○地域ICT推進協議会は、平成20年4月1日に設立されました。\n"
                 "会員は県内の市町村と通信事業者です。\n") == (None, None)
    assert years("ケーブルテレビ\n町のケーブルテレビは平成22年4月1日に開局しました。\n町内全域で視聴できます。\n") == (None, None)
    assert years("デジタル田園都市国家構想\nデジタル田園都市国家構想は、令和4年6月7日に基本方針が閣議決定されました。\n"
                 "地方のデジタル実装を進める構想です。\n") == (None, None)


def test_a_page_whose_title_names_the_founding_is_its_news():
    text = ("○○地域ICT推進協議会を設立しました\n"
            "○○地域ICT推進協議会は、令和5年7月3日に設立されました。\n会員は県内の市町村と通信事業者です。\n")
    assert years(text) == (2023, 2023)
    opened = ("コミュニティFM局の開局について\n「FM○○」は、令和5年10月1日に開局しました。\n")
    assert years(opened) == (2023, 2023)


# --- the era by its first character ---------------------------------------------------------------------------

def test_a_day_with_the_eras_first_character_is_read_and_a_word_ending_in_it_is_not():
    from ictsearch.indexer.metadata.eras import find_years

    assert [(y.year, y.month, y.day) for y in find_years("電子申請サービスの開始について 令6.2.9")] == [(2024, 2, 9)]
    assert [(y.year, y.month, y.day) for y in find_years("(平30.4.1掲載)")] == [(2018, 4, 1)]
    assert [(y.year, y.month, y.day) for y in find_years("令6/2/9")] == [(2024, 2, 9)]
    assert find_years("法令6.2.9") == [] and find_years("水平30.4.1") == []
    assert years("電子申請サービスの開始について\n令6.2.9\n町では、住民票の写しの交付申請を電子申請で受け付けます。\n") == (2023, 2024)


# --- a site's box below the page's text ----------------------------------------------------------------------

_BODY = "防災行政無線について\n" + "".join(
    f"防災行政無線は、災害時に町から皆様へ情報をお伝えする無線設備です(その{i})。\n" for i in range(20))


def test_a_sites_related_articles_news_box_or_calendar_below_the_text_does_not_date_a_standing_page():
    assert years(_BODY + "関連記事\n2023年5月1日 防災訓練のお知らせ\n2023年9月1日 防災の日について\n") == (None, None)
    assert years(_BODY + "新着情報\n2024年2月9日 広報誌2月号を掲載しました\n2024年2月1日 ごみ収集日程の変更\n"
                 "2024年1月25日 成人式の様子\n") == (None, None)
    assert years(_BODY + "イベントカレンダー\n2024年2月\n日 月 火 水 木 金 土\n1 2 3 4 5 6 7\n") == (None, None)


def test_a_stamp_below_such_a_box_and_a_pages_own_news_list_still_date_it():
    assert years(_BODY + "関連記事\n2023年5月1日 防災訓練のお知らせ\n更新日:2024年2月1日\n") == (2023, 2024)
    # The page is the list (its title and first lines): the latest entry of its own record, as before.
    own = ("新着情報\n防災行政無線のお知らせを掲載しています。\n2024年2月9日 試験放送を行います\n"
           "2024年1月10日 放送設備の点検\n2023年12月1日 戸別受信機の貸与\n")
    assert years(own) == years(own.replace("2024年2月9日", "2024年2月9日"))  # deterministic
    assert years(own)[1] == 2024


def test_a_day_alone_on_its_line_under_a_titled_year_gives_its_year():
    text = ("令和5年度 知事定例記者会見\n2月9日(金)\n知事:本日は、令和6年度当初予算案について発表します。\n")
    assert years(text) == (2023, 2024)


def test_an_undated_page_holding_its_years_programme_is_for_that_year():
    text = ("パソコン講座\n令和5年度の講座は、次のとおり開催します。\n初級 5月～7月\n中級 9月～11月\n")
    assert years(text) == (2023, None)
    # A session about a 年度's programme held now is no programme of that 年度.
    session = ("補助金のご案内\n令和6年度事業の説明会を開催します。\n会場 役場大会議室\n")
    assert years(session) == (None, None)


def test_the_nations_scheme_started_in_the_passive_does_not_date_a_page_explaining_it():
    assert years("インボイス制度\n令和5年10月1日から、インボイス制度が開始されました。\n"
                 "事業者の皆様はご注意ください。\n") == (None, None)
    assert years("マイナンバーカードについて\nマイナンバー制度は、平成28年1月から利用が開始されました。\n"
                 "マイナンバーカードは、本人確認の書類として利用できます。\n") == (None, None)
    # The page's own change told in the active is its news (README: a change it announces from a day).
    assert years("窓口受付時間の変更\n令和5年10月1日から、窓口の受付時間を午後5時までに変更しました。\n") == (2023, 2023)
    assert years("コンビニ交付サービス\n令和6年4月1日から、マイナンバーカードを利用して、全国のコンビニエンスストアで"
                 "住民票の写しなどを取得できるようになりました。\n") == (2024, 2024)


def test_a_schedule_of_days_all_in_one_year_and_one_fiscal_year_gives_that_fiscal_year():
    text = ("スマホ教室のご案内\n本年度の開催日程は次のとおりです。\n"
            "令和6年5月15日(水) 公民館\n令和6年6月12日(水) 公民館\n令和6年7月10日(水) 公民館\n")
    assert years(text) == (2024, 2024)
    # Across the 年度's change (March and May of one year): the year alone, as before.
    across = ("スマホ教室のご案内\n開催日程は次のとおりです。\n"
              "令和6年2月14日(水) 公民館\n令和6年3月13日(水) 公民館\n令和6年5月15日(水) 公民館\n")
    assert years(across) == (None, 2024)


def test_a_march_events_report_posted_in_april_with_its_day_in_a_table_is_of_the_march_year():
    # README (event reports after a 年度's end): the 年度 the event was held in; the year is the posting's.
    text = ("セキュリティセミナーの開催結果\n掲載日:2024年4月10日\n| 開催日 | 2024年3月15日(金) |\n"
            "| 会場 | 合同庁舎 |\n約80名が参加しました。\n")
    assert years(text) == (2023, 2024)
    # An announcement of an April event posted in April: its own 年度.
    april = ("セキュリティセミナーの開催結果\n掲載日:2024年4月25日\n| 開催日 | 2024年4月18日(木) |\n"
             "| 会場 | 合同庁舎 |\n約80名が参加しました。\n")
    assert years(april) == (2024, 2024)
    # Not a report (an announcement naming a past March day as a reference): the posting's 年度.
    notice = ("セキュリティセミナーのご案内\n掲載日:2024年4月10日\n| 前回開催日 | 2024年3月15日(金) |\n"
              "次回の日程は決まり次第お知らせします。\n")
    assert years(notice) == (2024, 2024)
