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


# A bureau's annex of licensed relay stations with one 携帯電話 in a note: the relays are still a broadcaster's.
ANNEX = """予備免許した中継局の試験電波発射開始予定時期等【別表】
所在市町村 中継局名 試験電波発射予定時期 運用開始予定時期
岩手県 遠野市 遠野上郷中継局 11月中旬 12月中旬
宮古市 田老中継局 11月下旬 12月下旬
一関市 室根中継局 12月上旬 1月上旬
(注)各中継局の周波数は、携帯電話の電波と混信しないよう選定しています。
"""

# A prefecture's notice on phone coverage in tunnels: a mobile network's relays, named with 携帯電話 throughout.
TUNNEL = """県道トンネル内の携帯電話不感対策について
県では、トンネル内で携帯電話が利用できるよう、通信事業者と協力して中継局の整備を進めています。
中継局の整備が完了したトンネルでは、携帯電話による通話やデータ通信が可能になります。
今年度は3か所のトンネルに中継局を設置します。
"""


def test_one_phone_in_passing_leaves_a_broadcasters_relays_broadcasting() -> None:
    assert _relay_stations(ANNEX) == "中継局"
    assert BROADCAST in themes_of(ANNEX)


def test_a_phone_networks_relays_are_still_no_broadcasters() -> None:
    assert _relay_stations(TUNNEL) is None
    assert BROADCAST not in themes_of(TUNNEL)
