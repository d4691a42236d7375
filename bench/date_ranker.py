"""A learned ranker for a document's own year and fiscal year, on top of the rules (issue 11).

    python bench/date_ranker.py            # 5-fold CV on real-dev: the ranker against the rules
    python bench/date_ranker.py --final    # the one chosen setting, trained on all of real-dev,
                                           # measured once on real-heldout and on docs-r/s/t held-out
    python bench/date_ranker.py --fill     # 5-fold CV of the product's guarded filler (fill_cv)
    python bench/date_ranker.py --write-weights   # the product's weights (indexer/metadata/data/date_ranker.json)

The features and the dot product are the product's (indexer/metadata/date_ranker.py); this script
adds the features of the rules' answer, trains (numpy, scipy) and measures.

Candidates: every date or year the text writes (eras.find_years: era, 西暦, 年度, 年版), the rules'
own answer when no mention carries it (a 白書 edition's year − 1, a day dated by its 年度), and
"no year".  Each candidate is described by general features (where it stands, what words stand
around it, what kind of date it is, whether it is the latest date of the page, whether it is the
rules' answer, …: `features`).  A conditional logit (softmax over a page's candidates, trained on
the likelihood that the pick carries the labelled value, L2) scores them; a value's score is its
best candidate's.  When the top value's probability is below a threshold, the rules' answer stands.
Year and fiscal year have a model each, of the same features.

Only real-dev was used to choose anything (folds: sha1(id) % 5).

FINDINGS (2026-12-02, rules of main b00de7d):

5-fold CV on real-dev (814), `--pure` (no feature from the rules' answer), C=1:
    year 94.5 %, fiscal year 90.7 %; rules 96.2 % / 94.8 % (but the rules were tuned on all of dev).
    On the 90 dev pages of docs-r/s/t, which the rules' tuners never had (`--pure --untuned`):
    model 93.3 % / 93.3 %, rules 92.2 % / 92.2 % (year / fiscal year).
With the rules' answer as a feature (no `--pure`) the model learns to copy the rules: on dev, where
they were tuned, they are almost always right, so CV says 96.2 % / 94.8 %, the rules' own figures.
That CV cannot tell how far to trust the rules on new pages, so the held-out run was of the
model alone and of the model with the rules' answer where its top value has p < 0.9.

The single held-out run (`--final`, run twice: the second run, deterministic, only added the
discordant counts):
    real-heldout (432):       fiscal year rules 88.7 %, model 89.6 %, model+rules 90.3 %
                              year        rules 90.7 %, model 92.4 %, model+rules 91.9 %
    docs-r/s/t held-out (60): fiscal year rules 91.7 %, model 90.0 %, model+rules 91.7 %
                              year        rules 91.7 %, model 93.3 %, model+rules 93.3 %
    real-heldout discordant pages (model right / rules right): year 22 / 15, fiscal year 26 / 22;
    both wrong 18 / 23.  Not significant (McNemar, p ≈ 0.3 and 0.7), but the two err on
    different pages.
After that run, on dev only (the held-out pages were not measured again): `--arrival` trains on the
rules' answers of the code each dev page was first measured with (ARRIVAL), which were as wrong
there as the rules are on new pages (89.9 % / 87.3 %).  CV, C=1: year 94.6 %, fiscal year 91.8 %
(model alone 94.5 % / 90.7 %); falling back to those rules at p < 0.9 lowers both (90.8 % / 89.4 %).
So the rules' answer, trusted as much as it deserves, adds about a point to the fiscal year only.
`--override` (2026-12-02, second session; rules of main bc1c461; model `--pure`, C=1, 5-fold CV on
real-dev): the ways a product could use the model beside the rules.  overT: the model's value
wherever its probability is at least T, also where the rules give none; swapT: only where the rules
give a value.  Year / fiscal year:
    all dev (883, the rules tuned on them):  rules 97.2 / 96.0, swap0.7 97.1 / 95.7, over0.7 96.5 / 94.7
    untuned dev (159, docs-r…v):             rules 93.7 / 91.2, swap0.7 93.7 / 93.1, over0.7 94.3 / 93.7
    arrival rules (883):                     rules 89.7 / 87.2, swap0.7 90.4 / 88.2, over0.7 93.9 / 91.5
    fills of a field the rules leave empty (p >= 0.7), right / wrong: all dev 2 / 8 and 2 / 11,
    untuned dev 1 / 0 and 1 / 0, arrival 34 / 3 and 33 / 5.
So the model's gain is in filling what the rules leave empty, on pages the rules have not met; where
the rules were tuned their empty fields are mostly right and its fills mostly wrong.  Tried in the
product (date model at over0.7 after derive_years) it broke 52 tests of tests/test_metadata_derive.py
(swap0.7: 9): on short texts whose one date is a target (「令和13年度末までの整備計画」 → 2031), a plan
span's end, a cited 閣議決定, a deadline (申込締切), a disaster's name (平成30年7月豪雨) or a re-stamp,
it is sure of that date (p 0.8-1.0), where the issue says never a target year, a span or a cited date.
Its features cannot tell what the rules' vetoes know, so it stayed out of the product.
Cost: candidates and both dot products take 1.3 ms a page (dev pages, about 700 characters).
The weights: bench/date_ranker_weights.json (61 for year, 66 for fiscal year), applied by `predict` in pure Python.

`--fill` (2026-12-04, branch fill32; rules of 8480c23; 1,966 dev pages; model `--pure`, C=1, 5-fold CV).
ARRIVAL now names the code every later batch arrived to (until then docs-u and later fell to 60cb439,
far older rules: arrival rules 88.0 % / 85.9 % then, year / fiscal year).  Unguarded (`--override`, the
fills of any empty field at p >= 0.7, today's rules): year 10 right / 19 wrong, fiscal year 18 / 32 (wrong
counts the pages readers leave undated).  The guarded filler fills only a page the rules leave undated
(neither field), from a mention dates.not_own does not refuse, on a text of 300 characters or more.
Fills right / wrong (another value) / of a page readers leave undated:
    today's rules (tuned on these pages)       year p>=0.8  5 / 3 / 0    fiscal year p>=0.95  2 / 0 / 0
    arrival rules (never tuned on the page)    year p>=0.8 30 / 3 / 1    fiscal year p>=0.95 14 / 0 / 0
    recent arrival (docs-at..bb, 103 / 90 empty) year p>=0.8  4 / 0 / 0  fiscal year p>=0.95  1 / 0 / 0
Fiscal year at 0.9 would date 6 (today's) and 5 (arrival) pages readers leave undated for 8 and 24
right: not taken.  Without not_own, year at 0.8: 6/4/5, 34/3/3, 4/0/0.  The length guard moves no
fill of the cross-validation (6 dev pages are shorter than 200 characters, 17 than 300) and keeps the
short notes of the tests out: tests of the rules' answers failing, veto alone 19, with "undated
pages only" 14, with the 300 characters 0.  In the product the pick costs 0.84 ms a page (1,966 dev
pages, 694 characters on average, pure Python), paid only by pages the rules leave undated.
Built (indexer/metadata/date_ranker.py, weights trained on all of real-dev).  Real-dev (in-sample
weights) fiscal year 94.6 → 94.7 %, year 95.7 → 96.0 % (fills 3 / 0 / 0 and 5 / 2 / 0); measured once on
real-heldout (957), the rules alone → with the filler: fiscal year 90.9 → 91.3 %, year 92.4 → 93.4 %,
places and themes unchanged.

`--fill` (2026-12-04, branch dates34; 2,002 dev pages; the product's guards: refusals, undated pages,
300 characters; fills right / wrong / of a page readers leave undated, today's rules | arrival rules |
recent arrivals).  Of the empty-value misses of dev half A (30 pages), the ranker left 13 to "no
year" or below FILL_MIN, not_own refused its pick or the page's only dates on 10 (a start, a span of
days, an as-of point), 3 name no date at all (readers date them by an event or a weekday) and 4 are
dated in part by the rules (a 年度 without a year: 33 such half-A pages are labelled without a year,
3 with).  Thresholds: the year at 0.7 would give 4/1/2, 34/2/3, 4/0/0 against 0.8's 3/1/0, 32/2/1,
4/0/0; the 年度 at 0.9 6/0/5, 26/0/5 against 0.95's 2/0/0, 13/0/0: kept.  A start already made
(dates.START_MADE, 「…を…から開始しました。」) no longer refused: year 4/1/0, 34/2/1, 4/0/0, 年度 of the
same day +1 and +2, no wrong fill more: kept.  Tried on top of it and not kept: an as-of point
(令和4年9月末現在、) as a candidate, year 4/1/1, 35/2/1 and 年度 2/0/1, 15/0/0 (two undated pages dated
on today's rules for one right year and two 年度 on the arrival rules); the first day of a span of days
(…から令和7年1月5日まで) as a candidate, no fill moved; a feature of the mention's sentence telling a
start made (s_started, weights refit in each fold), year 3/1/0, 33/2/1 and same-day 年度 −1, −1.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from metadata_accuracy import SHARED, derive_for, load_realdocs, read_text, resolve  # noqa: E402

from ictsearch.indexer.document import derive_title  # noqa: E402
from ictsearch.indexer.metadata.date_ranker import candidates as ranker_candidates  # noqa: E402
from ictsearch.indexer.metadata.date_ranker import predict_at, stacked  # noqa: E402

FIELDS = ("year", "fiscal_year")
FRESH = {"docs-r", "docs-s", "docs-t"}

def _src_kind(src: str | None) -> str:
    if not src:
        return "none"
    return src.split(":", 1)[0] if src.split(":", 1)[0] in ("title", "text", "path") else "other"


def page_of(label) -> dict:
    """What a page gives the ranker: its text, title, the rules' answers and their sources."""
    p = resolve(label.path, SHARED)
    text, title = read_text(p)
    title = derive_title(text, title, p)
    m = derive_for(label, SHARED)
    return {
        "id": Path(label.path).stem, "part": label.part, "batch": label.batch, "text": text, "title": title,
        "rule": {"year": m.year, "fiscal_year": m.fiscal_year},
        "src": {"year": m.sources.get("year"), "fiscal_year": m.sources.get("fiscal_year")},
        "gold": {"year": label.year, "fiscal_year": label.fiscal_year},
    }


def candidates(page: dict, field: str, pure: bool = False, refs: list | None = None) -> list[tuple[int | None, dict[str, float]]]:
    """(value, features) of every candidate of one field on one page (the product's, date_ranker.candidates),
    with features of the rules' answer unless pure.  refs: as there (None for the rules' answer)."""
    rule, src = page["rule"][field], page["src"][field]
    other = page["rule"]["fiscal_year" if field == "year" else "year"]
    sk = _src_kind(src)

    def common(v) -> dict[str, float]:
        if pure:
            return {}
        f = {"eq_rule": float(v == rule), "eq_rule_other": float(v is not None and v == other)}
        if v == rule:
            f[f"eq_rule_{sk}"] = 1.0
            if src and "白書" in src:
                f["eq_rule_edition"] = 1.0
            if src and "of the date" in src:
                f["eq_rule_of_date"] = 1.0
        return f

    out = ranker_candidates(page["text"], page["title"] or "", field, refs, common)
    if rule is not None and rule not in {v for v, _ in out} and not pure:
        out.append((rule, {"rule_only": 1.0, **common(rule)}))
        if refs is not None:
            refs.append(None)
    return out
# ---- the model: a conditional logit, trained with numpy/scipy (the product only needs the dot product)

def _matrix(groups, names):
    import numpy as np

    rows, gid, pos = [], [], []
    for g, (cands, gold) in enumerate(groups):
        for v, f in cands:
            rows.append([f.get(n, 0.0) for n in names])
            gid.append(g)
            pos.append(v == gold)
    return np.array(rows), np.array(gid), np.array(pos, dtype=float)


def train(groups, c: float, names: list[str]):
    """Weights maximising sum over pages of log P(a candidate of the labelled value), minus |w|²/2C."""
    import numpy as np
    from scipy.optimize import minimize

    groups = [(cs, g) for cs, g in groups if any(v == g for v, _ in cs)]  # unreachable pages teach nothing
    X, gid, pos = _matrix(groups, names)
    n = len(groups)

    def loss(w):
        s = X @ w
        mx = np.full(n, -np.inf)
        np.maximum.at(mx, gid, s)
        e = np.exp(s - mx[gid])
        z = np.bincount(gid, e, n)
        zp = np.bincount(gid, e * pos, n)
        nll = -(np.log(zp) - np.log(z)).sum() + (w @ w) / (2 * c)
        grad = X.T @ (e / z[gid] - e * pos / zp[gid]) + w / c
        return nll, grad

    r = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B")
    return dict(zip(names, r.x))


def predict(cands, w: dict[str, float]) -> tuple[int | None, float]:
    """The best value and its probability (the product's predict_at, without the candidate)."""
    v, p, _ = predict_at(cands, w)
    return v, p


def decide(page, field, cands, w, threshold: float):
    v, p = predict(cands, w)
    return v if p >= threshold else page["rule"][field]


def fold_of(pid: str, k: int = 5) -> int:
    return int(hashlib.sha1(pid.encode()).hexdigest(), 16) % k


def load(parts: set[str], cache: Path) -> list[dict]:
    """The pages with the rules' answers: the rules alone, without the product's filler (which is
    what this script measures)."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from ictsearch.indexer.metadata import date_ranker

    filler = date_ranker.fill
    date_ranker.fill = lambda text, title, fy, year, src: (fy, year)
    try:
        pages = [page_of(l) for l in load_realdocs() if l.part in parts]
    finally:
        date_ranker.fill = filler
    cache.write_bytes(pickle.dumps(pages))
    return pages


#: The code each dev page was first measured with, before anyone tuned on it (bench/realdocs/README.md,
#: "Figures before any tuning"): its rules' answer there is as good as the rules are on new pages.
ARRIVAL = {"422de7b": "r001-r165", "60cb439": "r200-r749", "1f27bdc": "docs-g docs-h docs-i",
           "b354eb9": "docs-j docs-k docs-l docs-m docs-n docs-o", "da8c094": "docs-p docs-q",
           "3e54eb3": "docs-r docs-s docs-t",
           # The later batches, each on the code it was scored on before any tuning (the table of
           # bench/realdocs/README.md; docs-an/ao: main at that session's start).  Until 2026-12-04
           # they fell to 60cb439, rules far older than those they arrived to.
           "f0a85b2": "docs-u docs-v", "bc1c461": "docs-w docs-x docs-y docs-z docs-aa",
           "3e98984": "docs-ab docs-ac", "431e50e": "docs-ad docs-ae", "fd0d6f0": "docs-af docs-ag",
           "43c6b40": "docs-ah docs-ai", "69b23f2": "docs-aj docs-ak", "0efea9a": "docs-al docs-am",
           "c3b6b27": "docs-an docs-ao", "050f4a9": "docs-ap docs-aq", "07fe906": "docs-ar docs-as",
           "887e5fe": "docs-at docs-au", "8444bec": "docs-av docs-aw", "9f0d4b9": "docs-ax docs-ay",
           "38b8420": "docs-az docs-ba", "ed7678b": "docs-bb", "8480c23": "docs-bc docs-bd",
           "ad46766": "docs-be", "66bcacb": "docs-bf", "d112ae5": "docs-bg", "57b85a3": "docs-bh docs-bi",
           "78b66f8": "docs-bj docs-bk", "ec1bfaa": "docs-bl docs-bm docs-bn",
           "3478530": "docs-bo docs-bp docs-bq docs-br"}
#: The batches that arrived to rules close to today's (the thirteenth session on): their arrival
#: rules' empty fields are the nearest dev has to the empty fields of today's rules on new pages.
RECENT = {"docs-at", "docs-au", "docs-av", "docs-aw", "docs-ax", "docs-ay", "docs-az", "docs-ba", "docs-bb", "docs-bc",
          "docs-bd", "docs-be", "docs-bf", "docs-bg", "docs-bh", "docs-bi", "docs-bj",
          "docs-bk", "docs-bl", "docs-bm", "docs-bn", "docs-bo", "docs-bp", "docs-bq", "docs-br"}
_OLD_DERIVE = """import pickle, sys
from pathlib import Path
from ictsearch.indexer.metadata import derive_metadata
out = {}
for p in pickle.loads(Path(sys.argv[1]).read_bytes()):
    m = derive_metadata(p["text"], title=p["title"], path=Path("page.txt"), terms=[], root=None)
    out[p["id"]] = ({"year": m.year, "fiscal_year": m.fiscal_year},
                    {"year": m.sources.get("year"), "fiscal_year": m.sources.get("fiscal_year")})
Path(sys.argv[2]).write_bytes(pickle.dumps(out))
"""


def arrival_commit(p: dict) -> str:
    for c, what in ARRIVAL.items():
        if p["batch"] and p["batch"] in what.split():
            return c
    return "422de7b" if not p["batch"] and int(p["id"][1:]) <= 165 else "60cb439"


def with_arrival_rules(pages: list[dict], work: Path = Path("/tmp/rank-dates-arrival")) -> list[dict]:
    """The pages with the rules' answers of the code each was first measured with (git archive of
    that commit, run in a subprocess: the old code imports as ictsearch too)."""
    import subprocess

    work.mkdir(exist_ok=True)
    (work / "derive_old.py").write_text(_OLD_DERIVE, "utf-8")
    old: dict = {}
    for c in ARRIVAL:
        group = [{k: p[k] for k in ("id", "text", "title")} for p in pages if arrival_commit(p) == c]
        # The pages' ids name the answers kept, so a page added later is derived, not looked up in vain.
        ids = hashlib.sha1(" ".join(sorted(p["id"] for p in group)).encode()).hexdigest()[:12]
        out = work / f"out-{c}-{ids}.pkl"
        if not out.exists():
            tree = work / c / "ictsearch"
            if not tree.exists():
                tree.mkdir(parents=True)
                subprocess.run(f"git -C {ROOT} archive {c} | tar -x -C {tree}", shell=True, check=True)
            (work / f"in-{c}.pkl").write_bytes(pickle.dumps(group))
            # 422de7b still imported its own modules as top-level packages (indexer.errors).
            # (The running interpreter's packages go along: sudachipy, whoosh … may come from PYTHONPATH.)
            site = ":".join(d for d in sys.path if "site-packages" in d)
            env = {"PYTHONPATH": f"{tree.parent}:{tree}:{site}", "PATH": "/usr/bin:/bin"}
            subprocess.run([sys.executable, str(work / "derive_old.py"), str(work / f"in-{c}.pkl"), str(out)],
                           check=True, env=env, cwd=work)
        old.update(pickle.loads(out.read_bytes()))
    return [{**p, "rule": old[p["id"]][0], "src": old[p["id"]][1]} for p in pages]


def names_of(pages, pure=False) -> list[str]:
    names: set[str] = set()
    for p in pages:
        for field in FIELDS:
            for _, f in candidates(p, field, pure):
                names.update(f)
    return sorted(names)


STACK = ("year_pick", "fy_of_year_pick", "year_pick_none")


def prepare(pages, pure=False, drop=()):
    names = [n for n in names_of(pages, pure) + list(STACK) if not any(n.startswith(d) for d in drop)]
    cands = {(p["id"], f): [(v, {a: b for a, b in fe.items() if a in names}) for v, fe in candidates(p, f, pure)]
             for p in pages for f in FIELDS}
    return names, cands


def fit(pages, cands, names, c_year, c_fy, stack=True):
    """(year weights, fiscal-year weights): the fiscal-year model sees the year model's pick."""
    w_year = train([(cands[(p["id"], "year")], p["gold"]["year"]) for p in pages], c_year, names)
    w_fy = train([(fy_cands(p, cands, w_year, stack), p["gold"]["fiscal_year"]) for p in pages], c_fy, names)
    return w_year, w_fy


def fy_cands(p, cands, w_year, stack=True):
    yc = cands[(p["id"], "year")]
    if not stack:
        return cands[(p["id"], "fiscal_year")]
    return stacked(cands[(p["id"], "fiscal_year")], yc, w_year, sum(1 for _, f in yc if f.get("mention")))


def cv(pages, cs=(0.3, 1.0, 3.0, 10.0), thresholds=(0.0, 0.5, 0.7, 0.9), k=5, drop=(), pure=False, c_year=1.0, stack=True,
       scored=lambda p: True):
    """Accuracy per fold of the rules and of the ranker (each C and fallback threshold); every dev
    page trains the other folds' models, only the pages `scored` accepts are counted."""
    names, cands = prepare(pages, pure, drop)
    for field in FIELDS:
        reach = sum(any(v == p["gold"][field] for v, _ in cands[(p["id"], field)]) for p in pages)
        print(f"[{field}] a candidate carries the label on {reach} of {len(pages)} pages")
    n = [0] * k
    rule_ok = {f: [0] * k for f in FIELDS}
    ok = {f: {(c, t): [0] * k for c in cs for t in thresholds} for f in FIELDS}
    for fo in range(k):
        tr = [p for p in pages if fold_of(p["id"]) != fo]
        te = [p for p in pages if fold_of(p["id"]) == fo and scored(p)]
        for p in te:
            n[fo] += 1
            for f in FIELDS:
                rule_ok[f][fo] += p["rule"][f] == p["gold"][f]
        for c in cs:
            w_year, w_fy = fit(tr, cands, names, c, c, stack)
            w_year_fixed = train([(cands[(p["id"], "year")], p["gold"]["year"]) for p in tr], c_year, names) if stack else None
            w_fy = train([(fy_cands(p, cands, w_year_fixed, stack), p["gold"]["fiscal_year"]) for p in tr], c, names)
            for p in te:
                for t in thresholds:
                    ok["year"][(c, t)][fo] += decide(p, "year", cands[(p["id"], "year")], w_year, t) == p["gold"]["year"]
                    ok["fiscal_year"][(c, t)][fo] += decide(p, "fiscal_year", fy_cands(p, cands, w_year_fixed, stack), w_fy, t) == p["gold"]["fiscal_year"]
    return {f: (n, rule_ok[f], ok[f]) for f in FIELDS}


def show(rows) -> None:
    for field, (n, rule_ok, ok) in rows.items():
        tot = sum(n)
        print(f"[{field}] rules {sum(rule_ok) / tot:.1%}  per fold " + " ".join(f"{a / b:.1%}" for a, b in zip(rule_ok, n)))
        for (c, t), v in ok.items():
            print(f"  C={c:<5} t={t:<4} {sum(v) / tot:.1%}  per fold " + " ".join(f"{a / b:.1%}" for a, b in zip(v, n)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--dry", action="store_true", help="--final's code on real-dev itself (in-sample): a check that it runs")
    ap.add_argument("--untuned", action="store_true",
                    help="count only the dev pages of docs-r/s/t, which the rules' tuners never had (90)")
    ap.add_argument("--arrival", action="store_true",
                    help="the rules' answer (features, fallback, the rules' row) from the code each page was first measured with")
    ap.add_argument("--pure", action="store_true", help="no feature or candidate from the rules' answer")
    ap.add_argument("--no-stack", action="store_true", help="the fiscal-year model without the year model's pick")
    ap.add_argument("--drop", default="", help="feature name prefixes to leave out, comma-separated")
    ap.add_argument("--override", action="store_true",
                    help="5-fold CV on real-dev of ways a product could use the model beside the rules: on all "
                         "dev, on the dev pages the rules were never tuned on, and against each page's arrival rules")
    ap.add_argument("--fill", action="store_true",
                    help="5-fold CV on real-dev of a guarded filler of the fields the rules leave empty (fill_cv)")
    ap.add_argument("--write-weights", action="store_true",
                    help="train the model (pure, C=FINAL_C) on all of real-dev and write the product's weights")
    args = ap.parse_args()
    # The rules' answers are cached per state of indexer/metadata/ (a helper may be changing them).
    import subprocess

    state = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", "indexer/metadata"],
                           capture_output=True, text=True).stdout.strip() or "unknown"
    dev = load({"real-dev"}, Path(f"/tmp/rank-dates-dev-{state}.pkl"))
    if args.override:
        override_cv(dev)
        return
    if args.fill:
        fill_cv(dev)
        return
    if args.write_weights:
        write_weights(dev)
        return
    if not args.final:
        scored = (lambda p: p["batch"] in FRESH) if args.untuned else (lambda p: True)
        if args.arrival:
            dev = with_arrival_rules(dev)
        show(cv(dev, drop=[d for d in args.drop.split(",") if d], pure=args.pure, stack=not args.no_stack, scored=scored))
        return
    final(dev, "real-dev" if args.dry else "real-heldout")


#: The one setting, chosen by the CV on real-dev (C=1 for both fields; fiscal year stacked on the
#: year model).  Two ways of using it were fixed before the single held-out run: the model alone,
#: and the model with the rules' answer standing when its probability is below FALLBACK (0.9:
#: the best threshold on dev, where the rules were tuned and so look better than they are).
FINAL_C = 1.0
FALLBACK = 0.9
WEIGHTS = ROOT / "bench" / "date_ranker_weights.json"


#: Dev pages of the batches gathered after the last tuning of the date rules: the rules' answer on
#: them is as good as on new pages (docs-r/s/t while the rules were tuned on the others, docs-u/v after).
UNTUNED = {"docs-r", "docs-s", "docs-t", "docs-u", "docs-v"}


def override_cv(dev, ts=(0.5, 0.7, 0.8, 0.9)) -> None:
    """Accuracy of the rules; of the model's value replacing the rules' where its probability is at
    least T, also where the rules leave the field empty (overT); and only where they give one (swapT).
    Then how often the model's fill of an empty field (p >= 0.7) is right."""
    arrival = {p["id"]: p for p in with_arrival_rules(dev)}
    names, cands = prepare(dev, pure=True)
    ways = {"rules": lambda r, v, p: r}
    for t in ts:
        ways[f"swap{t}"] = lambda r, v, p, t=t: v if r is not None and v is not None and p >= t else r
        ways[f"over{t}"] = lambda r, v, p, t=t: v if v is not None and p >= t else r
    sets = {"all dev": lambda p: p, "untuned dev": lambda p: p if p["batch"] in UNTUNED else None,
            "arrival rules": lambda p: arrival[p["id"]]}
    ok = {s: {f: dict.fromkeys(ways, 0) for f in FIELDS} for s in sets}
    fills = {s: {f: [0, 0] for f in FIELDS} for s in sets}
    n = dict.fromkeys(sets, 0)
    for fo in range(5):
        tr = [p for p in dev if fold_of(p["id"]) != fo]
        w_year, w_fy = fit(tr, cands, names, FINAL_C, FINAL_C)
        for p in dev:
            if fold_of(p["id"]) != fo:
                continue
            picks = {"year": predict(cands[(p["id"], "year")], w_year),
                     "fiscal_year": predict(fy_cands(p, cands, w_year), w_fy)}
            for s, view in sets.items():
                if (q := view(p)) is None:
                    continue
                n[s] += 1
                for f, (v, pr) in picks.items():
                    for way, pick in ways.items():
                        ok[s][f][way] += pick(q["rule"][f], v, pr) == q["gold"][f]
                    if q["rule"][f] is None and v is not None and pr >= 0.7:
                        fills[s][f][v != q["gold"][f]] += 1
    for s in sets:
        print(f"{s} ({n[s]} pages)")
        for way in ways:
            print(f"   {way:8} " + "  ".join(f"{f} {ok[s][f][way] / n[s]:.1%}" for f in FIELDS))
        print("   fills of an empty field at p >= 0.7, right / wrong: "
              + "  ".join(f"{f} {a} / {b}" for f, (a, b) in fills[s].items()))


#: What the guarded filler may vary: the model's probability, the text's length in characters.
FILL_T = (0.7, 0.8, 0.9, 0.95)
FILL_LEN = (0, 300, 400)


def fill_cv(dev) -> None:
    """5-fold CV on real-dev of a filler: the model's value only where the rules leave a field empty,
    from a mention dates.not_own does not refuse (veto), at probability >= T on a text of L
    characters or more.  Counted per set of rules (today's on all dev, each page's arrival rules,
    the arrival rules of the batches that arrived to rules close to today's): fills right, wrong
    (another value), wrong (the label is empty), and the net change of exact matches."""
    from ictsearch.indexer.metadata.dates import not_own

    arrival = {p["id"]: p for p in with_arrival_rules(dev)}
    names, cands = prepare(dev, pure=True)
    refs = {}
    for p in dev:
        for f in FIELDS:
            r: list = []
            candidates(p, f, True, r)
            refs[(p["id"], f)] = r
    sets = {"all dev (today's rules)": lambda p: p,
            "arrival rules": lambda p: arrival[p["id"]],
            "recent arrival (docs-at..bb)": lambda p: arrival[p["id"]] if p["batch"] in RECENT else None}
    # both: only on a page the rules leave undated (neither field), as against any empty field
    grid = [(veto, both, ln, t) for veto in (False, True) for both in (False, True) for ln in FILL_LEN for t in FILL_T]
    tally = {s: {f: {g: [0, 0, 0] for g in grid} for f in FIELDS} for s in sets}
    empties = {s: {f: [0, 0] for f in FIELDS} for s in sets}
    reasons: dict[str, int] = {}
    for fo in range(5):
        tr = [p for p in dev if fold_of(p["id"]) != fo]
        w_year, w_fy = fit(tr, cands, names, FINAL_C, FINAL_C)
        for p in dev:
            if fold_of(p["id"]) != fo:
                continue
            picks = {"year": predict_at(cands[(p["id"], "year")], w_year),
                     "fiscal_year": predict_at(fy_cands(p, cands, w_year), w_fy)}
            for f, (v, pr, i) in picks.items():
                y = refs[(p["id"], f)][i]
                why = not_own(p["text"], y) if y is not None else None
                if why:
                    reasons[why] = reasons.get(why, 0) + 1
                for s, view in sets.items():
                    if (q := view(p)) is None or q["rule"][f] is not None:
                        continue
                    empties[s][f][q["gold"][f] is None] += 1
                    if v is None:
                        continue
                    undated = q["rule"]["year"] is None and q["rule"]["fiscal_year"] is None
                    for g in grid:
                        veto, both, ln, t = g
                        if pr >= t and len(p["text"]) >= ln and not (veto and why) and (undated or not both):
                            gold = q["gold"][f]
                            tally[s][f][g][0 if v == gold else 1 if gold is not None else 2] += 1
    print("picks refused by dates.not_own:", reasons)
    for s in sets:
        print(f"\n{s}: empty fields (label has a value / label empty): "
              + "  ".join(f"{f} {a} / {b}" for f, (a, b) in empties[s].items()))
        print(f"  {'veto':5} {'both':5} {'len':>4} {'T':>5} | " + " | ".join(f"{f:>27}" for f in FIELDS))
        print(f"  {'':5} {'':5} {'':>4} {'':>5} | " + " | ".join(f"{'right wrong emptyL  net':>27}" for f in FIELDS))
        for g in grid:
            cells = []
            for f in FIELDS:
                a, b, c = tally[s][f][g]
                cells.append(f"{a:>8} {b:>5} {c:>6} {a - c:>+4}")
            print(f"  {str(g[0]):5} {str(g[1]):5} {g[2]:>4} {g[3]:>5} | " + " | ".join(cells))
    same_date_cv(dev, arrival, cands, names, refs)


def same_date_cv(dev, arrival, cands, names, refs) -> None:
    """The product's second way to a 年度 (date_ranker._same_date): the year filled (FILL_MIN, the
    guards) from a dated mention and the 年度 model's pick, below its threshold, that mention's 年度.
    Its fills beyond those at FILL_MIN, right / wrong / of a page the label leaves undated."""
    from ictsearch.indexer.metadata.date_ranker import FILL_MIN, MIN_CHARS
    from ictsearch.indexer.metadata.dates import not_own

    views = {"all dev (today's rules)": lambda p: p, "arrival rules": lambda p: arrival[p["id"]],
             "recent arrival": lambda p: arrival[p["id"]] if p["batch"] in RECENT else None}
    tally = {s: [0, 0, 0] for s in views}
    for fo in range(5):
        w_year, w_fy = fit([p for p in dev if fold_of(p["id"]) != fo], cands, names, FINAL_C, FINAL_C)
        for p in dev:
            if fold_of(p["id"]) != fo or len(p["text"]) < MIN_CHARS:
                continue
            vy, py, iy = predict_at(cands[(p["id"], "year")], w_year)
            vf, pf, i_f = predict_at(fy_cands(p, cands, w_year), w_fy)
            yy, yf = refs[(p["id"], "year")][iy], refs[(p["id"], "fiscal_year")][i_f]
            if (vy is None or yy is None or py < FILL_MIN["year"] or not_own(p["text"], yy)
                    or vf is None or yf is None or not_own(p["text"], yf) or pf >= FILL_MIN["fiscal_year"]
                    or yy.month is None or vf != yy.fiscal_year):
                continue
            for s, view in views.items():
                q = view(p)
                if q is None or q["rule"]["year"] is not None or q["rule"]["fiscal_year"] is not None:
                    continue
                gold = q["gold"]["fiscal_year"]
                tally[s][0 if vf == gold else 1 if gold is not None else 2] += 1
    print("\n年度 from the filled year's own date (date_ranker._same_date), beyond FILL_MIN: right / wrong / emptyL")
    for s, (a, b, c) in tally.items():
        print(f"  {s:28} {a:>4} {b:>4} {c:>4}")


def write_weights(dev) -> None:
    """The product's weights (indexer/metadata/data/date_ranker.json): the model fill_cv measured,
    trained on every real-dev page."""
    import json

    from ictsearch.indexer.metadata.date_ranker import WEIGHTS as PRODUCT_WEIGHTS

    names, cands = prepare(dev, pure=True)
    w_year, w_fy = fit(dev, cands, names, FINAL_C, FINAL_C)
    table = {f: {k: round(float(v), 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4}
             for f, w in (("year", w_year), ("fiscal_year", w_fy))}
    PRODUCT_WEIGHTS.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {PRODUCT_WEIGHTS} ({len(table['year'])} year, {len(table['fiscal_year'])} fiscal-year weights)")


def final(dev, part: str = "real-heldout") -> None:
    import json

    names, cands = prepare(dev, pure=True)
    w_year, w_fy = fit(dev, cands, names, FINAL_C, FINAL_C)
    table = {f: {k: round(float(v), 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4}
             for f, w in (("year", w_year), ("fiscal_year", w_fy))}
    WEIGHTS.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
    held = [l for l in load_realdocs() if l.part == part]
    pages = [page_of(l) for l in held]
    _, hc = prepare(pages, pure=True)
    hc = {k: [(v, {a: b for a, b in f.items() if a in names}) for v, f in c] for k, c in hc.items()}
    sets = {part: pages, "docs-r/s/t held-out": [p for p in pages if p["batch"] in FRESH]}
    print(f"{'pages':22} {'n':>3} | {'fy rules':>8} {'model':>6} {'m+rules':>7} | {'yr rules':>8} {'model':>6} {'m+rules':>7}")
    for name, ps in sets.items():
        row = []
        split: dict[str, dict] = {"fiscal_year": {}, "year": {}}
        for field in ("fiscal_year", "year"):
            w = w_fy if field == "fiscal_year" else w_year
            rule = model = mixed = 0
            for p in ps:
                c = fy_cands(p, hc, w_year) if field == "fiscal_year" else hc[(p["id"], "year")]
                gold = p["gold"][field]
                r_ok, m_ok = p["rule"][field] == gold, decide(p, field, c, w, 0.0) == gold
                rule += r_ok
                model += m_ok
                mixed += decide(p, field, c, w, FALLBACK) == gold
                # counts only (McNemar's discordant pairs), never the pages themselves
                split[field][(r_ok, m_ok)] = split[field].get((r_ok, m_ok), 0) + 1
            row += [rule / len(ps), model / len(ps), mixed / len(ps)]
        print(f"{name:22} {len(ps):>3} | " + " ".join(f"{x:>8.1%}" if i % 3 == 0 else f"{x:>6.1%}" if i % 3 == 1 else f"{x:>7.1%}" for i, x in enumerate(row)))
        for field, d in split.items():
            print(f"    {field}: model right where the rules are wrong {d.get((False, True), 0)}, "
                  f"the reverse {d.get((True, False), 0)}, both wrong {d.get((False, False), 0)}")


if __name__ == "__main__":
    main()


def errors(pages, field, c=3.0, k=5, pure=True):
    """Dev pages the CV model gets wrong (for reading dev only)."""
    names = names_of(pages, pure)
    cands = {p["id"]: candidates(p, field, pure) for p in pages}
    for fo in range(k):
        tr = [p for p in pages if fold_of(p["id"]) != fo]
        w = train([(cands[p["id"]], p["gold"][field]) for p in tr], c, names)
        for p in pages:
            if fold_of(p["id"]) != fo:
                continue
            v, pr = predict(cands[p["id"]], w)
            if v != p["gold"][field]:
                top = sorted(((sum(w.get(a, 0) * b for a, b in f.items()), v2, f) for v2, f in cands[p["id"]]), key=lambda x: -x[0])[:3]
                print(p["id"], "gold", p["gold"][field], "got", v, f"{pr:.2f}", "rule", p["rule"][field], "|", (p["title"] or "")[:40])
                print("    ", [(round(s, 1), v2) for s, v2, _ in top])
