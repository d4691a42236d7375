"""natplace40: a national body's page that is one place's case study takes that place's block only.

bench/realdocs README, "Conventions for national pages about places" (labels40): 全国 marks national content, not a
national letterhead.  A ministry's or agency's page whose whole subject is one case (警察庁's サイバー防犯ボランティア
活動事例 for 長崎県, realdocs dev r2735) took 全国 beside the case's block because any case study of a national page
did (regions._case_places): that is right for a national page that gives its cases after a passage on the country,
and for a White Paper section opening on the national state, not for a case page under the national site's menu.
The pages here are written for the test, in the style of a national agency's case pages."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def regions_of(text: str) -> tuple[set[str], set[str]]:
    md = derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt"))
    return set(md.region), set(md.prefecture)


# One case under a national agency's menu (navigation lines, then 「…活動事例」 over the prefecture's name and what
# its volunteers do): the case is the page.
ONE_CASE = (
    "警察庁 サイバー犯罪対策\n"
    "トップページへ\n"
    "施策・広報\n"
    "統計\n"
    "各都道府県警察の取組み\n"
    "全国サイバー犯罪相談窓口一覧\n"
    "\n"
    "サイバー防犯ボランティア活動事例\n"
    "\n"
    "高知県\n"
    "\n"
    "高知サイバーパトロール隊\n"
    "構成員\n"
    " 高知工業高等専門学校及び県内の大学の学生\n"
    "結成の経緯\n"
    " SNSを通じた被害が中学生や高校生の間で増えているため、年の近い学生から情報モラルを伝えることとし、平成30年に結成したもの。\n"
    "活動内容\n"
    " 県内の中学校で講話を行っているほか、インターネット上の違法・有害情報を見つけてホットラインセンターへ通報している。\n"
)

# A national programme's page naming one example town after a passage on the country: the programme is the
# country's, and its example's block goes with 全国.
PROGRAMME_WITH_EXAMPLE = (
    "総務省 地域情報化アドバイザー派遣制度\n"
    "\n"
    "総務省では、ICTを活用した地域課題の解決に取り組む全国の地方公共団体等に、専門家を派遣しています。"
    "令和6年度は全国で152の団体が制度を活用しました。\n"
    "\n"
    "活用事例\n"
    "\n"
    "高知県\n"
    "\n"
    "県内の中山間地域で、見守りセンサーとデジタル地図を組み合わせた高齢者の見守りの仕組みづくりに助言を受けました。\n"
)

# A White Paper section that opens on the national state before its case.
WHITE_PAPER_SECTION = (
    "令和6年版 情報通信白書\n"
    "第2節 地域におけるデジタル技術の活用\n"
    "\n"
    "我が国では人口減少と高齢化が進み、地域の担い手が不足している。"
    "こうした中で、農業や医療の現場でデジタル技術を活用する取組が全国に広がりつつある。\n"
    "\n"
    "事例 北海道更別村におけるスマート農業の取組\n"
    "\n"
    "更別村では、自動運転トラクターとドローンを活用し、少ない人数で広い農地を管理している。\n"
)


def test_a_national_agency_page_of_one_case_takes_its_block_only():
    regions, prefectures = regions_of(ONE_CASE)
    assert regions == {"四国"}
    assert prefectures == {"高知県"}


def test_a_national_programme_naming_one_example_after_a_national_passage_keeps_zenkoku():
    regions, prefectures = regions_of(PROGRAMME_WITH_EXAMPLE)
    assert regions == {"全国", "四国"}
    assert prefectures == {"高知県"}


def test_a_white_paper_section_opening_on_the_national_state_keeps_zenkoku():
    regions, prefectures = regions_of(WHITE_PAPER_SECTION)
    assert "全国" in regions and "北海道" in regions
    assert prefectures == {"北海道"}


def test_a_case_page_naming_a_place_of_another_block_is_not_one_case():
    # The same case page telling that the group learnt from another prefecture's volunteers: the page names a place
    # outside its case's block, and the rule leaves it as before (全国 beside the case's block).
    text = ONE_CASE + " 結成にあたっては、福岡県の学生ボランティアの活動を参考にした。\n"
    regions, _ = regions_of(text)
    assert "全国" in regions and "四国" in regions


# --- a national page opening on the country before its case: 全国 beside the case's block -------------------------
# 水産庁's White Paper page (realdocs dev r4189, its edition only in the address, so not read as a White Paper section)
# opens on the country's coastal fishing and then gives one town's case at length: the case's block was taken, 全国
# was not, because the case's places already made a block.

NATIONAL_THEN_CASE = (
    "このページの本文へ移動\n"
    "林野庁\n"
    "メニュー\n"
    "(3)林業におけるICTの活用\n"
    "\n"
    "林業では、担い手の減少と高齢化が進む中、航空レーザ計測による森林資源の把握や、伐採から出荷までの情報を共有する"
    "取組が各地で始まっています。木材の需要に合わせた生産を行うため、こうしたデータの活用が期待されています。\n"
    "\n"
    "事例 岐阜県郡上市における森林資源情報の共有\n"
    "\n"
    "岐阜県郡上市では、航空レーザ計測で得た森林資源の情報を、森林組合と製材所が共有しています。"
    "郡上市の森林組合は、このデータを基に伐採の計画を立て、岐阜県内の製材所の需要に合わせて出荷しています。"
    "岐阜県は、この取組を県内の他の地域にも広げることとしています。\n"
)

# A ministry's page on one town's initiative whose opening sentence is the town's own, not the country's: the case's
# block only, as before.
TOWN_THEN_CASE = (
    "農林水産省\n"
    "岐阜県郡上市の森林資源情報の共有\n"
    "\n"
    "岐阜県郡上市では、航空レーザ計測で得た森林資源の情報を、森林組合と製材所が共有しています。\n"
    "\n"
    "取組事例：郡上市（岐阜県）\n"
    "\n"
    "郡上市の森林組合は、このデータを基に伐採の計画を立て、岐阜県内の製材所の需要に合わせて出荷しています。\n"
)


def test_a_national_page_opening_on_the_country_before_its_case_takes_zenkoku_too():
    regions, prefectures = regions_of(NATIONAL_THEN_CASE)
    assert regions == {"全国", "東海"}
    assert prefectures == {"岐阜県"}


def test_a_national_page_opening_on_its_town_keeps_the_block_only():
    regions, prefectures = regions_of(TOWN_THEN_CASE)
    assert regions == {"東海"}
    assert prefectures == {"岐阜県"}
