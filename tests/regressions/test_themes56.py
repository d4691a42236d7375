"""themes56: forms nobody tuned on, read from labels46's conventions and docs-bl's blind pages.

The health-insurance card (資格確認書, 被保険者証: 医療), a page on an older person's watch-over service (緊急通報装置,
見守りサービス: 医療, IoT when a sensor reports, no デジタルデバイド on who is served alone, no network theme on the phone
line it calls over), a page whose subject is the 119 call (no ネットワーク基盤 / 5G on the caller's phones) and a page on
a town's warning receiver sets (防災ラジオ, 戸別受信機: 電波・周波数).  Each has a page of the kind it was read from where
it fires (excerpts of real pages) and pages of my own in the style of real ones where it must not."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import themes as T

HEALTH = "医療・介護・健康"
DIVIDE = "デジタルデバイド・高齢者"
RADIO = "電波・周波数"
DISASTER = "防災・減災"
NETWORK = "ネットワーク基盤・ブロードバンド"
MOBILE = "5G・移動通信"
IOT = "IoT"
DX = "自治体DX・行政手続"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- the health-insurance card (themes.toml: 資格確認書, 被保険者証) ----------------------------------------------------

# A prefecture's 後期高齢者医療 union on the card (docs-bl r4772, excerpt).
CARD_PAGE = """75歳になったとき
後期高齢者医療資格確認書を交付します
「資格確認書」はマイナ保険証による受診が難しい方からの申請により、お住まいの市町村から交付されるもので、従来の紙の被保険者証と同じように医療機関や薬局の窓口に提示することで、一定の窓口負担で受診することができます。
ただし、後期高齢者におけるマイナ保険証の利用率が他の年代と比較して低い状況にあることから、令和8年7月31日までの間、マイナ保険証の保有状況にかかわらず、申請なしで全被保険者に資格確認書を交付する暫定運用が継続されることとなりました。
※交付の時期等については、お住まいの市町村にお問い合わせください。
マイナ保険証についてはこちらをご覧ください。
①以前に国民健康保険に加入していた方
手続き
- 有効期限の過ぎた国民健康保険資格確認書等をお持ちの方は、お住まいの市町村へ持参するか、自身で細かく裁断して破棄してください。"""

# My own: a town's page on the マイナンバーカード's functions that names the insurance use once in a list.
CARD_LISTED = """マイナンバーカードの交付申請について
マイナンバーカードは、本人確認書類として利用できるほか、コンビニエンスストアでの住民票の写しの交付、マイナポータルでの行政手続のオンライン申請、健康保険証としての利用などができます。
申請は、郵送、パソコン、スマートフォンのほか、市役所市民課の窓口でも受け付けています。
窓口では、職員が申請書の記入や顔写真の撮影をお手伝いします。
交付の準備ができましたら、交付通知書を郵送しますので、通知書と本人確認書類をお持ちのうえ、市民課窓口へお越しください。"""


def test_the_health_insurance_card_is_health():
    assert HEALTH in themes_of(CARD_PAGE)


def test_the_card_named_once_among_a_cards_uses_gives_no_health():
    assert HEALTH not in themes_of(CARD_LISTED)
    assert DX in themes_of(CARD_LISTED)


# --- an older person's watch-over service (_watch_service) ------------------------------------------------------------

# A city's 緊急通報システム page (realdocs r4153, excerpt): the pendant and a sensor that reports no movement.
WATCH_PAGE = """緊急通報システムの設置
65歳以上のひとり暮らし高齢者等が安心で快適な生活を送ることができるよう、ご家庭に緊急通報ができる装置を設置します。
緊急通報システム装置の機能及び事業内容
- ボタン一つで緊急通報し、受信センターにつながります。
- ボタンが押せない場合でも、センサーが利用者の動きを感知し、一定時間動きが無いなど異常があった際には、自動で緊急通報をします。
- 委託先の受信センターで、日々の健康相談をお受けするほか、電話で定期的な安否確認を行います。
- 緊急時や安否確認が必要なときは、登録された連絡先の方や消防局に、受信センターから連絡します。
- 自宅に固定電話回線がない方は、無線型機器をお選びいただけます。
対象者
以下のいずれかの要件を満たし、ご家庭に固定電話がある世帯が対象です。
- ひとり暮らしの高齢者の世帯
- ひとり暮らしの高齢者の世帯に準ずる世帯
(例:高齢者のみの世帯で、病弱あるいは寝たきりの状態にない方が1人である世帯など)
(注)ひとり暮らしの高齢者の世帯の場合、「ひとり暮らし登録」を行う必要があります。
利用者負担
- 固定型:月額365円"""

# My own: a pendant service with no sensor.
WATCH_NO_SENSOR = """緊急通報装置の貸与
町では、おおむね65歳以上のひとり暮らしの高齢者の方に、緊急通報装置を貸与しています。
急病などの緊急時にペンダントのボタンを押すと、受信センターにつながり、看護師などが状況を確認して、協力員やご家族、救急車の出動を要請します。
対象者
- おおむね65歳以上のひとり暮らしの高齢者
- 高齢者のみの世帯で、身体障害者手帳をお持ちの方がいる世帯
利用料
無料です。ただし、通話料は利用者の負担となります。
申し込み
申請書を役場福祉課に提出してください。"""

# My own: a スマホ教室 for older people whose head names a 見守りアプリ: the gap in using ICT, kept.
PHONE_CLASS_WATCH = """シニア向けスマホ教室(見守りアプリの使い方)を開催します
市では、高齢者の方がスマートフォンを安心して使えるよう、シニア向けスマホ教室を開催しています。
今回は、離れて暮らすご家族とつながる見守りアプリの使い方を、デジタル活用支援員がていねいにお教えします。
スマートフォンをお持ちでない方には、貸出用の端末を用意します。
日時 令和7年10月15日(水) 午前10時から正午まで
会場 市民センター 2階 会議室
対象 市内在住の65歳以上の方 15人
内容 スマートフォンの基本操作、見守りアプリのインストールと設定、ビデオ通話のかけ方
申込み 10月1日から電話で高齢福祉課へ"""


def test_watch_service_page_is_care_with_iot_and_no_divide():
    got = themes_of(WATCH_PAGE)
    assert HEALTH in got and IOT in got
    assert DIVIDE not in got and NETWORK not in got


def test_watch_service_without_a_sensor_gets_no_iot():
    got = themes_of(WATCH_NO_SENSOR)
    assert HEALTH in got
    assert IOT not in got and DIVIDE not in got


def test_a_phone_class_for_older_people_naming_a_watch_app_keeps_the_divide():
    assert T._watch_service(nfkc(PHONE_CLASS_WATCH))  # the head names 見守り: the rule is read, and does not drop
    assert DIVIDE in themes_of(PHONE_CLASS_WATCH)


# --- the 119 call's page (CALL_HEAD, CALLER_PHONES) --------------------------------------------------------------------

# A fire service's page on the caller-location system (docs-bl r4761, excerpt).
CALL_PAGE = """本文
奈良市消防局ではNTT固定電話からの119番通報の通報位置を通知する「新発信地表示システム」と、携帯電話及びIP電話からの119番通報の通報位置を通知する「位置情報通知システム」を統合した新システム「統合型位置情報通知システム」の運用を平成22年5月1日から開始します。
統合型位置情報通知システムとはNTT加入電話・携帯電話・IP電話等からの119番通報で音声通話と同時に通話している場所の位置情報を指令室に通知するシステムです。特に屋外からの通報で住所不案内の場合が多い携帯電話からの119番通報には位置情報を活用することにより、通報から出動までの時間短縮が図られ、迅速で確実な消防活動が可能となります。
携帯電話は第3世代(GPS測位対応機種)と呼ばれる機種が対象となります。対応機種等についてはお使いの各携帯電話事業者にお問い合わせください。IP電話については 「0742」で始まる電話番号を使用しているものが対象となります。
携帯電話(第3世代GPS測位対応機種)についてはより精度の高い位置情報が通知されます。それ以外の機種については受信基地局の位置から算出された位置情報が通知されますので、この場合についてはある程度の誤差が生じます。"""

# My own: a carrier's outage report whose head says 119 calls could not be made.
OUTAGE_PAGE = """携帯電話サービスの通信障害について(110番・119番等の緊急通報への影響)
令和7年7月2日午前1時35分頃から、当社の携帯電話サービスにおいて、音声通話及びデータ通信がつながりにくい状況が発生しました。
この障害により、110番、119番等の緊急通報が利用できない状態が約40時間継続しました。
原因は、コアネットワークの設備更新作業における設定誤りにより、加入者データベースに過大な負荷がかかったことです。
影響を受けた回線数は、音声通話約3,000万回線、データ通信約1,500万回線です。
電気通信事業法に基づく重大な電気通信事故として総務省に報告いたしました。
今後、設備の冗長化と作業手順の見直しを行い、再発防止に努めてまいります。
4G及び5Gのネットワークは、7月4日午後3時に全国で回復しております。"""


def test_a_119_call_page_gets_no_network_theme_from_the_callers_phones():
    got = themes_of(CALL_PAGE)
    assert DISASTER in got
    assert NETWORK not in got and MOBILE not in got


def test_a_carriers_outage_naming_119_keeps_its_network_themes():
    got = themes_of(OUTAGE_PAGE)
    assert got & {NETWORK, MOBILE}


# --- a page on warning receiver sets (_receiver_sets) ------------------------------------------------------------------

# A city's 防災ラジオ sale (realdocs r639, excerpt).
RADIO_SETS = """更新日:2024年8月16日
ここから本文です。
防災ラジオを有償で配布
災害時の情報収集に防災ラジオを──。
市民のみなさんヘ防災情報をより早く的確に伝えるため、市では防災・行政情報の伝達手段の強化・多重化に努めています。その一環として防災ラジオの有償配布を実施します。配布価格は市が一部負担することで定価の2割程度となっています。
防災ラジオがあれば、防災無線から流れる緊急地震速報やミサイル発射情報、避難指示・高齢者等避難などを最大音量で聞くことができます。市は緊急情報に限り、防災無線の内容を割込放送します。
申請方法
申込み者の氏名、住所、連絡の取れる電話番号などを記入後、下記申請窓口にご提出ください。その場で現金と引換えに防災ラジオを受領できます。
価格
2,000円"""

# My own: a town's page on its means of warning that names 防災ラジオ once in its head's list.
MEANS_LISTED = """災害時の情報の入手方法
町では、災害時に防災行政無線、防災ラジオ、緊急速報メール、町公式LINE、町ホームページなどで避難情報をお知らせします。
大雨や台風の際は、気象庁の警報や町の避難指示に注意し、早めの避難を心がけてください。
避難所は、各地区の公民館と小中学校体育館です。
ハザードマップで、ご自宅の浸水想定区域や土砂災害警戒区域を確認しておきましょう。
非常持出品として、飲料水、食料、常備薬、懐中電灯などを準備しておきましょう。"""

# My own: a village's receivers on its cable network (音声告知端末): no radio.
SETS_ON_A_CABLE = """戸別受信機(音声告知端末)の設置について
村では、ケーブルテレビ網を利用した音声告知放送により、防災情報や行政情報をお知らせしています。
転入された世帯には、戸別受信機(音声告知端末)を無償で設置します。
設置を希望される方は、総務課までお申し込みください。
故障した場合は、村が無償で修理または交換します。"""


def test_a_page_on_the_sets_is_radio():
    got = themes_of(RADIO_SETS)
    assert RADIO in got and DISASTER in got
    assert T._receiver_sets(nfkc(RADIO_SETS)) == "防災ラジオ"


def test_a_set_named_once_among_means_of_warning_gives_no_radio():
    assert T._receiver_sets(nfkc(MEANS_LISTED)) is None
    got = themes_of(MEANS_LISTED)
    assert DISASTER in got and RADIO not in got


def test_sets_on_a_cable_are_no_radio():
    assert T._receiver_sets(nfkc(SETS_ON_A_CABLE)) is None
