"""themes45: labels43's conventions for two theme splits (bench/realdocs README, "Conventions for six more theme
splits").  条件不利地域: a broadband or mobile page that states a gap between residents or areas as what it remedies
(情報格差の是正, 地域間格差, デジタル・ディバイド, ゼロ地域 / 不感地帯の解消) is デジタルデバイド・高齢者's; not 医療格差,
not coverage for a tunnel or a road, not one line of a greeting.  地域活性化 as a stated aim: the words of a purpose
clause (「地域経済の活性化を図る」) do not count for 地域ビジネス・地域活性化; a page on 地方創生 itself keeps it, and so does a
body named for it (a quoted name).

Pages written for the test, in the style of real ones (a town's ordinance, a prefecture's remote-medicine page, a
bureau's press release on a tunnel, a bureau head's 年頭所感, a city's 総合戦略, a 交付金 project's summary)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import (
    AIM_CLAUSE, GAP_REMEDIED, GAP_STATED, ThemeEvidence, _drop_stated_aims, _gap_stated, _in_quotes, _tally, THEMES, explain_themes,
)

DIVIDE = "デジタルデバイド・高齢者"
LOCAL = "地域ビジネス・地域活性化"
NET = "ネットワーク基盤・ブロードバンド"
MOBILE = "5G・移動通信"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def given(*names: str) -> list[ThemeEvidence]:
    return [ThemeEvidence(n, 0.5, ()) for n in names]


ORDINANCE = """○○町情報通信基盤施設の設置及び管理に関する条例
(設置)
第1条 地域間の情報格差の是正を図るとともに、町民に行政、防災等に関する情報を提供するため、○○町情報通信基盤施設(以下「施設」という。)を設置する。
(名称及び位置)
第2条 施設の名称及び位置は、別表第1のとおりとする。
(業務)
第3条 施設は、次に掲げる業務を行う。
(1) 光ファイバ網による超高速ブロードバンドサービスの提供
(2) 告知放送の送信
(3) インターネット接続サービスの提供
(使用料)
第4条 施設を利用する者は、別表第2に定める使用料を納付しなければならない。
(指定管理者)
第5条 町長は、施設の管理を指定管理者に行わせることができる。
"""

MEDICAL = """へき地における遠隔医療の推進について
○○県では、医師の偏在により、山間部や離島の住民が受けられる医療に地域間の医療格差が生じています。
県は、地域間の医療格差の是正を図るため、光ファイバ回線を活用した遠隔医療システムを整備し、県立中央病院と離島の診療所を高速ブロードバンド回線で結びました。
診療所の医師は、中央病院の専門医から画像診断の支援を受けることができます。
また、オンライン診療の導入に向けて、通信回線の増強と診療所の機器整備を進めます。
これにより、住民が島内で専門的な医療を受けられるようになります。
問い合わせ先 ○○県健康福祉部医療政策課
"""

TUNNEL = """報道資料
高速道路トンネル内の携帯電話の不感地帯の解消に向けた補助事業の交付決定
○○総合通信局は、高速道路トンネル内における携帯電話の不感地帯の解消を図るため、電波遮へい対策事業の補助金の交付を決定しました。
この事業により、トンネル内でも携帯電話の通話やデータ通信、5Gサービスの利用が可能となり、道路利用者の利便性の向上や、事故発生時の緊急通報の確保が図られます。
対象区間:○○自動車道 ○○トンネル(延長2.4km)
事業主体:公益社団法人移動通信基盤整備協会
補助対象:移動通信用の中継施設、光ファイバ等の伝送路
補助率:2分の1(国)
連絡先 ○○総合通信局 無線通信部 陸上課
"""

GREETING = """年頭所感
○○総合通信局長 ○○ ○○
新年あけましておめでとうございます。
昨年は、管内の各地域で光ファイバ等のブロードバンド基盤の整備が進み、多くの市町村で超高速ブロードバンドが利用できるようになりました。
本年も、携帯電話の基地局整備や5Gの普及、ローカル5Gの活用を支援し、地域の情報通信基盤の整備を推進してまいります。
また、情報格差の是正にも意を用いつつ、電波の有効利用、電波監視による混信の排除、サイバーセキュリティ対策に取り組みます。
防災分野では、自治体の災害時の通信手段の確保を支援してまいります。
本年が皆様にとって良い年となりますよう祈念いたしまして、新年のご挨拶といたします。
"""

SOSEI = """○○市まち・ひと・しごと創生総合戦略の改訂について
○○市では、人口減少に歯止めをかけ、地域の活性化を図るため、まち・ひと・しごと創生総合戦略を改訂しました。
基本目標1 地域産業の振興と雇用の創出
地場産業の販路拡大、企業誘致、創業支援により、若い世代の雇用の場を生み出します。
基本目標2 移住・定住の促進
移住相談窓口の充実、空き家を活用したお試し住宅、関係人口の創出に取り組みます。
基本目標3 観光と交流の推進
地域資源を生かした体験型観光を進め、交流人口の拡大を図ります。
計画期間:令和7年度から令和11年度まで
"""

FIBRE_AIM = """地域情報通信基盤整備推進交付金事業の概要
1 事業の目的
本事業は、地理的な条件から民間の電気通信事業者による整備が進まない地域において、市町村が行う情報通信基盤の整備を支援し、その利活用を促進することにより、地域住民の生活の向上及び地域経済の活性化を図るものです。
2 事業の内容
町は、本交付金を活用し、町内全域に光ファイバ網を整備しました。
これにより、ケーブルテレビの多チャンネルサービスとケーブルインターネット接続サービスの提供が可能となり、地域の活性化を図りました。
3 事業費
総事業費 8億2,000万円(うち交付金 2億7,000万円)
4 整備内容
センター施設 1か所、幹線 光ファイバケーブル 85km、引込線 2,100世帯
"""



def test_a_facility_ordinance_stating_the_gap_it_closes_is_the_divide_s():
    ev = {e.name: e for e in explain_themes([t.text for t in analyze(ORDINANCE)], None, ORDINANCE)}
    assert NET in ev and DIVIDE in ev
    assert ev[DIVIDE].named_in == f"{GAP_REMEDIED} 「情報格差の是正」"
    assert "(in the gap the page remedies 「情報格差の是正」)" in str(ev[DIVIDE])


def test_the_gap_gives_nothing_to_a_white_paper_section():
    # explain_themes' lone False (a White Paper): the rule is not read, as the undertakings' names are not.
    assert DIVIDE not in {e.name for e in explain_themes([t.text for t in analyze(ORDINANCE)], None, ORDINANCE, lone=False)}


def test_a_medical_gap_is_another_subject():
    assert "医療格差の是正" in MEDICAL and not GAP_STATED.search(MEDICAL)
    got = themes_of(MEDICAL)
    assert NET in got and DIVIDE not in got


def test_coverage_for_a_tunnel_is_no_divide():
    assert GAP_STATED.search(TUNNEL)  # the words are there: the sentence's トンネル turns them away
    assert _gap_stated(TUNNEL, given(MOBILE)) is None
    assert themes_of(TUNNEL) == {MOBILE}
    # the same sentence about a village's dead zone is a gap between areas
    village = TUNNEL.replace("高速道路トンネル内における", "山間部の集落における")
    assert _gap_stated(village, given(MOBILE)) == "不感地帯の解消"


def test_one_line_of_a_greeting_is_not_what_it_covers():
    assert len(GAP_STATED.findall(GREETING)) == 1
    assert _gap_stated(GREETING, given(NET)) is None
    assert DIVIDE not in themes_of(GREETING)
    # the same line on a page that is no greeting is the page's stated gap
    assert _gap_stated(GREETING.replace("年頭所感", "管内の情報通信施策").replace("新年のご挨拶といたします", "結びとします"),
                       given(NET)) == "情報格差の是正"


def test_the_gap_needs_a_network_page():
    assert _gap_stated(ORDINANCE, given("放送")) is None
    assert _gap_stated(ORDINANCE, given(NET, DIVIDE)) is None


def test_a_stated_aim_of_revival_gives_no_local_business():
    assert [m.group() for m in AIM_CLAUSE.finditer(FIBRE_AIM)] == ["地域経済の活性化", "地域の活性化"]
    got = themes_of(FIBRE_AIM)
    assert NET in got and LOCAL not in got


def test_a_page_on_regional_revival_itself_keeps_it():
    assert AIM_CLAUSE.search(SOSEI)  # 「地域の活性化を図るため」 is dropped, the 総合戦略's passages carry the theme
    assert LOCAL in themes_of(SOSEI)


def test_a_body_named_for_revival_is_no_purpose_clause():
    text = ("中国総合通信局は、平成27年5月12日に松江市において、「地域経済活性化に資する放送コンテンツの海外展開促進研究会」を開催しました。\n"
            "本事業は、地域経済の活性化に資するものです。")
    found = [(m.group(), _in_quotes(text, m.start())) for m in AIM_CLAUSE.finditer(text)]
    assert found == [("地域経済活性化", True), ("地域経済の活性化", False)]
    k = THEMES.index(LOCAL)
    weighted, strong, counts = _tally([t.text for t in analyze(text)])
    assert strong[k] == 2
    _drop_stated_aims(text, weighted, strong, counts)
    assert strong[k] == 1  # the name's 地域経済 is left, the clause's is gone
