"""review32: three leftovers (a fragment suggested, full paths in a metadata.csv, status during a
first run) and a new user's first day with the README."""

from __future__ import annotations

import json
import os

import pytest

from conftest import write


def _regions(index) -> tuple[str, ...]:
    from ictsearch import open_index

    with open_index(index) as idx:
        (hit,) = idx.search("ローカル5G").hits
        return hit.region


def test_a_piece_of_the_word_suggested_exactly_is_not_suggested_too():
    # `ictsearch search てれわーく` said 「Did you mean: テレワーク, ワーク?」: two characters dropped
    # from テレワーク are within the two edits a five-character word tolerates.
    from ictsearch.search.suggest import Vocabulary, suggest

    vocab = Vocabulary([("テレワーク", 40), ("ワーク", 60), ("ネットワーク", 90)])
    assert suggest("てれわーく", vocab, limit=5) == ["テレワーク"]


def test_a_term_whose_reading_is_a_piece_of_the_exact_one_is_not_suggested_too():
    # 「こうほうし」 offered 広報誌 (コウホウシ, exactly) and 航法 (コウホウ, a character dropped).
    from ictsearch.search.suggest import Vocabulary, suggest

    vocab = Vocabulary([("広報誌", 5, "コウホウシ"), ("航法", 30, "コウホウ"), ("広報室", 2, "コウホウシツ")])
    assert suggest("こうほうし", vocab, limit=5) == ["広報誌", "広報室"]  # one added is a word one could mean


def test_a_word_cut_by_a_page_break_is_no_suggestion():
    # A PDF whose page ends in 「…窓口間のネッ」 and whose next page opens 「トワークの枠組み…」 gives
    # the index the term トワーク: 「Did you mean: テレワーク, トワーク?」.
    from ictsearch.search.suggest import Vocabulary, suggest

    vocab = Vocabulary([("フットワーク", 2), ("ネットワーク", 90), ("トワーク", 1)])
    assert vocab.is_fragment("トワーク") and not vocab.is_fragment("ネットワーク")
    assert "トワーク" not in suggest("ふとわーく", vocab, limit=5)
    assert suggest("ふとわーく", vocab, limit=5)[0] == "フットワーク"


def test_a_reading_of_a_kanji_term_does_not_make_a_kana_word_a_fragment():
    # Kana keys hold kanji terms' readings too (情報 → ジョウホウ): ジョウ is no piece of a word written so.
    from ictsearch.search.suggest import Vocabulary

    assert not Vocabulary([("情報", 50), ("ジョウ", 1)]).is_fragment("ジョウ")


def test_a_latin_term_at_the_start_of_a_longer_one_is_still_suggested():
    # lgwan is a word of its own beside lgwan-asp, though the dictionary knows neither.
    from ictsearch.search.suggest import Vocabulary, suggest

    vocab = Vocabulary([("lgwan", 9), ("lgwan-asp", 3)])
    assert not vocab.is_fragment("lgwan")
    assert suggest("lgwam", vocab, limit=5)[0] == "lgwan"


def test_full_paths_in_a_metadata_csv_say_paths_are_relative_to_its_folder(tmp_path):
    # A list made on Windows (C:\Users\…\report.txt) or on a colleague's machine (/home/…) was
    # warned 「rows for files that are not there」 or 「outside its folder … list them in a
    # metadata.csv above them」: neither says what a row's path is relative to, nor what to write.
    from ictsearch.indexer import build_index

    coll = tmp_path / "資料"
    write(coll / "2023" / "report.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(coll / "metadata.csv", "path,地域\n"
          "C:\\Users\\tanaka\\Documents\\資料\\2023\\report.txt,関東\n"
          "/home/tanaka/資料/2023/report.txt,関東\n"
          "D:\\共有\\古い資料\\kampo.pdf,九州\n")
    summary = build_index([coll], tmp_path / "idx", jobs=1)
    said = " ".join(w for o in summary.outcomes for w in o.warnings)
    assert said.count("full paths") == 1, said
    assert "full paths in folders that are not here" in said and "relative to the folder of the metadata.csv" in said, said
    assert "C:\\Users\\tanaka\\Documents\\資料\\2023\\report.txt (write 2023/report.txt)" in said, said
    assert "/home/tanaka/資料/2023/report.txt (write 2023/report.txt)" in said, said
    assert "D:\\共有\\古い資料\\kampo.pdf" in said and "not there" not in said, said
    assert _regions(tmp_path / "idx") == ("東北",)  # the rows are not used


def test_a_full_path_into_the_csv_folder_is_still_used(tmp_path):
    # What a script listing the files writes: its own absolute path is the file, not a warning.
    from ictsearch.indexer import build_index

    coll = tmp_path / "資料"
    write(coll / "2023" / "report.txt", "令和5年度 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(coll / "metadata.csv", f"path,地域\n{coll / '2023' / 'report.txt'},関東\n")
    summary = build_index([coll], tmp_path / "idx", jobs=1)
    assert not [w for o in summary.outcomes for w in o.warnings]
    assert _regions(tmp_path / "idx") == ("関東",)


def test_status_during_the_first_indexing_run_says_the_run_has_not_finished(tmp_path):
    # `ictsearch status` while the first run was still going answered 「…is building it; search
    # again when it has finished.」: status is no search, and "when" was left to guess.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import IndexStore

    store = IndexStore(tmp_path / "idx")
    with store.write_lock():
        res = CliRunner().invoke(cli, ["status", "--index", str(tmp_path / "idx")])
        as_json = CliRunner().invoke(cli, ["status", "--json", "--index", str(tmp_path / "idx")])
    assert res.exit_code == 2 and "search again" not in res.stderr, res.stderr
    assert f"(pid {os.getpid()}) has not finished. Try again when it has" in res.stderr, res.stderr
    assert json.loads(as_json.stderr)["kind"] == "IndexBeingBuilt" and as_json.stdout == ""


def test_a_hiragana_loanword_read_as_particles_is_refused_with_its_katakana_and_never_dropped(tmp_path):
    # 「でじたる」 is で|じ|たる to Sudachi, all particles: alone it was refused as 「only particles or
    # punctuation」 with no way on, and with --region 東北 it listed every 東北 document as if nothing
    # had been typed (exit 0, no note).
    from ictsearch.indexer import build_index
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "a.txt", "東北総合通信局 デジタル推進\n\n仙台市のデジタル化を支援する。")
    write(tmp_path / "docs" / "b.txt", "東北総合通信局 防災\n\n盛岡市の防災無線を更新する。")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        with pytest.raises(BadQuery, match="did you mean デジタル"):
            ix.search("でじたる")
        with pytest.raises(BadQuery, match="no searchable words"):
            ix.search("でじたる", region="東北")
        with pytest.raises(BadQuery, match="no searchable words"):
            ix.search("の", region="東北")
        with pytest.raises(BadQuery, match="no searchable words"):
            ix.search("でじたる region:東北")
        assert ix.search("*", region="東北").total == 2  # symbols alone still browse the filter
        assert ix.search("region:東北").total == 2  # and so does a filter typed as a word
        assert ix.search("", region="東北").total == 2


def test_a_long_run_of_kana_is_cut_in_linear_time():
    # A pasted run of 30,000 hiragana (a query that is one word) took 17 CPU-seconds in
    # kana_cuts, each of its terms looked up in a list of the others; now under a second.
    import time

    from ictsearch.search.variants import kana_cuts

    kana_cuts("うるう秒")  # the analyzer loaded
    start = time.process_time()
    kana_cuts("あ" * 30000 + "秒")
    assert time.process_time() - start < 6  # 0.7 s measured on the shared 2-core machine


def test_a_long_latin_word_is_cut_only_where_both_halves_could_be_terms():
    # A pasted 100,000-letter word was cut at every letter, each cut copying it: 5 s a search.
    import time

    from ictsearch.search.latin import Spellings

    spellings = Spellings(["lgwan", "lg", "wan", "ict", "dx"])
    assert spellings.of("ictdx") == [("ict", "dx")] and ("lg", "wan") in spellings.of("lgwan")
    start = time.process_time()
    spellings.of("x" * 200000)
    assert time.process_time() - start < 1  # 4.2 s before, 0.01 s after, on the shared 2-core machine


def test_show_of_a_folder_says_it_is_a_folder(tmp_path, monkeypatch):
    # `ictsearch show 資料/` answered 「no document '資料/' in the index (give a doc id …)」, as for a typo.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    write(tmp_path / "資料" / "a.txt", "令和5年度 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    build_index([tmp_path / "資料"], tmp_path / "idx", jobs=1)
    monkeypatch.chdir(tmp_path)
    for command in ("show", "similar"):
        res = CliRunner().invoke(cli, [command, "資料/", "--index", str(tmp_path / "idx")])
        assert res.exit_code == 2 and "'資料/' is a folder: name one document in it" in res.stderr, res.stderr
    assert CliRunner().invoke(cli, ["show", "資料/a.txt", "--index", str(tmp_path / "idx")]).exit_code == 0


def test_path_typed_as_a_query_field_is_answered_with_the_path_filter():
    # `ictsearch search "テレワーク path:2023/"` searched the words パス and 2023 (path read in
    # katakana) and found nothing, without a word: path is a column of results and a filter of its own.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=r"path: is no query field: .*--path 2023/ \(path= in Python\)"):
        parse("テレワーク path:2023/")
    parse('"path:2023/"')  # quoted, it is text
    parse("URL:https://www.soumu.go.jp/main_content/000123.pdf")  # as pages write an address: text
