"""themes43: a page presenting an undertaking named for IoT is IoT's (bench/realdocs README's convention "IoT among
other technologies": a programme, body or product named for it), whatever its density — a named_by word of
themes.toml anywhere (IoT推進ラボ, IoT実装, IoT導入), or IoT inside a quoted name 「…」 that is not a list of
technologies.  Not for a White Paper section (explain_themes' lone False).

Pages written for the test, in the style of real ones: those where the rule must fire, and those where it must not
(a slogan listing IoT with AI, a quoted sentence, a programme named for ユビキタス, IoT said in running text only, a
White Paper section)."""

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
