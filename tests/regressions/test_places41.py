"""places41: forms in which national pages (ministry press, other-gov, White Paper sections) name the places they
are about, written by the helper in the style of real pages and labelled by bench/realdocs/README.md's conventions
before any run: a table of cases under a case heading, a field listing a drill's or trial's sites, an item of a
minister's own statement in a press conference, and the venue of a national body's seminar in the capital; with
the pages where each must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"))


def _places(text: str):
    m = _derive(text)
    return set(m.region), set(m.prefecture)


# A White Paper's table of cases under its heading (「…の主な事例」 over 「| 団体名 | 都道府県 | 取組 |」): the
# header row names columns, the rows below are the cases.
WP_CASE_TABLE = (
    '総務省トップ > 政策 > 白書 > 令和2年版 > ICTを活用した地域の課題解決\n'
    '第2章 第4節 ICTを活用した地域の課題解決\n'
    ' 人口減少と高齢化が進む中、ICTを活用して地域の課題を解決する取組が各地で進められている。主な事例は図表2-4-1のとおりである。\n'
    '図表2-4-1 ICTを活用した地域課題解決の主な事例\n'
    '| 団体名 | 都道府県 | 取組 |\n'
    '| 遠野市 | 岩手県 | 遠隔健診による妊産婦の支援 |\n'
    '| 浜松市 | 静岡県 | 中山間地域のオンライン診療 |\n'
    '| 飯塚市 | 福岡県 | 電子契約の導入 |\n'
)


def test_a_case_table_under_its_heading_gives_each_cases_place():
    assert _places(WP_CASE_TABLE) == ({'東北', '九州', '全国', '東海'}, {'岩手県', '静岡県', '福岡県'})


# A national drill's or trial's sites, listed under a field (訓練実施地域) one a row, or on the field's line.
DRILL_SITES = (
    '災害時の臨時災害放送局の開設訓練の実施\n'
    '令和5年9月1日\n'
    '総務省\n'
    ' 総務省は、大規模災害に備え、地方公共団体と連携して臨時災害放送局の開設訓練を実施します。\n'
    '訓練実施地域\n'
    '・宮城県石巻市\n'
    '・和歌山県串本町\n'
    '・宮崎県日南市\n'
    ' 訓練では、総務省が保有する臨時災害放送局用の送信機を搬入し、開設手続から放送までを行います。\n'
)
TOWN_BARE_NOT_SITES = (
    '自治体DXの推進に関する調査結果の公表\n'
    '令和6年3月29日\n'
    '総務省\n'
    ' 総務省は、全国の地方公共団体を対象に、自治体DXの取組状況を調査しました。\n'
    '対象団体:全1,788団体\n'
    '回答率:100%\n'
)


def test_a_sites_field_gives_the_programmes_places():
    assert _places(DRILL_SITES) == ({'近畿', '九州', '全国', '東北'}, {'宮城県', '宮崎県', '和歌山県'})
    assert _places(TOWN_BARE_NOT_SITES) == ({'全国'}, set())


# A minister's own statement taking up a town or a disaster's place as an item; a condolence and a
# reporter's question do not.
CONF_ITEM_TOWN = (
    "総務大臣閣議後記者会見の概要\n"
    "令和6年5月10日\n"
    "冒頭発言\n"
    " 皆様、おはようございます。\n"
    " 1点目は、地方財政の状況についてです。令和5年度の決算見込みを取りまとめました。\n"
    " 歳入は地方税の増収により前年度を上回り、歳出は社会保障関係費が増加しています。\n"
    " 詳細は、本日、総務省のホームページに掲載いたします。\n"
    " 2点目は、ふるさと納税の指定についてです。募集適正基準に適合した団体を指定いたしました。\n"
    " また、岩手県遠野市につきましては、返礼品の見直しの申出がありましたので、改めて審査いたします。\n"
    "質疑応答\n"
    "問:地方財政について伺います。\n"
    "答:引き続き注視してまいります。\n"
)
# A reporter's question on a town, after the statement (the page long enough that its head is the statement).
CONF_QUESTION = (
    "総務大臣閣議後記者会見の概要\n"
    "令和5年11月17日\n"
    "冒頭発言\n"
    " 皆様、おはようございます。\n"
    " 本日、携帯電話の不感地域の解消に向けた基本方針を公表しました。\n"
    " 全国の不感地域を令和9年度までに解消することを目指します。\n"
    " 基地局の整備に対する補助を拡充し、事業者との協議を進めます。\n"
    " 詳細は、総務省のホームページに掲載いたします。\n"
    " 私からは以上です。\n"
    "質疑応答\n"
    "問:ふるさと納税について伺います。指定を取り消された静岡県小山町について、どのようにお考えですか。\n"
    "答:個別の団体についてのコメントは差し控えます。\n"
)
# A disaster named after its place, as an item of the statement (the place written no other way).
CONF_ITEM_DISASTER = (
    "デジタル大臣記者会見要旨\n"
    "令和6年2月16日\n"
    "1. 発言要旨\n"
    " マイナポータルの新しい機能を、今週から公開しております。\n"
    " 健康保険証の情報を端末に保存できるようになりました。\n"
    " 受診の際に、紙の保険証の代わりにお使いいただけます。\n"
    " 能登半島地震でマイナンバーカードを用いた避難者の把握を進めておりますが、その状況についてお知らせします。\n"
    " 避難所に設置したカードリーダーは、昨日までに200台となりました。\n"
    "2. 質疑応答\n"
    "記者:健康保険証の廃止について伺います。\n"
    "大臣:予定どおり進めてまいります。\n"
)
CONF_CONDOLENCE = (
    'デジタル大臣記者会見要旨\n'
    '令和6年3月1日\n'
    '1. 発言要旨\n'
    ' 令和6年能登半島地震で亡くなられた方々に心から哀悼の意を表します。\n'
    ' 本日は、マイナンバーカードの交付状況についてご報告します。交付枚数は累計で9,000万枚を超えました。\n'
    '2. 質疑応答\n'
    '記者:健康保険証の廃止について伺います。\n'
    '大臣:予定どおり進めてまいります。\n'
)


def test_an_item_of_the_ministers_own_statement_is_a_topic():
    assert _places(CONF_ITEM_TOWN) == ({'全国', '東北'}, {'岩手県'})
    assert _places(CONF_ITEM_DISASTER) == ({'全国', '北陸'}, {'石川県'})
    assert _places(CONF_QUESTION) == ({'全国'}, set())
    assert _places(CONF_CONDOLENCE) == ({'全国'}, set())


# The venue of a national body's seminar in the capital is passing; a session held for one area keeps its venue.
NEG_VENUE = (
    '「自治体DX推進セミナー」の開催\n'
    '令和6年10月1日\n'
    '総務省\n'
    ' 総務省では、地方公共団体の職員を対象に、自治体DXの推進に関するセミナーを開催します。\n'
    '日時:令和6年11月5日(火)14時00分~16時30分\n'
    '会場:ベルサール神田(東京都千代田区神田美土代町7)\n'
    '対象:地方公共団体の職員\n'
)
VENUE_REGIONAL = (
    '「東北地域 自治体DX推進セミナー」の開催\n'
    '令和6年9月2日\n'
    '総務省\n'
    ' 総務省では、東北地域の地方公共団体の職員を対象に、自治体DXの推進に関するセミナーを開催します。\n'
    '日時:令和6年10月8日(火)13時30分~16時00分\n'
    '会場:TKPガーデンシティ仙台(宮城県仙台市青葉区)\n'
)


def test_a_national_seminars_venue_in_the_capital_is_passing():
    assert _places(NEG_VENUE) == ({'全国'}, set())
    assert _places(VENUE_REGIONAL) == ({'東北'}, {'宮城県'})


# Forms the code already read rightly, kept so (adopted-project tables, towns only, one disaster, case boxes,
# companies and universities with their town, a town two prefectures share, and the opposite errors).
ADOPT_TABLE = (
    '令和6年度「地域デジタル基盤活用推進事業」(実証事業)の採択候補の決定\n'
    '令和6年6月14日\n'
    '総務省\n'
    ' 総務省では、地域の課題解決に資するデジタル実装を支援するため、令和6年度「地域デジタル基盤活用推進事業」(実証事業)の提案を公募していたところ、外部有識者による評価を踏まえ、以下のとおり採択候補を決定しました。\n'
    '採択候補一覧\n'
    '| 実施主体 | 実施地域 | 事業概要 |\n'
    '| 岩見沢市スマート農業推進協議会 | 北海道岩見沢市 | ローカル5Gを活用した自動走行トラクターの遠隔監視 |\n'
    '| 塩尻市 | 長野県塩尻市 | 自動運転バスの遠隔監視と地域BWAの活用 |\n'
    '| 多気町デジタル推進コンソーシアム | 三重県多気町 | 中山間地域における見守りサービスの実証 |\n'
    '連絡先\n'
    '総務省 情報流通行政局 地域通信振興課\n'
)
SITES_TOWNS_ONLY = (
    '自治体システム標準化の先行実証団体の決定\n'
    '令和4年8月5日\n'
    'デジタル庁\n'
    ' デジタル庁は、地方公共団体の基幹業務システムの統一・標準化に向けて、ガバメントクラウドを活用した先行実証を行う団体を決定しましたので、お知らせします。\n'
    '1 先行実証団体\n'
    '岩見沢市、塩尻市、玉城町\n'
    '2 実証の内容\n'
    ' 標準準拠システムをガバメントクラウド上で稼働させ、移行手順、運用コスト及び性能を検証します。\n'
)
NOTO_DAMAGE = (
    '令和6年能登半島地震による通信・放送の被害状況等について(第15報)\n'
    '令和6年1月12日\n'
    '総務省\n'
    ' 令和6年能登半島地震による通信・放送の被害及び復旧の状況について、下記のとおりお知らせします。\n'
    '1 携帯電話\n'
    ' 輪島市、珠洲市、能登町及び穴水町の一部地域で、基地局の停波によりサービスが中断しています。各社は移動基地局車及び衛星回線を用いた応急復旧を進めています。\n'
    '2 放送\n'
    ' 輪島市の一部で地上デジタル放送の中継局が停波しています。\n'
    '3 総務省の対応\n'
    ' 可搬型発電機の貸与を行っています。\n'
)
MINISTER_VISIT = (
    '総務大臣閣議後記者会見の概要\n'
    '令和5年10月13日\n'
    '冒頭発言\n'
    ' 1点目は、携帯電話料金の見直しに関する調査結果の公表についてです。全国の利用者を対象としたアンケートの結果、半数以上の方がプランを見直したと回答しました。\n'
    ' 2点目は、昨日、長野県塩尻市を訪問したことについてです。市役所では、自動運転バスの運行状況や、住民票のオンライン申請の取組を視察し、職員の皆様と意見交換をいたしました。\n'
    '質疑応答\n'
    '問:携帯電話料金について伺います。\n'
    '答:引き続き、利用者にとって分かりやすい料金となるよう取り組んでまいります。\n'
)
AWARD_PAREN = (
    '「令和5年度 地域情報化大賞」の受賞者の決定\n'
    '令和6年2月20日\n'
    '総務省\n'
    ' 総務省では、地域の課題解決にICTを活用した優れた取組を表彰する「地域情報化大賞」の受賞者を決定しましたので、お知らせします。\n'
    '総務大臣賞\n'
    ' 塩尻市(長野県)「シビックテックと協働した行政手続のオンライン化」\n'
    '部門賞\n'
    ' 神山町(徳島県)「サテライトオフィスを核とした移住の促進」\n'
    ' 熊本市(熊本県)「AIを活用した問合せ対応」\n'
    '表彰式は、令和6年3月に東京都内で開催する予定です。\n'
)
ONE_GRANT = (
    '神山町のデジタル田園都市国家構想交付金の交付決定\n'
    '令和5年4月28日\n'
    '内閣府\n'
    ' 内閣府は、徳島県神山町から申請のあったデジタル田園都市国家構想交付金(デジタル実装タイプ)について、交付を決定しました。\n'
    ' 本事業では、町内の全ての公共施設に光ファイバを引き込み、遠隔医療と見守りのサービスを提供します。\n'
)
CASE_BOX = (
    '事例紹介:住民票の写しのオンライン申請\n'
    '(長野県塩尻市)\n'
    '取組の概要\n'
    ' 塩尻市では、マイナンバーカードを用いたオンライン申請により、住民票の写しを郵送で受け取れるようにしました。\n'
    ' 申請件数は導入初年度に約1,200件となり、窓口の待ち時間が短縮されました。\n'
    '取組のポイント\n'
    ' システムは共同利用型のサービスを用い、導入費用を抑えています。\n'
    '出典:地方公共団体のDX推進事例集\n'
)
TOWN_TORIKUMI = (
    '岩見沢市の取組\n'
    '~ブロードバンドを活用したスマート農業~\n'
    ' 岩見沢市では、市内全域に自営の光ファイバ網と地域BWAを整備し、農業者が自動走行トラクターやドローンを使えるようにしています。\n'
    ' 市が設置した気象観測装置のデータは、農業者のスマートフォンに配信され、病害の予察に活用されています。\n'
    '出典:内閣官房 デジタル田園都市国家構想実現会議事務局\n'
)
COMPANY_TOWN = (
    'スマート農業実証プロジェクト 成果報告\n'
    '株式会社くまもとアグリテック(熊本県菊池市)\n'
    '実証課題:中山間地域の水田における水管理の省力化\n'
    ' 水田の水位センサーと自動給水栓を導入し、見回りの時間を約6割削減しました。\n'
    ' 通信には、LPWAの基地局を地区の公民館に設置して用いました。\n'
    '農研機構 スマート農業実証プロジェクト\n'
)
UNIVERSITY_TOWN = (
    '研究成果のお知らせ\n'
    '海洋環境を遠隔で観測する無線ブイを開発\n'
    '国立研究開発法人情報通信研究機構と大島商船高等専門学校は、周防大島町の沿岸に設置した無線ブイにより、水温と潮流を常時観測する実証を行いました。\n'
    ' 観測データは、地元の漁業協同組合に配信され、養殖の管理に活用されています。\n'
)
DATE_CITY_QUALIFIED = (
    '事例:伊達市(福島県)における放射線量の見える化\n'
    ' 伊達市では、市内の小中学校に設置した線量計の測定値をウェブ上の地図で公開しています。\n'
    ' 伊達市の担当者は、「保護者の不安の解消につながった」と話しています。\n'
)
FUCHU_BARE = (
    'オープンデータの取組事例\n'
    '府中市では、公共施設の予約状況をオープンデータとして公開し、民間の予約サービスと連携しています。\n'
    ' データの形式は5つ星のうち3つ星に当たるCSVとしています。\n'
)
KUMAMOTO_QUAKE = (
    '平成28年熊本地震における災害用伝言サービスの利用状況\n'
    ' 平成28年熊本地震の発生後、益城町や南阿蘇村などの被災地域では、災害用伝言ダイヤル及び災害用伝言板が多く利用されました。\n'
    ' 避難所には、通信事業者により特設公衆電話と無料Wi-Fiが設置されました。\n'
)
WP_CASE = (
    '令和5年版 情報通信白書\n'
    '第3節 地域におけるテレワークの推進\n'
    ' テレワークは、時間や場所にとらわれない働き方として、全国で導入が進んでいる。総務省の調査によれば、テレワークを導入している企業の割合は5割を超えた。\n'
    ' 地方においては、サテライトオフィスの誘致が地域への人の流れを生む取組として注目されている。\n'
    '事例 徳島県神山町 サテライトオフィスの誘致\n'
    ' 神山町では、町内全域に整備された光ファイバ網を生かし、古民家を改修したサテライトオフィスに都市部の企業を誘致している。これまでに十数社が進出した。\n'
)
NEG_EXAMPLES = (
    '自治体におけるチャットボットの導入状況\n'
    ' 住民からの問合せに自動で回答するチャットボットは、例えば札幌市、横浜市、福岡市など、全国で約400の地方公共団体が導入している。\n'
    ' 導入に当たっては、回答の正確性を定期的に点検することが重要である。\n'
)
NEG_SPEAKER = (
    '情報通信研究機構 シンポジウム「Beyond 5Gが拓く社会」\n'
    '開催日:2024年2月8日\n'
    'プログラム\n'
    '基調講演 山田太郎 氏(東北大学 教授)\n'
    '講演 佐藤花子 氏(九州工業大学 准教授)\n'
    'パネル討論 「地域におけるBeyond 5Gの活用」\n'
    '主催:国立研究開発法人情報通信研究機構\n'
)
NEG_PAST_DISASTER = (
    '非常用電源の確保について\n'
    ' 東日本大震災では、長時間の停電により多くの基地局が停波した。この教訓を踏まえ、各携帯電話事業者は、基地局の予備電源の長時間化を進めている。\n'
    ' 総務省は、全国の重要な基地局について、24時間以上の電源確保を求めている。\n'
)
NEG_MEMBERS = (
    '「地域通信振興に関する検討会」の開催\n'
    '令和5年7月3日\n'
    '総務省\n'
    ' 総務省は、地域における通信インフラの維持と活用の在り方を検討するため、「地域通信振興に関する検討会」を開催します。\n'
    '構成員\n'
    ' 石田一郎 東京大学大学院 教授(座長)\n'
    ' 木村二郎 長野県 企画振興部長\n'
    ' 森三郎 一般社団法人日本ケーブルテレビ連盟 専務理事\n'
)


def test_forms_already_read():
    assert _places(ADOPT_TABLE) == ({'信越', '全国', '北海道', '東海'}, {'三重県', '北海道', '長野県'})
    assert _places(SITES_TOWNS_ONLY) == ({'信越', '全国', '北海道', '東海'}, {'三重県', '北海道', '長野県'})
    assert _places(NOTO_DAMAGE) == ({'北陸'}, {'石川県'})
    assert _places(MINISTER_VISIT) == ({'信越', '全国'}, {'長野県'})
    assert _places(AWARD_PAREN) == ({'信越', '全国', '四国', '九州'}, {'熊本県', '徳島県', '長野県'})
    assert _places(ONE_GRANT) == ({'四国'}, {'徳島県'})
    assert _places(CASE_BOX) == ({'信越'}, {'長野県'})
    assert _places(TOWN_TORIKUMI) == ({'北海道'}, {'北海道'})
    assert _places(COMPANY_TOWN) == ({'九州'}, {'熊本県'})
    assert _places(UNIVERSITY_TOWN) == ({'中国'}, {'山口県'})
    assert _places(DATE_CITY_QUALIFIED) == ({'東北'}, {'福島県'})
    assert _places(FUCHU_BARE) == (set(), set())
    assert _places(KUMAMOTO_QUAKE) == ({'九州'}, {'熊本県'})
    assert _places(WP_CASE) == ({'全国', '四国'}, {'徳島県'})
    assert _places(NEG_EXAMPLES) == ({'全国'}, set())
    assert _places(NEG_SPEAKER) == ({'全国'}, set())
    assert _places(NEG_PAST_DISASTER) == ({'全国'}, set())
    assert _places(NEG_MEMBERS) == ({'全国'}, set())


# A trial's sites on the field's own line, with no word of choosing in the page.
TRIAL_LINE = (
    "ドローンによる河川巡視の実証実験の実施\n"
    "令和6年7月1日\n"
    "国土交通省\n"
    " 国土交通省は、河川の巡視を効率化するため、ドローンを用いた実証実験を行います。\n"
    "実証地域:岩見沢市、塩尻市\n"
    " 実験では、自動航行するドローンの映像から堤防の変状を検出できるかを検証します。\n"
)
# A field whose words go on, and a venue field: no list of sites.
TRIAL_PROSE = (
    "ドローンによる河川巡視の実証実験の公募\n"
    "令和6年5月1日\n"
    "国土交通省\n"
    " 国土交通省は、河川の巡視を効率化するための実証実験の実施者を公募します。\n"
    "実施地域:応募者の提案によるものとし、例えば岩見沢市のような積雪地域を想定しています。\n"
)


def test_a_sites_field_on_its_own_line_and_one_that_goes_on():
    assert _places(TRIAL_LINE) == ({"全国", "北海道", "信越"}, {"北海道", "長野県"})
    assert _places(TRIAL_PROSE) == ({"全国"}, set())

# Towns written with their prefecture before them, closed by a count (「…の3か所で行い」): the sites the
# national page is about, as the bracketed form (塩尻市(長野県)…の3地域) already is.
PROSE_THREE_SITES = (
    "中山間地域におけるドローン物流の実証の開始\n"
    "令和6年8月20日\n"
    "国土交通省\n"
    " 国土交通省は、過疎地域における物流の確保に向けて、ドローンによる配送の実証を開始します。\n"
    " 実証は、北海道上士幌町、長野県伊那市及び徳島県那賀町の3か所で行い、日用品と医薬品を山間部の集落に届けます。\n"
)
# A statistic's ranking closed by a count is no choice of sites.
RANKED_THREE = (
    "オンライン申請の利用状況の調査結果\n"
    "令和6年8月20日\n"
    "総務省\n"
    " 総務省は、全国の地方公共団体におけるオンライン申請の利用状況を調査しました。\n"
    " 利用率が最も高かった団体は、順に、北海道上士幌町、長野県伊那市及び徳島県那賀町の3団体でした。\n"
)


def test_towns_with_their_prefecture_closed_by_a_count_are_the_sites():
    assert _places(PROSE_THREE_SITES) == ({"全国", "北海道", "信越", "四国"}, {"北海道", "長野県", "徳島県"})
    assert _places(RANKED_THREE) == ({"全国"}, set())

# A page of no known issuer, national by how it writes (総務省の調査では, 地方公共団体における), giving its cases
# under a heading: read as a national page, its cases are its subjects beside the country.
CASE_LIST_BY_VOICE = (
    "地方公共団体におけるテレワークの導入事例\n"
    " テレワークを導入する地方公共団体が増えている。総務省の調査では、都道府県と政令指定都市の全てが導入済みである。\n"
    "先進事例\n"
    "・仙台市(宮城県):全職員を対象としたテレワークの導入\n"
    "・福岡市(福岡県):庁内の無線LAN化とペーパーレス会議\n"
    "・広島市(広島県):育児中の職員の在宅勤務\n"
)
# The same voice with towns only as examples (no case heading, no choice): the country alone.
PASSING_BY_VOICE = (
    "地方公共団体におけるテレワークの導入状況\n"
    " テレワークを導入する地方公共団体が増えている。総務省の調査では、都道府県と政令指定都市の全てが導入済みである。\n"
    " 市町村でも導入が進み、例えば仙台市(宮城県)、福岡市(福岡県)、広島市(広島県)などで全職員が利用できる。\n"
)


def test_a_national_voice_page_keeps_its_cases():
    assert _places(CASE_LIST_BY_VOICE) == ({"全国", "東北", "九州", "中国"}, {"宮城県", "福岡県", "広島県"})
    assert _places(PASSING_BY_VOICE) == ({"全国"}, set())

# A national release's contact block with its office's street address in brackets: where to ask.
CONTACT_ADDRESS = (
    "電波利用料の納付に関するお知らせ\n"
    "令和6年4月1日\n"
    "総務省\n"
    " 令和6年度の電波利用料の納付書を送付しました。納期限までに納付してください。\n"
    " 口座振替を利用すると、納付の手続が不要になります。\n"
    "お問合せ先\n"
    "総務省 総合通信基盤局 電波部 電波政策課 電波利用料企画室\n"
    "(東京都千代田区霞が関2-1-2)\n"
)
# A national page on one town's case keeps the town, though its contact block gives the town's address too.
CONTACT_OF_THE_CASE = (
    "事例紹介:住民票の写しのオンライン申請\n"
    "(長野県塩尻市)\n"
    " 塩尻市では、マイナンバーカードを用いたオンライン申請により、住民票の写しを郵送で受け取れるようにしました。\n"
    "出典:地方公共団体のDX推進事例集(総務省)\n"
    "お問合せ先\n"
    "塩尻市 企画政策部 (長野県塩尻市大門七番町3-3)\n"
)


def test_a_national_pages_contact_address_is_passing():
    assert _places(CONTACT_ADDRESS) == ({"全国"}, set())
    assert _places(CONTACT_OF_THE_CASE)[1] == {"長野県"}

# A White Paper's section wholly about one disaster named after its place: that place's, not the country's.
WP_ONE_DISASTER = (
    "令和6年版 消防白書\n"
    "第1節 令和6年能登半島地震への対応\n"
    "1 被害の状況\n"
    " 令和6年1月1日に発生した能登半島地震では、石川県の輪島市、珠洲市などで最大震度7を観測した。携帯電話の基地局が"
    "停電や伝送路の断絶により停波し、奥能登を中心に通信が途絶した。\n"
    "2 消防の対応\n"
    " 緊急消防援助隊が全国から出動し、救助活動に当たった。\n"
)
# The same disaster's name over a national measure (全国の…に対し): the country as well.
WP_DISASTER_MEASURE = (
    "令和6年版 情報通信白書\n"
    "第2節 令和6年能登半島地震を踏まえた通信インフラの強靱化\n"
    " 令和6年能登半島地震では、輪島市、珠洲市などで携帯電話の基地局が長期間停波した。\n"
    " 総務省は、全国の携帯電話事業者に対し、基地局の予備電源の長時間化と衛星回線の活用を要請した。\n"
)


def test_a_white_paper_section_on_one_disaster_is_that_places():
    assert _places(WP_ONE_DISASTER) == ({"北陸"}, {"石川県"})
    assert _places(WP_DISASTER_MEASURE) == ({"全国", "北陸"}, {"石川県"})

# Towns joined by ・ under one bracketed prefecture: each is that prefecture's, a merged town's name too (三島町,
# 新潟県's until 2005, now known only as 福島県's); towns bracketed one by one keep their own.
GROUP_BRACKET = (
    "平成4年版 通信白書\n"
    "第2章 情報通信政策の動向\n"
    " 郵政省では、テレトピア構想のモデル都市として、4年2月に水沢市(岩手県)、鎌倉市(神奈川県)、"
    "長岡市・越路町・三島町・与板町(新潟県)、萩市(山口県)の地域を指定した。\n"
)
EACH_BRACKETED = (
    "平成4年版 通信白書\n"
    "第2章 情報通信政策の動向\n"
    " 郵政省では、地域情報化のモデル地域として、塩尻市(長野県)・伊達市(福島県)の2地域を指定した。\n"
)


def test_a_group_of_towns_under_one_bracket():
    prefs = _places(GROUP_BRACKET)[1]
    assert "新潟県" in prefs and "福島県" not in prefs
    assert _places(EACH_BRACKETED)[1] == {"長野県", "福島県"}
