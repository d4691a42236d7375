"""review38: a new user installing ictsearch from the README and trying to break it, and what broke."""

from __future__ import annotations

from conftest import write


def _bureau_pages(tmp_path):
    """Four pages as bureaus and towns write them, indexed: two on telework (one of them in Tokyo),
    one on working from home, one on disaster radio."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "東京テレワーク.txt", "令和2年度 テレワーク推進事業の報告\n\n"
          "東京都内の中小企業を対象に、テレワークの導入を支援しました。")
    write(docs / "岩手テレワーク.txt", "令和2年度 テレワーク導入支援の報告\n\n"
          "東北総合通信局は、岩手県の中小企業のテレワーク導入を支援しました。")
    write(docs / "在宅勤務.txt", "令和4年度 在宅勤務の実態調査\n\n"
          "熊本県の事業所を対象に、在宅勤務の実施状況を調査しました。")
    write(docs / "防災.txt", "令和2年度 防災行政無線デジタル化の取組\n\n"
          "九州総合通信局は、熊本県の市町村と防災行政無線のデジタル化に取り組みました。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    return idx


def _names(res):
    return sorted(h.path.rsplit("/", 1)[1] for h in res.hits)


def test_or_binds_tighter_than_the_space_as_in_a_web_search(tmp_path):
    # 「テレワーク OR 在宅勤務 -東京」 left 東京 out of 在宅勤務's side only, so the Tokyo page stayed
    # (OR joined テレワーク with 「在宅勤務 -東京」); a year word after an OR was required of the last
    # word's side only, while region:/year: typed in the same place filtered every hit.
    import ictsearch
    from ictsearch.search.parse import And, Not, Or, Word, parse

    assert parse("テレワーク OR 在宅勤務 -東京") == And((Or((Word("テレワーク"), Word("在宅勤務"))), Not(Word("東京"))))
    assert parse("テレワーク 防災 OR 減災") == And((Word("テレワーク"), Or((Word("防災"), Word("減災")))))
    # Grouping and an OR alone are read as before.
    assert parse("(5G OR ローカル5G) 地域") == And((Or((Word("5G"), Word("ローカル5G"))), Word("地域")))
    assert parse("テレワーク OR 在宅勤務 OR 防災") == Or((Word("テレワーク"), Word("在宅勤務"), Word("防災")))

    idx = _bureau_pages(tmp_path)
    with ictsearch.open_index(idx) as ix:
        assert _names(ix.search("テレワーク OR 在宅勤務 -東京")) == ["在宅勤務.txt", "岩手テレワーク.txt"]
        assert _names(ix.search("テレワーク OR 在宅勤務 NOT 東京")) == ["在宅勤務.txt", "岩手テレワーク.txt"]
        # The year word is required of either side, as year: is.
        typed = ix.search("テレワーク OR 在宅勤務 令和2年度")
        assert _names(typed) == ["岩手テレワーク.txt", "東京テレワーク.txt"]
        assert _names(ix.search("テレワーク OR 在宅勤務 year:令和2")) == _names(typed)
        # The words around an OR are required beside it: 中小企業 of both pages of テレワーク, 熊本県's of 在宅勤務.
        assert _names(ix.search("中小企業 テレワーク OR 在宅勤務")) == ["岩手テレワーク.txt", "東京テレワーク.txt"]
        assert _names(ix.search("防災行政無線 OR 在宅勤務 熊本県")) == ["在宅勤務.txt", "防災.txt"]


def test_help_typed_as_a_command_gives_the_help():
    # `ictsearch help` (git's and pip's habit) answered "to search for it, `ictsearch search help`",
    # and `ictsearch help search` the same, where the help was asked for.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    out = CliRunner().invoke(cli, ["help"])
    assert out.exit_code == 0, out.output
    assert "Commands:" in out.output and "ictsearch search テレワーク" in out.output
    out = CliRunner().invoke(cli, ["help", "search"])
    assert out.exit_code == 0 and out.output.startswith("Usage: ") and " search [OPTIONS] [QUERY]" in out.output, out.output
    # A word after search is still a word searched for.
    out = CliRunner().invoke(cli, ["テレワーク"])
    assert out.exit_code == 2 and "ictsearch search テレワーク" in out.output


def test_a_name_and_its_version_typed_apart_is_the_name_typed_solid(tmp_path):
    # 「Society 5.0」, as the Cabinet Office spells it, matched every page writing 社会 (Society's
    # synonym) and any 5 (5月, 第5期): 969 of the 1,871 White Paper sections, where 「Society5.0」
    # matched 96.  Typed apart it is now the name typed solid.
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "ソサエティ.txt", "Society 5.0の実現に向けた取組\n\n"
          "サイバー空間とフィジカル空間を高度に融合させたSociety 5.0の実現に向け、地域の取組を支援します。")
    write(docs / "産業.txt", "インダストリー4.0と製造業\n\nドイツのIndustry 4.0に倣い、工場のIoT化を進めます。")
    write(docs / "社会.txt", "令和5年5月 地域社会の課題\n\n第5期の計画では、高齢化が進む地域社会の課題を整理しました。")
    write(docs / "産業振興.txt", "第4次産業振興計画\n\n令和4年4月、地域の産業振興に向けた計画を定めました。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    with ictsearch.open_index(idx) as ix:
        assert _names(ix.search("Society 5.0")) == ["ソサエティ.txt"] == _names(ix.search("Society5.0"))
        assert _names(ix.search("Society ５．０")) == ["ソサエティ.txt"]
        assert _names(ix.search("Industry 4.0")) == ["産業.txt"]
        # Beside an OR, which binds tighter, the name still joins its side.
        assert _names(ix.search("Society 5.0 OR Industry 4.0")) == ["ソサエティ.txt", "産業.txt"]
        # A number without a point after a name stays a word of its own.
        assert _names(ix.search("IoT 4")) == ["産業.txt"]


def test_a_word_on_a_side_of_an_or_is_not_blamed_for_a_search_that_found_nothing(tmp_path):
    # 「テレワーク OR 在宅勤務 ほげふが」 said 「在宅勤務 removes every hit: without it 3 documents
    # match」: taken out, 在宅勤務 left 「テレワーク OR ほげふが」, whose OR took ほげふが for its side.
    import ictsearch

    idx = _bureau_pages(tmp_path)
    with ictsearch.open_index(idx) as ix:
        res = ix.search("テレワーク OR 在宅勤務 ほげふが")
        assert res.total == 0
        assert res.notes == ("ほげふが removes every hit: without it 3 documents match",), res.notes
        res = ix.search("ほげふが OR ぴよぴよ テレワーク")
        assert res.total == 0 and not any("テレワーク" in n or "removes every hit" in n for n in res.notes), res.notes
        # A word that is no side of an OR is still named.
        res = ix.search("中小企業 テレワーク 熊本県")
        assert "熊本県 (read as prefecture 熊本県) removes every hit: without it 2 documents match" in res.notes, res.notes


def test_ctrl_c_before_a_first_index_exists_says_none_was_created(tmp_path, monkeypatch):
    # Ctrl-C while a first run still read the folders (before the pipeline's own handling) said
    # 「Interrupted: the previous index is unchanged.」 of an index that never existed.
    import ictsearch.indexer
    from click.testing import CliRunner

    from ictsearch.cli import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    docs = tmp_path / "資料"
    write(docs / "報告.txt", "令和5年度 東北地域テレワーク推進事業の報告")
    monkeypatch.setattr(ictsearch.indexer, "build_index", interrupted)
    out = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx"), "--json"])
    assert out.exit_code == 130
    assert "no index was created" in out.output and "previous index" not in out.output, out.output
    # With an index there, the previous one is what stays.
    monkeypatch.undo()
    ictsearch.indexer.build_index([docs], tmp_path / "idx", jobs=1)
    monkeypatch.setattr(ictsearch.indexer, "build_index", interrupted)
    out = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "idx")])
    assert out.exit_code == 130 and "the previous index is unchanged" in out.output, out.output


def test_ctrl_c_while_a_command_loads_is_one_json_object_under_json(monkeypatch, capsys):
    # Ctrl-C in the first moments of `ictsearch export --format jsonl` (Click's Abort, before the
    # command's own handling) printed the text line 「Interrupted.」 where --format jsonl promises
    # one JSON object on stderr.
    import json

    import click
    import pytest

    import ictsearch.cli as cli_module

    def aborted(*args, **kwargs):
        raise click.exceptions.Abort()

    monkeypatch.setattr(cli_module.cli, "main", aborted)
    for argv, as_json in ((["export", "--format", "jsonl"], True), (["search", "テレワーク", "--json"], True),
                          (["search", "テレワーク"], False)):
        monkeypatch.setattr("sys.argv", ["ictsearch", *argv])
        with pytest.raises(SystemExit) as stopped:
            cli_module.main()
        assert stopped.value.code == 130
        err = capsys.readouterr().err
        if as_json:
            assert json.loads(err) == {"error": "Interrupted.", "kind": "Interrupted"}
        else:
            assert err.strip() == "Interrupted."


def test_a_block_and_an_area_written_together_is_each(tmp_path):
    # 関東甲信越 (関東甲信越ブロック, 関東甲信越地方) and 気象庁's 関東甲信: `--region 関東甲信越` was
    # "unknown region or prefecture", and the query word text only, where `--region 関東・甲信越` was
    # read as 関東, 信越 and 山梨県.
    import ictsearch
    import pytest
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index
    from ictsearch.indexer.errors import UnknownFacetValue

    docs = tmp_path / "資料"
    write(docs / "群馬.txt", "令和5年度 群馬県テレワーク推進事業\n\n群馬県では、県内の中小企業のテレワーク導入を支援しています。")
    write(docs / "長野.txt", "令和5年度 長野県テレワーク推進事業\n\n長野県では、県内の中小企業のテレワーク導入を支援しています。")
    write(docs / "宮城.txt", "令和5年度 宮城県テレワーク推進事業\n\n宮城県では、県内の中小企業のテレワーク導入を支援しています。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    with ictsearch.open_index(idx) as ix:
        for value in ("関東甲信越", "関東甲信越地方", "関東甲信越ブロック", "関東甲信"):
            assert _names(ix.search("テレワーク", region=value)) == ["群馬.txt", "長野.txt"], value
            assert _names(ix.search(f"{value}のテレワーク")) == ["群馬.txt", "長野.txt"], value
        assert _names(ix.search("テレワーク", region="関東・甲信越")) == ["群馬.txt", "長野.txt"]
        # A run that is no such names stays unknown.
        with pytest.raises(UnknownFacetValue):
            ix.search("テレワーク", region="東京甲信越")
    out = CliRunner().invoke(cli, ["search", "テレワーク", "--region", "関東甲信越", "--explain", "--index", str(idx)])
    assert out.exit_code == 0 and "filter region: 関東甲信越 (region 関東・信越, prefecture 山梨県)" in out.output, out.output


def test_format_and_sort_take_their_value_in_any_case(tmp_path, monkeypatch):
    # `--format JSON` or `--format CSV` (as the names are written in capitals in prose) was
    # "'JSON' is not one of 'text', 'json', 'jsonl', 'csv'", and an error then was a text line
    # where JSON was asked for.
    import json

    from click.testing import CliRunner

    from ictsearch.cli import _argv_wants_json, cli

    idx = _bureau_pages(tmp_path)
    out = CliRunner().invoke(cli, ["search", "テレワーク", "--format", "JSON", "--index", str(idx)])
    assert out.exit_code == 0 and json.loads(out.output)["total"] == 2, out.output
    out = CliRunner().invoke(cli, ["search", "テレワーク", "--format=CSV", "--sort", "DATE", "--index", str(idx)])
    assert out.exit_code == 0 and "rank,score,title" in out.output, out.output
    out = CliRunner().invoke(cli, ["export", "--format", "JSONL", "--index", str(idx)])
    assert out.exit_code == 0 and len(out.output.splitlines()) == 4
    assert _argv_wants_json(["search", "", "--format", "JSON"]) and _argv_wants_json(["search", "--format=Jsonl"])
    assert not _argv_wants_json(["search", "--format", "CSV"])


def test_a_shared_object_is_counted_once_when_two_threads_make_the_same_one():
    # test_threads.py::test_many_threads_at_once_answer_as_one_thread failed under load with
    # made == 2: a make returning an object it did not create (the facet sets file's dict, a small
    # int bitset) was `is` the kept one for both racing threads, and both counted it.
    import threading

    from ictsearch.search.caches import SharedState

    state = SharedState("key")
    kept = {"東北": 1}
    barrier = threading.Barrier(2)

    def make():
        barrier.wait(timeout=10)  # both threads make before either keeps
        return kept

    got = []
    threads = [threading.Thread(target=lambda: got.append(state.get("facets.values.region", make))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert got == [kept, kept] and state.made["facets.values.region"] == 1
