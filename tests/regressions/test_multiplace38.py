"""multiplace38: pages about several prefectures at once — the prefectures a disaster report names as
struck, the towns a national report lists each with its prefecture in brackets — and the pages where
those readings must not fire (a drill's scenario, a guest's talk, a governor's week, a ranking)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, path: str = "page.txt"):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path(path))


# --- where a disaster struck -------------------------------------------------------------------

OUTAGES = (
    "台風第16号による通信・放送の被害状況\n"
    "【区分】\n台風第16号\n被害発生期\n"
    "○通信関係の状況(総務省調べ:9月3日17時00分現在)\n"
    "・ケーブル断等の影響により、宮崎県や高知県等において、約3,700回線が不通となったが、9月2日までに復旧済み。\n"
    "○放送関係の状況\n"
    "・停電の影響により、鹿児島県内の2局が停波し、約330世帯が受信できない状況であったが、8月31日に復旧済み。\n"
    "・停電の影響により、広島県内の1局が停波したが、同日中に復旧済み。\n"
)


def test_a_disaster_report_keeps_each_prefecture_struck():
    m = _derive(OUTAGES)
    assert m.prefecture == ("広島県", "高知県", "宮崎県", "鹿児島県")
    assert set(m.region) >= {"中国", "四国", "九州"}


TYPHOONS = (
    "第2節 平成16年の風水害\n"
    " 平成16年は、観測史上最多の10個の台風が上陸した。9月29日に上陸した台風第21号では三重県、愛媛県等で"
    "大規模な土砂災害等が発生した。さらに、10月20日に上陸した台風第23号では兵庫県北部を中心に大規模な"
    "浸水被害が発生した。\n"
)


def test_a_report_of_typhoons_keeps_the_prefectures_they_struck():
    m = _derive(TYPHOONS)
    assert {"三重県", "愛媛県", "兵庫県"} <= set(m.prefecture)


# Must not fire: damage foreseen in a drill's scenario is no disaster that struck.
DRILL = (
    "南海トラフ地震を想定した図上訓練の実施について\n"
    "令和5年11月20日\n消防庁\n"
    " 消防庁は、南海トラフ地震の発生により静岡県、和歌山県及び高知県等で甚大な被害が想定されることから、"
    "緊急消防援助隊の初動対応に関する図上訓練を実施します。\n"
    "問い合わせ先 消防庁広域応援室\n"
)


def test_a_drills_scenario_is_not_where_damage_happened():
    m = _derive(DRILL)
    assert not {"静岡県", "和歌山県", "高知県"} & set(m.prefecture)


# Must not fire: a guest's talk on past disasters (the talk's topics), on a bureau's seminar page.
TALK = (
    "非常通信協議会 防災セミナーを開催しました\n"
    "令和元年7月10日\n四国総合通信局\n"
    " 四国地方非常通信協議会は、高松市において防災セミナーを開催しました。\n"
    " 総務省重要無線室の岡本課長補佐から、昨年の西日本豪雨では岡山県や広島県等において防災無線の被害が"
    "発生したこと、北海道内の基地局が停電により停波したことについて講演がありました。\n"
)


def test_a_talk_on_past_disasters_does_not_place_the_seminar_there():
    m = _derive(TALK)
    assert not {"岡山県", "広島県", "北海道"} & set(m.prefecture)
    assert "四国" in m.region


# Must not fire: a governor's week, one prefecture a meeting's venue and another a visit to a
# disaster's site (the damage word is the second place's, not the first's).
GOVERNOR = (
    "知事定例記者会見(令和6年6月5日)\n"
    "【知事からの発表事項】\n"
    "1 梅雨の時期を迎えるにあたって\n"
    "2 本県の防災訓練の実施について\n"
    "3 県民の皆様へのお願い\n"
    "○知事:本日は3点申し上げます。まず、梅雨の時期の大雨への備えです。\n"
    "○知事:次に、今月末に本県の総合防災訓練を行います。\n"
    "○知事:最後に、ハザードマップの確認をお願いします。\n"
    "【質疑応答】\n"
    "○記者:先週、福井県で全国知事会、石川県で能登半島地震の被災地復旧事業の視察をされました。所感を。\n"
    "○知事:本県としても、できる支援を続けてまいります。\n"
)


def test_a_meetings_venue_beside_a_visit_to_a_disaster_site_is_no_scene():
    m = _derive(GOVERNOR)
    assert "福井県" not in m.prefecture
    assert "struck" not in m.sources.get("region", "")


# Must not fire: a page that is not a disaster report (no disaster in its title or first lines)
# recalling past damage in passing.
GRANT = (
    "ケーブルテレビネットワーク光化による耐災害性強化事業の公募\n"
    "令和5年4月3日\n総務省\n"
    " 総務省は、ケーブルテレビネットワークの光化を支援する事業の公募を開始します。\n"
    " 同軸ケーブルの設備は、浸水や停電に弱く、\n過去には、熊本県や岡山県等で浸水被害により設備が損壊した"
    "例もあります。\n"
)


def test_past_damage_recalled_by_a_grant_call_is_passing():
    m = _derive(GRANT)
    assert not {"熊本県", "岡山県"} & set(m.prefecture)
    assert m.region == ("全国",)


# --- towns listed each with its prefecture in brackets ------------------------------------------

SITES = (
    "平成8年版 通信白書\n"
    "本文へジャンプ メニューへジャンプ\n"
    "トップページへ戻る\n"
    "操作方法\n"
    "目次の階層をすべて開く 目次の階層をすべて閉じる\n"
    "第2章 情報通信政策の動向\n"
    "(6) 地域・生活情報通信基盤高度化事業の推進\n"
    " 本事業は、地方公共団体等が高度なネットワークインフラを利用して公的サービスを提供するための施設整備を"
    "支援するものである。\n"
    " 7年度においては、新世代地域ケーブルテレビ(田園型)については、三沢市(青森県)、米沢市・南陽市・"
    "高畠町(山形県)、氷見"
)


def test_a_national_reports_sites_in_brackets_are_its_subjects_when_no_count_closes_them():
    m = _derive(SITES)
    assert {"青森県", "山形県"} <= set(m.prefecture)
    assert {"全国", "東北"} <= set(m.region)


# Must not fire: a nationwide statistic ranking towns.
RANKING = (
    "報道資料\n令和5年3月31日\n総務省\n"
    "マイナンバーカードの市区町村別交付状況の公表\n"
    " 総務省は、令和5年3月末時点のマイナンバーカードの交付状況を取りまとめました。\n"
    "1 概要\n"
    " 全国の交付枚数は約8,400万枚、人口に対する交付率は67.0%となりました。\n"
    "2 都道府県別の状況\n"
    " 都道府県別の交付率は別紙1のとおりです。\n"
    "3 市区町村別の状況\n"
    " 交付率が最も高かった団体は、順に、都城市(宮崎県)、養父市(兵庫県)、西米良村(宮崎県)でした。\n"
    "連絡先 総務省自治行政局住民制度課\n"
)


def test_a_ranking_of_towns_in_brackets_is_no_list_of_sites():
    m = _derive(RANKING)
    assert not {"宮崎県", "兵庫県"} & set(m.prefecture)


# Must not fire: the venues of past meetings.
VENUES = (
    "報道資料\n令和6年5月10日\n総務省\n"
    "「地域情報化シンポジウム」の開催\n"
    " 総務省は、地域情報化の取組を紹介するシンポジウムを東京で開催します。\n"
    " これまでの開催地は、札幌市(北海道)、松江市(島根県)、高知市(高知県)でした。\n"
    "連絡先 総務省情報流通行政局地域通信振興課\n"
)


def test_past_venues_in_brackets_are_not_the_pages_places():
    m = _derive(VENUES)
    assert not {"北海道", "島根県", "高知県"} & set(m.prefecture)


# Must not fire: a city's own page telling its residents of a disaster elsewhere.
CITY = (
    "地震に備えて家具の固定をお願いします\n"
    "更新日:2024年2月1日\n"
    "危機管理課\n"
    " 令和6年能登半島地震では、石川県や富山県等で多くの家屋の倒壊被害が発生しました。\n"
    " 本市でも大きな地震はいつ起きるか分かりません。市民の皆様は、家具の固定や非常持出品の準備を"
    "お願いします。\n"
)


def test_a_city_telling_of_a_disaster_elsewhere_is_not_about_those_prefectures():
    m = _derive(CITY)
    assert not {"石川県", "富山県"} & set(m.prefecture)


# Must not fire: the whole country, 「北海道から沖縄まで」, is no enumeration of scenes.
NATIONWIDE = (
    "令和5年台風第7号による通信の被害状況(第3報)\n"
    "令和5年8月17日\n総務省\n"
    " 台風第7号の影響で、北海道から沖縄まで全国各地で停電などによる携帯電話基地局の停波が発生しました。\n"
    " 各事業者は移動電源車の配備等により復旧に努めています。\n"
    "連絡先 総務省総合通信基盤局電気通信事業部\n"
)


def test_from_hokkaido_to_okinawa_is_the_country_not_two_scenes():
    m = _derive(NATIONWIDE)
    assert not {"北海道", "沖縄県"} & set(m.prefecture)
    assert m.region == ("全国",)


# --- a disaster named by its prefectures' short names -------------------------------------------

RAINS = (
    "第2節 平成16年の風水害\n"
    " 平成16年7月12日から13日にかけて発生した新潟・福島豪雨では信濃川水系五十嵐川・刈谷田川等で、また、"
    "同月17日から18日の福井豪雨では九頭竜川水系足羽川等で堤防が決壊し、市街地が浸水した。\n"
)


def test_a_disaster_named_by_its_prefectures_and_told_as_damage_places_each():
    m = _derive(RAINS)
    assert {"新潟県", "福島県", "福井県"} <= set(m.prefecture)


# Must not fire: disasters named as history, as a list, or foreseen (東南海・南海地震 is no prefecture's).
HISTORY = (
    "防災科学技術研究所のあゆみ\n"
    " 昭和38年、国立防災科学技術センターが設立された。その頃、わが国は38豪雪(1963年)や新潟地震(1964年)"
    "など大規模な自然災害を経験し、これらの経験が研究施設の拡充につながった。\n"
    " 平成28年は、熊本地震、台風10号など相次ぐ自然災害により大きな被害が出た一年でもあった。\n"
    " 東南海・南海地震では甚大な被害が想定されており、観測網の整備を進めている。\n"
)


def test_disasters_named_as_history_a_list_or_a_scenario_place_nothing():
    m = _derive(HISTORY)
    assert not {"新潟県", "熊本県", "和歌山県"} & set(m.prefecture)


# Must not fire: a White Paper's section recounting a disaster as the background of the country's policy.
WHITE_PAPER = (
    "令和元年版 情報通信白書\n"
    "第1部 特集 進化するデジタル経済とその先にあるSociety 5.0\n"
    "第3節 災害に強い情報通信ネットワークの構築\n"
    "1 平成30年の災害と通信\n"
    " 平成30年は、7月豪雨、台風第21号、北海道胆振東部地震と大規模な災害が相次いだ。\n"
    " 台風第21号では、大阪府、京都府等で大規模な停電が発生し、携帯電話基地局の停波が相次いだ。\n"
    " こうした経験を踏まえ、総務省では、災害時の通信確保に向けた取組を進めている。\n"
)


def test_a_white_papers_recounted_disaster_does_not_place_the_section():
    m = _derive(WHITE_PAPER)
    assert not {"大阪府", "京都府"} & set(m.prefecture)
    assert "全国" in m.region
