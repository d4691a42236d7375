"""themes54: forms read from dev's false 地域ビジネス・地域活性化 and 観光 themes.

- 地域 heading the name of an ICT programme or network (地域ICT利活用モデル構築事業, 地域情報通信基盤, 地域デジタル基盤活用
  推進事業, 地域イントラネット) says where the project is, not that the region's economy is the subject (themes.toml's
  not_terms of 地域ビジネス).
- 観光 in the name of a town's office (商工観光課, 経済観光文化局, 観光戦略課) says who answers the telephone, not that the page
  is on tourism (themes.TOURISM_OFFICE).
Each has a page of the kind it was read from where it fires and pages of my own in the style of real ones where it must not."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import themes as T

REVIVAL = "地域ビジネス・地域活性化"
TOURISM = "観光"
HEALTH = "医療・介護・健康"
SPAM = "迷惑メール・ネット上のトラブル"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- 地域 heading an ICT programme's name ---------------------------------------------------------------------------

# A bureau's call for model projects of remote care under a 地域ICT programme (the form of dev r537).
REMOTE_CARE_CALL = """ICTを活用した地域課題の解決を支援 「地域ICT利活用モデル構築事業」の提案募集
平成20年8月8日
東北総合通信局
総務省では、地域経済の低迷や少子高齢化への対応など地域が抱える課題について、ICTを活用してその解決を図る地域ICT利活用モデル構築事業の提案を募集します。
本事業は、ICT利活用モデルを構築し、その成果を全国に普及させることにより、地域課題の解決に資するものです。
今年度は、医師不足が深刻な山間部において、中核病院と診療所を結ぶ遠隔医療モデルプロジェクトを対象とします。
地域ICT利活用モデル構築事業の成果は、全国の地域ICT利活用の参考として公表します。
1 提案者
 地方公共団体、医療機関等で構成されるコンソーシアム
2 委託額
 1件あたり3,000万円程度
3 募集期間
 平成20年8月8日(金)から8月29日(金)まで
 地域ICT利活用モデル構築事業の詳細は、総務省ホームページをご覧ください。
連絡先 東北総合通信局 情報通信部 情報通信連携推進課"""

# A town's own page on its revival where a 地域ICT programme paid for one of its means: the town's economy is the
# subject (移住, 商店街, 特産品), and its words count as before.
TOWN_REVIVAL = """○○町 地域活性化の取組
○○町では、人口減少が進む中、移住・定住の促進と商店街のにぎわいづくりに取り組んでいます。
空き店舗を活用したチャレンジショップでは、町外から移住した若者が特産品のカフェを開業しました。
地元の農産物を使った商品開発や、ふるさと納税の返礼品の拡充により、地域経済の活性化を進めています。
また、総務省の地域ICT利活用事業を活用し、商店街の店舗情報をスマートフォンで発信する仕組みを整えました。
関係人口の拡大に向けて、首都圏での移住相談会や、お試し住宅の貸し出しも行っています。
お問い合わせ 企画課 地域振興係"""


def test_a_call_under_a_regional_ict_programme_is_not_revival():
    got = themes_of(REMOTE_CARE_CALL)
    assert HEALTH in got
    assert REVIVAL not in got


def test_a_towns_revival_page_keeps_its_theme():
    assert REVIVAL in themes_of(TOWN_REVIVAL)


def _terms(text: str) -> list[str]:
    from ictsearch.indexer.analysis import analyze

    return [t.text for t in analyze(text)]


def test_regional_network_names_are_not_counted_for_revival():
    k = T.THEMES.index(REVIVAL)
    for name in ("地域ICT利活用モデル構築事業", "地域情報通信基盤整備推進交付金", "地域デジタル基盤活用推進事業", "地域イントラネット"):
        weighted, _, _ = T._tally(_terms(name))
        assert weighted[k] == 0, name
    weighted, _, _ = T._tally(_terms("地域経済の活性化と地域の魅力"))
    assert weighted[k] > 0


# --- 観光 in a tourism office's name --------------------------------------------------------------------------------

# A town's consumer notice whose contact line is its 商工観光課 (the form of dev r2901).
POSTCARD_NOTICE = """「架空請求はがき」に注意!
「消費料金に関する訴訟最終告知のお知らせ」などと書かれたはがきが届いたという相談が寄せられています。
はがきには「民事訴訟の取り下げ期日」などと記載され、記載された電話番号に連絡させて、
弁護士費用などの名目でお金をだまし取ろうとするものです。
身に覚えのない請求には絶対に連絡せず、無視してください。
不安なときは、消費生活センターまたは警察に相談してください。
消費者ホットライン 188
問い合わせ先
役場 ふるさと商工観光課 商工観光係
TEL:0125-65-2118 FAX:0125-65-2119
ふるさと商工観光課 商工観光係へのお問い合わせ"""

# A 観光課's own press release on a tourism campaign: its visitors, its 観光地, its インバウンド keep the theme.
TOURISM_RELEASE = """秋の観光キャンペーン「ぐるっと○○市」を開始します
○○市観光課では、秋の観光シーズンに合わせ、市内の観光地をめぐるデジタルスタンプラリーを実施します。
紅葉の名所や温泉街など12か所の観光スポットを周遊し、スマートフォンでスタンプを集めると、特産品が当たります。
訪日外国人旅行者にも楽しんでいただけるよう、英語・中国語・韓国語の案内を用意しました。
昨年度の観光客数は約80万人で、今年度はインバウンドの回復により100万人を目指します。
問い合わせ先 ○○市 経済観光部 観光課 TEL 000-000-0000"""


def test_a_tourism_office_on_a_contact_line_is_no_tourism():
    got = themes_of(POSTCARD_NOTICE)
    assert SPAM in got
    assert TOURISM not in got


def test_a_tourism_offices_own_campaign_keeps_tourism():
    assert TOURISM in themes_of(TOURISM_RELEASE)


def test_tourism_office_names():
    found = lambda s: [m.group() for m in T.TOURISM_OFFICE.finditer(s)]
    assert found("役場 ふるさと商工観光課 商工観光係") == ["商工観光課", "商工観光係"]
    assert found("経済観光文化局美術館") == ["経済観光文化局"]
    # a sector, a problem, a tax: no office
    assert found("観光部門の売上") == [] and found("観光課題の解決") == [] and found("観光課税の導入") == []
    assert found("観光客") == [] and found("観光地域づくり") == []
