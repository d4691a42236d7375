"""review35: what a new user and a developer embedding ictsearch met, trying to break it."""

from __future__ import annotations

import shlex

import pytest

from conftest import write


def _towns(tmp_path):
    """Short municipal pages, written as towns write them."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "telework.txt", "テレワーク推進会議の開催\n\n"
          "市内企業のテレワーク導入を支援するため、推進会議を開催しました。")
    write(docs / "bousai.txt", "防災行政無線の更新について\n\n"
          "令和5年度に防災行政無線のデジタル化を行います。工事期間中は放送が聞き取りにくい場合があります。")
    build_index([docs], tmp_path / "idx", jobs=1)
    return tmp_path / "idx"


@pytest.mark.parametrize("typed, said", [
    ("テレワーク AND", "nothing follows it"),
    ("AND テレワーク", "nothing comes before it"),
    ("テレワーク AND AND 導入", "typed twice"),
    ("(テレワーク AND) 導入", "inside the parentheses"),
    ("テレワーク NOT AND 東京", "NOT comes before it"),
])
def test_an_and_without_a_word_on_one_side_is_refused(typed, said):
    # 「テレワーク AND」 searched テレワーク alone and said nothing, as if the second word had been read.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=f"AND needs a word on both sides: .*{said}"):
        parse(typed)


def test_and_between_words_groups_and_not_still_parse():
    from ictsearch.search.parse import And, Not, Word, parse

    assert parse("テレワーク AND 導入") == And((Word("テレワーク"), Word("導入")))
    assert parse("(テレワーク) AND (導入)") == And((Word("テレワーク"), Word("導入")))
    assert parse("テレワーク AND -東京") == And((Word("テレワーク"), Not(Word("東京"))))


def test_a_word_no_page_holds_beside_and_is_still_named_as_the_cause(tmp_path):
    # The search asks again without each word; 「テレワーク AND ほげふが」 without ほげふが leaves an AND
    # alone, which must not turn the word's note into nothing.
    import ictsearch

    with ictsearch.open_index(_towns(tmp_path)) as idx:
        res = idx.search("テレワーク AND ほげふが")
        assert res.total == 0
        assert any(n.startswith("ほげふが removes every hit: without it 1 document") for n in res.notes), res.notes


def test_the_cli_says_so_in_one_line_with_exit_2(tmp_path):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    idx = _towns(tmp_path)
    out = CliRunner().invoke(cli, ["search", "テレワーク AND", "--index", str(idx)])
    assert out.exit_code == 2
    assert "AND needs a word on both sides" in out.output and "Traceback" not in out.output


def _page_title(tmp_path, name, markup):
    """The title a saved page is indexed under (the extractor's, then derive_title's on its text)."""
    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.extract import extract

    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    ex = extract(path)
    return derive_title("\n".join(ex.pages), ex.title, path)


def test_a_town_pages_title_that_is_only_the_site_name_gives_way_to_its_heading(tmp_path):
    # Every page of such a site was titled 「みどり市ホームページ」.
    page = ("<html><head><meta charset='utf-8'><title>みどり市ホームページ</title></head><body>"
            "<div id='header'><h1>みどり市</h1></div>"
            "<div id='contents'><h2>公衆無線LAN「みどりWi-Fi」のご案内</h2>"
            "<p>市内の公共施設で無料の公衆無線LANをご利用いただけます。</p></div></body></html>")
    assert _page_title(tmp_path, "wifi.html", page) == "公衆無線LAN「みどりWi-Fi」のご案内"


def test_a_ministry_pages_bare_title_gives_way_to_its_heading_or_first_line(tmp_path):
    with_heading = ("<html><head><meta charset='utf-8'><title>総務省</title></head><body><div id='main'>"
                    "<h2>情報通信白書の刊行</h2><p>令和5年版情報通信白書を公表しました。</p></div></body></html>")
    assert _page_title(tmp_path, "a.html", with_heading) == "情報通信白書の刊行"
    without = ("<html><head><meta charset='utf-8'><title>総務省</title></head><body><div id='main'>"
               "<p>令和5年版情報通信白書を公表しました。</p><p>概要は次のとおりです。</p></div></body></html>")
    assert _page_title(tmp_path, "b.html", without) != "総務省"


def test_a_text_logo_h1_naming_the_site_is_not_the_title(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>あおば町公式ウェブサイト</title></head><body>"
            "<h1>あおば町</h1><div><h2>光ファイバ整備事業について</h2>"
            "<p>町内全域で光ファイバの整備を進めています。令和6年度中の完成を予定しています。</p></div></body></html>")
    assert _page_title(tmp_path, "hikari.html", page) == "光ファイバ整備事業について"


@pytest.mark.parametrize("title, body, expected", [
    # The page's own part of the <title> stays, whatever the headings below it say.
    ("地域情報化アドバイザー派遣制度｜総務省", "<h2>制度の概要</h2><p>専門家を派遣します。</p>", "地域情報化アドバイザー派遣制度"),
    # A committee's own page, titled by its name in both <title> and <h1>.
    ("みどり市情報化推進委員会", "<h1>みどり市情報化推進委員会</h1><h2>委員会の概要</h2><p>委員名簿を掲載します。</p>",
     "みどり市情報化推進委員会"),
    # A committee under its town's name: the committee is the page's part.
    ("みどり市情報化推進委員会｜みどり市", "<h2>開催状況</h2><p>第3回を開催しました。</p>", "みどり市情報化推進委員会"),
])
def test_titles_that_name_the_page_are_kept(tmp_path, title, body, expected):
    page = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><main>{body}</main></body></html>"
    assert _page_title(tmp_path, "p.html", page) == expected


@pytest.mark.parametrize("record", ["[]", "{}", '{"format": "3", "generation": "gen-000001"}', '{"format": true}'])
def test_an_index_record_without_a_format_version_is_damaged_not_old(tmp_path, record):
    # Each was told "has format version None; this ictsearch reads version 3", or "version 3 … reads
    # version 3": the record is damaged, and the rebuild it advises names the folders the index holds.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    idx = _towns(tmp_path)
    (idx / "ictsearch.json").write_text(record)
    out = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx)])
    assert out.exit_code == 2 and "Traceback" not in out.output
    assert "is damaged: its ictsearch.json records no valid format version" in out.output
    assert "format version None" not in out.output and "reads version" not in out.output
    assert f"--rebuild {shlex.quote(str(tmp_path / '資料'))}" in out.output
    rebuilt = CliRunner().invoke(cli, ["index", "--rebuild", str(tmp_path / "資料"), "--index", str(idx)])
    assert rebuilt.exit_code == 0, rebuilt.output


@pytest.mark.parametrize("encoding, name", [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_utf16_saved_without_a_bom_is_read(tmp_path, encoding, name):
    # 「not text: undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP」, or "binary data" for one of
    # ASCII lines, where a program had exported plain text in UTF-16 without its BOM.
    from ictsearch.indexer.extract import extract

    text = "ローカル5G実証事業の報告\r\n\r\n令和5年度に市内の工場で実証を行いました。\r\nReport (English summary)\r\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    ex = extract(path)
    assert ex.pages[0].startswith("ローカル5G実証事業の報告") and "令和5年度" in ex.pages[0]
    assert any(f"{name} without a byte order mark" in w for w in ex.warnings)


def test_bytes_holding_nuls_that_read_as_no_text_are_still_refused(tmp_path):
    import os

    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import extract

    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 8 + os.urandom(512))
    with pytest.raises(ExtractionError, match="not text"):
        extract(path)


def test_soft_hyphens_and_direction_marks_do_not_split_words(tmp_path):
    # A page's &shy; (U+00AD) inside テレワーク, or a left-to-right mark copied with a query from a
    # file's properties, split the word: the page was not found by テレワーク, and the query
    # found its "parts apart".
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "page.html", "<html><head><meta charset='utf-8'><title>在宅勤務の推進｜みどり市</title></head><body>"
          "<main><h1>在宅勤務の推進</h1><p>市役所ではテレ&shy;ワークを導入しました。</p></main></body></html>")
    build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        assert idx.search("テレワーク").total == 1
        for typed in ("\u200eテレワーク", "テレワーク\u200f", "\u202eテレワーク", "テレ\u00adワーク"):
            res = idx.search(typed)
            assert res.total == 1 and not res.notes, (typed, res.notes)


def test_build_index_of_none_says_what_paths_must_be_and_makes_no_index(tmp_path):
    from ictsearch.indexer import build_index

    with pytest.raises(TypeError, match="paths must be a file or folder, or a list of them, not NoneType"):
        build_index(None, tmp_path / "idx")
    assert not (tmp_path / "idx").exists()


@pytest.mark.parametrize("option", ["--region", "--year", "--theme", "--path"])
def test_an_empty_filter_says_it_is_empty(tmp_path, option):
    # --region "$REGION" with REGION unset: "unknown region or prefecture ''" and seventy names, or
    # "path filter ['']".
    from click.testing import CliRunner

    from ictsearch.cli import cli

    idx = _towns(tmp_path)
    out = CliRunner().invoke(cli, ["search", "テレワーク", option, " ", "--index", str(idx)])
    assert out.exit_code == 2
    assert "filter is empty" in out.output and "valid regions" not in out.output and "['" not in out.output


def test_an_empty_filter_in_python_is_one_error():
    import ictsearch
    from ictsearch.search.facets import filter_query

    with pytest.raises(ictsearch.UnknownFacetValue, match="the theme filter is empty"):
        filter_query({"theme": ""})


def test_old_character_forms_meet_todays(tmp_path):
    # A notice reprinted in old forms (旧字体): Sudachi reads 國際 and 會議 as 国際 and 会議, but 對應,
    # 處理 and 渡邊 stayed apart from 対応, 処理 and 渡辺, so a search for them did not find it.
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "kyu.txt", "國際電氣通信聯合への對應について\n\n"
          "本會は、條約の改正に對應し、無線局の申請書類の處理を迅速化した。擔當は渡邊である。\n")
    write(docs / "new.txt", "迷惑メール対策の推進\n\n迷惑メールへの対応を強化する。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        for typed in ("国際電気通信連合", "処理", "担当", "渡辺", "條約"):
            assert [h.path.rsplit("/", 1)[1] for h in idx.search(typed).hits] == ["kyu.txt"], typed
        assert sorted(h.path.rsplit("/", 1)[1] for h in idx.search("対応").hits) == ["kyu.txt", "new.txt"]
        assert [h.path.rsplit("/", 1)[1] for h in idx.search("對應").hits][:2] != []
        hit = idx.search("処理").hits[0]
        # Shown as written, the match marked where the old form stands.
        assert hit.title == "國際電氣通信聯合への對應について"
        assert any(hit.snippet[a:b] == "處理" for a, b in hit.highlights), (hit.snippet, hit.highlights)
