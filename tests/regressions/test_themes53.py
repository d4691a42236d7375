"""themes53: pages of my own for the recall rules of オープンデータ・データ活用, 人材育成 and AI・先端技術, labelled by
bench/realdocs README's conventions first.

- data use read against the page's best at DENSITY_MIN (themes.py DENSE_ENOUGH_OF): a field's page on the use of its
  data keeps the theme beside the field's; a field's page that names data use once as a means does not get it;
- 医療情報連携 / 医療情報共有 / カルテ情報共有 (data use), but not from one model in a programme's list;
- 再訓練 (人材育成: the radio operators' retraining), but not from a drill's one 再訓練;
- アバター (AI・先端技術), but not from a game's profile picture named once."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

DATA = "オープンデータ・データ活用"
HEALTH = "医療・介護・健康"
FARM = "農林水産業"
DISASTER = "防災・減災"
AI = "AI・先端技術"
PEOPLE = "人材育成"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- data use beside a field ----------------------------------------------------------------------------------------

# A White Paper-like section on health networks whose subject is the sharing and reuse of the field's records (labels44:
# 医療・介護・健康 and オープンデータ・データ活用).
HEALTH_DATA_SECTION = """医療・介護分野におけるICT利活用の推進
1 医療・介護・健康分野の現状
高齢化の進展に伴い、医療・介護の需要は増大しており、地域の医療機関、介護事業所、薬局の間で患者の診療情報を
やり取りする仕組みの整備が求められている。医療従事者の負担を軽減しつつ、質の高い医療・介護サービスを提供する
ことが課題となっている。
2 地域医療の取組
各地の医療機関では、病院と診療所、介護施設が患者の検査結果や処方を閲覧できるネットワークの構築が進められて
きた。医療・介護の連携により、救急医療や在宅医療、介護の現場で必要な情報を迅速に確認できるようになる。
3 データ利活用の推進
さらに、レセプトや健診の結果を匿名化して分析し、医療機関と保険者の間でデータ連携を図る取組が進められており、
医療の質の向上や健康づくりの施策に生かされている。総務省は、医療機関と自治体が保有する健康・医療・介護のデータ流通を促進する
実証事業を行い、本人が自らの健康記録を管理するPHRの普及に取り組んでいる。
4 遠隔医療とオンライン診療
医師の少ない離島や山間地では、専門医が遠隔地の医療機関の医師を支援する遠隔医療や、患者が自宅で受診できる
オンライン診療が広がっている。総務省と厚生労働省は、遠隔医療の導入の手引きを示し、医療機関の設備の整備を
支援してきた。介護の現場では、見守りセンサーや介護記録の電子化により、介護職員の負担の軽減が図られている。
5 今後の課題
医療・介護・健康の各分野でのICT利活用を進めるため、医療機関の負担や患者の同意の取得方法、介護事業所への
支援について、関係省庁と連携しつつ検討を進める。"""

# A town's disaster-prevention plan page that names data use once, among its means (label: 防災・減災 only): a word
# that is the means of another subject gives no theme.
DISASTER_PLAN_PAGE = """○○町地域防災計画の修正について
○○町防災会議は、令和6年5月に○○町地域防災計画を修正しました。
修正の主な内容
1 能登半島地震の教訓を踏まえ、避難所の運営体制、備蓄物資の品目と数量を見直しました。
2 土砂災害警戒区域の指定に伴い、避難指示の発令基準と対象地区を改めました。
3 AI等の先端技術やデータ活用による災害情報の収集を進め、防災行政無線、緊急速報メール、町ホームページ等により
  住民への迅速な情報伝達を図ります。
4 要配慮者の避難支援のため、個別避難計画の作成を進めます。
5 自主防災組織の育成と防災訓練の実施により、地域の防災力を高めます。
計画の全文は、町役場防災安全課及び各支所で閲覧できます。
問い合わせ先 総務課 防災安全係"""


def test_a_fields_data_use_page_keeps_data_use():
    got = themes_of(HEALTH_DATA_SECTION)
    assert HEALTH in got
    assert DATA in got


def test_data_use_once_as_a_means_gives_no_theme():
    got = themes_of(DISASTER_PLAN_PAGE)
    assert DISASTER in got
    assert DATA not in got


# A prefecture's farm subsidy that says データ活用 twice, both times as the means of what it funds and asks (label:
# 農林水産業 only): two strong hits of the means on a page full of farming must not give data use.
FARM_SUBSIDY = """スマート農業導入支援事業のご案内
県では、農業者の高齢化と担い手不足に対応するため、スマート農業機械の導入を支援します。
対象者 県内の認定農業者、集落営農組織、農業法人
対象機械 直進アシスト機能付き田植機、可変施肥機、水田の水管理システム、畦畔除草機
補助率 事業費の2分の1以内(上限300万円)
申請期間 令和6年5月1日から6月28日まで
申請方法 市町村の農政担当課を経由して、県農業振興課に申請書を提出してください。
審査では、導入による作業時間の削減、規模拡大、データを活用した栽培管理による収量の向上、営農の継続計画を評価します。経営面積、作付品目、
地域の農地の集積計画との整合、研修への参加状況も確認します。
導入後3年間は、作業時間、収量、農作業の安全に関する実績と、データ活用による経営改善の状況を報告してください。
農業者の皆様の経営の発展のため、ぜひご活用ください。
問い合わせ先 県農林水産部 農業振興課 電話 000-000-0000"""


def test_data_use_twice_as_a_farm_subsidys_means_gives_no_theme():
    got = themes_of(FARM_SUBSIDY)
    assert FARM in got
    assert DATA not in got


# --- 医療情報連携 -----------------------------------------------------------------------------------------------------

# A ministry's award list of regional IoT models, one of which is an EHR network (label: IoT and 医療 by the
# excerpt; one model in a list is not the page's data use).
IOT_MODELS = """地域IoT実装推進事業に係る採択候補の決定
総務省は、地域IoT実装推進事業について、外部有識者による評価を踏まえ、採択候補を決定しました。
本事業は、地域IoT実装推進ロードマップにおける分野別モデルの普及展開を推進するため、地方公共団体等が
行う地域の課題解決のためのIoT実装を支援するものです。
採択候補(分野別モデル)
・ 教育クラウド・プラットフォーム ○○市
・ 医療情報連携ネットワーク(EHR) ○○県○○町
・ 農業IoT ○○村
・ 地域の観光振興にIoTを活用したモデル ○○市
・ 鳥獣被害対策IoT ○○町
今後、交付決定に向けた手続を進めます。
連絡先 情報流通行政局 地域通信振興課"""


def test_one_ehr_model_in_a_list_gives_no_data_use():
    got = themes_of(IOT_MODELS)
    assert DATA not in got


# A reply on the national standard of 医療情報連携 (label: 医療・介護・健康 and オープンデータ・データ活用).
EHR_REPLY = """医療情報連携の全国標準化に関する質問に対する答弁書
一について
御指摘の地域における医療情報連携の仕組みについては、各地域の医療機関等が主体となって運営されており、
その圏域や参加医療機関数、共有される医療情報の範囲等は地域によって異なるものと承知している。
二について
政府としては、医療機関や薬局の間で電子カルテ情報等を共有・交換する電子カルテ情報共有サービスを構築する
こととしており、医療情報連携に係る共通の仕様を定めることで、相互運用性の確保を図ることとしている。
三について
全国で医療情報連携を進めるに当たっては、医療機関のシステム改修の負担や患者の同意の在り方についても
検討しており、引き続き、関係者の意見を聴きながら取組を進めてまいりたい。"""


def test_an_ehr_reply_is_data_use():
    got = themes_of(EHR_REPLY)
    assert DATA in got


# --- 再訓練 -----------------------------------------------------------------------------------------------------------

# A bureau's notice of the retraining ship-station radio operators must take (label: 電波・周波数, 人材育成).
RETRAINING = """船舶局無線従事者証明の再訓練の実施について
船舶局無線従事者証明を受けている方は、証明を受けた日から5年ごとに、総務大臣が行う再訓練を受講しなければなりません。
再訓練を受講しない場合、船舶局無線従事者証明の効力を失うことになります。
当局では、次のとおり再訓練を実施します。
実施場所 ○○総合通信局 会議室
受講対象者 船舶局無線従事者証明を有する方で、再訓練の受講期限が到来する方
申込方法 受講申請書に船舶局無線従事者証明書の写しを添えて、当局無線通信部航空海上課へ提出してください。
科目 GMDSSに関する法令、無線機器の取扱い
問い合わせ先 無線通信部 航空海上課"""

# A fire department's drill report where 再訓練 is the drill held again (label: 防災・減災 only).
FIRE_DRILL = """総合防災訓練を実施しました
令和6年9月1日、○○市総合防災訓練を市民体育館及び周辺で実施し、市民、消防団、自主防災組織など約800人が参加しました。
訓練では、震度6強の地震の発生を想定し、避難所の開設、負傷者の救出救助、初期消火、災害対策本部の運営を行いました。
避難所の開設では、受付に時間を要したため、手順を見直したうえで再訓練を行いました。
消防団は、倒壊家屋からの救出訓練と可搬ポンプによる放水訓練を実施しました。
市では、今回の訓練で明らかとなった課題を地域防災計画と避難所運営マニュアルに反映し、災害への備えを進めます。
問い合わせ先 危機管理課"""


def test_radio_operators_retraining_is_training():
    assert PEOPLE in themes_of(RETRAINING)


def test_a_drill_held_again_is_no_training():
    got = themes_of(FIRE_DRILL)
    assert DISASTER in got
    assert PEOPLE not in got


# --- アバター -------------------------------------------------------------------------------------------------------

# A prefecture's page on online games and children's spending, naming the avatar once (label: 迷惑メール・ネット上のトラブル).
GAME_SPENDING = """オンラインゲームの高額課金に注意しましょう
子どもがスマートフォンやゲーム機のオンラインゲームで、保護者の知らないうちに高額な課金をしてしまう相談が
県消費生活センターに寄せられています。
相談事例 小学生の子どもが、ゲーム内のアバターの衣装やアイテムを購入するため、保護者のクレジットカードで
約10万円を支払っていた。
対策
・ 保護者のクレジットカード情報を端末に登録したままにしない。
・ ペアレンタルコントロール機能で、課金の上限やフィルタリングを設定する。
・ 家庭でゲームの利用時間や課金のルールを話し合う。
困ったときは、消費者ホットライン188に相談してください。"""

# A governor's press conference item on avatar-robot trials (label: AI・先端技術).
AVATAR_TRIAL = """知事定例記者会見 「アバター」技術の実証フィールドについて
本県は、遠隔地にいながらロボットを介してその場にいるように活動できるアバター技術の実証フィールドとして、
県内の観光施設と学校を提供することとしました。
アバターロボットを使えば、入院中の子どもが教室の授業に参加したり、離島の高齢者が県外の家族と買い物を
楽しんだりできるようになります。
県は、アバター技術の開発に取り組む企業と協定を結び、通信環境の整備と実証への協力を行います。
実証の結果は、県内の事業者によるアバターの活用につなげていきたいと考えています。"""


def test_a_games_avatar_is_no_advanced_technology():
    assert AI not in themes_of(GAME_SPENDING)


def test_avatar_robot_trials_are_advanced_technology():
    assert AI in themes_of(AVATAR_TRIAL)
