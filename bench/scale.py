"""Query latency as the collection grows: the White Paper copied N times under distinct paths.

``python bench/run.py --scale N`` (the full run uses N = 5) builds, once, an
N-times collection (``copy1/whitepaper/…`` … ``copyN/whitepaper/…``) into
``bench/.work/scale<N>/`` and reuses it while the marker file says it is complete:
its ictsearch index (see ``build``) and its SQLite FTS5 trigram database over
the same normalized text.  Then the same workload runs
against both engines in one process, warm, and the report gives p50/p95/max and
the five slowest queries of each.

The workload (``WORKLOAD_TEXTS``, about 150 texts) is what users type rather
than what the judged set checks: the 53 judged queries, broad single words that
match most of the collection (情報通信, インターネット, 地域 …), broad word pairs,
synonym triggers, and long natural phrases typed without spaces.  Every text
goes to both engines; ictsearch also gets a few filtered calls (region, fiscal
year, theme; with and without words), reported apart because FTS5 has no filters.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import time
from pathlib import Path

from bench import corpus, latency, relevance, throughput
from bench.baselines.fts5 import FTS5

#: Words that match a large share of every White Paper edition.
BROAD_WORDS = (
    "情報通信", "インターネット", "テレワーク", "地域", "AI", "デジタル", "通信", "情報", "総務省", "利用",
    "整備", "推進", "社会", "サービス", "5G", "携帯電話", "放送", "電波", "災害", "セキュリティ",
    "データ", "クラウド", "スマートフォン", "ブロードバンド", "自治体", "企業", "教育", "医療", "高齢者",
    "光ファイバ", "IoT", "DX", "国際", "政策", "技術", "研究開発", "人材", "行政", "新型コロナウイルス感染症",
    "地方創生", "経済", "市場", "ネットワーク", "プラットフォーム", "コンテンツ",
)
#: Two or three broad words together (AND).
BROAD_PAIRS = (
    "情報通信 地域", "AI 活用", "テレワーク 導入", "5G 地域", "デジタル 人材 育成", "インターネット 利用 高齢者",
    "災害 通信 確保", "放送 コンテンツ 海外", "データ 活用 企業", "セキュリティ 対策 中小企業",
    "情報通信 OR インターネット", "テレワーク -新型コロナウイルス", "携帯電話 料金", "電波 利用",
)
#: Synonym triggers (each expands to a group; see search/data/synonyms.tsv).
SYNONYM_WORDS = ("リモートワーク", "ポケベル", "チャットボット", "在宅勤務", "ネット通販", "スマホ", "遠隔医療", "パソコン")
#: Long phrases typed the way people talk, without spaces.
NATURAL_PHRASES = (
    "地域の情報通信基盤の整備を推進する",
    "高齢者がインターネットを利用する割合が増えている",
    "テレワークを導入している企業の割合",
    "新型コロナウイルス感染症の拡大によりオンライン化が進んだ",
    "携帯電話の料金を引き下げるための取組",
    "災害時に通信を確保するための対策",
    "AIを活用した行政サービスの効率化",
    "子どもたちがインターネットを安全に使うための教育",
    "光ファイバの整備が遅れている地域",
    "5Gの普及に向けた電波の割当て",
    "サイバー攻撃から重要インフラを守る",
    "デジタル人材の育成と確保が課題となっている",
    "放送コンテンツの海外展開を推進する",
    "中小企業におけるクラウドサービスの利用状況",
    "自治体の行政手続のオンライン化",
    "スマートフォンの保有率が年々上昇している",
    "情報通信産業の市場規模の推移",
    "インターネット上の誹謗中傷への対策",
    "地方におけるデジタル技術の活用事例",
    "遠隔医療の普及に向けた課題",
    "ブロードバンドサービスの契約数の推移",
    "電子商取引の市場規模が拡大している",
)


def workload_texts(queries: list[relevance.Query]) -> list[tuple[str, str]]:
    """(kind, text): judged queries first, then the broad and long ones, no duplicates."""
    out: list[tuple[str, str]] = [(f"judged-{q.kind}", q.query) for q in queries]
    for kind, texts in (("broad", BROAD_WORDS), ("broad-several", BROAD_PAIRS), ("synonym", SYNONYM_WORDS),
                        ("natural-long", NATURAL_PHRASES)):
        out += [(kind, t) for t in texts]
    seen: set[str] = set()
    return [(k, t) for k, t in out if not (t in seen or seen.add(t))]


FILTER_SETS = ({"region": "東北"}, {"fiscal_year": 2020}, {"theme": "防災"}, {"region": "九州", "fiscal_year": 2018})
FILTERED_TEXTS = ("", "情報通信", "テレワーク 導入", "地域の情報通信基盤の整備を推進する")


def build(work: Path, n: int, log) -> dict:
    """The N-times collection, its ictsearch index and FTS5 database (reused when complete).

    ×1 is a real ``build_index --jobs 2`` of ``copy1/whitepaper``.  ×N (N > 1) is
    that index's documents added N times into one fresh Whoosh segment, each
    copy's stored path and doc id rewritten to ``copyK`` (see ``_replicate``):
    the same postings, lengths and statistics a build of N copies gives (the
    text is identical), in a minute instead of N times the build — on a 2-core
    machine shared with other work a real ×5 build ran for hours.
    """
    root = work.resolve() / f"scale{n}"
    marker = root / "built.json"
    from ictsearch.indexer.schema import FORMAT_VERSION

    info = json.loads(marker.read_text(encoding="utf-8")) if marker.is_file() else None
    # An index of another format is built again (after a FORMAT_VERSION bump this code refuses it).
    if info is not None and info.get("format") == FORMAT_VERSION:
        log(f"×{n}: reusing {root} (built {info.get('built')})")
        info["reused"] = True
        _ensure_facet_sets(root / "idx", log)
        return info
    if root.exists():
        shutil.rmtree(root)
    if n == 1:
        dst = root / "corpus" / "copy1" / "whitepaper"
        corpus.copy_documents(corpus.WHITEPAPER, dst)
        log("×1: build_index --jobs 2 over the White Paper (minutes)")
        b = throughput.run_build(root / "idx", [dst], 2, True, root)
        seconds, how = b["seconds"], "build_index --jobs 2"
    else:
        one = build(work, 1, log)
        log(f"×{n}: replicating the ×1 index {n} times")
        t0 = time.perf_counter()
        _replicate(Path(one["root"]) / "idx", root / "idx", n)
        seconds, how = time.perf_counter() - t0, "×1 index replicated (stored path/doc_id per copy)"
    log(f"×{n}: FTS5 database")
    docs = corpus.normalized_texts(list(corpus.sections()))
    fts_docs = [(f"copy{i}/{rel}", text) for i in range(1, n + 1) for rel, text in docs]
    f = FTS5(root / "fts5.db").build(fts_docs)
    info = {
        "n": n, "root": str(root), "documents": len(fts_docs), "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "format": FORMAT_VERSION,
        "ictsearch_build": how, "ictsearch_build_s": seconds, "ictsearch_index_bytes": corpus.dir_size(root / "idx"),
        "fts5_build_s": f["seconds"], "fts5_bytes": f["bytes"],
    }
    marker.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    info["reused"] = False
    return info


def _ensure_facet_sets(index_root: Path, log) -> None:
    """The facet sets an index run writes after each commit (search/facet_sets.py), which
    ``_replicate`` and indexes built before they existed lack, or hold in an older layout that a
    search ignores: it reads the postings then, which made the fresh process of a reused ×5
    collection 50 ms slower than a user's (2026-12-02)."""
    from whoosh import index as whoosh_index

    from ictsearch.search import facet_sets

    gen_dir = index_root / json.loads((index_root / "ictsearch.json").read_text(encoding="utf-8"))["generation"]
    with whoosh_index.open_dir(str(gen_dir)).reader() as reader:
        current = bool(facet_sets.load(reader, gen_dir))
    if not current:
        log(f"{index_root}: writing the facet sets")
        facet_sets.write(gen_dir)


class _CopyReader:
    """A Whoosh reader whose stored documents carry copy K's path and doc id.

    ``SegmentWriter.add_reader`` takes stored fields from ``iter_docs`` and
    everything else (postings, lengths, columns) from the reader as it is.
    The indexed path/doc_id terms stay those of copy 1: searching never reads
    them (only ``Index.get`` does).
    """

    def __init__(self, reader, k: int):
        self._reader = reader
        self._k = k

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def iter_docs(self):
        for docnum, stored in self._reader.iter_docs():
            stored = dict(stored)
            if "path" in stored:
                stored["path"] = stored["path"].replace("/copy1/", f"/copy{self._k}/", 1)
            if "doc_id" in stored:
                stored["doc_id"] = f"{stored['doc_id']}-{self._k}"
            yield docnum, stored


def _replicate(src: Path, dst: Path, n: int) -> None:
    """dst = the ictsearch index at src with every document N times (one Whoosh segment)."""
    from whoosh import index as whoosh_index

    meta = json.loads((src / "ictsearch.json").read_text(encoding="utf-8"))
    gen = meta["generation"]
    (dst / gen).mkdir(parents=True)
    for name in os.listdir(src):
        if (src / name).is_file() and name != "write.lock":
            shutil.copy2(src / name, dst / name)  # ictsearch.json, manifest (copy 1's)
    for name in os.listdir(src / gen):
        if name.endswith(".json"):
            shutil.copy2(src / gen / name, dst / gen / name)  # the update manifest (copy 1's)
    ix1 = whoosh_index.open_dir(str(src / gen))
    ixn = whoosh_index.create_in(str(dst / gen), ix1.schema)
    with ix1.reader() as reader:
        writer = ixn.writer()
        for k in range(1, n + 1):
            writer.add_reader(_CopyReader(reader, k))
        writer.commit(merge=False)
    _ensure_facet_sets(dst, lambda _: None)


def _stats(per_query: dict[str, list[float]]) -> dict:
    times = [t for ts in per_query.values() for t in ts]
    slow = sorted(per_query.items(), key=lambda kv: -statistics.median(kv[1]))[:5]
    return {
        "calls": len(times),
        "p50_ms": relevance.percentile(times, 50),
        "p95_ms": relevance.percentile(times, 95),
        "max_ms": max(times) if times else float("nan"),
        "slowest": [(q, statistics.median(ts)) for q, ts in slow],
    }


def measure(info: dict, queries: list[relevance.Query], passes: int, log) -> dict:
    """Warm latency of ictsearch (as the CLI runs it: search + JSON) and FTS5 on the same texts."""
    from ictsearch.search import open_index

    root = Path(info["root"])
    texts = workload_texts(queries)
    nq = corpus.query_normalizer()
    out: dict = {"texts": len(texts), "passes": passes, "kinds": {}}
    for k, _ in texts:
        out["kinds"][k.split("-")[0]] = out["kinds"].get(k.split("-")[0], 0) + 1

    ours: dict[str, list[float]] = {}
    filtered: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    with open_index(root / "idx") as idx:
        def one(q, f):
            res = idx.search(q, limit=10, **f)
            json.dumps(res.to_dict(), ensure_ascii=False)
            return res

        calls = [(t, {}) for _, t in texts] + [(t, f) for f in FILTER_SETS for t in FILTERED_TEXTS]
        for t, f in calls:  # untimed warm-up pass
            totals[t + (" " + json.dumps(f, ensure_ascii=False) if f else "")] = one(t, f).total
        for _ in range(passes):
            for t, f in calls:
                t0 = time.perf_counter()
                one(t, f)
                dt = (time.perf_counter() - t0) * 1000
                key = t + (" " + json.dumps(f, ensure_ascii=False) if f else "")
                (filtered if f else ours).setdefault(key, []).append(dt)
    out["ictsearch"] = _stats(ours)
    out["ictsearch_filtered"] = _stats(filtered)
    out["matches_of_slowest"] = {q: totals.get(q) for q, _ in out["ictsearch"]["slowest"]}

    engine = FTS5(root / "fts5.db")
    engine.open()
    fts: dict[str, list[float]] = {}
    try:
        for _, t in texts:
            engine.search(nq(t))
        for _ in range(passes):
            for _, t in texts:
                t0 = time.perf_counter()
                engine.search(nq(t))
                fts.setdefault(t, []).append((time.perf_counter() - t0) * 1000)
    finally:
        engine.close()
    out["fts5"] = _stats(fts)
    out["ratio_p50"] = out["ictsearch"]["p50_ms"] / out["fts5"]["p50_ms"]
    out["ratio_p95"] = out["ictsearch"]["p95_ms"] / out["fts5"]["p95_ms"]
    return out


#: The fresh process of issue 14's target (≤ 0.3 s beyond a bare interpreter), at ×1 and ×N.
COLD_QUERY = "テレワーク"
COLD_REPS = 7


def run(work: Path, n: int, queries, passes: int, log) -> dict:
    """×1 and ×N side by side: the growth of p95 is the point."""
    R: dict = {"n": n, "runs": {}}
    for m in sorted({1, n}):
        info = build(work, m, log)
        log(f"×{m}: warm latency, {passes} passes")
        R["runs"][m] = {"collection": info, **measure(info, queries, passes, log)}
        log(f"×{m}: fresh ictsearch search processes")
        R["runs"][m]["cold"] = latency.cold(Path(info["root"]) / "idx", COLD_QUERY, COLD_REPS)
    R["facet_counting"] = facet_counting(Path(R["runs"][n]["collection"]["root"]) / "idx",
                                         [t for _, t in workload_texts(queries)])
    if n != 1:
        R["p95_growth"] = R["runs"][n]["ictsearch"]["p95_ms"] / R["runs"][1]["ictsearch"]["p95_ms"]
        R["fts5_p95_growth"] = R["runs"][n]["fts5"]["p95_ms"] / R["runs"][1]["fts5"]["p95_ms"]
    return R


def report(S: dict, p=print) -> None:
    def f(x, nd=1):
        return "nan" if x is None or x != x else f"{x:,.{nd}f}"

    first = next(iter(S["runs"].values()))
    p(f"\n## Latency as the collection grows (White Paper × N, distinct paths)\n")
    p(f"{first['texts']} query texts ({', '.join(f'{k} {v}' for k, v in first['kinds'].items())}), "
      f"warm, {first['passes']} timed passes after one untimed; ictsearch: `Index.search(limit=10)` + JSON "
      f"(snippets, facets); FTS5 trigram: bm25 + snippet, same texts.\n")
    p("| collection | documents | ictsearch p50 / p95 / max ms | FTS5 p50 / p95 / max ms | ratio p50 | ratio p95 | ictsearch filtered p50 / p95 |")
    p("| --- | ---: | --- | --- | ---: | ---: | --- |")
    for m, r in S["runs"].items():
        o, F, fl = r["ictsearch"], r["fts5"], r["ictsearch_filtered"]
        p(f"| ×{m} | {r['collection']['documents']:,} | {f(o['p50_ms'])} / {f(o['p95_ms'])} / {f(o['max_ms'])} | "
          f"{f(F['p50_ms'])} / {f(F['p95_ms'])} / {f(F['max_ms'])} | {f(r['ratio_p50'], 2)}× | {f(r['ratio_p95'], 2)}× | "
          f"{f(fl['p50_ms'])} / {f(fl['p95_ms'])} |")
    if "p95_growth" in S:
        p(f"\np95 growth ×1 → ×{S['n']}: ictsearch {f(S['p95_growth'], 2)}×, FTS5 {f(S['fts5_p95_growth'], 2)}×. "
          f"Targets at ×{S['n']}: ratio p95 ≤ 2.5, ratio p50 ≤ 2, growth < 2.")
    colds = {m: r["cold"] for m, r in S["runs"].items() if "cold" in r}
    if colds:
        p(f"\nFresh process, `ictsearch search {COLD_QUERY} --json` beyond `python -c pass` (median of "
          f"{next(iter(colds.values())).get('reps')}, target ≤ 0.3 s): "
          + ", ".join(f"×{m} {f(c.get('open_search_s'), 3)} s" + ("" if c.get("ok", True) else " (failed)")
                      for m, c in colds.items()))
    fc = S.get("facet_counting")
    if fc:
        p(f"\nFacet counting at ×{S['n']} ({fc['match_sets']} match sets, mean {fc['mean_matches']:,.0f} documents, "
          f"{fc['facet_values']} facet values), ms per search, best of 3: "
          + ", ".join(f"{k} {v:.2f}" for k, v in fc["ms_per_search"].items())
          + "".join(f" ({note})" for note in fc.get("notes", [])))
    for m, r in S["runs"].items():
        p(f"\nSlowest at ×{m} (median ms; matches): ictsearch "
          + "; ".join(f"{q} {f(t)} ({r['matches_of_slowest'].get(q)})" for q, t in r["ictsearch"]["slowest"])
          + " — FTS5 " + "; ".join(f"{q} {f(t)}" for q, t in r["fts5"]["slowest"]))


def facet_counting(index_dir: Path, texts: list[str], reps: int = 3) -> dict:
    """Facet counting over real match sets: int bitsets (what FacetCache does) vs set intersection
    vs pyroaring vs numpy bincount (what it did until 2026-12-02), same run; a library that is not
    installed is left out with a note.

    Each method's time includes turning the match set into its representation, except the
    bitset a search already holds; the per-value structures are built once per searcher in
    every method (not timed).
    """
    from ictsearch.search import bitsets, open_index
    from ictsearch.search.evaluate import Arrays
    from ictsearch.search.facets import FACETS
    from ictsearch.search.query import compile_query, parse

    with open_index(index_dir) as idx:
        searcher, cache = idx._searcher()
        masks = []
        for t in texts:
            q = compile_query(parse(t)).query
            if q is not None:
                masks.append(Arrays.for_searcher(searcher).evaluate(q, scores=False).mask)
        sets = [frozenset(bitsets.docs_of(m)) for m in masks]
        bits = [b for f in FACETS for b in cache.values(f.name).values()]
        values = [frozenset(bitsets.docs_of(b)) for b in bits]
        set_of = {id(m): s for m, s in zip(masks, sets)}

        def by_ints(m):
            # FacetCache.top_counts: the search holds its matches as a bitset already.
            return [(b & m).bit_count() for b in bits]

        def by_sets(m):
            s = set_of[id(m)]
            return [len(d & s) for d in values]

        methods = {"int bitset": by_ints, "frozenset &": by_sets}
        notes = []
        try:
            from pyroaring import BitMap

            roars = [BitMap(d) for d in values]

            def by_roaring(m):
                r = BitMap(set_of[id(m)])
                return [x.intersection_cardinality(r) for x in roars]

            methods["pyroaring"] = by_roaring
        except ImportError:
            notes.append("pyroaring not installed")
        try:
            import numpy as np

            pairs = [(np.repeat(np.arange(len(vs)), [len(v) for v in vs]),
                      np.fromiter((d for v in vs for d in sorted(v)), dtype=np.int64))
                     for vs in ([frozenset(bitsets.docs_of(b)) for b in cache.values(f.name).values()]
                                for f in FACETS)]
            sizes = [len(cache.values(f.name)) for f in FACETS]

            def by_bincount(m):
                mask = np.zeros(cache.size, dtype=bool)
                mask[list(set_of[id(m)])] = True
                return [n for (codes, docs), size in zip(pairs, sizes)
                        for n in np.bincount(codes[mask[docs]], minlength=size).tolist()]

            methods["numpy bincount"] = by_bincount
        except ImportError:
            notes.append("numpy not installed")
        expected = [by_sets(m) for m in masks]
        out: dict = {"match_sets": len(sets), "mean_matches": statistics.mean(map(len, sets)) if sets else 0,
                     "facet_values": len(values), "ms_per_search": {}, "notes": notes}
        for name, fn in methods.items():
            assert [fn(m) for m in masks] == expected, name
            best = float("inf")
            for _ in range(reps):
                t0 = time.perf_counter()
                for m in masks:
                    fn(m)
                best = min(best, time.perf_counter() - t0)
            out["ms_per_search"][name] = best * 1000 / max(1, len(sets))
    return out
