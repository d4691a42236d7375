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
