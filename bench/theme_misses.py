"""Why are labelled themes missed?  Each missed theme of the realdocs dev pages, grouped by the bar it fails.

    python bench/theme_misses.py [--half A|B] [--kind municipal,council …] [--list]

Reads only the dev part of bench/realdocs (never held-out); --half takes the dev halves of
bench/metadata_accuracy.py (dev_half).  For every (page, theme) that indexer/metadata/themes.py does not assign, the
cause is the first of:

    no word       no word of the theme on the page (the vocabulary lacks it, or the page never says it)
    weak only     only weak words (地域, データ, 放送 …): said, but only in generic words
    said once     one strong word once: in a page of some 280 terms a density of about 3.5
    one word      the same strong word twice or more, still under DENSITY_MIN (two different words need only
                  TWO_WORDS_DENSITY)
    minor         dense enough, but under RELATIVE_MIN of the page's best theme (often one the title doubles)
    other         the bars pass (a list of figures, a White Paper's lone rule …)

and "title" marks a theme the title (or the headline) names.  Beside each cause: how many of ALL unassigned
candidates with that cause are labelled.  Adding a theme improves F1 only where that rate is above about F1 / 2
(0.42 at F1 0.84), so a cause whose rate is far below it is the labellers' choice on single pages, not a bar set
too high: the misses there are fixed by words that mean the theme, not by thresholds.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import metadata_accuracy as ma  # noqa: E402

from ictsearch.indexer.metadata import themes as T  # noqa: E402
from theme_calibration import tally  # noqa: E402

CAUSES = ("no word", "weak only", "said once", "one word", "minor", "other")


def causes(label: ma.Label, shared: Path) -> tuple[dict[int, tuple[str, bool, str]], set[int], set[int]]:
    """theme -> (cause, named by the title, its words) for every theme not assigned; assigned; labelled."""
    got = {T.THEMES.index(t) for t, _ in ma.derive_for(label, shared).themes}
    terms, weighted, strong, counts, named, denom = tally(label, shared)
    dens = [w / denom * (T.TITLE_DENSITY_FACTOR if k in named else 1) for k, w in enumerate(weighted)]
    top = max(dens, default=0.0)
    tax = T.taxonomy()
    out = {}
    for k in range(len(T.THEMES)):
        if k in got:
            continue
        two_words = sum(w in tax.strong_words for w in counts[k]) >= T.TWO_WORDS
        if not weighted[k]:
            cause = "no word"
        elif not strong[k]:
            cause = "weak only"
        elif strong[k] == 1:
            cause = "said once"
        elif dens[k] < (T.TWO_WORDS_DENSITY if two_words else T.DENSITY_MIN):
            cause = "one word"
        elif dens[k] < T.RELATIVE_MIN * top:
            cause = "minor"
        else:
            cause = "other"
        words = " ".join(f"{tax.words[w][0]}×{c}" for w, c in sorted(counts[k].items(), key=lambda x: -x[1]))
        out[k] = (cause, k in named, words)
    return out, got, {T.THEMES.index(t) for t in label.themes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ma.SHARED)
    ap.add_argument("--half", choices=("A", "B"), help="one dev half (default: the whole dev part)")
    ap.add_argument("--kind", help="comma-separated kinds of page (municipal, prefecture, council, ministry-press …)")
    ap.add_argument("--list", action="store_true", help="list every miss with its words")
    args = ap.parse_args()
    labels = [lab for lab in ma.load_realdocs() if lab.part == "real-dev"]
    if args.half:
        labels = [lab for lab in labels if ma.dev_half(lab) == args.half]
    if args.kind:
        kinds = set(args.kind.split(","))
        labels = [lab for lab in labels if lab.kind in kinds]
    missed: Counter[tuple[str, str]] = Counter()
    candidates: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    for lab in labels:
        found, _, want = causes(lab, args.shared)
        for k, (cause, named, words) in found.items():
            if cause == "no word" and k not in want:
                continue  # every page lacks most themes: only the labelled ones count here
            candidates[cause] += 1
            if k in want:
                labelled[cause] += 1
                missed[(lab.kind, cause)] += 1
                titled[cause] += named
                if args.list:
                    title = " (title)" if named else ""
                    print(f"  {Path(lab.path).stem} {lab.kind}: {T.THEMES[k]} — {cause}{title}: {words or '-'}")
    kinds = sorted({kind for kind, _ in missed})
    print(f"{len(labels)} dev pages{' (half ' + args.half + ')' if args.half else ''}; misses by cause and kind")
    print(f"{'cause':10} {'misses':>6} {'title':>5} {'labelled/candidates':>20}  " + " ".join(f"{k[:10]:>10}" for k in kinds))
    for cause in CAUSES:
        n = sum(missed[(k, cause)] for k in kinds)
        # (a theme with no word on the page is a candidate only where it is labelled: no rate)
        rate = (f"{labelled[cause]}/{candidates[cause]} {labelled[cause] / candidates[cause]:.2f}"
                if candidates[cause] and cause != "no word" else "-")
        print(f"{cause:10} {n:6} {titled[cause]:5} {rate:>20}  " + " ".join(f"{missed[(k, cause)]:10}" for k in kinds))


if __name__ == "__main__":
    main()
