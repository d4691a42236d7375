"""sceptic42: pages where the metadata rules merged on 2026-12-05 (dates41, places41, themes42) must not fire, or
fired with a wrong value, written in the style of real pages and labelled by bench/realdocs/README.md's conventions
before any run; and the one White Paper section of ../shared/corpus whose region the rules changed wrongly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _derive(text: str, path: str = "page.html.txt"):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path(path))


def years(text: str) -> tuple[int | None, int | None]:
    m = _derive(text)
    return m.fiscal_year, m.year


def themes(text: str) -> set[str]:
    return {t[0] for t in _derive(text).themes}


# --- dates41: a cabinet decision's line under the plan's name ------------------------------------------------------

def test_a_page_on_a_plans_revision_titled_by_its_short_name_is_dated_by_the_decision():
    # README: the plan's own page is dated by its decision; the title names the plan by its short name.
    text = ("重点計画の改定について\n"
            "デジタル社会の実現に向けた重点計画\n"
            "(令和6年6月21日閣議決定)\n"
            "重点計画は、デジタル社会の実現に向けて政府が迅速かつ重点的に実施すべき施策を明記したものです。\n")
    assert years(text) == (2024, 2024)


def test_a_towns_own_plan_citing_the_national_plan_of_that_kind_is_not_dated_by_it():
    # A cited plan's 閣議決定 (README: never a cited date), though the town's plan is also a 総合戦略.
    text = ("第2期○○町総合戦略の策定について\n"
            "本町では、国の総合戦略を勘案し、第2期○○町総合戦略を策定しました。\n"
            "デジタル田園都市国家構想総合戦略\n"
            "(令和4年12月23日閣議決定)\n")
    assert years(text) == (None, None)


# --- dates41: an as-of note after a sentence's 。 ----------------------------------------------------------------

def test_an_as_of_note_on_a_borrowed_national_figure_does_not_date_an_undated_page():
    # README: a national count the page borrows is another document's date.
    text = ("光ファイバの整備\n"
            "総務省の調査によると、全国の光ファイバの世帯カバー率は99.8%となっています。(令和5年3月末時点)\n"
            "本町でも未整備地区の解消に取り組んでいます。\n")
    assert years(text) == (None, None)
    own = ("光ファイバの整備\n"
           "町内全域に光ファイバ網が整備されており、世帯カバー率は100%となっています。(令和5年3月末時点)\n"
           "本町でも未整備地区の解消に取り組んでいます。\n")
    assert years(own) == (2022, 2023)


# --- dates41: a keyed period's year on an undated page -------------------------------------------------------------

def test_the_period_of_a_closed_round_does_not_date_an_undated_page():
    # README: an application period of a past round does not date a page.
    closed = ("テレワーク導入補助金\n今年度の受付は終了しました。\n"
              "募集期間\n令和5年5月8日(月曜日)~令和6年2月29日(木曜日)\n"
              "次回の募集については、決まり次第お知らせします。\n")
    assert years(closed) == (None, None)
    open_call = ("テレワーク導入補助金\n市内の中小企業がテレワークを導入する経費の一部を補助します。\n"
                 "募集期間\n令和5年5月8日(月曜日)~令和6年2月29日(木曜日)\n")
    assert years(open_call) == (2023, 2023)


# --- places41: one disaster's White Paper section ------------------------------------------------------------------

WP_DISASTERS_REVIEW = (
    "総務省トップ > 政策 > 白書 > 令和3年版 > 自然災害の発生状況\n"
    "1 自然災害の発生状況と我が国の防災を取り巻く環境\n"
    "近年、日本では毎年のように大規模な自然災害が発生し、各地に甚大な被害をもたらしている。\n"
    "東日本大震災以降も、平成30年北海道胆振東部地震等の地震災害、令和元年東日本台風に伴う洪水等、毎年多くの災害が発生している。\n"
    "北海道胆振東部地震では、北海道全域で大規模な停電が発生し、北海道内の携帯電話基地局の停波が相次いだ。\n"
    "また、地域防災を支える消防団員は減少を続けており、我が国の防災を取り巻く環境は厳しさを増している。\n"
)


def test_a_white_paper_review_naming_one_disaster_among_others_in_a_sentence_stays_national():
    # README: a White Paper's review of the country's disasters is national; the disaster found in the head is
    # one of a sentence's list, not the section's heading.
    m = _derive(WP_DISASTERS_REVIEW)
    assert "全国" in m.region


@pytest.mark.skipif(not (CORPUS / "whitepaper" / "r03" / "0049.txt").exists(), reason="../shared/corpus absent")
def test_the_white_paper_review_of_disasters_in_the_corpus_stays_national():
    path = CORPUS / "whitepaper" / "r03" / "0049.txt"
    m = derive_metadata(path.read_text("utf-8"),
                        title="東日本大震災及びその後の自然災害の発生状況と我が国の防災・減災を取巻く環境", path=path)
    assert "全国" in m.region


# --- places41: a national page's venue in 東京 ---------------------------------------------------------------------

def test_a_national_field_demonstration_in_tokyo_keeps_its_site():
    # README: the venue is a subject place when the meeting is a field demonstration or visit.
    text = ("総務省\n報道資料\n令和6年9月2日\nドローンを活用した災害時の通信確保の公開実証\n"
            "総務省は、災害時に孤立した地域との通信を確保するため、ドローンに中継局を搭載した公開実証を行います。\n"
            "日時:令和6年9月20日(金)13時から15時まで\n"
            "会場:東京臨海広域防災公園(東京都江東区有明3-8-35)\n")
    assert "東京都" in _derive(text, "page.txt").prefecture
    seminar = ("「自治体DX推進セミナー」の開催\n令和6年10月1日\n総務省\n"
               " 総務省では、地方公共団体の職員を対象に、自治体DXの推進に関するセミナーを開催します。\n"
               "日時:令和6年11月5日(火)14時00分~16時30分\n"
               "会場:ベルサール神田(東京都千代田区神田美土代町7)\n")
    assert "東京都" not in _derive(seminar, "page.txt").prefecture


# --- themes42: synonyms and White Paper heading words in another sense ----------------------------------------------

def test_an_online_course_for_firms_staff_is_no_schooling():
    text = ("中小企業向けDXオンライン講座の受講者募集\n令和6年7月3日\n"
            "県内の中小企業の従業員を対象に、デジタル技術の活用を学ぶオンライン講座を開講します。受講料は無料です。\n")
    assert "教育" not in themes(text)


def test_a_weather_satellite_is_no_radio_page_and_a_communication_satellite_is():
    weather = ("気象衛星ひまわりについて\n気象衛星ひまわりは、赤道上空約35,800kmの静止衛星で、"
               "雲の様子を10分ごとに観測しています。観測した画像は天気予報や台風の監視に使われています。\n")
    assert "電波・周波数" not in themes(weather)
    comms = ("衛星通信の利用\n静止衛星を用いた衛星通信は、災害時にも地上の通信網に依存せずに通信を確保できる手段です。"
             "船舶や離島との通信にも静止衛星が利用されています。\n")
    assert "電波・周波数" in themes(comms)


# --- dates41: an as-of point opening a clause after a comma ---------------------------------------------------------

def test_an_as_of_point_in_a_sentence_told_as_past_does_not_date_an_undated_page():
    # README: a history (設立, 沿革, past events given as background) does not date a page.
    history = ("○○ケーブルテレビの沿革\n"
               "当局は平成20年に開局しました。開局当時は、平成20年4月現在、加入世帯数は300世帯でした。\n"
               "現在は町内の多くの世帯に御加入いただいています。\n")
    assert years(history) == (None, None)
    present = ("○○ケーブルテレビの概要\n"
               "当局は平成20年に開局し、令和6年4月現在、町内の約2,000世帯に御加入いただいています。\n")
    assert years(present) == (2024, 2024)


# --- themes42: トラブル near a word of the net, リモートセンシング ------------------------------------------------------

TROUBLE = "迷惑メール・ネット上のトラブル"


def test_trouble_near_a_site_a_mail_or_a_telecom_facility_is_no_trouble_on_the_net():
    camp = ("キャンプ場の利用マナー\n令和6年7月3日\nキャンプサイトでの騒音トラブルが増えています。夜間はサイト内で静かにお過ごしください。"
            "他の利用者とのトラブルは管理棟へご相談ください。\n")
    assert TROUBLE not in themes(camp)
    neighbours = ("市民相談のご案内\n令和6年7月3日\n近隣トラブルや相続など、暮らしの困りごとの相談をお受けしています。"
                  "相談の予約は電話またはメールでお申し込みください。近隣トラブルは当事者同士の話合いが大切です。\n")
    assert TROUBLE not in themes(neighbours)
    outage = ("通信障害の発生について\n令和6年7月3日\n電気通信設備のトラブルにより、町内の一部で固定電話がつながりにくい状態となりました。"
              "電気通信事業者によると、設備のトラブルは復旧しています。\n")
    assert TROUBLE not in themes(outage)
    sns = ("SNSのトラブルに注意\n令和6年7月3日\nSNSでのトラブルが増えています。見知らぬ人とのやり取りや、個人情報の書き込みには"
           "注意しましょう。インターネットのトラブルで困ったときは、消費生活センターへご相談ください。\n")
    assert TROUBLE in themes(sns)


def test_remote_sensing_of_a_towns_fields_is_no_research():
    farm = ("スマート農業の推進\n令和6年7月3日\n町では、ドローンによるリモートセンシングで水稲の生育状況を把握し、追肥の量を調整する"
            "取組を農家の皆さんと進めています。リモートセンシングの結果は営農指導に活用しています。\n")
    assert "スタートアップ・研究開発" not in themes(farm)
    research = ("衛星リモートセンシング技術の研究開発\n令和6年7月3日\n情報通信研究機構では、衛星搭載レーダによるリモートセンシング技術の"
                "研究開発を進めています。\n")
    assert "スタートアップ・研究開発" in themes(research)


# --- dates41: a spring 議案説明 named as the year's first 定例会 -----------------------------------------------------

def test_a_later_sessions_speech_recalling_the_first_session_keeps_its_days_year():
    # README: a speech is for the coming 年度 only at the spring session presenting its budget; a December speech
    # that recalls the first 定例会 and prepares the next budget is of its day's 年度.
    text = ("令和6年第4回定例会 提案理由説明\n令和6年12月2日\n"
            "令和6年第1回定例会で御議決いただいた事業の進捗を踏まえ、本日、補正予算案を提出いたしました。"
            "また、令和7年度当初予算の編成に向けた準備を進めております。\n")
    assert years(text) == (2024, 2024)


# --- themes42: ツーリスト in a firm's name ----------------------------------------------------------------------------

def test_a_travel_firm_named_in_a_contract_list_is_no_tourism():
    text = ("契約締結状況\n令和3年4月1日\n"
            "新型コロナワクチン接種コールセンター運営業務 近畿日本ツーリスト株式会社\n"
            "ワクチン接種予約システム運用業務 近畿日本ツーリスト株式会社\n"
            "接種会場運営業務 近畿日本ツーリスト株式会社\n")
    assert "観光" not in themes(text)
    tourists = ("インバウンド対策\n令和6年7月3日\n外国人ツーリストの受入環境を整えるため、観光案内所に多言語の案内表示を整備しました。\n")
    assert "観光" in themes(tourists)


def test_a_one_disaster_section_with_a_passage_on_the_countrys_measures_keeps_the_country():
    # README: a White Paper section takes 全国 as well when it gives the country a passage of its own beside the place.
    text = ("総務省トップ > 政策 > 白書 > 令和6年版 > 能登半島地震\n"
            "第Ⅰ部 特集① 令和6年能登半島地震における情報通信の状況\n"
            "第3節 今後の取組\n"
            "令和6年能登半島地震では、石川県輪島市や珠洲市を中心に、携帯電話基地局の停波が長期に及んだ。\n"
            "この経験を踏まえ、総務省は我が国の通信インフラの強靱化に向けて、各携帯電話事業者とともに衛星通信の活用や"
            "基地局の予備電源の強化を推進していく。\n")
    m = _derive(text)
    assert "全国" in m.region and "石川県" in m.prefecture


# --- places41: an item of the minister's own statement -----------------------------------------------------------

def test_a_reporters_question_in_brackets_is_not_the_ministers_statement():
    # README: a questioner at a press conference names a passing place; the statement's items are the minister's.
    from ictsearch.indexer.metadata.regions import opening_topics

    head = ("総務大臣閣議後記者会見の概要\n令和6年5月14日\n冒頭発言\n"
            "私から1点御報告がございます。本日、令和5年の通信利用動向調査の結果を公表いたしました。\n")
    for asked, answered in (("(問)", "(答)"), ("【記者】", "【大臣】"), ("Q:", "A:")):
        text = (head + f"{asked}静岡県小山町の住民票誤交付の件について、大臣の受け止めをお願いします。\n"
                f"{answered}個別の事案へのコメントは差し控えます。\n")
        assert opening_topics(text) == ()
    stated = head + "また、静岡県小山町につきましては、本日付けで特例の対象に指定いたしました。\n質疑応答\n問:受け止めは。\n"
    assert opening_topics(stated) == ("静岡県",)
