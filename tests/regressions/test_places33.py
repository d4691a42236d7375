"""places33: a policy officer filtering real pages by 地域 and 都道府県 — a White Paper's section saved
alone, opening on its chapter's heading."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, url: str | None = None):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"), url=url)


SECTION = ("{heading}\n"
           "1.小規模事業者の経営基盤の強化\n"
           "物価高騰や人手不足の影響を受ける小規模事業者に対し、販路開拓や業務効率化の取組を支援した。"
           "また、商工会及び商工会議所による伴走型の経営相談を拡充した。\n"
           "2.事業承継の促進\n"
           "後継者不在の事業者の円滑な事業承継を後押しするため、専門家派遣の対象を拡大した。\n")


def test_a_page_opening_on_a_chapters_heading_is_a_white_papers_section():
    # A ministry's White Paper section saved alone, its edition only in its address, names no place
    # and no national word: it got no region.
    assert _derive(SECTION.format(heading="第5章 その他の小規模企業振興関係施策")).region == ("全国",)
    assert _derive(SECTION.format(heading="\n第2節 小規模企業の経営支援")).region == ("全国",)


def test_a_chapter_heading_inside_a_page_or_on_a_towns_plan_is_no_national_voice():
    # Controls: a chapter cited further down (the page opens on something else), and a town's plan
    # opening on its chapter but writing of its own things (住民, 窓口), stay without a region.
    cited = SECTION.format(heading="支援策の概要\n経営支援の取組\n資料について\n第5章 その他の施策")
    assert _derive(cited).region == ()
    plan = SECTION.format(heading="第2章 計画の基本方針") + "住民の皆さまの相談は窓口で受け付けます。\n"
    assert _derive(plan).region == ()


MINUTES = ("第3回オンライン診療の推進に関する検討会 議事録\n"
           "日時\n令和6年10月7日(月)10時00分~12時00分\n"
           "場所\nTKP会議室 ホールA\n({address})\n"
           "議事\n"
           "○山田補佐 定刻になりましたので、ただ今より会議を開催いたします。"
           "本日は、すべての構成員の皆様にオンラインにて御出席いただいております。\n")


def test_a_venues_street_address_opening_with_uchi_is_no_local_territory():
    # 千代田区内幸町 was read as 区内, a ward's own territory, and the national study group's minutes,
    # naming no place but their venue, got no region.
    assert _derive(MINUTES.format(address="東京都 千代田区内幸町1-3-1 幸ビルディング15階")).region == ("全国",)


def test_a_wards_own_territory_still_makes_a_local_page():
    # Control: 区内 of a ward's page (区内の小中学校で) is still its own territory.
    page = MINUTES.format(address="区役所 第一会議室") + "区内の小中学校で端末の更新を進めます。\n"
    assert _derive(page).region == ()


CONFERENCE = ("令和元年6月12日市長記者会見\n"
              "ページ番号1004321\n更新日:2019年6月14日\n"
              "発表事項\n1 サテライトオフィスの開設について\n2 夏のイベントについて\n"
              "質疑応答\n"
              "動画は、次のリンクからご覧いただけます。\n"
              "市長\n"
              "本日は、IT企業のサテライトオフィス開設についてお知らせします。"
              "{first}に開発拠点を設けるもので、中四国で初めてとなります。\n"
              "記者\n地元での採用は何人くらいを見込んでいますか。\n"
              "市長\n{second}での採用を、まず10人程度と聞いております。\n")


def test_a_mayors_press_conference_is_about_the_place_it_names_most():
    # The city named twice, written bare, beside 中四国 (read as 四国): no prefecture passed, and the
    # mayor's press conference got no place.
    m = _derive(CONFERENCE.format(first="岡山市", second="岡山市"))
    assert m.prefecture == ("岡山県",)
    assert "中国" in m.region


def test_a_press_conference_naming_two_places_alike_stays_unplaced():
    # Control: two cities of two prefectures, once each, leave the page without a prefecture.
    assert _derive(CONFERENCE.format(first="岡山市", second="高松市")).prefecture == ()
