"""themes37: words that name something else than the theme — a town's budget accounts and insurance schemes, its
council's standing committees, a prefecture's 地域振興局, a leak of personal data, a video call, a figurative 氾濫 — and
a body's 行政改革大綱 as its plan."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import THEMES, _tally

HEALTH = "医療・介護・健康"
EDUCATION = "教育"
CYBER = "サイバーセキュリティ"
PRIVACY = "個人情報・プライバシー"
BROADCAST = "放送"
DISASTER = "防災・減災"
PLAN = "計画策定・推進体制"
REGION = "地域ビジネス・地域活性化"


def themes_of(text: str, title: str = "お知らせ") -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


def hits(text: str, theme: str) -> float:
    return _tally([t.text for t in analyze(text)])[0][THEMES.index(theme)]


# A town council's agenda for its March sitting: the accounts of the town's insurance schemes and clinics, by the dozen.
AGENDA = (
    "令和6年第1回定例会 議事日程(第1号)\n"
    "日程第1 会議録署名議員の指名について\n"
    "日程第2 会期の決定について\n"
    "日程第3 議案第1号 令和6年度一般会計予算\n"
    "日程第4 議案第2号 令和6年度国民健康保険事業特別会計予算\n"
    "日程第5 議案第3号 令和6年度国民健康保険診療所特別会計予算\n"
    "日程第6 議案第4号 令和6年度へき地診療所特別会計予算\n"
    "日程第7 議案第5号 令和6年度後期高齢者医療特別会計予算\n"
    "日程第8 議案第6号 令和6年度介護保険事業特別会計予算\n"
    "日程第9 議案第7号 令和6年度農業集落排水事業特別会計予算\n"
    "日程第10 議案第8号 国民健康保険税条例の一部改正について\n"
    "日程第11 議案第9号 介護保険条例の一部改正について\n"
    "日程第12 議案第10号 後期高齢者医療に関する条例の一部改正について\n"
    "日程第13 議案第11号 町道の路線認定について\n"
)

# A town's notice on its clinic's new online consultations: its subject is medical care.
CLINIC = (
    "町立診療所では、4月からオンライン診療を始めます。通院が難しい高齢の方や、子育て中で外出しにくい方も、"
    "自宅からスマートフォンやタブレットで医師の診療を受けられます。対象は、診療所に通院している方で、"
    "医師がオンライン診療を行えると判断した方です。初めての方は、まず診療所の窓口でご相談ください。"
    "お薬は、町内の薬局から自宅へ届けることもできます。診療費のお支払いは、これまでどおり診療所の窓口か"
    "口座振替で行います。医療機関へ通う負担を減らし、地域医療を守るための取組です。"
    "なお、運営費は国民健康保険診療所特別会計で賄っています。"
)


def test_agenda_of_accounts_is_no_health_page():
    # 国民健康保険 and 後期高齢者医療 are insurance schemes, and every word before 特別会計 names an account.
    assert hits(AGENDA, HEALTH) == 0
    assert HEALTH not in themes_of(AGENDA, "議事日程")
    assert "農林水産業" not in themes_of(AGENDA, "議事日程")


def test_clinic_page_keeps_its_health_theme():
    # Its one mention of the clinic's account counts nothing; the rest of the page still says 医療 and 診療.
    assert HEALTH in themes_of(CLINIC, "オンライン診療を始めます")
    account = "なお、運営費は国民健康保険診療所特別会計で賄っています。"
    assert hits(CLINIC, HEALTH) == hits(CLINIC.replace(account, ""), HEALTH)


# Minutes of a prefectural assembly's standing committee, opened with the committee's name and its attendance.
COMMITTEE = (
    "令和5年度総務教育常任委員会議事録\n"
    "令和6年2月20日会議録(確定版)\n"
    "出席者 委員長 副委員長 委員 8名\n"
    "説明のため出席した者 総務部長、政策戦略本部長ほか\n"
    "午前10時 開会\n"
    "◎委員長 ただいまから総務教育常任委員会を開会いたします。本日の日程は、お手元の日程のとおりであります。"
    "なお、今回の常任委員会は議案の予備調査と報告事項があり、本日は総務部と政策戦略本部、"
    "明日は会計管理局と議会事務局の順に行います。まず、令和6年度当初予算の概要について説明を求めます。"
    "◎総務部長 令和6年度当初予算のうち、総務部所管分について説明いたします。職員の旅費と庁舎の維持管理費が主なものであります。\n"
)

# A committee's minutes on what it discussed: the pupils' tablets and lessons of the GIGAスクール drive.
GIGA = (
    "令和5年度文教常任委員会議事録\n"
    "◎委員長 本日は、GIGAスクール構想による1人1台端末の活用状況について、教育委員会から報告を受けます。"
    "◎教育長 市内の小学校と中学校では、全ての児童生徒に学習用端末を配備し、授業での活用を進めています。"
    "教職員の研修も行い、デジタル教科書の導入も始めました。今後は、家庭での学習にも端末を活用してまいります。"
)


def test_standing_committee_name_is_no_education_page():
    assert EDUCATION not in themes_of(COMMITTEE, "令和5年度総務教育常任委員会議事録")


def test_committee_on_school_tablets_is_education():
    assert EDUCATION in themes_of(GIGA, "令和5年度文教常任委員会議事録")


# A town's report of personal data let out by a mistake at its counter (no attack).
LEAK = (
    "個人情報の漏えい事案の発生について\n"
    "このたび、本市が保有する個人情報の漏えい事案が発生しました。市民の皆様に多大なご迷惑をおかけしましたことを、深くお詫び申し上げます。"
    "1 概要 令和6年5月10日、市民課の窓口で、住民票の写しを交付する際に、別の方の住民票を誤って同封しました。"
    "2 漏えいした個人情報 氏名、住所、生年月日の3項目です。3 対応 誤って交付した書類は回収し、関係者に謝罪しました。"
    "4 再発防止策 交付の際に職員2名で確認することを徹底し、個人情報の適正な管理について職員研修を行います。"
    "個人情報の漏えい等の事案が発生した場合は、市の公表基準に基づき公表しています。"
)

# A hospital's systems held to ransom: the leak comes through an attack.
RANSOM = (
    "病院のシステムへのサイバー攻撃について\n"
    "当院の電子カルテシステムがランサムウェアによるサイバー攻撃を受け、患者の個人情報が漏えいしたおそれがあります。"
    "外部の専門家と調査したところ、VPN機器の脆弱性を突いた不正アクセスが原因でした。"
    "現在、警察に被害を届け出るとともに、システムの復旧と情報セキュリティ対策の強化を進めています。"
)


def test_leak_at_a_counter_is_privacy_not_cyber():
    got = themes_of(LEAK, "個人情報の漏えい事案の発生について")
    assert CYBER not in got
    assert PRIVACY in got


def test_leak_through_an_attack_is_still_cyber():
    assert CYBER in themes_of(RANSOM, "病院のシステムへのサイバー攻撃について")


# Minutes of a consumer committee held partly online.
VIDEO_CALL = (
    "第12回 消費者問題検討会 議事録\n"
    "日時 令和5年11月2日(木)14:00~15:30\n"
    "場所 委員会会議室・テレビ会議\n"
    "出席者 【会議室】座長、委員3名 【テレビ会議】座長代理、委員2名 【テレビ会議】オブザーバー\n"
    "議事 (1)定期購入をめぐる消費者トラブルについて (2)その他\n"
    "座長 それでは、定刻になりましたので始めます。テレビ会議で参加の委員の皆様、音声は聞こえておりますでしょうか。"
    "本日は、ネット通販の定期購入をめぐる相談の状況について、事務局から説明をお願いします。"
)

# A page on a local TV station's programme: broadcasting.
TV_SHOW = (
    "地元のケーブルテレビで町の広報番組を放送しています。毎週月曜日の午後7時から、町の行事やお知らせを紹介する番組です。"
    "テレビのほか、町のホームページでも過去の番組をご覧いただけます。"
)


def test_video_call_is_not_broadcasting():
    assert hits(VIDEO_CALL, BROADCAST) == 0
    assert BROADCAST not in themes_of(VIDEO_CALL, "第12回 消費者問題検討会 議事録")


def test_tv_programme_is_broadcasting():
    assert BROADCAST in themes_of(TV_SHOW, "広報番組のお知らせ")


# A prefecture's page on children online: harmful information "floods" their surroundings.
FLOOD_OF_INFORMATION = (
    "有害情報から青少年を守ろう\n"
    "青少年を取り巻く有害環境\n"
    "有害環境の氾濫\n"
    "現代の青少年を取り巻く環境には、インターネットや雑誌、テレビゲームなど、性や暴力に関する偏った情報が氾濫しています。"
    "スマートフォンの普及により、青少年が有害情報に触れる機会も増えています。"
    "保護者の皆さんは、フィルタリングを利用するとともに、家庭でインターネット利用のルールを話し合ってください。"
)

# A town's flood warning: the river bursting its banks.
RIVER = (
    "大雨による河川の氾濫に備えましょう\n"
    "梅雨前線の影響で、町内では大雨が続いています。川の水位が上昇し、氾濫のおそれがある場合は、"
    "町から避難指示を発令します。浸水のおそれがある地域にお住まいの方は、早めの避難を心がけてください。"
)


def test_figurative_flood_is_not_a_disaster():
    assert hits(FLOOD_OF_INFORMATION, DISASTER) == 0
    got = themes_of(FLOOD_OF_INFORMATION, "有害情報から青少年を守ろう")
    assert DISASTER not in got
    assert "迷惑メール・ネット上のトラブル" in got


def test_river_flood_is_a_disaster():
    assert hits(RIVER, DISASTER) >= 4  # 大雨 ×2, 氾濫 ×2 (near 河川, 川, 水位), 避難 …
    assert DISASTER in themes_of(RIVER, "大雨による河川の氾濫に備えましょう")


# A prefecture's page listing its reform plans of past years.
REFORM_PLAN = (
    "行政改革大綱\n"
    "本県では、簡素で効率的な県政の実現に向け、行政改革大綱を策定し、計画的に改革に取り組んでいます。"
    "行政改革大綱(平成23~25年度)では、県民意見の県政への反映、事務事業の見直し、職員数の適正化を柱としました。"
    "各年度の取組状況は、行政改革推進本部で点検し、公表しています。"
    "過去の行政改革大綱は、次のとおりです。行政改革大綱(平成20~22年度)、行政改革大綱(平成17~19年度)。"
)


def test_reform_plan_is_a_plan():
    assert PLAN in themes_of(REFORM_PLAN, "行政改革大綱")


# A prefecture's branch office announcing its radio slot: the office is its speaker, not regional revitalisation.
BRANCH_OFFICE = (
    "エフエムとおかまち「十日町地域振興局からのお知らせ」\n"
    "十日町地域振興局では、コミュニティFM放送局のエフエムとおかまちで、毎月第1水曜日に県からのお知らせを放送しています。"
    "6月3日の放送では、十日町地域振興局の健康福祉環境部から、食中毒の予防についてお知らせしました。"
    "放送の内容は、このページでもご覧いただけます。"
)

# A town's plan for its own economy: regional revitalisation in its own words.
REVITALISATION = (
    "町では、人口減少が進む中、地域経済の活性化に向けて地域振興計画を策定しました。"
    "特産品のブランド化や商店街のにぎわいづくり、移住の促進、企業誘致を柱に、地方創生の取組を進めます。"
)


def test_branch_office_name_is_not_revitalisation():
    assert hits(BRANCH_OFFICE, REGION) < 1
    assert REGION not in themes_of(BRANCH_OFFICE, "十日町地域振興局からのお知らせ")


def test_regional_revitalisation_page_keeps_its_theme():
    assert REGION in themes_of(REVITALISATION, "地域振興計画を策定しました")


OPEN_DATA = "オープンデータ・データ活用"
SMART_CITY = "スマートシティ"
AI = "AI・先端技術"

# The 統計局's page on its mission: official statistics made for all to use.
STATISTICS = (
    "統計局の使命\n"
    "公的統計は、国民にとって合理的な意思決定を行うための基盤となる重要な情報です。"
    "統計局は、政府統計の中核的機関として、国勢調査や経済センサスなどの基幹統計を作成し、e-Stat で提供しています。"
    "私たちは、利用者の声に耳を傾けながら、社会に役立つ統計の作成と提供に努めます。"
)

# A town's page on the population of its districts: a table of its own figures, no published statistics.
TOWN_FIGURES = (
    "地区別の人口と世帯数\n"
    "令和6年4月1日現在の地区別の人口と世帯数は、次のとおりです。中央地区 5,210人 2,301世帯、東地区 3,118人 1,402世帯、"
    "西地区 2,804人 1,250世帯。人口は前年同月より120人減少しました。転入や転出の届出は、町民課の窓口で受け付けています。"
)


def test_official_statistics_are_open_data():
    assert OPEN_DATA in themes_of(STATISTICS, "統計局の使命")


def test_town_figures_are_not_open_data():
    assert OPEN_DATA not in themes_of(TOWN_FIGURES, "地区別の人口と世帯数")


# 総務省's meeting on ICT街づくり: the smart city of 2012.
ICT_TOWN = (
    "「ICTを活用した街づくりとグローバル展開に関する懇談会」地域懇談会の開催\n"
    "総務省では、ICTを活用した新たな街づくりの在り方、その実現に向けた推進方策や、街づくりモデルのグローバル展開方策について"
    "検討するため、懇談会を開催しています。このたび、地域の街づくり関係者の声を反映させるため、地域懇談会を開催します。"
    "あわせて、ICT街づくり推進事業の採択地域から、取組の状況を報告していただきます。"
    "日時は平成24年5月23日(水)14時から16時まで、場所は市立博物館の講堂です。傍聴を希望される方は、前日までにお申し込みください。"
)

# A town's page on its town planning: roads, parks and the station square, no ICT.
TOWN_PLANNING = (
    "駅前のまちづくりについて\n"
    "町では、駅前広場の再整備と商店街の歩道の拡幅を柱とする、駅前のまちづくり計画をまとめました。"
    "公園の改修や街路樹の植え替えも進め、歩いて楽しいまちづくりを目指します。説明会を公民館で開きます。"
)


def test_ict_town_building_is_smart_city():
    assert SMART_CITY in themes_of(ICT_TOWN, "地域懇談会の開催")


def test_town_planning_is_not_smart_city():
    assert SMART_CITY not in themes_of(TOWN_PLANNING, "駅前のまちづくりについて")


# A cabinet answer on the national supercomputer project: advanced computing, in words other than AI.
SUPERCOMPUTER = (
    "スーパーコンピュータ開発利用の総合的な施策に関する質問に対する答弁書\n"
    "我が国においては、先端的なスーパーコンピュータとして、地球シミュレータ等の研究開発を行ってきたところである。"
    "現在、国家基幹技術として進めている次世代スーパーコンピュータ・プロジェクトにおいては、計算機の設計と"
    "アプリケーションソフトウェアの研究開発を同時に進めている。"
)


def test_supercomputer_is_advanced_technology():
    assert AI in themes_of(SUPERCOMPUTER, "答弁書")


def test_standing_member_of_the_security_council_is_not_a_committee():
    # 常任 ends a committee's name only before 委員会: 常任理事国 leaves the 国連 before it counted.
    assert hits("日本は国連安全保障理事会の常任理事国入りを目指してきた。", "国際展開") == 1
    assert hits("総務教育常任委員会", EDUCATION) == 0


# Minutes of a citizens' council that met in a room of the city's 防災センター.
MEETING_ROOM = (
    "令和4年度 第1回 市民参加と市民協働に関する審議会 会議録\n"
    "1 日時 令和4年4月27日(水曜日)午後7時~8時50分\n"
    "2 場所 市防災センター402・403会議室(オンライン含む)\n"
    "3 出席者 委員14名、事務局 政策室長ほか\n"
    "4 配布資料 資料1 審議会の進め方 資料2 分科会の役割分担 資料3 市民公益活動事業補助金の募集要領\n"
    "5 会議の結果 (1)今年度の審議会の進め方について、資料1に基づき事務局から説明し、了承された。"
    "(2)市民協働事業提案制度について、委員から募集期間の延長を求める意見があった。\n"
)

# The city's notice of its new 防災センター: the centre itself is the subject.
DISASTER_CENTRE = (
    "市防災センターが完成しました\n"
    "災害時の拠点となる市防災センターが完成し、4月から運用を始めます。災害対策本部の機能を備え、大規模な地震や豪雨の際には、"
    "ここで避難情報の発信や被災状況の把握を行います。備蓄倉庫には食料や毛布を備え、防災訓練の会場としても使います。"
)


def test_meeting_room_of_a_disaster_centre_is_not_disaster():
    assert hits(MEETING_ROOM, DISASTER) == 0
    assert DISASTER not in themes_of(MEETING_ROOM, "第1回審議会 会議録")


def test_disaster_centre_itself_is_disaster():
    assert DISASTER in themes_of(DISASTER_CENTRE, "市防災センターが完成しました")
