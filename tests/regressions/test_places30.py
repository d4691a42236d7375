"""places30: a policy officer filtering real pages by 地域 and 都道府県 — a bureau's report of a
meeting held in one town whose lead sentence also names where the series goes next."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, url: str | None = None):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"), url=url)


def _meeting(lead: str) -> str:
    return ("総務省トップ > 組織案内 > 地方支分部局 > 東北総合通信局 > 「地域情報化推進会議(第3回)」を開催\n"
            "「地域情報化推進会議(第3回)」を開催\n令和4年2月10日\n"
            f" {lead}\n"
            " 会議では、自治体の職員と企業の担当者が、地域の課題と情報通信技術の活用について意見を交わしました。\n")


HELD_IN_ONE_TOWN = _meeting(
    "総務省は、2月3日(木)、山形県鶴岡市において「地域情報化推進会議(第3回)」を開催しました。"
    "これは全国で順次開催するもので、今後、長崎県諫早市、岡山県津山市でも開催する予定です。")


def test_the_town_a_sentence_says_the_meeting_was_held_in_is_the_pages():
    # A line naming three places read as a row of a list, so 山形県 scored no more than the towns
    # the series goes to next, and no prefecture was kept.
    m = _derive(HELD_IN_ONE_TOWN)
    assert m.region == ("東北",)
    assert m.prefecture == ("山形県",)


def test_a_sentence_listing_places_without_saying_where_it_was_held_stays_a_list():
    # Control: the same line naming three towns as the places of a programme, no venue among them.
    m = _derive(_meeting(
        "総務省は、山形県鶴岡市、長崎県諫早市、岡山県津山市の取組を先進事例として紹介しました。"))
    assert "長崎県" not in m.prefecture and "岡山県" not in m.prefecture


CEREMONY = ("令和3年12月21日掲載\n日本郵便株式会社と包括連携に関する協定を締結しました\n"
            " 市は、日本郵便株式会社と包括連携に関する協定締結式を12月20日、ビッグルーフ滝沢で開催しました。"
            "協定では、高齢者の見守りや災害時の支援などについて連携・協力していきます。\n")


def test_a_hall_named_after_its_town_places_a_town_page_that_writes_only_市は():
    # The town's own page names itself only as 市は; its venue, a katakana name ending in the
    # town's name (滝沢 -> 滝沢市, 岩手県), was the one place on it and was not read.
    m = _derive(CEREMONY)
    assert m.prefecture == ("岩手県",)
    assert m.region == ("東北",)


def test_a_katakana_word_before_a_town_stem_is_no_venue_without_で_or_にて():
    # 滝沢 after katakana with nothing saying a place of holding (ビッグルーフ滝沢の歴史) is not read,
    # nor is any katakana word that happens to run into a town's stem.
    from ictsearch.indexer.metadata.regions import find_places
    assert not find_places("市は、ビッグルーフ滝沢の歴史をまとめた冊子を作成しました。")
    assert [p.prefecture for p in find_places("協定締結式をビッグルーフ滝沢で開催しました。")] == ["岩手県"]


SEMINAR_AFTER_A_QUAKE = (
    "報道資料\n令和6年6月3日\n四国総合通信局\n〈高松市で「非常通信セミナー」を開催〉\n"
    "四国総合通信局は、四国地方非常通信協議会との共催により、「非常通信セミナー」を高松市内で開催します。\n"
    " 近年、大規模災害への備えは喫緊の課題となっています。四国地方においても、本年4月の愛媛県南部を震源とする"
    "地震により被害が発生しています。\n"
    " 本セミナーでは、災害時の通信手段の確保について、専門家が講演を行います。\n"
)


def test_a_quake_named_by_its_epicentre_is_background_not_the_seminars_place():
    # 「愛媛県南部を震源とする地震」 is why a seminar in 高松市 is timely: 愛媛県 was read as a
    # place of the head and, inside the bureau's block, kept on that one mention.
    m = _derive(SEMINAR_AFTER_A_QUAKE)
    assert m.prefecture == ("香川県",)
    assert m.region == ("四国",)
