"""breaker34: today's metadata rules narrowed where real pages would trip them.  A town's own change told in
the passive (its tax office, its own taxes, its 議員の報酬, its 条例 named after a law) is its news, not a
nation's change; an appointment or a course told with its subject (…氏が副市長に就任。) is news, not a
biography's row; a decision on a start still ahead (…することになりました。) and a start the nation made are not
a start the page announces; 日英 is as often two languages as two countries.  Texts written in the form of real
pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata, find_years
from ictsearch.indexer.metadata.dates import not_own

MENU = "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n観光・産業\n"
NOTICE = ("{sentence}詳しくは次のとおりです。\n"
          "ご不明な点は担当課までお問い合わせください。窓口は平日午前8時30分から午後5時15分まで開いています。"
          "郵送での手続きも受け付けていますので、必要な書類をそろえてお送りください。"
          "なお、手続きには本人確認書類が必要です。代理人の方は委任状をお持ちください。\n"
          "このページに関するお問い合わせ\n総務課 電話:0123-45-6789\n")


def derived(text: str, title: str):
    return derive_metadata(text, title=title, path=Path("page.html.txt"), terms=[])


def refusal(text: str, written: str) -> str | None:
    y = next(y for y in find_years(text) if y.text == written)
    return not_own(text, y)


# --- a town's own change in the passive is its news ----------------------------------------------

@pytest.mark.parametrize("title, sentence", [
    ("税務課の電話番号が変わりました", "令和6年4月1日から税務課の電話番号が変更されました。"),
    ("国民健康保険税の税率改定について", "令和6年4月1日から、本町の国民健康保険税の税率が改定されました。"),
    ("町税の納付方法が変わりました", "令和6年4月1日から、町税の納付方法が変更されました。"),
    ("法人市民税の申告について", "令和6年4月1日から法人の申告方法が変更されました。"),
    ("議員報酬の改定について", "令和6年4月1日から、町議会議員の報酬が改定されました。"),
    ("個人情報保護法施行条例の施行について",
     "令和6年4月1日から、○○市個人情報の保護に関する法律施行条例が施行されました。"),
])
def test_a_towns_own_change_in_the_passive_still_dates_its_page(title, sentence):
    text = MENU + title + "\n" + NOTICE.format(sentence=sentence)
    assert refusal(text, "令和6年4月1日") != "a nation's change the page explains"
    m = derived(text, title)
    assert (m.year, m.fiscal_year) == (2024, 2024)


@pytest.mark.parametrize("sentence", [
    "令和6年4月1日から地方税法が改正され、空き家の住宅用地特例の取扱いが変わりました。",
    "令和6年4月1日から診療報酬が改定されました。",
    "令和6年1月1日から所得税の定額減税が導入されました。",
])
def test_a_nations_law_tax_or_fee_schedule_is_still_the_nations_change(sentence):
    text = MENU + "制度改正のお知らせ\n" + NOTICE.format(sentence=sentence)
    assert refusal(text, sentence[:sentence.index("日") + 1]) == "a nation's change the page explains"


# --- an appointment or a course told with its subject is news ------------------------------------

@pytest.mark.parametrize("title, sentence, year", [
    ("新副市長が就任", "令和7年7月1日付けで、山田太郎氏が副市長に就任。同日、辞令交付式が行われました。", 2025),
    ("デジタル人材育成講座の修了", "令和6年12月14日、受講生20名が全課程を修了。町長から修了証が手渡されました。", 2024),
])
def test_a_step_told_with_its_subject_dates_the_page(title, sentence, year):
    text = MENU + title + "\n" + NOTICE.format(sentence=sentence)
    assert refusal(text, sentence[:sentence.index("日") + 1]) != "a person's dates (a birth, a biography's row)"
    assert derived(text, title).year == year


def test_a_biographys_step_without_its_subject_is_still_a_persons_date():
    text = "副市長の紹介\n副市長 山田太郎\n平成20年4月 総務省地域通信振興課長 就任\n市政の推進に全力で取り組みます。\n"
    assert refusal(text, "平成20年4月") == "a person's dates (a birth, a biography's row)"


def test_an_officers_term_in_brackets_is_a_persons_date():
    # a 事業報告's list of officers: each one's start in brackets after the name
    text = ("2 役員の状況\n代表取締役 山田太郎(令和3年6月 就任)\n取締役 鈴木花子(令和5年6月 就任)\n"
            "監査役 佐藤一郎(令和4年6月 就任)\n")
    for written in ("令和3年6月", "令和5年6月", "令和4年6月"):
        assert refusal(text, written) == "a person's dates (a birth, a biography's row)"


# --- a start decided, or made by the nation, is not the start a page announces ------------------

def sentence_refusal(sentence: str) -> str | None:
    text = "お知らせ\n窓口のご案内です。" + sentence + "ご不明な点はお問い合わせください。\n"
    return not_own(text, find_years(text)[0])


@pytest.mark.parametrize("sentence", [
    "令和7年4月1日から、粗大ごみの収集を予約制とすることになりました。",
    "令和7年4月1日から、転出届のオンライン申請を開始することといたしました。",
    "令和7年4月1日から、証明書の交付手数料を改定することとしました。",
    "令和7年4月1日から、窓口の受付時間を変更する予定となりました。",
    "令和6年12月2日から、国は健康保険証の新規発行を終了し、マイナ保険証を基本とする仕組みに移行しました。",
])
def test_a_start_decided_or_made_by_the_nation_stays_refused(sentence):
    assert sentence_refusal(sentence) == "a target, a start or a span"


@pytest.mark.parametrize("sentence", [
    "令和6年10月1日から、転出届のオンライン申請を開始しました。",
    "令和6年1月24日(水曜日)より、窓口でキャッシュレス払いが可能となりました。",
])
def test_a_start_the_town_made_is_still_a_candidate(sentence):
    assert sentence_refusal(sentence) is None


# --- 日英 is two languages as often as two countries ----------------------------------------------

WIFI = ("無料公衆無線LAN「○○町フリーWi-Fi」を整備しました\n"
        "町では、観光客の皆さまの利便性向上と災害時の通信手段の確保のため、道の駅、町役場、観光案内所など町内10か所に"
        "無料公衆無線LANを整備しました。利用登録はメールアドレスまたはSNSアカウントで行えます。"
        "1回の接続は60分まで、1日の回数に制限はありません。"
        "接続画面や利用案内は日英2か国語で表示され、案内看板も日英併記としています。"
        "災害時には認証なしで誰でも利用できる「00000JAPAN」として開放します。"
        "通信は暗号化されていませんので、個人情報の入力などには十分ご注意ください。\n"
        "このページに関するお問い合わせ\n企画課 電話:0123-45-6789\n")


def test_signs_in_japanese_and_english_are_not_international_work():
    themes = {t for t, _ in derive_metadata(WIFI, title="無料公衆無線LANを整備しました", path=Path("p.txt")).themes}
    assert "国際展開" not in themes
    assert "ネットワーク基盤・ブロードバンド" in themes
