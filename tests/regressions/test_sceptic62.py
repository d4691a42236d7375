"""sceptic62: pages of my own, in the style of real ones, where the themes54 and themes55 rules misfired, each labelled
first by bench/realdocs/README's conventions (labels38's 防災行政無線 pages, labels43's greetings, …)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

RADIO = "電波・周波数"
DISASTER = "防災・減災"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- a town's 防災行政無線 used as a channel: its loudspeakers are where the broadcast comes from (_radio_system) -------

# Complaints that the speakers are loud or cannot be heard: the system as a channel (labels38: 防災 only).
RADIO_NOISE = """防災行政無線の放送がうるさい・聞こえにくいとのご意見について
防災行政無線の屋外拡声子局(スピーカー)からの放送について、「音が大きすぎる」「内容が聞き取れない」といったご意見をいただいています。
防災行政無線は、災害時に住民の皆様へ避難情報などを確実にお伝えするためのものです。
毎日夕方5時のチャイムは、機器が正常に動作しているかを確認するために放送しています。
放送が聞き取りにくい場合は、放送内容を市ホームページや安心メールでも確認できます。
スピーカーの近くにお住まいで音量が大きいと感じる方は、危機管理課までご相談ください。
ご理解とご協力をお願いいたします。"""

# A month's list of what was announced (labels38: what is announced and when is 防災 only).
RADIO_CONTENT = """防災行政無線の放送内容(令和6年6月)
6月の防災行政無線による放送内容をお知らせします。
6月3日 17時 大雨注意報の発表について
6月10日 11時 Jアラートの全国一斉情報伝達試験
6月15日 9時 行方不明者の捜索協力のお願い(発見されました)
6月21日 7時 土砂災害警戒情報の発表と避難指示について
6月28日 18時 熱中症警戒アラートについて
放送が聞き取れなかった場合は、屋外拡声子局の近くで再放送をお待ちいただくか、町ホームページをご確認ください。"""

# The receivers the system's waves reach, lent to households (labels38: 電波 beside 防災).
RADIO_RECEIVERS = """防災行政無線戸別受信機の貸与について
町では、防災行政無線の放送を屋内でも聞くことができるよう、戸別受信機を各世帯に無償で貸与しています。
戸別受信機は、役場から放送される災害情報や避難情報を自動的に受信します。
転入された方や、受信機が故障した方は、総務課までお申し出ください。
転出される場合は、戸別受信機を役場へ返却してください。"""


def test_a_radio_channel_page_naming_its_loudspeakers_is_no_radio():
    for page in (RADIO_NOISE, RADIO_CONTENT):
        got = themes_of(page)
        assert RADIO not in got, got
        assert DISASTER in got, got


def test_a_receiver_page_is_radio():
    got = themes_of(RADIO_RECEIVERS)
    assert {RADIO, DISASTER} <= got, got


# --- a greeting whose measure is care itself (_health_in_passing) ----------------------------------------------------

HEALTH = "医療・介護・健康"

# A mayor's new-year greeting whose first item is the new town hospital's 遠隔医療, in three sentences of fifteen
# (labels43: a greeting's themes are the measures it describes): 医療.
MAYOR_TELEMEDICINE = """年頭のごあいさつ
○○町長 山田一郎
新年明けましておめでとうございます。町民の皆様におかれましては、健やかに新春をお迎えのこととお喜び申し上げます。
旧年中は、町政の推進に格別のご理解とご協力を賜り、心から感謝申し上げます。
昨年は、町制施行70周年の記念式典を開催し、多くの町民の皆様とともに節目の年を祝うことができました。
また、夏の豪雨では町内各所で道路の崩落などの被害がありましたが、消防団や地域の皆様のご協力により、迅速に復旧することができました。
さて、本年の町政の最重点課題は、4月に開院する新町立病院での遠隔医療の本格実施です。
新病院では、大学病院の専門医とオンラインで結ぶ遠隔診療システムを導入し、町内にいながら専門的な診療を受けられるようにします。
また、通院が難しい山間部の高齢者のお宅と病院を結ぶオンライン診療も始めます。
このほか、役場の窓口手続のオンライン化を進め、住民票の写しなどの申請がスマートフォンからできるようにいたします。
子育て支援では、保育料の第2子以降無償化を継続するとともに、放課後児童クラブの開設時間を延長します。
移住定住の促進にも引き続き力を入れ、空き家バンクの充実やお試し住宅の整備を図ってまいります。
農業では、担い手の確保に向けて、新規就農者への支援を拡充します。
本年も、町民の皆様の声に耳を傾け、誰もが住み続けたいと思える町づくりに全力で取り組んでまいります。
結びに、本年が町民の皆様にとって実り多い年となりますようご祈念申し上げ、年頭のごあいさつといたします。"""

# A mayor's greeting that names the epidemic and thanks 医療従事者 in passing, and is about the office's DX: no 医療.
MAYOR_EPIDEMIC_BACKDROP = """年頭のごあいさつ
○○市長 佐藤花子
新年明けましておめでとうございます。
昨年も新型コロナウイルス感染症の影響が続き、市民の皆様には感染防止対策へのご協力をいただき、心から感謝申し上げます。
また、最前線で対応にあたっていただいている医療従事者の皆様に、深く敬意を表します。
本年は、行政のデジタル化を一層進め、マイナンバーカードを活用したオンライン申請の対象手続を100手続まで拡大します。
市役所の窓口では、申請書を書かずに手続ができる「書かない窓口」を本庁舎の全窓口に広げます。
また、庁内の業務にRPAやAI-OCRを導入し、職員の事務作業を効率化して、市民サービスの向上につなげます。
本年が皆様にとって良い年となりますよう祈念いたしまして、新年のごあいさつといたします。"""


def test_a_greeting_whose_measure_is_care_keeps_health():
    assert HEALTH in themes_of(MAYOR_TELEMEDICINE)


def test_a_greeting_naming_the_epidemic_in_passing_is_no_health():
    got = themes_of(MAYOR_EPIDEMIC_BACKDROP)
    assert HEALTH not in got, got
    assert "自治体DX・行政手続" in got, got


# --- a tourism office's name (_drop_tourism_offices) -------------------------------------------------------------------

TOURISM = "観光"

# A city's tourism office announcing its cherry-blossom festival: the office at its own work, tourism (labels43).
TOURISM_OFFICE_FESTIVAL = """第40回○○さくらまつりを開催します(○○市観光課)
○○市観光課では、今年も○○城址公園で「第40回○○さくらまつり」を開催します。
期間中は約2,000本の桜がライトアップされ、例年、県内外から約15万人の来場者でにぎわいます。
会場では、地元の特産品を販売する物産展や郷土芸能の披露、夜桜クルーズなどを予定しています。
市内の宿泊施設と連携した宿泊プランや、駅からの無料シャトルバスも運行します。
外国人の来場者向けに、英語・中国語・韓国語のパンフレットを用意しています。
問合せ先 ○○市産業部観光課観光振興係 電話 0000-00-0000"""

# A prefecture's briefing for the tourism trade (観光関係事業者, 観光関係団体) on a lodging discount: tourism; 観光関係 is
# no office.
TOURISM_TRADE_BRIEFING = """観光関係者向け説明会の開催について
県では、観光関係事業者の皆様を対象に、宿泊施設や飲食店の感染防止対策と需要回復に向けた支援制度の説明会を開催します。
観光関係団体の皆様にもご参加いただけます。
説明会では、県の宿泊割引キャンペーンの参加手続と、事業者向け補助金の申請方法を説明します。
日時 令和4年6月10日(金) 14時から15時30分
会場 県庁講堂
申込み 6月6日までに電子メールでお申し込みください。"""

# A town's 架空請求 notice whose 商工観光課 runs the consumer counsel: no tourism, though the office acts once.
CONSUMER_NOTICE_OFFICE_ACTS = """「架空請求はがき」にご注意ください
町内のお宅に「総合消費料金に関する訴訟最終告知のお知らせ」という架空請求のはがきが届いたという相談が寄せられています。
はがきには、連絡をしないと財産を差し押さえると書かれていますが、これは架空請求です。
絶対に連絡をしたり、お金を振り込んだりしないでください。
町商工観光課では、消費生活相談員による消費生活相談を毎週水曜日に行っています。
不安に思ったときは、一人で悩まず、商工観光課か消費者ホットライン188にご相談ください。
問合せ先 ○○町商工観光課商工観光係 電話 0000-00-0000"""


def test_a_tourism_office_at_its_own_work_keeps_tourism():
    assert TOURISM in themes_of(TOURISM_OFFICE_FESTIVAL)


def test_the_tourism_trade_is_no_office():
    assert TOURISM in themes_of(TOURISM_TRADE_BRIEFING)
    from ictsearch.indexer.metadata import themes as T
    assert [m.group() for m in T.TOURISM_OFFICE.finditer("観光関係者及び観光関係団体の皆様")] == []
    assert [m.group() for m in T.TOURISM_OFFICE.finditer("商工観光課商工観光係")] == ["商工観光課", "商工観光係"]


def test_a_consumer_notice_whose_tourism_office_acts_once_is_no_tourism():
    got = themes_of(CONSUMER_NOTICE_OFFICE_ACTS)
    assert TOURISM not in got, got
    assert "迷惑メール・ネット上のトラブル" in got, got


# --- a consumer's trouble with a line (_consumer_page) -----------------------------------------------------------------

NETWORK = "ネットワーク基盤・ブロードバンド"
DIVIDE = "デジタルデバイド・高齢者"

# A town's page on its own fibre service, built to close the gap with the cities: how to join and cancel (解約 twice,
# 契約解除): the network's and the gap's, no consumer trouble.
TOWN_FIBRE_SERVICE = """町営光インターネットサービスの加入・解約について
町では、都市部との情報格差を解消するため、町内全域に光ファイバ網を整備し、町営の光インターネットサービスを提供しています。
通信速度は最大1Gbpsで、月額利用料は3,300円です。これまでブロードバンドを利用できなかった山間部の地区でも、都市部と同じ高速通信を利用できます。
加入を希望される方は、加入申込書を情報政策課へ提出してください。宅内工事の日程を調整のうえ、開通します。
転居などでサービスを解約される場合は、解約届を提出してください。解約月の利用料は日割りになりません。
利用料を3か月以上滞納された場合は、契約解除となることがあります。"""

# A consumer centre's warning on fibre sales calls: the buyer's trouble with the line's contracts (迷惑メール・ネット上の
# トラブル), not the network.
CONSUMER_FIBRE_CALLS = """光回線の電話勧誘トラブルにご注意ください(消費生活センター)
最近、「今より料金が安くなる」「NTTの者です」などと電話で勧誘され、光回線の契約を変更したところ、料金がかえって高くなったという相談が消費生活センターに多く寄せられています。
光回線の卸売サービスを利用した事業者との契約では、プロバイダ契約も同時に変更されることがあり、解約時に高額な違約金や工事費の残債を請求されるケースもあります。
電話勧誘で契約した場合でも、光回線などの電気通信サービスには初期契約解除制度があり、契約書面を受け取った日から8日以内であれば契約を解除できます。
勧誘を受けたときは、事業者名と連絡先、料金を必ず確認し、その場で契約しないようにしましょう。
困ったときは、消費者ホットライン188にご相談ください。"""


def test_a_towns_own_line_service_keeps_its_network_and_gap():
    got = themes_of(TOWN_FIBRE_SERVICE)
    assert {NETWORK, DIVIDE} <= got, got


def test_a_consumer_centres_fibre_sales_warning_is_no_network():
    got = themes_of(CONSUMER_FIBRE_CALLS)
    assert NETWORK not in got, got
    assert "迷惑メール・ネット上のトラブル" in got, got


# --- guards: the themes54 / themes55 not_terms on pages that keep their themes -------------------------------------------

# A town's 地域デジタル化 page whose subject is its revival (移住, 商店街): 地域ビジネス, though 地域デジタル opens a name.
TOWN_REVIVAL = """地域デジタル化で商店街ににぎわいを 〜○○町の取組〜
○○町では、人口減少と商店街の空き店舗の増加を受け、地域デジタル化推進事業として、商店街のキャッシュレス決済の導入や、町内店舗の情報を発信するポータルサイトの開設を進めています。
令和5年度には、空き店舗を改修したコワーキングスペースを開設し、都市部からの移住者やテレワークで働く人の受け入れを始めました。
移住相談窓口では、オンラインでの移住相談会を毎月開催しており、これまでに15世帯32人が町に移住しました。
商店街の事業者を対象に、SNSを活用した販路拡大セミナーも開催し、地元の特産品をネットで販売する店舗が増えています。
町は、地域デジタル化の取組を通じて、地域経済の活性化と関係人口の創出を目指します。"""

# A town's 医療DX推進計画 that moves its own procedures online as a line of its own: 自治体DX (labels37) beside 医療
# and 計画策定, though 医療DX推進 is another field's drive.
TOWN_MEDICAL_DX_PLAN = """○○町医療DX推進計画を策定しました
町では、地域の医療提供体制を守り、町民が安心して医療を受けられるよう、「○○町医療DX推進計画」を策定しました。
計画の期間は令和6年度から令和10年度までの5年間です。
主な取組
1 町立診療所への電子カルテの導入とオンライン資格確認への対応
2 医療DX推進の一環として、医療費助成や予防接種、健診の申請手続をオンライン申請で受け付け、役場の窓口に来なくても手続ができるようにします
3 子ども医療費助成の受給者証をマイナンバーカードに一本化し、紙の受給者証の交付事務をなくします
4 町の健康管理システムと予防接種台帳をクラウド化し、職員の事務を効率化します
計画の推進にあたっては、町長を本部長とする医療DX推進本部を設置し、毎年度進捗を確認します。"""


def test_a_towns_digital_revival_keeps_revival():
    assert "地域ビジネス・地域活性化" in themes_of(TOWN_REVIVAL)


def test_a_towns_medical_dx_plan_with_its_own_procedures_keeps_dx():
    got = themes_of(TOWN_MEDICAL_DX_PLAN)
    assert {"自治体DX・行政手続", HEALTH, "計画策定・推進体制"} <= got, got


# --- 地域ICT投資: the region's firms investing, not where a network is (themes.toml) ---------------------------------------

def test_the_regions_ict_investment_counts_for_revival():
    from ictsearch.indexer.analysis import analyze
    from ictsearch.indexer.metadata import themes as T

    k = T.THEMES.index("地域ビジネス・地域活性化")
    weighted, _, _ = T._tally([t.text for t in analyze("クラウド等を活用した地域ICT投資の促進")])
    assert weighted[k] > 0
    weighted, _, _ = T._tally([t.text for t in analyze("地域ICT利活用モデル構築事業")])
    assert weighted[k] == 0


# A town's fireworks festival whose tickets and questions go to the town's tourism association (観光協会事務局): a
# tourism body at its own work, as the 観光庁 is, no office on a contact line (labels43: tourism, visitors).
ASSOCIATION_FESTIVAL = """○○夏まつり花火大会のお知らせ
今年も○○川河川敷で「第50回○○夏まつり花火大会」を開催します。
約8,000発の花火が夜空を彩り、例年、県内外から約5万人の来場者でにぎわいます。
当日は会場周辺で交通規制を行います。臨時駐車場と駅からのシャトルバスをご利用ください。
有料観覧席の販売は、7月1日から○○町観光協会事務局で行います。
主催 ○○夏まつり実行委員会(事務局 ○○町観光協会事務局)
問合せ先 ○○町観光協会事務局 電話 0000-00-0000"""


def test_a_tourism_associations_secretariat_is_no_office():
    assert TOURISM in themes_of(ASSOCIATION_FESTIVAL)
