"""themes59: a body's measures for a 年度 said in a sentence of the page's head (「…年度に重点的に取り組む施策を…として
公表しました」) give 計画策定・推進体制 as the year's 重点施策 named in a title does — with pages of my own written in the
style of real ones: where the form must fire and where it must not."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import YEAR_MEASURES_SAID

PLAN = "計画策定・推進体制"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A bureau's press release announcing its year's measures under a name of their own (as 北海道総合通信局's
# 「北海道の情報通信2018」): the plan is never named 重点施策 and its words of a plan stay under the bars.
PUBLISHED = """「東北の情報通信2026」を公表
令和8年4月8日
東北総合通信局
東北総合通信局は、4月8日、令和8年度に重点的に取り組む施策を「東北の情報通信2026」として公表しました。
今年度は、『つながる東北、ひろがる未来』をキャッチフレーズとして掲げ、地域の課題解決をICTにより支援します。
具体的には、次の4つの項目を柱として、市町村や関係機関と連携しながら取り組んでまいります。
1 光ファイバ等の情報通信基盤の整備促進
2 携帯電話の不感地域の解消と5Gの普及
3 ICTを活用した地域課題の解決と人材の確保
4 安心・安全な電波利用環境の確保
詳細は別添資料をご覧ください。
連絡先 東北総合通信局 総務部総務課 企画広報室 電話 022-000-0000
"""

# A prefecture's farm page: the 県 sets out what it will push in a plan of another kind, with no 年度 of the body's own.
FARM_PLAN = """スマート農業推進計画を策定しました
更新日:2025年3月28日
〇〇県では、担い手の減少や高齢化に対応し、生産性の高い産地づくりを目指すため、県が重点的に取り組む施策を位置付けた推進計画として、「〇〇県スマート農業推進計画」を策定しました。
計画では、ドローンによる農薬散布、自動操舵トラクタ、水田の水管理システムなど、スマート農業技術の導入を進めます。
また、農業者向けの実演会や研修会を開催し、技術の普及を図ります。
問い合わせ先 農林水産部 農業振興課 電話 000-000-0000
"""

# A mayor's new-year greeting that names the year's measures in passing, as it goes on to other things.
GREETING = """新年のごあいさつ
〇〇市長 〇〇〇〇
市民の皆様、新年あけましておめでとうございます。
今年度も重点的に取り組む施策として、子育て支援と道路の整備を着実に進めてまいります。
昨年は市制70周年を迎え、多くの記念事業に市民の皆様のご参加をいただきました。
本年は、市民会館の建て替えに着手するとともに、公共交通の見直しを進めます。
皆様にとって、本年が幸多き年となりますよう心からお祈り申し上げ、新年のあいさつといたします。
"""

# A town's budget: the measures of the year put out as the 当初予算案 (a budget's list, no plan: BUDGET_LIST).
BUDGET = """令和8年度当初予算案の概要
〇〇町では、令和8年度に重点的に取り組む施策を当初予算案として取りまとめました。
一般会計 52億3,000万円(前年度比 2.1%増)
主な事業
・防災行政無線のデジタル化 1億2,000万円
・小中学校のICT機器の更新 3,500万円
・子育て世帯への給付 2,800万円
・町道の舗装補修 4,100万円
問い合わせ先 総務課 財政係
"""


def test_a_years_measures_published_in_the_head_are_the_bodys_plan():
    assert YEAR_MEASURES_SAID.search(PUBLISHED)
    assert PLAN in themes_of(PUBLISHED)


def test_a_plan_of_another_kind_without_the_bodys_year_is_not_the_form():
    assert not YEAR_MEASURES_SAID.search(FARM_PLAN)


def test_a_greeting_naming_the_years_measures_in_passing_gets_no_plan():
    assert not YEAR_MEASURES_SAID.search(GREETING)
    assert PLAN not in themes_of(GREETING)


def test_measures_put_out_as_a_budget_get_no_plan():
    assert YEAR_MEASURES_SAID.search(BUDGET)  # the sentence is there; the budget makes it no plan
    assert PLAN not in themes_of(BUDGET)


def test_the_sentence_below_the_head_does_not_count():
    far = "お知らせ\n" + "本日の会議では、各委員から地域の現状について報告がありました。\n" * 8
    page = far + "なお、当局は令和8年度に重点的に取り組む施策を「東北の情報通信2026」として公表しました。\n"
    assert PLAN not in themes_of(page)
