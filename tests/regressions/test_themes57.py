"""themes57: forms of pages for スタートアップ・研究開発, 国際展開, 個人情報・プライバシー, サイバーセキュリティ, 5G・移動通信
and 教育, with pages of my own written in the style of real ones: where each rule must fire and where it must not."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _peoples_data

PRIVACY = "個人情報・プライバシー"
SECURITY = "サイバーセキュリティ"
SPAM = "迷惑メール・ネット上のトラブル"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- a group's personal data protected or let out (PEOPLES_DATA) ------------------------------------------------------

ORDINANCE = """〇〇村電子計算組織の管理運営に関する規則
平成3年3月25日 規則第4号
(目的)
第1条 この規則は、村が電子計算組織を適正に管理運営するとともに、村民の個人情報を保護するため必要な事項を定めることを目的とする。
(定義)
第2条 この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 電子計算組織 電子計算機及びこれに接続する入出力装置をいう。
(2) 記録項目 電子計算組織に記録される事項をいう。
(管理責任者)
第3条 電子計算組織の管理運営に関する事務を総括するため、管理責任者を置き、総務課長をもって充てる。
第4条 村長は、電子計算組織の管理に当たっては、記録項目を常に正確に保持しなければならない。
第5条 電子計算組織の操作は、管理責任者が指定した職員でなければ行うことができない。
第6条 この規則に定めるもののほか、必要な事項は、村長が別に定める。
附則 この規則は、公布の日から施行する。
"""

APOLOGY = """メール誤送信についてのお詫び
令和6年2月14日
〇〇市観光交流課
このたび、〇〇市ふるさとサポーター会員の皆様へイベントのご案内をお送りした際、送信先をBCCに設定すべきところ、誤って宛先(TO)に入力して送信したため、会員の個人情報を流出させる事態を引き起こしました。
メールアドレスが表示された会員の皆様には多大なるご迷惑とご心配をおかけしましたことを深くお詫び申し上げます。
流出したのは会員212名のメールアドレスです。氏名、住所などは含まれておりません。
受信された皆様には、当該メールの削除をお願いしております。
今後は、複数の宛先へのメール送信時には複数の職員で確認を行い、再発防止に努めてまいります。
お問い合わせ 〇〇市観光交流課 電話 0000-00-0000
"""

POLICY = """〇〇町情報セキュリティ基本方針
1 目的
本町の情報システムが取り扱う情報には、町民の個人情報をはじめ行政運営上重要な情報等が多数含まれており、これらの情報資産を様々な脅威から防御することは、町民の財産、プライバシー等を守るためにも、また、事務の安定的な運営のためにも必要不可欠である。
このため、本町の情報資産の機密性、完全性及び可用性を維持するための対策を、情報セキュリティ対策として整備する。
2 定義
(1) ネットワーク コンピュータ等を相互に接続するための通信網及びその構成機器をいう。
(2) 情報システム コンピュータ、ネットワーク及び記録媒体で構成され、情報処理を行う仕組みをいう。
(3) 情報セキュリティ 情報資産の機密性、完全性及び可用性を維持することをいう。
3 対象とする脅威
不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい、破壊、改ざん、消去等。
4 職員等の遵守義務
職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシーを遵守しなければならない。
"""

PHISHING = """宅配業者をかたる不審なショートメッセージにご注意ください
最近、宅配業者を装い「お荷物をお届けにあがりましたが不在のため持ち帰りました」などと記載したショートメッセージ(SMS)が届き、記載されたURLにアクセスすると偽サイトに誘導される事例が多発しています。
偽サイトでIDやパスワードを入力すると、個人情報を盗まれたり、不正なアプリをインストールさせられたりするおそれがあります。
心当たりのないSMSのURLには絶対にアクセスしないでください。
不安な場合は、消費生活センター(消費者ホットライン188)にご相談ください。
〇〇市市民生活課
"""


def test_a_towns_ordinance_guarding_its_residents_data_is_a_privacy_page():
    assert _peoples_data(ORDINANCE) == "村民の個人情報を保護"
    assert PRIVACY in themes_of(ORDINANCE)


def test_an_apology_for_members_addresses_let_out_is_a_privacy_page():
    assert PRIVACY in themes_of(APOLOGY)


def test_a_security_policy_listing_residents_data_among_its_assets_is_not():
    # the template 「町民の個人情報をはじめ」 lists what the policy guards; the group and the act are not said together
    assert _peoples_data(POLICY) is None
    got = themes_of(POLICY)
    assert SECURITY in got and PRIVACY not in got


def test_a_phishing_warning_that_data_may_be_stolen_is_not():
    assert _peoples_data(PHISHING) is None
    assert PRIVACY not in themes_of(PHISHING)


# --- a smart-farming trial's 実証 (SMART_FARM_TRIAL) -----------------------------------------------------------------

STARTUP = "スタートアップ・研究開発"
FARM = "農林水産業"

FARM_TRIAL = """スマート農業実証プロジェクト成果発表会の開催について
令和5年11月8日
〇〇県農林水産部農業技術課
県では、国のスマート農業実証プロジェクトに採択された県内2地区の取組の成果を広く紹介するため、成果発表会を開催します。
1 日時 令和5年12月5日(火曜日)13時30分から16時00分
2 場所 〇〇県農業研究センター 大会議室
3 内容
(1) 水田作スマート農業実証コンソーシアムによる自動操舵トラクタ及び水管理システムの実証結果の報告
(2) 施設園芸スマート農業実証コンソーシアムによる環境制御技術の実証結果の報告
(3) 県農業研究センターと研究機関によるスマート農業技術の開発・実証の紹介(技術開発と実証研究の成果)
(4) 実証農場の見学(ドローンによる農薬散布の実演)
4 対象 農業者、農業関係団体、市町村職員等
5 申込方法 11月30日までに電話又はメールで農業技術課へお申し込みください。
スマート農業の導入による省力化と経営改善の実証成果を、地域の農業者の皆様にご覧いただく機会です。
スマート農業実証の研究成果は、県ホームページでも公開しています。
"""

SENSOR_CALL = """「農業用センサの研究開発」に係る委託研究の公募について
令和6年4月10日
国立研究開発法人〇〇研究機構
当機構では、圃場の土壌水分や作物の生育状況を低消費電力で計測するセンサの研究開発を推進するため、委託研究の公募を行います。
1 研究開発課題 低消費電力広域無線に対応した農業用センサ及びデータ収集基盤の研究開発
2 研究開発期間 契約締結日から令和9年3月31日まで(3か年度)
3 応募資格 大学、研究機関、民間企業等の研究者で構成される研究グループ
4 研究開発の内容 センサ素子の基礎研究から試作、評価までを一体的に行い、研究成果の実用化を目指すものとします。
なお、成果は県のスマート農業実証プロジェクトの圃場で検証する予定です。
5 提案書の提出期限 令和6年5月31日(金曜日)正午
6 審査 外部有識者による評価委員会において提案内容の新規性、研究開発計画の妥当性を評価します。
"""


def test_a_smart_farming_trials_report_day_is_no_research_page():
    got = themes_of(FARM_TRIAL)
    assert FARM in got and STARTUP not in got


def test_a_research_call_that_names_a_smart_farming_trial_keeps_research():
    # one sentence names the trial's fields; the call's own 研究開発 words still count
    assert STARTUP in themes_of(SENSOR_CALL)


# --- security measures on a page's agenda (SECURITY_ITEM) -----------------------------------------------------------

from ictsearch.indexer.metadata.themes import _security_item  # noqa: E402

HEALTH = "医療・介護・健康"

HOSPITAL_COUNCIL = """令和6年度第1回〇〇県医療審議会 次第
日時 令和6年7月18日(木曜日)14時00分から
場所 〇〇県庁本館4階 第2会議室
1 開会
2 議事
(1) 〇〇県保健医療計画の進捗状況について
(2) 地域医療構想の推進について
(3) 病院における医療情報システムのサイバーセキュリティ対策に係る立入検査の結果について
(4) 救急医療体制の確保について
3 報告事項
(1) 医師確保計画に基づく取組について
(2) 医療機関の病床機能報告の結果について
4 閉会
配付資料 資料1 保健医療計画の進捗状況 資料2 地域医療構想調整会議の開催状況 資料3 立入検査の結果 資料4 救急搬送の状況
"""

MANSION = """〇〇市営住宅の入居者の皆様へ
(1) 共用部分の清掃について
(2) 住宅のセキュリティ対策について
オートロックの暗証番号は定期的に変更しますので、管理人室からのお知らせをご確認ください。防犯カメラの設置場所は掲示板に掲載しています。
(3) ごみの出し方について
"""

SPECIFICATION = """〇〇町窓口業務システム構築業務委託 仕様書
1 業務の目的 住民票の写し等の交付に係る窓口業務を効率化するためのシステムを構築する。
2 業務の内容
(1) システムの設計及び構築
(2) データ移行
(3) 職員研修
(4) 運用保守
(5) 情報セキュリティ対策
受注者は、町の情報セキュリティポリシーを遵守すること。
(6) 成果品の納入
"""


def test_a_medical_councils_agenda_item_on_cyber_security_measures_gives_the_theme():
    assert _security_item(HOSPITAL_COUNCIL).startswith("(3) 病院における医療情報システムのサイバーセキュリティ対策")
    got = themes_of(HOSPITAL_COUNCIL)
    assert HEALTH in got and SECURITY in got


def test_agenda_items_run_together_by_the_extractor_still_end_at_the_next_number():
    run = "2 報告事項3 住民基本台帳ネットワークシステムのセキュリティ対策の措置状況及び遵守状況について4学校と警察との情報連携制度の運用状況について"
    assert _security_item(run) is not None


def test_a_buildings_security_measures_and_a_specifications_bare_heading_do_not():
    assert _security_item(MANSION) is None  # locks and cameras: no cyber, information, system or network
    assert _security_item(SPECIFICATION) is None  # a bare heading among a contract's requirements
