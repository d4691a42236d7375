"""Derived metadata against the hand labels (tests/data/metadata_labels.tsv)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is absent"),
]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("metadata_accuracy", ROOT / "bench" / "metadata_accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_accuracy_on_all_labels(bench):
    r = bench.evaluate(bench.load_labels(), SHARED)
    assert r["n"] >= 90
    assert r["year"] >= 0.95
    assert r["fiscal_year"] >= 0.95
    assert r["region_f1"] >= 0.92  # measured 0.94
    assert r["prefecture_f1"] >= 0.78  # measured 0.81
    # Target is 0.80; measured 0.795 over all 94 (P 0.83 / R 0.77).
    assert r["themes_f1"] >= 0.78


# Floors a little under what each part measured (theme F1 tune 0.76, held-out
# 0.84, heldout2 0.80; heldout2 was labelled before the classifier ran on it).
# Held-out was 0.87 before compounds were counted once and 携帯電話 made weak:
# a trade for theme F1 0.62 -> 0.71 on the real pages of bench/realdocs (dev).
@pytest.mark.parametrize(
    "part, themes_f1, prefecture_p",
    [("tune", 0.74, 0.95), ("heldout", 0.82, 0.95), ("heldout2", 0.77, 0.55)],
)
def test_accuracy_per_part(bench, part, themes_f1, prefecture_p):
    labels = [l for l in bench.load_labels() if l.part == part]
    r = bench.evaluate(labels, SHARED)
    assert r["n"] >= 25
    assert r["themes_f1"] >= themes_f1
    assert r["prefecture_p"] >= prefecture_p


def test_address_aware_labels_read_the_names_in_the_reason(bench):
    names = bench.address_names
    assert names("…; place only in the address (鳥取県): the text names no place") == ({"鳥取県"}, {"中国"})
    assert names("place only in address (島本町, 大阪府)") == ({"大阪府"}, {"近畿"})
    assert names("(… left empty (place only in the address: 埼玉県); radio") == ({"埼玉県"}, {"関東"})
    assert names("place only in the address (pref.chiba…)") == ({"千葉県"}, {"関東"})
    assert names("place only in the address (soutsu/shikoku; the text says 当局)") == (set(), {"四国"})
    assert names("place only in the address (soutsu/hokkaido)") == (set(), {"北海道"})
    assert names("place only in the address (city.kasugai)") is None  # no prefecture or block named
    assert names("東京都 only in the address") is None
