"""themes32: forms of government pages whose labelled theme the rules missed on realdocs dev."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import THEMES, _tally

DX = "自治体DX・行政手続"


def themes_of(text: str, title: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


STAFF_GENAI = (
    "生成AIの庁内利用を開始します\n"
    "市では、文章の作成や要約、アイデア出しなどに生成AIを活用するため、全職員が利用できる環境を整備しました。"
    "利用にあたっては、個人情報や機密情報を入力しないことなどを定めたガイドラインを策定し、"
    "職員向けの説明会を開催しました。"
    "生成AIの回答には誤りが含まれることがあるため、職員が必ず内容を確認したうえで利用します。"
    "今後は、庁内での利用状況を検証し、活用の場面を広げていきます。"
)

BUSINESS_GENAI = (
    "生成AI活用セミナーを開催します\n"
    "中小企業の経営者や担当者を対象に、生成AIの基礎と活用事例を紹介するセミナーを開催します。"
    "講師には、生成AIを使った商品開発や顧客対応に取り組む企業の担当者をお招きします。"
    "ChatGPTなどの対話型AIを実際に操作する体験コーナーも設けます。"
    "参加は無料です。お申込みはウェブフォームからお願いします。"
)


def test_staff_use_of_generative_ai_is_the_office_dx():
    # Without the paired words the page's only DX word is the weak 庁内, and it got AI alone.
    got = themes_of(STAFF_GENAI, "生成AIの庁内利用を開始します")
    assert DX in got
    assert "AI・先端技術" in got


def test_generative_ai_for_business_is_not_the_office_dx():
    got = themes_of(BUSINESS_GENAI, "生成AI活用セミナーを開催します")
    assert DX not in got
    assert "AI・先端技術" in got


def test_generative_ai_counts_for_dx_only_near_staff():
    k = THEMES.index(DX)
    near = [t.text for t in analyze("職員が生成AIを使って文書を作成します。")]
    alone = [t.text for t in analyze("企業が生成AIを使って文書を作成します。")]
    assert _tally(near)[1][k] == 1
    assert _tally(alone)[1][k] == 0


def test_generative_ai_of_local_governments_counts_for_dx():
    # A bureau's meeting on 「自治体の生成AI活用」 names no 職員; 生成型AI is the same word spelled out.
    k = THEMES.index(DX)
    page = [t.text for t in analyze("自治体における生成型AIの利活用について、導入事例を紹介しました。")]
    assert _tally(page)[1][k] == 1


LOCAL = "地域ビジネス・地域活性化"

SHOP_CASHLESS = (
    "中小・小規模事業者のキャッシュレス導入を支援します\n"
    "県では、新しい生活様式に対応するため、県内の中小・小規模事業者がキャッシュレス決済を導入する経費の一部を補助します。"
    "対象は、県内に店舗を有する小規模事業者で、キャッシュレス決済端末の購入費や導入手数料が補助の対象となります。"
    "補助率は2分の1、上限は1店舗あたり10万円です。"
    "申請期間は7月1日から9月30日までです。申請書に見積書と店舗の写真を添えて提出してください。"
)

COUNTER_CASHLESS = (
    "市役所の窓口でキャッシュレス決済が使えます\n"
    "市役所の窓口で、住民票の写しや印鑑登録証明書などの交付手数料をキャッシュレス決済で支払えるようになりました。"
    "クレジットカード、電子マネー、QRコード決済が利用できます。"
    "行政サービスのデジタル化の一環として、現金を持たずに手続ができ、窓口での待ち時間の短縮にもつながります。"
    "今後は、電子申請の対象となる手続も順次増やしていきます。"
    "利用できる窓口は、市民課、税務課、各支所です。"
)


def test_cashless_payment_at_local_shops_is_the_local_economy():
    # キャッシュレス was only a weak word of 自治体DX: the page got that theme, not its own.
    got = themes_of(SHOP_CASHLESS, "中小・小規模事業者のキャッシュレス導入を支援します")
    assert LOCAL in got


def test_cashless_payment_at_the_town_counter_stays_the_office_dx():
    got = themes_of(COUNTER_CASHLESS, "市役所の窓口でキャッシュレス決済が使えます")
    assert LOCAL not in got
    assert DX in got


def test_cashless_counts_for_the_local_economy_only_near_shops():
    k = THEMES.index(LOCAL)
    near = [t.text for t in analyze("市内の店舗でキャッシュレス決済を導入します。")]
    alone = [t.text for t in analyze("窓口でキャッシュレス決済を導入します。")]
    assert _tally(near)[1][k] >= 1
    assert _tally(alone)[1][k] == 0
