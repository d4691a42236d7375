"""sceptic47: pages where dates43's rules must not fire, written in real pages' styles and labelled (fiscal year,
year) by bench/realdocs/README.md before any run (commit "written pages labelled"); none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


_SCHEDULE = "令和6年5月15日(水) 公民館\n令和6年6月12日(水) 公民館\n令和6年7月10日(水) 公民館\n"


def test_a_pages_own_calendar_or_news_list_right_under_its_first_sentence_is_no_sites_box():
    # README (dates of pages without a date line): the 年度 of the schedule it announces; the latest entry of its
    # own list of news.  dates43 read 新着情報 / カレンダー below any first sentence as a site's box: (None, None).
    intro = "スマホ相談会のご案内\n町では、スマートフォンの使い方に関する相談会を開催します。\n"
    assert years(intro + "カレンダー\n" + _SCHEDULE) == (2024, 2024)
    assert years(intro + "開催カレンダー\n" + _SCHEDULE) == (2024, 2024)
    division = ("情報政策課\n情報政策課では、町の情報化の推進と情報システムの管理を担当しています。\n新着情報\n"
                "2024年2月9日 マイナンバーカード出張申請受付のお知らせ\n2024年1月10日 電子申請サービスを開始しました\n"
                "2023年12月1日 情報セキュリティポリシーを改定しました\n")
    assert years(division) == (2023, 2024)
    listing = ("お知らせ\n防災行政無線に関するお知らせを掲載しています。\n新着情報\n2024年2月9日 試験放送を行います\n"
               "2024年1月10日 放送設備の点検について\n2023年12月1日 戸別受信機の貸与について\n")
    assert years(listing) == (2023, 2024)


def test_a_sites_box_below_a_long_text_or_related_articles_below_a_short_one_still_give_no_date():
    body = "防災行政無線について\n" + "".join(
        f"防災行政無線は、災害時に町から皆様へ情報をお伝えする無線設備です(その{i})。\n" for i in range(20))
    assert years(body + "新着情報\n2024年2月9日 広報誌2月号を掲載しました\n2024年2月1日 ごみ収集日程の変更\n"
                 "2024年1月25日 成人式の様子\n") == (None, None)
    assert years(body + "カレンダー\n2024年2月\n日 月 火 水 木 金 土\n1 2 3 4 5 6 7\n") == (None, None)
    short = ("防災行政無線について\n防災行政無線は、災害時に町から情報をお伝えする無線設備です。\n関連記事\n"
             "2023年5月1日 防災訓練のお知らせ\n2023年9月1日 防災の日について\n")
    assert years(short) == (None, None)


def test_making_keys_of_several_plans_in_a_list_do_not_date_it():
    # README: a list's items are other documents; a page of plans with no date of its own stays empty.
    listed = ("○○町の各種計画\n町では、次の計画を策定しています。\n○○町総合計画\n策定:令和3年3月\n"
              "○○町DX推進計画\n策定:令和5年3月\n○○町情報セキュリティポリシー\n策定:平成28年4月\n改定:令和6年3月\n")
    assert years(listed) == (None, None)
    no_intro = ("○○町の各種計画\n○○町総合計画\n策定:令和3年3月\n○○町DX推進計画\n策定:令和5年3月\n"
                "○○町地域防災計画\n策定:令和4年3月\n")
    assert years(no_intro) == (None, None)
    table = ("○○町の各種計画\n町の主な計画は次のとおりです。\n| 計画名 | 策定 | 計画期間 |\n"
             "| ○○町総合計画 | 令和3年3月 | 令和3年度～令和12年度 |\n| ○○町DX推進計画 | 令和5年3月 | 令和5年度～令和9年度 |\n")
    assert years(table) == (None, None)
    # One plan's cover keeps its key, and its later revision (dates43).
    assert years("○○県情報化推進計画\n策定:令和4年3月29日\n改定:令和6年3月25日\n1 計画の趣旨\n"
                 "本県のデジタル化の基本的な方向を示す。\n") == (2023, 2024)


def test_the_bodys_own_scheme_started_in_the_passive_or_a_page_titled_by_the_start_is_its_news():
    # README: a change it announces from a day dates a page; dates43 took every passive 制度 start as the nation's.
    assert years("スマートフォン購入費助成制度を開始しました\n令和6年4月1日から、町独自の高齢者向けスマートフォン購入費助成制度が"
                 "開始されました。\n対象は町内に住む65歳以上の方です。\n") == (2024, 2024)
    assert years("電子申請による手続のお知らせ\n本市の電子申請制度は、令和6年4月1日から運用が開始されました。\n"
                 "次の手続をオンラインで申請できます。\n") == (2024, 2024)
    # The nation's scheme explained stays undated (dates43).
    assert years("インボイス制度\n令和5年10月1日から、インボイス制度が開始されました。\n事業者の皆様はご注意ください。\n") == (None, None)


def test_a_day_under_its_key_told_as_a_deadline_gives_no_year():
    # A call's last day (期日 …まで) is no event's day: the title's 年度 alone, as dates43's 提出期日 page.
    assert years("令和6年度 ICT講座 受講者の募集\n期日 6月30日(日)まで\n申込書を生涯学習課へ提出してください。\n") == (2024, None)
    # The event's day under the same key still gives its year (dates43).
    assert years("令和5年度 情報セキュリティ研修 実施報告\n期日 2月20日(火)14:00～16:00\n場所 役場大会議室\n") == (2023, 2024)


def test_a_one_year_list_told_as_past_events_gives_no_fiscal_year():
    # README: past events given as background do not date a page.  (The year of a list all of one year, read
    # before dates43, stays: left as it was.)
    text = ("スマホ教室\n町では、高齢者の方を対象にスマホ教室を開催してきました。\nこれまでの開催実績\n"
            "令和5年5月17日(水) 公民館 15名\n令和5年7月12日(水) 公民館 12名\n令和5年10月11日(水) 公民館 18名\n")
    assert years(text)[0] is None
    assert years(text.replace("スマホ教室\n", "スマホ教室\n更新日:2024年6月1日\n", 1)) == (2024, 2024)


def test_forms_dates43_left_alone_still_hold():
    # A February call for opinions toward the coming 年度's budget: an act of the running 年度.
    assert years("予算編成に関する意見募集\n掲載日:2024年2月1日\n来年度の予算編成に向けて、町民の皆様から意見を募集します。\n"
                 "募集期間 2月1日から2月20日まで\n") == (2023, 2024)
    assert years("ごみ収集日程の変更\n掲載日:2024年2月1日\n来年度から、燃やせるごみの収集日が変わります。\n") == (2023, 2024)
    assert years("事業説明会\n掲載日:2024年3月1日\n次年度の補助事業について、説明会を開催します。\n") == (2023, 2024)
    # 令6 inside a file name: the page's stamp.
    assert years("第3回○○町情報化推進委員会\n掲載日:2024年4月10日\n会議資料を掲載します。\n資料令6-2.pdf\n"
                 "議事録(令6.2.9開催分).pdf\n") == (2024, 2024)
    # 平30.4.1 among a rule's revisions reads as 平成30年4月1日 does.
    abbr = ("○○町情報公開条例施行規則\n平成12年3月31日規則第5号\n改正 平15.3.31規則第3号 平18.3.31規則第10号 平30.4.1規則第8号\n"
            "(趣旨)\n第1条 この規則は、○○町情報公開条例の施行に関し必要な事項を定めるものとする。\n")
    full = abbr.replace("平15.3.31", "平成15年3月31日").replace("平18.3.31", "平成18年3月31日").replace("平30.4.1", "平成30年4月1日")
    assert years(abbr) == years(full)


def test_a_past_years_act_the_call_follows_from_is_not_the_calls_year():
    # An undated page: the 年度 names what the call follows from (README: past events given as background).
    assert years("地域DX実証事業\n令和5年度に実施した調査の結果を踏まえ、実証事業に参加する団体を募集します。\n") == (None, None)
    # 〜したい is no past act: the 年度's call (dates43).
    assert years("スマホ講座\n令和6年度のスマホ講座に参加したい方を募集します。\n") == (2024, None)
