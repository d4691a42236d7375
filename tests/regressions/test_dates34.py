"""dates34: dates that are not the page's own however a page puts them: the day of a nation's change
a municipal page explains (「令和元年10月1日から消費税率が…引き上げられました」) and a person's dates
(生年月日, a 経歴 / 略歴 row); and, both ways, the page's own news still dated.  Texts written in the
form of real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata, find_years
from ictsearch.indexer.metadata.dates import not_own

MENU = "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n観光・産業\n"


def derived(text: str, title: str):
    return derive_metadata(text, title=title, path=Path("page.html.txt"), terms=[])


def refusal(text: str, written: str) -> str | None:
    y = next(y for y in find_years(text) if y.text == written)
    return not_own(text, y)


# --- a nation's change, told in the passive, on an undated municipal page ----------------------

FEES = (MENU + "使用料・手数料の改定について\n"
        "{opening}これに伴い、市の施設の使用料及び各種手数料のうち消費税が課税されるものについて、"
        "税率の引上げ分を反映した料金に改定しています。\n"
        "改定の対象となるのは、体育館、公民館、市民会館などの施設の使用料と、ごみ処理手数料の一部です。"
        "住民票の写しや印鑑登録証明書などの証明書の交付手数料は非課税のため、改定の対象ではありません。\n"
        "改定後の料金は、各施設の窓口及び市のホームページで確認できます。"
        "施設の予約をされている方で、改定前の料金でお支払いいただいている場合は、差額をお支払いいただく必要はありません。\n"
        "ご不明な点は、各施設の担当課までお問い合わせください。\nお問い合わせ\n財政課 財政係\n電話:0123-45-6789\n")


@pytest.mark.parametrize("opening", [
    "令和元年10月1日から消費税率が8%から10%に引き上げられました。",   # the rules' start announced
    "令和元年10月1日、消費税率が8%から10%に引き上げられました。",     # the rules' opening date
    "令和元年10月1日に消費税率が8%から10%に引き上げられました。",     # the ranker's pick (p ≈ 0.9)
])
def test_the_day_of_a_national_tax_change_does_not_date_a_municipal_page(opening):
    text = FEES.format(opening=opening)
    assert refusal(text, "令和元年10月1日") == "a nation's change the page explains"
    m = derived(text, "使用料・手数料の改定について")
    assert m.year is None and m.fiscal_year is None


def test_a_law_put_in_force_in_the_passive_is_the_laws_day():
    # (a law coming into force opening its clause is also _CITED_ACT's, whose reason is kept)
    text = "令和6年4月1日に改正障害者差別解消法が施行され、事業者による合理的配慮の提供が義務化されました。"
    assert refusal(text, "令和6年4月1日") == "a law's, a declaration's or a founding's date"
    text = "令和6年4月1日から介護報酬が改定されました。介護サービスの利用者負担も変わります。"
    assert refusal(text, "令和6年4月1日") == "a nation's change the page explains"


@pytest.mark.parametrize("sentence, year", [
    # the issuer's own act, in the active: its news, dated that day
    ("令和6年1月24日から、市民課の窓口でキャッシュレス決済を導入しました。", 2024),
    # the town's own change in the passive names no tax, law or national scheme
    ("令和6年4月1日から、市民課窓口の受付時間が変更されました。", 2024),
])
def test_the_towns_own_change_still_dates_its_page(sentence, year):
    text = MENU + "窓口のお知らせ\n" + sentence + "ご不明な点は市民課までお問い合わせください。\n"
    assert refusal(text, sentence[:sentence.index("日") + 1]) != "a nation's change the page explains"
    assert derived(text, "窓口のお知らせ").year == year


def test_a_procedure_changed_is_not_a_law():
    # 方法 holds 法: 「申請方法が変更されました」 is the town's procedure, not a national law.
    text = "令和6年4月1日に申請方法が変更されました。詳しくは担当課にお問い合わせください。"
    assert refusal(text, "令和6年4月1日") is None


# --- a person's dates: a birth, a biography's rows --------------------------------------------

PROFILE = ("副市長の紹介\n副市長 山田 太郎(やまだ たろう)\n{career}"
           "副市長就任にあたって\n"
           "このたび副市長に就任いたしました山田太郎です。これまで国において地域の情報通信基盤の整備や"
           "自治体のデジタル化の支援に携わってまいりました。その経験を生かし、市民の皆様の暮らしがより便利で"
           "安心なものとなるよう、市長を支え、職員と一丸となって市政の推進に全力で取り組んでまいります。\n"
           "特に、行政手続のオンライン化や窓口の待ち時間の短縮など、市民の皆様が身近に変化を感じられる取組を"
           "進めていきたいと考えております。皆様のご理解とご協力をよろしくお願いいたします。\n"
           "問い合わせ先\n秘書課\n電話 0123-45-6789\n")


def test_a_birth_date_in_a_profiles_head_is_not_the_pages_date():
    # 生年月日 on a short line of the head read as a date line: the page was dated 1970.
    text = PROFILE.format(career="生年月日 昭和45年5月12日\n")
    assert refusal(text, "昭和45年5月12日") == "a person's dates (a birth, a biography's row)"
    m = derived(text, "副市長の紹介")
    assert m.year is None and m.fiscal_year is None


@pytest.mark.parametrize("career", [
    "経歴:平成20年4月 総務省情報流通行政局地域通信振興課長 就任\n",
    "略歴\n平成20年4月 総務省地域力創造アドバイザー 就任\n",
    "経歴\n平成5年4月 総務省入省\n\n平成20年4月 総務省情報流通行政局地域通信振興課課長補佐\n"
    "平成26年7月 内閣官房情報通信技術総合戦略室参事官\n",
    "昭和45年生まれ。平成20年4月 総務省地域通信振興課長 就任\n",
])
def test_a_biographys_rows_do_not_date_an_undated_profile(career):
    text = PROFILE.format(career=career)
    for y in find_years(text):
        assert not_own(text, y) == "a person's dates (a birth, a biography's row)", y.text
    m = derived(text, "副市長の紹介")
    assert m.year is None and m.fiscal_year is None


def test_a_dated_row_under_another_heading_is_still_read():
    # Rows of dates under 沿革 or 新着情報 are not a person's: not refused as one.
    text = "新着情報\n令和6年5月10日 広報誌5月号を掲載しました\n令和6年4月1日 組織改編のお知らせ\n"
    assert refusal(text, "令和6年4月1日") != "a person's dates (a birth, a biography's row)"


@pytest.mark.parametrize("sentence", ["このたび、令和7年7月1日付けで副市長を拝命しました山田太郎です。",
                                      "令和7年7月1日付けで副市長に就任しました。"])
def test_an_appointment_announced_in_the_first_sentence_still_dates_the_page(sentence):
    text = "副市長の就任について\n" + sentence + "市民の皆様の暮らしを支えるため、全力で取り組んでまいります。\n"
    assert derived(text, "副市長の就任について").year == 2025


# --- a start already made is the news of an undated page: the ranker may read it ---------------

KONBINI = (MENU + "証明書のコンビニ交付\n"
           "マイナンバーカードを利用して、全国のコンビニエンスストア等に設置されているマルチコピー機で住民票の写しや"
           "印鑑登録証明書などの証明書が取得できる「証明書コンビニ交付サービス」を令和5年11月6日(月曜日)から{verb}。\n"
           "市役所の窓口が閉まっている土曜日・日曜日や夜間でも、お近くのコンビニエンスストアで証明書を取得できます。\n"
           "利用できる時間は、午前6時30分から午後11時までです。ただし、年末年始やシステムの保守点検の日は利用できません。\n"
           "取得できる証明書は、住民票の写し、住民票記載事項証明書、印鑑登録証明書、戸籍謄本・抄本、戸籍の附票の写しです。\n"
           "利用には、利用者証明用電子証明書が搭載されたマイナンバーカードと、カードの交付時に設定した4桁の暗証番号が必要です。\n"
           "暗証番号を忘れた方やロックされた方は、市民課の窓口で再設定の手続きをしてください。\n"
           "問い合わせ先\n市民課 住民係\n電話 0123-45-6789\n")


def test_an_undated_page_announcing_a_service_started_takes_the_year_of_its_start():
    text = KONBINI.format(verb="開始しました")
    assert refusal(text, "令和5年11月6日") is None
    m = derived(text, "証明書のコンビニ交付")
    assert (m.year, m.fiscal_year) == (2023, 2023)
    # (Since dates40 the rule of a start the first sentence says has happened reads it before the ranker does;
    # the ranker's own reading is held by refusal() above.)
    assert "令和5年11月6日" in m.sources["year"] or m.sources["year"].startswith("inferred by the date ranker")


def test_a_start_still_ahead_stays_refused():
    # Refused on its line alone (not_own, the ranker's view) still.  The page, though, opens by announcing the start as its
    # news with nothing better to date it, which readers date it by (bench/realdocs README, dates of pages without a date
    # line; batch docs-bl's r4761 「…の運用を平成22年5月1日から開始します。」 is labelled 2010): since dates49 that start
    # dates it, as 「…から…サービスを開始します。」 already did (_announced_start).  A span, a deadline or a next round
    # still does not (tests/regressions/test_dates49.py).
    text = KONBINI.format(verb="開始します")
    assert refusal(text, "令和5年11月6日") == "a target, a start or a span"
    m = derived(text, "証明書のコンビニ交付")
    assert (m.year, m.fiscal_year) == (2023, 2023)


def test_a_start_for_whom_a_rule_is_stays_refused_though_told_in_the_past():
    text = "令和8年4月から入所を希望する方は、11月30日までに申込書を提出するよう定めました。"
    assert refusal(text, "令和8年4月") == "a target, a start or a span"
