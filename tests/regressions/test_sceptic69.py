"""sceptic69: pages where places47's rules misfired (a road list naming one expressway named for a town, a bay's
road, a mountain among mountains, a director's family name before センター長, a council chairman's family name glued
before 市議会議長), each beside the page of the same kind where the rule must still fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, regions


def _meta(text: str):
    return derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt"))


def _prefs(text: str) -> set[str]:
    return {p.prefecture for p in regions.find_places(text) if p.prefecture}


# --- roads ---------------------------------------------------------------------------------------------------------


def test_a_carriers_list_of_expressways_is_no_prefecture():
    # 松山自動車道 is the national network's road to 松山 (from 香川県 too), one of four in a coverage notice.
    text = ("高速道路トンネル内の携帯電話サービスエリア拡大のお知らせ\n"
            "当社は、以下の区間のトンネル内で5Gサービスを開始しました。東名高速道路、名神高速道路、中国自動車道、"
            "松山自動車道。今後も順次拡大してまいります。\n")
    m = _meta(text)
    assert m.prefecture == () and "四国" not in m.region


def test_a_request_naming_an_expressway_named_for_a_town_is_no_prefecture():
    text = ("携帯電話不感地域解消の要望\n高速道路のトンネル内の不感区間の解消を求めます。特に、中央自動車道と"
            "長野自動車道では、通話が途切れる区間が多く残っています。\n")
    assert _meta(text).prefecture == ()


def test_a_bays_road_is_no_prefecture():
    # 伊勢湾岸自動車道 runs along the bay through 愛知県 and 三重県; 東京湾岸道路 through 千葉・東京・神奈川.
    text = ("ETC2.0の活用\nETC2.0の経路情報を活用した物流支援の実証を、新東名高速道路と伊勢湾岸自動車道で"
            "行いました。\n")
    assert _meta(text).prefecture == ()
    assert regions.road_prefectures("東京湾岸道路と大阪湾岸道路の渋滞") == ()


def test_a_local_expressway_with_more_than_its_towns_name_is_still_read():
    # A qualified name (…東部, …環状) is the local body's own road, as places47's 新山梨環状道路.
    assert regions.road_prefectures("高知東部自動車道の整備促進") == ("高知県",)
    assert regions.road_prefectures("中部横断自動車道や新山梨環状道路などは整備済み") == ("山梨県",)


# --- an area's mountain --------------------------------------------------------------------------------------------


def test_a_mountain_among_mountains_on_a_climbing_apps_page_stays_national():
    text = ("登山安全アプリ\n本アプリは、全国の山で使えます。富士山や阿蘇山、岩手山などの主要な山で、"
            "位置情報を家族に知らせます。\n")
    m = _meta(text)
    assert m.prefecture == () and m.region == ("全国",)


def test_a_list_of_volcanoes_reads_none_of_them_through_their_mountain():
    assert _prefs("常時観測火山の例：阿蘇山・浅間山・御嶽山") == set()


def test_one_mountain_of_the_page_is_still_its_area():
    assert _prefs("本県でも阿蘇山の火山活動の活発化に伴い、降灰の被害が出ています。") == {"熊本県"}


# --- a designated city's stem as a family name ---------------------------------------------------------------------


def test_a_directors_family_name_before_center_cho_is_no_city():
    text = "センター開所式\n開所式では、川崎センター長から、地域のDX推進に向けた抱負が述べられました。\n"
    assert _meta(text).prefecture == ()


def test_a_venue_named_for_the_city_is_still_the_city():
    assert _prefs("説明会は、川崎センターで開催します。") == {"神奈川県"}


# --- a town glued to the word before it ----------------------------------------------------------------------------


def test_a_council_chairmans_family_name_glued_is_no_town():
    text = "新年交礼会\n来賓挨拶小林市議会議長から、地域のデジタル化について祝辞をいただきました。\n"
    assert _meta(text).prefecture == ()


def test_a_councils_own_page_glued_to_its_menu_is_still_read():
    # (places47's r1830: 「トップ市政情報足利市議会情報公開」)
    assert _prefs("トップ市政情報足利市議会情報公開視察報告書") == {"栃木県"}


def test_an_areas_name_in_a_family_name_ending_in_yama_is_no_area():
    # 佐渡山 and 伊豆山 are family names (before a given name or an honorific), not 佐渡's or 伊豆's mountain.
    assert _prefs("講演　講師　佐渡山 豊 氏（株式会社○○）\n") == set()
    assert _prefs("委員長　伊豆山 一郎、副委員長　山田 花子\n") == set()
    assert _prefs("佐渡山さんが、事例を説明しました。") == set()


def test_a_district_written_after_its_city_is_no_town_of_another_prefecture():
    # 昭和町 and 千代田町 are districts of 大阪市 and 名古屋市 here, not 山梨県's and 群馬県's towns.
    text = ("地域の見守り活動\n名古屋市中区千代田町では、町内会がICTを活用した見守りを始めました。"
            "大阪市阿倍野区昭和町では、商店街がキャッシュレス決済を導入しました。\n")
    assert _prefs(text) == {"愛知県", "大阪府"}
    assert _prefs("事業の概要\n市内大和町では、光回線の整備が完了しました。\n") == set()
    # A former town merged into a city: 新潟県 had a 大和町 too (now 南魚沼市).
    assert _prefs("地域の歴史\n合併前の旧大和町では、ケーブルテレビ網を整備していました。\n") == set()


def test_a_village_glued_to_a_heading_is_still_read():
    # (places47's r347: a heading run into the sentence.)
    assert _prefs("村の概要日高村は、県の中央部に位置しています。") == {"高知県"}
