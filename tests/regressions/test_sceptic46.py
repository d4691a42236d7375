"""sceptic46: pages where towns43's rules must not fire, written in the style of real municipal, prefectural and
national pages and labelled by bench/realdocs/README.md's conventions before any run: an area's name that is a family
name (講師は三河さん), 中通り and 浜通り as a street's words, a town's stem that names a temple, a river, a landscape or
a staff member, a guest's affiliation on a line of its own (講師 / 長泉町 企画財政課 主査 山田太郎 氏), 都内 on a page of
広島県's 府中市, a short prefecture name in a sentence under 県内 alone, ふるさと + a town's name beginning with a
prefecture's short name; with the pages where each rule still fires."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import regions


def _places(text: str, title: str | None = None):
    m = derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path("page.txt"))
    return set(m.region), set(m.prefecture)


# --- An area's name that is a family name too, before an honorific.

MIKAWA_SAN = (
    'スマホ教室のご案内\n'
    '町では、高齢者の方を対象にスマホ教室を開催します。講師は三河さん(デジタル推進委員)です。'
    '町民の方ならどなたでも参加できます。\n'
)


def test_an_areas_name_before_san_is_a_person():
    assert _places(MIKAWA_SAN) == (set(), set())


# A committee's list: family names, a space, given names and commas.
TOWN_COMMITTEE = (
    '町地域情報化推進委員会 委員名簿\n'
    '町では、地域情報化計画の策定に向け、委員会を設置しました。町民代表を含む5名で構成します。\n'
    '委員長　三河 一郎、副委員長　尾張 花子、委員　大隅 次郎\n'
)


def test_an_areas_name_before_a_space_and_a_given_name_is_a_person():
    assert _places(TOWN_COMMITTEE) == (set(), set())


# --- 中通り and 浜通り: a street's words, the area only before 地方 / 地域 or beside 会津.

NAKADORI_STREET = (
    '中心市街地に無料公衆無線LANを整備しました\n'
    '市では、中心市街地のにぎわい創出のため、駅前から中通りにかけて無料公衆無線LANのアクセスポイントを10か所'
    '整備しました。中通りの商店街でもご利用いただけます。市民の皆様、観光客の皆様にご活用ください。\n'
)
HAMADORI_STREET = (
    '防犯カメラの設置について\n'
    '市では、浜通りと港町通りの交差点付近に防犯カメラを設置しました。市民の安全・安心のため、適切に運用します。\n'
)


def test_nakadori_and_hamadori_as_streets_are_no_area():
    assert _places(NAKADORI_STREET) == (set(), set())
    assert _places(HAMADORI_STREET) == (set(), set())


NAKADORI_AREA = (
    '中通り地方の光回線未整備地区の解消\n'
    '県では、中通り地方の中山間地域を中心に、光回線の未整備地区の解消を進めます。\n'
)
THREE_AREAS = (
    '地域別の移住相談窓口\n'
    '県では、会津、中通り、浜通りの各地域に移住相談窓口を設けています。\n'
)


def test_nakadori_before_chiho_and_hamadori_beside_aizu_are_fukushimas():
    assert _places(NAKADORI_AREA) == ({'東北'}, {'福島県'})
    assert _places(THREE_AREAS) == ({'東北'}, {'福島県'})


# --- A town's stem without its suffix: one alone is a temple, a river, a landscape or a person.

KANNONJI_TEMPLE = (
    '文化財のデジタルアーカイブ公開\n'
    '町では、町内の文化財を高精細画像で記録したデジタルアーカイブを公開しました。'
    '観音寺の本堂や仏像、祭りの映像を町民の皆様にご覧いただけます。\n'
)
KOKUBUNJI_TEMPLE = (
    '史跡のVRコンテンツを公開\n'
    '市では、国分寺の伽藍をVRで再現したコンテンツを公開しました。市民の皆様、スマートフォンでお楽しみください。\n'
)
FUJIKAWA_RIVER = (
    '河川監視カメラの映像配信\n'
    '市では、富士川の水位を監視するカメラの映像をホームページで配信しています。市民の皆様は避難の判断にご活用ください。\n'
)
MUSASHINO_FARMING = (
    '世界農業遺産の紹介動画を配信\n'
    '町では、武蔵野の落ち葉堆肥農法を紹介する動画を、町の公式YouTubeチャンネルで配信しています。'
    '町民の皆様もぜひご覧ください。\n'
)
UTSUNOMIYA_STAFF = (
    'マイナンバーカード出張申請窓口の開設\n'
    '町では、マイナンバーカードの出張申請窓口を公民館に開設します。町民の方はお気軽にお越しください。\n'
    '担当:住民課 宇都宮、佐藤\n'
)


def test_one_stem_alone_is_no_town_of_the_page():
    for page in (KANNONJI_TEMPLE, KOKUBUNJI_TEMPLE, FUJIKAWA_RIVER, MUSASHINO_FARMING, UTSUNOMIYA_STAFF):
        assert _places(page) == (set(), set()), page.splitlines()[0]


# The town and its neighbour, both of one prefecture, still place the page.
KESENNUMA_MINAMISANRIKU = (
    '広域連携による観光アプリ\n'
    '町では、気仙沼と南三陸の観光情報をまとめたアプリを共同で開発しました。町民の皆様もご活用ください。\n'
)


def test_two_stems_of_one_prefecture_still_place_the_page():
    assert _places(KESENNUMA_MINAMISANRIKU) == ({'東北'}, {'宮城県'})


# --- A guest's affiliation on a line of its own is no signature.

GUEST_LECTURER_LINE = (
    '移住定住セミナーを開催しました\n'
    '町では、移住定住セミナーを開催しました。町民の方など30名が参加しました。\n'
    '講師\n'
    '長泉町 企画財政課 主査 山田太郎 氏\n'
    '当日は、子育て世帯の移住促進の取組をご紹介いただきました。\n'
)


def test_a_lecturers_town_section_is_no_signature():
    assert regions._signed_town(GUEST_LECTURER_LINE) is None
    assert _places(GUEST_LECTURER_LINE) == (set(), set())


# A prefecture's page (新潟県, written in full) with another prefecture's department as its lecturer's affiliation.
NIIGATA_GUEST = (
    '県内企業向けDXセミナーを開催しました\n'
    '新潟県では、県内の中小企業を対象にDXセミナーを開催しました。新潟県内から50社が参加し、新潟県のDX推進計画に'
    'ついても説明しました。\n'
    '講師\n'
    '長野県 産業労働部 産業DX推進課 課長 山田 一郎 氏\n'
)


def test_a_lecturers_prefecture_department_is_no_signature():
    assert regions._signed_prefecture(NIIGATA_GUEST) is None
    assert _places(NIIGATA_GUEST) == ({'信越'}, {'新潟県'})


# A contact line naming the officer in charge (担当:山田) is still the page's signature.
SIGNED_WITH_OFFICER = (
    'サテライトオフィス誘致の先進地視察を行いました\n'
    '町では、先進地である徳島県神山町を視察しました。町の空き家を活用した誘致に生かしてまいります。\n'
    'お問い合わせ\n'
    '真鶴町 企画調整課 移住定住係 担当:山田\n'
)


def test_a_contact_line_with_the_officer_in_charge_still_signs():
    assert _places(SIGNED_WITH_OFFICER) == ({'関東', '四国'}, {'神奈川県', '徳島県'})


# --- 都内 on a page of 広島県's 府中市: where a fair is, not the town's own prefecture.

FUCHU_FAIR = (
    '移住フェアに出展します\n'
    '府中市では、都内で開催される移住フェアに出展し、市内の空き家情報やテレワーク環境をご紹介します。\n'
)


def test_tonai_settles_no_shared_town_name():
    assert regions.settled_town(FUCHU_FAIR, ('東京都', '広島県')) is None
    assert _places(FUCHU_FAIR) == (set(), set())


# A bureau's case list: 府中市 unqualified, and another town's 国・県の補助 with its prefecture written (静岡県川根本町):
# the 県 is 静岡県's, and settles 府中市 as no 広島県's.
BUREAU_CASES = (
    '管内の自治体DX事例\n'
    '東海総合通信局では、管内の自治体DXの取組事例を紹介しています。\n'
    '府中市では、住民票の写しなどのコンビニ交付を開始し、窓口の混雑が緩和された。\n'
    '静岡県川根本町では、国・県の補助を活用して光回線を整備した。\n'
)


def test_a_suffix_of_a_prefecture_written_in_full_settles_no_other_town():
    assert regions.settled_town(BUREAU_CASES, ('東京都', '広島県')) is None
    assert _places(BUREAU_CASES) == ({'東海'}, {'静岡県'})


def test_to_no_hojokin_and_ken_no_hojokin_still_settle_fuchu():
    assert regions.settled_town('府中市では、都の補助金を活用します。', ('東京都', '広島県')) == '東京都'
    assert regions.settled_town('府中市では、県の補助金を活用します。', ('東京都', '広島県')) == '広島県'


# --- A short prefecture name in a sentence, on a page whose only voice is 県内.

KENNAI_TOKYO = (
    'サテライトオフィスの開設\n'
    '県内で初めて、廃校を活用したサテライトオフィスを開設しました。東京のIT企業3社が入居し、町の課題解決にも'
    '取り組みます。\n'
)


def test_tokyo_in_a_sentence_under_kennai_alone_is_no_place_of_the_page():
    assert _places(KENNAI_TOKYO) == (set(), set())


# --- ふるさと + a town's name that begins with a prefecture's short name (長野原町 is 群馬県's).

FURUSATO_NAGANOHARA = (
    '町の魅力発信動画を公開しました\n'
    'ふるさと長野原の四季を紹介する動画を公開しました。町民の皆様もぜひご覧ください。\n'
)


def test_furusato_before_a_town_beginning_with_a_short_name_is_not_that_prefecture():
    assert '長野県' not in _places(FURUSATO_NAGANOHARA)[1]


# --- A 郡 before a town the gazetteer does not know (a city since, or merged): an old address, its 郡 perhaps
# another prefecture's today (石川郡 is 福島県's, 山県郡 広島県's).

NONOICHI_HISTORY = (
    '市制施行10周年記念事業\n'
    '野々市市は、平成23年11月11日に石川郡野々市町から市制を施行し、今年で10周年を迎えます。'
    '市民の皆様とともに、スマートシティの取組を進めてまいります。\n'
)
TAKATOMI_OLD = (
    '地域イントラネット基盤施設整備事業の概要\n'
    '山県郡高富町では、公共施設を光ファイバで結ぶ地域イントラネットを整備した。町民は公民館の端末から行政情報を閲覧できる。\n'
)


def test_a_district_before_an_old_town_is_no_place():
    assert _places(NONOICHI_HISTORY) == ({'北陸'}, {'石川県'})
    assert _places(TAKATOMI_OLD) == (set(), set())


def test_a_districts_own_towns_and_council_still_place_the_page():
    assert _places('上北郡町村会の共同事業\n上北郡町村会では、防災メールを共同で配信しています。\n') == ({'東北'}, {'青森県'})
    assert _places('遠田郡内各町の光回線\n遠田郡内各町では、光回線の整備が完了しました。\n') == ({'東北'}, {'宮城県'})
