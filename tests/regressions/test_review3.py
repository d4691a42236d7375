"""Regressions found by using ictsearch as a new user would (review 3).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.search import open_index

from conftest import write


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def own_index(tmp_path, corpus_copy):
    """An index of the bundled corpus that a test may damage."""
    from ictsearch.indexer import build_index

    src = tmp_path / "src"
    shutil.copytree(corpus_copy, src)
    write(src / "宮城のテレワーク.txt", "令和5年度 宮城県テレワーク推進事業\n\n宮城県は、令和5年度、県内企業のテレワーク導入を支援した。\n")
    index_dir = tmp_path / "idx"
    build_index([src], index_dir, jobs=1)
    return index_dir


def _answers(runner, index_dir):
    out = []
    for args in (["search", "テレワーク", "--json"], ["search", "テレワーク", "--sort", "date", "--json"],
                 ["search", "--region", "東北", "--json"], ["search", "迷惑メール", "--json"],
                 ["search", "--theme", "IoT", "--json"], ["facets", "--json"]):
        res = runner.invoke(cli, [*args, "--index", str(index_dir)])
        out.append((res.exit_code, res.output, repr(res.exception) if res.exit_code else None))
    return out


@pytest.mark.parametrize("damage", [b"\x7f" * 16, b"\x01\x00\x00\x00" * 4, b"\x00" * 16], ids=["past-the-index", "doc-1", "zeros"])
def test_damaged_facet_sets_give_the_same_answers(runner, own_index, damage):
    # `search` crashed with IndexError (exit 1, a traceback) when the arrays of
    # facets-<gen>.pairs held a document number past the index (0x7f bytes), and
    # counted 宮城県 / テーマ wrong when they held plausible ones (zeros): only the
    # header was checked.  The file now carries a CRC-32 of header and arrays
    # (since then it holds each value's documents as a bitset, ``.sets``).
    expected = _answers(runner, own_index)
    assert all(code == 0 for code, _, _ in expected)
    assert json.loads(expected[0][1])["total"] == 6
    [sets] = own_index.glob("gen-*/facets-*.sets")
    data = sets.read_bytes()
    sets.write_bytes(data[:-len(damage)] + damage)  # the end of the last facet's last set
    assert _answers(runner, own_index) == expected


def test_a_very_long_query_word_without_hits_gets_an_answer_not_a_traceback(runner, corpus_index):
    # A query pasted by mistake (a whole paragraph, 60,000 bytes with no space)
    # found nothing, and looking for close terms to suggest crashed with
    # SudachiError "Input is too long" (exit 1): the reading was tokenized whole.
    from ictsearch.search import open_index

    word = "ペンギンの観察" * 3000
    with open_index(corpus_index) as idx:
        res = idx.search(word)
    assert res.total == 0 and res.hits == ()
    result = runner.invoke(cli, ["search", "ペンギン" * 5000, "--json", "--index", str(corpus_index)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"] == 0


def test_an_iso2022jp_text_file_is_indexed_not_called_binary(tmp_path):
    # A text file saved in ISO-2022-JP (JIS, as mail programs save it) was
    # refused as "not text: binary data (control characters)": it is 7-bit, so
    # it decoded as UTF-8 with its escape sequences, which look like control
    # characters.  The HTML reader already took the same encoding.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    text = "令和5年度 宮城県テレワーク推進事業 報告\n\n県内企業のテレワーク導入を支援した。\n"
    write(tmp_path / "docs" / "jis-mail.txt", text, encoding="iso2022_jp")
    write(tmp_path / "docs" / "ascii.txt", "ICT plan 2023 with an ESC$ that is not JIS: \x1b$Z\n")
    summary = build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    assert summary.added == 1 and summary.failed == 1
    with open_index(tmp_path / "idx") as idx:
        res = idx.search("テレワーク")
        assert [h.path.endswith("jis-mail.txt") for h in res.hits] == [True]
        doc = idx.get(res.hits[0].doc_id)
    assert doc.encoding == "iso2022_jp" and doc.fiscal_year == 2023
    assert "県内企業のテレワーク導入を支援した。" in doc.text


def test_fy_and_a_year_in_the_query_reads_as_the_fiscal_year_like_the_year_filter(corpus_searcher):
    # `--year FY2023` filtered to 2023年度, but 「テレワーク FY2023」 typed in the query
    # searched the text for "fy2023" and found nothing; R4 and 令和4 were already read.
    typed = corpus_searcher.search("テレワーク FY2023", explain=True)
    filtered = corpus_searcher.search("テレワーク", fiscal_year="FY2023")
    assert filtered.total == 2
    assert {h.doc_id for h in typed.hits} == {h.doc_id for h in filtered.hits}
    assert [w.get("read_as") for w in typed.explain["words"]] == [None, "fiscal_year 2023"]
    assert corpus_searcher.search("ＦＹ２０２３のテレワーク").total == 2


def test_a_year_range_in_the_query_reads_like_the_year_filter(corpus_searcher):
    # `--year H30..R5` filtered, but 「テレワーク H30..R5」 typed in the query searched the text
    # for "h30..r5" and found nothing.
    filtered = corpus_searcher.search("テレワーク", fiscal_year="H30..R5")
    assert filtered.total >= 2
    for typed_range in ("H30..R5", "2018..2023", "平成30..令和5"):
        typed = corpus_searcher.search(f"テレワーク {typed_range}", explain=True)
        assert {h.doc_id for h in typed.hits} == {h.doc_id for h in filtered.hits}, typed_range
        assert [w.get("read_as") for w in typed.explain["words"]] == [None, "fiscal_year 2018..2023"]
    assert corpus_searcher.search("テレワーク 2099..2100").total == 0
    assert corpus_searcher.search("テレワーク ..2000").total == 0


def test_every_command_has_help_with_examples(runner):
    # README: "Every command has `--help` with examples" — `facets` and `status` had none.
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Examples:" in result.output and f"ictsearch {name}" in result.output.split("Examples:")[1], name


def test_an_interrupted_opensearch_export_leaves_no_half_written_file(corpus_searcher, tmp_path, monkeypatch):
    # Ctrl-C during `ictsearch export --format opensearch --output DIR` left
    # DIR/bulk.ndjson.tmp (half the documents) beside the previous bulk.ndjson.
    from ictsearch.search import export

    out = tmp_path / "os"
    first = export.write_opensearch(corpus_searcher, out)
    assert first["documents"] == 5
    before = (out / "bulk.ndjson").read_text(encoding="utf-8")
    assert "テレワーク" in before
    records = export.jsonl_records

    def interrupted(idx):
        for n, record in enumerate(records(idx)):
            if n == 2:
                raise KeyboardInterrupt
            yield record

    monkeypatch.setattr(export, "jsonl_records", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.write_opensearch(corpus_searcher, out)
    assert sorted(p.name for p in out.iterdir()) == ["bulk.ndjson", "index.json"]
    assert (out / "bulk.ndjson").read_text(encoding="utf-8") == before


def _indexed_then_one_more(tmp_path):
    """A folder indexed with one document, then given a second one the next run will add."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("令和5年度 東北総合通信局 テレワーク推進事業の報告", encoding="utf-8")
    index = tmp_path / "ix"
    assert CliRunner().invoke(cli, ["index", str(docs), "--index", str(index)]).exit_code == 0
    (docs / "b.txt").write_text("令和6年度 九州総合通信局 防災行政無線の整備計画", encoding="utf-8")
    return docs, index


def test_ctrl_c_after_the_commit_says_the_changes_are_in(tmp_path, monkeypatch):
    # Ctrl-C between Whoosh's commit and the manifest write said "the previous index is
    # unchanged" although searches already saw the new document.
    from ictsearch.indexer import store as store_module

    docs, index = _indexed_then_one_more(tmp_path)

    def interrupted(self, gen_dir, manifest):
        raise KeyboardInterrupt

    monkeypatch.setattr(store_module.IndexStore, "write_manifest", interrupted)
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(index)])
    assert res.exit_code == 130
    assert "after the commit" in res.output and "unchanged" not in res.output
    monkeypatch.undo()
    with open_index(index) as idx:
        assert idx.search("防災行政無線").total == 1  # the interrupted run's document is searchable
    # The next run records it (the manifest is rebuilt) and changes nothing else.
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(index), "--json"])
    assert res.exit_code == 0, res.output
    with open_index(index) as idx:
        assert idx.search("防災行政無線").total == 1 and idx.search("テレワーク").total == 1


def test_ctrl_c_before_the_commit_leaves_the_previous_index(tmp_path, monkeypatch):
    from ictsearch.indexer import writer

    docs, index = _indexed_then_one_more(tmp_path)

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "prepare", interrupted)
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(index), "--jobs", "1"])
    assert res.exit_code == 130 and "previous index is unchanged" in res.output
    with open_index(index) as idx:
        assert idx.search("防災行政無線").total == 0 and idx.search("テレワーク").total == 1


def test_an_empty_index_path_is_an_error_not_the_default_index(tmp_path, monkeypatch):
    # `--index "$DIR"` with DIR unset searched (and indexed into) the default index.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("令和5年度 テレワーク推進事業", encoding="utf-8")
    for args in (["index", str(docs)], ["search", "テレワーク"], ["status"]):
        res = CliRunner().invoke(cli, [*args, "--index", ""])
        assert res.exit_code == 2, (args, res.output)
        assert "empty path" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "data").exists()  # nothing was written to the default location


def test_a_pipe_among_the_documents_is_named_not_opened(tmp_path):
    # A FIFO named like a document was skipped without a word; opening it would block forever.
    import os

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("令和5年度 テレワーク推進事業", encoding="utf-8")
    os.mkfifo(docs / "pipe.pdf")
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert res.exit_code == 1, res.output
    assert f"{docs / 'pipe.pdf'}: not a regular file" in res.output
    assert "1 added" in res.output


def test_a_named_folder_that_is_gone_keeps_its_documents(tmp_path):
    # `ictsearch index share` after the share was unmounted said "no such file or folder"
    # and removed every document indexed from it (found by review4).
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("令和5年度 テレワーク推進事業", encoding="utf-8")
    (share / "b.txt").write_text("令和6年度 防災行政無線の整備", encoding="utf-8")
    index = tmp_path / "ix"
    assert CliRunner().invoke(cli, ["index", str(share), "--index", str(index)]).exit_code == 0
    shutil.rmtree(share)
    res = CliRunner().invoke(cli, ["index", str(share), "--index", str(index)])
    assert res.exit_code == 2 and "no such file or folder" in res.output
    with open_index(index) as idx:
        assert idx.search("テレワーク").total == 1 and idx.search("防災行政無線").total == 1


def test_a_metadata_csv_and_a_sidecar_saved_in_cp932_are_read(tmp_path):
    # Japanese Excel saves CSV in CP932: every document of the folder failed with
    # "unreadable …/metadata.csv: 'utf-8' codec can't decode byte" (found by review4).
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text("令和5年度 テレワーク推進計画", encoding="utf-8")
    (docs / "metadata.csv").write_bytes("path,region\r\nplan.txt,東北\r\n".encode("cp932"))
    (docs / "plan.txt.meta.toml").write_bytes('title = "東北の計画"\nprefecture = ["宮城県"]\n'.encode("cp932"))
    index = tmp_path / "ix"
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(index)])
    assert res.exit_code == 0, res.output
    with open_index(index) as idx:
        doc = idx.get(str(docs / "plan.txt"))
    assert doc.title == "東北の計画" and doc.region == ("東北",) and doc.prefecture == ("宮城県",)
