"""The command line, end to end with Click's CliRunner over the bundled corpus."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli

from conftest import SHARED, needs_shared, write


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory, corpus_copy):
    index_dir = tmp_path_factory.mktemp("cli") / "idx"
    result = CliRunner().invoke(cli, ["index", str(corpus_copy), "--index", str(index_dir), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return index_dir


def run(runner, *args):
    return runner.invoke(cli, [str(a) for a in args])


def test_index_summary_names_counts(runner, corpus_copy, tmp_path):
    result = run(runner, "index", corpus_copy, "--index", tmp_path / "idx", "--jobs", "1")
    assert result.exit_code == 0
    assert "5 added" in result.output and "0 failed" in result.output


def test_search_text_marks_matches_with_brackets(runner, cli_index):
    result = run(runner, "search", "迷惑メール", "--index", cli_index)
    assert result.exit_code == 0
    assert "【迷惑メール】" in result.output
    assert "internet-association-fy2021-business-plan.txt" in result.output
    assert "\x1b[" not in result.output  # no colour when not a terminal


def test_search_json_shape(runner, cli_index):
    result = run(runner, "search", "地域課題", "解決", "--limit", "5", "--index", cli_index, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["query"] == "地域課題 解決" and data["limit"] == 5 and data["offset"] == 0
    assert data["total"] >= len(data["hits"]) > 0
    for hit in data["hits"]:
        assert {"doc_id", "path", "title", "score", "page", "snippet", "highlights"} <= set(hit)
        for s, e in hit["highlights"]:
            assert hit["snippet"][s:e] in ("地域課題", "地域", "課題", "解決", "課題解決", "地域課題解決")


def test_formats_agree_with_each_other(runner, cli_index):
    as_json = json.loads(run(runner, "search", "テレワーク", "--index", cli_index, "--json").output)
    jsonl = [json.loads(line) for line in run(runner, "search", "テレワーク", "--index", cli_index, "--format", "jsonl").output.splitlines()]
    rows = list(csv.DictReader(io.StringIO(run(runner, "search", "テレワーク", "--index", cli_index, "--format", "csv").output)))
    assert [h["doc_id"] for h in as_json["hits"]] == [h["doc_id"] for h in jsonl] == [r["doc_id"] for r in rows]
    assert [h["title"] for h in as_json["hits"]] == [r["title"] for r in rows]


def test_no_hits_is_said_plainly_and_exits_zero(runner, cli_index):
    result = run(runner, "search", "ブラキオサウルス", "--index", cli_index)
    assert result.exit_code == 0
    assert "No documents match" in result.output


@pytest.mark.parametrize("query", ['"テレワーク', "(テレワーク", "OR", "テレワーク OR", "「テレワーク"])
def test_malformed_query_one_line_error_exit_2(runner, cli_index, query):
    result = run(runner, "search", query, "--index", cli_index)
    assert result.exit_code == 2
    assert result.output.startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_index_says_what_to_do(runner, tmp_path):
    result = run(runner, "search", "テレワーク", "--index", tmp_path / "none")
    assert result.exit_code == 2
    assert "ictsearch index" in result.output


def test_index_location_from_environment(runner, corpus_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("ICTSEARCH_INDEX", str(tmp_path / "env-idx"))
    assert run(runner, "index", corpus_copy, "-q", "--jobs", "1").exit_code == 0
    assert (tmp_path / "env-idx" / "ictsearch.json").exists()
    assert "【テレワーク】" in run(runner, "search", "テレワーク").output


def test_default_location_is_under_xdg_data_home(runner, corpus_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert run(runner, "index", corpus_copy, "-q", "--jobs", "1").exit_code == 0
    assert (tmp_path / "xdg" / "ictsearch" / "index" / "ictsearch.json").exists()


def test_bad_files_are_named_and_exit_1(runner, tmp_path):
    docs = tmp_path / "docs"
    write(docs / "good.txt", "テレワークの推進について")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "garbage.pdf").write_bytes(b"\x00\x01\x02 not a pdf at all")
    write(docs / ".hidden" / "secret.txt", "隠しファイルのテレワーク")
    result = run(runner, "index", docs, "--index", tmp_path / "idx", "--jobs", "1")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("garbage.pdf: not a PDF" in e for e in errors)
    assert "1 added" in result.output
    assert "secret" not in run(runner, "search", "隠しファイル", "--index", tmp_path / "idx").output


def test_quiet_keeps_errors(runner, tmp_path):
    docs = tmp_path / "docs"
    write(docs / "good.txt", "テレワーク")
    (docs / "empty.txt").write_bytes(b"")
    result = run(runner, "index", docs, "--index", tmp_path / "idx", "--quiet", "--jobs", "1")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {docs / 'empty.txt'}: empty file"]


def test_facets_show_similar_status(runner, cli_index):
    facets = json.loads(run(runner, "facets", "--index", cli_index, "--json").output)
    assert set(facets) >= {"region", "fiscal_year", "theme"}
    hit = json.loads(run(runner, "search", "迷惑メール", "--index", cli_index, "--json").output)["hits"][0]
    shown = json.loads(run(runner, "show", hit["doc_id"], "--index", cli_index, "--json").output)
    assert {"doc_id", "path", "title", "pages", "fiscal_year", "year", "region", "prefecture", "themes",
            "organization", "doctype", "sources", "text"} <= set(shown)
    assert "迷惑メール" in shown["text"]
    by_path = run(runner, "show", hit["path"], "--index", cli_index)
    assert by_path.exit_code == 0 and hit["title"] in by_path.output
    assert run(runner, "similar", hit["doc_id"], "--index", cli_index, "--json").exit_code == 0
    status = json.loads(run(runner, "status", "--index", cli_index, "--json").output)
    assert status["documents"] == 5 and status["format_version"] >= 1 and status["size_bytes"] > 0


def test_search_help_documents_the_query_language(runner):
    out = run(runner, "search", "--help").output
    for example in ("OR", "-東京", "「…」", "title:予算", "region:東北", "year:2019..2023", "Exit status"):
        assert example in out
    assert ".pdf" in run(runner, "index", "--help").output


@needs_shared
@pytest.mark.shared
def test_bad_folder_names_each_bad_file(runner, tmp_path):
    # --no-ocr: the scan is then a file without text (tests/test_pdf_ocr.py indexes it by OCR)
    result = run(runner, "index", SHARED / "bad", "--index", tmp_path / "idx", "--jobs", "2", "--no-ocr")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    errors = {line.split(": ")[0].split("/")[-1] if False else line for line in lines if line.startswith("error:")}
    bad = ["encrypted-aes-128.pdf", "zero-bytes.pdf", "truncated-half.pdf", "random-bytes.pdf", "image-only-scan.pdf",
           "empty.txt", "whitespace-only.txt", "binary-garbage.txt"]
    assert len(errors) == len(bad)
    for name in bad:
        assert any(f"/{name}: " in e for e in errors), name
    # PDFium reads the damaged stream whole (pdfminer, the fallback, would warn): indexed, not an error
    assert not any("corrupted-zen-of-python.pdf" in e for e in errors)
    # Every decodable file is searchable, the Japanese-named one included.
    for word, name in [("テレワーク・ワンストップ・サポート", "cp932-tohoku-telework.txt"),
                       ("ワーケーション", "eucjp-kanto-study-session.txt"),
                       ("マイナンバーカード", "utf16le-bom-innovation-committee.txt"),
                       ("こたエール", "utf8-bom-internet-association-hotline.txt"),
                       ("テレワーク・デイ", "テレワーク資料.txt")]:
        data = json.loads(run(runner, "search", f'"{word}"', "--index", tmp_path / "idx", "--json").output)
        assert name in {h["path"].split("/")[-1] for h in data["hits"]}, word


def test_text_output_and_api_agree_with_json(runner, cli_index):
    from ictsearch.search import open_index

    data = json.loads(run(runner, "search", "テレワーク", "--index", cli_index, "--json").output)
    with open_index(cli_index) as idx:
        assert idx.search("テレワーク").to_dict() == data
    text = run(runner, "search", "テレワーク", "--index", cli_index).output
    positions = [text.index(h["path"]) for h in data["hits"]]
    assert positions == sorted(positions)  # same hits, same order
    assert f"{data['total']} documents" in text


def test_filters_from_the_command_line(runner, cli_index):
    def total(*args):
        out = run(runner, "search", *args, "--index", cli_index, "--json")
        assert out.exit_code == 0, out.output
        return json.loads(out.output)["total"]

    assert total("テレワーク", "--region", "東北") == 1
    assert total("テレワーク", "--region", "宮城") == 1  # a prefecture without 県
    # OR within a facet, empty query: 東北's slides, 関東's NPO council and the association
    # whose plan is about its 東京都 work (labelled 全国|関東).
    assert total("--region", "東北", "--region", "関東") == 3
    assert total("--year", "R3") == total("--year", "令和3") == total("--year", "2021") == 1
    assert total("--year", "2020..2023") == 4
    assert total("--year", "平成29..令和2") == 2
    assert total("テレワーク", "--theme", "テレワーク") >= 1  # alias
    assert total("テレワーク", "--region", "東北", "--year", "2021") == 0  # AND across facets


@pytest.mark.parametrize("option, value, valid", [("--region", "火星", "東北"), ("--theme", "宇宙旅行", "防災"),
                                                   ("--year", "来週", "令和")])  # 来年: a year since query27
def test_unknown_filter_value_lists_valid_ones(runner, cli_index, option, value, valid):
    result = run(runner, "search", "テレワーク", option, value, "--index", cli_index)
    assert result.exit_code == 2
    assert value in result.output and valid in result.output


def test_a_year_no_document_can_have_is_refused(runner, cli_index):
    result = run(runner, "search", "テレワーク", "--year", "令和99", "--index", cli_index)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'令和99' is 2117: a document's year lies between 1868 and" in result.output


def test_a_query_may_start_with_a_minus(runner, cli_index):
    both = json.loads(run(runner, "search", "テレワーク", "--index", cli_index, "--json").output)["total"]
    result = run(runner, "search", "テレワーク", "-迷惑メール", "--index", cli_index, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"] == both - 1
    assert run(runner, "search", "-迷惑メール", "--index", cli_index).exit_code == 0
    mistyped = run(runner, "search", "テレワーク", "--limt", "3", "--index", cli_index)
    assert mistyped.exit_code == 2 and "no such option: --limt" in mistyped.output


def test_an_index_location_that_cannot_be_used_is_one_line(runner, corpus_copy, tmp_path):
    (tmp_path / "afile").write_text("x")
    result = run(runner, "index", corpus_copy, "--index", tmp_path / "afile" / "sub")
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot write the index at")
    assert "Traceback" not in result.output


def test_a_mistyped_folder_creates_no_index(runner, tmp_path):
    result = run(runner, "index", tmp_path / "no-such-folder", "--index", tmp_path / "idx")
    assert result.exit_code == 2 and "no such file or folder" in result.output
    assert not (tmp_path / "idx").exists()


@pytest.mark.parametrize("wait", ["nan", "-1"])
def test_a_wait_that_is_not_a_number_of_seconds_is_refused_before_anything_is_written(runner, tmp_path, corpus_copy, wait):
    # --wait nan passed the float check, and a NaN deadline is never reached: a run behind
    # another writer would have waited forever.
    res = runner.invoke(cli, ["index", str(corpus_copy), "--index", str(tmp_path / "idx"), "--wait", wait])
    assert res.exit_code == 2 and "--wait" in res.output
    assert not (tmp_path / "idx").exists()
    from ictsearch.indexer import build_index

    with pytest.raises(ValueError, match="lock_timeout"):
        build_index([corpus_copy], tmp_path / "idx", lock_timeout=float(wait))
    assert not (tmp_path / "idx").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_explain_with_a_record_format_goes_to_stderr_and_leaves_the_records_whole(runner, corpus_index, fmt):
    # --explain --format csv printed the CSV alone: the explanation was dropped.
    res = runner.invoke(cli, ["search", "テレワーク 東北", "--explain", "--format", fmt, "--index", str(corpus_index)])
    assert res.exit_code == 0, res.output
    assert "normalized: テレワーク 東北" in res.stderr and "whoosh:" in res.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert rows and all(r["title"] for r in rows)
    else:
        hits = [json.loads(line) for line in res.stdout.splitlines()]
        assert hits and all("doc_id" in h for h in hits)
    assert "normalized" not in res.stdout


def test_index_dir_in_json_is_absolute_whatever_the_working_folder(runner, tmp_path, corpus_copy, monkeypatch):
    # status --json and index --json gave index_dir as typed ("idx"), unusable from another folder.
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(cli, ["index", str(corpus_copy), "--index", "idx", "--json", "--quiet"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["index_dir"] == str(tmp_path / "idx")
    res = runner.invoke(cli, ["status", "--index", "./idx/", "--json"])
    assert json.loads(res.stdout)["index_dir"] == str(tmp_path / "idx")


def test_year_filter_takes_the_spans_a_query_word_takes(runner, corpus_index):
    # 「テレワーク 令和4年度以降」 was read as an open range in the query text, but --year 令和4年度以降
    # was refused as unreadable.
    def total(*args):
        res = runner.invoke(cli, ["search", *args, "--json", "--index", str(corpus_index)])
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout)["total"]

    for typed, same in (("令和3年度以降", "2021.."), ("R3まで", "..2021"), ("令和2～3年度", "2020..2021")):
        assert total("--year", typed) == total("--year", same), typed
    assert total("--year", "令和3年度以降") > 0
    res = runner.invoke(cli, ["search", "--year", "令和5年度から令和4年度", "--index", str(corpus_index)])
    assert res.exit_code == 2 and "backwards" in res.output
