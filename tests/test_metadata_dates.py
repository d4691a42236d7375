"""The document's own date (indexer/metadata/dates.py), through derive_metadata as an index run calls it:
where real documents put their date, and what is not theirs (target years, spans, cited dates)."""

from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata, find_years


def test_own_year_beats_cited_years():
    text = "令和3年度 事業計画\n\n平成27年に策定した計画を2023年まで延長。平成27年の実績。2023年の目標。2023年度。\n"
    m = derive_metadata(text, title="令和3年度 事業計画", path=Path("x.txt"))
    assert m.fiscal_year == 2021


def test_date_gives_the_fiscal_year():
    text = "取組状況について\n\n令和3年2月10日\n事務局\n\n本文。\n"
    m = derive_metadata(text, title="取組状況について", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2021, 2020)


def test_path_edition_needs_a_white_paper_folder():
    m = derive_metadata("本文。", title="本文", path=Path("reports/r03/0035.txt"))
    assert m.year is None


def years(text, title=None):
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.year, m.fiscal_year, m.sources.get("year", "")


def test_date_on_a_furniture_line_is_used_when_nothing_better():
    text = "ページID:0004321 更新日:2022年11月30日更新 印刷ページ表示\n光回線の整備について\n市内全域で光回線が使えます。\n"
    assert years(text, "光回線の整備について")[:2] == (2022, 2022)


def test_title_date_beats_the_update_stamp():
    text = "ページID:99 更新日:2024年3月1日\n市長定例記者会見(令和元年9月12日木曜日)\n発表事項\n防災アプリの配信を始めます。\n"
    y, fy, src = years(text, "市長定例記者会見(令和元年9月12日木曜日)")
    assert (y, fy) == (2019, 2019) and src.startswith("title:")


def test_labelled_date_in_the_head():
    text = "防災行政無線の更新\n掲載日:2021年2月4日\n最終更新日:2024年8月9日\n町は無線設備を更新しました。\n"
    assert years(text)[:2] == (2021, 2020)


def test_title_and_date_on_one_line():
    text = "お知らせ一覧\n「ICTセミナー in 松江」を開催しました 令和4年11月2日\n本文です。\n"
    assert years(text, "「ICTセミナー in 松江」を開催しました")[:2] == (2022, 2022)


def test_date_in_the_first_sentence_of_a_press_release():
    text = ("ドローン講習会の開催\n 北陸総合通信局(局長:山田 一郎)は、令和6年2月20日(火)、金沢市において"
            "ドローン講習会を開催しました。\n 講習会には2030年までの目標も紹介されました。\n")
    assert years(text)[:2] == (2024, 2023)  # February: the previous 年度


def test_month_and_day_take_the_year_of_the_titled_fiscal_year():
    text = "令和2年度「電波の日」記念式典を開催\n 九州総合通信局は、6月1日(月)、福岡市において記念式典を開催しました。\n"
    assert years(text)[:2] == (2020, 2020)
    text = "令和2年度 防災講演会を開催\n 当局は、2月3日(水)、講演会を開催しました。\n"
    assert years(text)[:2] == (2021, 2020)


def test_a_target_year_or_span_is_not_the_documents_year():
    text = "地域情報化計画\n令和9年度までに全域で光回線を整備する。\n計画期間 令和5年度～令和9年度\n2030年までに実現。\n"
    y, fy, _ = years(text)
    assert (y, fy) == (None, None)


def test_a_year_cited_in_a_long_first_sentence_is_not_the_documents():
    text = ("サテライトオフィスの誘致\n本町は、総務省による平成30年度「お試しサテライトオフィス事業」に採択され、"
            "これまでに延べ15社の企業を受け入れてきました。今後も誘致を進めます。\n")
    assert years(text)[:2] == (None, None)


def test_white_paper_edition_from_a_breadcrumb():
    text = "総務省トップ > 政策 > 白書 > 令和2年版 > 概要\n第1章 5Gの進展\n本文。\n"
    m = derive_metadata(text, title="第1章 5Gの進展", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2020, 2019)


def test_a_month_opening_the_first_sentence_that_announces_the_act_dates_the_page():
    text = ("南町デジタル活用構想を策定しました\n"
            "令和5年6月、本町におけるデジタル社会の実現に向けた取組を着実に推進するため、"
            "基本的方針を示す「南町デジタル活用構想」を策定しました。\n構想の期間は2030年までです。\n")
    assert years(text)[:2] == (2023, 2023)
    # A page titled with another year recounts, in that opening, the plan it revises.
    revised = text.replace("南町デジタル活用構想を策定しました\n", "南町デジタル活用構想の見直し(令和7年度)\n")
    assert years(revised)[:2] == (None, 2025)
    # Without the announcing verb the month is background, not the page's date.
    state = text.replace("を策定しました。", "を定めており、毎年度見直しています。")
    assert years(state)[:2] == (None, None)


def test_a_start_year_is_not_the_documents():
    text = "光回線の整備\n令和2年度から、市内の未整備地区で光回線の整備を進めています。\n"
    assert years(text)[:2] == (None, None)


def test_a_heading_with_its_date_at_the_end():
    text = "お知らせ\n一覧\n「ICT講演会」を開催しました 令和5年11月8日\n 当局は講演会を開催しました。\n"
    assert years(text)[:2] == (2023, 2023)


def test_a_subject_date_after_a_clause():
    text = "講演会を開催\n 当局は、協議会との共催により、令和元年6月5日(水)に高松市において講演会を開催しました。\n"
    assert years(text)[:2] == (2019, 2019)


def test_era_less_white_paper_edition_in_a_breadcrumb():
    text = "総務省トップ > 政策 > 白書 > 28年版 > テレワークの動向\n第1節 テレワーク\n本文。\n"
    m = derive_metadata(text, title="総務省トップ > 政策 > 白書 > 28年版 > テレワークの動向", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2016, 2015)


def test_a_date_in_the_last_step_of_a_breadcrumb_beats_a_lone_furniture_date():
    # The page's own title ends the trail; the lone 2016 line is the CMS's last re-stamp.
    text = ("県ホームページ メニューを飛ばして本文へ\n"
            "ホーム > 広報課 > 知事の県政レポート【平成19年度】 > 県政レポート第45号[平成19年10月12日]\n"
            "知事の県政レポート\n2016年10月24日\n県政レポート第45号[平成19年10月12日]\n"
            "こんにちは、知事です。紅葉のシーズンとなりました。\n")
    y, fy, src = years(text)
    assert (y, fy) == (2007, 2007) and "県政レポート第45号" in src  # the trail's last step, read as the title


def test_the_issue_month_of_a_newsletter_is_its_date():
    text = ("事務所通信(令和2年8月号)\n印刷用ページを表示する 掲載日:2021年1月18日更新\n"
            "令和2年7月に事務所で行った主なイベントをご紹介します。\n")
    assert years(text, "ページの先頭です。 メニューを飛ばして本文へ")[:2] == (2020, 2020)
    # A month in a heading that is not an issue number stays a passing mention.
    assert years("令和2年8月に開催したイベントの報告\n報告です。\n", "お知らせ")[:2] == (None, None)


def test_a_date_line_years_after_the_documents_own_fiscal_year_is_a_restamp():
    text = ("報道資料\n2024年06月02日\n沖縄総合通信事務所\n平成30年度沖縄地方非常通信協議会表彰\n"
            "協議会は、非常通信の確保に貢献された団体に対して、以下のとおり表彰を行います。\n")
    y, fy, _ = years(text, "平成30年度沖縄地方非常通信協議会表彰")
    assert (y, fy) == (None, 2018)  # no year rather than the wrong one
    # A year later is still the document's date (a report on 平成30年度 results, dated 令和元年6月).
    later = text.replace("2024年06月02日", "2019年06月02日")
    assert years(later, "平成30年度沖縄地方非常通信協議会表彰")[:2] == (2019, 2018)
    # An update stamp years later is the page's year when it is its only date (page furniture);
    # the 年度 stays the one the title names.
    summary = "平成31年度 消費生活相談のまとめ\n昨年度の相談件数は150件でした。\n更新日:2022年01月19日\n"
    assert years(summary, "平成31年度 消費生活相談のまとめ")[:2] == (2022, 2019)
    # A day of the 年度 the title names, in the head, is the document's own: a record of a
    # meeting whose page a new site stamped years later.
    record = ("平成22年度第3回地域情報化推進委員会 会議録\n2019年03月04日\n開催日時\n"
              "平成22年(2010年)9月7日(火曜) 午後2時から午後3時まで\n開催場所\n市役所会議室\n")
    assert years(record, "平成22年度第3回地域情報化推進委員会 会議録")[:2] == (2010, 2010)
    # …but not a deadline of that 年度 (申込期限), which is no day of the page.
    deadline = record.replace("開催日時\n平成22年(2010年)9月7日(火曜) 午後2時から午後3時まで", "申込は平成22年9月7日まで")
    assert years(deadline, "平成22年度第3回地域情報化推進委員会 会議録")[:2] == (None, 2010)


def test_a_fiscal_year_that_is_the_topic_of_an_opening_sentence_is_the_documents():
    text = ("■5 外国人旅行者の受入環境整備\n訪日外国人旅行者の快適な滞在のための環境整備が極めて重要である。\n"
            "このため、平成26年度は、以下の取組みを実施した。\n無料公衆無線LANの整備を促進した。\n")
    assert years(text)[:2] == (None, 2014)
    # 「…年度には、」 places one event in a year of a narrative; it is not what the page reports on.
    narrative = text.replace("このため、平成26年度は、以下の取組みを実施した。", "このため、平成26年度には、協議会を設置した。")
    assert years(narrative)[:2] == (None, None)


def test_the_fiscal_year_an_opening_sentence_reports_on_is_the_undated_pages():
    text = ("携帯電話の電波が届かない地域の解消\n"
            "信越総合通信局は、令和4年度に管内で実施した基地局整備事業の実績について取りまとめましたので、公表します。\n"
            "整備された基地局は12局です。\n")
    assert years(text, "携帯電話の電波が届かない地域の解消")[:2] == (None, 2022)
    m = derive_metadata(text, title="携帯電話の電波が届かない地域の解消", path=Path("page.html.txt"))
    assert "「令和4年度」, the 年度 an opening sentence reports on" in m.sources["fiscal_year"]
    # An aside (「なお、」) reports something besides the page's subject.
    aside = text.replace("信越総合通信局は、", "なお、")
    assert years(aside, "携帯電話の電波が届かない地域の解消")[:2] == (None, None)
    # A sentence that recounts what was done in a 年度 announces no report.
    history = text.replace("実施した基地局整備事業の実績について取りまとめましたので、公表します。", "基地局を整備し、サービスを開始しました。")
    assert years(history, "携帯電話の電波が届かない地域の解消")[:2] == (None, None)
    # A dated release is for the 年度 whose results its first sentence reports…
    dated = text.replace("携帯電話の電波が届かない地域の解消\n", "携帯電話の電波が届かない地域の解消\n令和5年6月20日\n")
    assert years(dated, "携帯電話の電波が届かない地域の解消")[:2] == (2023, 2022)
    # …not for the end of a 年度 a survey stands at: that is an as-of point.
    as_of = dated.replace("令和4年度に管内で実施した基地局整備事業の実績について", "令和4年度末の基地局整備の状況を")
    assert years(as_of, "携帯電話の電波が届かない地域の解消")[:2] == (2023, 2023)
    # A first sentence giving a 年度's figures reports on it too, under an update stamp as well.
    figures = ("みなさんの相談を報告します\n更新日:2023年2月28日\n"
               "令和3年度に消費生活センターに寄せられた相談件数は1,112件でした。\n最も多いのは通信販売の相談です。\n")
    assert years(figures, "みなさんの相談を報告します")[:2] == (2023, 2021)
    # A total since a 年度 or a figure as of one is a baseline, not that 年度's report.
    since = figures.replace("令和3年度に消費生活センターに寄せられた相談件数は", "平成20年度の制度開始以来の相談件数は、")
    assert years(since, "みなさんの相談を報告します")[:2] == (2023, 2022)
    as_of = figures.replace("令和3年度に消費生活センターに寄せられた相談件数は", "令和3年度の調査の時点では、相談件数は")
    assert years(as_of, "みなさんの相談を報告します")[:2] == (2023, 2022)
    # A later sentence's report is a second subject: the date's 年度 stays.
    second = dated.replace("信越総合通信局は、", "信越総合通信局は、管内の電波利用を調べました。局は、")
    assert years(second, "携帯電話の電波が届かない地域の解消")[:2] == (2023, 2023)


def test_a_fiscal_year_as_the_topic_without_its_comma_dates_only_an_undated_page():
    text = ("地域情報化アドバイザーの派遣\n"
            "総務省では、地域の課題解決に取り組む団体へ専門家を派遣している。令和4年度は32団体へ延べ95回の派遣を行った。\n")
    assert years(text, "地域情報化アドバイザーの派遣")[:2] == (None, 2022)
    # On a dated page a figure's year (「総額が令和4年度は…」) does not replace the date's 年度.
    dated = text.replace("地域情報化アドバイザーの派遣\n", "地域情報化アドバイザーの派遣\n2023年5月10日\n")
    assert years(dated, "地域情報化アドバイザーの派遣")[:2] == (2023, 2023)
    # Further down than the opening sentences a 年度 in a page's history is no topic of it.
    history = text.replace("総務省では、", "総務省では、平成20年に制度を設けた。対象を広げてきた。さらに研修も始めた。")
    history = history.replace("地域情報化アドバイザーの派遣\n", "地域情報化アドバイザーの派遣\n制度は平成20年に始まりました。\n対象は広がりました。\n研修も始まりました。\n")
    assert years(history, "地域情報化アドバイザーの派遣")[:2] == (None, None)


def test_a_budget_sheets_requested_amount_names_its_fiscal_year():
    text = ("防災情報システムの更新\n1.背景・目的\n災害時に住民へ確実に情報を届けるため、システムを更新する。\n"
            "2.事業の概要\n老朽化した機器を更新し、多様な伝達手段と連携させる。\n"
            "また、職員の操作訓練を行う。\n訓練は年2回とする。\n3.令和5年度要求額\n 国費 120百万円\n")
    assert years(text, "防災情報システムの更新")[:2] == (None, 2023)


def test_a_note_of_revisions_after_the_pages_sentence_dates_it():
    text = ("地域公共交通のデジタル化推進方針\n"
            "国土交通省は、地域交通のデジタル化を進めるための方針を取りまとめました。(令和3年3月策定、令和5年7月改定)\n"
            "方針は三つの柱からなります。\n")
    assert years(text, "地域公共交通のデジタル化推進方針")[:2] == (2023, 2023)
    # After a name the same bracket dates the text cited.
    cited = text.replace("方針を取りまとめました。(令和3年3月策定、令和5年7月改定)", "「交通政策基本計画」(令和3年5月28日閣議決定)に基づき方針を取りまとめました。")
    assert years(cited, "地域公共交通のデジタル化推進方針")[:2] == (None, None)
    # A bracket that says more than its steps is a remark.
    remark = text.replace("(令和3年3月策定、令和5年7月改定)", "(令和3年3月策定の方針を見直し)")
    assert years(remark, "地域公共交通のデジタル化推進方針")[:2] == (None, None)
    # Dates written in both calendars bring their own brackets.
    dual = text.replace("(令和3年3月策定、令和5年7月改定)", "(令和3年(2021年)3月策定、令和5年(2023年)7月改定)")
    assert years(dual, "地域公共交通のデジタル化推進方針")[:2] == (2023, 2023)


def test_an_assembly_session_opening_the_first_sentence_dates_the_report():
    text = ("デジタル化推進特別委員会\n"
            "令和5年6月定例会の最終日、本会議場において、委員長が審査の経過と結果を報告しました。\n"
            "報告書は議長に提出されました。\n")
    assert years(text, "デジタル化推進特別委員会")[:2] == (2023, 2023)
    # A session named inside the sentence is cited (「…定例会で可決された条例」).
    cited = text.replace("令和5年6月定例会の最終日、本会議場において、", "本会議場において、令和5年6月定例会で可決された条例について、")
    assert years(cited, "デジタル化推進特別委員会")[:2] == (None, None)


def test_a_first_sentence_opened_by_its_day_and_a_named_subject():
    text = ("地域DXアワード\n"
            "令和6年4月1日「地域デジタル推進室」が新設され、アワードに関する事務は同室に引き継がれました。\n"
            "問い合わせ先は変わりません。\n")
    assert years(text, "地域DXアワード")[:2] == (2024, 2024)
    # Not a quoted name closing the sentence's object (「令和6年4月1日「…」の改定版」 is no subject).
    named = text.replace("「地域デジタル推進室」が新設され、", "「募集要項」の改定版では、")
    assert years(named, "地域DXアワード")[:2] == (None, None)


def test_a_press_conference_named_by_its_day_before_a_long_list_of_topics():
    text = ("2024年5月21日記者会見「中心市街地における公衆無線LANの整備及び市民向けデジタル講座の開催について外5件」\n"
            "ページ番号1002345 更新日 2026年1月9日\n"
            "日時 令和6年(2024年)5月21日(火曜)午前10時~午前10時40分\n市長から発表がありました。\n")
    assert years(text, "2024年5月21日記者会見「中心市街地における公衆無線LAN…」")[:2] == (2024, 2024)


def test_the_year_a_new_years_greeting_names_dates_it():
    text = ("新年明けましておめでとうございます。\n町民の皆様におかれましては、健やかに新年をお迎えのことと思います。\n"
            "昨年は、町内全域で光回線の整備が完了しました。\n迎えた令和8年。人口減少への対応が大きな課題です。\n")
    assert years(text, "町長 年頭のあいさつ")[:2] == (2026, 2025)
    # Without the greeting a year after 迎えた is a milestone, not the page's date.
    plain = text.replace("新年明けましておめでとうございます。\n", "").replace("健やかに新年をお迎えのことと思います", "お元気のことと思います")
    assert years(plain, "町の課題")[:2] == (None, None)
    # Below a town's notices the greeting's own line still names its year.
    notices = "".join(f"お知らせ{k}:窓口の受付時間が変わります。\n" for k in range(14))
    low = notices + "村民の皆様、明けましておめでとうございます。輝かしい令和3年の新春を迎え、謹んでご挨拶申し上げます。\n"
    assert years(low, "年頭のあいさつ")[:2] == (2021, 2020)
    # 「新しい年、2015年を迎えることができました」 under a title 「年頭あいさつ」 (no の): the year welcomed.
    welcomed = "年頭あいさつ\n新しい年、2015年を迎えることができました。\n皆様には、平素よりご理解を賜り、厚く御礼申し上げます。\n"
    assert years(welcomed, "年頭あいさつ")[:2] == (2015, 2014)
    # A year still ahead (「2020年を迎えるにあたり」) is no date of the message.
    ahead = welcomed.replace("新しい年、2015年を迎えることができました。", "新しい年を迎え、2020年を迎えるにあたり準備を進めます。")
    assert years(ahead, "年頭あいさつ")[:2] == (None, None)


def test_a_title_joined_from_the_heads_lines_leaves_its_dates_to_those_lines():
    text = ("庁内ネットワーク運用要領\n情報政策課\n平成20年4月1日作成\n平成22年7月1日修正\n平成25年4月1日修正\n"
            "1 目的\nこの要領は、庁内ネットワークの運用について定める。\n")
    # The title an index run derives joins the short lines of the head.
    title = "庁内ネットワーク運用要領 情報政策課 平成20年4月1日作成 平成22年7月1日修正"
    y, fy, why = years(text, title)
    assert (y, fy) == (2013, 2013) and "line 5" in why


def test_lines_that_are_only_a_fiscal_year_head_yearly_sections_of_a_running_page():
    body = "(1)募集\n事例の募集を行いました。\n(2)表彰\n審査の結果、表彰事例を決定しました。\n"
    text = ("地域情報化の優良事例表彰\n地域の課題を解決する取組を表彰しています。\n令和4年度\n" + body
            + "".join(f"補足{k}:詳しくは別紙をご覧ください。\n" for k in range(8)) + "令和5年度\n" + body)
    assert years(text, "地域情報化の優良事例表彰")[:2] == (None, None)
    # One such line alone is the page's 年度.
    one = text[: text.index("令和5年度")]
    assert years(one, "地域情報化の優良事例表彰")[:2] == (None, 2022)
    # The same with each 年度 in both calendars.
    dual = text.replace("令和4年度", "令和4(2022)年度").replace("令和5年度", "令和5(2023)年度")
    assert years(dual, "地域情報化の優良事例表彰")[:2] == (None, None)


def test_a_first_sentence_reporting_an_event_held_on_one_day_is_dated_by_it():
    title = "デジタル活用講座を開催しました"
    for sentence in ("市民会館で令和5年7月3日(月)にデジタル活用講座を開催しました。",
                     "デジタル活用講座を令和5年7月3日(月)に市民会館で開催しました。",
                     "令和5年7月3日(月)市民会館にてデジタル活用講座を開催しました。",
                     "令和5年7月3日に市民会館でデジタル活用講座が開催されました。"):
        text = f"{title}\n{sentence}\n講座には30名が参加しました。\n"
        assert years(text, title)[:2] == (2023, 2023), sentence
    # The evidence names the date when the quoted line is cut before it.
    long = f"{title}\n市民の皆様がスマートフォンを安心して使えるよう、市民会館の大ホールで令和5年7月3日(月)に講座を開催しました。\n"
    assert "(「令和5年7月3日」)" in years(long, title)[2]
    # Two days in it: which one is the page's is not said.
    two = f"{title}\n令和5年6月1日に募集を始め、市民会館で令和5年7月3日(月)に講座を開催しました。\n"
    assert years(two, title)[:2] == (None, None)
    # Not an event held: a plan ahead.
    ahead = f"{title}\n市民会館で令和5年7月3日(月)にデジタル活用講座を開催します。\n"
    assert years(ahead, title)[:2] == (None, None)


def test_the_words_after_a_fiscal_year_are_read_on_its_own_line_only():
    text = ("地域情報化の取組\n市では情報化を進めています。\n窓口の手続を見直しました。\n"
            "電子申請を広げました。\n相談会も開きました。\n職員研修も行いました。\n令和4年度\n計画の見直しについて\n")
    # 「令和4年度」 over 「計画の見直しについて」 is not 「令和4年度計画」.
    assert years(text, "地域情報化の取組")[:2] == (None, None)


def test_an_as_of_date_alone_on_its_line_dates_a_page_without_a_date():
    text = ("市町村の防災行政無線の整備状況\n(令和3年4月1日現在)\n"
            "市町村名 方式 整備年度\n各市町村の整備状況は次のとおりです。\n")
    assert years(text, "市町村の防災行政無線の整備状況")[:2] == (2021, 2021)
    # An as-of date of one figure in a sentence or a row is not the page's.
    figure = text.replace("(令和3年4月1日現在)\n", "人口:12,345人(令和3年4月1日現在)\n")
    assert years(figure, "市町村の防災行政無線の整備状況")[:2] == (None, None)
    # A date line beats it.
    dated = text.replace("(令和3年4月1日現在)\n", "(令和3年4月1日現在)\n掲載日:2022年3月1日\n")
    assert years(dated, "市町村の防災行政無線の整備状況")[:2] == (2022, 2021)
    # Opening a sentence it is the day the figures that follow stand at.
    opens = text.replace("(令和3年4月1日現在)\n", "").replace("各市町村の整備状況は次のとおりです。",
                                                              "各市町村の整備状況を掲載しています。 令和3年4月1日現在、整備済みは25団体です。")
    assert years(opens, "市町村の防災行政無線の整備状況")[:2] == (2021, 2021)
    survey = opens.replace("令和3年4月1日現在、整備済みは25団体です。", "令和3年4月1日現在で実施した調査によります。")
    assert years(survey, "市町村の防災行政無線の整備状況")[:2] == (None, None)


def test_a_fiscal_year_met_only_inside_a_sentence_loses_to_the_date():
    # A February release that mentions next year's budget is of the 年度 it is dated in.
    text = ("報道資料\n令和6年2月14日\n近畿総合通信局\n電波利用講習会の開催結果\n"
            " 近畿総合通信局は、令和6年2月9日(金)、大阪市において講習会を開催しました。"
            "講習会では、令和6年度予算に計上された支援事業も紹介しました。\n")
    y, fy, _ = years(text, "電波利用講習会の開催結果")
    assert (y, fy) == (2024, 2023)
    # Without a date, a budget named inside a sentence is no evidence of the page's 年度…
    undated = text.replace("令和6年2月14日\n", "").replace("令和6年2月9日(金)、", "")
    assert years(undated, "電波利用講習会の開催結果")[:2] == (None, None)
    # …where the 年度 a sentence reports on (「令和6年度は、」) is.
    topic = undated.replace("講習会では、令和6年度予算に計上された", "令和6年度は、")
    assert years(topic, "電波利用講習会の開催結果")[:2] == (None, 2024)


def test_a_heading_fiscal_year_beats_the_date_but_not_a_dated_title():
    # 重点施策 for 令和6年度, published in March 2024: the 年度 it is for.
    text = "報道資料\n令和6年3月28日\n令和6年度 東北総合通信局重点施策\n当局の重点施策を取りまとめました。\n"
    assert years(text, "令和6年3月28日")[:2] == (2024, 2024)
    # A press conference dated in its title: a heading of next year's budget is one topic.
    text = "知事定例記者会見(令和6年2月14日)\n令和6年度当初予算案について\n知事から説明がありました。\n"
    assert years(text)[:2] == (2024, 2023)


def test_an_archive_menu_of_fiscal_years_is_not_the_pages_year():
    text = "報道資料一覧\n令和6年度 令和5年度 令和4年度 令和3年度\n無線局の免許手続について\n申請の方法を説明します。\n"
    assert years(text)[:2] == (None, None)


def test_a_hyphenated_span_or_a_within_the_year_target_is_not_the_documents_year():
    text = "地域情報化計画\n令和5年度－令和9年度\n本計画に基づき、令和7年度中に全域で整備を完了する。\n"
    assert years(text)[:2] == (None, None)
    # A page title followed by its site after a hyphen is still the title's 年度.
    assert years("令和5年度電波の日 - 総務省\n式典を開催しました。\n")[:2] == (None, 2023)
    # A title naming a plan period is a span too.
    assert years("第3次計画(令和5年度～令和9年度)\n計画の概要です。\n")[:2] == (None, None)


def test_a_slide_cover_with_a_month_and_its_issuer():
    text = "管内の電波利用の現状\n令和5年2月 東北総合通信局\n1 無線局数の推移\n"
    assert years(text)[:2] == (2023, 2022)
    text = "ICT利活用の取組\n令和4年3月\n総務省 情報流通行政局\n"
    assert years(text)[:2] == (2022, 2021)
    # A member list row is not a cover: a person and a place beside a month.
    assert years("委員名簿\n山田太郎 横浜市 令和2年9月\n")[:2] == (None, None)
    # A town named with its prefecture and county is an issuer; a person before a prefecture's town is not.
    assert years("地域情報化計画\n令和6年3月 鹿児島県大島郡伊仙町\n1 計画の趣旨\n")[:2] == (2024, 2023)
    assert years("委員名簿\n山田太郎 神奈川県横浜市 令和2年9月\n")[:2] == (None, None)


def test_a_date_opening_the_first_sentence_of_an_event_report():
    text = ("「地域DXセミナー」を開催\n"
            " 令和5年11月8日(水)、仙台市において地域DXセミナーを開催しました。約80名が参加しました。\n")
    assert years(text)[:2] == (2023, 2023)
    text = "防災訓練の実施\n 令和6年1月17日に、関係機関と合同で非常通信訓練を行いました。\n"
    assert years(text)[:2] == (2024, 2023)


def test_a_date_opening_a_later_sentence_or_an_item_of_a_report_is_not_the_documents():
    # A date that opens the second paragraph is a cited event.
    text = ("サテライトオフィスの取組\n町は、企業の誘致を進めています。\n"
            "令和元年7月18日、協会と共同でセミナーを開きました。\n")
    assert years(text)[:2] == (None, None)
    # Under a numbered heading the dates are items of an annual report.
    text = "令和2年度事業報告\n1 総会の開催\n 令和2年9月15日(火)、オンラインにより第17回定期総会を開催しました。\n"
    assert years(text)[:2] == (None, 2020)
    # A date modifying a noun (「…日に開催された会議」) is cited, not the report's.
    text = "報告\n令和元年7月18日に開催された会議において、今後の方針を確認しました。\n"
    assert years(text)[:2] == (None, None)


def test_a_heading_ending_in_a_bracketed_month():
    text = "広報 > 知事の活動\n知事トピックス(2012年7月分)\n県立高校を訪問しました\n知事は高校を訪れました。\n"
    assert years(text, "広報 > 知事の活動")[:2] == (2012, 2012)


def test_a_navigation_trail_one_step_a_line_does_not_push_the_date_out_of_the_head():
    trail = "".join(f"- {step}\n- >\n" for step in ("トップ", "県政", "広報", "知事の部屋", "記者会見", "令和5年"))
    text = trail + "- 記者会見録\n定例記者会見(令和5年9月)\n知事から発表がありました。\n"
    assert years(text, "- トップ")[:2] == (2023, 2023)


def test_a_deadline_is_not_the_documents_date():
    text = "講習会の参加者募集\n申込締切:令和6年2月9日\n講習会を開催します。\n"
    assert years(text)[:2] == (None, None)


def test_a_lone_date_line_below_a_long_menu():
    menu = "".join(f"メニュー項目{i}\n" for i in range(15))
    text = menu + "令和4年10月3日\n公衆無線LANの整備を支援します。\n"
    assert years(text, "メニュー項目0")[:2] == (2022, 2022)
    # …but a month in running text down there is not.
    text = menu + "本市は令和4年10月に計画を見直しました。\n"
    assert years(text, "メニュー項目0")[:2] == (None, None)


def test_the_first_sentence_date_of_an_event_in_its_common_forms():
    # A weekday, then the venue with no comma.
    text = "講習会を開催\n 中国総合通信局は、令和5年9月2日(土)岡山市「市民会館」で講習会を開催しました。\n"
    assert years(text)[:2] == (2023, 2023)
    # Two days of one event.
    text = "展示会を開催\n 当局は、令和8年1月22日及び23日に、山口市において展示会を開催しました。\n"
    assert years(text)[:2] == (2026, 2025)
    # Days of an exhibition opening the sentence.
    text = "防災展に出展\n2025年4月16日〜18日の3日間、大阪市で開かれた防災展に出展しました。\n"
    assert years(text)[:2] == (2025, 2025)
    # An appointment greeting: 「このたび、…付けで」.
    text = "局長就任のご挨拶\nこのたび、令和7年7月1日付けで、四国総合通信局長を拝命しました。よろしくお願いします。\n"
    assert years(text)[:2] == (2025, 2025)


def test_a_start_date_deep_in_a_long_clause_loses_to_the_update_stamp():
    text = ("防災行政無線のデジタル化について\nページID:0001234 更新日:2023年3月1日更新 印刷ページ表示\n"
            "町では、令和元年度から令和4年度にかけて、無線のデジタル化を進めており、令和4年5月9日から運用を開始しました。\n")
    assert years(text, "防災行政無線のデジタル化について")[:2] == (2023, 2022)


def test_an_application_window_as_year_to_year_span_is_not_the_documents_date():
    text = "補助金の募集\n募集期間\n令和3年4月1日(木)から令和3年5月31日(月)まで\n申請書を提出してください。\n"
    # No date of the page's own; the window, keyed and within one 年度, is the 年度 the call serves
    # (dates38: as realdocs readers label such pages, r1630, r2946, r3651).
    assert years(text)[:2] == (2021, 2021)  # dates41: and the year of its first day, as labels38 settled (realdocs r1630; r1842, r2946, r3651 labelled so)


def test_as_of_planned_and_cited_dates_are_not_the_documents():
    assert years("協力隊の活動実績\n▼活動実績(令和6年6月3日時点)\n隊員は10名です。\n")[:2] == (None, None)
    # (An as-of date alone on its line is the day the page's list stands at: its date when
    # nothing better dates it, as labelled on the realdocs pages (r936); see
    # test_an_as_of_date_alone_on_its_line_dates_a_page_without_a_date.)
    assert years("避難所一覧\n避難所数(令和5年4月1日現在):42か所\n市内の避難所は42か所です。\n")[:2] == (None, None)
    assert years("基地局の整備\n鉄塔の整備\nサービス開始 R5.3.15(予定)\n")[:2] == (None, None)
    text = ("報道資料 > 郵便局の役割(平成30年2月14日付け諮問第1227号)に対する答申\n報道資料\n令和元年9月10日\n"
            "総務省は、本日、答申を受けました。\n")
    assert years(text, "報道資料 > 郵便局の役割(平成30年2月14日付け諮問第1227号)に対する答申")[:2] == (2019, 2019)


def test_a_new_year_message_is_dated_january_of_its_year():
    assert years("年頭のご挨拶\n2021年 年頭のご挨拶\n明けましておめでとうございます。\n")[:2] == (2021, 2020)
    text = "理事長\n山田太郎\n新年明けましておめでとうございます。\n世界的な危機の中、2009年の新年を迎えました。\n"
    assert years(text)[:2] == (2009, 2008)
    assert years("新年のご挨拶\n令和6年 元旦\n東北総合通信局長\n")[:2] == (2024, 2023)
    # A year alone elsewhere is still no date, nor is the new 年度 of a year.
    assert years("2021年の取組\n本年も事業を進めます。\n")[:2] == (None, None)
    assert years("制度の改正\n2024年の新年度から制度が変わります。\n")[:2] == (None, None)


def test_a_date_below_a_field_name_in_a_table_is_that_fields():
    rows = "".join(f"項目{i}\n値{i}\n" for i in range(8))
    text = "事業評価表\n" + rows + "事業完了日\n平成23年3月18日\n総事業費\n1,000千円\n"
    assert years(text)[:2] == (None, None)
    # A labelled date there is the page's.
    text = "事業評価表\n" + rows + "掲載日\n掲載日:平成23年3月18日\n"
    assert years(text)[:2] == (2011, 2010)


def test_a_field_value_in_the_head_is_a_last_resort():
    # 運用開始日 under an update stamp: the stamp is the page's date, the field the service's.
    text = ("生成AIの利用について\nページID:0012345 2023年12月25日更新 印刷ページ表示\n"
            "市は、生成AIの業務利用を始めます。\n概要\n運用開始日\n令和6年1月4日(木曜日)\n対象\n全職員\n")
    assert years(text, "生成AIの利用について")[:2] == (2023, 2023)
    # A numbered field name is one too; with nothing else, its value is the date.
    text = "説明会の報告\n1 開催日\n令和5年7月3日\n2 会場\n市民会館\n"
    assert years(text, "説明会の報告")[:2] == (2023, 2023)
    # A date label above its value is not a field of a table.
    text = "光回線の整備\n公開日\n令和5年2月9日\n工事完了日\n令和5年3月20日\n"
    assert years(text, "光回線の整備")[:2] == (2023, 2022)


def test_a_schedule_item_with_a_key_is_not_the_pages_date():
    text = ("事業の概要\n地域の課題を解決する事業を支援します。\n<スケジュール>\n"
            "・公募期間:令和7年2月10日(月)~令和7年2月28日(金)\n・候補の決定:令和7年3月7日(金)14時\n")
    # No date of its own; the keyed call window within one 年度 gives the 年度 it serves (dates38).
    assert years(text, "事業の概要")[:2] == (2025, 2024)  # dates41: and the year of its first day, as labels38 settled (realdocs r1630; r1842, r2946, r3651 labelled so)
    # A key naming a day is the day of the page's own record or event.
    text = "記者会見の内容をとりまとめ、掲載しています。\n会見日:令和3年8月31日(火曜日)\n(1)防災アプリについて\n"
    assert years(text, "知事記者会見")[:2] == (2021, 2021)


def test_a_start_already_made_opening_the_first_sentence_is_the_pages_date():
    text = "窓口にキャッシュレス決済を導入しました\n令和7年10月1日(水曜日)から、窓口でキャッシュレス決済を導入しました。\n対象の手数料\n"
    assert years(text)[:2] == (2025, 2025)
    # A start still ahead is no subject's date: a stamp of the page outranks it (it is only the last
    # resort, test_a_start_the_page_announces_dates_it_when_nothing_else_does).
    text = ("窓口にキャッシュレス決済を導入します\n更新日:2025年3月14日\n"
            "令和7年10月1日(水曜日)から、窓口でキャッシュレス決済を導入します。\n対象の手数料\n")
    assert years(text)[:2] == (2025, 2024)


def test_a_plan_announced_as_made_in_a_month_is_dated_that_month():
    text = "DX推進計画の策定について\n市は、「DX推進計画」を令和4年3月に策定しました。\n計画の期間は令和4年度から令和8年度までです。\n"
    assert years(text)[:2] == (2022, 2021)
    # Made earlier and in use, or cited in a relative clause: no date of the page.
    text = "迷惑メール対策\n総務省は、ガイドラインを平成20年11月に策定し、運用しています。\n"
    assert years(text)[:2] == (None, None)
    text = "DX推進計画\n本市では、令和4年3月に策定した総合計画において、DXを掲げています。\n"
    assert years(text)[:2] == (None, None)


def test_a_year_inside_an_opening_sentence_is_cited_unless_it_is_the_topic():
    text = ("県情報化推進計画(2015-2018)\n掲載日:2019年8月15日更新\n"
            "なお、平成30年度の進行管理はアクションプランにより行います。\n1 計画の概要\n")
    assert years(text)[:2] == (2019, 2019)
    # A note's date is a past event's, not the page's.
    text = ("県情報化推進計画(2015-2018)\n掲載日:2019年8月15日更新\n"
            "※計画(2015~2017)は、平成30年2月5日に開催した本部会議で延長を決定しました。\n")
    assert years(text)[:2] == (2019, 2019)
    text = "取組の報告\n平成30年度は、以下の取組を実施しました。\n1 研修の開催\n"
    assert years(text)[:2] == (None, 2018)


def test_a_revision_history_dates_the_rule_by_its_latest_revision():
    text = ("緊急情報提供要領\n防災危機管理部\n平成15年10月15日作成\n平成16年5月1日修正\n平成18年4月1日一部改正\n"
            "1 目的\n緊急時の情報提供の基準を定める。\n")
    assert years(text)[:2] == (2006, 2006)


def test_a_subject_date_deep_in_run_together_text_is_not_the_pages():
    contents = "".join(f"お知らせ 市の事業その{i}について…{i + 2} " for i in range(8))
    text = f"広報 紙面から\n{contents}地上アナログ放送は平成23年7月24日に終了します。\n"
    assert years(text, "広報 紙面から")[:2] == (None, None)
    text = "説明会の報告\n東北総合通信局(局長:山田 太郎)は、令和5年7月3日(月)に説明会を開催しました。\n"
    assert years(text)[:2] == (2023, 2023)


def test_a_first_sentence_opening_with_a_clause_of_purpose_then_the_date():
    text = ("平成30年度スマート農業研修会を開催しました\n"
            "担い手の収益力の向上を図るため、平成31年2月21日(木)に県庁で研修会を開催しました。\n")
    assert years(text)[:2] == (2019, 2018)
    # A clause with years of its own is not such an opening.
    text = "光回線の整備\n町では、令和元年度から整備を進めてきたため、令和4年5月9日に運用を開始しました。\n"
    assert years(text)[:2] == (None, None)


def test_the_year_of_a_project_evaluated_ex_post_is_not_the_pages():
    text = "光ファイバ網\n平成21年度地域情報通信基盤整備推進交付金事業事後評価表\n事業名\n光ファイバ網の整備\n"
    assert years(text)[:2] == (None, None)
    assert years("事業の報告\n平成21年度地域情報通信基盤整備推進交付金事業の実績\n事業名\n")[:2] == (None, 2009)


def test_a_meeting_record_is_dated_by_its_meeting():
    text = ("遠隔医療の推進方策に関する懇談会(第3回議事要旨) 1.日 時 平成20年4月25日(金) 13:00〜15:05 "
            "2.開催場所:総務省 講堂 3.出席者 座長ほか構成員12名 4.配布資料 資料1から資料9まで 5.議事概要 "
            "座長より開会の挨拶があった。\n")
    assert years(text, "懇談会 議事要旨")[:2] == (2008, 2008)
    # An announcement's 日時 is its event's, not a date of the page.
    text = text.replace("議事要旨", "開催案内").replace("議事概要", "議題")
    assert years(text, "懇談会 開催案内")[:2] == (None, None)


def test_an_assembly_session_named_by_its_month_dates_its_records():
    text = ("ホーム > 県議会 > 会議録 > 答弁文書\nここから本文です。\n本会議会議録\n答弁文書\n"
            "令和2年2月静岡県議会定例会\n山田議員の一般質問に対する答弁\n○副知事 お答えをいたします。\n")
    assert years(text, "答弁文書")[:2] == (2020, 2019)
    assert years("会議録\n平成23年6月会議 会議録 一般質問\n○議長 ただいまから会議を開きます。\n", "会議録")[:2] == (2011, 2011)
    # A month before some other meeting word is no session.
    assert years("研修\n令和2年2月会議室の改修を行いました。\n", "研修")[:2] == (None, None)


def test_a_numbered_session_of_an_assembly_dates_an_otherwise_undated_record():
    speech = ("本文\n令和6年第1回南町議会定例会において、町長が町政執行方針を表明しましたのでお知らせします。\n"
              "町民の皆様の暮らしを支えるため、光回線の整備と窓口のデジタル化を進めます。\n")
    assert years(speech, "本文")[:1] == (2024,)
    record = ("発言内容\n○議長 ただいまから本日の会議を開きます。○5番 通告に従い、令和3年第2回定例会において"
              "防災行政無線の更新について質問します。○町長 お答えします。\n")
    assert years(record, "発言内容")[:1] == (2021,)
    # Any date of the page's own outranks it.
    dated = record.replace("発言内容\n", "発言内容\n更新日:2022年1月14日\n")
    assert years(dated, "発言内容")[:2] == (2022, 2021)
    assert years(record.replace("令和3年第2回", "令和3年"), "発言内容")[:1] == (None,)


def test_a_late_numbered_session_gives_its_years_fiscal_year():
    # A third or later session of a year meets after March: the 年度 is the year's.
    record = ("発言内容\n○議長 ただいまから、令和2年第4回北町議会臨時会を開会いたします。○町長 補正予算について"
              "ご説明いたします。\n")
    assert years(record, "発言内容")[:2] == (2020, 2020)
    title = "令和4年第3回定例会会議録(9月12日 一般質問)"
    assert years(f"{title}\n○議長 これより本日の会議を開きます。\n", title)[:2] == (2022, 2022)
    # The first or second may sit in February or March: no 年度.
    assert years(record.replace("第4回", "第1回"), "発言内容")[:2] == (2020, None)
    # Nor does a numbered meeting of some other body say its season.
    board = "2024年第3回理事会 議事要旨"
    assert years(f"{board}\n出席者 理事5名\n", board)[:2] == (2024, None)
    # …nor a 協議会's (its 議会 is no assembly) or a board's 定例会 (an education board's third is in March).
    for other in ("令和5年第3回北町地域公共交通協議会 議事録", "令和4年第3回千代田区教育委員会定例会"):
        assert years(f"{other}\n1 開会\n2 議題\n", other)[:2] == (int(other[2]) + 2018, None), other


def test_a_furniture_stamp_below_long_menus_still_dates_the_page():
    menus = "".join(f"メニュー項目{i}\n" for i in range(40))
    text = f"光回線の整備\n{menus}ページ番号1000416 更新日:2023年2月9日 印刷\n市内全域で光回線が使えます。\n" + "詳しくは窓口へ\n" * 6
    assert years(text, "光回線の整備")[:2] == (2023, 2022)
    # …and so does one above a contact block at the foot of a short page.
    foot = "このページに関するお問い合わせ\n情報政策課\n〒000-0000 市役所1-1\n電話:000-000-0000\nファックス:000-000-0000\nメール\n"
    text = "光回線の整備\n市内全域で光回線が使えます。\n詳しくは窓口へ\n更新日付:2023年2月9日\n" + foot
    assert years(text, "光回線の整備")[:2] == (2023, 2022)
    # A date in running text that far down is not the page's.
    text = f"光回線の整備\n{menus}市は令和5年2月9日に光回線の整備を終えました。\n" + "詳しくは窓口へ\n" * 6
    assert years(text, "光回線の整備")[:2] == (None, None)


def test_a_budget_row_far_below_the_head_is_no_evidence_of_the_pages_year():
    rows = "".join(f"項目{i}\n内容{i}\n" for i in range(8))
    text = "人材の育成【香川県】\n事業の概要\n" + rows + "令和3年度事業費60,707千円\n"
    assert years(text, "人材の育成【香川県】")[:2] == (None, None)
    assert years("予算の概要\n令和5年度当初予算(案) 255百万円\n事業の内容\n", "予算の概要")[:2] == (None, 2023)


def test_a_sites_menus_above_the_content_do_not_push_the_head_down():
    menus = "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n観光・文化\n事業者向け\n市政情報\n文字サイズ\n"
    text = (menus + "光回線の整備\n担当課\n情報政策課\n令和5年度光回線整備事業\n"
            "市では、市内全域で光回線を整備しています。\n整備の状況\n工事は順調です。\n")
    assert years(text, "光回線の整備")[:2] == (None, 2023)
    # A run of short lines below the content is a table, not a menu: its lines still count.
    from ictsearch.indexer.metadata.dates import _menu_lines
    from ictsearch.indexer.metadata.lines import text_lines
    table = "事業評価\n平成21年度の事業\n市町村名\n小国町\n事業主体\n小国町\n所管部署\n情報課\n"
    assert _menu_lines(text_lines(table)) == set()
    # Above it, the menus are (with the short title right after them, which reads like one
    # more item: harmless, as a line with a date or a year is never a menu item).
    assert _menu_lines(text_lines(menus + table)) == set(range(9))
    # A date in kanji numerals has no digit, yet it is no menu item.
    release = "ホーム > 報道資料 > 計画の公表\n報道資料\n平成二十三年一月二十四日\n総務省\n推進会議\n計画を公表します。\n"
    assert _menu_lines(text_lines(release)) == set()
    assert years(release, "計画の公表")[:2] == (2011, 2010)


def test_a_law_named_by_the_year_of_its_revision_is_not_the_pages_year():
    text = "個人情報保護制度の見直し\n最終更新日:\n制度の概要\n令和3年度改正個人情報保護法について(外部リンク)\n"
    assert years(text)[:2] == (None, None)


def test_a_pdfs_wrapped_first_sentence_is_read_as_one_sentence():
    sentence = ("中国総合通信局(局長:山田太郎)は、中国情報通信懇談会と共催し、令和6年2月15日(木)に"
                "広島市において「地域DXセミナー」を開催しました。セミナーには自治体や企業から約百名が参加し、"
                "講演と事例紹介の後、参加者による意見交換が行われ、地域の課題とデジタル技術による解決策が"
                "話し合われました。")
    rows = [sentence[i:i + 36] for i in range(0, len(sentence), 36)]
    text = "地域DXセミナーを開催\n" + "\n".join(rows) + "\n"
    assert years(text)[:2] == (2024, 2023)
    from ictsearch.indexer.metadata.dates import unwrapped_lines
    from ictsearch.indexer.metadata.lines import text_lines
    joined = unwrapped_lines(text, text_lines(text))
    assert len(joined) == 2 and joined[1][2].rstrip() == sentence and joined[1][1] - joined[1][0] == len(joined[1][2])
    # A row may end inside a date: 「…令和6年2月1」 / 「5日(木)に…」.
    rows = [sentence[i:i + 39] for i in range(0, len(sentence), 39)]
    rows += [sentence[i:i + 39] for i in range(39, len(sentence), 39)]  # and a second paragraph, for width
    assert "令和6年2月1" in rows[0] and years("地域DXセミナーを開催\n" + "\n".join(rows) + "\n")[:2] == (2024, 2023)
    # A web page's paragraphs of any length are left as they are.
    page = "お知らせ\n" + "\n".join(sentence[:n] for n in (25, 48, 90, 31, 120)) + "\n"
    assert unwrapped_lines(page, text_lines(page)) == text_lines(page)


def test_the_end_of_a_fiscal_year_as_a_deadline_or_an_as_of_point_is_not_the_pages():
    assert years("整備計画\n令和13年度末までの整備計画\n光回線を整備します。\n")[:2] == (None, None)
    assert years("不感地域の調査\n調査の結果(令和5年度末時点)\n不感地域は減りました。\n")[:2] == (None, None)


def test_a_trails_archive_step_or_a_sentence_run_into_it_is_no_title():
    text = ("HOME > 報道資料 > 平成21年度 > 不感地帯解消の取組の実施結果\n報道資料\n"
            "九州総合通信局は、不感地帯の解消に向けた補助事業の実施状況を取りまとめました。\n")
    assert years(text, "報道資料")[:2] == (None, None)
    text = "ホーム > くらし > ページID:46178 更新日:2023年1月20日\n知事記者会見(平成24年7月24日)\n発表事項\n"
    assert years(text, "知事記者会見(平成24年7月24日)")[:2] == (2012, 2012)
    text = ("ホーム > 情報化 > 政府では、「改革の基本方針」(令和2年12月25日閣議決定)に基づき、"
            "令和3年度から取組を進めています。\n概要\n")
    assert years(text, "概要")[:2] == (None, None)


def test_a_skip_link_is_not_the_pages_first_sentence():
    text = ("ページの先頭です。 メニューを飛ばして本文へ\n本文ここから\n窓口にキャッシュレス決済を導入しました\n"
            "令和7年10月1日(水曜日)から、窓口でキャッシュレス決済を導入しました。\n対象の手数料\n")
    assert years(text, "窓口にキャッシュレス決済を導入しました")[:2] == (2025, 2025)
    text = "ここから本文です。\n" + text.split("\n", 2)[2]
    assert years(text, "窓口にキャッシュレス決済を導入しました")[:2] == (2025, 2025)


def test_a_title_taken_from_a_menu_item_gives_way_to_the_first_line_below_the_menus():
    menus = "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n市政情報\n"
    text = menus + "令和4年版 情報通信白書 > 第1章 > デジタル化の現状\n第1節 概況\n国内の通信量は増えている。\n"
    assert years(text, "ホーム")[:2] == (2022, 2021)
    text = "ページの先頭です。 メニューを飛ばして本文へ\n本文ここから\n「平成27年度電波の日記念式典」を開催\n式典を開きました。\n"
    assert years(text, "ページの先頭です。 メニューを飛ばして本文へ")[:2] == (None, 2015)


def test_an_events_day_on_an_announcement_loses_to_the_pages_stamp():
    text = "セミナーの開催について\n更新日:2023年12月20日\n【開催日時】令和6年1月25日(木) 13:30~16:00\n【場所】市民会館\n"
    assert years(text)[:2] == (2023, 2023)
    # Alone, it dates the page; a record's own day (会見日:) is a date line.
    assert years("セミナーの開催について\n【開催日時】令和6年1月25日(木) 13:30~16:00\n【場所】市民会館\n")[:2] == (2024, 2023)
    text = "知事記者会見\n更新日:2023年12月20日\n会見日:令和6年1月25日(木曜日)\n(1)防災について\n"
    assert years(text)[:2] == (2024, 2023)


def test_a_disaster_named_by_its_month_is_no_date_of_the_page():
    text = "平成30年7月豪雨を踏まえた防災情報の伝達\n報告書\n平成30年7月豪雨では多くの情報が配信された。\n"
    assert years(text)[:2] == (None, None)


def test_a_session_titles_year_gives_way_to_the_day_of_a_date_line():
    text = "令和5年第4回定例会 一般質問\n質問日 令和5年12月5日\n質問者 山田議員\n光回線の整備について伺います。\n"
    assert years(text)[:2] == (2023, 2023)
    # Without one the session names the year alone; an update stamp does not outrank it.
    text = "令和7年第1回県議会 施策の概要\n更新日 2024年2月14日\n知事の説明\n"
    assert years(text)[:2] == (2025, None)


def test_links_to_attached_files_do_not_push_the_head_down():
    links = "概要(PDF形式:123KB)\n別紙1(PDF形式:456KB)\n別紙2 [Excelファイル/78KB]\n参考資料(PDF:1.2MB)\n"
    text = ("報道資料\n" + links + "令和6年4月15日\n北海道総合通信局\n資料一覧\n"
            "令和5年度不法無線局の取締り結果\n当局は、取締りの結果を取りまとめました。\n")
    assert years(text, "報道資料")[:2] == (2024, 2023)


def test_update_date_label_is_not_a_publication_label():
    text = "協定の締結\n更新日付:2014年6月9日 情報システム課\n県は協定を締結しました。\n"
    from ictsearch.indexer.metadata.dates import P_UPDATED, _own_date
    from ictsearch.indexer.metadata.lines import text_lines

    assert _own_date(text, text_lines(text), "協定の締結")[2] == P_UPDATED


def test_an_archive_year_of_the_trail_with_the_day_of_the_first_sentence():
    text = ("総務省トップ > 四国総合通信局 > イベント報告2014年 > 説明会を開催\n説明会を開催\n"
            " 四国総合通信局は、6月26日(木)に徳島市において、説明会を開催しました。\n")
    assert years(text)[:2] == (2014, 2014)
    text = text.replace("6月26日", "2月26日")
    assert years(text)[:2] == (2014, 2013)
    # The day further into the clause, with its weekday (「…取組として、9月2日(火)、…において」).
    text = ("総務省トップ > 四国総合通信局 > イベント報告2015年 > 研修会を開催\n研修会を開催\n"
            " 四国総合通信局は、自治体との連携を深める取組として、1月20日(水)、高松市において、研修会を開催しました。\n")
    assert years(text)[:2] == (2015, 2014)
    # Without its weekday such a day may be anything's: the year alone stays.
    assert years(text.replace("1月20日(水)", "1月20日"))[:2] == (2015, None)


def test_an_issue_in_the_trail_dates_its_article():
    for issue, want in (("Highlighting Japan February 2019", (2019, 2018)), ("広報みらい 令和元年6月号", (2019, 2019))):
        text = (f"Home > {issue} > 政策関連ニュース\n多言語翻訳アプリ\n"
                "翻訳アプリが開発された。旅行者との会話に役立つ。\n")
        assert years(text)[:2] == want


def test_a_press_release_announcing_a_white_paper_is_dated_as_a_press_release():
    text = ("総務省トップ > 報道資料一覧 > 平成22年版情報通信白書の公表\n報道資料\n平成22年7月6日\n"
            "総務省は、本日、平成22年版情報通信白書を公表しました。\n")
    m = derive_metadata(text, title="総務省トップ > 報道資料一覧 > 平成22年版情報通信白書の公表", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2010, 2010)
    # The White Paper's own page keeps the edition rule.
    m = derive_metadata("平成22年版 情報通信白書\n第1章\n本文。\n", title="平成22年版 情報通信白書", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2010, 2009)


def test_a_subtitle_between_wave_dashes_and_a_bracketed_fiscal_year_closing_a_heading():
    text = "官邸トップ\nIT戦略本部\n施策プログラム\n〜平成14年度IT重点施策に関する基本方針〜\n平成13年6月26日\n本部決定\n"
    assert years(text)[:2] == (2001, 2002)  # the programme FOR 平成14年度, dated in June 2001
    text = "本文\n県DX戦略の見直し(令和6年度)\n戦略の内容を見直しました。\n"
    assert years(text)[:2] == (None, 2024)


def test_a_scheduled_day_is_not_the_documents_date():
    text = "情報伝達試験の実施について\n試験の概要\n第1回 中止となりました。\n(当初予定日:令和5年7月12日(水曜日) 午前11時頃)\n"
    assert years(text)[:2] == (None, None)


def test_a_two_day_event_after_the_subject():
    text = "研修を開催\n近畿総合通信局は、2025年11月27日〜28日の2日間、当局会議室において研修を開催しました。\n"
    assert years(text)[:2] == (2025, 2025)


def test_a_report_posted_in_april_on_a_march_event_is_of_the_year_that_closed():
    text = ("総務省トップ > 北海道総合通信局 > トピックス記事 > 成果発表セミナーを開催\n成果発表セミナーを開催\n"
            "平成31年4月4日up\n 当局は、3月26日(火曜日)、札幌市内でセミナーを開催しました。約200名が参加しました。\n")
    assert years(text, "成果発表セミナーを開催")[:2] == (2019, 2018)
    # An event of April in the same post is of the new 年度.
    april = text.replace("3月26日", "4月2日")
    assert years(april, "成果発表セミナーを開催")[:2] == (2019, 2019)
    # A date of February in a later paragraph of a September release is no event of the release.
    text = ("報道資料\n令和7年9月12日\n放送の強靱化\n 総務省は、強靱化に関する報告書を公表しました。\n"
            " 総務省は、令和7年2月5日(水)から検討会を開催してきました。\n")
    assert years(text, "放送の強靱化")[:2] == (2025, 2025)


def test_a_title_naming_a_numbered_session_of_a_year():
    text = "令和7年第1回県議会(施策の概要について)\n施策の概要について御説明申し上げます。\n"
    assert years(text)[:2] == (2025, None)


def test_a_fiscal_year_inside_a_sentence_loses_even_to_an_update_stamp():
    text = ("光回線の整備\n更新日:2021年8月16日\n"
            " 市では、市内全域で高速な通信を実現するため、平成22年度事業として光回線を整備しました。\n")
    assert years(text)[:2] == (2021, 2021)


def test_a_budget_line_of_its_own_names_an_undated_sheets_year():
    rows = "".join(f"・取組{i}を実施する。\n" for i in range(14))
    text = "テレワーク普及展開推進事業\n" + rows + "令和5年度当初予算(案) 255百万円\n"
    assert years(text)[:2] == (None, 2023)
    # The same budget named inside a sentence is cited.
    text = "テレワーク普及展開推進事業\n" + rows + "本事業は令和5年度当初予算(案)に255百万円を計上した。\n"
    assert years(text)[:2] == (None, None)


def test_a_publication_start_label():
    text = "マイナンバーカードの交付\n市民課\n最終更新日:2025年1月10日 掲載開始日:2024年7月3日\n交付の予約を受け付けます。\n"
    assert years(text)[:2] == (2024, 2024)


@pytest.mark.parametrize(
    "text, year",
    [
        ("情報通信白書 令和5年版\n第1章 デジタルの現状\n本文。\n", 2023),  # the edition after the name
        ("防衛白書 令和5年版 日本の防衛\n第1章 安全保障環境\n本文。\n", 2023),
        ("令和5年版 観光白書（概要）\n第1章 観光の動向\n本文。\n", 2023),
        ("エネルギー白書2023\n第1章 エネルギーの動向\n本文。\n", 2023),  # the bare 西暦 after the name
        ("防災白書 2023\n第1章 災害の状況\n本文。\n", 2023),
        ("2023年版 中小企業白書\n第1章 中小企業の動向\n本文。\n", 2023),
        # a White Paper on a 年度 comes out the next year: 令和4年度 → 2023, 年度 2022
        ("令和4年度 文部科学白書\n第1章 教育の動向\n本文。\n", 2023),
        ("令和4年度食料・農業・農村白書\n第1章 スマート農業\n本文。\n", 2023),
        # the edition on a heading below a site's name or menu, or in a trail below the section title
        ("国土交通省\n白書・オープンデータ\n令和3年版 国土交通白書\n第1章 インフラ\n本文です。\n", 2021),
        ("第1章 デジタルの現状\n白書 > 令和5年版 > 第1章\n本文。\n", 2023),
    ],
)
def test_white_paper_editions_in_their_common_forms(text, year):
    assert years(text)[:2] == (year, year - 1)


def test_a_white_paper_cited_or_listed_gives_no_edition():
    text = "テレワークの現状\n令和2年版情報通信白書によると、テレワークの導入率は上がっている。\n"
    assert years(text)[:2] == (None, None)
    text = "白書のページ\nバックナンバー\n令和5年版 情報通信白書\n令和4年版 情報通信白書\n令和3年版 情報通信白書\n"
    assert years(text)[:2] == (None, None)


def test_a_history_or_a_list_of_dated_items_is_not_the_pages_date():
    # 沿革 in two layouts: a date and its event on one line, or a cell a line
    text = "沿革\n昭和63年4月1日 情報センター設立\n平成5年4月1日 ネットワーク開始\n平成22年10月1日 光回線整備\n令和3年4月1日 組織改編\n"
    assert years(text)[:2] == (None, None)
    text = "市の歩み\n1955年4月\n市制施行\n1970年11月\n庁舎完成\n2005年4月\n近隣町と合併\n"
    assert years(text)[:2] == (None, None)
    # the page's own stamp beside the list still dates it
    text = "沿革\n更新日：2022年3月1日\n昭和63年4月 情報センター設立\n平成5年4月 ネットワーク開始\n令和3年4月 組織改編\n"
    assert years(text)[:2] == (2022, 2021)


def test_a_schedule_of_one_year_gives_the_year_but_no_month():
    text = ("防災訓練の日程\n市では次の日に訓練を行います。\n・2024年5月22日(水) 午前11時\n"
            "・2024年8月28日(水) 午前11時\n・2024年11月20日(水) 午前11時\n")
    # dates43: all in one 年度 as well, the 年度 whose schedule the page announces (bench/realdocs README,
    # dates of pages without a date line: 本年度の実施日程); across the 年度's change, the year alone.
    assert years(text)[:2] == (2024, 2024)
    across = text.replace("2024年5月22日", "2024年2月21日")
    assert years(across)[:2] == (2024, None)


def test_a_revision_history_is_no_list_but_dates_the_rule():
    text = "緊急情報提供要領\n危機管理課\n平成15年10月15日作成\n平成16年5月1日修正\n平成18年4月1日修正\n1 目的\n"
    assert years(text)[:2] == (2006, 2006)


def test_a_plan_period_written_with_kara_is_a_span():
    text = "第3次地域情報化計画 令和5年度から令和9年度\n本計画は市の情報化の方針を定めるものです。\n"
    assert years(text)[:2] == (None, None)


def test_a_law_cited_by_its_date_and_number_is_not_the_pages_date():
    text = "個人情報の取扱い\n個人情報の保護に関する法律（平成15年5月30日法律第57号）\n市は個人情報を適切に取り扱います。\n"
    assert years(text)[:2] == (None, None)
    # the by-law the page is, dated and numbered on a line of its own under its name
    text = "○○町情報通信施設条例\n平成20年6月13日条例第24号\n○○町有線テレビ条例(平成18年○○町条例第20号)の全部を改正する。\n"
    assert years(text)[:2] == (2008, 2008)


def test_the_day_a_body_was_founded_or_a_service_began_is_not_the_pages():
    text = "プログラミング教育の推進\n・学びの推進コンソーシアム(平成29年3月9日設立)\n・学びの推進協議会\n県内の学校を支援しています。\n"
    assert years(text)[:2] == (None, None)
    text = "防災アプリの紹介\n防災ナビ\n2020年8月25日リリース\n洪水の危険度を通知します。\n"
    assert years(text)[:2] == (None, None)


def test_a_plan_announced_by_its_name_and_month():
    text = "地域情報化計画\n本市は、令和5年3月に「第3次地域情報化計画」を策定しました。\n計画の概要は次のとおりです。\n"
    assert years(text)[:2] == (2023, 2022)
    assert years("計画を策定しました\n市は、令和5年3月に地域情報化計画を策定しました。\n")[:2] == (2023, 2022)
    # the month of a text the object names by its own clause is that text's
    assert years("指針の改定\n市は、令和5年3月に国が策定した指針を改定しました。\n")[:2] == (None, None)
    # the first sentence of a numbered section tells of the plan before this one
    text = ("1 計画改定の趣旨\n県では、行政の効率化を目的として、令和2年6月に「デジタル戦略推進計画」を策定しました。"
            "その後、計画を全面的に改定することとしました。\n")
    assert years(text)[:2] == (None, None)


def test_yearly_sections_or_table_rows_by_fiscal_year_are_no_pages_year():
    text = "光回線整備事業\n令和5年度\n3地区で整備しました。\n令和4年度\n2地区で整備しました。\n令和3年度\n1地区で整備しました。\n"
    assert years(text)[:2] == (None, None)
    text = "光回線整備事業\n更新日：2024年5月1日\n令和5年度\n3地区で整備。\n令和4年度\n2地区で整備。\n令和3年度\n1地区で整備。\n"
    assert years(text)[:2] == (2024, 2024)
    text = "補助金の交付実績\n年度 件数 金額\n令和3年度 12件 300万円\n令和4年度 15件 350万円\n令和5年度 20件 400万円\n"
    assert years(text)[:2] == (None, None)


def test_a_sites_links_tools_and_news_box_above_the_content_are_no_part_of_its_head():
    body = "令和5年度 防災訓練の実施\n令和5年11月5日\n市は、市内全域で防災訓練を実施しました。\n"
    want = years(body)[:2]
    assert want == (2023, 2023)
    # skip links between the menu's items count with them (本文へ / 文字サイズ / 背景色 / Language)
    assert years("本文へ\n文字サイズ 小 中 大\n背景色 白 黒 青\nLanguage\nサイト内検索\n" + body)[:2] == want
    # a print link and a page number are the page's tools, not its title
    assert years("印刷する\nページ番号：123456\n" + body)[:2] == want
    # a news box of dated rows above the content is the site's, and so is every date in it
    news = "新着情報\n2025年4月1日 防災訓練のお知らせ\n2025年3月28日 広報紙4月号を発行しました\n2025年3月1日 窓口の受付時間の変更\n"
    assert years(news + "防災訓練の実施\n市は、市内全域で防災訓練を実施しました。\n")[:2] == (None, None)


def test_a_fiscal_year_that_opens_the_first_sentence_as_its_topic_beats_the_dates():
    text = "防災訓練の実施結果\n掲載日：2024年4月15日\n令和5年度は、市内全域で防災訓練を3回実施しました。\n"
    assert years(text)[:2] == (2024, 2023)


def test_a_fiscal_year_glossed_in_the_other_calendar_is_still_the_topic():
    text = "障害者向け通信サービスの助成\n2018年度(平成30年度)は、12件の事業に助成を行った。\n"
    assert years(text)[:2] == (None, 2018)


def test_the_current_fiscal_year_glossed_with_its_year_is_the_texts():
    text = ("研究開発テストベッド\nテストベッドの概要\n本テストベッドは、大学や企業の研究者に広く利用されています。"
            "今年度(令和3年度)スタートした第5期中長期計画でも、その運用を続けます。\n")
    assert years(text)[:2] == (None, 2021)
    # 前年度 glossed with its year: the text is written in the 年度 after it.
    text = ("感謝状の贈呈\nこのたび、前年度（令和4年度）の講座に登壇された講師2名に感謝状を贈呈しました。\n"
            "講師の皆様に感謝申し上げます。\n")
    assert years(text)[:2] == (None, 2023)


def test_a_press_conference_on_next_years_budget_is_of_the_year_it_was_held():
    text = "令和6年度当初予算について(2024年2月14日(水))\n知事記者会見\n本日は、来年度予算案について説明します。\n"
    assert years(text)[:2] == (2024, 2023)
    text = "更新日：2024年2月15日\n記者会見の要旨 - 令和6年2月14日 -\n令和5年度知事記者会見:令和6年度当初予算について\n予算の概要を説明します。\n"
    assert years(text)[:2] == (2024, 2023)
    # a budget sheet of its own 年度 keeps it
    text = "令和6年度当初予算の概要\n令和6年2月14日\n財政課\n予算の規模は次のとおりです。\n"
    assert years(text)[:2] == (2024, 2024)


def test_an_update_stamp_written_after_its_date_on_a_line_of_page_tools():
    text = ("現在地 トップページ > 組織でさがす > 情報政策課 > 光回線の整備\n光回線の整備\n"
            "印刷ページ表示 ページ番号:0001234 2014年6月17日更新情報政策課\n背景\n県は光回線を整備しました。\n")
    assert years(text)[:2] == (2014, 2014)


@pytest.mark.parametrize(
    "stamp, year, fy",
    [
        ("掲載日：2023年4月10日", 2023, 2023),
        ("公開日 令和5年4月10日", 2023, 2023),
        ("公表日：令和5年2月10日", 2023, 2022),
        ("発表日 2023年2月10日", 2023, 2022),
        ("更新日：2023年2月10日", 2023, 2022),
        ("最終更新日：2023年2月10日", 2023, 2022),
        ("作成日：2023年2月10日", 2023, 2022),
        ("発行日 令和5年2月10日", 2023, 2022),
        ("登録日：2023年2月10日", 2023, 2022),
        ("日付：2023年2月10日", 2023, 2022),
        ("掲載日：2023/4/10", 2023, 2023),
        ("掲載日 2023.4.10", 2023, 2023),
        ("掲載日 2023-04-10", 2023, 2023),
        ("公開日：R5.4.10", 2023, 2023),
        ("令和5年4月10日掲載", 2023, 2023),
        ("令和元年5月10日", 2019, 2019),
        ("令和５年４月１０日", 2023, 2023),
        ("令和5年4月1日(土)", 2023, 2023),
        ("【掲載日】令和5年4月10日", 2023, 2023),
        ("2023年（令和5年）4月10日", 2023, 2023),
        ("更新日：令和五年二月九日", 2023, 2022),
        ("公開日時 2023年02月09日 10時00分", 2023, 2022),
    ],
)
def test_a_pages_date_under_any_common_label_and_in_any_common_form(stamp, year, fy):
    text = f"防災無線の更新について\n{stamp}\n市は防災無線をデジタル方式に更新しました。\n"
    assert years(text)[:2] == (year, fy)


@pytest.mark.parametrize(
    "text",
    [
        "光回線の整備\n令和9年度末までに全域で整備します。\n",
        "脱炭素の取組\n2030年までに温室効果ガスを46%削減します。\n",
        "地域DX計画\n令和7年度を目途に全域で整備します。\n",
        "第3次地域情報化計画（令和5年度～令和9年度）\n本計画は市の情報化の方針を定めるものです。\n",
        "デジタル田園都市国家構想\n令和4年12月23日に閣議決定された総合戦略に基づき、取組を進めています。\n",
        "地域情報化計画\n本市は、平成28年に策定した計画に基づき、光回線の整備を進めてきました。\n",
    ],
)
def test_targets_spans_and_cited_dates_give_no_year(text):
    assert years(text)[:2] == (None, None)


def test_a_profile_page_opening_with_the_day_its_body_was_founded_has_no_date():
    assert years("町の概要\n当町は、平成17年3月1日に3町村が合併して誕生しました。人口は約2万人です。\n")[:2] == (None, None)
    assert years("協議会について\n本協議会は、平成20年4月1日に県内の市町村により設立されました。\n")[:2] == (None, None)
    # news of a body opening something is dated that day
    assert years("相談窓口の開設\n当局は、令和5年7月3日に相談窓口を開設しました。\n")[:2] == (2023, 2023)


def test_a_text_named_by_the_day_it_was_made_in_a_relative_clause_is_cited():
    text = ("デジタル田園都市の推進\n本県は、令和4年12月23日に閣議決定された「デジタル田園都市国家構想総合戦略」を踏まえ、"
            "地域のデジタル化を進めています。\n")
    assert years(text)[:2] == (None, None)
    text = "情報化の推進\n本市は、平成30年3月30日に策定した「第2次情報化計画」に基づき、行政のデジタル化を進めています。\n"
    assert years(text)[:2] == (None, None)
    text = "災害時の通信確保\n当局は、令和6年1月1日に発生した能登半島地震を受け、臨時の相談窓口を設けました。\n"
    assert years(text)[:2] == (None, None)
    # the event the report is of stays its date
    assert years("講演会の開催\n当局は、令和5年7月3日に開催された講演会で講演を行いました。\n")[:2] == (2023, 2023)


def test_a_meetings_record_is_for_the_year_of_its_meeting():
    # The agenda of a meeting held in June names last year's results and this year's plan:
    # the record is the meeting's, dated by its day.
    text = ("第2回 地域ICT推進協議会 議事要旨\n令和6年6月12日(水)14:00~15:30\n1.次第\n"
            "(1)令和5年度の取組実績\n(2)令和6年度事業計画\n2.議事\n事務局から説明があった。\n")
    assert years(text)[:2] == (2024, 2024)
    # Without the record, a heading naming the page's 年度 still beats its date…
    notice = text.replace("議事要旨", "のお知らせ")
    assert years(notice.replace("1.次第\n", ""))[1] == 2023
    # …but not an item of the meeting's agenda (under 次第): a topic the meeting takes up, whether the page is its
    # record or its notice (breaker40, 2026-12-05: 「(3) 令和6年度の取組について」 had made a 令和5年11月 meeting's
    # page 2024's).
    assert years(notice)[1] == 2024


def test_a_trail_files_the_page_under_its_fiscal_year():
    # An answer filed under 令和2年度, re-stamped when the site moved: the 年度 is the trail's,
    # the stamp still the page's only date.
    text = ("ホーム > 県民の声 > 令和2年度 > 光回線の整備について\n光回線の整備について\n"
            "ページ番号:0001234 更新日:2024年8月1日更新\nご意見\n光回線を整備してほしい。\n回答\n順次整備を進めます。\n")
    assert years(text, "光回線の整備について")[:2] == (2024, 2020)
    # A dated page keeps its date's 年度.
    dated = text.replace("ページ番号:0001234 更新日:2024年8月1日更新", "令和3年3月5日")
    assert years(dated, "光回線の整備について")[:2] == (2021, 2020)
    dated = text.replace("ページ番号:0001234 更新日:2024年8月1日更新", "令和3年5月5日")
    assert years(dated, "光回線の整備について")[:2] == (2021, 2021)


def test_a_dated_page_about_a_white_paper_is_not_the_white_paper():
    text = ("大臣閣議後記者会見の概要\n令和6年7月5日\n冒頭発言\n【\n令和6年版情報通信白書\n】\n"
            "本日、閣議におきまして、令和6年版情報通信白書を配布いたしました。\n")
    assert years(text, "大臣閣議後記者会見の概要")[:2] == (2024, 2024)
    # Without the date line it is read as a page of that edition.
    undated = text.replace("令和6年7月5日\n", "")
    assert years(undated, "大臣閣議後記者会見の概要")[:2] == (2024, 2023)


def test_an_article_or_a_seminar_on_a_white_paper_is_dated_by_its_own_day():
    # The edition in the title, a day on a date line or as the event's day: a page about it.
    text = ("2023年版中小企業白書の概要が発表されました\n- 2023年5月12日\n- 中小企業アドバイザー\n"
            "今年の白書はデジタル化を取りあげています。\n")
    assert years(text)[:2] == (2023, 2023)
    text = ("2019年版ものづくり白書と製造業のデジタル化\n開催日 2019年6月20日\nスピーカー 経済産業省\n"
            "本セミナーでは白書の分析を説明します。\n")
    assert years(text)[:2] == (2019, 2019)
    # The White Paper's own page keeps the edition rule, also with a data day as of which its
    # table counts (a field's date, no event's).
    text = "2023年版 中小企業白書\n第1章 中小企業の動向\n(2023年4月1日現在)\n企業数は減っている。\n"
    assert years(text)[:2] == (2023, 2022)
    # …and with its site's stamp (a prefecture's White Paper page on its CMS).
    text = "令和5年版 県環境白書\n掲載日:2023年10月2日\n第1章 環境の現状\n本文。\n"
    assert years(text)[:2] == (2023, 2022)


def test_a_press_release_with_the_white_paper_attached_is_of_its_editions_year():
    # 「別添資料「…白書の概要」」 below the text: the release that publishes the edition, after March.
    text = ("情報通信白書は、情報通信の現況を毎年作成しており、今回で40回目となります。\n"
            "今回の白書では、特集テーマを展望しております(\n別添資料「平成24年版 情報通信白書の概要」\n参照)。\n"
            "<公表方法>\n・日本語版を、7月17日(火)から掲載。\n")
    assert years(text)[:2] == (2012, 2012)
    # A heading naming the edition without an attachment is still the White Paper's page.
    text = text.replace("別添資料「平成24年版 情報通信白書の概要」", "平成24年版 情報通信白書の概要")
    assert years(text)[:2] == (2012, 2011)


@pytest.mark.parametrize("stamp", ["更新日平成30年2月16日", "【更新日】平成30年2月16日", "更新日:平成30年2月16日"])
def test_a_restamp_of_a_record_loses_to_its_meetings_day(stamp):
    # However the stamp is written, it is an update years later: the meeting's day in the
    # head dates the record.
    text = (f"平成21年度第5回 情報化推進委員会 会議録\nページID1002 {stamp}\n開催日時\n"
            "平成21年(2009年)10月20日(火曜)午後2時から\n議題\n委員から意見があった。\n")
    assert years(text)[:2] == (2009, 2009)


def test_a_press_releases_provision_day_is_its_date():
    text = ("光回線整備に関する協定の締結について\n担当 企画課\n提供日\n2021年5月12日\n提供時間\n14時0分\n"
            "内容\n県は、通信事業者と協定を締結しました。\n\n更新日:2024年6月1日\n")
    assert years(text)[:2] == (2021, 2021)
    # A service's 提供開始日 is no date of the page's.
    service = text.replace("提供日\n", "サービス提供開始日\n")
    assert years(service)[:2] == (2024, 2024)


@pytest.mark.parametrize("kind, key", [("議事要旨", "開催日時"), ("会議結果報告", "開会日時"), ("会議録", "質問年月日")])
def test_a_records_meeting_day_under_its_field_name_beats_an_update_stamp(kind, key):
    text = (f"第2回 情報化推進審議会\n{kind}\n{key}\n令和3年3月8日(月) 午前10時00分~正午\n開催場所\n市役所会議室\n"
            "委員から意見があった。\n\n更新日:2025年1月10日\n")
    assert years(text)[:2] == (2021, 2020)


def test_a_fiscal_year_as_a_tables_value_is_no_heading():
    # An evaluation page published in 2015 reviews a project of 平成20年度: its 事業年度 row
    # names the project's year, and the page's own date gives its 年度.
    text = ("公開日2015年09月01日\nこの事後評価は、交付要綱の規定により、実施した事業について公表するものです。\n"
            "事業名\n情報通信基盤整備事業\n事業年度\n平成20年度\n事業完了日\n平成21年3月19日\n総事業費\n100,000千円\n")
    title = "この事後評価は、交付要綱の規定により、実施した事業について公表するものです。"
    assert years(text, title)[:2] == (2015, 2015)
    # Under no key the same line heads the page, and its 年度 beats the date's (a restamp).
    heading = text.replace("事業年度\n", "")
    assert years(heading, title)[1] == 2008


def test_the_year_of_writing_glossed_dates_a_page_without_a_date():
    text = ("災害情報の配信\n配信の仕組み\n昨年（令和4年）は、各地で大雨による災害が多発しましたが、"
            "情報は確実に配信されました。\n")
    assert years(text)[0] == 2023
    assert years(text.replace("昨年", "本年"))[0] == 2022
    # A date of the page's own wins.
    assert years(text.replace("配信の仕組み", "令和5年8月1日"))[0] == 2023
    assert years(text.replace("配信の仕組み", "令和6年8月1日"))[0] == 2024


@pytest.mark.parametrize("label", ["投稿日", "発行日", "配信日"])
def test_a_stamp_far_below_the_head_dates_the_page(label):
    body = "".join(f"取組{k}について説明します。詳しくは別紙をご覧ください。\n" for k in range(40))
    text = f"ICTセミナーの開催について\n{body}{label}:2023年4月10日\nお問い合わせ\n総務課\n電話 000\nメール x\nFAX 000\n"
    assert years(text)[:2] == (2023, 2023)


def test_a_heading_announcing_a_start_is_no_date_line():
    text = ("窓口手続のご案内\n令和6年4月1日から手続が変わります\n掲載日：2024年3月15日\n"
            "県では、申請の方法を見直しました。\n")
    assert years(text, "窓口手続のご案内")[:2] == (2024, 2023)
    # …and so does a condition on what was bought since a day.
    text = ("購入費補助のご案内\n更新日 2024年10月1日\n補助の対象\n- 令和5年12月13日以降に録音機能付電話機を購入した方\n")
    assert years(text, "購入費補助のご案内")[:2] == (2024, 2024)
    # The days of one event are still its date line.
    text = "ICTフェアの開催\n令和5年7月3日(月)から5日(水)\n会場で展示を行いました。\n"
    assert years(text)[:2] == (2023, 2023)


def test_a_start_the_page_announces_dates_it_when_nothing_else_does():
    # Opening the first sentence: the page is written just before the change.
    text = ("キャッシュレス決済の導入について\n令和6年10月1日から、窓口の手数料をキャッシュレス決済で支払えるように"
            "なります。\n利用できる窓口は市民課です。\n")
    assert years(text)[:2] == (2024, 2024)
    assert years(text.replace("令和6年10月1日", "令和6年10月"))[:2] == (2024, 2024)
    # …or closing the title, under a date line of its own, which wins.
    text = "防災ラジオを無償で配布します(令和3年3月から)\n[2020年12月24日]\n町では防災ラジオを貸与します。\n"
    assert years(text)[:2] == (2020, 2020)
    assert years(text.replace("[2020年12月24日]\n", ""))[:2] == (2021, 2020)
    # A condition (以降に発生した) and any stamp are not outranked.
    assert years("漏えい等の報告\n令和7年7月1日以降に発生した事案を報告してください。\n")[:2] == (None, None)
    # A start inside the first sentence that it says has happened is the change the page announces (bench/realdocs
    # README, labels38's dates of pages without a date line: 「平成19年10月1日から一般の皆様への提供を開始しました」 is
    # realdocs r3526's date, relabelled so); one still ahead is not (dates40's tests hold the limits).
    assert years("緊急地震速報\n緊急地震速報は、平成19年10月1日から一般への提供を開始しました。\n")[:2] == (2007, 2007)
    assert years("緊急地震速報\n緊急地震速報は、平成19年10月1日から一般への提供を開始します。\n")[:2] == (None, None)
    # Nor a start that says whom a rule is for (the page is written the year before).
    assert years("保育所の入所申込み\n令和8年4月から入所を希望する方は、11月30日までに申し込んでください。\n")[:2] == (None, None)
    stamped = "手数料の支払い\n更新日:2024年8月1日\n令和6年10月1日から、キャッシュレス決済が使えます。\n"
    assert years(stamped)[:2] == (2024, 2024)
    assert years(stamped.replace("2024年8月1日", "2024年3月1日"))[:2] == (2024, 2023)


def test_a_start_on_a_heading_line_under_the_title_dates_the_page_too():
    # 「令和4年11月9日から運用開始」 as the subtitle of a town's service page: announced when it starts.
    text = ("映像通報システム\n令和4年11月9日から運用開始\n119番ライブ通報とは\n"
            "通報者がスマートフォンで消防に映像を送る仕組みです。\n")
    assert years(text, "映像通報システム")[:2] == (2022, 2022)
    assert years(text.replace("令和4年11月9日", "令和5年2月"), "映像通報システム")[:2] == (2023, 2022)
    # A date line of its own still wins.
    assert years(text.replace("運用開始\n", "運用開始\n更新日:2024年6月1日\n"), "映像通報システム")[:2] == (2024, 2024)


def test_an_ebook_viewers_lines_are_no_opening_sentences():
    text = ("ブックタイトル研究機構年報\nページ\n66/318\nこのページは 研究機構年報 の電子ブックに掲載されている66ページの概要です。\n"
            "秒後に電子ブックの対象ページへ移動します。\n「ブックを開く」ボタンをクリックすると今すぐブックを開きます。\n概要\n研究機構年報\n"
            "58■概要 センターは、音声翻訳の研究開発を進めている。平成28年度は前年度に引き続き、翻訳精度の向上に取り組んだ。\n")
    assert years(text)[:2] == (None, 2016)


def test_an_update_stamp_laid_out_as_a_tables_row_is_still_a_stamp():
    text = ("光回線の整備\n最終更新日\n令和6年6月1日(土)\n"
            "市は、令和5年7月3日(月)に光回線の提供を開始しました。\n整備は順調です。\n")
    assert years(text)[:2] == (2023, 2023)
    # Alone it dates the page.
    alone = text.replace("市は、令和5年7月3日(月)に光回線の提供を開始しました。\n", "")
    assert years(alone)[:2] == (2024, 2024)


def test_a_record_below_a_long_site_menu_is_still_a_record():
    menu = "".join(f"{w}\n" for w in ("ホーム", "くらし・手続き", "子育て・教育", "健康・福祉・医療", "観光・文化・スポーツ",
                                      "産業・しごと", "まちづくり・環境", "市政情報", "防災・安全", "施設案内", "よくある質問",
                                      "お問い合わせ", "サイトマップ", "アクセシビリティ", "個人情報の取扱い", "リンク集",
                                      "各課の業務案内", "市長の部屋", "広報・広聴", "選挙", "統計情報", "入札・契約",
                                      "職員採用", "市議会", "外国語", "ふるさと納税", "移住・定住", "イベント情報",
                                      "観光スポット", "施設予約", "図書館", "子育て支援センター", "ごみ・リサイクル"))
    assert len(menu) > 200
    text = (menu + "第2回 情報化推進委員会\n会議録\n開会日時\n令和3年3月8日(月) 午前10時00分\n会場\n市役所会議室\n"
            "委員から意見があった。\n最終更新日:2025年1月10日\n")
    assert years(text, "第2回 情報化推進委員会")[:2] == (2021, 2020)


def test_a_bimonthly_issue_is_dated_by_its_first_month():
    # 隔月刊の広報紙 name two months: the issue was dated by its year only (no 年度 then, and a
    # March–April issue of 令和3年 belongs to 令和2年度).
    for title, want in (("広報やまなみ 令和3年3・4月号", (2021, 2020)), ("広報かわべ 2023年12・1月合併号", (2023, 2023))):
        text = f"{title}\n特集 デジタル窓口の開設\n町では、オンライン申請の受付を始めました。\n"
        assert years(text)[:2] == want
    # Two months before anything but 月号 are a span of the year, not a date.
    ys = find_years("令和5年4・5月に実施した利用者アンケートの結果")
    assert [(y.year, y.month) for y in ys] == [(2023, None)]


def test_an_issue_date_opening_a_page_read_as_one_line():
    # A periodical's page extracted as one line: the issue's name and date, then the articles.
    text = ("広報みなと 令和6年(2024年)2月号 5ページ ---------- 消費生活センターだより "
            "架空請求のはがきに注意!  最近、裁判所を名乗るはがきの相談が寄せられています。 絶対に連絡しないでください。")
    assert years(text)[:2] == (2024, 2023)
    # A clause citing an issue is no issue's page.
    cited = "このことは、広報紙の令和5年4月号でお知らせしました。詳しくは窓口にお問い合わせください。"
    assert years(cited)[:2] == (None, None)


def test_a_day_in_a_records_row_is_not_the_pages_date():
    # A project's table flattened into one row: its completion day is the project's, and the
    # page's own date is its update stamp.
    text = ("光ファイバ網整備事業の事後評価について\n記事ID:0001234 更新日:2016年8月3日更新\n"
            "村内全域で高速インターネットが利用可能となりました。\n"
            "事業の概要事業年度平成21年度事業完了日平成23年2月25日\n総事業費 3億円\n")
    assert years(text)[0] == 2016
    assert years(text.replace("事業完了日", "供用開始日 "))[0] == 2016


def test_an_assemblys_sitting_with_a_long_number_and_its_day():
    # Towns number their sessions from the first (第183回); the sitting's day follows its name on
    # a line the agenda runs on.
    record = ("平成24年第183回北町議会定例会(第1号)\n\n"
              "平成24年第183回北町議会定例会 平成24年12月5日(水曜日) 議事日程(第1号) 開会及び開議の宣告 "
              "1 会議録署名議員の指名 2 会期の決定 3 諸般の報告 4 行政報告 5 一般質問 6 議案第70号 専決処分の承認\n"
              "出席議員(14名) 1番 山田議員 2番 田中議員\n")
    assert years(record)[:2] == (2012, 2012)
    # Without the day the session still gives its year.
    assert years(record.replace("平成24年12月5日(水曜日) ", ""))[0] == 2012


def test_a_white_paper_named_by_its_year_without_edition():
    # 警察白書 names its editions 「平成18年警察白書」; its foreword (「…の刊行に当たって」) is its own.
    text = ("平成18年警察白書の刊行に当たって\n警察白書は、警察活動の現況を国民の皆様に理解していただくために作成しています。\n"
            "平成18年7月\n警察庁長官\n")
    assert years(text, "平成18年警察白書の刊行に当たって")[:2] == (2006, 2005)
    # A text citing another year's White Paper is dated as any other page.
    cited = "調査結果\n平成18年警察白書によると、サイバー犯罪は増加している。\n令和5年4月1日\n"
    assert years(cited, "調査結果")[:2] == (2023, 2023)


def test_a_day_with_its_weekday_dates_a_page_that_writes_no_year():
    text = ("北海道総合通信局は、4月18日(火曜日)、当局会議室で施策説明会を開催しました。\n"
            "この日は、当局が策定した「令和5年度重点施策」から、令和5年度、重点的に取り組む4つの施策を説明しました。\n")
    m = derive_metadata(text, title="施策説明会を開催", path=Path("x.txt"))
    # 4月18日 was a Tuesday in 2017 and 2023; only 2023 is near the years the page names.
    assert (m.year, m.fiscal_year) == (2023, 2023)
    assert "火曜日 in 2023" in m.sources["year"]
    # The wrong weekday for every year near the page's: no year rather than a guess.
    wrong = text.replace("火曜日", "水曜日")
    assert derive_metadata(wrong, title="施策説明会を開催", path=Path("x.txt")).year is None
    # No year named anywhere: the weekday alone fits too many years.
    bare = "北海道総合通信局は、4月18日(火曜日)、当局会議室で施策説明会を開催しました。\n"
    assert derive_metadata(bare, title="施策説明会を開催", path=Path("x.txt")).year is None


def test_council_minutes_dated_month_first():
    # The council-minutes systems of many 議会 print the day a member spoke as MM/DD/YYYY.
    text = ("ホーム > 〇〇県議会 > 委員会会議録\n委員会会議録\n総務委員会\n質疑・質問者 : 山田委員\n"
            "質疑・質問日:06/18/2021 会派名:自民党\n○山田委員\n 自治体DXの推進について伺います。")
    meta = derive_metadata(text, title="委員会会議録", path=Path("page.html"))
    assert (meta.fiscal_year, meta.year) == (2021, 2021)


def test_a_policy_speech_is_for_the_fiscal_year_whose_budget_it_opens():
    # Read in the 3月 session, the 施政方針 sets the course of the coming 年度 (the README's
    # 「施政方針 for 令和5年度 budget」 → 2023), not of the day it is read.
    text = ("施政方針\n更新日: ページ番号:000412\n北町議会令和6年3月定例会 施政方針\n"
            "本日、上程されました令和6年度一般会計予算ほか各会計予算の審議をお願いするに当たり、私の施政方針を申し上げます。\n"
            "町民の皆様の暮らしを支えるため、光回線の整備を進めます。\n")
    assert years(text, "施政方針")[:2] == (2024, 2024)
    undated = "令和2年度の市政運営に関し、私の所信を申し上げ、議員各位のご理解を賜りたいと存じます。\n窓口のデジタル化を進めます。\n"
    assert years(undated)[:2] == (None, 2020)
    # The same budget in a press conference or a committee's explanation keeps its day's 年度.
    conference = text.replace("私の施政方針を申し上げます", "その概要をご説明します")
    assert years(conference, "施政方針")[:2] == (2024, 2023)


def test_a_policy_speech_quoted_or_reported_by_another_page_keeps_that_pages_date():
    # A news page quoting the speech (「…私の施政方針を申し上げます」と述べた) or reporting it
    # (…と報じられた) is the day's news, of its day's 年度, not the speech itself.
    quoted = ("市長が施政方針を表明\n2024年3月5日\n"
              "地元紙の報道によると、市長は「令和6年度当初予算案の審議をお願いするに当たり、私の施政方針を申し上げます」と述べた。\n")
    assert years(quoted)[:2] == (2024, 2023)
    reported = ("知事が所信表明\n2025年2月20日\n"
                "知事は令和7年度予算案の審議をお願いするに当たり、県政運営の所信を申し上げたと報じられた。\n")
    assert years(reported)[:2] == (2025, 2024)


def test_a_law_promulgated_in_a_clause_that_runs_on_is_cited_not_the_pages_date():
    text = ("情報セキュリティポリシー\n"
            "地方自治法の一部を改正する法律が令和6年6月26日に公布され、地方公共団体はサイバーセキュリティを確保するための"
            "方針を定めることが義務付けられました。本町ではポリシーを改定し、方針として位置づけます。\n")
    assert years(text)[0] is None


def test_a_date_running_on_into_a_cut_sentence_is_not_a_date_line():
    # The last line of an excerpt (or a wrapped PDF line) stops mid-sentence, without its 。.
    text = ("平成21年版 情報通信白書\n委員会は、電気通信事業者間の紛争を処理する専門組織として創設された。\n"
            "あっせん・仲裁制度の運用を開始した。\n平成20年10月1日には、フェムトセル基地局の運\n")
    assert years(text)[:2] == (2009, 2008)


def test_a_first_sentence_with_the_official_comma_is_no_title():
    # 「，」 (saved as ",") is the comma of many municipal texts: the sentence is the text's, its date history.
    text = ("更新日:2021年3月12日\n"
            "本町は,昭和16年5月1日に町制を施行し,第1次から第5次までの総合振興計画を策定し,基幹産業の振興を推進してきました。\n")
    title = "本町は,昭和16年5月1日に町制を施行し,第1次から第5次までの総合振興計画を策定し"
    assert years(text, title)[0] == 2021
