"""sceptic61: pages of my own where themes53's rules could misfire, labelled first by bench/realdocs README's conventions.

- data use read against the page's best at DENSITY_MIN (themes.py DENSE_ENOUGH_OF) on MIN_HITS strong hits only: two
  data words once each, as bullets of a 防災 plan or items of a DX plan, are means (labels44); an EHR network keeps it;
- 医療情報連携 / 医療情報共有 are not 地域医療連携 (referrals between hospitals);
- 再訓練 (人材育成) only beside radio operators: a fire brigade's, a job seeker's or an AI model's 再訓練 trains no ICT people;
- アバターロボット once in a tourism list gives no AI・先端技術."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

DATA = "オープンデータ・データ活用"
HEALTH = "医療・介護・健康"
DISASTER = "防災・減災"
DX = "自治体DX・行政手続"
AI = "AI・先端技術"
PEOPLE = "人材育成"
TOURISM = "観光"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- data use beside a field ----------------------------------------------------------------------------------------

# A city's 地域防災計画 summary: twenty measures, two of them on data (関係機関とのデータ連携, ハザードマップのオープンデータ化)
# (label: 防災・減災, 計画策定・推進体制; no data use: two bullets of another field's plan).
DISASTER_PLAN = """○○市地域防災計画(令和6年度修正)の概要
第1章 総則
本計画は、災害対策基本法第42条の規定に基づき、○○市防災会議が作成する計画であり、市、県、防災関係機関及び市民が
果たすべき役割を定め、災害予防、災害応急対策及び災害復旧・復興を総合的かつ計画的に推進することを目的とする。
第2章 主な施策
1 災害に強いまちづくり
・ 建築物の耐震化の促進
・ 土砂災害警戒区域における避難体制の整備
・ 河川改修と雨水排水施設の整備
・ 緊急輸送道路の確保
2 防災体制の整備
・ 災害対策本部の設置運営訓練
・ 職員の参集体制の見直し
・ 防災情報の共有
・ 関係機関とのデータ連携
・ 災害時応援協定の締結
3 市民の防災力の向上
・ 自主防災組織の結成促進と活動支援
・ 防災訓練及び防災講座の実施
・ ハザードマップのオープンデータ化
・ 要配慮者の個別避難計画の作成
4 避難所の運営
・ 指定避難所の環境改善
・ 備蓄物資の計画的な確保
・ 福祉避難所の指定
・ 感染症対策を踏まえた避難所運営
5 災害応急対策
・ 被害情報の収集と伝達
・ 防災行政無線の更新
・ 消防団の充実強化
第3章 計画の推進
本計画の推進に当たっては、毎年度、防災会議において取組の状況を点検し、必要に応じて計画を修正する。
問い合わせ先 危機管理部 防災課"""

# A town's DX推進計画 news: データ利活用 one of its eight 基本方針, its 官民データ活用推進計画 among the related plans
# (label: 自治体DX・行政手続, 計画策定・推進体制; no data use by labels45: one item and the plan's standing).
DX_PLAN = """○○町DX推進計画を策定しました
町では、デジタル技術を活用して住民の利便性の向上と行政運営の効率化を図るため、○○町DX推進計画を策定しました。
計画期間 令和6年度から令和10年度まで
基本方針
1 行政手続のオンライン化
2 窓口のデジタル化(書かない窓口)
3 自治体情報システムの標準化・共通化
4 マイナンバーカードの普及と利用の促進
5 データ利活用の推進
6 テレワークの推進と業務の効率化
7 デジタルデバイド対策
8 情報セキュリティ対策の徹底
関連計画
・ ○○町官民データ活用推進計画
・ ○○町第6次総合計画
計画の全文はこちらからご覧いただけます。
問い合わせ先 総務課 DX推進係"""


def test_two_data_bullets_of_a_disaster_plan_give_no_data_use():
    got = themes_of(DISASTER_PLAN)
    assert DISASTER in got
    assert DATA not in got


def test_one_data_item_and_a_related_plans_name_give_no_data_use():
    got = themes_of(DX_PLAN)
    assert DX in got
    assert DATA not in got


# A prefecture's page on its 医療情報連携ネットワーク, records shared between hospitals, clinics and pharmacies (label:
# 医療・介護・健康, オープンデータ・データ活用 by labels44: the sharing of the field's records).
EHR_NETWORK = """○○県医療情報連携ネットワーク「○○あんしんネット」
○○あんしんネットは、県内の病院、診療所、薬局、介護事業所が、患者さんの同意のもとで、検査結果、処方、
画像などの診療情報をインターネットを通じて共有する医療情報連携ネットワークです。
参加のメリット
・ 紹介先の医療機関で過去の検査結果や処方を確認でき、重複した検査や投薬を避けられます。
・ 救急搬送時に、かかりつけ医療機関の情報を参照できます。
・ 在宅医療や介護の現場で、多職種が情報を共有できます。
現在、県内の病院45施設、診療所230施設、薬局180施設が参加しています。
県では、医療情報共有の取組を広げるため、参加医療機関のシステム改修費用を補助しています。
患者さんの情報は、セキュリティ対策を施したネットワークで管理しています。
問い合わせ先 県健康福祉部 医療政策課"""

# A prefecture's page on 地域医療連携: referrals between かかりつけ医 and hospitals, a shared clinical path (label:
# 医療・介護・健康 only: no records shared through a system).
REFERRALS = """地域医療連携の推進について
県では、病院と診療所がそれぞれの役割を分担し、患者さんが住み慣れた地域で切れ目のない医療を受けられるよう、
地域医療連携を推進しています。
かかりつけ医と地域医療支援病院
日頃の健康相談や診療はかかりつけ医が行い、専門的な検査や入院が必要な場合には、かかりつけ医の紹介により
地域医療支援病院を受診します。症状が安定した後は、再びかかりつけ医のもとで治療を続けます。
地域連携クリティカルパス
脳卒中や大腿骨頸部骨折の患者さんについて、急性期病院から回復期病院、在宅までの診療計画を共有する
地域連携クリティカルパスの運用を支援しています。
地域医療連携室
各病院の地域医療連携室では、紹介状の受付、転院の調整、退院後の在宅医療や介護サービスとの調整を行っています。
県では、医療機関と介護事業所の連携会議を開催し、医療・介護の連携体制の構築に取り組んでいます。
問い合わせ先 県健康福祉部 医療政策課"""


def test_an_ehr_networks_page_keeps_data_use():
    got = themes_of(EHR_NETWORK)
    assert HEALTH in got
    assert DATA in got


def test_referrals_between_hospitals_are_no_data_use():
    got = themes_of(REFERRALS)
    assert HEALTH in got
    assert DATA not in got


# --- 再訓練 -----------------------------------------------------------------------------------------------------------

# A fire department's retraining of its brigade members (label: 防災・減災 only: no ICT taught).
BRIGADE_RETRAINING = """消防団員の再訓練について
市消防本部では、消防団員の技術の維持向上のため、入団から5年を経過した団員を対象に再訓練を実施しています。
再訓練では、ポンプ操法、ロープ結索、応急手当、火災防ぎょの基本を改めて学びます。
令和6年度の再訓練
日時 令和6年6月9日(日) 午前9時から午後4時まで
会場 市消防訓練場
対象 入団5年目及び10年目の団員
再訓練を修了した団員には修了証を交付します。
問い合わせ先 消防本部 警防課"""

# A prefecture's public vocational training for job seekers (label: no theme of the taxonomy: welding, care, sales).
JOB_RETRAINING = """離職者の再就職に向けた職業訓練のご案内
県立高等技術専門校では、離職された方の再就職を支援するため、公共職業訓練を実施しています。
訓練コース
・ 介護職員養成科(3か月)
・ 溶接加工科(6か月)
・ 建築CAD科(6か月)
・ 販売実務科(3か月)
受講料は無料です(テキスト代等は自己負担)。雇用保険の受給資格のある方は、訓練期間中も基本手当が支給されます。
中高年の離職者の再訓練を重視し、再訓練の修了者には就職支援員が求人の紹介を行います。再訓練の受講は、
お住まいの地域を管轄するハローワークで申し込んでください。
問い合わせ先 県商工労働部 産業人材課"""

# A city's AI that finds road damage in images, its model retrained twice a year (label: AI・先端技術 only).
MODEL_RETRAINING = """AIを活用した道路損傷の自動検出について
市では、パトロール車に搭載したカメラの画像をAIで解析し、道路の穴やひび割れを自動で検出するシステムを導入しました。
検出の精度を高めるため、職員が確認した結果を教師データとして蓄積し、AIモデルの再訓練を年2回行っています。
再訓練により、導入当初は約7割だった検出率が約9割に向上しました。
今後は、再訓練の手順を標準化し、橋梁やトンネルの点検にもAIの活用を広げていきます。
問い合わせ先 道路管理課"""


def test_a_brigades_retraining_is_no_ict_training():
    assert PEOPLE not in themes_of(BRIGADE_RETRAINING)


def test_job_seekers_retraining_is_no_ict_training():
    assert PEOPLE not in themes_of(JOB_RETRAINING)


def test_an_ai_models_retraining_is_no_training_of_people():
    got = themes_of(MODEL_RETRAINING)
    assert AI in got
    assert PEOPLE not in got


# --- アバター -------------------------------------------------------------------------------------------------------

# A city's autumn tourism campaign whose events list a remote tour by avatar robot once (label: 観光 only).
AUTUMN_CAMPAIGN = """秋の観光キャンペーンのお知らせ
市では、10月から12月まで秋の観光キャンペーンを実施します。
主なイベント
・ 紅葉まつり(11月中旬) 城址公園のライトアップと地元の特産品の販売
・ 城下町スタンプラリー 市内の観光施設を巡るスタンプラリー
・ 遠隔観光体験 アバターロボットで城下町を散策
・ 地酒の試飲会 市内の酒蔵による試飲と販売
・ 観光ボランティアガイドによる街歩き
宿泊者には、市内の飲食店で使えるクーポン券を配布します。観光客の皆様のお越しをお待ちしています。
問い合わせ先 商工観光課 観光振興係"""

# A tourism association's remote tour by avatar robot, the robot at work described (label: 観光, AI・先端技術 by labels44:
# a robot described at work).
AVATAR_TOUR = """アバターロボットで遠隔観光体験を実施します
市観光協会は、遠隔地から観光地を楽しめるアバターロボットを使った観光体験を実施します。
参加者は自宅のパソコンからアバターロボットを操作し、ロボットのカメラを通じて城下町の街並みや土産物店を見て
回ることができます。観光ガイドがロボットに同行し、名所の歴史を案内します。
日時 令和6年11月2日、3日
参加費 無料(要予約)
定員 各日20組
体の不自由な方や遠方にお住まいの方にも、まちの魅力を感じていただければと考えています。
問い合わせ先 市観光協会"""


def test_one_avatar_robot_in_a_tourism_list_is_no_advanced_technology():
    got = themes_of(AUTUMN_CAMPAIGN)
    assert TOURISM in got
    assert AI not in got


def test_an_avatar_robot_tour_is_advanced_technology():
    got = themes_of(AVATAR_TOUR)
    assert TOURISM in got
    assert AI in got
