"""othergov40: pages of the state's other bodies (ministries' regional bureaus, agencies, institutes) — the
weakest kind of realdocs page — and the local or national pages where each rule must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, title: str | None = None, path: str = "page.txt"):
    return derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path(path))


# --- A 経済産業局's own page naming no place: its area, not 全国 -------------------------------------------

# A regional bureau's newsletter (its breadcrumb, its name over the issue), writing 経済産業省 and no place.
CHUBU_MAIL = (
    "1. ホーム\n  2. 局のご案内\n  3. メールマガジン\n"
    "  4. 中部経済産業局メールマガジン 2024年10月4日(金曜日)配信 第1038号\n\n"
    "中部経済産業局メールマガジン 2024年10月4日(金曜日)配信 第1038号\n\n"
    "経済産業省 中部経済産業局 メールマガジン\n\n"
    "トピックス\n\n"
    " 中部経済産業局では、中小企業のデジタル化を後押しするため、IT導入に関する相談会を開催します。"
    "生産管理のクラウド化やキャッシュレス決済の導入を検討している事業者の皆様はぜひご参加ください。\n"
)
# The bureau of 関東 announcing its seminar: the place finder reads 関東 as the block word it is, and the
# rule (for a page naming no place) leaves it so.
KANTO_PRESS = (
    "関東経済産業局\n\n"
    "中小企業のサイバーセキュリティ対策セミナーを開催します\n\n"
    "関東経済産業局は、経済産業省及び独立行政法人情報処理推進機構と連携し、中小企業の経営者を対象に、"
    "サイバー攻撃の最新動向と取るべき対策を解説するオンラインセミナーを開催します。\n"
)


def test_a_meti_bureaus_own_page_is_its_area():
    m = _derive(CHUBU_MAIL)
    assert m.region == ("北陸", "東海")
    assert m.prefecture == ()
    m = _derive(KANTO_PRESS)
    assert m.region == ("関東",)
    assert m.prefecture == ()


# Must not fire: a firm's page naming the bureau as the one whose award it received; a town's page on the
# bureau's subsidy it used (本町); the ministry's page listing all its bureaus (no one area).
AWARDED = (
    "中部経済産業局長賞を受賞しました\n\n"
    "当社が開発した遠隔監視システムが、IoTを活用した生産性向上の取組として評価され、表彰されました。"
    "経済産業省が進めるDX推進の一環として、今後も製品の改良を続けてまいります。\n"
)
TOWN_SUBSIDY = (
    "中部経済産業局の補助金を活用した商店街のキャッシュレス化\n\n"
    "本町では、経済産業省の補助事業を活用し、商店街の各店舗にキャッシュレス決済端末を導入しました。"
    "町民の皆様の買い物がより便利になります。\n"
)
ALL_BUREAUS = (
    "地域経済産業局の窓口一覧\n\n"
    "経済産業省では、北海道経済産業局、東北経済産業局、関東経済産業局、中部経済産業局、近畿経済産業局、"
    "中国経済産業局、四国経済産業局、九州経済産業局において、中小企業の相談を受け付けています。\n"
)


def test_a_bureau_named_as_giver_or_in_a_list_is_no_area():
    assert "東海" not in _derive(AWARDED).region
    m = _derive(TOWN_SUBSIDY)
    assert "東海" not in m.region and "北陸" not in m.region
    assert _derive(ALL_BUREAUS).region == ("全国",)
