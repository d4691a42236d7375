"""adv27: a 総合通信局 policy officer's first day, an embedding program and a maintainer, on inputs nobody tried."""

from __future__ import annotations

from conftest import write


def test_a_name_and_its_generation_typed_solid_finds_the_pages_that_space_them(tmp_path):
    # 「Beyond5G」 as people type it found nothing on pages writing 「Beyond 5G」 (the ministry's own
    # spelling, 68 times in ../shared/corpus/whitepaper/r04 and none solid): letters and digits typed
    # together were matched only as the one joined term, and the suggestion offered was 「beyond」.
    # The same for HTML5 / HTML 5 and COVID19 / COVID-19.  The joined writing is still found.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "次世代.txt", "Beyond 5Gの研究開発を推進する。Beyond 5G推進コンソーシアムを設立した。\n")
    write(docs / "続き.txt", "Beyond5G新経営戦略センターの活動を紹介する。\n")
    write(docs / "ウェブ.txt", "HTML 5に対応したウェブアクセシビリティの点検を行った。\n")
    write(docs / "感染症.txt", "COVID 19の感染拡大を受けてテレワークが広がった。\n")
    write(docs / "別件.txt", "5Gの基地局整備を進める。Beyondという語は出てこない別の話題。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1] for h in ix.search(q).hits)
        assert found("Beyond5G") == ["次世代.txt", "続き.txt"]
        assert found("Beyond5G 推進") == ["次世代.txt"]
        assert found("HTML5") == ["ウェブ.txt"]
        assert found("COVID19") == ["感染症.txt"]


def test_covid_19_typed_alone_finds_the_pages_that_write_it_before_a_particle(tmp_path):
    # Sudachi reads 「COVID-19」 as one word before a particle or a bracket (COVID-19の…, （COVID-19）)
    # and as COVID | 19 at the end of what it reads or before a space, as a query typed alone is:
    # 「COVID-19」 found 6 of 20 White Paper sections writing it (--no-synonyms), only those
    # writing 「COVID-19 Japan」 or the like.  Either reading matches now, typed alone or in a phrase.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "影響.txt", "COVID-19の感染拡大により、テレワークの導入が進んだ。\n")
    write(docs / "括弧.txt", "新型コロナ（COVID-19）への対応として遠隔教育を実施した。\n")
    write(docs / "英語.txt", "The COVID-19 Japan dashboard は公開データを可視化する。\n")
    write(docs / "無関係.txt", "19の自治体がテレワークを導入した。COVIDという語はない。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1] for h in ix.search(q, synonyms=False).hits)
        assert found("COVID-19") == ["影響.txt", "括弧.txt", "英語.txt"]
        assert found("COVID-19の") == ["影響.txt", "括弧.txt", "英語.txt"]
        assert found("COVID19") == ["影響.txt", "括弧.txt", "英語.txt"]
        assert found('"COVID-19"') == ["影響.txt", "括弧.txt", "英語.txt"]


def test_a_full_width_space_typed_in_a_query_is_shown_as_typed_in_messages(tmp_path):
    # A Japanese input method types a full-width space between words; a query with no hits was
    # echoed as 「No documents match 'ほげほげ\u3000テレワーク'.」, Python's escape, which an officer
    # does not read as the space typed.  The same for a query of particles, and a file name with
    # one (「令和5年度　事業計画.pdf」) given to show.  Control characters stay escaped: the message is one line.
    from click.testing import CliRunner

    from ictsearch import IctsearchError, build_index, open_index
    from ictsearch.cli import cli

    docs = tmp_path / "docs"
    write(docs / "テレワーク.txt", "テレワークの推進について。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    run = lambda *args: CliRunner().invoke(cli, [*args, "--index", str(tmp_path / "idx")])
    result = run("search", "ほげほげ\u3000ふがふが")
    assert "No documents match 'ほげほげ\u3000ふがふが'." in result.output
    assert "\\u3000" not in result.output
    with open_index(tmp_path / "idx") as ix:
        for call in (lambda: ix.search("の\u3000は"), lambda: ix.get("令和5年度\u3000事業計画.pdf")):
            try:
                call()
            except IctsearchError as e:
                assert "\u3000" in str(e) and "\\u3000" not in str(e)
            else:
                raise AssertionError("no error")
        try:
            ix.get("改行\nのある名前")
        except IctsearchError as e:
            assert "\n" not in str(e) and "\\n" in str(e)


def test_show_of_a_files_name_typed_from_another_folder_names_the_indexed_file(tmp_path, monkeypatch):
    # 「ictsearch show 資料1.txt」, the name as the folder shows it, typed from the home folder: the
    # answer was only "no document '資料1.txt' in the index", though one indexed file has that name.
    from ictsearch import DocumentNotFound, build_index, open_index

    docs = tmp_path / "共有" / "docs"
    write(docs / "2023" / "資料1.txt", "テレワークの推進について。\n")
    write(docs / "2024" / "資料2.txt", "防災無線の整備について。\n")
    write(docs / "2024" / "別" / "資料2.TXT", "防災無線の更新について。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    monkeypatch.chdir(tmp_path)
    with open_index(tmp_path / "idx") as ix:
        for typed, named in (("資料1.txt", ["2023/資料1.txt"]), ("2023/資料1.txt", ["2023/資料1.txt"]),
                             ("資料2.txt", ["2024/別/資料2.TXT", "2024/資料2.txt"])):
            try:
                ix.get(typed)
            except DocumentNotFound as e:
                assert all(str(docs / n) in str(e) for n in named), str(e)
            else:
                raise AssertionError(typed)
        try:
            ix.get("資料3.txt")
        except DocumentNotFound as e:
            assert "the index holds" not in str(e)
        assert ix.get(str(docs / "2023" / "資料1.txt")).title


def test_a_region_filter_typed_as_a_city_without_its_suffix_or_in_romaji_says_what_to_type(tmp_path):
    # --region 仙台, --region 府中市 (a city of 東京都 and of 広島県) and --region Tohoku were each
    # answered with only the list of the 12 blocks, 12 areas and 47 prefectures: nothing said that
    # 仙台市 works (as 宮城県), that 府中市 needs its prefecture, or that Tohoku is 東北.
    from ictsearch import UnknownFacetValue, build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "仙台.txt", "仙台市におけるテレワークの推進について。宮城県と連携する。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        for typed, hint in (("仙台", "did you mean 仙台市 (宮城県)?"), ("府中市", "府中市 is a town of 東京都 and 広島県"),
                            ("Tohoku", "did you mean 東北?"), ("miyagi", "did you mean 宮城県?"),
                            ("Kyushu region", "did you mean 九州?")):
            try:
                ix.search("テレワーク", region=typed)
            except UnknownFacetValue as e:
                assert hint in str(e), str(e)
            else:
                raise AssertionError(typed)
        assert ix.search("テレワーク", region="仙台市").total == 1


def test_export_to_a_folder_never_overwrites_an_index_json_it_did_not_write(tmp_path):
    # `ictsearch export --format opensearch --output DIR` wrote its index.json over whatever file of
    # that name DIR held (a web project's, another tool's export; the documents folder given by
    # mistake) and went on, exit 0: the file was lost.  Its own earlier export is still replaced.
    from click.testing import CliRunner

    from ictsearch import build_index
    from ictsearch.cli import cli

    docs = tmp_path / "docs"
    write(docs / "テレワーク.txt", "テレワークの推進について。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    theirs = write(tmp_path / "web" / "index.json", '{"name": "地域ポータル", "version": 3}\n')
    run = lambda out: CliRunner().invoke(cli, ["export", "--format", "opensearch", "--output", str(out),
                                               "--index", str(tmp_path / "idx")])
    result = run(tmp_path / "web")
    assert result.exit_code == 2
    assert "index.json" in result.output and "Traceback" not in result.output
    assert theirs.read_text(encoding="utf-8") == '{"name": "地域ポータル", "version": 3}\n'
    assert not (tmp_path / "web" / "bulk.ndjson").exists()
    write(tmp_path / "other" / "bulk.ndjson", '{"index": {"_id": "x"}}\n{"title": "他のツール"}\n')
    assert run(tmp_path / "other").exit_code == 2
    assert "他のツール" in (tmp_path / "other" / "bulk.ndjson").read_text(encoding="utf-8")
    # Its own export, again: replaced.
    assert run(tmp_path / "os").exit_code == 0
    assert run(tmp_path / "os").exit_code == 0
    assert (tmp_path / "os" / "bulk.ndjson").read_text(encoding="utf-8").count("テレワーク") >= 1


def test_an_index_kept_inside_the_folder_it_indexes_is_not_walked_as_documents(tmp_path):
    # A 課's shared folder with its index beside the documents (`ictsearch index 資料 --index 資料/索引`):
    # from the second run on, the index's own files were listed among the collection's
    # (`note: 13 files not indexed, not a format ictsearch reads: 5 .json.gz, 2 .json, 2 .seg, …`),
    # and so was an interrupted first run's folder, which has no ictsearch.json yet.
    from ictsearch import build_index

    docs = tmp_path / "資料"
    write(docs / "テレワーク.txt", "テレワークの推進について。\n")
    write(docs / "写真.jpg", "not really a photo")
    build_index([docs], docs / "索引", jobs=1)
    again = build_index([docs], docs / "索引", jobs=1)
    assert again.unchanged == 1 and again.added == 0
    assert dict(again.passed_over) == {".jpg": 1}
    (docs / "索引" / "ictsearch.json").rename(tmp_path / "moved.json")  # as a first run stopped by Ctrl-C leaves it
    from ictsearch.indexer.discover import discover

    assert [f.path.name for f in discover([docs]).found] == ["テレワーク.txt"]
    assert discover([docs]).passed_over == {".jpg": 1}


def test_words_left_out_in_a_group_are_left_out_as_a_word_left_out_alone_is(tmp_path):
    # 「テレワーク NOT (東北 OR 関東)」 left out more than 「テレワーク -東北 -関東」: inside brackets a
    # left-out word was read as a word searched for is, a region (every page of the 東北 block, though
    # it never writes 東北) and a compound by its parts apart (地域課題解決: any page with 地域 and 課題解決).
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "宮城.txt", "宮城県におけるテレワークの推進について。仙台市と連携する。\n")
    write(docs / "地域.txt", "テレワークで地域の活性化を図る。地元の課題解決にもつながる。\n")
    write(docs / "解決.txt", "テレワークによる地域課題解決の事例を紹介する。\n")
    write(docs / "関東.txt", "関東のテレワーク推進企業を紹介する。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1] for h in ix.search(q).hits)
        assert found("テレワーク NOT (東北 OR 関東)") == found("テレワーク -東北 -関東") == ["地域.txt", "宮城.txt", "解決.txt"]
        assert found("テレワーク NOT (地域課題解決 OR 迷惑メール)") == found("テレワーク -地域課題解決") == [
            "地域.txt", "宮城.txt", "関東.txt"]


def test_show_finds_a_file_named_on_a_mac_by_its_name_typed_on_a_pc(tmp_path, monkeypatch):
    # A folder copied from a Mac keeps its names decomposed (デ as テ + ゛, NFD); the name typed or
    # pasted from a Windows or Linux screen is composed (NFC).  metadata.csv and --path already
    # matched them; `ictsearch show 資料/デジタル活用支援.txt` answered "no document", then (this
    # branch) named a path that looked exactly like the one typed.
    import unicodedata

    from ictsearch import build_index, open_index

    docs = tmp_path / "資料"
    write(docs / unicodedata.normalize("NFD", "デジタル活用支援.txt"), "デジタル活用支援員の派遣について。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    monkeypatch.chdir(tmp_path)
    with open_index(tmp_path / "idx") as ix:
        assert ix.get("資料/デジタル活用支援.txt").title == "デジタル活用支援員の派遣について。"
        assert ix.similar(str(docs / "デジタル活用支援.txt")).total == 0


def test_a_metadata_csv_headed_file_name_in_japanese_is_read(tmp_path):
    # An office heads the list of its files 「ファイル名」: the whole metadata.csv was refused with
    # "no 'path' (パス) column" and none of its titles or 年度 was used.  With a path column as well,
    # ファイル名 is a column of its own (a spreadsheet's).
    from ictsearch import build_index, open_index

    docs = tmp_path / "資料"
    write(docs / "r5_plan.txt", "地域情報化の推進について。\n")
    write(docs / "metadata.csv", "ファイル名,タイトル,年度\nr5_plan.txt,令和5年度 事業計画,令和5\n", encoding="cp932")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert not summary.problems
    with open_index(tmp_path / "idx") as ix:
        hit = ix.search("地域情報化").hits[0]
    assert (hit.title, hit.fiscal_year) == ("令和5年度 事業計画", 2023)


def test_places_listed_with_a_space_in_metadata_csv_are_read_as_region_filters_read_them(tmp_path):
    # --region "東北 関東" is either block, and a CSV's themes may be listed with spaces, but a
    # region cell 「東北 関東」 failed its document: "unknown region or prefecture '東北 関東'".
    from ictsearch import build_index, open_index

    docs = tmp_path / "資料"
    write(docs / "広域.txt", "広域連携によるテレワークの推進について。\n")
    write(docs / "metadata.csv", "path,region\n広域.txt,東北 関東\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.failed == 0
    with open_index(tmp_path / "idx") as ix:
        assert ix.search("テレワーク").hits[0].region == ("東北", "関東")


def test_a_query_or_a_folder_typed_without_a_command_is_answered_with_the_command(tmp_path, monkeypatch):
    # 「ictsearch テレワーク」 and 「ictsearch 資料」, a newcomer's first tries, were answered
    # "No such command 'テレワーク'." and nothing more.  A near miss of a command keeps Click's answer.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    (tmp_path / "資料").mkdir()
    monkeypatch.chdir(tmp_path)
    run = lambda *args: CliRunner().invoke(cli, list(args))
    result = run("テレワーク", "東北")
    assert result.exit_code == 2 and "`ictsearch search テレワーク 東北`" in result.output
    assert "`ictsearch search '地域課題 解決'`" in run("地域課題 解決").output
    assert "`ictsearch index 資料`" in run("資料").output
    assert "Did you mean 'search'?" in run("serch", "テレワーク").output


def test_a_path_filter_copied_from_windows_explorer_finds_its_files(tmp_path):
    # The shared folder is a Windows share: 「2023\事業計画」 pasted from Explorer's address bar into
    # --path found nothing (and the note showed it as '2023\\\\事業計画'); 2023/事業計画 found the file.
    from ictsearch import build_index, open_index

    docs = tmp_path / "共有"
    write(docs / "2023" / "事業計画.txt", "令和5年度の事業計画。テレワークの推進。\n")
    write(docs / "2024" / "事業計画.txt", "令和6年度の事業計画。防災無線の整備。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        found = [h.path for h in ix.search(path="2023\\事業計画").hits]
        assert found == [str(docs / "2023" / "事業計画.txt")]
        assert ix.search(path="共有\\2024\\*.txt").total == 1


def test_a_long_pasted_paragraph_that_finds_nothing_is_not_echoed_whole(tmp_path):
    # A paragraph pasted from a PDF (here 1,006 characters, cut mid-word at its end) that matched
    # nothing was printed back whole on the no-hits line, above the note naming the word to blame.
    from click.testing import CliRunner

    from ictsearch import build_index
    from ictsearch.cli import cli

    docs = tmp_path / "docs"
    write(docs / "電波.txt", "電波の有効利用を促進する。周波数の割当てを行う。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    pasted = "気象衛星の観測データを公開するため、" * 60 + "での検"
    result = CliRunner().invoke(cli, ["search", pasted, "--index", str(tmp_path / "idx")])
    first = result.output.splitlines()[0]
    assert first.startswith("No documents match '気象衛星の観測データ") and f"({len(pasted):,} characters)" in first
    assert len(first) < 120
