"""breaker32: the date ranker's filler (fill32) against pages readers leave undated.  On a page whose
opening paragraph has no date, a later sentence opened by a full date (「令和4年4月1日、…」) is picked
at p ≈ 0.85 whatever that sentence tells; readers date the page by it when it reports the page's own
event (a class held, a drill, a move announced), never when it tells of a law revised, another body's
decision, a declaration, a body founded or a disaster, which the page only explains.  Texts written
in the form of real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, find_years
from ictsearch.indexer.metadata.dates import not_own

MENU = "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n観光・産業\n"
TAIL = ("問い合わせ先\n情報政策課 デジタル推進係\n電話 0123-45-6789\nこのページの先頭へ\n"
        "山川市役所 〒123-4567 山川市本町1丁目1番1号 電話 0123-45-6789(代表)\n"
        "開庁時間 月曜日から金曜日 午前8時30分から午後5時15分(祝日・休日、年末年始を除く)\n")
OPENING = ("市では、情報通信技術を活用して、市民の皆さんの暮らしをより便利にする取組を進めています。"
           "このページでは、その考え方と主な内容をご紹介します。")
CLOSING = ("取組についてのご意見やご提案は、情報政策課までお寄せください。"
           "いただいたご意見は、今後の施策の参考にさせていただきます。")


def page(title: str, middle: str, opening: str = OPENING, closing: str = CLOSING) -> str:
    return MENU + title + "\n" + opening + "\n" + middle + "\n" + closing + "\n" + TAIL


def derived(text: str, title: str):
    return derive_metadata(text, title=title, path=Path("page.html.txt"), terms=[])


def refusal(text: str, written: str) -> str | None:
    y = next(y for y in find_years(text) if y.text == written)
    return not_own(text, y)


# --- history the page explains: a law, another body's decision, a declaration, a founding ------

LAW = page("個人情報の保護について",
           "令和4年4月1日、個人情報保護法が改正され、市の個人情報の取扱いにも国の法律が直接適用されることになりました。"
           "これに伴い、市の条例も見直しています。")
DECISION = page("デジタル田園都市国家構想",
                "令和4年12月23日、国は「デジタル田園都市国家構想総合戦略」を閣議決定しました。"
                "市では、この戦略を踏まえて総合戦略を改訂しています。")
DECLARATION = page("テレワークの推進",
                   "令和2年4月7日、新型コロナウイルス感染症の拡大を受けて緊急事態宣言が出され、多くの企業で在宅勤務が広がりました。"
                   "市でも、職員のテレワークの環境を整えました。")
ESTABLISHED = page("情報化推進本部",
                   "平成26年4月1日、市長を本部長とする情報化推進本部が設置されました。"
                   "本部では、全庁の情報化の方針を決め、各課の取組を調整しています。")
FOUNDED = page("協議会について",
               "平成24年6月1日、県内の全市町村と通信事業者5社により設立されました。"
               "設立のきっかけは、山間部の携帯電話の不感地域の解消でした。",
               opening="地域情報化推進協議会は、県内の情報通信基盤の整備と利活用を進めるための団体です。"
                       "会員は市町村、通信事業者、大学などで構成されています。")


def test_a_sentence_opened_by_the_day_a_law_was_revised_leaves_the_page_undated():
    m = derived(LAW, "個人情報の保護について")
    assert (m.fiscal_year, m.year) == (None, None)
    assert refusal(LAW, "令和4年4月1日") == "a law's, a declaration's or a founding's date"


def test_another_bodys_cabinet_decision_told_in_a_sentence_of_its_own_is_not_the_pages_date():
    # The rules refuse 「令和4年12月23日に閣議決定された…」; the same day opening its own sentence was
    # the ranker's pick at p = 0.86.
    m = derived(DECISION, "デジタル田園都市国家構想")
    assert (m.fiscal_year, m.year) == (None, None)


def test_a_declarations_day_leaves_the_page_undated():
    m = derived(DECLARATION, "テレワークの推進")
    assert (m.fiscal_year, m.year) == (None, None)


def test_the_day_a_body_was_set_up_or_founded_is_its_history_not_the_pages_date():
    for text, title in ((ESTABLISHED, "情報化推進本部"), (FOUNDED, "協議会について")):
        m = derived(text, title)
        assert (m.fiscal_year, m.year) == (None, None), title


def test_a_founding_told_in_a_relative_clause_or_an_adoption_is_the_issuers_news():
    # Only a verb that ends its sentence or a clause tells the history: 「開設された無線局の取締り」
    # is the day's operation, 「…を採択しました」 the issuer's decision.
    text = "東海総合通信局は、令和6年2月8日、警察と共同で、倉庫に開設された不法無線局の取締りを行いました。\n"
    assert refusal(text, "令和6年2月8日") is None
    text = "総務省は、令和5年9月29日、研究開発の公募について、新たに12件の課題を採択しました。\n"
    assert refusal(text, "令和5年9月29日") is None


def test_a_window_the_city_opened_itself_is_not_a_founding():
    # (?<!を)…開設: the page's own news, which the ranker may still pick.
    text = "市民課では、令和5年4月3日、本庁舎1階にデジタル相談窓口を開設しました。\n"
    assert refusal(text, "令和5年4月3日") is None


# --- a disaster, the subject of the sentence its day opens -----------------------------------

TYPHOON = page("防災行政無線のデジタル化",
               "令和元年10月12日、台風第19号の接近に伴い、市内全域に避難指示を出しましたが、"
               "雨音で屋外の放送が聞こえないという声が多く寄せられました。この経験から、戸別受信機の配布を急いでいます。",
               opening="市では、防災行政無線をデジタル方式に切り替え、屋外スピーカーの増設と戸別受信機の配布を進めています。"
                       "戸別受信機は、停電時にも電池で動き、室内で放送を聞くことができます。")


def test_a_typhoons_day_opening_a_sentence_leaves_the_page_undated():
    m = derived(TYPHOON, "防災行政無線のデジタル化")
    assert (m.fiscal_year, m.year) == (None, None)
    assert refusal(TYPHOON, "令和元年10月12日") == "a disaster's date"


def test_an_earthquake_named_after_the_day_is_its_date():
    assert refusal("平成23年3月11日の東日本大震災では、多くの地域で通信が途絶えました。\n", "平成23年3月11日")
    assert refusal("令和6年1月1日に能登半島地震が発生し、通信の確保が課題となりました。\n", "令和6年1月1日")


DRILL = page("防災訓練",
             "令和5年9月3日(日曜日)、地震を想定した総合防災訓練を市内全域で行い、約3,000人の方が参加しました。"
             "避難所では、衛星通信を使った情報伝達の訓練も行いました。",
             opening="市では、災害に備えて、毎年、市民の皆さんと一緒に総合防災訓練を行っています。"
                     "訓練では、防災行政無線や防災メールによる情報伝達も確かめています。",
             closing="次回の訓練の日程は、決まり次第お知らせします。")


def test_a_drill_for_an_earthquake_is_the_pages_own_event_and_stays_dated_by_the_ranker():
    m = derived(DRILL, "防災訓練")
    assert (m.fiscal_year, m.year) == (2023, 2023)
    assert "date ranker" in m.sources["year"]


# --- a Q&A's answer tells of something, not of the day the page was written --------------------

def faq(q: str, a: str) -> str:
    return (MENU + "よくある質問\nマイナンバーカードについて、よく寄せられる質問と答えをまとめました。\n"
            f"{q} カードの交付に手数料はかかりますか。\n{a} 初めての交付は無料です。紛失などによる再交付には手数料がかかります。\n"
            f"{q} 健康保険証として使えますか。\n{a} 令和3年10月20日、健康保険証としての本格的な運用が始まりました。"
            "医療機関の窓口でカードリーダーにかざしてご利用ください。\n"
            f"{q} 有効期限はいつまでですか。\n{a} 18歳以上の方は、発行から10回目の誕生日までです。\n" + TAIL)


def test_an_answers_date_leaves_a_faq_page_undated_however_its_questions_are_labelled():
    for q, a in (("問", "答"), ("Q", "A"), ("Q.", "A."), ("質問", "回答")):
        text = faq(q, a)
        m = derived(text, "よくある質問")
        assert (m.fiscal_year, m.year) == (None, None), a
        assert refusal(text, "令和3年10月20日") == "an answer's date in a Q&A", a


def test_a_line_labelled_a_without_any_question_is_not_an_answer():
    text = "A 令和5年10月14日、中央公民館で教室を開きました。\nB 令和5年11月11日、北公民館で教室を開きました。\n"
    assert refusal(text, "令和5年10月14日") is None
