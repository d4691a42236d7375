"""themes31: a town's cable TV network that also carries the internet is broadband as well as broadcasting
(paired_terms in themes.toml); the same cable words on a page without インターネット stay 放送's only."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _tally, taxonomy, THEMES
from ictsearch.indexer.analysis import analyze

NETWORK = "ネットワーク基盤・ブロードバンド"


def themes_of(text: str, title: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


CABLE_RENEWAL = (
    "ケーブルテレビ施設の更新について\n"
    "町が運営するケーブルテレビは、平成15年の開局から20年が経ち、設備の老朽化が進んでいます。"
    "このため、令和7年度から2か年でケーブルテレビの伝送路を更新し、各家庭までの引込線も新しくします。"
    "更新後は、ケーブルテレビで見られる番組が増えるほか、町内どこでも高速なインターネットサービスを利用できます。"
    "工事の期間中は、ケーブルテレビとインターネットが一時的に止まることがあります。"
    "加入の申込みや料金については、町のケーブルテレビ事務所までお問い合わせください。"
)

CABLE_PROGRAMMES = (
    "ケーブルテレビの番組案内\n"
    "町のケーブルテレビでは、自主制作番組「まちの話題」を毎日放送しています。"
    "今月は、小学校の運動会、秋祭りの様子、町長の定例記者会見をお届けします。"
    "ケーブルテレビの番組表は、広報誌と一緒に全戸に配布しています。"
    "番組で取り上げてほしい話題があれば、ケーブルテレビ事務所までお寄せください。"
)


def test_cable_tv_carrying_the_internet_is_broadband_too():
    # Before paired_terms the only network word here is the weak 料金, and the page got 放送 alone.
    got = themes_of(CABLE_RENEWAL, "ケーブルテレビ施設の更新について")
    assert NETWORK in got
    assert "放送" in got


def test_cable_tv_without_the_internet_stays_broadcasting():
    got = themes_of(CABLE_PROGRAMMES, "ケーブルテレビの番組案内")
    assert NETWORK not in got
    assert "放送" in got


def test_paired_words_count_only_with_their_partner():
    k = THEMES.index(NETWORK)
    with_net = [t.text for t in analyze("CATVとインターネットの加入案内。CATVの料金表。")]
    without = [t.text for t in analyze("CATVの加入案内。CATVの料金表。")]
    assert _tally(with_net)[1][k] == 2
    assert _tally(without)[1][k] == 0
    # Still a word of 放送 on both pages.
    assert _tally(without)[1][THEMES.index("放送")] == 2


def test_paired_words_are_listed_with_what_they_need():
    tax = taxonomy()
    needs = tax.needs or {}
    cable = [i for i, (w, _) in enumerate(tax.words) if w == "ケーブルテレビ" and i in needs]
    assert cable and all(needs[i] for i in cable)


def test_paired_words_need_their_partner_nearby():
    # A long text names インターネット somewhere whatever it is about: only a partner within PAIR_WINDOW terms counts.
    k = THEMES.index(NETWORK)
    filler = "町の人口は約一万人で、主な産業は農業と観光です。" * 12
    terms = [t.text for t in analyze("CATVの加入案内。" + filler + "インターネットの案内。")]
    assert _tally(terms)[1][k] == 0


def test_internet_content_is_no_partner():
    # The インターネット of インターネット上 (what is posted online) is not a service the cable carries.
    k = THEMES.index(NETWORK)
    terms = [t.text for t in analyze("ケーブルテレビの番組について。インターネット上の書き込みにご注意ください。")]
    assert _tally(terms)[1][k] == 0
