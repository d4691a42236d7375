"""dates44: forms that date pages without a date line, designed on realdocs dev half B's errors (bench/realdocs
README, dates of pages without a date line).  Short texts written like real pages and labelled by the README
before any run, none copied from bench/realdocs; for each rule, pages where it must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a page of residents' proposals and answers: the number's year with the 受付 day ----------------------------

def test_a_proposal_page_is_dated_by_its_numbered_proposals_receipt_day():
    page = ("県民の声(提案・要望)\n携帯電話の不感地域の解消について\n【提案No.B2022-00318】8月3日受付\n"
            "【提案内容】\n山間部の集落では携帯電話がつながらず、災害時の連絡に不安があります。基地局の整備をお願いします。\n"
            "【回答】9月14日回答\n県では、通信事業者に対して基地局の整備を働きかけるとともに、国の補助制度の活用を市町村と検討しています。\n")
    assert years(page) == (2022, 2022)


def test_the_latest_of_several_proposals_dates_the_page_and_a_winter_one_falls_in_the_year_before():
    # received 2月 of 2024 if the number is the calendar year's, of 2025 if the 年度's (島根県's numbers run by 年度):
    # the page does not tell which, and a wrong year is worse than none (sceptic49; test_sceptic49.py has the forms
    # where the page tells it)
    page = ("県民の声(提案・要望)\n公共施設の無料Wi-Fiについて\n【提案No.A2020-00511】11月2日受付\n"
            "【提案内容】\n図書館に無料Wi-Fiを整備してください。\n【回答】12月10日回答\n順次整備を進めます。\n"
            "【提案No.A2024-00044】2月5日受付\n【提案内容】\n体育館にも無料Wi-Fiを整備してください。\n"
            "【回答】2月28日回答\n避難所となる体育館への整備を検討しています。\n")
    assert years(page) == (None, None)


def test_a_december_proposal_answered_in_january_is_of_the_next_year():
    page = ("県民の声(提案・要望)\n行政手続のオンライン化について\n【提案No.A2023-00777】12月18日受付\n"
            "【提案内容】\n各種証明書をオンラインで申請できるようにしてください。\n【回答】1月22日回答\n"
            "令和6年度から順次オンライン申請の対象を拡大します。\n")
    assert years(page) == (2023, 2024)


def test_a_proposal_number_cited_in_a_sentence_does_not_date_the_page():
    # no 受付 day after the number: a cited proposal, not an entry of the page's own list
    page = ("よくあるご質問\n県民の声への対応状況\n過去にいただいた提案No.A2019-00142などを受けて、県では観光地の"
            "公衆無線LAN整備を支援してきました。現在も補助制度を設けていますので、ご活用ください。\n")
    assert years(page) == (None, None)


def test_a_receipt_number_without_a_year_does_not_date_the_page():
    page = ("市民の声\nごみ収集アプリについて\n【受付番号 318】8月3日受付\n【内容】\nアプリの通知が届きません。\n"
            "【回答】8月20日回答\nアプリを更新しました。\n")
    assert years(page) == (None, None)


# --- an evaluation sheet (工程表) whose table heads its own work with a 年度 -----------------------------------

SHEET = ("企画部 デジタル推進課の工程表\n基本的事項\n所管組織、所管責任者\n所属名 デジタル推進課 所属長名 山田太郎\n"
         "組織目標\n○行政手続のオンライン化を進め、県民の利便性の向上を図る。\n1.政策内容と目標\n(1)政策内容\n"
         "行政手続のオンライン化\n(2)今年度の目標\n○オンライン化した手続数 100手続\n■最終評価(年度末時点)\n"
         "{head} | 成果 |\n○電子申請システムの対象手続を拡大した。 | ○オンライン化した手続数 120手続 |\n")


def test_a_sheet_heading_its_work_with_a_fiscal_year_takes_that_fiscal_year():
    assert years(SHEET.format(head="令和5年度の取組")) == (2023, None)


def test_a_sheet_heading_its_work_with_this_year_stays_undated():
    assert years(SHEET.format(head="今年度の取組")) == (None, None)


def test_a_fiscal_year_of_work_without_the_sheets_this_year_heading_does_not_date_the_page():
    # the same table on a plan's progress page with no 今年度の目標: a 年度 whose work it recounts, not its present
    page = SHEET.format(head="令和4年度の取組").replace("(2)今年度の目標", "(2)計画期間の目標")
    assert years(page) == (None, None)


def test_a_sheet_naming_two_fiscal_years_of_work_stays_undated():
    page = SHEET.format(head="令和4年度の取組") + "令和5年度の取組 | 成果 |\n○対象手続をさらに拡大した。 | ○150手続 |\n"
    assert years(page) == (None, None)


def test_a_fiscal_year_of_work_inside_a_sentence_does_not_date_the_sheet():
    page = SHEET.format(head="今年度の取組") + "令和3年度の取組を踏まえ、令和6年度以降の目標を見直す。\n"
    assert years(page) == (None, None)


# --- a start the page's first sentence announces from a day -------------------------------------------------

def test_a_notice_announcing_its_bodys_start_from_a_day_is_dated_by_it():
    page = ("お知らせ\nNET119緊急通報システムの運用開始について\n"
            "○○広域消防本部では、令和4年10月1日からNET119緊急通報システムを導入し運用を開始します。\n"
            "聴覚や言語機能に障がいのある方が、スマートフォンから119番通報できるシステムです。\n"
            "利用には事前の登録が必要です。\n")
    assert years(page) == (2022, 2022)
    january = ("お知らせ\n窓口キャッシュレス決済の導入\n令和7年1月6日より、市民課窓口で各種証明書の手数料のキャッシュレス"
               "決済の受付を開始します。\nクレジットカード、電子マネー、QRコード決済がご利用いただけます。\n")
    assert years(january) == (2024, 2025)


def test_a_planned_start_or_a_target_does_not_date_the_page():
    planned = ("新庁舎の整備について\n新庁舎では、令和9年5月7日から新しい窓口システムの運用を開始する予定です。\n"
               "整備の進捗は随時お知らせします。\n")
    assert years(planned) == (None, None)
    aim = ("地域情報化計画\n本町では、令和9年4月1日から全ての手続のオンライン受付を開始することを目指します。\n"
           "計画期間は令和5年度から令和9年度までの5年間です。\n")
    assert years(aim) == (None, None)


def test_a_start_further_down_a_page_explaining_a_scheme_does_not_date_it():
    # the opening sentences explain the service; a later paragraph's start is one step of it, not the page's news
    page = ("マイナンバーカードの健康保険証利用について\nマイナンバーカードは、健康保険証として利用することができます。\n"
            "医療機関の窓口で、顔認証付きカードリーダーにかざして受付を行います。\n"
            "詳しくは厚生労働省のホームページをご覧ください。\n"
            "なお、対応する医療機関では、令和3年10月20日から本格運用を開始します。\n")
    assert years(page) == (None, None)


def test_a_start_followed_by_a_later_fiscal_year_is_not_the_pages_present():
    page = ("お知らせ\n○○市では、令和2年4月1日から電子申請サービスの受付を開始します。\n"
            "令和5年度は、対象手続を100手続に拡大しました。\n")
    assert years(page) != (2020, 2020)
