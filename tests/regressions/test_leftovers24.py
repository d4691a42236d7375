"""Leftovers 24: what the last reviews noticed a user meets, and left."""

from __future__ import annotations

import pytest

from conftest import write


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, list(args))


def _names(result) -> set[str]:
    return {h.path.rsplit("/", 1)[-1] for h in result.hits}


# -- 1. 北信越, 甲信越, 山陰, 山陽: names of several blocks, or of a block with or without prefectures --


@pytest.fixture(scope="module")
def telework_places(tmp_path_factory):
    """Telework pages of prefectures in and around 北陸, 信越 and 中国, and three bureaus' own pages."""
    from ictsearch import build_index

    root = tmp_path_factory.mktemp("groups")
    docs = root / "docs"
    pages = {
        "香川.txt": "香川県 テレワーク導入セミナーの開催結果\n\n香川県は、県内の中小企業を対象にテレワーク導入セミナーを"
                   "高松市で開催し、45社が参加しました。\n",
        "富山.txt": "富山県におけるテレワーク推進事業の実施報告\n\n富山県では、県内中小企業のテレワーク導入を支援するため、"
                   "専門家派遣とサテライトオフィスの整備を行いました。\n",
        "新潟.txt": "新潟県 地域のデジタル化に向けたテレワーク導入支援\n\n新潟県は、県内の企業を対象にテレワーク導入の"
                   "相談窓口を開設し、120件の相談に対応しました。\n",
        "山梨.txt": "山梨県テレワーク・ワーケーション推進計画\n\n山梨県は、首都圏からの移住者と県内企業のテレワークを"
                   "推進するため、ワーケーション拠点の整備を進めます。\n",
        "東京.txt": "東京都におけるテレワーク定着に向けた取組\n\n東京都は、都内企業のテレワーク定着を図るため、"
                   "テレワーク導入促進整備補助金を交付しています。\n",
        "鳥取.txt": "鳥取県 テレワーク移住の促進について\n\n鳥取県では、県外からのテレワーク移住者に対し、"
                   "住宅改修費の一部を補助しています。\n",
        "広島.txt": "広島県 テレワーク環境整備支援事業\n\n広島県は、県内の中小企業がテレワーク環境を整備する経費を"
                   "補助しています。\n",
        "信越局.txt": "信越総合通信局 管内におけるテレワーク普及セミナーの開催\n\n信越総合通信局は、管内の自治体及び"
                     "企業を対象に、テレワーク普及セミナーを開催しました。\n",
        "北陸局.txt": "北陸総合通信局 テレワーク・デイズへの参加の呼びかけ\n\n北陸総合通信局は、管内の企業に対し、"
                     "テレワーク・デイズへの参加を呼びかけています。\n",
        "中国局.txt": "中国総合通信局 管内のテレワーク導入状況調査の結果\n\n中国総合通信局は、管内の企業を対象に"
                     "テレワーク導入状況調査を実施し、その結果を取りまとめました。\n",
    }
    for name, text in pages.items():
        write(docs / name, text)
    build_index([docs], root / "idx", jobs=1)
    return root / "idx"


GROUPS = {
    # 北陸 + 信越, whole: the bureaus' own pages too.
    "北信越": {"富山.txt", "新潟.txt", "信越局.txt", "北陸局.txt"},
    # 信越 whole, and 山梨県 of 関東 (not 東京都, not the 関東 bureau's pages).
    "甲信越": {"新潟.txt", "山梨.txt", "信越局.txt"},
    # Prefectures of the 中国 block: 鳥取・島根, 岡山・広島・山口.
    "山陰": {"鳥取.txt"},
    "山陽": {"広島.txt"},
    "山陰地方": {"鳥取.txt"},
    # 中国 + 四国, whole (中四国農政局's area): the 中国 bureau's page too, nothing of 北陸 or 信越.
    "中四国": {"鳥取.txt", "広島.txt", "中国局.txt", "香川.txt"},
}


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_a_name_of_several_blocks_or_part_of_one_filters_its_prefectures(telework_places, name):
    # --region 北信越 and 甲信越 were unknown regions; 山陰 and 山陽 were the whole 中国 block (広島県's
    # page for 山陰, 鳥取県's for 山陽).
    from ictsearch import open_index

    with open_index(telework_places) as ix:
        assert _names(ix.search("テレワーク", region=name)) == GROUPS[name]
        assert _names(ix.search(f"テレワーク region:{name}")) == GROUPS[name]
    out = _cli("search", "テレワーク", "--region", name, "--json", "--index", str(telework_places))
    assert out.exit_code == 0, out.output
    import json

    assert {h["path"].rsplit("/", 1)[-1] for h in json.loads(out.output)["hits"]} == GROUPS[name]


@pytest.mark.parametrize("name, read_as", [
    ("北信越", "北信越 (region 信越・北陸)"),
    ("甲信越", "甲信越 (region 信越, prefecture 山梨県)"),
    ("山陰", "山陰 (prefecture 鳥取県・島根県)"),
])
def test_explain_says_what_such_a_name_was_read_as(telework_places, name, read_as):
    out = _cli("search", "テレワーク", "--region", name, "--explain", "--index", str(telework_places))
    assert out.exit_code == 0, out.output
    assert f"filter region: {read_as}" in out.output


def test_blocks_and_their_other_names_stay_as_they_are(telework_places):
    from ictsearch import open_index

    with open_index(telework_places) as ix:
        assert _names(ix.search("テレワーク", region="中国")) == {"鳥取.txt", "広島.txt", "中国局.txt"}
        assert _names(ix.search("テレワーク", region="北陸")) == {"富山.txt", "北陸局.txt"}
        assert _names(ix.search("テレワーク", region="首都圏")) == {"山梨.txt", "東京.txt"}
        assert _names(ix.search("テレワーク", region="北信越・中国")) == GROUPS["北信越"] | {"鳥取.txt", "広島.txt",
                                                                                       "中国局.txt"}


def test_a_group_as_a_prefecture_filter(telework_places):
    from ictsearch import open_index
    from ictsearch.indexer.errors import UnknownFacetValue

    with open_index(telework_places) as ix:
        assert _names(ix.search("テレワーク", prefecture="山陰")) == {"鳥取.txt"}
        with pytest.raises(UnknownFacetValue, match="region"):
            ix.search("テレワーク", prefecture="北信越")


@pytest.mark.parametrize("query, expected, read_as", [
    ("北信越のテレワーク", GROUPS["北信越"], "region 信越・北陸"),
    ("テレワーク 甲信越", GROUPS["甲信越"], "region 信越, prefecture 山梨県"),
    # As 鳥取 typed in a query does, a page of the block whose prefecture is unknown (the 中国
    # bureau's) matches too, at half weight.
    ("山陰のテレワーク", {"鳥取.txt", "中国局.txt"}, "prefecture 鳥取県・島根県"),
])
def test_such_a_name_in_a_query(telework_places, query, expected, read_as):
    # 「北信越のテレワーク」 found nothing (北信越 required as text), 「山陰のテレワーク」 広島県's page.
    from ictsearch import open_index

    with open_index(telework_places) as ix:
        result = ix.search(query, explain=True)
        assert _names(result) == expected
        assert read_as in [w.get("read_as") for w in result.explain["words"]]
    if "鳥取.txt" in expected:
        with open_index(telework_places) as ix:
            hits = ix.search(query).hits
            assert hits[0].path.endswith("鳥取.txt")


def test_resolving_such_names():
    from ictsearch.indexer.metadata.regions import place_group, resolve_region

    assert place_group("北信越") == ("北信越", ("信越", "北陸"), ())
    assert place_group("甲信越地方") == ("甲信越", ("信越",), ("山梨県",))
    assert place_group("山陽") == ("山陽", (), ("岡山県", "広島県", "山口県"))
    assert place_group("信越") is None and place_group("中国") is None and place_group("関西") is None
    with pytest.raises(ValueError, match="鳥取県・島根県"):
        resolve_region("山陰")


def test_a_sidecar_region_of_such_a_name(tmp_path):
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "観光.txt", "観光地における無料公衆無線LAN環境の整備\n\n観光客の利便性向上のため、Wi-Fi環境を整備します。\n")
    write(docs / "観光.txt.meta.toml", 'region = "山陰"\n')
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        doc = ix.search("Wi-Fi").hits[0]
        assert doc.prefecture == ("鳥取県", "島根県") and doc.region == ("中国",)


# -- 5. The first search that finds nothing built the did-you-mean vocabulary then --------------------


def test_the_suggestion_vocabulary_is_saved_for_later_processes(corpus_index, monkeypatch):
    # The first search that found nothing walked the whole body lexicon and looked every kanji term's
    # reading up in Sudachi (0.8 s on the shared corpus), in every process; the first one of a commit
    # saves the vocabulary beside the index, and a later process's search of that commit loads it.
    from ictsearch import open_index
    from ictsearch.search import api, suggest

    fresh = None
    with open_index(corpus_index) as idx:
        fresh = suggest.Vocabulary(list(api._lexicon(idx._searcher()[0].reader(), "body")))
        assert idx.search("てれわーくう").suggestions[0] == "テレワーク"  # made, and saved

    def walked(*args, **kwargs):
        raise AssertionError("the lexicon was walked at search time")

    monkeypatch.setattr(api, "_lexicon", walked)
    with open_index(corpus_index) as idx:
        res = idx.search("てれわーくう")
        assert res.total == 0 and res.suggestions[0] == "テレワーク"
        loaded = idx._vocabulary(idx._searcher()[0])
    # The same suggestions: the same terms, frequencies and readings.
    assert loaded.df == fresh.df and loaded._readings == fresh._readings and loaded._pools == fresh._pools
    for word in ("めいわくめーる", "総務署", "じちたい", "ブロードバント"):
        assert suggest.suggest(word, loaded) == suggest.suggest(word, fresh)


def test_a_vocabulary_file_of_another_commit_is_not_used(tmp_path):
    # A run stopped between its commit and the file, or a file copied from another index: the
    # searcher reads the lexicon, as before the file existed.
    import shutil

    from ictsearch import build_index, open_index
    from ictsearch.search import vocabulary_file

    docs = tmp_path / "docs"
    write(docs / "a.txt", "テレワーク導入の手引き\n\n中小企業のテレワーク導入を支援します。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    gen = next((tmp_path / "idx").glob("gen-*"))
    assert not list(gen.glob(vocabulary_file.PREFIX + "*"))  # an update does not pay for it
    with open_index(tmp_path / "idx") as idx:
        assert idx.search("てれわーくう").total == 0  # saves it
    first = next(gen.glob(vocabulary_file.PREFIX + "*"))
    kept = tmp_path / "kept"
    shutil.copy(first, kept)
    write(docs / "b.txt", "迷惑メール対策の推進\n\n迷惑メールへの対策を推進します。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    from whoosh import index as whoosh_index

    # the first commit's vocabulary under the second's name
    shutil.copy(kept, vocabulary_file.path_for(gen, whoosh_index.open_dir(str(gen)).latest_generation()))
    with open_index(tmp_path / "idx") as idx:
        assert idx.search("めいわくめーるう").suggestions[:1] == ("迷惑メール",)


# -- 2. --fields takes the labels the output shows ---------------------------------------------------


def test_fields_take_the_japanese_labels(telework_places):
    # The facets are printed as 年度, 地域, テーマ; --fields 年度,地域 was "unknown field(s)".
    out = _cli("search", "テレワーク", "--region", "山陰", "--fields", "title,地域,都道府県,テーマ", "--index",
               str(telework_places))
    assert out.exit_code == 0, out.output
    line = out.output.splitlines()[-1]
    assert line.split("\t")[:3] == ["鳥取県テレワーク移住の促進について", "中国", "鳥取県"]
    assert "働き方・テレワーク" in line.split("\t")[3]
    # Listed with 、 as Japanese lists are; the same columns as the English names give.
    labels = _cli("search", "テレワーク", "--fields", "タイトル、年度、地域", "--format", "csv", "--index",
                  str(telework_places))
    names = _cli("search", "テレワーク", "--fields", "title,fiscal_year,region", "--format", "csv", "--index",
                 str(telework_places))
    assert labels.exit_code == 0, labels.output
    assert labels.output == names.output


def test_an_unknown_field_lists_names_and_labels(telework_places):
    out = _cli("search", "テレワーク", "--fields", "title,年月", "--index", str(telework_places))
    assert out.exit_code == 2
    assert "unknown field(s) 年月" in out.output
    assert "fiscal_year (年度)" in out.output and "region (地域)" in out.output and "title (タイトル)" in out.output


def test_hit_columns_by_name_or_label():
    from ictsearch.search.results import hit_columns

    assert hit_columns("年度, テーマ ,path") == ["fiscal_year", "themes", "path"]
    assert hit_columns("ＵＲＬ，文書種別") == ["url", "doctype"]  # typed full-width, as an input method gives
    with pytest.raises(ValueError, match="年月"):
        hit_columns("年月")


# -- 3. show's provenance of an organization read from a breadcrumb trail -----------------------------


def test_show_names_where_a_trails_organization_was_read(tmp_path):
    # A Word document whose title is a trail (「東北総合通信局 > 報道資料 > …」, a page pasted into
    # Word) showed 「← text: 東北総合通信局 (line 0 (breadcrumb))」: line 0 is the title.
    from docx import Document as Docx

    from ictsearch import build_index

    d = Docx()
    d.add_paragraph("東北総合通信局 > 報道資料 > テレワーク・セミナーの開催", style="Title")
    d.add_paragraph("東北総合通信局は、宮城県仙台市においてテレワーク・セミナーを開催します。")
    (tmp_path / "docs").mkdir()
    d.save(tmp_path / "docs" / "セミナー.docx")
    d = Docx()
    d.add_paragraph("総務省トップ > 組織案内 > 地方支分部局 > 東北総合通信局 > 報道資料")
    d.add_paragraph("令和5年10月2日")
    d.add_paragraph("テレワーク・セミナー in 仙台の開催")
    d.add_paragraph("東北総合通信局は、宮城県仙台市においてテレワーク・セミナーを開催します。")
    d.save(tmp_path / "docs" / "貼り付け.docx")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    titled = _cli("show", str(tmp_path / "docs" / "セミナー.docx"), "--index", str(tmp_path / "idx"))
    assert titled.exit_code == 0, titled.output
    # Since a Word Title goes through derive_title (titles24), the trail's last step is the title and
    # the trail the text's first line.
    assert "title        テレワーク・セミナーの開催" in titled.output
    assert "← text: 東北総合通信局 (line 1, a breadcrumb trail)" in titled.output
    pasted = _cli("show", str(tmp_path / "docs" / "貼り付け.docx"), "--index", str(tmp_path / "idx"))
    assert "← text: 東北総合通信局 (line 1, a breadcrumb trail)" in pasted.output
    assert "(breadcrumb))" not in titled.output + pasted.output


# -- 4. A bad sidecar or metadata.csv value is said before the document is extracted ------------------


@pytest.mark.parametrize("sidecar, field, value", [
    ('fiscal_year = "令和九十年度"\n', "fiscal_year", "令和九十年度"),
    ('themes = ["働き方・テレワーク", "宇宙開発"]\n', "themes", "宇宙開発"),
    ('region = "ムー大陸"\n', "region", "ムー大陸"),
])
def test_a_bad_sidecar_value_fails_before_the_text_is_extracted(tmp_path, monkeypatch, sidecar, field, value):
    # 年度 = 令和九十年度 in the sidecar of a 2 M-character report was reported after the report was
    # extracted and analysed (9 s; 42 s on a loaded machine), for nothing: the document fails anyway.
    from ictsearch import build_index, open_index
    from ictsearch.indexer import extract

    docs = tmp_path / "docs"
    write(docs / "実施報告書.txt", "令和5年度 地域情報化推進事業 実施報告書\n\n"
          + "自治体職員向けのデジタル研修を実施し、地域のデジタル化を推進した。\n" * 50)
    write(docs / "実施報告書.txt.meta.toml", sidecar)
    write(docs / "手引き.txt", "テレワーク導入の手引き\n\n中小企業のテレワーク導入を支援します。\n")
    real = extract.extract

    def extracting(path, *args, **kwargs):
        assert "実施報告書" not in str(path), "extracted a document whose sidecar is wrong"
        return real(path, *args, **kwargs)

    monkeypatch.setattr(extract, "extract", extracting)
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.added == 1 and summary.failed == 1
    (failed,) = [o for o in summary.outcomes if o.status == "failed"]
    assert f"bad {field} in sidecar: 実施報告書.txt.meta.toml" in failed.reason and value in failed.reason
    with open_index(tmp_path / "idx") as ix:
        assert ix.search("テレワーク").total == 1  # the rest is indexed


def test_a_bad_metadata_csv_value_fails_before_the_text_is_extracted(tmp_path, monkeypatch):
    from ictsearch import build_index
    from ictsearch.indexer import extract

    docs = tmp_path / "docs"
    write(docs / "計画.txt", "地域情報化計画\n\n光ファイバ網の整備を進める。\n")
    write(docs / "metadata.csv", "path,年度,テーマ\n計画.txt,令和5,ネットワーク基盤|宇宙開発\n")
    monkeypatch.setattr(extract, "extract", lambda *a, **k: pytest.fail("extracted"))
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    (failed,) = summary.outcomes
    assert failed.status == "failed" and "bad themes in csv:" in failed.reason and "宇宙開発" in failed.reason


# -- 6. Files found by their name ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def named_files(tmp_path_factory):
    """Plans and a members' list whose names say what their text does not: R5_事業計画, 資料3-2_構成員名簿."""
    from ictsearch import build_index

    root = tmp_path_factory.mktemp("names")
    docs = root / "docs"
    write(docs / "R5_事業計画.txt", "令和5年度 地域情報化の推進に関する取組\n\n1 基本方針\n地域の課題解決に向けて、"
          "ICTの利活用を推進する。\n2 主な取組\n(1) テレワークの普及促進\n(2) 自治体DXの支援\n")
    write(docs / "R4_事業計画.txt", "令和4年度 地域情報化の推進に関する取組\n\n1 基本方針\n地域の課題解決に向けて、"
          "ICTの利活用を推進する。\n")
    write(docs / "情報通信白書_第3章.txt", "デジタル化の進展と社会の変化\n\n我が国におけるデジタル化は、"
          "新型コロナウイルス感染症の拡大を契機に急速に進展した。\n")
    write(docs / "会議" / "資料3-2_構成員名簿.txt", "地域ICT推進協議会 構成員\n\n座長 東北大学 教授\n委員 宮城県 企画部 部長\n")
    build_index([docs], root / "idx", jobs=1)
    return root / "idx"


@pytest.mark.parametrize("path, expected", [
    ("R5_事業計画.txt", {"R5_事業計画.txt"}),  # the name as remembered
    ("事業計画", {"R5_事業計画.txt", "R4_事業計画.txt"}),  # a part of it
    ("ｒ５＿事業計画", {"R5_事業計画.txt"}),  # typed full-width, in lower case
    ("*計画*.txt", {"R5_事業計画.txt", "R4_事業計画.txt"}),  # a pattern, as the shell reads one
    ("会議/", {"資料3-2_構成員名簿.txt"}),  # with a /: the whole path
    (["名簿", "白書"], {"資料3-2_構成員名簿.txt", "情報通信白書_第3章.txt"}),  # either
])
def test_documents_by_their_files_name(named_files, path, expected):
    from ictsearch import open_index

    with open_index(named_files) as ix:
        assert _names(ix.search(path=path)) == expected
        assert _names(ix.search("取組", path=path)) == expected & {"R5_事業計画.txt", "R4_事業計画.txt"}


def test_path_in_the_cli_json_and_explain(named_files):
    import json

    out = _cli("search", "--path", "R5_事業計画", "--json", "--explain", "--index", str(named_files))
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert [h["path"].rsplit("/", 1)[-1] for h in data["hits"]] == ["R5_事業計画.txt"]
    assert data["explain"]["filters"]["path"] == ["R5_事業計画"]
    out = _cli("search", "テレワーク", "--path", "R4_", "--index", str(named_files))
    assert out.exit_code == 0 and "the path filter (R4_) removes every hit" in out.output
    out = _cli("search", "--path", "議事録", "--index", str(named_files))
    assert out.exit_code == 0 and "no indexed file's name holds or fits '議事録'" in out.output


def test_a_query_typed_as_a_files_name_says_how_to_find_it(named_files):
    # 「R5_事業計画」 typed as a query found nothing, with no word of why.
    from ictsearch import open_index

    with open_index(named_files) as ix:
        result = ix.search("R5_事業計画")
        assert result.total == 0
        assert any("R5_事業計画.txt" in n and "--path 'R5_事業計画'" in n for n in result.notes), result.notes
        # Found by its words but not the file of that name: said too.
        assert any("情報通信白書_第3章.txt" in n for n in ix.search("情報通信白書_第3章").notes)
        assert not any("--path" in n for n in ix.search("地域情報化").notes)
