"""The field registry and what hangs off it: results, facets, missing values, CLI output."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner

from ictsearch.cli import HIT_COLUMNS, cli
from ictsearch.indexer import build_index
from ictsearch.indexer.fields import METADATA_FIELDS, MANUAL_KEYS
from ictsearch.indexer.schema import make_schema
from ictsearch.search import Document, Hit, open_index
from ictsearch.search.facets import FACETS

from conftest import write


def test_every_field_is_in_the_schema_the_results_and_the_columns():
    schema = make_schema()
    hit_attrs = {f.name for f in dataclasses.fields(Hit)}
    doc_attrs = {f.name for f in dataclasses.fields(Document)}
    for f in METADATA_FIELDS:
        assert f.name in schema.names()
        assert f.name in doc_attrs
        if f.in_hit:
            assert f.name in hit_attrs and f.name in HIT_COLUMNS
        if f.manual:
            assert f.name in MANUAL_KEYS
    for facet in FACETS:
        assert facet.field in schema.names() and facet.label


@pytest.fixture(scope="module")
def dated_and_undated(tmp_path_factory):
    root = tmp_path_factory.mktemp("fields")
    docs = root / "docs"
    write(docs / "dated.txt", "令和4年度 東北総合通信局 事業報告\n\nテレワークの普及に取り組んだ。宮城県と岩手県でセミナーを開催した。")
    write(docs / "undated.txt", "お知らせ\n\nテレワークについての一般的な説明です。場所や時間にとらわれない働き方です。")
    summary = build_index([docs], root / "idx", jobs=1)
    assert summary.added == 2
    return root / "idx"


def test_missing_values_are_counted_and_filtered_with_none(dated_and_undated):
    with open_index(dated_and_undated) as idx:
        res = idx.search("テレワーク")
        assert res.total == 2
        assert res.facets["fiscal_year"] == {"2022": 1}
        assert res.missing["fiscal_year"] == 1
        none = idx.search("テレワーク", fiscal_year="none")
        assert [h.path.rsplit("/", 1)[-1] for h in none.hits] == ["undated.txt"]
        assert idx.search("", fiscal_year="不明").total == 1
        assert idx.search("year:none テレワーク").total == 1
        # none OR a year: both documents
        assert idx.search("テレワーク", fiscal_year=["none", 2022]).total == 2
        assert idx.missing()["fiscal_year"] == 1


def test_text_output_shows_unknown_counts(dated_and_undated):
    out = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(dated_and_undated)]).output
    assert "年度: 2022 (1)  不明 (1)" in out
    facets = CliRunner().invoke(cli, ["facets", "--index", str(dated_and_undated), "--json"])
    assert json.loads(facets.output)["missing"]["fiscal_year"] == 1


def test_json_errors_are_objects_on_stderr(tmp_path, dated_and_undated):
    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(tmp_path / "none"), "--json"])
    assert res.exit_code == 2
    err = json.loads(res.stderr)
    assert err["kind"] == "IndexMissing" and "ictsearch index" in err["error"]
    assert res.stdout == ""
    res = CliRunner().invoke(cli, ["search", "(テレワーク", "--index", str(dated_and_undated), "--format", "jsonl"])
    assert res.exit_code == 2 and json.loads(res.stderr)["kind"] == "BadQuery"


def test_library_messages_carry_no_cli_advice(tmp_path):
    from ictsearch.indexer.errors import IndexMissing

    with pytest.raises(IndexMissing) as e:
        open_index(tmp_path / "none")
    assert "ictsearch" not in str(e.value) and "--" not in str(e.value)


def test_similar_takes_the_same_output_options_as_search(dated_and_undated):
    with open_index(dated_and_undated) as idx:
        doc = idx.search("事業報告").hits[0].doc_id
    res = CliRunner().invoke(cli, ["similar", doc, "--index", str(dated_and_undated), "--format", "csv",
                                   "--fields", "title,fiscal_year"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0] == "title,fiscal_year"


def test_ctrl_c_exits_130_in_every_command(monkeypatch, dated_and_undated):
    from ictsearch.search import api
    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(api.Index, "search", interrupted)
    monkeypatch.setattr(api.Index, "facets", interrupted)
    for args in (["search", "テレワーク"], ["facets"]):
        res = CliRunner().invoke(cli, [*args, "--index", str(dated_and_undated)])
        assert res.exit_code == 130, (args, res.output)


def test_usage_errors_under_json_are_json_too(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    def run(*args):
        return subprocess.run([sys.executable, "-m", "ictsearch.cli", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=120)

    for args, kind in ((["search", "x", "--limit", "-1", "--json"], "UsageError"),
                       (["search", "x", "--format", "jsonl", "--index", str(ROOT / "README.md")], "UsageError"),
                       (["index", str(tmp_path / "nope"), "--index", str(tmp_path / "idx"), "--json"], "NoSuchPath")):
        res = run(*args)
        assert res.returncode == 2 and res.stdout == "", (args, res.stdout)
        assert json.loads(res.stderr)["kind"] == kind
    plain = run("search", "x", "--limit", "-1")
    assert plain.returncode == 2 and plain.stderr.startswith("Usage:") or "Error:" in plain.stderr


def test_a_region_is_not_a_prefecture_filter(dated_and_undated):
    from ictsearch.indexer.errors import UnknownFacetValue

    with open_index(dated_and_undated) as idx:
        with pytest.raises(UnknownFacetValue, match="is a region"):
            idx.search("テレワーク", prefecture="東北")
        assert idx.search("テレワーク", prefecture="宮城").total == 1
        assert idx.search("テレワーク", region="宮城").total == 1  # a region filter may name a prefecture
        with pytest.raises(UnknownFacetValue, match="unknown region or prefecture 'みやぎ'"):
            idx.search("テレワーク", prefecture="みやぎ")  # the message names both kinds it accepts
