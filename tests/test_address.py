"""A document's web address: the place it names (indexer/metadata/address.py), the place it gives
a page that writes none of its own, and the address kept and shown."""

from __future__ import annotations

import pytest

from ictsearch.indexer.metadata.address import loose, place_of_address


@pytest.mark.parametrize("url, prefecture, region, municipality", [
    ("https://www.city.himeji.lg.jp/kurashi/0000001.html", "兵庫県", "近畿", "姫路市"),
    ("http://www.pref.akita.lg.jp/pages/archive/1", "秋田県", "東北", None),
    ("https://www100.pref.hokkaido.lg.jp/", "北海道", "北海道", None),
    ("https://www.police.pref.chiba.jp/", "千葉県", "関東", None),
    ("https://www.keishicho.metro.tokyo.lg.jp/", "東京都", "関東", None),
    ("https://www.town.misasa.tottori.jp/1/2.html", "鳥取県", "中国", "三朝町"),
    ("https://www.vill.sarufutsu.hokkaido.jp/", "北海道", "北海道", "猿払村"),
    # Designated cities without their prefecture, read by the name's reading.
    ("https://www.city.sendai.jp/", "宮城県", "東北", "仙台市"),
    ("https://www.city.yokohama.lg.jp/", "神奈川県", "関東", "横浜市"),
    ("https://www.city.kobe.lg.jp/", "兵庫県", "近畿", "神戸市"),  # コウベ: koube, written kobe
    ("https://www.town.suo-oshima.lg.jp/", "山口県", "中国", "周防大島町"),  # スオウオオシマ
    ("https://www.city.ohda.lg.jp/", "島根県", "中国", "大田市"),  # オオダ, not 大田区 (オオタ)
    # A name two prefectures share, written with its prefecture first.
    ("http://www.town.hokkaido-mori.lg.jp/docs/1/", "北海道", "北海道", "森町"),
    ("https://www.city.shinjuku.lg.jp/", "東京都", "関東", "新宿区"),
])
def test_public_bodies_addresses(url, prefecture, region, municipality):
    p = place_of_address(url)
    assert (p.prefecture, p.region, p.municipality) == (prefecture, region, municipality)


def test_a_bureau_gives_its_block():
    p = place_of_address("https://www.soumu.go.jp/soutsu/tohoku/kohoshi/20260105.html")
    assert (p.prefecture, p.region, p.part) == (None, "東北", "www.soumu.go.jp/soutsu/tohoku/")
    # A block of one prefecture is that prefecture.
    assert place_of_address("https://www.soumu.go.jp/soutsu/okinawa/").prefecture == "沖縄県"


@pytest.mark.parametrize("url", [
    "https://www.soumu.go.jp/menu_news/s-news/01ryutsu.html",  # the ministry: national
    "https://www.mhlw.go.jp/stf/newpage_1.html",
    "https://www.example.co.jp/city.himeji.lg.jp",
    "https://www.city.chuo.lg.jp/",  # 中央区 (東京都) reads as 中央市 (山梨県) too
    "https://www.city.fuchu.lg.jp/",  # 府中市: 東京都 and 広島県
    "https://www.town.nosuchname.lg.jp/",
    "https://urugi.jp/top/",  # a village's own domain: no convention to read
    "", None, "not an address", "http://[broken/",
])
def test_other_addresses_give_nothing(url):
    assert place_of_address(url) is None


def test_a_municipality_of_a_named_prefecture_keeps_the_prefecture():
    # 府中 is a 市 of 東京都 and a 町 of 広島県; the address's kind and prefecture say which.
    assert place_of_address("https://www.town.fuchu.hiroshima.jp/").municipality == "府中町"
    assert place_of_address("https://www.city.fuchu.tokyo.jp/").municipality == "府中市"


def test_loose_romaji():
    assert loose("chuuou") == loose("chuo") == loose("tyuo")
    assert loose("suouooshima") == loose("suo-oshima")
    assert loose("ohshima") == loose("oshima") and loose("ohara") != loose("oara")
    assert loose("himeji") == loose("himezi") and loose("sambongi") == loose("sanbongi")
