"""sceptic48: pages written against themes45's two rules (bench/realdocs README, "Conventions for six more theme
splits", labels43), each labelled by the conventions before the code was run on it.

条件不利地域: デジタルデバイド・高齢者 is a gap between residents or areas that a broadband or mobile page states as what
it remedies.  Not a gap of another field written before an area gap (「医療の地域間格差の是正」, 「所得の地域間格差」:
the convention's 医療格差, another subject), not coverage at a tourist spot for its visitors even when the sentence
says 格差 (a tourist spot is no divide), not one line of a greeting that names two gaps.  Still given: a village whose
residents are the ones without service (also when it is a tourist spot), a town's fibre build for 「情報格差のない町づく
り」 (the gap as a facility's purpose counts), a fibre build placed in a plan named for closing the divide (judged:
the plan's gap is what the build carries out, as a programme named for 地域活性化 keeps that theme).
地域活性化 as a stated aim: a 地方創生 page whose purpose clause says 地域の活性化 and whose body describes 移住 and
商店街 keeps 地域ビジネス・地域活性化; an elderly smartphone class stays デジタルデバイド by its own words."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import OTHER_FIELD_BEFORE, OTHER_FIELD_SPAN

DIVIDE = "デジタルデバイド・高齢者"
LOCAL = "地域ビジネス・地域活性化"
NET = "ネットワーク基盤・ブロードバンド"
MOBILE = "5G・移動通信"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A prefecture's press release on mobile coverage at a tourist spot: the gap is the spot's, for its visitors.
TOURIST_SPOT = """○○高原における携帯電話エリア整備事業の実施について
○○県は、国の携帯電話等エリア整備事業を活用し、○○高原の携帯電話基地局の整備を行います。
○○高原は年間約50万人の観光客が訪れる県内有数の観光地ですが、山間部のため携帯電話がつながらない区域が多く残っています。
本事業により観光地における通信格差の解消を図り、観光客の安全・安心の確保と利便性の向上につなげます。
整備する基地局は2局で、通信事業者が令和6年度中のサービス開始を予定しています。
事業費は約8千万円で、国が2分の1、県と○○村がそれぞれ4分の1を負担します。"""

# The same programme in a village known for tourism, whose residents' hamlets are without service.
TOURIST_VILLAGE = """○○村における携帯電話エリア整備事業の実施について
○○村は、国の携帯電話等エリア整備事業を活用し、村内の携帯電話基地局の整備を行います。
○○村は観光地として知られますが、山間部の集落では携帯電話がつながらず、住民は都市部との情報格差に直面しています。
本事業により集落の不感地帯を解消し、地域間の情報格差の是正を図ります。
整備する基地局は3局で、令和6年度中のサービス開始を予定しています。"""

# A prefecture's remote-medicine page: broadband carries it, the gap it closes is 医療's.
REMOTE_MEDICINE = """離島における遠隔医療の推進について
本県の離島では医師不足が深刻であり、診療所に常勤医師がいない島もあります。
県では、離島の診療所と本土の中核病院を光ファイバによる高速ブロードバンド回線で結び、テレビ会議システムを用いた遠隔診療を行っています。
高精細な画像を送受信できる超高速ブロードバンド回線の整備により、専門医による画像診断や遠隔での助言が可能となりました。
これにより医療の地域間格差の是正を図り、島民が安心して暮らせる医療提供体制を確保します。
今後は、オンライン診療の拡充とともに、回線の冗長化を進めます。"""

# A prefecture's industrial fibre: the gap named is one of income.
INCOME_GAP = """○○県工業団地光ファイバ網整備事業
県は、所得の地域間格差の是正に向けた産業振興の一環として、県北部の工業団地に光ファイバ網を整備します。
整備後は、立地企業が超高速ブロードバンドを利用できるようになります。
整備は県が行い、通信事業者が回線サービスを提供します。"""

# A town's fibre page whose gap word is only in the name of a plan the build is placed in (judged DD, see above).
PLAN_NAME = """○○町光ファイバ網整備事業が完了しました
町では、令和4年度から町内全域を対象に光ファイバ網の整備を進めてまいりましたが、このたび全ての工事が完了しました。
これにより、町内のどこでも最大1Gbpsの超高速ブロードバンドサービスが利用できるようになります。
サービスの申込みは、通信事業者の窓口で受け付けています。
なお、本事業は「第5次○○町総合計画」「○○町デジタル・ディバイド解消計画」に位置付けて実施したものです。
お問い合わせ:企画課 情報政策係"""

SOUSEI = """○○市まち・ひと・しごと創生総合戦略(第2期)
本戦略は、人口減少と地域経済の縮小を克服し、地域の活性化を図ることを目的として策定するものです。
基本目標1 稼ぐ地域をつくり、安心して働けるようにする
地元商店街の空き店舗を活用した創業支援を行い、商店街のにぎわいを取り戻します。
基本目標2 市への新しいひとの流れをつくる
首都圏からの移住・定住を促進するため、移住相談窓口の設置やお試し住宅の提供を行います。
地域おこし協力隊の受入れを拡大し、関係人口の創出を図ります。
基本目標3 結婚・出産・子育ての希望をかなえる
"""

SLOGAN = """○○町光ファイバ整備事業について
町は「情報格差のない町づくり」を掲げ、町内全域に光ファイバ網を整備します。
これまで町内の一部地区では高速インターネットが利用できませんでした。
整備は令和5年度から2か年で行い、完了後は全世帯で超高速ブロードバンドが利用可能となります。
総事業費は約12億円で、国の高度無線環境整備推進事業の補助金を活用します。"""

SMARTPHONE_CLASS = """高齢者向けスマートフォン教室を開催します
スマートフォンの基本操作やマイナンバーカードの申請方法を学べる、高齢者向けのスマホ教室を開催します。
デジタル活用支援員が、電話のかけ方、写真の撮り方、LINEの使い方などを丁寧にお教えします。
スマートフォンをお持ちでない方には貸出用の端末をご用意します。
対象:市内在住の65歳以上の方
定員:各回10名(先着順)
参加費:無料"""

# A bureau head's 年頭所感 whose one line of measures names two gaps.
GREETING_ONE_LINE = """年頭所感
○○総合通信局長 ○○ ○○
新年明けましておめでとうございます。
昨年は、5Gの基地局整備が管内各地で進み、光ファイバの整備率も99%を超えました。
本年も、条件不利地域における情報格差の是正と携帯電話の不感地帯の解消に向けて、携帯電話等エリア整備事業と高度無線環境整備推進事業を推進してまいります。
また、電波利用環境の保護、放送ネットワークの強靱化、サイバーセキュリティ対策にも取り組みます。
地域のDX推進に向けて、自治体や企業の皆様と連携してまいります。
本年もよろしくお願い申し上げます。"""


def test_tourist_spot_gap_is_no_divide_but_a_villages_is():
    spot = themes_of(TOURIST_SPOT)
    assert MOBILE in spot and DIVIDE not in spot
    village = themes_of(TOURIST_VILLAGE)
    assert MOBILE in village and DIVIDE in village


def test_a_fields_area_gap_is_not_the_divide():
    medicine = themes_of(REMOTE_MEDICINE)
    assert NET in medicine and DIVIDE not in medicine
    income = themes_of(INCOME_GAP)
    assert NET in income and DIVIDE not in income
    # The window reads what is written right before the match (地域間格差 matches from 間).
    assert OTHER_FIELD_BEFORE.search("これにより医療の地域"[-OTHER_FIELD_SPAN:])
    assert not OTHER_FIELD_BEFORE.search("集落の不感地帯を解消し、地域")


def test_one_greeting_line_with_two_gaps_is_not_the_divide():
    assert DIVIDE not in themes_of(GREETING_ONE_LINE)
    # Two lines of their own, each stating a gap, still are (themes45's threshold).
    two_lines = GREETING_ONE_LINE.replace(
        "情報格差の是正と携帯電話の不感地帯の解消に向けて、携帯電話等エリア整備事業と高度無線環境整備推進事業を推進してまいります。",
        "情報格差の是正に向けて、高度無線環境整備推進事業を推進してまいります。\n"
        "また、携帯電話の不感地帯の解消に向けて、携帯電話等エリア整備事業を推進してまいります。")
    assert DIVIDE in themes_of(two_lines)


def test_still_the_divide_where_the_page_states_it():
    assert {NET, DIVIDE} <= themes_of(SLOGAN)
    assert {NET, DIVIDE} <= themes_of(PLAN_NAME)
    assert DIVIDE in themes_of(SMARTPHONE_CLASS)


def test_sousei_page_keeps_local_business_past_its_purpose_clause():
    assert LOCAL in themes_of(SOUSEI)


# A school link's remote lessons: the gap closed is one of attainment.
SCHOOL_LINK = """離島・中山間地域の学校への超高速ブロードバンド整備について
県は、離島・中山間地域の小中学校を結ぶ超高速ブロードバンド回線を整備し、光ファイバによる10Gbpsのネットワークを構築します。
このブロードバンド回線を活用して都市部の学校と離島の学校を結ぶ遠隔授業を行い、学力格差の是正を図ります。
回線の整備は令和6年度に行い、令和7年度から光ファイバ網の運用を開始します。"""

# A city's inbound-tourism programme: its purpose clause names the revival and its body describes it (誘客, 特産品,
# 観光消費), so it keeps 地域ビジネス beside 観光.
INBOUND = """○○市インバウンド誘客推進事業
本事業は、訪日外国人観光客の誘客により地域経済の活性化を図ることを目的とします。
市内の観光事業者と連携し、海外の旅行会社向けの商談会を開催するとともに、地元の特産品を使った体験型の旅行商品を造成します。
また、市内の商店や飲食店でキャッシュレス決済の導入を支援し、観光消費の拡大につなげます。"""

# A ministry's call for 5G trials: its clauses alone name the revival (地域経済の活性化に資する, 地域の活性化を図る);
# still off, as themes45 made it (before themes45 this page was 地域ビジネス's only).
TRIAL_CALL = """地域デジタル基盤活用推進事業の提案募集について
総務省では、地域の課題解決と地域経済の活性化に資するため、5Gやローカル5G等のデジタル基盤を活用した実証事業の提案を募集します。
本事業は、地域社会のデジタル化を推進し、地域の活性化を図ることを目的とします。
提案の対象は、地方公共団体、民間企業等で構成されるコンソーシアムです。
募集期間は令和5年4月1日から5月10日までです。"""


def test_an_attainment_gap_is_not_the_divide():
    school = themes_of(SCHOOL_LINK)
    assert NET in school and DIVIDE not in school


def test_a_tourism_programme_keeps_local_business_with_its_purpose_clause():
    assert {"観光", LOCAL} <= themes_of(INBOUND)
    assert LOCAL not in themes_of(TRIAL_CALL)
