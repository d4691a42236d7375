"""places35: a policy officer filtering by 都道府県 the national pages that name several prefectures —
a ministry's 報道資料 of 採択 bodies, a minister's press conference designating towns, a White Paper's
case studies — and a national page's membership list, whose prefectures are its members', not its subject."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.regions import regions_of


def _derive(text: str, path: str = "page.txt"):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path(path))


ADOPTED = (
    "報道資料\n令和6年7月5日\n総務省\n地域デジタル基盤活用推進事業(実証事業)の提案の公募結果\n"
    " 総務省では、地域の課題解決に資するデジタル技術の実装に向けた実証事業の提案を公募していたところ、"
    "外部有識者による評価を踏まえ、以下の4件の提案を採択しましたので、お知らせします。\n"
    "1 採択案件\n"
    "代表機関 | 実証地域 | 実証概要\n"
    "株式会社みちのくネット | 岩手県遠野市 | ローカル5Gを活用した遠隔農作業支援\n"
    "一般社団法人とやまデジタル推進機構 | 富山県南砺市 | 積雪地域における除雪車の自動運行\n"
    "高梁市 | 岡山県高梁市 | 中山間地域における遠隔医療\n"
    "宮崎ケーブルテレビ株式会社 | 宮崎県日南市 | 漁港における水産物の鮮度管理\n"
    "2 今後の予定\n 採択された提案については、速やかに実証を開始する予定です。\n"
    "連絡先\n総務省情報流通行政局地域通信振興課\n電話:03-5253-5756\n"
)


def test_a_ministrys_table_of_adopted_bodies_gives_each_rows_prefecture():
    m = _derive(ADOPTED)
    assert m.prefecture == ("岩手県", "富山県", "岡山県", "宮崎県")
    assert m.region == ("東北", "北陸", "中国", "九州", "全国")


CONFERENCE = (
    "会見発言記事\n総務大臣閣議後記者会見の概要\n令和6年11月8日\n冒頭発言\n"
    " 皆様、おはようございます。\n【デジタル田園都市国家構想】\n"
    "  本日、デジタル実装の優良事例として、北海道更別村、長野県伊那市及び鹿児島県肝付町を選定いたしました。"
    "今後、横展開を進めてまいります。\n  私からは以上でございます。\n質疑応答\n問:\n 来年度の予算要求についてお伺いします。\n"
)


def test_towns_a_sentence_chooses_together_are_the_pages_places_wherever_it_stands():
    # The choice is in the minister's opening remarks, one line in a list of three towns: read as a
    # row of members (×0.3) it placed nothing, and the page was only 全国.
    m = _derive(CONFERENCE)
    assert m.prefecture == ("北海道", "長野県", "鹿児島県")
    assert m.region == ("北海道", "信越", "九州", "全国")
    # A ministry's own page (national) writing the same sentence below its head keeps them too.
    later = CONFERENCE.replace("  本日、", "  先月の会議の結果を報告いたします。\n" * 8 + "  本日、")
    assert regions_of(later, "総務大臣閣議後記者会見の概要", national=True).prefectures == ("北海道", "長野県", "鹿児島県")
    # …also with each town's prefecture in brackets after it, as a ministry's list writes them.
    bracketed = later.replace("北海道更別村、長野県伊那市及び鹿児島県肝付町", "更別村(北海道)、伊那市(長野県)及び肝付町(鹿児島県)")
    assert regions_of(bracketed, "総務大臣閣議後記者会見の概要", national=True).prefectures == ("北海道", "長野県", "鹿児島県")
    # The same towns enumerated as what the minister visited are no choice: passing, on a national page.
    visited = later.replace("デジタル実装の優良事例として、", "").replace("を選定いたしました", "を訪問いたしました")
    assert regions_of(visited, "総務大臣閣議後記者会見の概要", national=True).prefectures == ()


def test_a_summit_named_after_two_places_is_no_choice_of_places():
    # (Below the head: a choice announced in the head is read by _chosen_places, another rule.)
    text = ("第3節 国際的な取組\n" + " 情報通信は各国の首脳会議でも取り上げられている。\n" * 8
            + " 2000年7月の九州・沖縄サミットでは、「グローバルな情報社会に関する沖縄憲章」が採択された。\n")
    assert regions_of(text, "第3節 国際的な取組", national=True).prefectures == ()


WHITE_PAPER = (
    "第2節 地域におけるデジタル活用\n"
    " 地方公共団体においては、人口減少や高齢化に伴う課題の解決にデジタル技術を活用する取組が広がっている。\n"
    "事例 北海道更別村における「スーパービレッジ構想」\n"
    " 更別村では、ドローンによる配送や遠隔診療を組み合わせ、高齢者の暮らしを支えるサービスを提供している。\n"
    "事例 長野県伊那市における移動診療車\n"
    " 伊那市では、看護師が乗車した移動診療車とオンライン診療を組み合わせている。\n"
    " このほか、大阪府や福岡県でも同様の取組が検討されている。\n"
    "図表2-3-1-1 地方公共団体のデジタル活用の状況\n"
)


def test_a_white_papers_case_studies_are_its_places_and_a_passing_mention_is_not():
    m = _derive(WHITE_PAPER, "whitepaper/r05/0042.txt")
    assert m.prefecture == ("北海道", "長野県")
    assert m.region == ("北海道", "信越", "全国")


MEMBERS = (
    "報道資料\n令和6年5月20日\n総務省\n「地域情報化アドバイザー」の委嘱\n"
    " 総務省は、地域の情報化を支援するため、以下の方々を令和6年度の地域情報化アドバイザーとして委嘱しました。\n"
    "別紙 地域情報化アドバイザー名簿\n"
    "氏名 | 所属\n"
    "青山 一郎 | 北海道札幌市 情報政策課長\n"
    "石田 花子 | 宮城県仙台市 デジタル戦略監\n"
    "上野 健 | 石川県加賀市 イノベーション推進部長\n"
    "江藤 翔 | 福岡県福岡市 DX推進課\n"
    "大野 真理 | 沖縄県那覇市 情報政策課\n"
    "連絡先\n総務省情報流通行政局地域通信振興課\n"
)


def test_a_national_membership_list_gives_no_prefecture():
    # Members' affiliations, one a row across the country: the page is about the scheme, 全国.
    m = _derive(MEMBERS)
    assert m.prefecture == ()
    assert m.region == ("全国",)


MENU = "".join(f"{item}\n" for item in ("ホーム", "報道資料", "政策", "統計情報", "申請・届出", "組織案内",
                                        "所管法令", "よくある質問", "サイトマップ"))
RESULTS = (
    "総務省トップ > 広報・報道 > 報道資料一覧 > 地域情報化推進事業の公募結果\n" + MENU
    + "地域情報化推進事業の公募結果\n令和6年8月2日\n"
    " 総務省では、令和6年5月から6月まで地域情報化推進事業の提案を公募し、外部評価委員会の評価を踏まえ、"
    "以下の3件の提案を採択しました。\n"
    "提案団体 | 所在地 | 事業名\n"
    "十勝デジタル協議会 | 北海道帯広市 | 酪農データの共有基盤\n"
    "みえ地域DX推進機構 | 三重県伊勢市 | 観光客の回遊分析\n"
    "山陰ICT連携会議 | 島根県出雲市 | 高齢者見守りサービス\n"
    "連絡先\n総務省情報流通行政局地域通信振興課\n"
)


def test_rows_a_sentence_below_the_head_announces_as_adopted_are_the_pages_places():
    # The page's menu pushes the choice out of its first lines: the sentence pointing at the rows
    # (以下の3件の提案を採択しました) still makes each row's place a subject.
    r = regions_of(RESULTS, "地域情報化推進事業の公募結果", national=True)
    assert r.prefectures == ("北海道", "三重県", "島根県")
    assert r.regions == ("北海道", "東海", "中国", "全国")
    # The same rows announced as venues of briefings are no choice: passing, 全国 alone.
    venues = RESULTS.replace("以下の3件の提案を採択しました", "以下の会場で説明会を開催しました")
    assert regions_of(venues, "地域情報化推進事業の公募結果", national=True).prefectures == ()


WINDOWS = (
    "報道資料\n令和7年3月14日\n北陸総合通信局\n"
    "電波利用に関する相談窓口の移転について\n"
    " 令和7年4月1日から、北陸総合通信局管内における無線局の簡易な手続の相談は、各県の下記窓口で受け付けます。\n"
    "表:各県の相談窓口\n"
    "県名 住所 担当\n"
    "富山県 〒930-8501\n富山市新総曲輪1-7\n知事政策局 情報政策課 076-444-3000\n"
    "石川県 〒920-8580\n金沢市鞍月1-1\n総務部 デジタル推進課 076-225-1111\n"
    "福井県 〒910-8580\n福井市大手3-17-1\n未来創造部 DX推進課 0776-20-0286\n"
    " なお、免許の申請は、これまでどおり北陸総合通信局で受け付けます。\n"
)


def test_a_bureaus_table_of_each_prefectures_window_over_several_lines_gives_them_all():
    # One row per prefecture, each over three lines (name and postal code, street, office): the rows
    # name every prefecture of 北陸, which the one-line-a-row reading (four lines at most) missed.
    m = _derive(WINDOWS)
    assert m.prefecture == ("富山県", "石川県", "福井県")
    assert m.region == ("北陸",)
    assert "every prefecture of 北陸" in m.sources["prefecture"]


SEMINAR_CASES = (
    "総務省は、地域におけるテレワークの普及を推進するため、全国各地でセミナーを開催しており、9月12日、"
    "札幌市において「テレワーク推進セミナーin北海道」を開催しました。\n"
    "導入事例紹介では、講師の山田氏から熊本県庁の事例のほか、中小企業の事例として、香川県の株式会社さぬき商会の"
    "取組について紹介がありました。\n"
    "当日は、道内の企業や自治体から約80名が参加しました。\n"
)


def test_the_cases_a_speaker_presents_are_the_talks_not_the_pages():
    # The ministry's seminar report is about its venue (北海道); the cases a speaker presented
    # (熊本県庁, 香川県の株式会社) are the talk's examples, as a speaker's home is.
    r = regions_of(SEMINAR_CASES, "テレワーク推進セミナーin北海道", national=True)
    assert r.prefectures == ("北海道",)
    # A case the page itself gives (事例：香川県の…) is still its place.
    own = SEMINAR_CASES.replace("導入事例紹介では、講師の山田氏から熊本県庁の事例のほか、中小企業の事例として、",
                                "事例として、")
    assert "香川県" in regions_of(own, "テレワーク推進セミナーin北海道", national=True).prefectures


PLATFORM = (
    "地方認証プラットフォームの概要\n"
    "地方認証プラットフォームは、市区町村の独自システムに公的個人認証の機能を提供する仕組みです。\n"
    "導入により、住民の利便性向上と行政コストの削減が期待できます。\n"
    "なお、本プラットフォームは、仙台市や広島市等、約200自治体で使われています。\n"
)


def test_towns_given_as_examples_of_a_larger_set_are_passing():
    # 仙台市や広島市等、約200自治体: two examples of two hundred users, in the page's first lines.
    assert regions_of(PLATFORM, "地方認証プラットフォームの概要", national=False).prefectures == ()
    # Control: the same towns as the two users (仙台市及び広島市で使われています) are what the line says.
    both = PLATFORM.replace("仙台市や広島市等、約200自治体で", "仙台市及び広島市で")
    assert regions_of(both, "地方認証プラットフォームの概要", national=False).prefectures == ("宮城県", "広島県")
