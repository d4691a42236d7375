"""sceptic51: pages written against places44's rules (a broadcaster named after its prefecture kept after 株式会社, rows
of a bureau's 県別 table, a towns' sentence cut at the text's end, a town's own domain), in the style of real pages and
labelled by bench/realdocs/README.md's conventions before any run: where those rules added a prefecture that is not
the page's subject, and the pages where the narrowed rules must still fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.address import place_of_address


def _places(text: str):
    m = derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"))
    return set(m.region), set(m.prefecture)


# A bureau's tender result won by a cable broadcaster named after its prefecture: the contractor of the bureau's own
# procurement is no subject of the page (as its address in brackets is not), labelled 東北 without 岩手県.
TENDER_WON_BY_BROADCASTER = (
    '東北総合通信局 入札結果\n'
    '電波監視施設の保守業務に係る一般競争入札の結果について\n'
    '令和5年3月10日\n'
    '東北総合通信局\n'
    ' 標記について、下記のとおり落札者を決定しました。\n'
    '件名 電波監視施設の保守業務\n'
    '落札者 株式会社岩手ケーブルテレビ\n'
    '落札金額 3,300,000円(税込)\n'
    '契約日 令和5年3月31日\n'
)

# The same broadcaster as the licensee of the bureau's licence: the page's subject, 岩手県 (README, "Bodies named after a
# prefecture").
LICENCE_TO_BROADCASTER = (
    '東北総合通信局 報道資料\n'
    'ケーブルテレビ事業者の地域BWA無線局に免許を付与\n'
    '令和5年3月10日\n'
    '東北総合通信局\n'
    ' 東北総合通信局(局長:山田 太郎)は、本日、株式会社岩手ケーブルテレビ(代表取締役社長:佐藤 一郎)から申請のあった'
    '地域BWA無線局に対して免許を付与しました。\n'
    ' 株式会社岩手ケーブルテレビは、地域の見守りサービスに地域BWAを活用する予定です。\n'
)


def test_a_tenders_winner_named_after_its_prefecture_is_no_place():
    assert _places(TENDER_WON_BY_BROADCASTER) == ({'東北'}, set())


def test_the_same_broadcaster_as_the_licensee_is_still_placed():
    assert _places(LICENCE_TO_BROADCASTER) == ({'東北'}, {'岩手県'})


# A national seminar whose speakers come from broadcasters named after a prefecture, one written with 県
# (株式会社愛媛県ケーブルテレビ): guests' affiliations, passing; the page is the country's.
NATIONAL_SEMINAR = (
    '総務省 報道資料\n'
    '「ケーブルテレビによる地域DX推進セミナー」の開催\n'
    '令和5年11月2日\n'
    ' 総務省は、ケーブルテレビ事業者が地域のデジタル化に果たす役割を全国に紹介するため、オンラインセミナーを開催します。\n'
    '1 日時 令和5年12月5日(火)13時30分から16時まで\n'
    '2 開催方法 オンライン(Zoomウェビナー)\n'
    '3 プログラム\n'
    '基調講演「ケーブルテレビの地域DX」 一般社団法人日本ケーブルテレビ連盟 理事長\n'
    '事例紹介1「ローカル5Gによる農業の見える化」 株式会社秋田ケーブルテレビ 技術部長 佐藤 一郎 氏\n'
    '事例紹介2「地域BWAを活用した見守りサービス」 株式会社愛媛県ケーブルテレビ 営業部 鈴木 花子 氏\n'
    '4 申込方法 別添の申込フォームからお申し込みください。\n'
)


def test_a_national_seminars_speakers_broadcasters_are_no_places():
    assert _places(NATIONAL_SEMINAR) == ({'全国'}, set())


# A bureau head's press conference: the questioner's broadcaster (問(株式会社秋田ケーブルテレビ 記者)) is passing (README:
# "not … a questioner at a press conference"); the item announced (岩手県の不感地帯) is the subject.
CONFERENCE = (
    '東北総合通信局 局長会見\n'
    '局長定例記者会見(令和5年11月)\n'
    '令和5年11月20日\n'
    '東北総合通信局\n'
    '【発表事項】東北地域における携帯電話の不感地帯解消について\n'
    '【質疑応答】\n'
    '問(株式会社秋田ケーブルテレビ 記者) 不感地帯の解消の見通しについて伺いたい。\n'
    '答 管内の自治体と連携して、引き続き取り組んでまいります。\n'
)
CONFERENCE_ITEM = CONFERENCE.replace(
    '【発表事項】東北地域における携帯電話の不感地帯解消について\n',
    '【発表事項】岩手県岩泉町における携帯電話の不感地帯解消について\n'
    ' 岩手県岩泉町の不感地帯で、携帯電話の基地局整備が完了しました。\n')


def test_a_questioners_broadcaster_is_no_place():
    assert _places(CONFERENCE) == ({'東北'}, set())
    assert _places(CONFERENCE.replace('株式会社秋田ケーブルテレビ', '秋田放送')) == ({'東北'}, set())
    assert _places(CONFERENCE.replace('問(株式会社秋田ケーブルテレビ 記者)', '記者(秋田放送)')) == ({'東北'}, set())


def test_a_conferences_item_stays_beside_its_questioner():
    assert _places(CONFERENCE_ITEM) == ({'東北'}, {'岩手県'})


# A bureau's release citing the country's 都道府県別 table: its own block's rows are no more its subject than the
# others' (labelled 関東 alone).
_ROWS = [('北海道', 12), ('青森県', 3), ('岩手県', 4), ('宮城県', 6), ('秋田県', 2), ('山形県', 3), ('福島県', 5),
         ('茨城県', 7), ('栃木県', 4), ('群馬県', 4), ('埼玉県', 10), ('千葉県', 9), ('東京都', 30), ('神奈川県', 15),
         ('新潟県', 5), ('富山県', 2), ('石川県', 3)]
NATIONAL_TABLE = (
    '関東総合通信局 報道資料\n'
    'ローカル5Gの免許状況(令和5年3月末現在)\n'
    '令和5年4月10日\n'
    '関東総合通信局\n'
    ' 総務省が公表した全国のローカル5G無線局の免許状況を、参考としてお知らせします。\n'
    '都道府県別 | 免許人数 | 無線局数 |\n' + ''.join(f'{p} | {n} | {n * 3} |\n' for p, n in _ROWS)
)

# A bureau's release on its own block citing another bureau's 県別 table for comparison: the other block's rows are
# passing (labelled 東北 and 九州, no prefecture: the page names 九州 as a block, and its own area as 管内).
OTHER_BLOCKS_TABLE = (
    '東北総合通信局 報道資料\n'
    '東北管内における地域BWAの導入状況\n'
    '令和5年4月10日\n'
    '東北総合通信局\n'
    ' 東北管内の地域BWAの導入状況をとりまとめました。管内では12の事業者が導入しています。\n'
    '(参考)九州管内の状況(九州総合通信局の公表資料から)\n'
    '県別 | 事業者数 | 無線局数 |\n'
    '福岡県 | 8 | 120 |\n'
    '佐賀県 | 2 | 30 |\n'
    '長崎県 | 3 | 41 |\n'
    '熊本県 | 4 | 52 |\n'
    '大分県 | 3 | 33 |\n'
)

# The bureau's own 県別 table, rows spread over lines (places44's form): each row's prefecture is the page's.
OWN_TABLE = (
    '東北総合通信局 電波監視の実施状況\n'
    '令和5年度 移動監視の実施状況\n'
    '県別 | 回数 | 電波監視した周波数帯 | 行政指導等の件数 |\n'
    '145MHz帯 | 430MHz帯 | その他 |\n'
    '青森県 | 2 | ○ | ○ | 無 |\n'
    '1件\n'
    '(局) |\n'
    '|\n'
    '秋田県 | 1 | ○ | ○ | 無 |\n'
    '0件\n'
    '(局) |\n'
    '|\n'
    '山形県 | 1 | ○ | ○ | 無 |\n'
    '0件\n'
    '(局) |\n'
)


def test_the_countrys_table_in_a_bureaus_release_gives_no_prefecture():
    assert _places(NATIONAL_TABLE) == ({'関東'}, set())


def test_another_blocks_table_cited_for_comparison_gives_no_prefecture():
    assert _places(OTHER_BLOCKS_TABLE) == ({'東北', '九州'}, set())


def test_the_bureaus_own_table_still_gives_its_rows():
    assert _places(OWN_TABLE)[1] == {'青森県', '秋田県', '山形県'}


def test_a_shops_domain_spelling_a_town_of_several_prefectures_gives_nothing():
    # 中川町 (北海道) and 那珂川町 (栃木県) both read nakagawa: no one prefecture.
    assert place_of_address("https://www.nakagawa-town.jp/shop/item/123") is None
