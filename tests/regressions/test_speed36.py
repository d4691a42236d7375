"""speed36: what a fresh search no longer does.  The domain synonyms' analyzed keys come from a
per-user cache (search/derived_cache.py) that a change of what they are computed from
invalidates and that a damaged or unwritable folder only bypasses; a query word naming no place
reads no municipality names; a word's short-word pattern is asked only of three or four
characters.  Timings are in bench/ (bench/latency.py), not here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from ictsearch.indexer import analysis
from ictsearch.indexer.metadata.regions import region_of, resolve_region
from ictsearch.search import derived_cache, synonyms
from ictsearch.search.query import _is_short_word


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(derived_cache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def domain_lists(tmp_path, monkeypatch):
    """Two small domain lists in the shipped form, read instead of the shipped ones."""
    paraphrases = tmp_path / "domain_paraphrases.tsv"
    paraphrases.write_text("# 日常の言い方\t施策の言葉\nハンコ\t押印\n旅先で仕事\tワーケーション\n", encoding="utf-8")
    two_way = tmp_path / "domain_synonyms.tsv"
    two_way.write_text("# 同じものの呼び名\n自治会\t町内会\n", encoding="utf-8")
    monkeypatch.setattr(synonyms, "DOMAIN_PATH", paraphrases)
    monkeypatch.setattr(synonyms, "DOMAIN_SYNONYMS_PATH", two_way)
    monkeypatch.setattr(synonyms, "_loaded", {})
    return paraphrases, two_way


def _domain_again(monkeypatch) -> dict:
    """The table as a new process reads it (nothing kept in memory)."""
    monkeypatch.setattr(synonyms, "_loaded", {})
    return synonyms._domain()


def test_the_cached_domain_table_is_the_computed_one(cache, domain_lists, monkeypatch):
    computed = synonyms._read_domain()
    assert computed[synonyms.TERM_SEP.join(synonyms.key_terms("ハンコ"))] == (("押印",),)
    assert _domain_again(monkeypatch) == computed  # built, written
    assert len(list(cache.glob("domain-synonyms-*.json"))) == 1
    monkeypatch.setattr(synonyms, "_read_domain", lambda: pytest.fail("the cache was not read"))
    assert _domain_again(monkeypatch) == computed  # read back, the same tuples


def test_a_changed_list_is_analyzed_again(cache, domain_lists, monkeypatch):
    paraphrases, _ = domain_lists
    before = _domain_again(monkeypatch)
    paraphrases.write_text(paraphrases.read_text("utf-8") + "イノシシ\t鳥獣被害\n", encoding="utf-8")
    after = _domain_again(monkeypatch)
    assert len(after) == len(before) + 1
    assert after[synonyms.TERM_SEP.join(synonyms.key_terms("イノシシ"))] == (("鳥獣", "被害"),)
    assert len(list(cache.glob("domain-synonyms-*.json"))) == 2  # the old key is simply never read


@pytest.mark.parametrize("change", ["analyzer", "dictionary"])
def test_a_new_analyzer_or_dictionary_is_a_new_key(cache, domain_lists, monkeypatch, change):
    _domain_again(monkeypatch)
    built = []
    read_domain = synonyms._read_domain
    monkeypatch.setattr(synonyms, "_read_domain", lambda: built.append(1) or read_domain())
    if change == "analyzer":
        monkeypatch.setattr(analysis, "ANALYZER_VERSION", analysis.ANALYZER_VERSION + 1)
    else:
        fingerprint = derived_cache.sudachi_fingerprint()
        monkeypatch.setattr(derived_cache, "sudachi_fingerprint", lambda: fingerprint + " upgraded")
    _domain_again(monkeypatch)
    assert built == [1]
    _domain_again(monkeypatch)
    assert built == [1]  # and that key is kept in turn


@pytest.mark.parametrize("damage", ["truncated", "not json", "a list", "empty"])
def test_a_damaged_cache_file_is_computed_instead(cache, domain_lists, monkeypatch, damage):
    computed = _domain_again(monkeypatch)
    (path,) = cache.glob("domain-synonyms-*.json")
    text = path.read_text("utf-8")
    path.write_text({"truncated": text[: len(text) // 2], "not json": "押印\x00", "a list": json.dumps([["判子"]]),
                     "empty": ""}[damage], encoding="utf-8")
    assert _domain_again(monkeypatch) == computed
    assert json.loads(path.read_text("utf-8"))  # written whole again


def test_an_unwritable_cache_folder_is_no_error(tmp_path, domain_lists, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(derived_cache.CACHE_ENV, str(blocker / "cache"))  # no folder can be made under a file
    computed = synonyms._read_domain()
    assert _domain_again(monkeypatch) == computed
    assert _domain_again(monkeypatch) == computed
    assert blocker.read_text("utf-8") == ""


def test_what_cannot_be_fingerprinted_is_computed_without_a_cache(cache, domain_lists, monkeypatch):
    def no_dictionary():
        raise OSError("sudachidict_core is not installed")

    monkeypatch.setattr(derived_cache, "sudachi_fingerprint", no_dictionary)
    assert _domain_again(monkeypatch) == synonyms._read_domain()
    assert not cache.exists()


def test_the_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(derived_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert derived_cache.cache_dir() == tmp_path / "ictsearch"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # invalid by the specification: the default
    assert derived_cache.cache_dir().parts[-2:] == (".cache", "ictsearch")


def test_region_of_answers_as_resolve_region_does():
    for word in ("東北", "東北地方", "関西", "宮城", "宮城県", "仙台市", "東北総合通信局"):
        assert region_of(word) == resolve_region(word)
    for word in ("テレワーク", "仙台", "北信越", "山陰", "Tohoku"):
        assert region_of(word) is None
        with pytest.raises(ValueError):
            resolve_region(word)
    # The filter's error keeps its hint, which reads the municipalities.
    with pytest.raises(ValueError, match=r"did you mean 仙台市 \(宮城県\)\?"):
        resolve_region("仙台")


def test_a_fresh_search_naming_no_place_reads_no_municipality(corpus_index):
    code = f"""
import io, json
from contextlib import redirect_stdout
from ictsearch.cli import cli
out = io.StringIO()
with redirect_stdout(out):
    cli.main(["search", "テレワーク", "--json", "--index", {str(corpus_index)!r}], standalone_mode=False)
from ictsearch.indexer.metadata.regions import gazetteer
from ictsearch.search.query import _SHORT_WORD
print(json.dumps([json.loads(out.getvalue())["total"], "towns" in vars(gazetteer()), "fullmatch" in vars(_SHORT_WORD)]))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    total, towns_read, short_word_compiled = json.loads(done.stdout.splitlines()[-1])
    assert total > 0 and not towns_read and not short_word_compiled


def test_the_short_word_check_is_unchanged_by_its_length_test():
    assert _is_short_word("地域課題") and _is_short_word("浜通り") and _is_short_word("見守り")
    assert not _is_short_word("テレワーク") and not _is_short_word("情報通信基盤") and not _is_short_word("地域")
