"""sceptic75: pages of my own, written in the style of real ones, where themes62's forms misfired — captions that ARE
a page's content (its only account of a programme, a list of case studies one line each) lost their theme, and relay
stations of a fire service's or a trunked radio were read as a broadcaster's."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _relay_stations

RADIO = "電波・周波数"
BROADCAST = "放送"
TELEWORK = "働き方・テレワーク"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A prefecture's collection of firms' cases, one line each: the lines are the page's content, not photos' captions.
CASES = """中小企業のデジタル化事例集
 県内企業のデジタル化の取組を紹介します。
株式会社山田製作所 テレワーク導入の様子
株式会社川口商店 在宅勤務の様子
"""

# A bureau's page on its volunteers (themes62's own page): the 電波教室 captions still count for no theme.
VOLUNTEERS = """電波適正利用推進員の活動
 電波適正利用推進員は、地域社会に密着した立場から、電波のルールに関する周知啓発や混信などの相談に応じる民間ボランティアです。
 推進員は、無線局の開設や運用に関する相談を受け、必要に応じて総合通信局の相談窓口を紹介しています。また、不法電波の電波監視に協力しています。
【電波教室】

電波教室の様子

【小学校での電波教室】

小学校での電波教室の様子
"""

# A fire department's page on its digital radio's relays: a licensed radio system, no broadcaster.
FIRE = """消防救急無線の中継局の整備について
 消防本部では、消防救急無線のデジタル化に伴い、山間部の通信を確保するため中継局を整備しました。
 新たな中継局は、市北部の山頂に設置し、救急車や消防車と指令センターの無線通信を中継します。
 中継局の運用開始は令和6年4月1日です。
"""

# A city's notice that the trunked radio it used is closing: MCA's relay stations are the carrier's, not a broadcaster's.
MCA = """MCA無線の中継局の廃止について
 市では、災害時の通信手段としてMCA無線を利用してきましたが、事業者による中継局の廃止に伴い、
 簡易無線への移行を進めます。中継局のサービス終了は令和7年3月末です。
"""

# A city's community-FM relay for disaster information: a broadcaster's relay, 放送 (themes62's rule still fires).
FM = """災害時の情報伝達のためのFM中継局の整備について
 市では、災害時に市民へ確実に情報を届けるため、コミュニティFM放送局の中継局を山間部に整備しました。
 新たな中継局の開局により、これまで受信が難しかった北部地区でもラジオで災害情報を聞くことができます。
 中継局の周波数は79.5MHzです。
"""


def test_case_lines_ending_in_yousu_keep_the_pages_theme() -> None:
    assert TELEWORK in themes_of(CASES)


def test_captions_beside_a_page_of_its_own_still_count_for_nothing() -> None:
    got = themes_of(VOLUNTEERS)
    assert RADIO in got and "教育" not in got


def test_a_fire_radios_relays_are_no_broadcasters() -> None:
    assert _relay_stations(FIRE) is None
    assert BROADCAST not in themes_of(FIRE)


def test_a_trunked_radios_relays_are_no_broadcasters() -> None:
    assert _relay_stations(MCA) is None
    assert BROADCAST not in themes_of(MCA)


def test_a_community_fm_relay_is_still_broadcasting() -> None:
    assert _relay_stations(FM) == "中継局"
    assert BROADCAST in themes_of(FM)
