"""dates50: undated pages (bench/realdocs README, dates of pages without a date line).  A change announced from a day
opening a line of the head after the first sentence dates the page; a change still ahead, a history of dated lines, a
nation's law and a target do not.  As-of points a national count, a history, a target, a deadline or a borrowed survey
stand at do not date a page either (forms an as-of rule tried on this branch and dropped must keep: test_dates32's
「管内では、令和6年4月現在で76名…」 stays undated).  Short texts written like real pages (none copied from bench/realdocs)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- as-of points that do not date a page -------------------------------------------------------------------------------------------

def test_a_national_count_the_page_borrows_does_not_date_it():
    page = ("携帯電話の不感地域の解消\n"
            "携帯電話の契約者数は、令和5年3月末現在で2億回線を超え、更に増加を続けています。\n"
            "一方で、山間部には今なお携帯電話が使えない地域が残っています。\n")
    assert years(page) == (None, None)


def test_a_national_month_end_opening_a_bracket_does_not_date_it():
    page = ("地上デジタル放送への移行\n"
            "地上デジタル放送は、全国で受信できるようになりました。\n"
            "(令和4年12月末現在、地上デジタル放送の世帯カバー率は約99%となっています。)\n")
    assert years(page) == (None, None)


def test_a_history_told_in_the_past_does_not_date_it():
    page = ("ケーブルテレビのあゆみ\n"
            "開局当時は、本市の平成20年4月現在で加入世帯は300世帯でした。\n"
            "その後、エリアを拡大し、多くの世帯に御利用いただいています。\n")
    assert years(page) == (None, None)


def test_a_target_point_does_not_date_it():
    page = ("光ファイバ整備計画\n"
            "本県では、令和10年3月末時点で光ファイバ世帯カバー率100%を目指します。\n"
            "計画期間は令和6年度から令和10年度までの5年間です。\n")
    assert years(page) == (None, None)


def test_a_deadline_point_does_not_date_it():
    page = ("補助金の申請について\n"
            "本市では、令和7年1月末時点での申請分をもって受付を終了します。\n"
            "申請書は市役所情報政策課の窓口で配布しています。\n")
    assert years(page) == (None, None)


def test_a_borrowed_survey_in_the_own_region_does_not_date_it():
    page = ("インターネットの利用状況\n"
            "総務省の調査によると、令和5年3月末現在で本県のブロードバンド契約数は50万件となっています。\n"
            "県では、利用者への情報提供を続けていきます。\n")
    assert years(page) == (None, None)


# --- a change announced from a day, opening a line of the head after the first sentence ----------------------------

def test_a_fee_change_announced_after_the_services_explanation_dates_the_page():
    page = ("コンビニ交付について\n"
            "コンビニ交付とは、マイナンバーカードを利用して、コンビニエンスストアで住民票の写しなどを取得できるサービスです。\n"
            "令和3年4月から、コンビニ交付による住民票の写しの手数料が、窓口より100円安くなりました。\n"
            "利用できる時間は、午前6時30分から午後11時までです。\n")
    assert years(page) == (2021, 2021)


def test_a_change_still_ahead_does_not_date_it():
    page = ("コンビニ交付について\n"
            "コンビニ交付とは、マイナンバーカードを利用して、コンビニエンスストアで住民票の写しなどを取得できるサービスです。\n"
            "令和9年4月から、コンビニ交付による住民票の写しの手数料が変わります。\n"
            "利用できる時間は、午前6時30分から午後11時までです。\n")
    assert years(page) == (None, None)


def test_a_history_of_dated_lines_does_not_date_it():
    page = ("ケーブルテレビのあゆみ\n"
            "本村のケーブルテレビは、村民の情報格差をなくすために整備されたものです。\n"
            "平成15年4月から、自主放送チャンネルの放送を開始しました。\n"
            "平成20年4月から、インターネット接続サービスを開始しました。\n"
            "平成23年7月から、地上デジタル放送の再送信を開始しました。\n")
    assert years(page) == (None, None)


def test_a_nations_law_enforced_from_a_day_does_not_date_it():
    page = ("個人情報の保護について\n"
            "個人情報は、適正に取り扱わなければなりません。\n"
            "平成17年4月1日から、個人情報の保護に関する法律が全面施行されました。\n"
            "本市では、個人情報保護条例に基づき、個人情報を適正に管理しています。\n")
    assert years(page) == (None, None)


def test_a_target_start_does_not_date_it():
    page = ("デマンド交通の実証運行\n"
            "本町では、高齢者の移動手段を確保するため、AIを活用したデマンド交通の実証を行っています。\n"
            "令和9年4月から、本格運行を目指して準備を進めてまいりました。\n"
            "御意見は企画課までお寄せください。\n")
    assert years(page) == (None, None)
