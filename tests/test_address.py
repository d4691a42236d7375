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
    "https://www.notsoumu.go.jp/soutsu/kinki/",  # another host ending so, not the ministry's
    "https://www.example.co.jp/city.himeji.lg.jp",
    "https://www.city.chuo.lg.jp/",  # 中央区 (東京都) reads as 中央市 (山梨県) too
    "https://www.city.fuchu.lg.jp/",  # 府中市: 東京都 and 広島県
    "https://www.town.nosuchname.lg.jp/",
    "https://www.toyota.jp/",  # a bare reading is read as a town's or a village's own domain only, not a city's
    "https://www.ikeda-town.jp/",  # 池田町: several prefectures' (a village's own domain: test_places44)
    "", None, "not an address", "http://[broken/",
])
def test_other_addresses_give_nothing(url):
    assert place_of_address(url) is None


@pytest.mark.parametrize("url", [
    "https://web.archive.org/web/20190101000000/https://www.city.himeji.lg.jp/kurashi/0000001.html",
    "http://web.archive.org/web/2019id_/http://www.city.himeji.lg.jp/",
    "https://webcache.googleusercontent.com/search?q=cache:AbCdEf123:https://www.city.himeji.lg.jp/a.html+コンビニ&cd=1",
])
def test_an_archived_or_cached_copy_is_placed_by_the_address_it_copies(url):
    # A page saved from the Wayback Machine or a search engine's cache carries the archive's
    # address (its canonical link rewritten so): the page is still the city's.
    p = place_of_address(url)
    assert (p.prefecture, p.municipality, p.part) == ("兵庫県", "姫路市", "www.city.himeji.lg.jp")


def test_a_municipality_of_a_named_prefecture_keeps_the_prefecture():
    # 府中 is a 市 of 東京都 and a 町 of 広島県; the address's kind and prefecture say which.
    assert place_of_address("https://www.town.fuchu.hiroshima.jp/").municipality == "府中町"
    assert place_of_address("https://www.city.fuchu.tokyo.jp/").municipality == "府中市"


def test_loose_romaji():
    assert loose("chuuou") == loose("chuo") == loose("tyuo")
    assert loose("suouooshima") == loose("suo-oshima")
    assert loose("ohshima") == loose("oshima") and loose("ohara") != loose("oara")
    assert loose("himeji") == loose("himezi") and loose("sambongi") == loose("sanbongi")


# ---------------------------------------------------------------- derive_metadata(url=…)

from pathlib import Path  # noqa: E402

from ictsearch.indexer.metadata import derive_metadata  # noqa: E402

HIMEJI = "https://www.city.himeji.lg.jp/shimin/0000012345.html"
#: A city's page that writes only 本市 / 市民の皆様, as most of them do.
CITY_PAGE = ("マイナンバーカードによるコンビニ交付サービスの開始について\n"
             "本市では、市民の皆様の利便性向上のため、令和6年4月1日からマイナンバーカードを利用した"
             "住民票の写し等のコンビニ交付サービスを開始します。\n"
             "詳しくは市民課までお問い合わせください。")


def _derive(text: str, url: str | None):
    return derive_metadata(text, title=text.splitlines()[0], path=Path("page.html"), url=url)


def test_a_page_naming_no_place_gets_its_address_place():
    m = _derive(CITY_PAGE, HIMEJI)
    assert (m.region, m.prefecture) == (("近畿",), ("兵庫県",))
    assert m.sources["prefecture"].startswith("from the address www.city.himeji.lg.jp (姫路市)")
    assert m.sources["region"] == m.sources["prefecture"]
    # Without its address the same page has no place.
    assert _derive(CITY_PAGE, None).prefecture == ()


def test_a_place_the_text_names_is_never_overridden():
    m = _derive(CITY_PAGE.replace("本市では", "仙台市では"), HIMEJI)
    assert (m.region, m.prefecture) == (("東北",), ("宮城県",))
    assert m.sources["prefecture"].startswith("places:")


def test_a_body_writing_of_itself_beside_another_place_is_placed_by_its_address_too():
    # 秋田県's page on its agreement with 岩手県 names the other party, and itself only as 本県.
    page = "連携協定の締結について\n本県は、岩手県と防災に関する連携協定を締結しました。\n"
    m = _derive(page, "https://www.pref.akita.lg.jp/pages/archive/1")
    assert (m.region, set(m.prefecture)) == (("東北",), {"岩手県", "秋田県"})
    assert "秋田県 from the address www.pref.akita.lg.jp" in m.sources["prefecture"]
    # A city's word for itself on a prefecture's site, or a page naming no own body, is left alone.
    assert _derive(page.replace("本県", "本市"), "https://www.pref.akita.lg.jp/a").prefecture == ("岩手県",)
    assert _derive(page.replace("本県は、", ""), "https://www.pref.akita.lg.jp/a").prefecture == ("岩手県",)
    # A city's 本市 beside another place is left as the text has it: a council's report of its
    # visits (「本市と…協定を締結」) is placed by the cities visited.
    assert _derive(page.replace("本県", "本市"), HIMEJI).prefecture == ("岩手県",)


def test_the_address_settles_a_national_guess_of_a_page_naming_no_place():
    # 「国民」 and no place: read as national without the address; a town's address says whose.
    page = ("防災行政無線の戸別受信機の貸与について\n"
            "災害時の情報伝達手段として、国民保護情報や気象警報を伝える戸別受信機を、"
            "希望する世帯に無償で貸与しています。\n申込みは総務課まで。")
    assert _derive(page, None).region == ("全国",)
    m = _derive(page, "https://www.town.misasa.tottori.jp/bousai/1.html")
    assert (m.region, m.prefecture) == (("中国",), ("鳥取県",))


def test_a_bureau_address_gives_its_block_and_a_ministry_address_nothing():
    page = "無線局の免許申請について\n無線局を開設しようとする者は、免許を受けなければなりません。\n申請書は当局へ提出してください。"
    m = _derive(page, "https://www.soumu.go.jp/soutsu/tohoku/denpa/menkyo.html")
    assert (m.region, m.prefecture) == (("東北",), ())
    assert m.sources["region"].startswith("from the address www.soumu.go.jp/soutsu/tohoku/")
    assert _derive(page, "https://www.soumu.go.jp/main_sosiki/denpa/menkyo.html").prefecture == ()


# ---------------------------------------------------------------- the address kept and shown

import json  # noqa: E402

from click.testing import CliRunner  # noqa: E402
from conftest import write  # noqa: E402

from ictsearch.cli import cli  # noqa: E402

SAVED_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>コンビニ交付サービスの開始について</title>
<link rel="canonical" href="{url}">
</head><body>
<nav><a href="/">トップ</a> <a href="/kurashi/">くらし</a></nav>
<main><h1>コンビニ交付サービスの開始について</h1>
<p>本市では、市民の皆様の利便性向上のため、令和6年4月1日からマイナンバーカードを利用した住民票の写し等の
コンビニ交付サービスを開始します。</p>
<p>詳しくは市民課までお問い合わせください。</p></main>
</body></html>
"""


def _index(tmp_path, files: dict[str, str]):
    docs = tmp_path / "docs"
    for name, content in files.items():
        write(docs / name, content)
    idx = tmp_path / "idx"
    result = CliRunner().invoke(cli, ["index", str(docs), "--index", str(idx), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return docs, idx


def _show_json(idx, path) -> dict:
    result = CliRunner().invoke(cli, ["show", str(path), "--index", str(idx), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_saved_pages_address_is_kept_shown_and_read_for_its_place(tmp_path):
    docs, idx = _index(tmp_path, {"konbini.html": SAVED_PAGE.format(url=HIMEJI), "plain.txt": "本市では、住民票の交付を行っています。\n"})
    d = _show_json(idx, docs / "konbini.html")
    assert d["url"] == HIMEJI
    assert (d["region"], d["prefecture"]) == (["近畿"], ["兵庫県"])
    assert d["sources"]["url"] == 'the page\'s <link rel="canonical">'
    assert d["sources"]["prefecture"].startswith("from the address www.city.himeji.lg.jp")
    # A file without an address: url is null, and no place.
    plain = _show_json(idx, docs / "plain.txt")
    assert plain["url"] is None and plain["prefecture"] == []

    shown = CliRunner().invoke(cli, ["show", str(docs / "konbini.html"), "--index", str(idx)]).output
    assert f"url          {HIMEJI}" in shown
    assert "← the page's <link rel=\"canonical\">" in shown
    assert "← from the address www.city.himeji.lg.jp (姫路市)" in shown

    hits = json.loads(CliRunner().invoke(cli, ["search", "コンビニ交付", "--index", str(idx), "--json"]).output)["hits"]
    assert [h["url"] for h in hits] == [HIMEJI]
    text = CliRunner().invoke(cli, ["search", "コンビニ交付", "--index", str(idx)]).output
    assert f"   {HIMEJI}\n" in text  # under the hit's path


def test_a_place_the_page_names_is_kept_on_another_towns_address(tmp_path):
    page = SAVED_PAGE.format(url=HIMEJI).replace("本市では", "仙台市では")
    docs, idx = _index(tmp_path, {"sendai.html": page})
    d = _show_json(idx, docs / "sendai.html")
    assert (d["url"], d["prefecture"]) == (HIMEJI, ["宮城県"])


def test_a_sidecar_gives_a_pdfs_address_and_wins_over_the_pages(tmp_path):
    docs, idx = _index(tmp_path, {
        "konbini.html": SAVED_PAGE.format(url=HIMEJI),
        "konbini.html.meta.toml": 'url = "https://www.pref.akita.lg.jp/pages/archive/1"\n',
        "notice.txt": "本県では、県内の全市町村でコンビニ交付を行っています。\n",
        "metadata.csv": "path,url\nnotice.txt,https://www.town.misasa.tottori.jp/1/2.html\n",
    })
    d = _show_json(idx, docs / "konbini.html")
    # The manual address wins, for the place too.
    assert (d["url"], d["prefecture"]) == ("https://www.pref.akita.lg.jp/pages/archive/1", ["秋田県"])
    assert "sidecar" in d["sources"]["url"]
    n = _show_json(idx, docs / "notice.txt")
    assert (n["url"], n["prefecture"]) == ("https://www.town.misasa.tottori.jp/1/2.html", ["鳥取県"])


def test_a_manual_url_that_is_no_web_address_is_refused(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "a.txt", "本市では、住民票の交付を行っています。\n")
    write(docs / "a.txt.meta.toml", 'url = "www.city.himeji.lg.jp"\n')
    result = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx"), "--jobs", "1"])
    assert "not a web address" in result.output


def test_the_page_address_comes_from_canonical_og_url_saved_from_or_base():
    from ictsearch.indexer.formats.html import extract_main

    body = "<body><main><h1>見出し</h1><p>本文の段落です。</p></main></body></html>"
    assert extract_main(f'<html><head><meta property="og:url" content="{HIMEJI}"></head>{body}').url_from == '<meta property="og:url">'
    page = extract_main(f"<!-- saved from url=(0053){HIMEJI} -->\n<html><head></head>{body}")
    assert (page.url, page.url_from) == (HIMEJI, "saved from comment")
    assert extract_main(f'<html><head><base href="https://www.city.sendai.jp/"></head>{body}').url == "https://www.city.sendai.jp/"
    # Relative or other schemes say nothing of the site: the next source, else none.
    page = extract_main(f'<html><head><link rel="canonical" href="/a.html"><base href="{HIMEJI}"></head>{body}')
    assert (page.url, page.url_from) == (HIMEJI, "<base href>")
    assert extract_main(f'<html><head><link rel="canonical" href="file:///C:/a.html"></head>{body}').url is None


def test_a_site_top_address_gives_way_to_the_pages_own():
    # A CMS's template often writes the site's top as canonical or og:url (or another site's top,
    # copied with the template): the saved-from comment names the page itself.
    from ictsearch.indexer.formats.html import extract_main

    body = "<body><main><h1>見出し</h1><p>本文の段落です。</p></main></body></html>"
    saved = f"<!-- saved from url=(0053){HIMEJI} -->\n"
    page = extract_main(f'{saved}<html><head><link rel="canonical" href="https://www.city.himeji.lg.jp/"></head>{body}')
    assert (page.url, page.url_from) == (HIMEJI, "saved from comment")
    page = extract_main(f'{saved}<html><head><meta property="og:url" content="https://www.town.misasa.tottori.jp/"></head>{body}')
    assert (page.url, page.url_from) == (HIMEJI, "saved from comment")
    # With nothing deeper, the site's top is kept: it still says whose site it is.
    page = extract_main(f'<html><head><link rel="canonical" href="https://www.city.himeji.lg.jp/"></head>{body}')
    assert (page.url, page.url_from) == ("https://www.city.himeji.lg.jp/", '<link rel="canonical">')
    # A page's own canonical wins over the saved-from comment (a session's query string).
    page = extract_main(f'{saved}<html><head><link rel="canonical" href="https://www.city.himeji.lg.jp/a.html"></head>{body}')
    assert page.url == "https://www.city.himeji.lg.jp/a.html"
