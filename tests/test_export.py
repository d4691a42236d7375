"""`ictsearch export`: JSON Lines and OpenSearch / Elasticsearch files.

No search server runs here: the files are checked for structure, for holding
every document with every field (round trip against `show --json`), and the
analysis settings against the options the analysis-sudachi plugin documents
(its README, release 3.2.3) and Elasticsearch's built-in components.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.search import open_index
from ictsearch.search.export import (
    INDEX_ANALYZER,
    MAPPING_PROPERTIES,
    SEARCH_ANALYZER,
    SUDACHI_PLUGIN_VERSION,
    bulk_source,
    index_settings,
    synonym_rules,
)

# Options per component type, as documented.  analysis-sudachi README (3.2.3):
# sudachi_tokenizer (split_mode, discard_punctuation, settings_path, resources_path,
# additional_settings), sudachi_split (mode: search | extended), sudachi_part_of_speech
# (stoptags), sudachi_ja_stop (stopwords), sudachi_readingform (use_romaji);
# Elasticsearch reference: synonym_graph (synonyms, synonyms_path, synonyms_set, lenient,
# expand, format, updateable), custom analyzers (tokenizer, filter, char_filter, position_increment_gap).
ALLOWED = {
    "tokenizer": {
        "sudachi_tokenizer": {"split_mode", "discard_punctuation", "settings_path", "resources_path",
                              "additional_settings"},
    },
    "filter": {
        "sudachi_split": {"mode"},
        "sudachi_part_of_speech": {"stoptags"},
        "sudachi_ja_stop": {"stopwords"},
        "sudachi_readingform": {"use_romaji"},
        "synonym_graph": {"synonyms", "synonyms_path", "synonyms_set", "lenient", "expand", "format", "updateable"},
    },
    "analyzer": {"custom": {"tokenizer", "filter", "char_filter", "position_increment_gap"}},
}
ALLOWED_VALUES = {("sudachi_tokenizer", "split_mode"): {"A", "B", "C"}, ("sudachi_split", "mode"): {"search", "extended"}}
#: Filters usable by name without a definition: the plugin's and Elasticsearch's pre-built ones.
PREBUILT_FILTERS = {"sudachi_normalizedform", "sudachi_baseform", "sudachi_part_of_speech", "sudachi_ja_stop",
                    "sudachi_readingform", "lowercase", "cjk_width"}
PREBUILT_TOKENIZERS = {"sudachi_tokenizer"}
#: Elasticsearch field types used for facets.
KEYWORD_FIELDS = ("region", "prefecture", "themes", "organization", "doctype", "doc_id", "path")
INTEGER_FIELDS = ("fiscal_year", "year", "pages")


def test_settings_use_only_documented_options():
    analysis = index_settings(synonyms=["テレワーク, リモートワーク"])["settings"]["index"]["analysis"]
    for kind, components in analysis.items():
        for name, spec in components.items():
            allowed = ALLOWED[kind][spec["type"]]
            extra = set(spec) - {"type"} - allowed
            assert not extra, f"{kind} {name}: undocumented options {extra}"
            for option, value in spec.items():
                if (spec["type"], option) in ALLOWED_VALUES:
                    assert value in ALLOWED_VALUES[(spec["type"], option)]
    for name, analyzer in analysis["analyzer"].items():
        assert analyzer["tokenizer"] in set(analysis["tokenizer"]) | PREBUILT_TOKENIZERS
        for f in analyzer["filter"]:
            assert f in set(analysis["filter"]) | PREBUILT_FILTERS, f
    # Mirrors ictsearch: C units with their A sub-units indexed, normalized forms, synonyms at search time,
    # and the split after the synonyms or not at all (the plugin's synonym guide).
    assert analysis["tokenizer"]["ictsearch_sudachi"]["split_mode"] == "C"
    index_chain = analysis["analyzer"][INDEX_ANALYZER]["filter"]
    search_chain = analysis["analyzer"][SEARCH_ANALYZER]["filter"]
    assert analysis["filter"][index_chain[0]] == {"type": "sudachi_split", "mode": "search"}
    assert "sudachi_normalizedform" in index_chain and "sudachi_normalizedform" in search_chain
    assert "ictsearch_synonyms" in search_chain and "ictsearch_synonyms" not in index_chain
    assert "ictsearch_split" not in search_chain


def test_mappings_make_facets_aggregatable():
    for field in KEYWORD_FIELDS:
        assert MAPPING_PROPERTIES[field]["type"] == "keyword"
    for field in INTEGER_FIELDS:
        assert MAPPING_PROPERTIES[field]["type"] == "integer"
    for field in ("title", "text"):
        assert MAPPING_PROPERTIES[field]["analyzer"] == INDEX_ANALYZER
        assert MAPPING_PROPERTIES[field]["search_analyzer"] == SEARCH_ANALYZER


def test_synonym_rules_follow_the_groups_and_their_flags():
    rules = synonym_rules()
    assert len(rules) > 9000
    # Equivalent members (no flag): one comma list.
    assert any(r.split(", ")[:2] == ["曖昧", "不明確"] and "=>" not in r for r in rules)
    # A group with flag-1 members: only the triggers expand.
    rule = next(r for r in rules if r.startswith("経緯, 事情"))
    triggers, targets = rule.split(" => ")
    assert "理由" not in triggers.split(", ") and "理由" in targets.split(", ")
    # Multi-term members are written as words separated by spaces, no "|" left.
    assert not any("|" in r for r in rules)


def test_jsonl_export_holds_every_document_as_show_json(corpus_index):
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--index", str(corpus_index)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    with open_index(corpus_index) as idx:
        assert len(records) == idx.doc_count() == 5
        for record in records:
            shown = CliRunner().invoke(cli, ["show", record["doc_id"], "--json", "--index", str(corpus_index)])
            assert json.loads(shown.output) == record
            assert record["text"] and record["title"] and record["region"] and record["fiscal_year"]


def test_opensearch_export_round_trips_every_document_and_field(corpus_index, tmp_path):
    out = tmp_path / "os"
    result = CliRunner().invoke(cli, ["export", "--format", "opensearch", "--output", str(out),
                                      "--index", str(corpus_index)])
    assert result.exit_code == 0, result.output
    settings = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert set(settings) == {"settings", "mappings"}
    lines = (out / "bulk.ndjson").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # _bulk needs the final newline
    pairs = [(json.loads(a), json.loads(s)) for a, s in zip(lines[0:-1:2], lines[1:-1:2])]
    with open_index(corpus_index) as idx:
        expected = {d.doc_id: d.to_dict() for d in idx.documents()}
    assert len(pairs) == len(expected) == 5
    mapped = set(settings["mappings"]["properties"])
    for action, source in pairs:
        assert list(action) == ["index"] and action["index"]["_id"] == source["doc_id"]
        record = expected[source["doc_id"]]
        assert set(source) <= mapped, set(source) - mapped
        # Every field of the JSON Lines record is there; themes become names + scores.
        for key, value in record.items():
            if key == "themes":
                assert source["themes"] == [t["name"] for t in value]
                assert source["theme_scores"] == value
            else:
                assert source[key] == value, key
    assert SUDACHI_PLUGIN_VERSION in result.output


def test_bulk_source_keeps_theme_scores():
    record = {"doc_id": "x", "themes": [{"name": "防災", "score": 0.5}]}
    assert bulk_source(record) == {"doc_id": "x", "themes": ["防災"], "theme_scores": [{"name": "防災", "score": 0.5}]}


@pytest.mark.parametrize("args", [["--format", "opensearch"], ["--format", "jsonl", "--output", "x"]])
def test_export_usage_errors(corpus_index, args):
    result = CliRunner().invoke(cli, ["export", *args, "--index", str(corpus_index)])
    assert result.exit_code == 2 and "Traceback" not in result.output
