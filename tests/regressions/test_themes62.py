"""themes62: three forms read from the blind batch docs-bq — a photo's caption (〜の様子, with the 【】 line naming the
photo) counts for no theme; a page listing relay stations (中継局 three times or more) is 放送's, unless the relays are
a town's radio system's or a mobile network's; 試験電波 is a broadcaster's test transmission, not 電波's — with pages of my
own written in the style of real ones, where each must fire and where it must not."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import CAPTION, _relay_stations

EDUCATION = "教育"
RADIO = "電波・周波数"
BROADCAST = "放送"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A bureau's page on its volunteers' scheme; the radio classes they give are shown in captioned photos only.
VOLUNTEERS = """電波適正利用推進員の活動
 電波適正利用推進員は、地域社会に密着した立場から、電波のルールに関する周知啓発や混信などの相談に応じる民間ボランティアです。
 推進員は、無線局の開設や運用に関する相談を受け、必要に応じて総合通信局の相談窓口を紹介しています。また、不法電波の電波監視に協力しています。
【電波教室】

電波教室の様子

【小学校での電波教室】

小学校での電波教室の様子

夏休み親子電波教室の様子
"""

# A bureau's press release on the class itself: the class is the page's subject, in its title and sentences.
CLASS = """小学生を対象とした「電波教室」の開催
 総合通信局は、電波適正利用推進員協議会と共催で、市立小学校において小学生を対象にした「電波教室」を開催します。
 この「電波教室」では、電波の性質や利用のルールを学んだあと、児童一人ひとりがラジオの工作に挑戦します。
 電波教室は授業の一環として行われ、3年生と4年生の児童が参加する予定です。
当日の様子
"""

# A town's page on a disaster drill whose photos are captioned; the drill is the subject, in its sentences.
DRILL = """総合防災訓練を実施しました
 町は、南海トラフ地震を想定した総合防災訓練を実施し、住民や消防団など約500人が参加しました。
 訓練では、避難所の開設、災害時の安否確認、土砂災害を想定した救出訓練を行い、防災意識の向上を図りました。
 災害に備え、日頃から非常持出品や避難経路を確認しておきましょう。
【避難所開設訓練】
避難所開設訓練の様子
"""


def test_a_caption_line_is_read_with_its_bracketed_name() -> None:
    found = [m.group() for m in CAPTION.finditer(VOLUNTEERS)]
    assert found == ["【電波教室】\n\n電波教室の様子", "【小学校での電波教室】\n\n小学校での電波教室の様子", "夏休み親子電波教室の様子"]
    # a sentence is no caption, however it ends
    assert not CAPTION.search("推進員が電波教室を開催した際の様子。")


def test_a_class_shown_only_in_captions_is_not_the_pages_theme() -> None:
    got = themes_of(VOLUNTEERS)
    assert RADIO in got and EDUCATION not in got


def test_a_page_on_the_class_keeps_its_education() -> None:
    assert EDUCATION in themes_of(CLASS)


def test_a_drill_with_captioned_photos_keeps_its_theme() -> None:
    assert "防災・減災" in themes_of(DRILL)


# A bureau's annex of the relay stations it licensed: no word of broadcasting but the stations'.
RELAYS = """予備免許した中継局の試験電波発射開始予定時期等【別表】
所在市町村 中継局名 試験電波発射予定時期 運用開始予定時期
岩手県 遠野市 遠野上郷中継局 11月中旬 12月中旬
宮古市 田老中継局 11月下旬 12月下旬
一関市 室根中継局 12月上旬 1月上旬
(注)試験電波発射予定時期及び運用開始予定時期は、天候等により変更となる場合があります。
"""

# A town's renewal of its 防災行政無線: its relay stations are the system's, not a broadcaster's.
TOWN_RELAYS = """防災行政無線デジタル化整備工事について
町では、防災行政無線のデジタル化に伴い、親局及び中継局の更新工事を行います。
工事期間中は、山間部の中継局を経由する放送が一時的に聞こえにくくなる場合があります。
中継局の切替えは夜間に行います。
"""

# A mobile carrier's coverage notice: a relay for phones in a tunnel.
PHONE_RELAYS = """トンネル内の携帯電話の利用について
県道トンネル内で携帯電話が利用できるよう、事業者が中継局を設置しました。
中継局は、トンネル入口の基地局からの電波を中継します。
今後も中継局の整備を進めます。
"""


def test_a_list_of_relay_stations_is_broadcasting() -> None:
    got = themes_of(RELAYS)
    assert BROADCAST in got and RADIO not in got


def test_relays_of_a_town_system_or_a_phone_network_are_no_broadcasters() -> None:
    assert _relay_stations(TOWN_RELAYS) is None
    assert _relay_stations(PHONE_RELAYS) is None
    assert BROADCAST not in themes_of(PHONE_RELAYS)


def test_one_relay_named_in_passing_is_not_enough() -> None:
    assert _relay_stations("地上デジタル放送の中継局が開局し、町内の難視聴が解消されました。") is None
