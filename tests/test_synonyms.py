import importlib.util
import threading
from pathlib import Path

import pytest

from ictsearch.search import synonyms
from ictsearch.search.synonyms import Expansion, SynonymTable, expand, word_terms


def targets_of(word: str) -> set[tuple[str, ...]]:
    expansion = expand(word_terms(word))
    assert expansion is not None, word
    return set(expansion.targets)


def test_telework_and_remote_work_expand_to_each_other():
    assert word_terms("リモートワーク") == ("remote work",)
    assert ("remote work",) in targets_of("テレワーク")
    assert ("テレワーク",) in targets_of("リモートワーク")


@pytest.mark.parametrize(
    ("word", "target"),
    [
        ("人工知能", "AI"),
        ("デジタルトランスフォーメーション", "DX"),
        ("地方公共団体", "自治体"),
        ("自治体", "地方公共団体"),
        ("欧州連合", "EU"),
    ],
)
def test_word_expands_to_synonym_or_abbreviation(word, target):
    # Targets are index terms: whatever the analyzer makes of them (ai, dx, eu).
    assert word_terms(target) in targets_of(word)


@pytest.mark.parametrize("word", ["AI", "ＡＩ", "EU", "DX"])
def test_flag_1_abbreviations_do_not_expand_by_themselves(word):
    # The source marks these 1: "not a trigger, but expanded to".
    assert expand(word_terms(word)) is None


def test_flag_2_rows_are_neither_targets_nor_triggers():
    # Source group 000365: スケール, scale (flag 0), 規模 (flag 2, a deletion record).
    expansion = expand(word_terms("スケール"))
    assert expansion is None or ("規模",) not in expansion.targets
    assert expand(("規模",)) is None


def test_flag_1_member_is_a_target_of_its_group():
    # Source group 000008: 支払い (0) ... 勘定, 精算, 会計 (1) ... 決済 (0).
    assert {("勘定",), ("精算",), ("決済",)} <= targets_of("支払い")
    assert expand(("精算",)) is None


def test_source_is_not_among_its_targets():
    expansion = expand(("テレワーク",))
    assert expansion.source == ("テレワーク",)
    assert ("テレワーク",) not in expansion.targets
    assert len(set(expansion.targets)) == len(expansion.targets)


def test_unknown_word_and_empty_input():
    assert expand(("情報通信白書",)) is None
    assert expand(()) is None


def test_multi_term_members_come_back_as_phrases():
    table = SynonymTable(["# comment", "000001\tA|B\t~C\tD", ""])
    assert table.expand(("A", "B")) == Expansion(("A", "B"), (("C",), ("D",)))
    assert table.expand(("D",)).targets == (("A", "B"), ("C",))
    assert table.expand(("C",)) is None  # marked not-a-trigger
    assert table.expand(("A",)) is None  # only the whole phrase is a key


def test_word_in_several_groups_expands_to_all_of_them():
    table = SynonymTable(["1\tX\tY", "2\tX\t~Z\tY"])
    assert table.expand(("X",)).targets == (("Y",), ("Z",))
    assert len(table) == 2


def _shipped_lines() -> dict[str, str]:
    with synonyms.DATA_PATH.open(encoding="utf-8") as fh:
        return {line.split("\t", 1)[0]: line.rstrip("\n") for line in fh if not line.startswith("#")}


def test_shipped_subset_size():
    assert 5_000 < len(_shipped_lines()) < 20_000


TOOLS = Path(__file__).resolve().parents[1] / "tools"
SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "sudachi-synonyms" / "synonyms.txt"


@pytest.mark.skipif(not SOURCE.exists(), reason="../shared/data/sudachi-synonyms absent")
def test_shipped_data_matches_the_current_analyzer(tmp_path):
    # Members are stored as analyzed; an analyzer change (lower-casing, a new
    # Sudachi dictionary) makes lookups miss silently until the data is rebuilt.
    wanted = ("000003", "000008", "007979", "010717", "021402", "022583", "022765", "024907")
    rows = [line for line in SOURCE.read_text(encoding="utf-8").splitlines() if line[:6] in wanted]
    excerpt = tmp_path / "synonyms.txt"
    excerpt.write_text("\n".join(rows) + "\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("build_synonyms", TOOLS / "build_synonyms.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    rebuilt, _ = builder.build(excerpt)
    shipped = _shipped_lines()
    assert rebuilt == [shipped[line.split("\t", 1)[0]] for line in rebuilt]
    # One noun line per group; 000008 (支払う) and 022583 (使う) also have a verb line.
    assert sorted(line.split("\t", 1)[0] for line in rebuilt) == sorted([*wanted, "000008v", "022583v"])


def test_load_is_shared_across_threads(monkeypatch):
    monkeypatch.setattr(synonyms, "_loaded", {})
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(synonyms.load())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(t) for t in seen}) == 1
