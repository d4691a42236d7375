"""dates38: a 年度 that names a programme (its 補正予算, its name) on a page of a later act, and the day a
policy page writes after its news.  Short texts written like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a 年度 naming the programme's money or name: a later act under it is of its own day's 年度 ------

GRANT_CEREMONY = (
    "令和6年度補正予算「地域社会DX推進パッケージ事業」に係る交付式の開催\n"
    "令和6年度補正予算 総務省「地域社会DX推進パッケージ事業(補助事業)」に選定された「四万十町スマート防災拠点整備事業」"
    "(令和7年5月20日付交付決定)に関する交付式が令和7年6月12日(木)に高知県にて開催されました。\n"
    "1 概要\n"
    "総務省では、デジタル技術を活用して地域課題の解決を図るために必要な通信インフラの整備費用を支援しています。"
    "この度、高知県の支援により応募のあった四万十町に対して、本補助金の交付が決定したため、四国総合通信局長から"
    "交付決定通知書が手交されました。\n"
    "2 事業概要\n"
    "集会所や公民館に衛星通信機器とデジタルサイネージを整備し、平時は地域の交流拠点として、災害時は避難所の"
    "情報拠点として活用します。\n"
)


def test_a_grant_ceremony_under_last_years_supplementary_budget_is_of_the_ceremonys_year():
    assert years(GRANT_CEREMONY) == (2025, 2025)


def test_a_grant_decided_in_the_supplementary_budgets_own_spring_keeps_that_year():
    # Decided in March of the 補正's own 年度: the two 年度 agree, nothing to move.
    text = ("令和6年度補正予算による「ケーブルテレビネットワーク光化促進事業」の交付決定\n"
            "令和7年3月14日\n"
            "総務省は、本日、令和6年度補正予算による「ケーブルテレビネットワーク光化促進事業」について、"
            "岐阜県郡上市に対して補助金の交付を決定しました。\n"
            "本事業は、災害時にも安定した放送サービスを提供するため、ケーブルテレビ網の光化を支援するものです。\n")
    assert years(text) == (2024, 2025)


def test_a_report_of_what_a_supplementary_budget_paid_for_keeps_its_year():
    # A report on that 年度's programme, published the next summer: results reported after their 年度.
    text = ("令和5年度補正予算事業の実施状況について\n"
            "令和6年7月10日\n"
            "令和5年度補正予算事業の実施状況について\n"
            "当局管内で令和5年度補正予算により実施した光ファイバ整備及び携帯電話基地局整備の実施状況を"
            "取りまとめましたので公表します。\n"
            "1 光ファイバ整備 12地区\n2 携帯電話基地局整備 8局\n")
    assert years(text)[0] == 2023


def test_a_title_that_labels_the_document_with_its_own_year_keeps_it():
    # No programme: 「令和6年度 …報告書」 is the document's own 年度 even when dated the year after.
    text = ("令和6年度 情報政策課 自己点検・評価報告書\n"
            "令和7年6月20日\n"
            "本報告書は、令和6年度の情報政策課の取組について、自ら点検し評価した結果を取りまとめたものです。\n"
            "1 点検の方法\n各事業の担当者が評価指標に基づき達成度を点検しました。\n")
    assert years(text)[0] == 2024


POLICY_PAGE = (
    "総合政策\n"
    "地域の防災DX実行計画を公表しました\n"
    "国土交通省では、地域の防災力の向上に向け、デジタル技術を活用した防災の取組を支援しています。"
    "この実行計画に基づき、各地で取組が社会実装されるよう、関係府省連携のもと引き続き支援をしてまいります。\n"
    "令和2年度 防災DX先行モデルプロジェクト(10地区)\n"
    "令和2年6月に全国の牽引役となる「先行モデルプロジェクト」として選定された10事業において、防災DXの実現に向けた"
    "「防災DX実行計画」が策定されました。(令和3年5月14日)\n"
    "プロジェクト名 プロジェクト実施地区 要約 実行計画\n"
    "河川水位の見える化 岩手県 一関市\n"
    "避難所のデジタル受付 静岡県 富士市\n"
)


def test_a_policy_pages_day_after_its_news_and_a_programmes_year_give_the_days_year():
    assert years(POLICY_PAGE) == (2021, 2021)


def test_a_list_of_news_items_each_with_its_day_does_not_date_the_page():
    # Bulleted news, each dated by its own release: the page's date is its stamp.
    text = ("テレワークの推進\n"
            "最終更新日:2024年2月16日\n"
            "総務省では、テレワークの普及に向けて、企業への専門家派遣やセミナーの開催に取り組んでいます。\n"
            "・「テレワーク・ワンストップ・サポート事業」を開始しました。(2022年6月10日)\n"
            "・「テレワーク先駆者百選」の受賞者を公表しました。(2022年11月1日)\n"
            "テレワークの導入を検討されている企業の皆様は、相談窓口をご利用ください。\n")
    assert years(text) == (2023, 2024)


def test_a_day_in_brackets_inside_a_sentence_is_no_news_day():
    # (令和3年4月1日施行) cites a rule's day; only a day closing the paragraph after 。 is the news's.
    text = ("個人情報の取扱いについて\n"
            "本市では、個人情報の保護に関する条例(令和3年4月1日施行)に基づき、個人情報を適正に取り扱っています。"
            "保有する個人情報の開示を請求することができます。請求の方法は次のとおりです。\n"
            "1 請求できる方 本人又はその法定代理人\n2 請求の窓口 市民課\n")
    assert years(text) == (None, None)
