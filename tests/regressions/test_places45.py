"""places45: place forms the blind batch docs-bj showed the code missing (session 30)."""

from ictsearch.indexer.metadata import regions

# A regional forum's report whose block's own consortia present their trials: each consortium's prefecture
# is a subject of the page, not a guest from elsewhere (docs-bj r4688's form).
FORUM = """近畿地域スマート農業フォーラムを開催しました
開催日時 2024年9月3日(火曜日)13時~17時
開催場所 大阪府立国際会議場(大阪市北区中之島5-3-51)
近畿地域におけるスマート農業の取組を紹介し、関係者の間で意見交換を行いました。
後半では、実証プロジェクトに採択された近畿地域の3つのコンソーシアム((1)滋賀県水田作スマート農業コンソーシアム、(2)養父市中山間スマート農業コンソーシアム、(3)和歌山県スマート果樹コンソーシアム)の代表機関から、実証の経過について講演が行われました。
質疑応答では活発な意見交換が行われました。
"""

# A seminar of 四国 whose speakers bring cases from 九州: those stay guests.
SEMINAR = """四国地域ICT利活用セミナーを開催しました
開催日時 2024年9月3日(火曜日)13時~17時
開催場所 高松市生涯学習センター(高松市片原町11-1)
四国地域における地域課題の解決に向けて、ICTの利活用について意見交換を行いました。
後半では、先進事例として福岡県糸島市、熊本県益城町の担当者から、それぞれの取組について講演が行われました。
質疑応答では活発な意見交換が行われました。
"""


def _read(text):
    return regions.regions_of(text, text.splitlines()[0], national=False)


def test_block_members_presenting_at_its_forum_are_its_subjects():
    r = _read(FORUM)
    assert r.regions == ("近畿",)
    assert {"滋賀県", "兵庫県", "和歌山県", "大阪府"} <= set(r.prefectures)


def test_speakers_from_another_block_stay_guests():
    r = _read(SEMINAR)
    assert r.regions == ("四国",)
    assert r.prefectures == ("香川県",)


# A public university named for its city without 市, on a page naming no other place (docs-bj r4684's form).
UNIVERSITY = """令和7年7月4日
福知山公立大学
情報センター長
福知山公立大学情報センターにおいて、個人情報を含むファイルの誤送付がありましたので、お知らせします。
1 事故の概要
本学の職員が、学生4名の氏名を記載した名簿を、誤って学外の事業者に送付しました。
2 再発防止策
送付前に複数の職員で宛先を確認いたします。
"""

# A joint body named by its towns' stems glued together: 愛知 (愛知県, or 滋賀県's 愛知郡) is settled by 彦根 and 犬上.
JOINT = """○彦根愛知犬上広域行政組合情報公開条例
平成20年9月15日
組合条例第3号
(目的)
第1条 この条例は、組合の保有する情報の公開を請求する権利を定め、もって組合の諸活動を説明する責務が全うされるようにすることを目的とする。
"""

# Stems of two prefectures (飯田市 of 長野県, 中津川市 of 岐阜県): no prefecture is read.
ACROSS = JOINT.replace("彦根愛知犬上", "飯田中津川")

# A company named for its city is no body of the town (no 公立, no 組合), nor is 愛知大学 a town's.
COMPANY = """令和7年7月4日
福知山運送株式会社
当社において、お客様の個人情報を含む伝票の紛失がありましたので、お知らせします。
再発防止に向けて、伝票の管理を徹底いたします。
"""


def test_public_university_named_for_its_city():
    r = _read(UNIVERSITY)
    assert (r.regions, r.prefectures) == (("近畿",), ("京都府",))


def test_joint_body_settles_an_ambiguous_stem_by_the_others():
    r = _read(JOINT)
    assert (r.regions, r.prefectures) == (("近畿",), ("滋賀県",))
    assert regions._joint_body_stems(JOINT)[0][:2] == ("滋賀県", "彦根愛知犬上")


def test_joint_body_across_two_prefectures_is_not_read():
    assert regions._joint_body_stems(ACROSS) == []
    assert _read(ACROSS).prefectures == ()


def test_company_named_for_a_city_is_not_read():
    assert _read(COMPANY).prefectures == ()
    assert regions._joint_body_stems("愛知大学と名古屋大学の共同研究") == []


# A numbered list of consortia on one line, each opening with its place, two of them written short (京都亀岡…, 奈良から…).
CONSORTIA = FORUM.replace(
    "近畿地域の3つのコンソーシアム((1)滋賀県水田作スマート農業コンソーシアム、(2)養父市中山間スマート農業コンソーシアム、(3)和歌山県スマート果樹コンソーシアム)",
    "近畿地域の5つのコンソーシアム((1)滋賀県水田作スマート農業コンソーシアム、(2)養父市中山間スマート農業コンソーシアム、"
    "(3)京都亀岡中山間水稲コンソーシアム、(4)奈良から発信する柿生産コンソーシアム、(5)和歌山県スマート果樹コンソーシアム)")


def test_stems_heading_the_names_of_a_numbered_list_of_places():
    assert CONSORTIA != FORUM
    r = _read(CONSORTIA)
    assert set(r.prefectures) == {"滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"}


def test_a_person_in_a_numbered_list_of_towns_is_not_read():
    speakers = FORUM.replace("(3)和歌山県スマート果樹コンソーシアム", "(3)山口 太郎氏")
    assert "山口県" not in _read(speakers).prefectures
    assert "岡山県" not in _read(FORUM.replace("(3)和歌山県スマート果樹コンソーシアム", "(3)岡山先生")).prefectures
    # A stem opening a name outside a numbered list stays unread.
    assert "奈良県" not in _read(FORUM.replace("質疑応答では", "奈良から発信する取組も紹介され、質疑応答では")).prefectures


# A town's blog quoting a national body's nationwide request that lists the country's hubs (docs-bj r4690's form).
HUBS = """観光庁が、訪日外国人の利便性向上のため、無料公衆無線LANの整備を要請したというニュースがありました。
対象は羽田、成田、関西国際など主要空港の国際線ターミナルをはじめ、博多、下関、大阪の各港湾の旅客ターミナルです。
旅行者にとってはありがたい話だと思います。
"""

# One area's stations: no nationwide list.
AREA_STATIONS = """仙台、石巻、気仙沼などの主要駅に、観光案内のデジタルサイネージを設置しました。
東北地域の観光情報を多言語で発信しています。
"""


def test_a_list_of_the_countrys_hubs_is_nationwide():
    r = _read(HUBS)
    assert (r.regions, r.prefectures) == (("全国",), ())


def test_hubs_of_one_area_or_beside_the_pages_own_town_are_not_nationwide():
    r = _read(AREA_STATIONS)
    assert regions._hub_lists(AREA_STATIONS) == []
    assert r.regions == ("東北",)
    # The town's own page names itself beside the quoted list: the list's places are dropped, the town stays.
    own = HUBS.replace("旅行者にとっては", "八雲町でも役場庁舎に無料Wi-Fiを整備しました。旅行者にとっては")
    r = _read(own)
    assert r.prefectures == ("北海道",) and "近畿" not in r.regions
