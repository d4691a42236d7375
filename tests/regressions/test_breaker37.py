"""breaker37: pages written in the style of real government pages on which the metadata rules merged on
2026-12-05 (dates37, places37, 98bcbc83) must not fire — and a few where they must.  Each asserts the
value a labeller following bench/realdocs/README.md would give.  None is copied from bench/realdocs.

The rules: a 議案説明 at the spring session is for the 当初予算 its opening presents; 令和元年09/19(木);
days written with their weekday that fit only the year after an update stamp's; a subject's day with its
hour; kanji western dates; stations named after their place; an award ceremony's venue on a national page;
towns with their prefecture in brackets closed by a count; numbered case headings under a sentence
presenting cases; a town of a shared name placed by its address; 本 / 当 glued after a kanji."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.document import derive_title
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.regions import find_places


def derived(text: str, title: str | None = None):
    """The metadata an index run derives, the title taken as it takes it (bench/metadata_accuracy.py)."""
    path = Path("page.html.txt")
    return derive_metadata(text, title=derive_title(text, title, path), path=path, terms=[])


# --- 議案説明 at the spring session -------------------------------------------------------------------

MENU = "".join(f" •{w}\n" for w in ("サイトマップ", "ホーム", "くらし・環境", "健康・福祉", "県政情報", "議会"))


def committee(session: str, day: str, *opening: str) -> str:
    return (MENU + "ホーム>県議会>委員会会議録>委員会補足文書\nここから本文です。\n委員会会議録\n"
            f"{session}総務企画委員会\n議案説明及び所管事項等の報告【当局側説明】発言日: {day}\n"
            "○田中総務部長\nおはようございます。総務部長の田中でございます。\n"
            + "".join(f"{s}\n" for s in opening)
            + "3ページを御覧ください。\n主な事業について御説明いたします。\n")


def test_a_spring_bill_explanation_is_for_the_budget_it_presents():
    text = committee("令和6年2月定例会", "02/27/2024", "まず、令和6年度当初予算案の概要であります。")
    assert (derived(text).fiscal_year, derived(text).year) == (2024, 2024)


def test_a_march_session_presenting_its_general_accounts_initial_budget():
    text = committee("令和5年3月定例議会", "03/02/2023", "令和5年度一般会計当初予算案について御説明いたします。")
    assert derived(text).fiscal_year == 2023


def test_the_running_budget_a_new_one_is_compared_with_is_not_its_year():
    # 「令和5年度当初予算と比較して」 opens the sentence; the budget presented is 令和6年度's.
    text = committee("令和6年2月定例会", "02/27/2024",
                     "令和5年度当初予算と比較して、令和6年度当初予算案は総額で3.2%の増となっております。")
    assert derived(text).fiscal_year == 2024


def test_a_supplementary_budget_measured_against_the_running_initial_budget_comes_first():
    text = committee("令和6年2月定例会", "02/20/2024",
                     "まず、令和5年度一般会計補正予算(第6号)でありますが、令和5年度当初予算に比べ、歳出で4億円の減額となっております。",
                     "次に、令和6年度当初予算案の概要であります。")
    assert derived(text).fiscal_year == 2024


def test_a_february_supplementary_budget_alone_is_the_running_year():
    # 「令和5年度当初予算に計上した事業の…減額」: a 補正 of 令和5年度 presented in February 2024.
    text = committee("令和6年2月定例会", "02/20/2024",
                     "今回御審議いただく補正予算は、令和5年度当初予算に計上した事業のうち、執行残が見込まれるものを減額するものであります。")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2024)
    assert "policy speech" not in m.sources["fiscal_year"]


def test_a_june_sessions_bill_explanation_is_not_read_as_a_spring_one():
    text = committee("令和5年6月定例会", "06/20/2023",
                     "今回の補正予算は、令和5年度当初予算に計上した事業の追加であります。",
                     "令和6年度当初予算の編成に向けた準備についても御報告いたします。")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2023)


def test_a_february_extraordinary_session_on_price_measures():
    text = committee("令和6年2月臨時会", "02/05/2024",
                     "本臨時会に提案いたしました議案は、令和5年度一般会計補正予算(第7号)であります。",
                     "国の経済対策に対応し、物価高騰の影響を受ける事業者を支援するものであります。")
    assert derived(text).fiscal_year == 2023


# --- 令和元年09/19(木) ------------------------------------------------------------------------------


def test_an_era_year_in_words_with_the_day_in_figures_is_a_day():
    text = ("ホーム>お知らせ一覧\nお知らせ一覧\n令和元年09/19(木) 防災行政無線の試験放送について\n"
            "令和元年09/02(月) 広報みさと9月号を掲載しました\n")
    m = derived(text, "お知らせ一覧")
    assert (m.fiscal_year, m.year) == (2019, 2019)


def test_a_quarter_written_with_a_slash_after_an_era_year_is_not_a_day():
    text = ("報道資料\n令和5年11月15日\n総務省\n我が国のインターネットにおけるトラヒックの集計結果\n"
            " 令和5年7/9月期の我が国のブロードバンドサービス契約者の総ダウンロードトラヒックは、前年同期比で増加しました。\n")
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2023)


# --- days with their weekday after an update stamp ------------------------------------------------


def test_entries_of_days_told_done_after_a_stale_stamp_move_the_year():
    text = ("ホーム>トピックス\nトピックス\n更新日:2021年11月10日\n11月4日(金曜日)\n"
            "市内の小学校でプログラミング教室を開催しました。児童30名が参加しました。\n"
            "10月28日(金曜日)\n総合防災訓練を実施しました。\n")
    assert derived(text, "トピックス").year == 2022


def test_a_day_set_for_the_coming_january_moves_no_year():
    text = ("ホーム>お知らせ>イベント情報\n新春講演会の開催日が決定しました\n更新日:2023年12月20日\n"
            "新春講演会を1月20日(土曜日)に開催することとなりました。\n会場は市民会館大ホールです。"
            "参加を希望される方は、電話でお申し込みください。\n問い合わせ先 企画課 電話 0263-00-0000\n")
    assert (derived(text).fiscal_year, derived(text).year) == (2023, 2023)


def test_a_day_called_off_moves_no_year():
    text = ("ホーム>お知らせ\n住民説明会の中止について\n更新日:2023年12月22日\n"
            "1月13日(土曜日)に開催を予定していた光回線整備事業の住民説明会は、中止することといたしました。\n"
            "ご迷惑をおかけしますが、ご理解をお願いします。\n問い合わせ先 情報政策課\n")
    assert derived(text).year == 2023


def test_coming_classes_whose_application_closed_move_no_year():
    text = ("ホーム>イベント\n今後のイベント\n更新日:2023年12月15日\n・1月10日(水)\n"
            "スマホ教室(初級編)を市民交流センターで開きます。定員に達したため、受付は終了しました。\n"
            "・1月24日(水)\nスマホ教室(中級編)を開きます。定員に達したため、受付は終了しました。\n")
    assert derived(text, "今後のイベント").year == 2023


def test_a_coming_event_whose_entry_tells_last_years_moves_no_year():
    text = ("ホーム>イベント\nイベントカレンダー\n更新日:2023年12月18日\n1月13日(土)\n"
            "二十歳のつどい\n昨年は約300人が参加しました。今年も市民会館で開催します。\n"
            "1月27日(土)\nICTフェア\n前回は親子連れでにぎわいました。\n")
    assert derived(text, "イベントカレンダー").year == 2023


def test_a_day_postponed_moves_no_year():
    text = ("ホーム>お知らせ\nスマートフォン相談会の日程変更\n更新日:2023年12月1日\n"
            "大雪の予報のため、相談会の日程を1月13日(土)に延期しました。\n問い合わせ先 情報政策課\n")
    assert derived(text).year == 2023


def test_a_notice_of_past_and_coming_days_moves_no_year():
    text = ("ホーム>お知らせ\n地域ICT講座\n更新日:2023年12月15日\n"
            "12月9日(土)に第1回講座を開催しました。\n1月13日(土)に第2回講座を開催します。\n")
    assert derived(text).year == 2023


def test_a_dated_notice_of_a_coming_day_keeps_its_date():
    text = ("報道資料\n令和5年12月20日\n信越総合通信局\n「電波適正利用推進員」研修会の開催\n"
            " 信越総合通信局は、1月17日(水)に長野市で電波適正利用推進員の研修会を開催します。\n")
    assert (derived(text).fiscal_year, derived(text).year) == (2023, 2023)


# --- a subject's day with its hour, kanji western dates -----------------------------------------


def test_a_typhoons_landfall_with_its_hour_is_read_in_the_titles_year():
    text = ("令和4年度 台風第14号による被害状況について\n"
            " 大型で非常に強い台風第14号は、9月18日19時頃に鹿児島県鹿児島市付近に上陸した。\n"
            " 本県では、暴風により停電や通信障害が発生した。\n")
    assert derived(text).year == 2022


def test_a_formal_texts_kanji_date_is_a_day():
    text = "答申書\n二〇二四年二月十五日\n情報公開審査会\n公文書部分開示決定に関する答申\n 本件は、審査請求について審査したものである。\n"
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2024)


def test_a_kanji_date_written_digit_by_digit():
    text = "答申書\n二〇二三年一二月二五日\n情報公開審査会\n公文書部分開示決定に関する答申\n 本件は、審査請求について審査したものである。\n"
    assert (derived(text).fiscal_year, derived(text).year) == (2023, 2023)


# --- stations named after their place --------------------------------------------------------------


def test_a_relay_station_named_after_its_town():
    text = ("報道資料\n令和5年3月1日\n北海道総合通信局\n置戸中継局の予備免許\n"
            " 北海道総合通信局は、日本放送協会に対し、置戸中継局の予備免許を付与しました。\n連絡先 北海道総合通信局放送課\n")
    assert derived(text).prefecture == ("北海道",)


def test_a_broadcasters_address_does_not_take_its_stations():
    text = ("報道資料\n令和5年10月26日\n東海総合通信局\nAM局の運用休止に係る特例措置\n"
            " 愛知県名古屋市の東海ラジオ放送株式会社の下呂局について、運用休止に係る特例措置の対象として免許しました。\n"
            "連絡先 東海総合通信局放送部\n")
    assert derived(text).prefecture == ("岐阜県", "愛知県")


def test_a_districts_station_is_not_a_town_of_that_name_elsewhere():
    # 上野 here is 東京都台東区's; 上野村 is 群馬県's.
    text = ("報道資料\n令和5年5月1日\n関東総合通信局\n臨時災害放送局の開設\n"
            " 関東総合通信局は、東京都台東区からの申請に基づき、上野局の臨時災害放送局に免許を付与しました。\n"
            "連絡先 関東総合通信局放送部\n")
    m = derived(text)
    assert m.prefecture == ("東京都",)
    assert m.region == ("関東",)


def test_a_station_whose_signal_interferes_is_no_place_of_the_page():
    text = ("報道資料\n令和5年3月1日\n東海総合通信局\n混信対策計画の認定\n"
            " 東海総合通信局は、愛知県安城市から申請のあった混信対策計画を認定しました。\n"
            " 同市の一部地域では、豊橋局の受信において、中津川局の電波による常時混信が生じています。\n連絡先 東海総合通信局放送部\n")
    assert derived(text).prefecture == ("愛知県",)


def test_a_national_list_of_the_bureaus_written_short_names_no_prefecture():
    text = ("報道資料\n令和5年6月1日\n総務省\n電波利用環境保護の周知啓発強化期間の実施\n"
            " 総務省は、6月1日から10日までを電波利用環境保護の周知啓発強化期間とし、各総合通信局(北海道局、東北局、関東局、"
            "信越局、北陸局、東海局、近畿局、中国局、四国局、九州局)及び沖縄総合通信事務所において、不法無線局の取締りを"
            "集中的に行います。\n連絡先 総合通信基盤局電波部\n")
    m = derived(text)
    assert m.prefecture == ()
    assert m.region == ("全国",)


def test_a_station_given_as_an_example_on_a_national_page():
    text = ("報道資料\n令和5年6月1日\n総務省\n送信所の共同利用に関する検討会の報告書の公表\n"
            " 総務省は、送信所の共同利用に関する検討会の報告書を公表しました。報告書では、例えば、東京局の送信所を"
            "複数の事業者で共用する場合の費用負担について検討しています。\n連絡先 情報流通行政局放送技術課\n")
    assert derived(text).prefecture == ()


@pytest.mark.parametrize("text", [
    "市内の調剤薬局と連携し、オンライン服薬指導の実証を行いました。結局、参加者の8割が継続利用を希望しました。",
    "上下水道局、交通局及び消防局の職員が、情報セキュリティ研修を受講しました。",
    "NHK放送局や郵便局、市役所の窓口で、マイナンバーカードの申請を受け付けています。",
    "総務局長、財政局長及び市民局長が出席し、予算の概要を説明した。",
    "事務局からの連絡事項:次回の会議は、当局の会議室で開催します。",
])
def test_the_words_of_a_bureau_or_an_office_are_no_station(text):
    assert not [p for p in find_places(text) if p.prefecture], text


# --- an award ceremony's venue ----------------------------------------------------------------------

AWARD = ("報道資料\n令和5年10月20日\n総務省\n令和5年度過疎地域持続的発展優良事例表彰の決定\n"
         " 総務省では、過疎地域の持続的発展に資する優れた取組を行っている団体を表彰しています。"
         "このたび、令和5年度の受賞団体を決定しました。\n")


def test_the_venue_of_a_national_ceremony_is_dropped():
    text = AWARD + (" なお、表彰式は、11月に長崎県佐世保市で開催される全国過疎問題シンポジウムにおいて執り行います。\n"
                    "受賞団体 北海道東川町、島根県海士町\n連絡先 総務省地域力創造グループ過疎対策室\n")
    m = derived(text)
    assert "長崎県" not in m.prefecture
    assert {"北海道", "島根県"} <= set(m.prefecture)


def test_winners_named_after_the_ceremonys_holding_words_are_kept():
    text = AWARD + (" なお、表彰式は、11月に長崎県佐世保市で開催される全国過疎問題シンポジウムにおいて執り行い、"
                    "受賞団体のうち北海道東川町及び島根県海士町から事例発表を行います。\n連絡先 総務省地域力創造グループ過疎対策室\n")
    m = derived(text)
    assert "長崎県" not in m.prefecture
    assert {"北海道", "島根県"} <= set(m.prefecture)


# --- towns with their prefecture in brackets closed by a count ---------------------------------------

SURVEY = "報道資料\n令和5年7月1日\n総務省\n地方公共団体における行政手続のオンライン利用状況調査の結果\n"


def test_towns_a_statistic_ranks_are_no_chosen_sites():
    text = SURVEY + (" 総務省は、地方公共団体における行政手続のオンライン利用状況について調査を行い、その結果を取りまとめました。\n"
                     " オンライン利用率が最も高かった団体は、順に、加賀市(石川県)、磐田市(静岡県)、三豊市(香川県)、"
                     "都城市(宮崎県)の4団体であった。\n 全体の利用率は前年度から5.2ポイント上昇した。\n連絡先 自治行政局\n")
    m = derived(text)
    assert m.prefecture == ()
    assert m.region == ("全国",)


def test_towns_above_the_average_are_no_chosen_sites():
    text = SURVEY + (" 利用率が平均を上回ったのは、加賀市(石川県)、磐田市(静岡県)、三豊市(香川県)の3団体であった。\n連絡先 自治行政局\n")
    assert derived(text).prefecture == ()


def test_the_sites_a_programme_chose_are_its_subjects():
    text = ("報道資料\n令和5年7月1日\n総務省\n地域情報化モデル事業の実施地域\n"
            " 総務省は、地域情報化モデル事業について、塩尻市(長野県)、会津若松市(福島県)、前橋市(群馬県)の3地域において"
            "実施することとしました。\n連絡先 情報流通行政局\n")
    assert derived(text).prefecture == ("福島県", "群馬県", "長野県")


# --- numbered case headings under a sentence presenting cases ---------------------------------------


def test_the_offices_to_ask_below_a_report_presenting_cases_are_no_cases():
    text = ("報道資料\n令和5年9月1日\n総務省\n地域情報化アドバイザー派遣事業の成果報告\n"
            " 総務省は、地域情報化アドバイザーの派遣の成果を取りまとめました。報告書では、主な取組事例を紹介します。\n"
            "報告書は、総務省ホームページに掲載しています。\n"
            "問合せ先\n(1) 北海道総合通信局 情報通信部 電話 011-709-2311\n(2) 東北総合通信局 情報通信部 電話 022-221-0632\n")
    m = derived(text)
    assert m.prefecture == ()
    assert m.region == ("全国",)


def test_a_seminars_venues_below_a_sentence_presenting_cases_are_no_cases():
    text = ("報道資料\n令和5年9月1日\n総務省\n自治体DX推進セミナーの開催\n"
            " 総務省は、自治体DXの推進に向けて、自治体DX推進セミナーを開催します。本セミナーでは、先進的な取組事例を紹介します。\n"
            "1 開催概要\n(1) 東京会場\n 日時 令和5年10月10日(火)13時から\n 会場 TKP市ヶ谷カンファレンスセンター\n"
            "(2) 大阪会場\n 日時 令和5年10月17日(火)13時から\n 会場 大阪合同庁舎第4号館\n連絡先 総務省自治行政局\n")
    assert derived(text).prefecture == ()


def test_case_headings_under_the_sentence_are_the_cases():
    text = ("平成11年版 通信白書\n第1章 情報通信の現況\n(3) 地域の情報化\n"
            " 地域の情報化の進展状況を見るため、次のような先進的な取組事例を紹介する。\n"
            "(ア) 大分県の遠隔医療支援システム\n 県では、離島の診療所と県立病院を結ぶシステムを整備している。\n"
            "(イ) 大月町の生活支援情報通信システム\n 町では、高齢者世帯と役場を結ぶシステムを整備している。\n")
    m = derived(text)
    assert {"大分県", "高知県"} <= set(m.prefecture)


# --- a town of a shared name placed by its address ---------------------------------------------------


def test_a_towns_own_address_places_it():
    text = ("ホーム>くらし\n光回線の整備について\n更新日:2023年8月1日\n"
            "美里町では、町内全域で光回線を利用できるよう整備を進めています。\n"
            "問い合わせ先 美里町総務課 メール soumu@town.saitama-misato.lg.jp\n")
    assert derived(text).prefecture == ("埼玉県",)


def test_the_addresses_of_two_towns_of_one_name_place_neither():
    text = ("ワイン用ぶどうの産地の取組\n令和5年6月1日\n"
            "池田町では、町営のワイン城を拠点に観光振興を進めています(https://www.town.ikeda.hokkaido.jp/)。\n"
            "また、池田町では、有機農業の町として食の安全を発信しています(https://www.town.ikeda.fukui.jp/)。\n")
    assert derived(text).prefecture == ()


def test_a_contractors_address_places_no_town():
    text = ("ホーム>入札・契約\n光ファイバ整備工事の入札結果\n更新日:2023年8月1日\n"
            "美里町光ファイバ整備工事の入札結果を公表します。\n落札者 株式会社美里通信 info@misato-tsushin.co.jp\n")
    assert derived(text).prefecture == ()


# --- 本 / 当 glued after a kanji --------------------------------------------------------------------


def test_a_towns_word_for_itself_after_a_word_of_time_is_local():
    text = ("我が国のデジタル化の動向と地域の取組\n令和5年5月10日\n"
            "我が国では、行政手続のオンライン化が進んでいます。\n令和5年度本町の取組として、窓口のキャッシュレス化を進めています。\n")
    assert "全国" not in derived(text).region


def test_a_prefectures_name_holding_hon_is_no_local_voice():
    text = ("我が国のデジタル化の動向\n令和5年5月10日\n"
            "我が国では、行政手続のオンライン化が進んでいます。熊本県や松本市の取組を事例として紹介します。\n")
    assert "全国" in derived(text).region


# --- more pages: station words, ceremonies, counts, dates ---------------------------------------------


@pytest.mark.parametrize("text", [
    "在京局、在阪局及び地方局の番組制作費を比較した。",
    "NTT東日本の中央局から加入者宅までの光ファイバの敷設状況を調べた。",
    "県域局と系列局の間で、災害時の映像の相互提供を行う。",
    "コミュニティ放送局の開局に当たり、各局の担当者が集まった。",
    "郵便局の窓口で、各局長が高齢者の見守りサービスを説明した。",
    "収容局の局舎の耐震化を進めるとともに、基地局の予備電源を強化する。",
])
def test_words_of_broadcasting_and_telecom_are_no_station_of_a_place(text):
    assert not [p for p in find_places(text) if p.prefecture], text


def test_a_national_release_on_a_parent_station_names_its_prefecture():
    text = ("報道資料\n令和5年9月1日\n総務省\n地上基幹放送局の予備免許\n"
            " 総務省は、本日、株式会社エフエム大阪から申請のあった超短波放送の親局(大阪局)の送信所移転について、"
            "予備免許を付与しました。\n連絡先 情報流通行政局放送技術課\n")
    assert "大阪府" in derived(text).prefecture


def test_a_ceremony_whose_winner_speaks_keeps_the_winner():
    text = AWARD + (" 表彰式では、受賞団体を代表して長野県飯田市が取組の発表を行います。\n連絡先 総務省地域力創造グループ\n")
    assert "長野県" in derived(text).prefecture


def test_the_venue_of_a_national_ceremony_in_tokyo_is_dropped():
    text = AWARD + (" なお、表彰式は、2月に東京都千代田区で開催される地域づくり全国大会において執り行います。\n"
                    "受賞団体 岩手県遠野市、高知県馬路村\n連絡先 総務省地域力創造グループ\n")
    m = derived(text)
    assert "東京都" not in m.prefecture
    assert {"岩手県", "高知県"} <= set(m.prefecture)


def test_towns_adopted_closed_by_their_count_are_sites():
    text = ("報道資料\n令和5年5月1日\n総務省\n地域デジタル基盤活用推進事業の採択\n"
            " 総務省は、地域デジタル基盤活用推進事業について、外部有識者による評価を踏まえ、"
            "帯広市(北海道)及び宇和島市(愛媛県)の2市において実施することとしました。\n連絡先 情報流通行政局\n")
    assert derived(text).prefecture == ("北海道", "愛媛県")


def test_an_era_year_with_a_slash_day_in_a_news_list():
    text = "ホーム>新着情報\n新着情報\n平成31年04/26(金) 大型連休中の窓口業務について\n平成31年04/10(水) 広報4月号\n"
    assert derived(text, "新着情報").year == 2019


def test_entries_that_fit_the_stamps_own_year_stay_there():
    text = ("ホーム>トピックス\nトピックス\n更新日:2023年11月10日\n11月4日(土曜日)\n"
            "市内の小学校でプログラミング教室を開催しました。\n10月28日(土曜日)\n総合防災訓練を実施しました。\n")
    assert derived(text, "トピックス").year == 2023


def test_a_day_told_done_in_a_sentence_after_a_stale_stamp_moves_the_year():
    text = ("ホーム>研究会\nスマート農業研究会\n更新日:令和2年12月10日\n"
            "令和2年12月9日に研究会を設立しました。\n2月10日(水)に第2回研究会を開催しました。\n")
    assert derived(text, "スマート農業研究会").year == 2021


def test_a_schedule_of_coming_days_alone_on_their_lines_moves_no_year():
    text = ("ホーム>行事予定\n1月の行事予定\n更新日:2023年12月25日\n1月8日(月曜日)\n二十歳のつどい(市民会館)\n"
            "1月14日(日曜日)\n消防出初式\n")
    assert derived(text, "1月の行事予定").year == 2023


def test_a_registration_closed_in_the_past_tells_no_day_done():
    text = ("ホーム>講座\nICT講座\n更新日:2023年12月5日\n1月20日(土)開催の講座の講師が決まりました。\n"
            "お申し込みは1月10日(水)までにお願いします。\n")
    assert derived(text, "ICT講座").year == 2023


def test_a_prefectures_address_places_no_town_of_a_shared_name():
    text = ("ホーム>くらし\n光回線の整備について\n更新日:2023年8月1日\n"
            "美里町では、町内全域で光回線を利用できるよう整備を進めています。\n"
            "県の担当 地域振興課 メール chiiki@pref.miyagi.lg.jp\n")
    assert derived(text).prefecture == ()


def test_the_local_voice_after_this_time_word():
    text = ("全国瞬時警報システムの全国一斉情報伝達試験\n令和5年5月10日\n"
            "我が国では、全国一斉に情報伝達試験が行われます。\n今回当市では、防災行政無線から試験放送を行います。\n")
    assert "全国" not in derived(text).region


def test_a_station_of_another_prefecture_received_by_a_town_is_no_place_of_its_page():
    text = ("ホーム>くらし>テレビ\nテレビの受信について\n更新日:2023年4月1日\n"
            "佐賀県みやき町の一部地域では、福岡局の電波を受信してテレビを視聴しています。\n"
            "受信に関する相談は、総務課へお問い合わせください。\n")
    assert derived(text).prefecture == ("佐賀県",)


def test_a_bureaus_reception_aid_for_a_town_receiving_a_neighbours_station():
    text = ("報道資料\n令和5年4月1日\n九州総合通信局\n地上デジタル放送の受信対策\n"
            " 九州総合通信局は、佐賀県鳥栖市の一部地域において、福岡局の電波を受信するための共聴施設の整備を支援します。\n"
            "連絡先 九州総合通信局放送部\n")
    assert derived(text).prefecture == ("佐賀県",)


def test_a_relay_station_not_received_in_its_own_area_keeps_its_place():
    text = ("報道資料\n令和5年4月1日\n北海道総合通信局\n置戸中継局の受信障害対策\n"
            " 北海道総合通信局は、置戸中継局の電波が受信できない世帯の解消に向けて、共聴施設の整備を支援します。\n"
            "連絡先 北海道総合通信局放送課\n")
    assert derived(text).prefecture == ("北海道",)


@pytest.mark.parametrize("subject", ["東日本大震災は、3月11日14時46分に", "阪神・淡路大震災は、1月17日5時46分に"])
def test_a_great_earthquake_remembered_gives_no_day_of_the_titles_year(subject):
    text = (f"令和5年度 防災講演会の開催結果\n {subject}発生し、本市にも大きな被害をもたらした。\n"
            " 講演会には、市民約200名が参加しました。\n")
    m = derived(text)
    assert m.fiscal_year == 2023
    assert m.year in (None, 2023)


def test_an_earthquake_of_the_titles_year_with_its_hour_is_read_in_it():
    text = ("令和5年度 能登半島地震への対応状況\n 地震は、1月1日16時10分頃に石川県能登地方で発生した。\n"
            " 本県では、通信障害の復旧に当たった。\n")
    assert derived(text).year == 2024


@pytest.mark.parametrize("sentence", [
    " 総務省は、革新的情報通信技術研究開発委託事業について、日本電気株式会社(東京都)、富士通株式会社(神奈川県)、"
    "国立大学法人大阪大学(大阪府)の3事業者を採択しました。\n",
    " 総務省は、地域情報化推進事業について、一般社団法人地域創生機構(東京都)、特定非営利活動法人情報化支援協会(大阪府)"
    "の2団体を採択しました。\n",
])
def test_the_seats_of_adopted_companies_are_no_sites_closed_by_a_count(sentence):
    from ictsearch.indexer.metadata.regions import _sites_counted
    assert _sites_counted(sentence, find_places(sentence)) == set()


def test_towns_with_their_prefectures_closed_by_a_count_are_sites_counted():
    from ictsearch.indexer.metadata.regions import _sites_counted
    sentence = " 9年度においては、新たに、田園型が花巻市(岩手県)、飯山市(長野県)、都市型が上越市(新潟県)の3地域において実施されている。\n"
    places = find_places(sentence)
    assert {places[i].prefecture for i in _sites_counted(sentence, places)} == {"岩手県", "長野県", "新潟県"}


def test_winners_named_in_a_clause_before_the_venue_are_kept():
    text = AWARD + (" なお、表彰式は、受賞団体である北海道東川町及び島根県海士町の代表者を招き、東京都千代田区で開催される"
                    "地域づくり全国大会において執り行います。\n連絡先 総務省地域力創造グループ過疎対策室\n")
    m = derived(text)
    assert "東京都" not in m.prefecture
    assert {"北海道", "島根県"} <= set(m.prefecture)
