"""themes35: 地上デジタル without 放送 (地上デジタル化, 地上デジタル対応のテレビ) is the terrestrial TV switch-over,
a 放送 word; written as 地上デジタル放送 it is still one word, counted once."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import explain_themes

BROADCASTING = "放送"


def themes_of(text: str, title: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


def broadcasting_words(text: str) -> dict[str, int]:
    terms = [t.text for t in analyze(text)]
    for e in explain_themes(terms, None, text):
        if e.name == BROADCASTING:
            return dict(e.words)
    return {}


# A village's notice on its shared antenna facilities before the switch-over: it never writes 地上デジタル放送 or
# テレビ in full, only 地上デジタル化 and 地上デジタル対応, as such notices of 2009-2011 often did.
SWITCH_OVER = (
    "共聴施設の改修について\n"
    "村内には、山に囲まれて電波が届きにくい地区が多く、住民の皆さまが組合をつくって共同の受信施設を維持されています。"
    "アナログ方式の終了に向けて、村では各組合が行う施設の地上デジタル化の改修費用の一部を補助します。"
    "補助の対象は、受信点の機器の更新、幹線の張り替え、各戸への分配器の交換などの工事です。"
    "改修が終わった地区では、各家庭で地上デジタル対応の受信機をご用意いただく必要があります。"
    "お手持ちの受信機が対応しているかどうかは、役場の窓口や販売店でご確認いただけます。"
    "工事の日程は組合ごとに決まり次第、回覧板でお知らせします。工事の間は一時的に映らなくなることがあります。"
    "補助を希望する組合は、見積書と組合員の名簿を添えて、今年度の十二月末までに役場の総務課へ申請してください。"
    "ご不明な点は、総務課の担当までお問い合わせください。受付は平日の午前八時半から午後五時までです。"
)


def test_switch_over_written_without_broadcasting_is_broadcasting():
    assert "地上デジタル" in broadcasting_words(SWITCH_OVER)
    assert BROADCASTING in themes_of(SWITCH_OVER, "共聴施設の改修について")


def test_the_full_word_is_one_hit_not_two():
    # The longer word is found first: 地上デジタル放送 is not also counted as 地上デジタル.
    text = "地上デジタル放送への移行に伴い、町の受信環境を調査しました。"
    words = broadcasting_words(text * 3)
    assert words.get("地上デジタル放送") == 3
    assert "地上デジタル" not in words
