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
    assert r["n"] >= 60
    assert r["year"] >= 0.95
    assert r["fiscal_year"] >= 0.95
    assert r["region_f1"] >= 0.90
    # Target is 0.80; measured 0.70-0.72 so far — this floor guards against regressions.
    assert r["themes_f1"] >= 0.65
