"""dates47: the date misses of the blind batches docs-bj / docs-bk (r4683-r4755), each checked as a form on every
realdocs dev page carrying it.  None became a rule: each form is labelled both ways on dev, or is carried by the one
batch page alone (bench/HISTORY.md, dates47).  These pin down what the code does on pages of each form written
like real ones (none copied from bench/realdocs): the forms a later rule must not date, and the neighbouring
forms that are dated already, so that a rule widening one of them shows here."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None, path: str = "page.html.txt") -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path(path))
    return m.fiscal_year, m.year


# --- a start announced from a day in the opening sentences (dates44's rule) ------------------------------------

def test_a_start_announced_in_the_first_sentence_dates_the_page():
    page = ("電子申請サービスの開始について\n"
            "令和4年7月1日から、住民票の写しの交付請求について、電子申請サービスの運用を開始します。\n"
            "スマートフォンとマイナンバーカードがあれば、24時間いつでも申請できます。\n")
    assert years(page) == (2022, 2022)


def test_an_abolition_told_with_its_day_only_in_a_later_section_stays_undated():
    # dev: the one page of this form (a seal-abolition notice whose 「時期」 section gives the day) is the batch's;
    # 廃止 / 終了 / 変更 from a day elsewhere on dev is a scheme's step or an old system's end (Net119's page).
    page = ("申請書等への押印の見直しについて\n1 趣旨\n 市民の皆様の負担を軽減するため、申請書等における押印を廃止します。\n"
            "2 対象\n 市の規則及び要綱に基づく申請、届出等 約1,200種類\n"
            "3 見直しの時期\n 規則等を一括して改正し、令和4年4月1日から押印を廃止します。\n")
    assert years(page) == (None, None)


def test_a_target_fiscal_year_with_made_is_no_announced_start():
    page = ("庁内ネットワークの更新について\n"
            "本町では、令和9年度までに庁内ネットワークを更新し、クラウドサービスの利用を進めます。\n"
            "更新の内容は決まり次第お知らせします。\n")
    assert years(page) == (None, None)


# --- a 年度 announced with no day (「令和7年度からは…」) ----------------------------------------------------------

def test_a_fiscal_year_from_which_a_change_runs_stays_undated():
    # dev labels this form both ways: a course 「平成30年度からは…新設します」 and a town's 「令和3年度から…推進」
    # are labelled empty, the batch's school page with its 年度.
    page = ("学習用端末の取扱いについて\n"
            "本校では、令和3年度に1人1台端末を整備し、授業で活用してきました。\n"
            "令和8年度からは、各家庭でご用意いただいた端末で学習することとなりました。\n"
            "対応するOSや仕様は、下記の仕様書をご確認ください。\n")
    assert years(page) == (None, None)


# --- a period of months (「工事期間:令和3年4月から令和4年3月まで」) -----------------------------------------------

def test_a_programmes_support_span_on_a_call_page_stays_undated():
    page = ("地域DX推進支援事業の支援対象団体を募集します\n"
            "地域の課題をデジタル技術で解決する取組を支援します。\n"
            "・支援期間:令和8年4月〜令和9年3月頃\n・支援内容:専門家の派遣、実証経費の一部負担\n")
    assert years(page) == (None, None)


def test_a_plans_span_stays_undated():
    page = ("情報化推進計画\n"
            "本計画は、町の情報化施策を総合的に進めるための計画です。\n"
            "・計画期間:令和7年4月~令和10年3月(3年間)\n")
    assert years(page) == (None, None)


def test_a_works_period_stays_undated():
    # dev: one page (the batch's) carries 工事期間 with a fiscal year's months, and the same span under 支援期間 is
    # labelled empty; no rule from one page.
    page = ("防災行政無線の屋外拡声子局の更新工事について\n"
            "アナログ方式の使用期限に伴い、屋外拡声子局をデジタル方式に更新します。\n"
            "工事に伴う作業音等でご迷惑をお掛けしますが、ご理解とご協力をお願いいたします。\n"
            "工事期間:令和5年4月から令和6年3月までを予定しております。\n")
    assert years(page) == (None, None)


# --- an ended trial dated only by its period -------------------------------------------------------------------

def test_an_ended_trials_period_stays_undated():
    # dev: day spans in an opening sentence are labelled both ways (a comment period 「…から…までの間、意見募集を
    # 行ったところ」 empty, counts 「4月から7月の4か月間で」 with the year); the trial's span crossing a 年度 boundary
    # was the batch's judgement call.
    page = ("オンライン相談窓口の実証実験(終了)\n"
            "市は、令和5年2月1日から令和5年11月30日までの期間、市民センターにオンライン相談用のブースを設置し、"
            "市役所の職員とオンラインで相談できる実証実験を実施しました。\n"
            "実施場所:中央市民センター、北部市民センター\n")
    assert years(page) == (None, None)


# --- a numbered meeting of a 年度 the opening sentences open or hold (the one rule kept) --------------------------

def test_a_record_opening_its_numbered_meeting_has_that_fiscal_year():
    # a record whose title runs into its first sentence (a PDF's one line): the title gives nothing, the opening does
    page = ("令和5年度第3回地域公共交通会議議事録開会定刻となりましたので、ただ今から、令和5年度第3回地域公共交通会議を"
            "開催いたします。本日は、お忙しい中ご出席いただき、ありがとうございます。委員の出欠について報告します。")
    assert years(page) == (2023, None)


def test_a_report_of_a_held_meeting_has_its_fiscal_year_but_no_year():
    page = ("地域情報化推進協議会の開催結果\n令和6年度第1回地域情報化推進協議会を開催しました。\n"
            "協議会では、自治体DXの取組状況について事務局から説明し、委員と意見を交わしました。\n")
    assert years(page) == (2024, None)


def test_a_meeting_cited_in_the_opening_sentence_gives_no_fiscal_year():
    page = ("デジタル活用講習会のお知らせ\n令和5年度第2回推進会議で決定したとおり、スマートフォン講習会を開催します。\n"
            "参加を希望する方は、電話でお申し込みください。\n")
    assert years(page) == (None, None)


def test_a_numbered_meeting_held_further_down_gives_no_fiscal_year():
    page = ("地域公共交通会議について\n本会議は、地域の公共交通のあり方を協議するために設置しています。\n"
            "委員は、交通事業者、住民代表、学識経験者で構成されています。\n"
            "会議の公開については、要綱に定めるところによります。\n"
            "令和4年度第2回地域公共交通会議を開催しました。\n")
    assert years(page) == (None, None)


def test_two_fiscal_years_of_meetings_give_none():
    page = ("情報化推進委員会の開催状況\n令和5年度第4回及び令和6年度第1回情報化推進委員会を開催しました。\n"
            "両会議では、情報セキュリティポリシーの改定について審議しました。\n")
    assert years(page) == (None, None)


def test_a_dated_record_keeps_its_own_date():
    page = ("令和5年度第2回防災会議 会議録\n日時 令和5年11月20日(月曜日)午後2時から\n"
            "只今から令和5年度第2回防災会議を開会いたします。\n")
    assert years(page) == (2023, 2023)
