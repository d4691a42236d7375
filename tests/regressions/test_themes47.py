"""themes47: precision of 防災・減災 (and the other themes' forms, read from half B's false positives).

A condolence — 「…により被災された皆様に心からお見舞い申し上げます」, 「哀悼の意を表し」, 「ご冥福をお祈り」 — opens a
greeting, a press conference or a speech on any subject: the disaster it names is the occasion, not the page's
subject, and its words (with the sentence before it on the same line, which names the disaster) do not make the
page 防災・減災.  A page whose subject is the disaster keeps the theme from its other passages."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _condolences

DISASTER = "防災・減災"
LAB = "スタートアップ・研究開発"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A research institute's new-year greeting that opens with a condolence for the summer's floods.
GREETING = """2021年 年頭のご挨拶
国立研究開発法人○○研究機構 理事長 ○○○○
新年あけましておめでとうございます。
昨年は、新型コロナウイルス感染症の拡大により、社会のあり方が大きく変わった一年でした。また、令和2年7月豪雨などの災害により、お亡くなりになられた方々に哀悼の意を表し、被災された多くの皆様には、心からお見舞い申し上げます。
当機構は、本年から始まる第5期中長期計画のもと、研究開発成果の最大化とオープンイノベーションの推進に取り組みます。
量子技術、Beyond 5G、AIなどの研究開発を加速し、スタートアップや大学との共同研究を拡充してまいります。
産学官連携の拠点として、研究開発の成果を社会実装につなげるため、オープンイノベーション推進本部を中心に企業との連携を強化します。
本年もどうぞよろしくお願い申し上げます。"""

# A town's press conference whose first remark is a condolence after the new year's earthquake, then other business.
CONFERENCE = """令和6年1月9日 町長定例記者会見
新年最初の記者会見となります。今年に入ってから、能登半島地震、それから羽田空港での航空機衝突事故という大きな災害、大きな事故がありました。犠牲になられた方々のご冥福とお悔やみを申し上げるとともに、被災された方々に心からお見舞いを申し上げます。
本日の発表事項は2点です。
1点目は、町の成人式についてです。1月7日に町民総合体育館で開催し、新成人180人が出席しました。
2点目は、町内の小中学校の給食費の無償化についてです。令和6年度から町内の小中学校の給食費を無償とします。
子育て世帯の負担軽減を図り、子どもを産み育てやすいまちづくりを進めてまいります。
質疑応答では、給食費の無償化の財源について質問があり、町長はふるさと納税の寄附金を充てると答えました。"""

# Must NOT lose the theme: a prefecture's conference whose subject is the quake, opening with the same condolence.
QUAKE_CONFERENCE = """令和6年1月16日 知事定例記者会見
元日の能登半島地震、そして翌日の航空機事故と、騒然とした中での新年のスタートとなりました。この地震で多くの方が犠牲になられております。改めてお悔やみを申し上げ、被害に遭われた全ての皆様に心からお見舞いを申し上げます。
本県は、地震の発生直後から被災地への支援を行っています。珠洲市に県職員を派遣し、避難所の運営を支援しています。
消防の緊急消防援助隊は、倒壊家屋からの救助活動にあたりました。
また、被災地の避難所に段ボールベッドや毛布などの支援物資を送りました。
今後は、被災された方々を県営住宅で受け入れるとともに、本県の地震防災対策を見直し、避難所の備蓄を強化します。"""

# Must NOT lose the theme: a city's disaster-prevention notice with a line of sympathy for a neighbour's flood.
DRILL = """令和5年度 市総合防災訓練の実施について
先月の大雨により被災された近隣市町の皆様に心からお見舞い申し上げます。
本市では、大規模地震と大雨による洪水を想定した総合防災訓練を11月12日に実施します。
訓練では、避難所の開設・運営、防災行政無線による避難情報の伝達、土砂災害警戒区域からの避難を行います。
市民の皆様は、ハザードマップで自宅の災害リスクと避難所を確認し、訓練にご参加ください。
災害時の安否確認には、災害用伝言ダイヤルをご利用ください。"""


def test_a_greetings_condolence_gives_no_disaster_theme() -> None:
    got = themes_of(GREETING)
    assert DISASTER not in got
    assert LAB in got


def test_a_conferences_opening_condolence_gives_no_disaster_theme() -> None:
    assert DISASTER not in themes_of(CONFERENCE)


def test_a_conference_on_the_quake_keeps_the_theme() -> None:
    assert DISASTER in themes_of(QUAKE_CONFERENCE)


def test_a_drill_notice_with_a_line_of_sympathy_keeps_the_theme() -> None:
    assert DISASTER in themes_of(DRILL)


def test_the_condolence_takes_the_sentence_before_on_its_line() -> None:
    sentences = _condolences(CONFERENCE)
    assert len(sentences) == 1
    assert "能登半島地震" in sentences[0] and "お見舞い" in sentences[0]
    assert "新年最初" not in sentences[0]


def test_a_hospitals_visiting_rule_is_read_without_harm() -> None:
    # お見舞い is also a visit to a patient: its sentence carries no disaster word, so nothing is taken out.
    text = "○○市民病院からのお知らせ\n入院されている患者様へのご面会やお見舞いは、当面の間、禁止させていただきます。\n"
    assert _condolences(text) == ["入院されている患者様へのご面会やお見舞いは、当面の間、禁止させていただきます"]


LOCAL = "地域ビジネス・地域活性化"

# A prefecture's progress sheet whose issuing office is 地域振興部 and whose contact is the 産業振興課: offices, not the theme.
OFFICE_SHEET = """地域振興部 情報政策課の工程表
所管組織 地域振興部 情報政策課 所管責任者 課長
情報システムの共同調達と運用経費の削減
県と市町村の情報システムの共同調達を進め、運用経費を削減します。
令和3年度に基幹系システムの共同調達に向けた調査を行い、令和4年度に市町村と協議会を設置します。
標準化対象の20業務について、ガバメントクラウドへの移行計画を作成します。
問い合わせ先 地域振興部 情報政策課 電話 0857-00-0000"""

# Must keep the theme: a town's 地域振興 programme described as such (its own words, not an office's name).
REVIVAL_PAGE = """地域振興と移住促進の取組について
本町は、人口減少が進む中で地域振興を町政の柱に掲げ、移住・定住の促進と地域資源を活かした産業振興に取り組んでいます。
空き家バンクを通じて昨年度は12世帯が町外から移住し、商店街の空き店舗にはサテライトオフィスが2社進出しました。
地場産品のブランド化を進め、ふるさと納税の返礼品として全国に発信しています。
今後も関係人口の創出と地域経済の活性化を進めます。"""


def test_an_office_named_for_regional_promotion_gives_no_theme() -> None:
    assert LOCAL not in themes_of(OFFICE_SHEET)


def test_a_page_on_regional_promotion_keeps_the_theme() -> None:
    assert LOCAL in themes_of(REVIVAL_PAGE)


# A prefecture's budget outline naming the national 国土強靱化 programme as a source of its debt and a spending line.
BUDGET = """令和6年度当初予算の概要
令和6年度当初予算は、一般会計で7,012億円、前年度比2.1%の増です。
県債残高は、国土強靱化5か年加速化対策事業の積極的な受け入れなどにより増加しました。
公共事業では、国土強靱化関連の道路と河川の整備に前年度を上回る予算を計上しました。
財政調整用基金の残高は、312億円を確保しました。"""

# Must keep the theme: a city's disaster-prevention plan whose measures are funded under 国土強靱化.
RESILIENCE_PLAN = """市国土強靱化地域計画の改定について
本市は、大規模地震や豪雨による災害に備え、国土強靱化地域計画を改定しました。
南海トラフ地震による津波浸水想定区域の避難所を見直し、避難路の整備と防災行政無線のデジタル化を進めます。
土砂災害警戒区域の住民には、避難情報を確実に伝えるため戸別受信機を配布します。
計画に基づく事業には、国の防災・安全交付金を活用します。"""


def test_a_budget_naming_the_national_resilience_programme_gives_no_disaster_theme() -> None:
    assert DISASTER not in themes_of(BUDGET)


def test_a_resilience_plan_on_disasters_keeps_the_theme() -> None:
    assert DISASTER in themes_of(RESILIENCE_PLAN)


BROADCAST = "放送"
NUISANCE = "迷惑メール・ネット上のトラブル"

# Prefectures' campaign on children's internet safety, spread by cable TV and community FM spots.
CAMPAIGN = """「春のあんしんネット・新学期一斉行動」の実施結果
中国地域の5県と総合通信局は、2月から3月にかけて、青少年のインターネット利用に関する啓発活動を行いました。
○ 啓発コンテンツの放送(ケーブルテレビ局・コミュニティFM放送局:2月から3月)
−手づくり動画・音声コンテンツで約6,000回放送−
○ 地元テレビ局への出演によるPR活動
○ 保護者向けの講座の開催
スマートフォンのフィルタリングの設定、SNSで知り合った相手とのトラブル、ネットいじめへの対応について、保護者と教職員を対象に講座を開きました。
ネット上のトラブルに巻き込まれないよう、家庭でのルールづくりを呼びかけました。"""

# Must keep the theme: a reception campaign whose broadcasters air spots and whose subject is TV reception.
RECEPTION = """受信環境クリーン月間の実施について
総務省とNHKは、毎年10月を受信環境クリーン月間として、テレビ・ラジオの受信障害の防止を呼びかけています。
期間中は、放送事業者の協力により、テレビ・ラジオでのスポットCMの放送を行います。
テレビの映りが悪いときは、アンテナや受信設備の点検をお願いします。
地上デジタル放送の受信障害の相談は、NHKの受信相談窓口で受け付けています。
ケーブルテレビや共聴施設の受信設備からの漏えい電波にもご注意ください。"""


def test_a_campaigns_broadcast_spots_give_no_broadcast_theme() -> None:
    got = themes_of(CAMPAIGN)
    assert BROADCAST not in got


def test_a_reception_campaign_airing_spots_keeps_the_broadcast_theme() -> None:
    assert BROADCAST in themes_of(RECEPTION)


RADIO = "電波・周波数"
MOBILE = "5G・移動通信"

# A council question on mobile coverage in a park: 電波が届かない is the phone's signal, not the spectrum.
COVERAGE_QUESTION = """一般質問 携帯電話の不感地帯の解消について
市民の森では携帯電話の電波が届かない場所が多く、登山者や利用者から不安の声が寄せられています。
緊急時に119番通報ができないおそれがあり、電波が届かない区域の解消が必要です。
市として携帯電話事業者に基地局の整備を要望する考えはありますか。
答弁 携帯電話の電波の届きにくい区域については、事業者に対し基地局の整備を要望してまいります。
国の携帯電話等エリア整備事業の活用も検討します。"""

# Must keep the theme: a bureau's notice on radio interference, where 電波 is the spectrum.
INTERFERENCE = """電波利用環境保護周知啓発強化期間の実施について
総合通信局は、6月1日から10日までを電波利用環境保護周知啓発強化期間として、電波の適正な利用を呼びかけます。
不法無線局や無線局の免許を受けずに電波を発射する機器は、他の無線局に混信や妨害を与えるおそれがあります。
電波監視システムにより、不法電波の発射源を探査し、電波法に基づき取り締まりを行います。
無線機器を購入する際は、技適マークの有無を確認してください。"""


def test_a_phones_signal_gives_no_radio_theme() -> None:
    assert RADIO not in themes_of(COVERAGE_QUESTION)


def test_an_interference_notice_keeps_the_radio_theme() -> None:
    assert RADIO in themes_of(INTERFERENCE)


NET = "ネットワーク基盤・ブロードバンド"

# A city's news item: a cable TV company named ケーブルネットワーク signs a disaster-broadcast agreement.
CABLE_COMPANY = """災害時の情報放送に関する協定を締結しました
平成29年2月22日、市役所本庁舎において「中部ケーブルネットワーク株式会社・本巣市による災害時の緊急放送に関する協定」の締結式を行いました。
この協定により、災害が発生したときに、市の災害情報をケーブルテレビの番組で放送することができるようになります。
中部ケーブルネットワーク株式会社本巣局の局長は、「地域の安全のために力を尽くしたい」と述べました。
▲中部ケーブルネットワーク株式会社本巣局の局長(左)と市長"""

# Must keep the theme: a town's ordinance on its own cable network, which carries the internet.
CABLE_ORDINANCE = """○四万十町ケーブルネットワーク条例
(設置)
第1条 町は、地域の情報化を推進し、住民の福祉の向上を図るため、四万十町ケーブルネットワークを設置する。
(業務)
第2条 四万十町ケーブルネットワークは、次に掲げる業務を行う。
(1) 光ファイバによる有線テレビジョン放送の業務
(2) インターネット接続サービスの業務
(利用料金)
第3条 四万十町ケーブルネットワークの利用者は、別表に定める利用料金を納めなければならない。"""


def test_a_cable_companys_name_gives_no_network_theme() -> None:
    assert NET not in themes_of(CABLE_COMPANY)


def test_a_towns_cable_network_ordinance_keeps_the_network_theme() -> None:
    assert NET in themes_of(CABLE_ORDINANCE)
