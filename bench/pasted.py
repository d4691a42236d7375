"""A passage pasted from a page finds that page: sentences of indexed pages searched as typed.

    python bench/pasted.py [--split dev|heldout|all] [--show-misses N] [--json OUT] [--rebuild]

Policy staff paste a sentence from a PDF into the search box to find the document again.  This
bench samples pages by a fixed seed (SEED) from the White Paper sections of ../shared/corpus
(``whitepaper/``, WP_DOCS of them) and, apart, from the real government pages of
bench/realdocs/docs (RD_DOCS), indexes those pages (one index, bench/.work/pasted; built again only
when the sample, the index format or the metadata rules change), takes from each page at most one
passage of each kind, by a seed of its path:

    quote     a sentence holding a 「…」 quote
    bracket   a sentence holding brackets and figures (（令和5年度）, (注1), 第2条(1)…)
    plain     a sentence with neither quotes nor brackets
    fragment  25–45 characters cut from a line at a random place: opens and ends mid-sentence, may
              open or end inside a quote or a bracket (」「…, …（株）)

and searches each as typed (``Index.search(text, limit=10)``).  A page is dev or held out by a hash
of its path (HELDOUT_EVERY: one in three held out), fixed before any tuning; tune on dev only.
For each source, kind and split it reports: the page in the top 10, first, zero hits, an error
(a refused query), and the median / max time of a search.  ``--show-misses`` lists dev misses.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")
REALDOCS = HERE / "realdocs" / "docs"
WORK = HERE / ".work" / "pasted"
SEED = 33
WP_DOCS = 600
RD_DOCS = 600
HELDOUT_EVERY = 3
KINDS = ("quote", "bracket", "plain", "fragment")
K = 10

_BRACKETS = "()（）［］[]【】〔〕<>＜＞"
_QUOTES = "「」『』"


def split_of(rel: str) -> str:
    """dev / heldout by a hash of the page's path (relative to its source)."""
    h = int(hashlib.sha1(rel.encode()).hexdigest()[:8], 16)
    return "heldout" if h % HELDOUT_EVERY == 0 else "dev"


def sample() -> list[tuple[str, str, Path]]:
    """(source, relative path, file) of the sampled pages."""
    rng = random.Random(SEED)
    wp = sorted(p for p in (CORPUS / "whitepaper").glob("*/*.txt"))
    rd = sorted(REALDOCS.glob("*.txt"))
    if not wp:
        raise SystemExit(f"no White Paper sections under {CORPUS / 'whitepaper'}")
    out = [("wp", str(p.relative_to(CORPUS)), p) for p in rng.sample(wp, min(WP_DOCS, len(wp)))]
    if rd:
        out += [("rd", "realdocs/" + p.name, p) for p in rng.sample(rd, min(RD_DOCS, len(rd)))]
    return out


def prepare(pages: list[tuple[str, str, Path]], rebuild: bool = False) -> Path:
    from ictsearch.indexer.metadata import rules_version
    from ictsearch.indexer.schema import FORMAT_VERSION

    listing = "".join(f"{rel}:{p.stat().st_size}\n" for _, rel, p in pages)
    sig = hashlib.sha256(f"format {FORMAT_VERSION} rules {rules_version()}\n{listing}".encode()).hexdigest()[:16]
    if rebuild or not (WORK / "sig").is_file() or (WORK / "sig").read_text() != sig:
        shutil.rmtree(WORK, ignore_errors=True)
        for _, rel, p in pages:
            (WORK / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, WORK / "docs" / rel)
        from ictsearch.indexer import build_index

        t = time.monotonic()
        build_index([WORK / "docs"], WORK / "idx", jobs=2)
        print(f"indexed {len(pages)} pages in {time.monotonic() - t:.0f} s", file=sys.stderr)
        (WORK / "sig").write_text(sig)
    return WORK / "idx"


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        for s in re.findall(r"[^。]+。?", line):
            s = s.strip()
            if 20 <= len(s) <= 150:
                out.append(s)
    return out


def passages(rel: str, text: str) -> dict[str, str]:
    """At most one passage of each kind, chosen by a seed of the page's path."""
    rng = random.Random(f"{SEED}:{rel}")
    sents = _sentences(text)
    has_br = lambda s: any(c in _BRACKETS for c in s)
    has_q = lambda s: any(c in _QUOTES for c in s)
    pools = {
        "quote": [s for s in sents if "「" in s and "」" in s],
        "bracket": [s for s in sents if has_br(s) and re.search(r"[0-9０-９]", s) and not has_q(s)],
        "plain": [s for s in sents if not has_br(s) and not has_q(s)],
    }
    out = {kind: rng.choice(pool) for kind, pool in pools.items() if pool}
    lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 60]
    if lines:
        line = rng.choice(lines)
        n = rng.randint(25, 45)
        start = rng.randint(1, len(line) - n)
        out["fragment"] = line[start:start + n].strip()
    return out


def run(idx_dir: Path, pages, splits: set[str], show_misses: int = 0) -> dict:
    from ictsearch import open_index

    results = []
    with open_index(idx_dir) as idx:
        for source, rel, _ in pages:
            split = split_of(rel)
            if split not in splits:
                continue
            own = str(WORK / "docs" / rel)
            text = (WORK / "docs" / rel).read_text(encoding="utf-8")
            for kind, q in passages(rel, text).items():
                t = time.perf_counter()
                try:
                    res = idx.search(q, limit=K)
                    hits = [h.path for h in res.hits]
                    err = None
                except Exception as e:  # a refused query (QueryError) or a failure
                    hits, err = [], f"{type(e).__name__}: {e}"
                ms = (time.perf_counter() - t) * 1000
                results.append({"source": source, "kind": kind, "split": split, "path": rel, "query": q,
                                "top10": own in hits, "first": bool(hits) and hits[0] == own,
                                "zero": not hits and err is None, "error": err, "ms": ms,
                                "rank": hits.index(own) + 1 if own in hits else None})
    return {"results": results}


def report(data: dict, show_misses: int = 0) -> None:
    rows = data["results"]
    print("| source | split | kind | n | top 10 | first | zero hits | error | median / max ms |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for source in ("wp", "rd"):
        for split in ("dev", "heldout"):
            for kind in KINDS + ("all",):
                rs = [r for r in rows if r["source"] == source and r["split"] == split and (kind == "all" or r["kind"] == kind)]
                if not rs:
                    continue
                ms = [r["ms"] for r in rs]
                print(f"| {source} | {split} | {kind} | {len(rs)} | {sum(r['top10'] for r in rs)} | "
                      f"{sum(r['first'] for r in rs)} | {sum(r['zero'] for r in rs)} | "
                      f"{sum(bool(r['error']) for r in rs)} | {statistics.median(ms):.0f} / {max(ms):.0f} |")
    for split in ("dev", "heldout"):
        rs = [r for r in rows if r["split"] == split]
        if rs:
            print(f"SUMMARY {split} n={len(rs)} top10={sum(r['top10'] for r in rs)} first={sum(r['first'] for r in rs)} "
                  f"zero={sum(r['zero'] for r in rs)} error={sum(bool(r['error']) for r in rs)}")
    if show_misses:
        misses = [r for r in rows if r["split"] == "dev" and not r["top10"]]
        print(f"\ndev misses ({len(misses)}):")
        for r in misses[:show_misses]:
            why = r["error"] or ("no hits" if r["zero"] else "not in the top 10")
            print(f"  {r['source']} {r['kind']:8} {r['path']}: {r['query']}  -- {why}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev",
                    help="which pages' passages to search (default dev: tune on dev only)")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N", help="list up to N dev misses")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    pages = sample()
    idx_dir = prepare(pages, args.rebuild)
    splits = {"dev", "heldout"} if args.split == "all" else {args.split}
    t = time.monotonic()
    data = run(idx_dir, pages, splits)
    print(f"searched {len(data['results'])} passages in {time.monotonic() - t:.0f} s", file=sys.stderr)
    report(data, args.show_misses)
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
