"""dates32: the readers' date conventions of bench/realdocs (README, "How the labels were made") read by
the date rules, and forms of government pages whose year or 年度 the rules missed.  Short texts written
like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a record is dated by its session, not by the stamp of its posting -------------------------------

def test_a_march_question_posted_in_april_is_of_the_year_of_its_session():
    text = ("令和5年第1回定例会 一般質問\n公開日 2023年4月5日\n質問日 令和5年3月9日\n"
            "1 防災行政無線のデジタル化について\n○3番(山田議員) 防災行政無線のデジタル化の進捗をお伺いします。\n")
    assert years(text) == (2022, 2023)


def test_a_question_under_its_sessions_month_is_of_that_session_not_of_its_posting():
    text = ("一般質問(山田太郎議員)\n公開日:2024年4月22日\n令和6年3月定例会 一般質問\n"
            "○5番(山田) 議長のお許しをいただきましたので、衛星インターネットについてお尋ねします。\n")
    assert years(text) == (2023, 2024)


def test_an_event_report_keeps_its_posting_stamp():
    # Not a record: a page written about an event keeps its publication date.
    text = ("防災研修会を開催しました\n公開日:2024年1月15日\n開催日 令和5年12月10日\n"
            "町では、防災士を講師に研修会を開催し、30人が参加しました。\n")
    assert years(text) == (2023, 2024)


def test_a_sittings_day_in_brackets_after_a_numbered_session_dates_the_record():
    text = ("令和5年第2回定例会会議録(3月22日)\n○議長 日程第1、議案第9号を議題とします。\n"
            "○総務常任委員長 3月10日付託された議件について報告いたします。\n")
    assert years(text) == (2022, 2023)


# --- a head's policy speech: its session, its 年度 -----------------------------------------------------

def test_a_speech_opening_a_month_session_named_after_the_year_and_the_assembly_is_of_that_month():
    text = ("令和5年日高町議会3月会議の開会にあたり、私の所信を申し述べ、町民の皆様のご理解とご協力をいただきたいと存じます。\n"
            "こうしたことを念頭におきながら、令和5年度は総合振興計画の折り返しの年として施策に取り組んでまいります。\n")
    assert years(text, title="町政執行方針") == (2023, 2023)


def test_a_speech_looking_back_on_the_closing_year_keeps_the_year_it_opens():
    # 「令和5年度は、…再確認いたしました。」 recounts the 年度 now closing; the speech is for the next.
    text = ("町政 計画・方針\n令和6年度施政方針\n最終更新 2024年02月29日\n"
            "令和6年2月29日に開会した町議会において町長が述べた施政方針をお知らせします。\n"
            "1 はじめに\n令和5年度は、地域社会においても人と人の交流が活発化し、笑顔が広がったことを再確認いたしました。\n")
    assert years(text) == (2024, 2024)


def test_an_undated_speech_for_a_year_read_at_a_named_months_session_is_of_that_calendar_year():
    text = ("令和6年度施政方針(村議会3月定例会より抜粋)\n"
            "まず、元旦に起きた地震で犠牲になられた方々のご冥福をお祈りいたします。\n"
            "新年度の村政運営にあたっては、総合発展計画の4年目として4つの柱に沿った取組みを行います。\n")
    assert years(text) == (2024, 2024)
    # Without the session's month the speech's day stays unknown.
    assert years(text.replace("(村議会3月定例会より抜粋)", "")) == (2024, None)


def test_a_speech_at_a_years_first_regular_session_is_of_the_year_before():
    text = ("令和3年第1回吉田町議会定例会の開会に当たり、新年度に向けての施政方針を申し上げます。\n"
            "東日本大震災から間もなく10年が経過しようとしております。\n")
    assert years(text, title="施政方針") == (2020, 2021)
    # The year's first 臨時会 may sit in any month: no 年度.
    assert years(text.replace("定例会", "臨時会"), title="施政方針") == (None, 2021)


# --- a guideline's revision history dates the text in force ------------------------------------------

def test_the_latest_row_of_a_revision_history_dates_a_guideline():
    text = ("第1編 総論\n情報システム整備推進標準ガイドライン\n各府省情報化統括責任者連絡会議決定\n〔概要〕\n"
            "政府情報システムの整備及び管理に関して、その手続・手順に関する基本的な方針を定める。\n"
            "〔キーワード〕\nサービス改革、業務改革\n〔標準ガイドライン群ID〕\n1001\n〔対象〕\n各府省\n"
            "改定履歴\n改定年月日 改定箇所 改定内容\n2021年3月30日 第3編 業務の継続に関する記載を追加\n"
            "2019年2月25日 第2編 プロジェクト管理に関する記載を修正\n"
            "第3編第4章 業務改善をサービス・業務改革に修正\n用語集 用語を追加\n"
            "1 はじめに\nこのガイドラインは、政府情報システムの整備及び管理の基本的な方針を定めるものである。\n"
            "2 適用対象\n各府省の情報システムに適用する。\n")
    assert years(text) == (2020, 2021)


# --- a call for public comment is dated by its period ------------------------------------------------

def test_a_call_for_comment_is_dated_by_the_day_its_period_opens():
    text = ("1 概要\n総務省は、「電波の利用に関する研究会」報告書(案)を取りまとめました。\n"
            "つきましては、同案について、令和元年7月11日(木)から同年8月9日(金)までの間、意見を募集します。\n"
            "2 意見募集対象\n報告書(案)\n")
    assert years(text) == (2019, 2019)


def test_the_result_of_a_call_for_comment_is_dated_by_its_period_under_its_key():
    text = ("情報化計画に対するパブリックコメントの実施結果\n貴重なご意見をいただきましてありがとうございました。\n"
            "いただいたご意見は、意見の趣旨を損なわない程度に要約し掲載しております。\n"
            "また、いただいたご意見を考慮し策定しました情報化計画をあわせて公表します。\n"
            "計画の概要\n1 計画の目的\n2 計画の期間\n3 計画の体系\n4 重点施策\n5 推進体制\n6 進行管理\n"
            "パブリックコメント実施結果\n募集期間平成22年1月28日から平成22年2月22日\n意見提出人数、件数1人、10件\n"
            "意見の提出方法直接提出:10件\nいただいた意見と意見に対する市の考え方\nNo.いただいた意見意見に対する市の考え方\n"
            "1 計画案は項目が多く、どこまで実行されるかが疑問です。\n計画の進捗は毎年度点検し、公表します。\n")
    assert years(text) == (2009, 2010)


def test_a_call_for_comment_told_as_the_background_of_a_report_leaves_it_undated():
    text = ("検討会の最終報告書の公表\n報告書素案について、平成28年7月26日(火)から同年8月31日(水)までの間、"
            "意見募集を行ったところ、18件の意見の提出がありました。\nその結果を踏まえ、最終報告書が取りまとめられましたので、公表します。\n")
    assert years(text) == (None, None)


# --- a page opened by a 年度's budget is that 年度's ---------------------------------------------------

def test_a_page_whose_first_sentence_is_about_a_years_budget_is_for_that_year():
    text = ("~安心と元気の県づくり~\n令和6年度予算には、子育て支援の充実やDXへの挑戦など、意欲的な施策を盛り込みました。\n"
            "財政調整用基金残高は、令和6年度末には332億円が見込まれます。\n")
    assert years(text, title="予算のポイント")[0] == 2024
    text = ("令和6年度政府予算案及び令和5年度補正予算は、物価高に対応しつつ、成長の実現に向けた取組を加速するものと受け止めている。\n"
            "県としては、こうした国の予算を効果的に活用していく。\n")
    assert years(text, title="知事コメント")[0] == 2024


# --- results reported after their 年度 ------------------------------------------------------------------

def test_results_announced_after_a_sentence_of_background_are_for_their_year():
    text = ("教育の情報化の実態等に関する調査結果(速報値)について\n平成30年8月29日\n"
            "文部科学省では、教育の情報化の実態等を把握するため、毎年度調査を実施しています。\n"
            "平成29年度調査について速報値を取りまとめましたので公表します。\n1.調査概要\n(1)調査項目\n")
    assert years(text) == (2017, 2018)
    # A sentence of background that names a year of its own: the later report is one item among others.
    text = text.replace("毎年度調査を", "平成18年度から毎年度調査を")
    assert years(text) == (2018, 2018)


# --- an as-of point is the page's date when nothing better dates it ----------------------------------

def test_a_month_the_table_stands_at_closing_its_heading_dates_an_undated_page():
    text = ("防災行政無線に関する整備の促進\n【目的、概要等】\n防災行政無線は、災害時に住民へ情報を伝達する重要な無線システムです。\n"
            "防災行政無線の整備状況 平成26年10月末現在\n 市町村数 整備市町村数 整備率(%)\n滋賀県 19 19 100.0\n京都府 26 25 96.2\n")
    assert years(text) == (2014, 2014)
    text = ("災害協定について\n市町村は、放送事業者との間で災害協定を締結しています。\n"
            "【災害協定を市町村と締結している事業者数】(平成28年2月現在)\n県名 協定締結 未締結\n鳥取県 2 1\n")
    assert years(text) == (2015, 2016)


def test_a_bulleted_sentence_opened_by_an_as_of_day_dates_an_undated_page():
    text = ("見直しの趣旨\n県の行政手続について、オンラインによる申請の導入を拡大するため、押印の見直しを行っています。\n"
            "見直しの内容\n1 押印の見直し\n  • 県独自に押印を求めている手続は1,945あり、押印を廃止しました。\n"
            "  • 令和5年9月30日現在、見直しを実施した手続は1,789となっています。\n")
    assert years(text) == (2023, 2023)


def test_a_bureaus_own_members_as_of_a_month_inside_a_sentence_date_the_page():
    # Written as "does not date the page" (dates32), before bench/realdocs README's convention on as-of points
    # (dates of pages without a date line): an as-of point counts when it is the page's own account — its members,
    # its prefecture's coverage — and not a statistic or national count the page borrows.  The 推進員 active in the
    # bureau's own 管内 are its members, so the month is the page's present (dates51; realdocs dev r2747 is so labelled).
    text = ("電波適正利用推進員制度とは\n地域のボランティアに電波の適正利用に関する活動を委嘱する制度です。\n"
            "管内では、令和6年4月現在で76名の推進員の方々が活動しています。\n")
    assert years(text) == (2024, 2024)


def test_a_first_sentence_reporting_an_agreement_signed_on_a_day_is_dated_by_it():
    text = ("本文\nNPO法人と「災害時における無人航空機による調査・協力に関する協定」を締結しました\n"
            "平成31年4月24日にNPO法人クライシスマッパーズ・ジャパンと「災害時における無人航空機による調査・協力に関する協定」を締結しました。\n"
            "協定概要\n本協定は、災害時に無人航空機を飛ばし、被災地域の状況調査を実施するものです。\n")
    assert years(text) == (2019, 2019)


def test_a_new_year_greeting_naming_its_year_before_the_new_spring_is_of_that_january():
    text = ("村長あいさつ\n新年あけましておめでとうございます。\n平成三十一年、希望に満ちた新春をお迎えのことと、心よりお喜び申し上げます。\n"
            "昨年は、7月の大雨と9月の台風により、道路や農地に被害が起きました。\n")
    assert years(text) == (2018, 2019)


# --- White Papers ---------------------------------------------------------------------------------------

def test_a_page_announcing_a_white_paper_edition_is_of_the_year_it_comes_out():
    text = ("令和5年版環境白書・循環型社会白書・生物多様性白書\n本年6月9日、令和5年版環境白書・循環型社会白書・生物多様性白書が閣議決定されました。\n"
            "3つの白書は、法律に則ってそれぞれ国会へ提出する年次報告書です。\n")
    assert years(text) == (2023, 2023)
    # The edition's own page keeps the edition rule (year − 1).
    own = "令和5年版環境白書\n第1章 気候変動と生物多様性の現状\n地球環境の悪化は、経済・社会にも大きな影響を与えている。\n"
    assert years(own) == (2022, 2023)


# --- a sentence cut where an excerpt ends is no date line --------------------------------------------

def test_a_subject_and_its_date_cut_at_the_end_of_a_page_is_no_date_line():
    text = ("電子入札システム導入手順\n1 パソコン、インターネット利用環境等の確認\n"
            "電子入札は、インターネットを利用するため、パソコン環境を準備していただく必要があります。\n"
            "2 電子証明書(ICカード)及びICカードリーダーの購入\n認証局が発行するICカード及びICカードリーダーが必要です。\n"
            "なお、ICカードの購入には数週間かかることがありますので注意してください。\n"
            "3 利用者登録\nICカードを購入後、利用者登録を行ってください。\n"
            "登録の手順は操作マニュアルをご覧ください。\n登録後、入札情報を閲覧できます。\n"
            "4 よくある質問\n操作に関するお問い合わせはヘルプデスクまでお願いします。\n5 注意事項\n"
            "次のサービスは受付を終了しています。\n"
            "※「電子入札対応認証サービス」は、平成21年9月15日\n"
            "     「電子証明書サービス」は、平成21年11月17日\n")
    assert years(text) == (None, None)


def test_an_event_held_on_a_day_named_after_it_takes_its_year_from_the_titles_year():
    text = ("平成28年度スマート農業研修会(第2回)を開催しました\n県では、先進技術を活用したスマート農業を推進しています。\n"
            "今回は、「平成28年度スマート農業研修会(第2回)」を11月16日(水)県総合教育センターにて開催しました。\n"
            "第1部はドローンの実演です。\n")
    assert years(text) == (2016, 2016)


def test_a_year_opening_the_text_as_its_topic_stays_the_pages_when_a_later_budget_line_names_it_too():
    text = ("村長あいさつ\n新年度予算の確実な執行に向けて\n村長 山田太郎\n"
            "令和2年度は、私たちが経験したことのない大規模な感染症との闘いに追われながらのスタートとなりました。\n"
            "人の動きや経済活動を制限しながら、何としてもこの危機を乗り越えて行かなければなりません。\n"
            "さて、本村といたしましては、早期に新年度予算を執行することと併せて、令和2年度予算の第1次補正を行い、感染防止に向けた事業費を予算化いたしました。\n")
    assert years(text) == (2020, None)


def test_a_short_titles_line_with_a_month_dates_a_columns_month():
    text = ("村長の部屋\n村長の部屋 令和5年9月\n9月1日\n村で40年間開業された整骨院の前院長に感謝状をお渡ししました。\n"
            "9月3日\n村の防災訓練を実施しました。\n")
    assert years(text) == (2023, 2023)
    # A member list's row (a name, a town and a month) is no date line.
    row = "委員名簿\n山田太郎 横浜市 令和2年9月\n鈴木花子 川崎市 令和3年4月\n"
    assert years(row, title="委員名簿") == (None, None)


def test_the_weekday_of_an_event_sentence_after_the_first_finds_its_year_among_the_years_named():
    text = ("まつりでスマート農業PRブースを開設\n町は、平成31年度(令和元年度)から2年間にわたり実証事業に取り組みます。\n"
            "7月28日(日)に町のふるさと公園で第33回ふるさとまつりが開催されました。\n"
            "ブースには約300人の方が来場しました。\n")
    assert years(text) == (2019, 2019)


def test_a_notice_joining_a_surveys_year_and_a_later_policy_keeps_its_dates_year():
    title = "学校における教育の情報化の実態等に関する調査結果(平成28年度)〔速報値〕及び平成30年度以降の学校におけるICT環境の整備方針について(通知)"
    text = (title + "\n\n29文科生 第607号\n平成29年12月26日\n\n各都道府県教育委員会教育長 殿\n\n文部科学省生涯学習政策局長\n")
    assert years(text, title) == (2017, 2017)
    # A title naming only the survey's 年度 is that 年度's results.
    single = title.replace("及び平成30年度以降の学校におけるICT環境の整備方針", "")
    assert years(text.replace(title, single), single) == (2016, 2017)


def test_last_years_results_added_to_a_campaigns_release_leave_it_the_year_of_its_date():
    text = ("報道資料\n平成29年5月25日\n総合通信局\n6月1日〜10日は「電波利用環境保護周知啓発強化期間」\n"
            "〜平成28年度電波監視結果の概要を発表〜\n"
            "総合通信局は、平成29年6月1日(木)から10日(土)までを「電波利用環境保護周知啓発強化期間」として、周知・啓発活動を集中的に実施します。\n"
            "併せて、平成28年度電波監視結果の概要(申告相談は201件で減少)について別紙のとおりまとめました。\n")
    assert years(text, "6月1日〜10日は「電波利用環境保護周知啓発強化期間」") == (2017, 2017)
    # Without the 併せて the results are the release's subject.
    alone = text.replace("併せて、", "")
    assert years(alone, "6月1日〜10日は「電波利用環境保護周知啓発強化期間」") == (2016, 2017)


def test_the_latest_row_of_a_table_of_opinions_by_their_day_dates_the_page():
    text = ("県民の声−担当所属別\n\n受付年月日 | 項目 | 意見の概要 | 公開年月日 | 対応・取組状況\n"
            "| 2022/09/28 | 奨学金支援 | 情報通信業の対象業種を拡充してほしい。 | 2022/10/13 | 現時点では対象としていません。\n"
            "当助成事業については、今後も産業界の意見を伺いながら運用していきます。\n"
            "| 2023/02/16 | AIアバター職員 | キャラクターデザインの理由を知りたい。 | 2023/03/02 | 関係人口の創出に取り組んでいます。\n"
            "本県では、メタバース空間における関係人口の創造などに取り組んでいます。\n"
            "観光地や特産品の魅力を世界に発信しています。\n今後も多くの方に訪れていただけるよう取り組みます。\n"
            "| 東京本部 |\nお問い合わせ先\n広聴広報課\n")
    assert years(text, "県民の声−担当所属別") == (2022, 2023)
