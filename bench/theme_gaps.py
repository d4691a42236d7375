"""Theme words written in a text that the matcher does not find: Sudachi splits the compound across them.

    python bench/theme_gaps.py [--min N]

A strong word of data/themes.toml is matched on the analyzer's terms; where the text writes it inside a longer
compound whose split crosses the word's last part (国際標準 in 国際標準化: 国際 | 標準化 → 標準 化; 研究開発 in
研究開発費: 研究 | 開発費; 移動通信 in 移動通信機器: 移動 | 通信機器), the word is not found.  For every strong word
of three characters or more, this lists the runs of kanji / katakana / letters that contain it and in which
the matcher finds no strong hit of its theme, most frequent first.  Reads the White Paper sections of
../shared/corpus except the held-out ones (bench/wp_labels.tsv) and the realdocs dev pages of half A.

FINDINGS (2026-12-05, themes40): 102 words have such runs; the commonest are 国際標準化 (303 runs), 郵便物数 (125),
研究開発費 (97), IT総合戦略本部 (88), テレビ電話 / テレビ会議 (72, meant: not 放送), プログラミング教育 (72, meant),
災害対策用移動通信機器 (32).  Matching a word whose last part starts the next compound (an exact match of the
same theme at that place first) found 0 more right themes on the realdocs dev halves and 3 / 5 more wrong ones
(A / B; F1 0.8538 -> 0.8530, 0.8461 -> 0.8448): 移動通信機器 lent for disasters is 防災 to the readers, not 5G,
地域包括ケアシステム on a care-insurance page not 医療, IT総合戦略本部 named in a White Paper section 計画策定 on 1
of 8.  So the gaps were left: most coincide with what readers do not count, and a word worth counting in a
longer compound is better added as that compound.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import metadata_accuracy as ma  # noqa: E402

from ictsearch.indexer.analysis import analyze  # noqa: E402
from ictsearch.indexer.metadata import themes as T  # noqa: E402

RUN = r"[\u4e00-\u9fff\u30a0-\u30ffー々A-Za-z0-9・]*"


def texts(shared: Path) -> list[str]:
    held = {l.path for l in ma.load_wp_labels() if l.part == "wp-heldout"}
    out = [p.read_text("utf-8", errors="replace") for p in sorted((shared / "whitepaper").rglob("*.txt"))
           if str(p.relative_to(shared)) not in held]
    for lab in ma.load_realdocs():
        if lab.part == "real-dev" and ma.dev_half(lab) == "A":
            out.append(ma.read_text(ma.resolve(lab.path, shared))[0])
    return out


def gaps(docs: list[str]) -> dict[tuple[int, str], Counter]:
    raw = tomllib.loads((T.DATA_DIR / "themes.toml").read_text("utf-8"))
    words = [(i, w) for i, e in enumerate(raw["theme"]) for w in e.get("terms", []) if len(w) >= 3]
    found: dict[tuple[str, int], bool] = {}
    out: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for text in docs:
        for k, w in words:
            if w not in text:
                continue
            for m in re.finditer(RUN + re.escape(w) + RUN, text):
                run = m.group()
                if run == w:
                    continue
                if (run, k) not in found:
                    terms = [t.text for t in analyze(run)]
                    found[run, k] = any(kk == k and wt == 1.0 for _, kk, wt, _ in T._hits(terms))
                if not found[run, k]:
                    out[k, w][run] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ma.SHARED)
    ap.add_argument("--min", type=int, default=1, help="only words with at least this many unmatched runs")
    args = ap.parse_args()
    for (k, w), runs in sorted(gaps(texts(args.shared)).items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(runs.values())
        if n >= args.min:
            print(f"{T.THEMES[k]}\t{w}\t{n}\t" + "  ".join(f"{r}×{c}" for r, c in runs.most_common(8)))


if __name__ == "__main__":
    main()
