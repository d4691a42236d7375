"""sceptic49: pages where dates44's three rules (a numbered proposal's 受付 day, an evaluation sheet's 令和N年度の取組
heading, a start announced in the opening sentences) must not fire or must still fire.  Short texts written like
real pages and labelled by bench/realdocs README before any run (a wrong year is worse than none); none copied
from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- numbered proposals and receipts ---------------------------------------------------------------------------

def test_a_receipt_list_numbered_by_fiscal_year_puts_its_winter_entries_in_the_next_year():
    # 2023-0102 and 0103 come after 0101 of 12月: the numbers run by 年度, so 2月20日 is of 2024 (年度 2023)
    page = ("情報公開請求の受付状況\n当課で受け付けた公文書開示請求の一覧です。\n"
            "受付番号 2023-0101 12月12日受付 請求内容:光ファイバ整備事業の補助金交付決定文書\n"
            "受付番号 2023-0102 1月15日受付 請求内容:庁内ネットワーク更新の契約書\n"
            "受付番号 2023-0103 2月20日受付 請求内容:地域BWA事業の実施計画\n")
    assert years(page) == (2023, 2024)


def test_a_winter_proposal_whose_numbers_year_the_page_does_not_tell_stays_undated():
    # A2021-00643 received 3月14日: March 2021 if the number is the calendar year's, March 2022 if the 年度's
    page = ("電子書籍貸出サービスの導入について\n【提案No.A2021-00643】3月14日受付\n【提案内容】\n"
            "県立図書館で電子書籍を借りられるようにしてください。\n【回答】6月10日回答\n導入に向けて検討します。\n")
    assert years(page) == (None, None)


def test_an_earlier_winter_proposal_does_not_hide_the_latest_one():
    # the 3月 one's year is untold but it is earlier either way: the 9月 follow-up dates the page
    page = ("電子書籍貸出サービスの導入について(追加意見)\n【提案No.A2021-00643】3月14日受付\n"
            "県立図書館で電子書籍を借りられるようにしてください。\n【回答】6月10日回答\n導入に向けて検討します。\n"
            "【提案No.A2025-00108】9月10日受付\n回答から3年以上経過していますが、その後の検討状況はどうなっていますか。\n")
    assert years(page) == (2025, 2025)


def test_a_proposal_answered_after_the_years_turn_is_still_dated_by_its_answer():
    page = ("県民の声(提案・要望)\n防災行政無線について\n【提案No.A2022-00901】11月20日受付\n【提案内容】\n"
            "防災行政無線の放送が聞き取りにくいです。\n【回答】2月3日回答\n戸別受信機の配布を検討します。\n")
    assert years(page) == (2022, 2023)


def test_an_earlier_proposal_cited_inside_a_sentence_does_not_date_the_page():
    page = ("県民の声(提案・要望)\n電子書籍の貸出について(追加意見)\n以前の提案(提案No.A2021-00643 9月14日受付)への回答から"
            "3年が経ちましたが、その後の検討状況を教えてください。\n【回答】\n現在、県立図書館で導入に向けた検討を進めています。\n")
    assert years(page) == (None, None)


def test_a_record_of_past_requests_does_not_date_the_page():
    page = ("これまでの要望活動\n本協議会は、地域の情報通信基盤の整備について関係機関に要望してきました。\n"
            "【要望No.2015-003】5月12日受付 光ファイバ網の整備\n【要望No.2017-004】6月1日受付 携帯電話不感地域の解消\n"
            "【要望No.2019-002】7月3日受付 5G基地局の整備\n現在は、ローカル5Gの活用に向けた取組を進めています。\n")
    assert years(page) == (None, None)


# --- an evaluation sheet --------------------------------------------------------------------------------------

SHEET = ("企画部 デジタル推進課の工程表\n基本的事項\n所管組織、所管責任者\n所属名 デジタル推進課 所属長名 山田太郎\n"
         "組織目標\n○行政手続のオンライン化を進め、県民の利便性の向上を図る。\n1.政策内容と目標\n(1)政策内容\n"
         "行政手続のオンライン化\n(2)今年度の目標\n○オンライン化した手続数 100手続\n■最終評価(年度末時点)\n"
         "{head}\n○電子申請システムの対象手続を拡大した。 | ○オンライン化した手続数 120手続 |{tail}\n")


def test_a_sheet_of_a_plan_of_several_years_on_one_head_line_stays_undated():
    two = SHEET.format(head="令和3年度の取組 | 成果 | 令和4年度の取組 | 成果 |", tail=" ○さらに拡大した。 | ○150手続 |")
    assert years(two) == (None, None)
    planned = SHEET.format(head="令和3年度の取組 | 成果 | 令和4年度の取組 | 令和5年度の取組 |", tail=" ○拡大する。 | ○拡大する。 |")
    assert years(planned) == (None, None)


def test_a_sheet_with_its_own_fiscal_year_and_the_years_after_still_takes_its_own():
    page = SHEET.format(head="令和4年度の取組 | 成果 | 令和5年度以降の取組 |", tail=" ○さらに拡大する。 |")
    assert years(page) == (2022, None)


# --- a start announced in the opening sentences -----------------------------------------------------------------

def test_a_start_the_page_quotes_from_an_earlier_notice_does_not_date_it():
    page = ("新システムの運用開始の延期について\n「令和2年4月1日から新システムの運用を開始します。」とお知らせしておりましたが、"
            "システム改修のため、当面の間延期します。\n再開の時期は決まり次第お知らせします。\n")
    assert years(page) == (None, None)


def test_a_start_marked_as_planned_does_not_date_the_page():
    page = "新システムについて\n令和9年4月1日(予定)から新システムの運用を開始します。\n詳細は決まり次第お知らせします。\n"
    assert years(page) == (None, None)


def test_a_start_with_its_weekday_or_a_trial_start_still_dates_the_page():
    weekday = ("お知らせ\n令和6年4月1日(月)から、市民課窓口で手数料のキャッシュレス決済の受付を開始します。\n"
               "クレジットカードや電子マネーがご利用いただけます。\n")
    assert years(weekday) == (2024, 2024)
    trial = "電子申請の試行について\n令和6年10月1日から電子申請の試行運用を開始します。\n試行期間は令和7年3月31日までです。\n"
    assert years(trial) == (2024, 2024)


def test_a_start_announced_on_a_page_with_an_update_date_keeps_the_update_date():
    page = ("新システムの運用開始について\n令和6年4月1日から新システムの運用を開始します。\n詳しくは担当課までお問い合わせください。\n"
            "このページに関するお問い合わせ\n情報政策課\n最終更新日 2023年12月20日\n")
    assert years(page) == (2023, 2023)
    report = "令和5年度 事業報告\n令和6年4月1日から新システムの運用を開始します。\n令和5年度は、新システムの設計と構築を行いました。\n"
    assert years(report)[0] == 2023
