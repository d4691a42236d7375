"""sceptic65: pages of my own, in the style of real ones, where themes57's forms could misfire — a town site's
privacy footer, a consumer warning naming a leak as a risk, a plan's table of contents listing 情報セキュリティ対策の推進
— and where they must still fire or must leave a theme alone (a research body's smart-farming research keeps
スタートアップ・研究開発)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _peoples_data, _security_item

PRIVACY = "個人情報・プライバシー"
SECURITY = "サイバーセキュリティ"
STARTUP = "スタートアップ・研究開発"
SPAM = "迷惑メール・ネット上のトラブル"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


LIBRARY_EVENT = """図書館の夏休みイベントのお知らせ
〇〇市立中央図書館
夏休み期間中、子ども向けのイベントを開催します。どなたでも参加できますので、お気軽にお越しください。
1 おはなし会
絵本の読み聞かせや手遊びを行います。
日時 7月27日(土)、8月10日(土)、8月24日(土) 午前10時30分から11時まで
対象 3歳から小学校低学年までの子どもと保護者
場所 中央図書館 おはなしのへや
申込 不要(当日直接会場へお越しください)
2 夏休み工作教室
牛乳パックや紙コップを使って、おもちゃを作ります。
日時 8月3日(土) 午後2時から3時30分まで
対象 小学生(低学年は保護者同伴)
定員 20名(先着順)
材料費 無料
申込 7月13日(土)から図書館カウンターまたは電話で受け付けます。
3 一日図書館員
カウンターでの貸出・返却や本の整理など、図書館の仕事を体験します。
日時 8月7日(水)、8月8日(木) 午前9時30分から正午まで
対象 小学4年生から6年生
定員 各日4名(応募多数の場合は抽選)
申込 7月20日(土)までに図書館カウンターでお申し込みください。
4 読書感想文の書き方講座
日時 7月28日(日) 午前10時から11時30分まで
対象 小学3年生から6年生
定員 15名
夏休み期間中の開館時間は午前9時から午後7時までです。月曜日は休館日です。
お問い合わせ 中央図書館 電話 0000-00-0000
このページに関するお問い合わせ 教育委員会 中央図書館
個人情報の取扱いについて
本市は、利用者の個人情報を保護するため、個人情報の保護に関する法律その他の関係法令を遵守し、適正に取り扱います。
ウェブアクセシビリティ方針 サイトマップ リンク集
Copyright (C) 〇〇市 All Rights Reserved.
"""

SUBSCRIPTION_TRAP = """インターネット通販の定期購入トラブルにご注意ください
〇〇県消費生活センター
「初回無料」「お試し価格」と表示された健康食品や化粧品をインターネットで注文したところ、実際は数か月分の購入が条件の定期購入契約だったという相談が、県内の消費生活センターに多数寄せられています。
相談事例1
SNSの広告で「初回500円」と表示されたサプリメントを注文した。2回目の商品が届き、1万円を超える請求を受けた。定期購入が条件だとは気付かなかった。
相談事例2
「いつでも解約可能」と書かれていたので化粧品を注文したが、解約しようとしたら「次回発送日の10日前までに電話で連絡が必要」と言われた。電話が全くつながらない。
相談事例3
海外の事業者が運営するサイトで注文したところ、商品が届かず、事業者とも連絡が取れなくなった。悪質な事業者に注文すると、代金をだまし取られるだけでなく、利用者の個人情報が流出するおそれもある。
トラブルにあわないためのポイント
・注文する前に、定期購入が条件になっていないか、支払総額はいくらか、最終確認画面で必ず確かめましょう。
・解約や返品の条件(解約の連絡期限、連絡方法)を確認しましょう。
・最終確認画面をスクリーンショットで保存しておきましょう。
・通信販売にはクーリング・オフ制度はありません。
特定商取引法では、最終確認画面に分量や支払総額、契約期間などを表示することが義務付けられています。表示に不備があり、誤認して申し込んだ場合は、契約を取り消せる場合があります。
困ったときは、一人で悩まず、消費者ホットライン188(いやや)にご相談ください。
"""

REGISTER_VIEWING = """住民基本台帳の閲覧制度について
〇〇町住民課
住民基本台帳の閲覧制度は、平成18年11月1日に法改正が行われ、何人でも閲覧を請求できる制度から、住民の個人情報を保護するため、閲覧できる場合を限定した制度に改められました。
現在、閲覧ができるのは、国又は地方公共団体の機関が法令で定める事務の遂行のために閲覧する場合、統計調査や世論調査等のうち公益性が高いと認められるものの実施のために閲覧する場合などに限られます。
閲覧の申出は、閲覧の目的、閲覧者の氏名、個人情報の管理方法等を記載した申出書を提出していただきます。
DV、ストーカー行為、児童虐待等の被害者の方は、申出により、加害者からの住民票の写し等の交付及び閲覧を制限する支援措置を受けることができます。
閲覧状況は、毎年1回公表しています。
"""

PLAN_CONTENTS = """〇〇町第6次総合計画 基本計画 目次
第1章 安全で安心して暮らせるまち
1 防災体制の充実
2 消防・救急体制の強化
3 交通安全・防犯対策の推進
第2章 健やかに暮らせるまち
1 子育て支援の充実
2 高齢者福祉の充実
3 健康づくりの推進
第3章 活力あるまち
1 農業の振興
2 商工業の振興
3 観光の振興
第4章 持続可能な行財政運営
1 行政改革の推進
2 情報化の推進
3 情報セキュリティ対策の推進
4 広域連携の推進
"""

BOARD_MINUTES = """第3回〇〇市教育委員会定例会 会議録
日時 令和6年6月25日(火)午後2時
場所 市役所4階 第1会議室
出席委員 教育長、委員4名
議事
(1) 議案第12号 〇〇市立学校給食センター運営委員会委員の委嘱について
(2) 議案第13号 〇〇市社会教育委員の委嘱について
(3) 報告第5号 令和6年度全国学力・学習状況調査の実施について
(4) 学校における情報セキュリティ対策について
(5) セキュリティポリシーの改定について
(6) その他
教育長 ただいまから定例会を開会します。
"""

INSTITUTE_RESULTS = """スマート農業技術の実証研究成果を公表しました
国立研究開発法人〇〇農業研究機構
当機構は、令和3年度から令和5年度にかけて、中山間地域の水田作におけるスマート農業技術の実証研究を行い、その成果を取りまとめました。
本研究では、自動水管理システムとリモートセンシングによる生育診断を組み合わせたスマート農業の実証を3県の実証圃場で行い、水管理労働時間を最大7割削減できることを明らかにしました。
また、実証圃場で得られた収量データと気象データを解析し、追肥時期を予測するモデルを開発しました。
研究成果は、技術マニュアルとして当機構のウェブサイトで公開するとともに、普及指導機関向けの研修会で紹介します。
今後、本研究で開発した予測モデルを他の品目に展開するための研究開発を進めます。
研究担当 〇〇農業研究センター スマート農業研究領域
"""

RESEARCH_CALL = """令和7年度「スマート農業技術の開発・実証プロジェクト」に係る委託研究課題の公募について
農林水産省農林水産技術会議事務局
農林水産技術会議事務局は、令和7年度「スマート農業技術の開発・実証プロジェクト」に係る委託研究課題について、研究実施者の公募を行います。
本事業は、スマート農業技術の開発・実証を行い、その成果を生産現場に普及させることを目的とする委託研究です。
応募資格は、研究開発を行う大学、国立研究開発法人、民間企業、公設試験研究機関等で構成される研究グループです。
研究期間は最長3年間、1課題当たりの研究費の上限は年間5,000万円です。
公募期間 令和7年1月20日から令和7年2月28日まで
応募に当たっては、公募要領を必ずご確認ください。
問い合わせ先 農林水産技術会議事務局研究推進課
"""

E_APPLICATION_FAQ = """電子申請サービスに関するよくある質問
〇〇市デジタル推進課
Q1 電子申請サービスで申請できる手続について
A 住民票の写しの請求、税証明の請求、各種イベントの申込みなど約120の手続を申請できます。手続の一覧は電子申請サービスのトップページをご覧ください。
Q2 利用者登録について
A 利用者登録をしなくても申請できる手続がありますが、登録しておくと申請内容の確認や入力の省略ができます。
Q3 マイナンバーカードを使った申請について
A 本人確認が必要な手続では、マイナンバーカードとスマートフォンで電子署名を行います。対応する機種はサービスのページをご確認ください。
Q4 手数料の支払方法について
A クレジットカード、スマートフォン決済がご利用いただけます。
Q5 電子申請システムのセキュリティ対策について
A 通信はすべて暗号化しており、入力された情報が第三者に読み取られることはありません。
Q6 申請後の取下げについて
A 審査が始まる前であれば、申請状況の照会画面から取り下げることができます。
Q7 申請の受付時間について
A 24時間365日申請できます。ただし、システムの保守のため停止する場合があります。
お問い合わせ デジタル推進課 電話 0000-00-0000
"""


# --- PEOPLES_DATA: protecting said of residents only; letting out said as a fact, not a risk ----------------------------

def test_a_town_sites_privacy_footer_gives_no_privacy_theme():
    # The standing footer 「本市は、利用者の個人情報を保護するため…」 under a library's summer events.
    assert _peoples_data(LIBRARY_EVENT) is None
    assert PRIVACY not in themes_of(LIBRARY_EVENT)
    with_site = LIBRARY_EVENT.replace("本市は、利用者の", "本市は、ホームページ利用者の")
    assert PRIVACY not in themes_of(with_site)


def test_handling_notices_of_an_event_or_a_form_are_not_the_form():
    assert _peoples_data("ご記入いただいた参加者の個人情報を適切に保護し、本事業以外の目的には使用しません。") is None
    assert _peoples_data("当店はお客様の個人情報を厳重に保護いたします。") is None


def test_a_consumer_warning_naming_a_leak_as_a_risk_gives_no_privacy_theme():
    assert _peoples_data(SUBSCRIPTION_TRAP) is None
    themes = themes_of(SUBSCRIPTION_TRAP)
    assert PRIVACY not in themes and SPAM in themes
    assert _peoples_data("個人情報の漏えいの危険があるため、会員の個人情報の漏えいの危険は…") is None


def test_residents_protected_and_a_group_let_out_still_give_the_form():
    assert _peoples_data(REGISTER_VIEWING) == "住民の個人情報を保護"
    assert PRIVACY in themes_of(REGISTER_VIEWING)
    assert _peoples_data("村が電子計算組織を適正に管理運営するとともに、村民の個人情報を保護するため") == "村民の個人情報を保護"
    assert _peoples_data("誤って宛先に入力して送信したため、会員の個人情報を流出させる事態を引き起こしました。") == "会員の個人情報を流出"
    assert _peoples_data("中央図書館の利用者の個人情報が漏えいした可能性がある事案が発生しました。") == "利用者の個人情報が漏えい"


# --- SECURITY_ITEM: no 「の推進」 end ---------------------------------------------------------------------------------

def test_a_plans_contents_listing_security_measures_gives_no_security_theme():
    assert _security_item(PLAN_CONTENTS) is None
    assert SECURITY not in themes_of(PLAN_CONTENTS)


def test_an_agenda_item_on_security_measures_still_gives_the_theme():
    assert _security_item(BOARD_MINUTES) == "(4) 学校における情報セキュリティ対策について"
    assert SECURITY in themes_of(BOARD_MINUTES)
    assert _security_item("(1) サイバーセキュリティ対策推進に向けた取組\n(2) その他") == "(1) サイバーセキュリティ対策推進に向けた取組"


def test_an_faq_question_on_a_systems_security_is_not_an_agenda_item():
    assert _security_item(E_APPLICATION_FAQ) is None
    assert SECURITY not in themes_of(E_APPLICATION_FAQ)
    assert _security_item("問2 情報セキュリティ対策について\n") is None


# --- SMART_FARM_TRIAL: a research body's research and a research call keep スタートアップ・研究開発 -------------------

def test_smart_farming_research_of_a_research_body_keeps_research_and_development():
    assert STARTUP in themes_of(INSTITUTE_RESULTS)
    assert STARTUP in themes_of(RESEARCH_CALL)
