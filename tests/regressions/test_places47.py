"""places47: pages whose prefecture the code left empty though the text names it — a town's name run into the
word before it by extraction (回答明日香村は), a road named for its place on a page that names no other (新山梨環状道路),
a designated city's stem that a small town shares in an office's name (神戸地方気象台), an area's mountain (阿蘇山);
each with pages of the kind where the change must not fire (a mayor's surname before 市長, a road on a national page or
in a 県道's 〜線, the small town written in full, a mountain's name inside a longer word)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, regions


def _meta(text: str, title: str = "", url: str | None = None):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=url)


def _prefs(text: str) -> set[str]:
    return {p.prefecture for p in regions.find_places(text) if p.prefecture}


# --- a town glued to the word before it --------------------------------------------------------------------------

_VILLAGE_QA = ("明日香座 平成26年度 第11回開催\n\n"
               "質問観光客向けにWi-Fiを整備してほしい。\n"
               "回答県では、今年度中に公園内でWi-Fiが使用可能になる。村でも観光対策として今後検討していきたい。\n"
               "質問高齢者の見守りはどうなっているか。\n"
               "回答明日香村は、地域内での人間関係のつながりが強く、見守りの体制も整っています。\n")


def test_a_village_run_into_the_answer_label_is_read():
    m = _meta(_VILLAGE_QA)
    assert m.prefecture == ("奈良県",) and m.region == ("近畿",)


def test_a_city_hall_run_into_a_heading_is_read():
    text = ("RPAとAI-OCRの導入による業務改革\n"
            "(4)効果業務時間を年間約2,000時間削減しました。(5)人材育成亀岡市役所の職員が自らシナリオを作成しています。\n")
    assert _prefs(text) == {"京都府"}


def test_a_mayors_surname_glued_to_a_city_is_no_city():
    # 「小田川市長」 is Mr 小田川 the mayor, not 福岡県's 田川市.
    text = "連携協定締結式\n令和5年4月、小田川市長と一般社団法人日本IT団体連盟の会長が協定書に署名しました。\n"
    assert "福岡県" not in _prefs(text)


def test_a_longer_word_ending_in_a_town_name_stays_that_word():
    # 木更津市 holds 津市 (三重県); 大府中市 is no word, but 府中市 has two prefectures and is left alone.
    assert _prefs("木更津市は、港のまちです。") == {"千葉県"}
    assert _prefs("新大府中市は、架空の市です。") == set()


# --- a road named for its place ------------------------------------------------------------------------------------

_GOVERNOR = ("知事記者会見 平成24年7月24日\n\n"
             "リニア中央新幹線の開業に伴う需要予測の結果について申し上げます。"
             "リニア新駅に上下線とも停車すること、さらにリニア開業時には、中部横断自動車道や新山梨環状道路などは"
             "整備済みであることを想定いたしました。\n")


def test_a_governors_conference_naming_only_its_road_is_placed():
    m = _meta(_GOVERNOR)
    assert m.prefecture == ("山梨県",) and m.region == ("関東",)


def test_a_road_that_is_no_place_gives_nothing():
    assert regions.road_prefectures("中央自動車道と首都高速道路、西日本高速道路の区間") == ()


def test_a_prefectural_roads_line_is_not_read():
    # The readers left 「県道安芸中インター線」 alone to the page's address (realdocs dev r4207).
    text = ("令和5年第3回定例会\n事故は、元気バスが市道職安通り線を東進し、県道安芸中インター線との交差点の"
            "一時停止線で停止した際に発生いたしました。\n")
    assert _meta(text).prefecture == ()


def test_a_road_beside_a_written_place_adds_nothing():
    # The road is read only on a page with no other place: here 長野県 is written and the road's 山梨 is passing.
    text = ("長野県の観光振興について\n長野県では、中部横断自動車道や新山梨環状道路の開通を見据え、県内の周遊観光を"
            "進めてまいります。\n")
    assert _meta(text).prefecture == ("長野県",)


def test_a_national_page_on_roads_stays_national():
    text = ("高速道路の料金施策について\n国土交通省では、全国の高速道路ネットワークの整備を進めており、"
            "東京外かく環状道路の開通により、全国の物流が効率化されます。全国の道路利用者の皆様のご協力をお願いします。\n")
    m = _meta(text)
    assert "東京都" not in m.prefecture


# --- a designated city's stem in an office's name ------------------------------------------------------------------


def test_a_weather_office_named_for_its_designated_city_is_that_city():
    text = ("気象台の取組\n神戸地方気象台では、実験装置の展示や観測機器の見学会を行いました。"
            "また、市町の防災担当者向けにオンラインで気象防災ワークショップを開催しました。\n")
    assert _meta(text).prefecture == ("兵庫県",)


def test_the_small_town_of_the_same_stem_written_in_full_keeps_its_prefecture():
    text = "神戸町役場では、マイナンバーカードの休日交付窓口を開設します。\n"
    assert _prefs(text) == {"岐阜県"}


def test_a_designated_citys_stem_as_a_surname_is_no_place():
    text = "講演 川崎 一郎 氏(株式会社○○ 代表取締役)による地域DXの事例紹介を行いました。\n"
    assert _prefs(text) == set()


# --- an area's mountain ------------------------------------------------------------------------------------------


def test_an_areas_mountain_is_the_area():
    text = ("提案への回答\n気象庁から「新しい降灰予報」の運用が開始されましたが、本県でも阿蘇山の火山活動の活発化に伴い、"
            "降灰による影響や被害が深刻な問題となっています。\n")
    assert _prefs(text) == {"熊本県"}


def test_an_area_glued_into_a_longer_word_is_not_the_area():
    # 山 must end the word: 阿蘇山田 (a person's or a firm's name) is not read.
    assert _prefs("担当 阿蘇山田商店\n") == set()
