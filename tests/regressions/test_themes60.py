"""themes60: four forms read from the blind batches docs-bp and docs-bo — a page whose headline is ふるさと納税's tax
relief is a tax procedure, not 地域ビジネス; a page whose own name is a plan's and which says the plan was drawn up or
revised is a plan page; a disaster named in a list of the challenges faced is no 防災 page; 無線設備 is 電波's word,
except among a base station's parts — with pages of my own written in the style of real ones, where each must fire and
where it must not."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import CHALLENGES_FACED, CHALLENGES_LISTED, DONATION_RELIEF, PLAN_DRAWN_UP

REVIVAL = "地域ビジネス・地域活性化"
DX = "自治体DX・行政手続"
PLAN = "計画策定・推進体制"
DISASTER = "防災・減災"
RADIO = "電波・周波数"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A city's procedures page on the one-stop relief: who may use it, the form, the online application.
RELIEF = """ふるさと納税ワンストップ特例制度について
ワンストップ特例申請書の提出について
寄附金控除を受けるための手続き
ふるさと納税を行った方のうち、次の条件をすべて満たす方は、確定申告を行わなくても寄附金控除を受けられます。
1.ふるさと納税の寄附金控除を受ける目的以外で、確定申告や住民税の申告を行う必要がない方
2.1年間のふるさと納税先の自治体数が5団体以内である方
申請書は、寄附をした翌年の1月10日までに市へ必着で提出してください。
オンライン申請について
マイナンバーカードをお持ちの方は、スマートフォンからオンライン申請ができます。申請書の郵送は不要です。
申請内容に変更があった場合は、1月10日までに変更届出書を提出してください。
問い合わせ先 総務部 税務課 市民税係
"""

# A town's page on giving to it: its gifts of local produce; the relief is named lower down, as one item of the page.
GIFTS = """ふるさと納税のご案内
〇〇町へのふるさと納税をご検討いただき、ありがとうございます。
いただいた寄附金は、子育て支援や町の景観の保全に活用させていただきます。
返礼品には、町の米、りんご、地酒のほか、町内の温泉旅館の宿泊券をご用意しています。
寄附のお申し込みは、ふるさと納税ポータルサイトからお願いします。
ふるさと納税の寄附金受領証明書は、入金の確認後、1か月程度でお送りします。
なお、ワンストップ特例制度をご利用の方は、申請書を町へご提出ください。
問い合わせ先 企画課 ふるさと納税担当
"""


def test_a_page_headed_by_the_tax_relief_is_a_tax_procedure():
    assert DONATION_RELIEF.search(RELIEF)
    got = themes_of(RELIEF)
    assert REVIVAL not in got
    assert DX in got


def test_a_towns_gifts_page_naming_the_relief_lower_down_keeps_its_revival():
    assert REVIVAL in themes_of(GIFTS)


# A prefecture's ICT vision page: the vision's name as its headline, its council 「…を改訂しました」, its history; no items
# set out and no plan word the tally counts strongly (as 徳島県's 「ICT(愛して)とくしま創造戦略について」, r4927).
PLAN_DRAWN = """みやぎ情報通信ビジョンについて
官民の有識者からなる「みやぎICT懇話会」は、令和6年3月に「みやぎ情報通信ビジョン」を改訂しました。
これまでの経緯
懇話会は、平成20年に最初のビジョンをまとめ、光ファイバ網の整備や電子申請の普及に官民で取り組んできました。
その結果、県内のほぼ全域で高速なインターネットが利用できるようになりました。
改訂したビジョンは、「誰もがデジタルの恩恵を受けられる宮城」を基本理念として、県と市町村、民間企業が連携して30を超える事業を進めています。
問い合わせ先 企画部 デジタル推進課
"""

# A town's news of a drone training: a plan drawn up is named in its body, its own name is no plan's.
TRAINING = """ドローン講習会を開催しました
令和7年6月10日
町では、農業者の皆さんを対象に、ドローンによる農薬散布の講習会を開催しました。
講習会では、機体の操作方法や安全な飛行のためのルールについて、講師から説明がありました。
参加者は、実際に機体を操作し、散布の手順を確認しました。
町は昨年度、スマート農業の導入に向けた取組を進めるため、農業振興の方針を策定しました。
問い合わせ先 産業振興課 農政係
"""


def test_a_plan_page_that_says_the_plan_was_drawn_up_is_a_plan_page():
    assert PLAN_DRAWN_UP.search(PLAN_DRAWN)
    assert PLAN in themes_of(PLAN_DRAWN)


def test_a_plan_drawn_up_named_in_the_body_of_a_training_news_is_no_plan_page():
    assert PLAN_DRAWN_UP.search(TRAINING)
    assert PLAN not in themes_of(TRAINING)


# A prefecture's DX strategy opens on the challenges it faces; the disaster is one of them.
STRATEGY = """〇〇県デジタル戦略について
〇〇県では、南海トラフ地震への備えや人口減少、地域経済の低迷など、多くの課題に直面しています。
こうした中、デジタル技術を活用して県民の暮らしの質を高めるため、令和6年3月に「〇〇県デジタル戦略」を策定しました。
戦略では、行政手続のオンライン化、市町村の情報システムの標準化、県民向けのデジタル活用支援を柱として、県と市町村が連携して取り組みます。
また、光ファイバや5Gなどの情報通信基盤の整備を促進し、デジタル人材の育成を進めます。
問い合わせ先 デジタル推進課
"""

# A town's page on its disaster drills: the floods are what it is about, not a challenge named in a list.
DRILL = """総合防災訓練を実施しました
令和7年9月1日
近年、豪雨による洪水や土砂災害などが頻発しており、地震への備えとともに、地域の防災力の向上が大きな課題となっています。
町では、大規模な地震と豪雨を想定した総合防災訓練を実施し、約500人の町民が参加しました。
訓練では、避難所の開設と安否確認を行いました。
問い合わせ先 総務課 危機管理係
"""


def test_a_disaster_in_a_list_of_challenges_faced_is_no_disaster_page():
    assert CHALLENGES_FACED.search(STRATEGY)
    assert DISASTER not in themes_of(STRATEGY)


def test_a_bracketed_list_of_challenges_is_the_form_too():
    assert CHALLENGES_LISTED.search("我が国が抱える様々な課題(人口減少、少子高齢化、医師不足、災害対応等)を解決するため")


def test_a_drill_page_keeps_its_disaster():
    assert not CHALLENGES_FACED.search(DRILL)
    assert DISASTER in themes_of(DRILL)


def test_a_relative_clause_of_challenges_is_not_the_list():
    # 「課題を抱える地域」: the region the programme serves, a 地域おこし協力隊 page's subject
    assert not CHALLENGES_FACED.search("地域おこし協力隊は、人口減少や高齢化などの課題を抱える地域が都市部から人材を受け入れる制度です。")


# A bureau's page on radio sets for pleasure boats: 無線設備 and 無線, no other strong word (as 関東総合通信局's page for
# fishing-boat operators, r4866), and 携帯電話 beside them.
BOATS = """プレジャーボート向け無線設備の利用促進について
令和7年5月20日
〇〇総合通信局
〇〇総合通信局は、海上保安部と協働し、プレジャーボートの利用者を対象に、海上での安全確保に有効な無線設備の利用促進を進めています。
5月18日に開催されたマリーナの安全講習会に参加し、船舶で利用できる無線設備の種類と導入の手続きについて説明しました。
携帯電話の通じない沖合では、無線による連絡が確実な手段です。昨年の事故でも、船には無線設備が備えられていませんでした。
当局は今後も、関係団体と連携して周知活動を行ってまいります。
"""

# A bureau's press release on a mobile base-station grant: the station's parts are listed, 無線設備 among them, and the
# bureau's 無線通信部 answers (as 東北総合通信局's grant decision, r3912, labelled 5G・移動通信 alone).
BASE_STATION = """報道資料
令和7年7月16日
〇〇県内の携帯電話サービスエリア拡大を支援
− 携帯電話等エリア整備事業(基地局施設整備)の補助金交付決定 −
総務省は、7月8日、〇〇県の3市町村から申請のあった携帯電話等エリア整備事業について、補助金の交付を決定しました。
本事業により、これまで地理的な条件や事業採算上の問題により携帯電話を利用することができなかった地域において、携帯電話の利用が可能となります。
本事業は、過疎地などの条件不利地域において携帯電話等を利用可能とするため、市町村が基地局施設(鉄塔、無線設備など)を整備する場合に、当該施設の整備費用の一部を補助するものです。
連絡先 〇〇総合通信局 無線通信部 陸上課
"""


def test_radio_sets_for_boats_are_a_radio_page():
    assert RADIO in themes_of(BOATS)


def test_a_base_stations_parts_are_no_radio_page():
    assert RADIO not in themes_of(BASE_STATION)
