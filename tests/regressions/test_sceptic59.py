"""sceptic59: places45's rules tried on pages of kinds it was not read from (session 30)."""

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, regions

# A prefecture's own page on the block's forum it hosts, whose panellists come from its neighbours in the block:
# their homes are passing mentions (bench/realdocs README), though the sentence enumerates them within 関東.
OWN_FORUM = """群馬県デジタルトランスフォーメーション課
関東地域デジタル人材育成フォーラムを開催しました
群馬県は、関東地域の自治体職員を対象に、前橋市で「関東地域デジタル人材育成フォーラム」を開催しました。
フォーラムでは、茨城県つくば市の担当者と栃木県宇都宮市の担当者がパネリストとして登壇し、人材育成の取組を紹介しました。
参加者からは、県域を越えた人材交流を求める声が寄せられました。
"""

# The same page signed only in its contact block, the office written after a space.
OWN_FORUM_CONTACT = OWN_FORUM.replace("群馬県デジタルトランスフォーメーション課\n", "") + \
    "お問い合わせ\n群馬県 デジタルトランスフォーメーション課 電話027-226-2441\n"

# A research agency's forum in 近畿 whose speakers are the block's own consortia (docs-bj r4688's form), with a
# contact block naming no local office: the enumerated members stay its subjects.
AGENCY_FORUM = """近畿地域スマート農業フォーラムを開催しました
開催場所 大阪府立国際会議場(大阪市北区中之島5-3-51)
近畿地域におけるスマート農業の取組を紹介し、関係者の間で意見交換を行いました。
後半では、実証プロジェクトに採択された近畿地域の3つのコンソーシアム((1)滋賀県水田作スマート農業コンソーシアム、(2)養父市中山間スマート農業コンソーシアム、(3)和歌山県スマート果樹コンソーシアム)の代表機関から、実証の経過について講演が行われました。
お問い合わせ
農研機構 西日本農業研究センター 広報チーム
"""


def _read(text):
    return regions.regions_of(text, text.splitlines()[0], national=False)


def test_neighbours_presenting_at_a_prefectures_own_forum_stay_guests():
    r = _read(OWN_FORUM)
    assert (r.regions, r.prefectures) == (("関東",), ("群馬県",))
    assert regions._local_issuer(OWN_FORUM, len(OWN_FORUM.splitlines()[0]) + 1)


def test_a_contact_block_with_a_space_names_the_local_issuer():
    r = _read(OWN_FORUM_CONTACT)
    assert (r.regions, r.prefectures) == (("関東",), ("群馬県",))


def test_a_non_local_bodys_forum_keeps_the_blocks_members():
    assert not regions._local_issuer(AGENCY_FORUM, len(AGENCY_FORUM.splitlines()[0]) + 1)
    r = _read(AGENCY_FORUM)
    assert r.regions == ("近畿",)
    assert {"滋賀県", "兵庫県", "和歌山県"} <= set(r.prefectures)


# A bureau's meeting whose numbered presenters are two prefectures and two officers named by surnames that are
# prefectures' short names (秋田, 宮城): the officers are people, not places.
PRESENTERS = """東北地域DX推進会議(第2回)の開催結果
東北総合通信局は、東北地域DX推進会議を開催しました。
発表者 (1)青森県 (2)岩手県 (3)秋田課長 (4)宮城主査
各県の担当者から取組状況の報告がありました。
"""


def test_surnames_with_a_title_in_a_numbered_list_are_not_places():
    found = {p.text for p in regions._places_in(PRESENTERS)}
    assert not {"秋田", "宮城"} & found
    assert {"青森県", "岩手県"} <= found
    m = derive_metadata(PRESENTERS, title=PRESENTERS.splitlines()[0], path=Path("x.txt"))
    assert (m.region, m.prefecture) == (("東北",), ("青森県", "岩手県"))


def test_a_stem_with_no_title_after_it_is_still_read():
    # The places45 form stays: (3)京都亀岡… opens a consortium's name.
    text = PRESENTERS.replace("(3)秋田課長 (4)宮城主査", "(3)秋田能代スマート農業コンソーシアム (4)宮城県")
    assert "秋田" in {p.text for p in regions._places_in(text)}
