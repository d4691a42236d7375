"""places38: a governor's or a mayor's press conference placed by what only the head's own body writes
(道議会, 都民, its own programme's name in kana) and, between prefectures named as often, by the towns the
head writes bare (his own) against those written with another prefecture's name; and the pages where that
reading must not fire (a conference naming another prefecture's towns bare, 都内 written on a page naming
no 東京都, a national minister's conference)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, title: str | None = None, path: str = "page.txt"):
    return derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path(path))


HOKKAIDO = (
    "知事定例記者会見(令和2年5月1日)\n知事定例記者会見\n"
    " •日時/令和2年5月1日(金) 15:00~15:40\n •場所/記者会見室\n"
    "会見項目\n知事からの話題\n1. 新型コロナウイルスに関する対応について\n"
    "記者からの質問\n1. 市町村、道議会との関係について\n"
    "知事からの話題\n"
    "私から1点、お話をさせていただきます。緊急事態措置の期間が延長されることとなりましたが、北海道につきましては、"
    "引き続き外出の自粛をお願いすることといたします。大阪府では休業要請の一部緩和が検討されていると報道されておりますが、"
    "現下の状況を踏まえ、慎重に判断してまいります。\n"
)


def test_a_governors_conference_writing_its_own_assembly_by_its_suffix():
    # 北海道 and 大阪府 once each: a tie the plain count leaves; 道議会 is only 北海道's.
    m = _derive(HOKKAIDO)
    assert m.prefecture == ("北海道",)
    assert m.region == ("北海道",)


ROAD = (
    "令和3年6月1日 定例記者会見 フルテキスト版\n文字サイズ\n音声読み上げ\n"
    "国道439号の改良工事の着工について(説明)\n(幹事社)\n 知事お願いします。\n(知事)\n"
    " それではお願いいたします。\n 今日は私の方から1点発表させていただきます。国道439号の改良工事の着工についてであります。"
    "国道439号は、徳島市から剣山を経由いたしまして、高知県の四万十市につながる幹線道路であります。\n"
    " このたび、三好市東祖谷の未改良区間に着手することとなりました。\n"
)


def test_a_conference_titled_without_its_head_placed_by_its_towns_written_bare():
    # 徳島県 (徳島市, 三好市) and 高知県 (高知県, 四万十市) twice each; the head writes his own towns
    # bare and places the other prefecture's town by its name.
    m = _derive(ROAD)
    assert m.prefecture == ("徳島県",)
    assert m.region == ("四国",)


OWN_PROGRAMME = (
    "知事記者会見の概要(令和元年9月6日)\n令和元年9月6日(金)\n県庁 特別会議室\n"
    "【知事】 今日は9月補正予算案の概要を中心に発表します。\n〔参考資料〕資料No.1 予算案の概要\n"
    "今回の9月補正予算は、項目的にも金額的にも全体の量としては少ないものになります。\n"
    "6月補正後、具体的な議論を詰めて今回提案したものとしては、子ども歴史文化館の整備事業などがあります。\n"
    "一般会計では1,800万円、特別会計では10億4,100万円の補正を行うことになります。\n"
    "観光誘致や交通対策など、タイミングを逃さず対応が必要な事項についても今回計上しており、その中には"
    "「ビジットふくい」観光客誘致拡大事業、小松空港のアクセス改善の事業などを入れています。\n"
)


def test_a_governors_conference_naming_its_own_programme_in_kana():
    m = _derive(OWN_PROGRAMME)
    assert m.prefecture == ("福井県",)
    assert m.region == ("北陸",)


# Must not fire.

OTHERS_TOWNS_BARE = (
    "令和3年7月2日 定例記者会見 フルテキスト版\n文字サイズ\n音声読み上げ\n"
    "近隣県との連携について(説明)\n(幹事社)\n 知事お願いします。\n(知事)\n それではお願いいたします。\n"
    " 本日は、近隣県との連携についてお話しします。先日、松山市と高知市の市長とお会いし、"
    "徳島県と香川県も加えた四国4県での観光周遊について意見交換を行いました。\n"
)


def test_bare_towns_of_two_other_prefectures_place_none_of_them():
    # 愛媛県 (松山市) and 高知県 (高知市) once each, 徳島県 and 香川県 once each: no tie at a score
    # the rule reads (two), and no one prefecture whose towns alone are bare.
    m = _derive(OTHERS_TOWNS_BARE)
    assert "愛媛県" not in m.prefecture and "高知県" not in m.prefecture


TOKYO_NEWS = (
    "市長定例記者会見(令和3年1月8日)\n文字サイズ\n音声読み上げ\n会見項目\n1. 新型コロナウイルス感染症対策について\n"
    "2. 成人式について\n(幹事社)\n 市長お願いします。\n(市長)\n"
    " 先ほど、東京都で感染者数が2000人を超えたとの報道がございました。都内では飲食店の時短営業が続いております。"
    "また、神奈川県でも感染者が増えております。本市としても警戒を強めてまいります。\n"
)


def test_tokyos_suffix_on_a_mayors_conference_breaks_no_tie():
    # 東京都 and 神奈川県 once each, and 都内: news from elsewhere a mayor relays.  Only a governor's
    # conference reads 都内 as the head's own (a mayor near Tokyo speaks of where residents commute).
    m = _derive(TOKYO_NEWS)
    assert m.prefecture == ()


TOKYO_SUFFIX_ALONE = (
    "市長定例記者会見(令和3年2月5日)\n(市長)\n"
    " 都内への通勤者が多い本市では、テレワークの推進が重要です。市内の企業にサテライトオフィスの活用を"
    "呼びかけてまいります。\n"
)


def test_tokyos_suffix_alone_on_a_mayors_conference_is_no_place():
    # 都内 with no 東京都 written: a commuter town's mayor speaking of Tokyo, not Tokyo's page.
    m = _derive(TOKYO_SUFFIX_ALONE)
    assert m.prefecture == ()


MINISTER = (
    "総務大臣閣議後記者会見の概要(令和4年5月13日)\n"
    "大臣からの発言\n"
    "先日、愛媛県の松山市と高知県の高知市を訪問し、自治体DXの取組を視察いたしました。\n"
)


def test_a_ministers_conference_is_not_a_heads():
    # 大臣 is no governor: the head's rule does not place a national conference.
    m = _derive(MINISTER)
    assert "全国" in m.region


# A minister's press conference: where the minister went, or where a meeting it announces is held.

MINISTER_VISIT = (
    "農林水産大臣記者会見概要\n日時 令和6年10月8日(火曜日)9時00分~9時10分 於: 本省会見室\n主な質疑事項\n"
    "質疑応答\n記者\n昨日、宮崎でスマート農業の現場などを視察され、現場で感じたことなど、所感を伺います。\n"
    "大臣\nドローンによる農薬散布の効率は非常に高いということがよくわかりました。一方で、機械の価格が経営を"
    "圧迫する現実もありますので、補助事業のあり方も考えていきたいと思います。\n"
)


def test_a_ministers_visit_to_a_prefecture_written_short():
    m = _derive(MINISTER_VISIT)
    assert m.prefecture == ("宮崎県",)
    assert set(m.region) == {"全国", "九州"}


MINISTERS_MEETING = (
    "総務大臣閣議後記者会見の概要\n令和5年4月25日\n冒頭発言\n1点目\n"
    "本日の閣議において、地方財政の状況を報告いたしました。\n2点目\n"
    "電波利用料の見直しについて、有識者会議の報告書を公表いたしました。\n3点目\n質疑応答\n"
    "今週末、G7デジタル・技術大臣会合が群馬県高崎市で開催をされることになります。本会合は、5月のG7広島サミットに"
    "あわせて開催される関係閣僚会合の一つであり、議長国として議論を主導してまいります。\n"
)


def test_a_ministerial_meeting_held_in_a_prefecture_but_not_a_summit_named_after_another():
    # G7広島サミット is the name of a summit (a stem glued to katakana).
    m = _derive(MINISTERS_MEETING)
    assert m.prefecture == ("群馬県",)
    assert "広島県" not in m.prefecture


# Must not fire.

SEAT = (
    "総務大臣閣議後記者会見の概要\n令和5年7月14日\n冒頭発言\n1点目\n"
    "本日の閣議において、令和5年版情報通信白書を報告いたしました。\n2点目\n"
    "マイナンバーカードの総点検について、各府省の進捗を取りまとめました。\n3点目\n質疑応答\n"
    "来週、全国知事会議が東京で開催されますので、私も出席し、地方財政について意見交換を行う予定です。"
    "また、北海道から視察団の皆様が本省を訪問されることになっております。\n"
)


def test_a_meeting_in_tokyo_and_visitors_from_a_prefecture_are_no_visit():
    # 東京 is the state's seat; 北海道から (visitors coming from there) is no place the minister goes.
    m = _derive(SEAT)
    assert m.prefecture == ()
    assert m.region == ("全国",)


RELEASE = (
    "報道資料\n令和5年9月1日\n総務省\n「地域DX推進セミナー」の開催\n"
    " 総務省は、地域におけるデジタル実装を推進するため、福岡で「地域DX推進セミナー」を開催します。"
    "全国の自治体職員の皆様の御参加をお待ちしております。\n連絡先\n総務省情報流通行政局地域通信振興課\n"
)


def test_a_ministrys_release_is_no_ministers_conference():
    # Only a minister's press conference reads the venue so: a ministry's own release keeps its rules.
    assert _derive(RELEASE).prefecture == ()


# Where a national (中央) event met, on a regional page reporting its area's awardee.

CENTRAL_AWARD = (
    "報道資料\n令和6年3月15日\n沖縄総合通信事務所\n沖縄県漁業無線協会が中央非常通信協議会表彰を受賞\n"
    "第33回中央非常通信協議会表彰\n"
    " 中央非常通信協議会(会長:総務省総合通信基盤局長)は、令和6年3月14日(木)に東京都千代田区において、"
    "第33回中央非常通信協議会表彰を行いました。\n"
    " 沖縄県内からは、沖縄県漁業無線協会が、台風接近時の漁船への気象情報の伝達など非常通信の確保に尽力した"
    "功績により表彰されました。\n"
    "連絡先\n沖縄総合通信事務所 無線通信課\n"
)


def test_where_a_central_award_met_is_not_a_regional_pages_place():
    m = _derive(CENTRAL_AWARD)
    assert m.prefecture == ("沖縄県",)
    assert m.region == ("沖縄",)


JOINT_DRILL = (
    "報道資料\n令和6年11月1日\n東海総合通信局\n非常通信訓練の実施\n"
    " 東海地方非常通信協議会(会長:東海総合通信局長)は、中央非常通信協議会と連携し、"
    "令和6年11月13日に愛知県名古屋市において、第87回全国非常通信訓練を開催しました。\n"
    " 訓練では、県庁と市町村の間で短波無線による情報伝達を行いました。\n"
)


def test_a_regional_councils_drill_held_with_the_central_council_keeps_its_venue():
    m = _derive(JOINT_DRILL)
    assert "愛知県" in m.prefecture


# A station named like a town of another prefecture, on a town's own page.

STATION_OF_A_DISTRICT = (
    "防犯カメラを設置します\n防犯カメラを設置します\n"
    "JR浦安駅の駐輪場に防犯カメラを設置します。\n"
    "浦安駅周辺では自転車の盗難が相次いでおり、2月から浦安駅の駐輪場と浦安駅前広場にカメラを設置します。\n"
    "録画した画像は、琴浦町防犯カメラの設置及び運用に関する要綱に基づき、適正に管理します。\n"
    "お問い合わせ 琴浦町役場 総務課\n"
)


def test_a_station_named_like_another_prefectures_town_on_a_towns_page():
    # 浦安 is 千葉県's 浦安市 by name; the page is 琴浦町's (鳥取県), where a JR浦安駅 stands.
    m = _derive(STATION_OF_A_DISTRICT)
    assert m.prefecture == ("鳥取県",)


# Must not fire.

STATION_AND_A_COMPANY = (
    "イベントのお知らせ\n令和6年5月1日\n"
    "仙台駅前の広場で、デジタル技術を体験できるイベントを開催します。仙台駅から徒歩3分です。\n"
    "運営:株式会社デジタル体験(東京都港区)\n"
    "仙台駅周辺の商店街と連携し、スマートフォン教室も開きます。\n"
)


def test_a_station_beside_a_companys_address_keeps_its_town():
    # 港区 once, in a company's address: no town of the page's own; 仙台駅 stays 宮城県's.
    m = _derive(STATION_AND_A_COMPANY)
    assert "宮城県" in m.prefecture


# The state's local offices, named after the prefecture or the town they serve.

LABOUR_BUREAU = (
    "テレワーク導入支援セミナーの開催について\n令和6年6月3日\n栃木労働局\n"
    " 栃木労働局では、働き方改革の推進に向けて、テレワーク導入を検討する事業主を対象としたセミナーを開催します。\n"
    " 厚生労働省のテレワーク相談センターと連携し、労務管理上の留意点を説明します。\n"
    "お問い合わせ 栃木労働局 雇用環境・均等室\n"
)
WEATHER_OFFICE = (
    "気象情報の提供について\n令和5年8月1日\n宇都宮地方気象台\n"
    " 宇都宮地方気象台では、大雨の際に市町に対して気象情報を提供しています。\n"
    " キキクル(危険度分布)をホームページで確認してください。\n"
)
TAX_OFFICE = (
    "確定申告のお知らせ\n令和6年1月10日\n水戸税務署\n"
    " 水戸税務署では、確定申告書の作成はご自宅からe-Taxでお願いしています。\n"
)


def test_a_local_office_of_the_state_is_about_its_area():
    # 栃木労働局 was 全国 (厚生労働省 named, no place), the others had no place at all.
    assert _derive(LABOUR_BUREAU).prefecture == ("栃木県",)
    assert _derive(WEATHER_OFFICE).prefecture == ("栃木県",)   # 宇都宮市's
    assert _derive(TAX_OFFICE).prefecture == ("茨城県",)        # 水戸市's


# Must not fire.

EVERY_BUREAU = (
    "働き方改革の推進について\n令和6年4月1日\n厚生労働省\n"
    " 厚生労働省は、全国の労働局を通じて、テレワークの導入を支援します。東京労働局、大阪労働局など47の労働局に"
    "相談窓口を設けています。\n 全国どこからでも相談できます。\n"
)
LECTURER = (
    "防災講演会の開催について\n令和6年6月1日\n館林市役所 地域防災課\n"
    " 館林市では、市民の皆様を対象に防災講演会を開催します。\n 日時:令和6年7月6日(土)14時から\n"
    " 会場:館林市文化会館\n 講師:宇都宮地方気象台 気象防災官\n 大雨や台風への備えについてお話しいただきます。\n"
    "お問い合わせ 館林市役所 地域防災課\n"
)


def test_the_ministry_naming_its_bureaus_and_a_lecturers_office_are_not_the_pages_place():
    m = _derive(EVERY_BUREAU)
    assert m.region == ("全国",) and m.prefecture == ()
    assert _derive(LECTURER).prefecture == ("群馬県",)


AGENDA = (
    "知事定例記者会見(令和3年1月6日)\n知事定例記者会見\n •日時/令和3年1月6日(水) 14:30~15:49\n •場所/記者会見室\n"
    "会見項目\n知事からの話題\n 1. 年頭に当たって\n記者からの質問\n 1. 新型コロナウイルス感染症対策について(1)\n"
    " 2. 東京オリンピックについて(1)\n 3. 北海道産ワインについて\n知事からの話題\n年頭に当たって\n"
    " 先ほど、東京都で感染者数が1500人を超えるということで、ニュースで拝見いたしましたけれども、"
    "感染症への対応については、今後も緊張感を持って取り組んでまいります。\n"
)


def test_a_place_on_the_agenda_of_a_heads_conference_outweighs_a_remark():
    m = _derive(AGENDA)
    assert m.prefecture == ("北海道",)


REMARK_ONLY = (
    "知事定例記者会見(令和3年1月13日)\n知事定例記者会見\n •日時/令和3年1月13日(水) 14:30~15:20\n •場所/記者会見室\n"
    "会見項目\n知事からの話題\n 1. 新型コロナウイルス感染症対策について\n 2. 東京オリンピックについて\n知事からの話題\n"
    " 先ほど、東京都で感染者数が1500人を超えるということで、ニュースで拝見いたしました。大阪府でも感染者が増えております。\n"
)


def test_an_agenda_naming_no_place_leaves_remarks_tied():
    # 東京オリンピック is no place on the agenda (a name glued to katakana); 東京都 and 大阪府 once each.
    assert _derive(REMARK_ONLY).prefecture == ()


OWN_NAME_AND_NEIGHBOURS_TOWNS = (
    "令和4年8月2日 定例記者会見 フルテキスト版\n文字サイズ\n音声読み上げ\n"
    "瀬戸内の観光連携について(説明)\n(幹事社)\n 知事お願いします。\n(知事)\n それではお願いいたします。\n"
    " 岡山県としては、瀬戸内の島々を結ぶ周遊ルートの整備に取り組んでまいりました。このたび、高松市と丸亀市の"
    "港を結ぶ航路の利用促進について協議を始めます。岡山県は引き続き連携してまいります。\n"
)


def test_bare_towns_of_a_neighbour_against_a_prefecture_named_by_its_own_governor():
    # 岡山県 twice (its own name) against 香川県's 高松市 and 丸亀市 written bare: a tie the town rule
    # must not break toward the neighbour — no town here is placed after another prefecture's name.
    assert "香川県" not in _derive(OWN_NAME_AND_NEIGHBOURS_TOWNS).prefecture
