"""Can theme thresholds be calibrated on the labels?  Cross-validation inside the dev data.

    python bench/theme_calibration.py [--shared ../shared/corpus] [--folds 5]

Reads only the tuning data: the real-dev part of bench/realdocs and the "tune"
part of tests/data/metadata_labels.tsv (never a held-out part).  For every
(document, theme) pair it computes what indexer/metadata/themes.py decides on
(density with the title factor, whether the hit and variety rules pass) and
then asks, with documents split into folds:

1. global thresholds: DENSITY_MIN and RELATIVE_MIN chosen on the other folds,
   scored on the held-back fold;
2. a threshold per theme (a multiple of DENSITY_MIN for each theme with enough
   labels), chosen the same way.

"in-sample" is the F1 of the values chosen on all the data, scored on the same
data; "nested CV" is what the choice is worth on documents it did not see.
A calibration that gains in-sample and loses in nested CV is overfitting.
Last, how often a theme with 1, 2, 3 or 4+ strong hits is labelled at all: the
ceiling any threshold on counts can reach.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import metadata_accuracy as ma  # noqa: E402

from ictsearch.indexer.analysis import analyze  # noqa: E402
from ictsearch.indexer.metadata import themes as T  # noqa: E402
from ictsearch.indexer.metadata.lines import title_proper  # noqa: E402

#: Per-theme thresholds only for themes labelled on at least this many training documents.
MIN_LABELS = 6
MULTIPLES = (0.6, 0.8, 1.0, 1.25, 1.5, 2.0)
DENSITIES = (6.0, 7.0, 8.0, 9.0, 10.0)
RELATIVES = (0.15, 0.2, 0.25, 0.3, 0.35)


def tally(label: ma.Label, shared: Path):
    """What themes.py reads of a page: (terms, weighted, strong, counts, themes the title names,
    density denominator), with the title an index run gives it (theme_misses.py reads it too)."""
    path = ma.resolve(label.path, shared)
    text, title = ma.read_text(path)
    title = ma.derive_title(text, title, path)
    terms = [t.text for t in analyze(text)]
    proper = title_proper(title)
    title_terms = [t.text for t in analyze(proper)] if proper else None
    weighted, strong, counts = T._tally(terms)
    named, _ = T.named_themes(terms, title_terms, text)
    return terms, weighted, strong, counts, named, max(len(terms), T.MIN_LENGTH) / 1000


def pairs(label: ma.Label, shared: Path) -> tuple[dict[int, tuple[float, float, bool, int]], set[int]]:
    """theme -> (density with the title factor, raw density, rules pass, strong hits); labelled themes."""
    terms, weighted, strong, counts, named, denom = tally(label, shared)
    out = {}
    for k, w in enumerate(weighted):
        if not w:
            continue
        d = w / denom
        rules = T.enough_evidence(k, weighted, strong, counts, named, len(terms))
        out[k] = (d * (T.TITLE_DENSITY_FACTOR if k in named else 1), d, rules, strong[k])
    return out, {T.THEMES.index(t) for t in label.themes}


def counts(docs, density: float, relative: float, per_theme: dict[int, float] | None = None) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for feats, want in docs:
        top = max((f[0] for f in feats.values()), default=0.0)
        got = {
            k for k, (d, _, rules, _) in feats.items()
            if rules and d >= (per_theme or {}).get(k, density) and (d >= relative * top or d >= T.DENSE_ENOUGH)
        }
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return tp, fp, fn


def f1(c: tuple[int, int, int]) -> float:
    return ma.prf(*c)[2]


def fit_global(docs) -> tuple[float, float]:
    return max(itertools.product(DENSITIES, RELATIVES), key=lambda p: (f1(counts(docs, *p)), p == (T.DENSITY_MIN, T.RELATIVE_MIN)))


def fit_per_theme(docs) -> dict[int, float]:
    labelled = Counter(k for _, want in docs for k in want)
    th: dict[int, float] = {}
    for _ in range(2):  # two sweeps: each theme's choice after the others'
        for k in sorted(labelled):
            if labelled[k] < MIN_LABELS:
                continue
            th[k] = max((T.DENSITY_MIN * m for m in MULTIPLES),
                        key=lambda v: (f1(counts(docs, T.DENSITY_MIN, T.RELATIVE_MIN, {**th, k: v})), v == T.DENSITY_MIN))
    return th


def nested(docs, folds: int, fit, score) -> float:
    idx = list(range(len(docs)))
    random.Random(0).shuffle(idx)
    total = [0, 0, 0]
    for f in range(folds):
        test = [docs[i] for i in idx[f::folds]]
        train = [docs[i] for j, i in enumerate(idx) if j % folds != f]
        total = [a + b for a, b in zip(total, score(test, fit(train)))]
    return f1(tuple(total))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ma.SHARED)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    labels = [l for l in ma.load_labels() if l.part == "tune"] + [l for l in ma.load_realdocs() if l.part == "real-dev"]
    docs = [pairs(l, args.shared) for l in labels]
    print(f"{len(docs)} documents (real-dev and tune), {args.folds}-fold; theme F1")
    now = f1(counts(docs, T.DENSITY_MIN, T.RELATIVE_MIN))
    print(f"  as shipped (DENSITY_MIN {T.DENSITY_MIN}, RELATIVE_MIN {T.RELATIVE_MIN}):  {now:.3f}")
    g = fit_global(docs)
    print(f"  global thresholds, in-sample {f1(counts(docs, *g)):.3f} (chosen {g[0]}, {g[1]}), "
          f"nested CV {nested(docs, args.folds, fit_global, lambda d, p: counts(d, *p)):.3f}")
    th = fit_per_theme(docs)
    score = lambda d, t: counts(d, T.DENSITY_MIN, T.RELATIVE_MIN, t)
    print(f"  per-theme thresholds, in-sample {f1(score(docs, th)):.3f}, nested CV {nested(docs, args.folds, fit_per_theme, score):.3f}")
    moved = {T.THEMES[k]: round(v / T.DENSITY_MIN, 2) for k, v in th.items() if v != T.DENSITY_MIN}
    print(f"    (in-sample choice, × DENSITY_MIN: {moved})")
    print("how often a theme with this many strong hits is labelled:")
    rate = Counter()
    for feats, want in docs:
        for k, (_, _, _, s) in feats.items():
            key = "weak only" if not s else f"{min(s, 4)}{'+' if s >= 4 else ''} strong"
            rate[key, True] += k in want
            rate[key, False] += 1
    for key in sorted({k for k, _ in rate}):
        print(f"  {key:10} {rate[key, True]:4} / {rate[key, False]:4}  {rate[key, True] / rate[key, False]:.2f}")


if __name__ == "__main__":
    main()
