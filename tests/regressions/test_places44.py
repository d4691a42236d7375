"""places44: forms in which pages name the places they are about, read from half B's region and prefecture
errors (bench/realdocs, dev half B), written by the helper in the style of real pages and labelled by
bench/realdocs/README.md's conventions before any run; with the pages where each must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"))


def _places(text: str):
    m = _derive(text)
    return set(m.region), set(m.prefecture)


# A bureau's licence to a cable broadcaster named after its prefecture, written as a company (株式会社秋田CATV):
# the licensee is the page's subject, so its prefecture is (README, "Bodies named after a prefecture").
CATV_LICENCE = (
    '東北総合通信局 報道資料\n'
    'ケーブルテレビ事業者のローカル5G無線局に免許を付与\n'
    '令和4年3月10日\n'
    '東北総合通信局\n'
    ' 東北総合通信局(局長:山田 太郎)は、本日、株式会社秋田CATV(代表取締役社長:佐藤 一郎)から申請のあった'
    '4.7GHz帯の周波数を使用するローカル5G無線局に対して免許を付与しました。\n'
    ' 株式会社秋田CATVは、ケーブルテレビの伝送路を活用し、地域の事業者向けにローカル5Gのサービスを提供する予定です。\n'
)

# A company named after its prefecture that is no broadcaster nor paper (株式会社山形県情報サービス) stays the company,
# not the place, as before: a bureau's notice of a tender's winner.
COMPANY_NOT_MEDIA = (
    '東北総合通信局 入札結果\n'
    '電波監視システムの保守業務に係る一般競争入札の結果\n'
    '令和4年3月10日\n'
    '東北総合通信局\n'
    ' 標記について、下記のとおり落札者を決定しました。\n'
    '落札者 株式会社山形県情報サービス\n'
    '落札金額 3,300,000円\n'
)

# A national seminar whose speaker comes from such a broadcaster: the affiliation is a passing mention.
CATV_SPEAKER = (
    '総務省 報道資料\n'
    '「ケーブルテレビの地域DXセミナー」の開催\n'
    '令和4年3月10日\n'
    ' 総務省は、ケーブルテレビ事業者による地域のデジタル化の取組を全国に広げるため、オンラインセミナーを開催します。\n'
    '講演 株式会社秋田CATV 技術部長 佐藤 一郎 氏「ケーブルテレビ網を活用したローカル5G」\n'
    '講演 日本ケーブルテレビ連盟 事務局長 鈴木 次郎 氏「ケーブルテレビの地域DX」\n'
)


def test_a_broadcaster_named_after_its_prefecture_is_placed_when_it_is_the_licensee():
    assert _places(CATV_LICENCE) == ({'東北'}, {'秋田県'})


def test_a_company_named_after_a_prefecture_is_still_no_place():
    assert _places(COMPANY_NOT_MEDIA) == ({'東北'}, set())


def test_a_speakers_broadcaster_is_no_subject_place():
    assert _places(CATV_SPEAKER) == ({'全国'}, set())


# A bureau's table of its operations per prefecture, each row spread over lines (東京都 | 2 | ○ | 無 | / 0件 / (局) |):
# each row is one prefecture's figures, so each of them is a subject (README, groups of prefectures: one table row
# per prefecture gives those prefectures).
PER_PREFECTURE_TABLE = (
    '東北総合通信局 電波監視の実施状況\n'
    '令和5年度 移動監視の実施状況\n'
    '県別 | 回数 | 電波監視した周波数帯 | 行政指導等の件数 |\n'
    '145MHz帯 | 430MHz帯 | その他 |\n'
    '青森県 | 2 | ○ | ○ | 無 |\n'
    '1件\n'
    '(局) |\n'
    '|\n'
    '秋田県 | 1 | ○ | ○ | 無 |\n'
    '山形県 | 3 | ○ | ○ | ○ | 有 |\n'
    '<注釈>\n'
    '移動監視とは、東北総合通信局の監視関係課が所在する場所以外において不法無線局探索車などを使用して行う電波の監査をいう。\n'
)

# The same bureau's list of the broadcasters it relicensed, by prefecture (県別、開局順): members listed, not rows of
# figures, so no prefecture of the list is a subject (as labelled on such pages).
PER_PREFECTURE_MEMBERS = (
    '東北総合通信局 報道資料\n'
    'コミュニティ放送事業者30者に再免許\n'
    '令和5年10月20日\n'
    ' 東北総合通信局は、管内のコミュニティ放送事業者30者に対し、11月1日付けで再免許を行いました。\n'
    '再免許対象コミュニティ放送事業者【30者】(県別、開局順)\n'
    '青森県\n'
    'FMアップルウェーブ\n'
    '秋田県\n'
    '横手かまくらエフエム\n'
    '山形県\n'
    'エフエム酒田\n'
)

# A national page's table per prefecture (都道府県別) of the whole country names no block of its own: the rule reads
# only the prefectures of the block a bureau's page names, so the page stays national.
NATIONAL_PER_PREFECTURE = (
    '総務省 報道資料\n'
    '令和5年度 不法無線局の探査結果\n'
    '令和6年5月10日\n'
    ' 総務省は、全国の総合通信局において実施した不法無線局の探査の結果を取りまとめましたので公表します。\n'
    '都道府県別 | 探査回数 | 措置件数 |\n'
    '北海道 | 12 | 3 |\n'
    '青森県 | 4 | 1 |\n'
    '岩手県 | 5 | 0 |\n'
    '宮城県 | 9 | 2 |\n'
)


def test_a_table_of_figures_per_prefecture_gives_each_rows_prefecture():
    assert _places(PER_PREFECTURE_TABLE) == ({'東北'}, {'青森県', '秋田県', '山形県'})


def test_a_list_of_members_by_prefecture_stays_a_list():
    assert _places(PER_PREFECTURE_MEMBERS) == ({'東北'}, set())


def test_a_national_table_per_prefecture_is_not_read_as_a_bureaus():
    assert _places(NATIONAL_PER_PREFECTURE)[0] == {'全国'}


# A bureau's release whose text (an excerpt, or a document cut at METADATA_CHARS) ends inside the sentence naming the
# towns a council's work was for: the sentence, cut before its 。, still enumerates its subjects.
CUT_SENTENCE = (
    '中国総合通信局 報道資料\n'
    '瀬戸内スマート観光推進協議会 〜令和5年度定期総会を開催〜\n'
    ' 中国総合通信局と瀬戸内スマート観光推進協議会は、令和5年5月18日、定期総会を開催しました。\n'
    ' 総会では、令和4年度の事業報告と決算が承認され、主な事業として、尾道市、倉敷市、岩国市等が取り組む観光'
    'コンテンツの多言語化の支援を実施しており、総会では、尾道市と倉敷市から、それぞれが作成した観'
)

# The same release ending in its members' line, as long, with no sentence in it: a list of members, not subjects.
CUT_MEMBERS = (
    '中国総合通信局 報道資料\n'
    '瀬戸内スマート観光推進協議会 〜令和5年度定期総会を開催〜\n'
    ' 中国総合通信局と瀬戸内スマート観光推進協議会は、令和5年5月18日、定期総会を開催しました。\n'
    '【会員】尾道市、倉敷市、岩国市、株式会社瀬戸内ネットワーク、一般社団法人瀬戸内観光推進機構、'
    '公益財団法人中国地域創造研究センター、中国地方旅行業協会'
)


def test_a_cut_last_sentence_still_enumerates_its_towns():
    assert _places(CUT_SENTENCE) == ({'中国'}, {'広島県', '岡山県', '山口県'})


def test_a_cut_members_line_stays_a_list():
    assert _places(CUT_MEMBERS) == ({'中国'}, set())


# Towns', villages', education boards' and assemblies' own domains outside the LGWAN-style names (town.X.lg.jp): the
# address is the issuer's place for a page whose text names none (README, the address convention).
from ictsearch.indexer.metadata.address import place_of_address  # noqa: E402


def _at(host: str):
    a = place_of_address(f"https://{host}/soshiki/3/1279.html")
    return a and (a.prefecture, a.municipality)


def test_a_towns_own_domain_names_its_place():
    assert _at("urugi.jp") == ("長野県", "売木村")
    assert _at("www.akkeshi-town.jp") == ("北海道", "厚岸町")
    assert _at("soncho.vill-tenryu.jp") == ("長野県", "天龍村")
    assert _at("www.asukamura.jp") == ("奈良県", "明日香村")
    assert _at("www.teshiotown.hokkaido.jp") == ("北海道", "天塩町")
    assert _at("reihoku-kumamoto.jp") == ("熊本県", "苓北町")


def test_an_education_boards_and_an_assemblys_domain_name_their_place():
    assert _at("www.tsukuba.ed.jp") == ("茨城県", "つくば市")
    assert _at("www.soka-shigikai.jp") == ("埼玉県", "草加市")
    assert _at("iwatekengikai.gijiroku.com") == ("岩手県", None)
    assert _at("pref-tochigi.gijiroku.com") == ("栃木県", None)


def test_a_companys_or_an_ambiguous_domain_names_no_place():
    # A bare reading is a town's or a village's only: a city's name is as often a company's (豊田市, 日立市).
    assert _at("www.toyota.jp") is None
    assert _at("www.hitachi.jp") is None
    # 池田町 is in several prefectures; ise (伊勢市) is too short and a city's.
    assert _at("www.ikeda-town.jp") is None
    assert _at("www.ise.jp") is None
    assert _at("www.nhk.or.jp") is None


def test_a_page_naming_no_place_on_a_villages_own_domain_is_that_villages():
    text = ('事業の概要\n'
            ' 本村では、村内全域に光ファイバ網を整備し、令和4年3月末現在、加入率は約8割となっています。\n'
            ' 整備した施設は、株式会社長野県協同電算が運営しています。\n')
    m = derive_metadata(text, title="事業の概要", path=Path("page.txt"), url="https://urugi.jp/top/administration_living/jigyougaiyou")
    assert (m.region, m.prefecture) == (("信越",), ("長野県",))
