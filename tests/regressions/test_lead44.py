"""The lead's fixes of the twenty-ninth session."""
from ictsearch.indexer.metadata import derive_metadata

TEXT = "東北総合通信局\n令和6年5月20日\nテレワークの推進について、管内の自治体と意見交換を行いました。\n"


def test_a_nendo_in_a_year_column_sets_the_nendo_that_year_filters(tmp_path):
    # breaker44: a column headed year holding 令和元年度 set only the calendar year, so the page stayed under
    # --year none (which filters 年度) with nothing said.
    doc = tmp_path / "memo.txt"
    doc.write_text(TEXT, "utf-8")
    (tmp_path / "metadata.csv").write_text("path,year\nmemo.txt,令和元年度\n", "utf-8")
    m = derive_metadata(TEXT, title="意見交換", path=doc)
    assert m.fiscal_year == 2019
    assert m.year == 2024  # the calendar year stays the text's own date
    assert "a 年度 written under year" in m.sources["fiscal_year"]


def test_a_plain_year_in_a_year_column_stays_the_calendar_year(tmp_path):
    doc = tmp_path / "memo.txt"
    doc.write_text(TEXT, "utf-8")
    (tmp_path / "metadata.csv").write_text("path,year\nmemo.txt,令和元年\n", "utf-8")
    m = derive_metadata(TEXT, title="意見交換", path=doc)
    assert m.year == 2019 and m.fiscal_year == 2024


def test_a_nendo_beside_a_given_fiscal_year_is_left_as_the_year(tmp_path):
    doc = tmp_path / "memo.pdf"
    doc.write_bytes(b"")
    (tmp_path / "memo.pdf.meta.toml").write_text('fiscal_year = "R5"\nyear = "2024年度"\n', "utf-8")
    m = derive_metadata(TEXT, title="意見交換", path=doc)
    assert m.fiscal_year == 2023 and m.year == 2024


def test_a_bare_reading_domain_places_only_a_page_speaking_as_a_local_body(tmp_path):
    # sceptic51: yamada.jp or yoshida.jp read as 山田町 / 吉田町 placed a family's or a shop's page naming no place.
    doc = tmp_path / "page.html"
    shop = "新商品のご案内\n当店では春の新メニューをご用意しました。ご来店をお待ちしております。\n"
    m = derive_metadata(shop, title="新商品のご案内", path=doc, url="https://yamada.jp/news/")
    assert m.prefecture == () and m.region == ()
    village = "ブロードバンド整備について\n本村では光ファイバ網の整備を進めています。村民の皆様のご協力をお願いします。\n"
    m = derive_metadata(village, title="ブロードバンド整備について", path=doc, url="https://www.urugi.jp/soshiki/1.html")
    assert m.prefecture == ("長野県",)
    # a kind word written in the domain (akkeshi-town.jp) is the town's own, whatever the page says
    m = derive_metadata(shop, title="新商品のご案内", path=doc, url="https://www.akkeshi-town.jp/x/")
    assert m.prefecture == ("北海道",)


def test_a_date_line_followed_by_a_disasters_headline_dates_the_release():
    # dates45 let a place stand between a month and a disaster word (平成16年7月新潟・福島豪雨, a name), which also
    # refused a press release's date line followed by its headline after a space.
    from pathlib import Path

    from ictsearch.indexer.metadata.dates import derive_years

    text = "報道資料\n令和6年1月15日 能登半島地震への対応\n北陸総合通信局\n"
    assert derive_years(text, "報道資料", Path("x.txt"))[:2] == (2023, 2024)
    named = "平成16年7月新潟・福島豪雨の記録\n当時の被害と復旧の経過をまとめました。\n"
    assert derive_years(named, "平成16年7月新潟・福島豪雨の記録", Path("x.txt"))[:2] == (None, None)
