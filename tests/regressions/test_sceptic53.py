"""sceptic53: misfires of themes48 (the cable TV facility, NET119, the gap stated as the problem) narrowed.

- A gap word heading a national scheme's or a rule's name (「電気通信格差是正事業費補助金交付要綱」, cited in a town's
  補助金交付要綱's 第2条) is the name, not the page stating a gap: no デジタルデバイド.
- A page named for the cable TV facility that closes it (「…施設条例を廃止する条例」, a notice that the facility closed
  under the 条例's name) is not the facility being built: no ネットワーク基盤.
- A mountain trail's 不感地帯 (縦走路, 遊歩道) is coverage for visitors, not a divide between residents.
- Areas without service as a grant's eligibility (未整備地域がある市町村) or a condition (未整備地域が残る場合) are the
  programme's scope, not a gap stated.
And pages that must stay as they were: a 共聴施設's ordinance, a programme guide titled with the facility's name, a
fire department's list of ten services naming NET119, a council question on a broadband page stating 「格差が生じる」
about 医療 or 教育, a tunnel's 不感地帯."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

NETWORK = "ネットワーク基盤・ブロードバンド"
DIVIDE = "デジタルデバイド・高齢者"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A village's grant rule for the third-sector company building its cable TV: 第2条 cites the national 要綱 by name.
GRANT_RULE = """○西川村新世代地域ケーブルテレビ施設整備事業費補助金交付要綱
平成16年4月1日
要綱第3号
(趣旨)
第1条 この要綱は、地域住民の生活に密着した情報通信基盤の整備を推進するため、新世代地域ケーブルテレビ施設整備事業を行う第三セクター法人に対し、予算の範囲内で補助金を交付することに関し必要な事項を定めるものとする。
(定義)
第2条 この要綱において「新世代地域ケーブルテレビ施設整備事業」とは、電気通信格差是正事業費補助金交付要綱(平成14年6月28日付け総情促第84号総務大臣通知)第3条第2号に規定する事業をいう。
(補助対象経費)
第3条 補助の対象となる経費は、新世代地域ケーブルテレビ施設の整備に係る経費であって、国の補助の対象となるものとする。
(補助金の額)
第4条 補助金の額は、補助対象経費から国の補助金の額を控除した額の2分の1以内とする。"""

# The same rule stating the gap it closes in its own 第1条: that is a stated gap.
GRANT_RULE_STATED = GRANT_RULE.replace(
    "地域住民の生活に密着した情報通信基盤の整備を推進するため",
    "都市部との情報格差の是正を図り、地域住民の生活に密着した情報通信基盤の整備を推進するため")

ABOLISHED = """○南山村ケーブルテレビ施設条例を廃止する条例
令和4年3月18日
条例第5号
南山村ケーブルテレビ施設条例(平成18年南山村条例第12号)は、廃止する。
附 則
(施行期日)
1 この条例は、令和4年4月1日から施行する。
(経過措置)
2 この条例の施行の日前に、廃止前の南山村ケーブルテレビ施設条例の規定により納付すべきであった使用料については、なお従前の例による。"""

CLOSED_NOTICE = """南山村ケーブルテレビ施設条例
令和4年3月31日をもって南山村ケーブルテレビ施設の放送サービスを終了し、施設を廃止しました。
長年にわたりご利用いただき、ありがとうございました。
放送サービスの終了に伴い、加入者の皆様には地上デジタル放送の受信用アンテナの設置をお願いしております。
使用料の最終のお支払いは3月分までとなります。"""

ORDINANCE = """○南山村ケーブルテレビ施設条例
平成18年3月20日
条例第12号
(設置)
第1条 村民の生活に必要な情報の提供を行い、村民相互の連絡を円滑にし、豊かな村づくりを進めるため、南山村ケーブルテレビ施設(以下「施設」という。)を設置する。
(名称及び位置)
第2条 施設の名称及び位置は、次のとおりとする。
名称 南山村ケーブルテレビ施設
位置 ○○県○○郡南山村大字中央100番地
(加入)
第3条 施設を利用して放送を受信しようとする者は、村長に申込みをし、その承認を受けなければならない。"""

SHARED_ANTENNA = """○北谷町テレビ共聴施設設置条例
(設置)
第1条 難視聴地域の住民がテレビジョン放送を良好に受信できるよう、テレビ共聴施設(以下「施設」という。)を設置する。
(名称及び位置)
第2条 施設の名称及び位置は、別表のとおりとする。
(使用料)
第3条 施設を利用して放送を受信する者は、使用料を納めなければならない。"""

GUIDE = """南山村ケーブルテレビ施設 番組表 5月
自主放送チャンネル(11ch)の今月の番組をお知らせします。
月曜日 午後7時 村議会だより
火曜日 午後7時 南山小学校運動会
水曜日 午後7時 ふるさと料理教室
木曜日 午後7時 村の文化財めぐり
金曜日 午後7時 週間村内ニュース
番組の内容は変更になる場合があります。"""

FIRE_SERVICES = """消防本部の主なサービス
当消防本部では、住民の皆様の安全・安心のため、次のサービスを行っています。
1 救急車の適正利用の啓発
2 応急手当講習会の開催
3 住宅用火災警報器の設置の推進
4 防火査察
5 危険物施設の許認可
6 NET119緊急通報システム
7 火災予防条例に基づく届出の受付
8 消防団員の募集
9 救命講習修了証の再交付
10 消防車両の見学の受付
詳しくは各担当までお問い合わせください。"""

QUESTION = """令和5年第2回定例会 一般質問
問 市内全域への光ファイバ網の整備について伺います。市は通信事業者と協力し、光ファイバの未整備地区への整備を進め、高速ブロードバンド環境を全地区に整えると聞いています。整備のスケジュールと事業費を伺います。
答 光ファイバ網は令和6年度までに全地区で利用できるよう整備します。事業費は約8億円で、国の高度無線環境整備推進事業の補助を活用します。
問 次に、{field}について伺います。{gap}市の考えを伺います。
答 {answer}"""
MEDICAL = QUESTION.format(field="医療", gap="市北部では診療所の閉鎖が続き、このままでは地域によって受けられる医療に格差が生じるおそれがあります。",
                          answer="医師の確保に努め、巡回診療を行います。")
EDUCATION = QUESTION.format(field="教育", gap="小規模校では部活動の選択肢が少なく、学校によって学びの機会の格差が生じると考えます。",
                            answer="部活動の地域移行を進めます。")
# The same question stating the gap on the lines themselves: デジタルデバイド (themes48's rule, kept).
INFORMATION = QUESTION.format(field="北部地区の通信環境", gap="北部地区では光回線が未整備のままで、地域の情報格差が生じています。",
                              answer="通信事業者と協議し、早期の整備に努めます。")

TUNNEL = """携帯電話の通話エリアについて
国道の新トンネル区間では、携帯電話の電波が届かない不感地帯が存在し、事故や災害の際に通報ができないことが課題となっていました。
このため、携帯電話事業者と協力し、トンネル内に中継設備を整備しました。
令和5年4月から、トンネル内でも携帯電話が利用できます。"""

TRAIL = """山での携帯電話の利用について
○○山の縦走路には、携帯電話の電波が届かない不感地帯が存在します。山に入る際は入山届を提出し、無線機を携行してください。
携帯電話事業者による基地局の整備により、山頂付近では4Gの電波が届くようになりました。
遭難時は110番または119番に通報してください。"""

# Residents' hamlets without mobile service, stated as the problem: デジタルデバイド (themes48's rule, kept).
HAMLETS = """携帯電話の通話エリアの拡大について
町内の山間部の集落には、携帯電話の電波が届かない不感地帯が存在し、住民の日常生活や災害時の連絡に支障が生じています。
このため、町は国の携帯電話等エリア整備事業を活用し、携帯電話事業者と協力して基地局を整備します。
令和5年度は3地区で基地局を整備し、令和6年4月から携帯電話が利用できるようになります。"""


def test_a_gap_word_heading_a_cited_scheme_name_is_not_a_stated_gap():
    got = themes_of(GRANT_RULE)
    assert NETWORK in got
    assert DIVIDE not in got


def test_the_gap_stated_in_the_rules_own_purpose_still_counts():
    assert {NETWORK, DIVIDE} <= themes_of(GRANT_RULE_STATED)


def test_an_ordinance_abolishing_the_facility_is_not_network():
    assert NETWORK not in themes_of(ABOLISHED)


def test_a_notice_that_the_facility_closed_under_its_ordinances_name_is_not_network():
    assert NETWORK not in themes_of(CLOSED_NOTICE)


def test_the_ordinance_setting_up_the_facility_is_still_network():
    assert NETWORK in themes_of(ORDINANCE)


def test_a_shared_antenna_or_a_programme_guide_is_not_network():
    assert NETWORK not in themes_of(SHARED_ANTENNA)
    assert NETWORK not in themes_of(GUIDE)


def test_net119_as_one_of_ten_fire_department_services_is_not_a_divide_page():
    assert DIVIDE not in themes_of(FIRE_SERVICES)


def test_another_fields_gap_on_a_broadband_page_is_not_a_divide():
    assert DIVIDE not in themes_of(MEDICAL)
    assert DIVIDE not in themes_of(EDUCATION)
    assert DIVIDE in themes_of(INFORMATION)


def test_a_tunnels_or_a_mountain_trails_dead_zone_is_not_a_divide():
    assert DIVIDE not in themes_of(TUNNEL)
    assert DIVIDE not in themes_of(TRAIL)
    assert DIVIDE in themes_of(HAMLETS)


# A prefecture's grant rule: areas without fibre as the eligibility of the towns it funds (README, 条件不利地域).
ELIGIBILITY = """○○県光ファイバ整備事業費補助金交付要綱
(趣旨)
第1条 この要綱は、市町村が行う光ファイバ網の整備に要する経費に対し、予算の範囲内で補助金を交付することに関し必要な事項を定める。
(補助対象者)
第2条 補助の対象となる者は、区域内に光ファイバの未整備地域がある市町村とする。
(補助対象経費)
第3条 補助対象経費は、光ファイバ、伝送路設備及び局舎の整備に要する経費とする。
(補助率)
第4条 補助率は、補助対象経費の3分の1以内とする。"""

# A programme's page: areas left as a condition of the next year's plan, the target areas as its scope.
CONDITION = """高度無線環境整備推進事業について
本事業は、5G・IoT等の高度無線環境の実現に向けて、光ファイバ等の整備を行う地方公共団体等に対し、その整備費の一部を補助するものです。
補助対象地域は、過疎地、辺地、離島、半島、山村、特定農山村又は豪雪地帯とします。
なお、整備後も未整備地域が残る場合は、次年度以降の計画に含めてください。
補助率は2分の1(離島は3分の2)です。"""

# The same programme stating the areas left as its problem: デジタルデバイド (themes48's rule, kept).
CONDITION_STATED = CONDITION.replace("なお、整備後も未整備地域が残る場合は、次年度以降の計画に含めてください。",
                                     "条件不利地域には今なお未整備地域が残り、都市部との格差が課題となっています。")


def test_areas_without_service_as_a_grants_eligibility_or_a_condition_are_not_a_stated_gap():
    assert NETWORK in themes_of(ELIGIBILITY)
    assert DIVIDE not in themes_of(ELIGIBILITY)
    assert DIVIDE not in themes_of(CONDITION)
    assert DIVIDE in themes_of(CONDITION_STATED)
