"""A learned ranker of a document's date mentions that fills a year or 年度 the rules leave empty.

The rules of dates.py date a page from where documents put their own date and leave the field
empty otherwise; readers date many such pages from the body (an event's day, a report's 年度).  A
conditional logit over the page's mentions (candidates: where each stands, what words stand around
it, what kind of date it is; weights in data/date_ranker.json, trained on the 2,002 real-dev pages of
bench/realdocs by `python bench/date_ranker.py --write-weights`) picks the likeliest, or "no year".
fill() takes its pick only where the rules give nothing, only from a mention dates.not_own does not
refuse (a target, a span, a start, a deadline, another text's or a disaster's date, a table row's
value) and only at the probability FILL_MIN gives.  Pure Python: the weights are a dot product.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from . import DATA_DIR
from .dates import head_text, not_own, unwrapped_lines, white_paper_edition
from .eras import YearMention, find_years, fold
from .lines import is_breadcrumb, is_furniture, text_lines

FIELDS = ("year", "fiscal_year")
#: The model's probability at which its pick fills an empty field.  Chosen by 5-fold cross-validation
#: on the 1,966 real-dev pages (`python bench/date_ranker.py --fill`, 2026-12-04), with the other
#: guards of fill(), counting fills right / wrong / of a page its readers leave undated on three
#: views of the rules' empty fields: today's rules (tuned on those pages), the rules each page
#: arrived to (never tuned on it), and the arrival rules of the batches since docs-at (nearest
#: today's rules on new pages).  Year at 0.8: 5/3/0, 30/3/1, 4/0/0 (at 0.7: 5/4/2, 31/4/3, 4/0/0;
#: at 0.9: 1/1/0, 17/1/1, 2/0/0).  年度 at 0.95: 2/0/0, 14/0/0, 1/0/0 (at 0.9: 8/0/6, 24/0/5,
#: 2/0/0: readers' undated pages dated about as often as a missing 年度 is found).  Without
#: not_own, year at 0.8: 6/4/5, 34/3/3, 4/0/0.  Re-run on the rules after dates32 (1,983 pages; the
#: CV fits its own weights in each fold): year at 0.8 3/1/0, 32/2/1, 4/0/0; 年度 at 0.95 2/0/0, 13/0/0,
#: 1/0/0.
FILL_MIN = {"year": 0.8, "fiscal_year": 0.95}
#: A text shorter than this is left as the rules leave it: the model learned on pages of 300 to
#: 2,000 characters (17 of the 1,966 real-dev pages are shorter), and on a note of two lines whose
#: one date has no rival it is sure of whatever that date is.
MIN_CHARS = 300
WEIGHTS = DATA_DIR / "date_ranker.json"

# Words that stand before a date and say what it is (within BEFORE characters of it, on its line).
BEFORE = 12
AFTER = 8
_BEFORE = {
    "b_pub": re.compile(r"掲載|公表|発表|公開|発行|発刊|作成|報道|登録"),
    "b_upd": re.compile(r"更新"),
    "b_event": re.compile(r"開催|日時|日程|期間|会期|実施日|日　時|と　き|とき"),
    "b_law": re.compile(r"閣議|決定|施行|改正|制定|公布|法律|告示|条例"),
    "b_bracket": re.compile(r"[(（\[［【]\s*$"),
    "b_from": re.compile(r"(?:から|より|~|〜|～|－|-)\s*$"),
}
_AFTER = {
    "a_span": re.compile(r"^\s*(?:まで|以降|以後|から|より|~|〜|～|－|-|–|ー)"),
    "a_target": re.compile(r"^\s*(?:末|中|頃|ごろ|に向け|を目[指途]|目標|までに|を目処|を目途)"),
    "a_now": re.compile(r"^\s*(?:現在|時点)"),
    "a_event": re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:に?開催|に?実施|より開催|、)"),
    "a_wa": re.compile(r"^\s*(?:は|には|では|において|における)"),
    "a_ga": re.compile(r"^\s*が"),
    "a_no": re.compile(r"^\s*の"),
    "a_upd": re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:更新|掲載|公開|発表|付|作成)"),
    "a_bracket_close": re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*[)）\]］】]"),
    "a_newyear": re.compile(r"^\s*(?:年頭|新年|の年頭|の新年)"),
    "a_session": re.compile(r"^\s*(?:第\d+回)?\s*(?:定例会|臨時会|議会)"),
    "a_eol": re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*$"),
}
#: A line this short without 。 is a heading or a date line, not a sentence; the first HEAD lines are the head.
SHORT_LINE = 30
HEAD = 12


@lru_cache(maxsize=2)
def _reading(text: str, title: str) -> tuple:
    """What both fields' candidates read of a page (its lines, where they start, its date mentions, a
    白書's edition in its title or head): once a page, not once a field."""
    lines = text_lines(text)
    edition = white_paper_edition(Path("page.txt"), head_text(unwrapped_lines(text, lines)), title)
    return lines, [s for s, _, _ in lines], find_years(text), edition


def candidates(text: str, title: str, field: str, refs: list | None = None,
               extra=lambda v: {}) -> list[tuple[int | None, dict[str, float]]]:
    """(value, features) of every candidate of one field: "no year", each mention, a 白書's edition,
    for the 年度 a bare year's previous one.  refs, when given, receives each candidate's mention (None
    for "no year" and the edition), in the same order; extra(value) adds features (the bench's
    features of the rules' answer)."""
    title = (title or "").strip()
    lines, starts, ms, edition = _reading(text, title)
    full = [(y.year, y.month, y.day) for y in ms if y.day is not None and y.kind == "calendar"]
    latest, earliest = (max(full), min(full)) if full else (None, None)
    upd = [(y.year, y.month, y.day or 0) for y in ms if y.month is not None and y.kind == "calendar"
           and "更新" in text[max(0, y.start - BEFORE):y.start]]
    latest_upd = max(upd) if upd else None
    # A 白書 of 令和3年版 reports on 年度 2020 (bench/realdocs/README.md).
    value = (lambda y: y.year) if field == "year" else (lambda y: y.year - 1 if y.kind == "edition" else y.fiscal_year)
    counts: dict[int, int] = {}
    for y in ms:
        counts[value(y)] = counts.get(value(y), 0) + 1
    seen_first: set[int] = set()
    out: list[tuple[int | None, dict[str, float]]] = [(None, {"none": 1.0, **extra(None),
                                                              "none_nmentions": math.log1p(len(ms))})]
    if refs is not None:
        refs.append(None)
    # What each line says of its mentions, read once a line: read again for each mention, a line of
    # thousands of dates (a text with no line breaks) took minutes.
    line_facts: dict[int, tuple[str, bool, bool, bool, bool]] = {}
    for k, y in enumerate(ms):
        v = value(y)
        i = bisect.bisect_right(starts, y.start) - 1
        ls, le, line = lines[i] if i >= 0 else (0, len(text), text)
        before = fold(text[max(ls, y.start - BEFORE):y.start])
        after = fold(text[y.end:min(le, y.end + AFTER)])
        if i not in line_facts:
            stripped = line.strip()
            line_facts[i] = (stripped, len(stripped) <= SHORT_LINE and "。" not in line, "。" in line,
                             is_breadcrumb(line), is_furniture(line))
        stripped, short_line, sentence, breadcrumb, furniture = line_facts[i]
        f = extra(v)
        f.update({
            "mention": 1.0,
            "log_line": math.log1p(i), "log_offset": math.log1p(y.start / 100), "first_line": float(i == 0),
            "in_head": float(i < HEAD), "log_order": math.log1p(k),
            "in_title": float(bool(title) and (stripped == title or y.text in title)),
            "fiscal": float(y.kind == "fiscal"), "edition": float(y.kind == "edition"),
            "month": float(y.month is not None), "day": float(y.day is not None),
            "western": float(y.era is None), "jan_mar": float(y.month is not None and y.month < 4),
            "short_line": float(short_line),
            "sentence": float(sentence), "date_share": len(y.text) / max(1, len(stripped)),
            "breadcrumb": float(breadcrumb), "furniture": float(furniture),
            "latest_full": float(latest is not None and (y.year, y.month, y.day) == latest),
            "earliest_full": float(earliest is not None and (y.year, y.month, y.day) == earliest and latest != earliest),
            "log_same": math.log1p(counts[v] - 1), "first_of_value": float(v not in seen_first),
            "after_update": float(latest_upd is not None and y.month is not None
                                  and (y.year, y.month, y.day or 0) > latest_upd),
            "later_than_latest": float(latest is not None and y.year > latest[0]),
            "earlier_than_latest": float(latest is not None and y.year < latest[0] - 1),
        })
        # Interactions a linear model cannot form: a 年度 in the title names the document's own;
        # a full date on a short line is a date line, inside a sentence it is told of.
        for a in ("fiscal", "day", "month"):
            for b in ("in_title", "short_line", "sentence", "in_head", "first_of_value"):
                f[f"{a}*{b}"] = f[a] * f[b]
        seen_first.add(v)
        for name, pat in _BEFORE.items():
            if pat.search(before):
                f[name] = 1.0
        for name, pat in _AFTER.items():
            if pat.search(after):
                f[name] = 1.0
        out.append((v, f))
        if refs is not None:
            refs.append(y)
    # A 白書's edition (令和3年版情報通信白書 in the title or a heading, 白書 > 27年版 in a trail).
    if edition:
        ev = edition[0] if field == "year" else edition[0] - 1
        out.append((ev, {**extra(ev), "wp_edition": 1.0, "wp_edition_title": float(edition[1].startswith("title"))}))
        if refs is not None:
            refs.append(None)
    if field == "fiscal_year":
        # A year without its month may open the 年度 before (a report of 2020 on 年度 2019).
        for k, (v, f) in enumerate(out[1:len(ms) + 1]):
            if f["month"] == 0 and f["fiscal"] == 0 and f["edition"] == 0 and v - 1 not in counts:
                out.append((v - 1, {**f, **extra(v - 1), "fy_prev": 1.0}))
                if refs is not None:
                    refs.append(ms[k])
    return out


def scores(cands, w) -> list[float]:
    return [sum(w.get(k, 0.0) * x for k, x in f.items()) for _, f in cands]


def stacked(fy_cands, year_cands, w_year, n_mentions: int):
    """The fiscal year's candidates with what the year model picked: its mention, its 年度."""
    sc = scores(year_cands, w_year)
    k = max(range(len(sc)), key=sc.__getitem__)
    out = [(v, dict(f)) for v, f in fy_cands]
    if 1 <= k <= n_mentions:
        pick_fy = fy_cands[k][0]
        out[k][1]["year_pick"] = 1.0
        for v, f in out:
            if v == pick_fy:
                f["fy_of_year_pick"] = 1.0
    elif k == 0:
        out[0][1]["year_pick_none"] = 1.0
    return out


def predict_at(cands, w: dict[str, float]) -> tuple[int | None, float, int]:
    """The best value, its probability (a value scores as its best candidate) and the index of the
    candidate that scored it."""
    sc = scores(cands, w)
    best: dict[int | None, int] = {}
    for i, (v, _) in enumerate(cands):
        if v not in best or sc[i] > sc[best[v]]:
            best[v] = i
    mx = max(sc[i] for i in best.values())
    z = sum(math.exp(sc[i] - mx) for i in best.values())
    v = max(best, key=lambda u: sc[best[u]])
    return v, 1.0 / z, best[v]


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    return json.loads(WEIGHTS.read_text("utf-8"))


def picks(text: str, title: str) -> dict[str, tuple[int | None, float, YearMention | None]]:
    """Each field's pick: its value, its probability and the mention it came from."""
    w = weights()
    year_refs: list = []
    fy_refs: list = []
    yc = candidates(text, title, "year", year_refs)
    fc = stacked(candidates(text, title, "fiscal_year", fy_refs), yc, w["year"], sum(1 for _, f in yc if f.get("mention")))
    out = {}
    for field, cands, refs in (("year", yc, year_refs), ("fiscal_year", fc, fy_refs)):
        v, p, i = predict_at(cands, w[field])
        out[field] = (v, p, refs[i])
    return out


def fill(text: str, title: str, fy: int | None, year: int | None, src: dict[str, str]) -> tuple[int | None, int | None]:
    """fy and year, each filled by the ranker's pick where the rules leave the page undated (a page
    the rules give one of the two has been read by them: a session's year without its 年度, a
    schedule's year without a month are their answers) and the pick holds (FILL_MIN, a mention that
    dates.not_own does not refuse, a text of MIN_CHARS or more); src says so for each value filled.
    (Without the first guard, in the same cross-validation: on the arrival rules 3 more right year
    fills and 1 more 年度, on today's 1 more undated page dated; and 9 tests of the rules' answers
    fail.  MIN_CHARS changes no fill of the cross-validation; without it 14 such tests fail.)"""
    if fy is not None or year is not None or len(text) < MIN_CHARS:
        return fy, year
    got: dict[str, int | None] = {"fiscal_year": None, "year": None}
    pick = picks(text, title)
    for field, (v, p, y) in pick.items():
        if v is None or y is None or not_own(text, y):
            continue
        # Below its own threshold, a 年度 filled as the 年度 of the year's day says so: `show` printed
        # 年度 2023 ← … (p=0.91) where the README (and FILL_MIN) have the 年度 filled at p ≥ 0.95.
        why = ""
        if p < FILL_MIN[field]:
            if not (field == "fiscal_year" and _same_date(pick, got)):
                continue
            why = "; the 年度 of the day the year was filled from"
        if field == "fiscal_year" and got["year"] is not None and not got["year"] - 1 <= v <= got["year"]:
            continue  # a 年度 that cannot hold the year just filled: the two picks read different mentions
        got[field] = v
        line = text.count("\n", 0, y.start) + 1
        src[field] = f"inferred by the date ranker (p={p:.2f}{why}) from 「{y.text}」 (line {line})"
    return got["fiscal_year"], got["year"]


def _same_date(pick, got) -> bool:
    """The year was filled from a dated mention (a month at least) and the 年度 model, below its own
    threshold, picks that mention's 年度: the page's own date then gives its 年度 as the rules' own
    dates do.  5-fold CV on the 1,983 real-dev pages (`python bench/date_ranker.py --fill`, its last
    table, 2026-12-04): 年度 fills right / wrong / on a page readers leave undated, beyond those
    at FILL_MIN: the rules of that morning 6 / 0 / 0, each page's arrival rules 18 / 0 / 0, recent
    arrivals 2 / 0 / 0; on the rules after dates32 2 / 0 / 0, 18 / 0 / 0, 2 / 0 / 0."""
    y = pick["year"][2]
    return (got["year"] is not None and y is not None and y.month is not None
            and pick["fiscal_year"][0] == y.fiscal_year)
