"""themes43: a page presenting an undertaking named for a theme is the theme's, whatever its density (themes.toml's
named_by and named_in_quotes; bench/realdocs README's conventions).  IoT: a page whose title or headline names IoT,
or that presents a programme, body or product named for it (IoT推進ラボ, IoT実装, IoT導入 anywhere; IoT inside a
quoted name 「…」 that is not a list of technologies).  計画策定・推進体制: a page on a local body's information plan,
named in its title or headline or in a quoted name (情報化計画, DX推進計画 …).  Not for a White Paper section
(explain_themes' lone False).

Pages written for the test, in the style of real ones: those where the rule must fire, and those where it must not
(a slogan listing IoT with AI, a quoted sentence, a programme named for ユビキタス, IoT said in running text only, a
White Paper section, a plan named in a sentence, an inspection schedule's 計画 in quotes)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import NAME_OF_UNDERTAKING, QUOTED_NAME_CHARS, _named_by_names, explain_themes

IOT = "IoT"
LOCAL = "地域ビジネス・地域活性化"
RADIO = "電波・周波数"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def evidence(text: str, *, lone: bool = True):
    return explain_themes([t.text for t in analyze(text)], None, text, lone=lone)


# An award list: the projects' quoted names carry IoT, the page's words are the award's (地域の活性化 …).
AWARDS = """報道資料
令和6年3月8日
「ICTまちづくり大賞2024」受賞案件の発表
総務省は、ICTを活用して地域が抱える様々な課題を解決し、地域の活性化を図るため、地方公共団体や地域団体、民間企業等がICTを利活用している事例を広く募集し、「ICTまちづくり大賞」として表彰しています。
募集を令和5年10月16日から令和6年1月15日まで行ったところ、98件の応募がありました。3月8日に開催した「地域ICTフォーラム2024」において審査を行い、次のとおり受賞案件を決定しました。
1 受賞案件
・大賞/総務大臣賞
「IoTを活用した中山間地域の買い物支援」
【○○町、○○商工会】
・優秀賞
「地域の魅力を伝える観光ポータルの構築」
【△△市】
「商店街のにぎわいを取り戻す地域ポイントの導入」
【□□市商店街振興組合】
2 表彰式
受賞案件の表彰は、地域ICTフォーラムの会場において行いました。
"""

# A prefecture's budget sheet: the body it set up is named for IoT, IoT is said once.
BUDGET = """令和7年度 当初予算 一般事業
事業名:県内企業デジタル化支援事業
事業の目的・概要
県内の中小企業は人手不足が深刻化しており、生産性の向上が急務である。
本県は、令和元年に県内事業者への先端技術の導入を促進する「みなとIoT推進ラボ」を設置し、相談窓口の運営、専門家による伴走支援、導入事例の紹介セミナーを行ってきた。
令和7年度は、製造業・小売業の事業者を対象に、設備導入に要する経費の一部を補助する。
補助率:2分の1、補助上限:200万円
前年度予算額 12,000千円 要求額 15,000千円
"""

# The rule must not fire: a bureau's goal is a slogan listing IoT with AI.
SLOGAN = """新年のご挨拶
令和6年1月4日
○○総合通信局長
新年あけましておめでとうございます。
当局では、今年度の目標を「ICTを実装、IoT・AIで創生、輝く○○」と定め、管内の地方公共団体や企業の皆様とともに、地域の課題解決と地域経済の活性化に取り組んでまいりました。
本年も、地域の皆様の声に耳を傾け、地方創生に資する施策を進めてまいります。
"""

# Nor here: the quoted text is a sentence someone said, longer than a name.
QUOTED_SENTENCE = """市長定例記者会見
令和6年5月15日
市長は、「人口減少が進む中、地域の産業を守るためにはIoTやデジタル技術を使いこなす企業を増やし、若い人が働きたいと思う仕事を地元につくることが何より大事だと考えています」と述べ、企業誘致と創業支援の新しい補助制度を説明した。
補助制度は、市内に事業所を新設する企業に対し、設備投資額の一部を補助するものである。
"""

# Nor here: a programme named for ユビキタス, an old word a programme for regional economies wore.
UBIQUITOUS = """報道資料
平成21年6月5日
「地域情報発信力向上プロジェクト推進協議会」の発足
総務省では、ICT地域経済活性化事業(「ユビキタス特区」事業)の取組の一環として、地域情報発信サービスの提供により、地域経済の活性化を図るプロジェクトについて、平成21年6月3日に選定を行いました。
これを受け、地域の商工会、観光協会、地方公共団体等が参加する推進協議会が発足しました。
"""

# A White Paper section naming a programme for IoT in passing, among the field's others.
WHITE_PAPER = """第3節 地域の課題解決に向けたICT利活用
地方公共団体におけるICT利活用は、行政サービスの向上や地域の課題解決の手段として広がっている。総務省は「地域IoT実装推進ロードマップ」を策定し、教育、医療・介護・健康、働き方、防災等の分野におけるICT利活用の普及展開を進めてきた。テレワークの導入や遠隔医療の実証も各地で進み、地域の防災情報の伝達手段の多様化も進められている。こうした取組を通じ、地域の活性化と住民の利便性の向上が期待される。
"""


def test_an_award_list_naming_its_projects_for_iot_is_iot():
    assert IOT in themes_of(AWARDS)
    (ev,) = [e for e in evidence(AWARDS) if e.name == IOT]
    assert ev.named_in == NAME_OF_UNDERTAKING


def test_a_body_named_for_iot_on_a_budget_sheet_is_iot():
    assert IOT in themes_of(BUDGET)


def test_iot_said_once_in_running_text_is_not_a_name():
    # The budget sheet with the body's name taken out: IoT once, in a sentence, stays below every bar.
    plain = BUDGET.replace("「みなとIoT推進ラボ」を設置し", "IoTの相談窓口を設け").replace("相談窓口の運営、", "")
    assert _named_by_names([t.text for t in analyze(plain)], plain) == []
    assert IOT not in themes_of(plain)


def test_a_slogan_listing_iot_with_ai_is_no_name_of_iot():
    assert IOT not in themes_of(SLOGAN)


def test_a_quoted_sentence_is_no_name():
    assert len("人口減少が進む中、地域の産業を守るためにはIoTやデジタル技術を使いこなす企業を増やし") > QUOTED_NAME_CHARS - 10
    assert IOT not in themes_of(QUOTED_SENTENCE)


def test_a_programme_named_for_ubiquitous_is_not_iot():
    assert IOT not in themes_of(UBIQUITOUS)
    assert LOCAL in themes_of(UBIQUITOUS)


def test_a_white_paper_section_naming_an_iot_programme_in_passing():
    assert IOT in {e.name for e in evidence(WHITE_PAPER)}  # a page other than a White Paper: the name counts
    assert IOT not in {e.name for e in evidence(WHITE_PAPER, lone=False)}


# --- the page's own name (title, headline) and the plan words of 計画策定 ----------------------------------------------

PLAN = "計画策定・推進体制"

# A bureau's priorities: a heading of the headline block names IoT; the page says it once.
PRIORITIES = """令和6年度 ○○総合通信局重点施策
令和6年3月29日
○○総合通信局
(1) IoT等の新技術による地域課題の解決
当局は、令和6年度に重点的に取り組む施策を取りまとめましたので、お知らせします。
管内の地方公共団体、企業、大学等と連携し、地域の課題解決と地域経済の活性化に資する取組を支援します。
また、携帯電話の不感地域の解消、光ファイバの整備、災害時の通信確保に向けた取組を進めます。
"""

# A meeting's record: one agenda item names a plan in 「」, the rest is the meeting's furniture.
AGENDA = """学校教育情報化推進専門家会議(第1回)議事録
1.日時
令和6年9月9日(月曜日)13時00分~15時00分
2.場所
オンライン会議
3.議題
(1)議事運営等について
(2)学校教育の情報化の現状について
(3)「学校教育情報化推進計画」について
(4)その他
4.出席者
委員:○○座長、△△委員、□□委員
"""

# A public comment page titled with the plan; its text is the comments' table.
COMMENTS = """○○市地域情報化計画II(案)へのご意見
意見募集を行った結果、1名の方から5件のご意見をいただきました。貴重なご意見ありがとうございました。
提出いただいたご意見等をもとに十分な検討を行い、市の考え方を次のとおりまとめました。
番号 ご意見の概要 市の考え方
1 行政手続のオンライン化を早く進めてほしい。 電子申請の対象手続を順次拡大してまいります。
2 高齢者向けのスマホ教室を増やしてほしい。 公民館での講座の回数を増やします。
3 山間部の携帯電話の不感地域を解消してほしい。 事業者へ要望してまいります。
"""

# The rule must not fire: a plan named in a sentence on a page about something else.
IN_A_SENTENCE = """県内企業のデジタル人材確保を支援します
更新日:2024年6月1日
県内の中小企業では、DXを担う人材の不足が深刻であるという点が課題となっています。県はDX推進計画においてDX推進を重点課題に掲げていますが、企業の人材確保は個社の努力だけでは難しい状況です。
そこで県では、首都圏のデジタル人材と県内企業とのマッチングを行い、副業・兼業人材の活用を支援します。
"""

# Nor a schedule's plans: an inspection plan in 「」 is no information plan.
SCHEDULE = """防災行政無線の保守点検について
更新日:2024年4月1日
市では、「令和6年度防災行政無線保守点検計画」に基づき、屋外拡声子局の点検を行います。
点検の期間中は、試験放送を行うことがあります。ご理解とご協力をお願いします。
点検日程 5月13日から5月31日まで(土曜日・日曜日を除く)
"""


def test_a_heading_naming_iot_in_the_headline_is_iot():
    assert IOT in themes_of(PRIORITIES)


def test_a_plan_named_in_an_agenda_item_is_plan():
    assert PLAN in themes_of(AGENDA)


def test_a_page_titled_with_an_information_plan_is_plan():
    assert PLAN in themes_of(COMMENTS)


def test_a_plan_named_in_a_sentence_is_no_name():
    assert PLAN not in themes_of(IN_A_SENTENCE)


def test_an_inspection_schedule_in_quotes_is_no_information_plan():
    assert PLAN not in themes_of(SCHEDULE)


# A title naming IoT paired with AI names it (the convention: 「AI・IoT」 in a title or heading); the body says it once.
PAIRED_TITLE = """AI・IoTを活用した高齢者見守りサービスの実証を開始します
令和6年7月1日
○○市では、ひとり暮らしの高齢者の見守りのため、民間事業者と連携した実証を開始します。
実証では、居間に設置した機器が生活の様子を確認し、異常があれば家族や市の担当者に知らせます。
実証期間は令和6年7月から令和7年3月までで、市内の約100世帯が参加します。
参加を希望される方は、地域包括支援センターまでお申し込みください。
"""


def test_a_title_pairing_iot_with_ai_names_iot():
    from ictsearch.indexer.metadata.themes import THEMES

    k = THEMES.index(IOT)
    title = PAIRED_TITLE.split("\n", 1)[0]
    body = PAIRED_TITLE.split("\n", 1)[1]
    terms = [t.text for t in analyze(PAIRED_TITLE)]
    assert k in _named_by_names(terms, PAIRED_TITLE, [t.text for t in analyze(title)])
    # the same pair in a quoted name of the body is a list of technologies: it names no IoT
    quoted = body.replace("連携した実証を開始します。", "連携した「AI・IoT見守り実証」を開始します。")
    assert k not in _named_by_names([t.text for t in analyze(quoted)], quoted, [t.text for t in analyze("見守りサービスの実証")])
    assert IOT in themes_of(PAIRED_TITLE)
