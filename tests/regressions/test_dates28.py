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
