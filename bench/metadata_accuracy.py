"""Accuracy of derived metadata against tests/data/metadata_labels.tsv.

    python bench/metadata_accuracy.py [--shared ../shared/corpus] [--part tune|heldout|heldout2|all] [--verbose]

Parts: "tune" (rows before "# held-out"), "heldout" (after it) and "heldout2"
(after "# heldout2": White Paper sections picked by a fixed rule and labelled
before the classifier was run on them).  The default prints all three.

Year and fiscal year: exact match (None = None counts).  Region, prefecture and
themes: micro precision/recall/F1 over the labelled sets.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ictsearch.indexer.metadata import derive_metadata  # noqa: E402

LABELS = ROOT / "tests" / "data" / "metadata_labels.tsv"
SHARED = ROOT.parent / "shared" / "corpus"


@dataclass
class Label:
    path: str
    fiscal_year: int | None
    year: int | None
    region: set[str]
    prefecture: set[str]
    themes: set[str]
    part: str  # tune | heldout | heldout2

    @property
    def heldout(self) -> bool:
        return self.part != "tune"


def load_labels(path: Path = LABELS) -> list[Label]:
    out, part, header = [], "tune", True
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#"):
            marker = line.strip()
            if marker == "# held-out":
                part = "heldout"
            elif marker == "# heldout2":
                part = "heldout2"
            continue
        if header:
            header = False
            continue
        p, fy, y, reg, pref, th, *_ = line.split("\t") + [""] * 7
        s = lambda v: {x for x in v.split("|") if x}
        out.append(Label(p, int(fy) if fy else None, int(y) if y else None, s(reg), s(pref), s(th), part))
    return out


def read_text(path: Path) -> tuple[str, str | None]:
    """(text, meaningful title or None), through indexer.extract when it exists."""
    try:
        from ictsearch.indexer.extract import extract
    except ImportError:
        extract = None
    if extract is not None:
        result = extract(path)
        return "\n".join(result.pages), result.title
    if path.suffix.lower() != ".pdf":
        return path.read_text("utf-8"), None
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(path), laparams=LAParams(detect_vertical=True)), pdf_title(path)


def pdf_title(path: Path) -> str | None:
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser

        with open(path, "rb") as f:
            info = PDFDocument(PDFParser(f)).info
        raw = info[0].get("Title") if info else None
        if isinstance(raw, bytes):
            raw = raw.decode("utf-16") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
        return raw or None
    except Exception:
        return None


def first_line(text: str) -> str:
    return next((l.strip() for l in text.splitlines() if l.strip()), "")


def resolve(label_path: str, shared: Path) -> Path:
    return ROOT / label_path if label_path.startswith("corpus/") else shared / label_path


_cache: dict[str, object] = {}


def derive_for(label: Label, shared: Path):
    if label.path not in _cache:
        p = resolve(label.path, shared)
        text, title = read_text(p)
        # A PDF title like "Microsoft Word - x.docx" is junk; the lead's title logic drops it too.
        if not title or title.startswith("Microsoft Word") or title in ("資料１",):
            title = first_line(text)
        rel_root = ROOT if label.path.startswith("corpus/") else shared
        _cache[label.path] = derive_metadata(text, title=title, path=p.relative_to(rel_root), root=None)
    return _cache[label.path]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(labels: list[Label], shared: Path = SHARED, verbose: bool = False) -> dict[str, float]:
    exact = {"fiscal_year": 0, "year": 0}
    counts = {k: [0, 0, 0] for k in ("region", "prefecture", "themes")}
    for lab in labels:
        m = derive_for(lab, shared)
        got = {"region": set(m.region), "prefecture": set(m.prefecture), "themes": {t for t, _ in m.themes}}
        bad = []
        for k in exact:
            if getattr(m, k) == getattr(lab, k):
                exact[k] += 1
            else:
                bad.append(f"{k} {getattr(m, k)}≠{getattr(lab, k)}")
        for k, c in counts.items():
            want = getattr(lab, k)
            c[0] += len(got[k] & want)
            c[1] += len(got[k] - want)
            c[2] += len(want - got[k])
            if got[k] != want:
                bad.append(f"{k} +{sorted(got[k] - want)} -{sorted(want - got[k])}")
        if verbose and bad:
            print(f"  {lab.path}: " + "; ".join(bad))
    n = len(labels) or 1
    res = {"n": len(labels), "fiscal_year": exact["fiscal_year"] / n, "year": exact["year"] / n}
    for k, c in counts.items():
        p, r, f = prf(*c)
        res.update({f"{k}_p": p, f"{k}_r": r, f"{k}_f1": f})
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--part", choices=("tune", "heldout", "heldout2", "all", "each"), default="each")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    labels = load_labels()
    parts = {k: [l for l in labels if l.part == k] for k in ("tune", "heldout", "heldout2")}
    parts["all"] = labels
    chosen = ["tune", "heldout", "heldout2", "all"] if args.part == "each" else [args.part]
    print(f"{'part':8} {'n':>3} {'fy':>6} {'year':>6} | {'region P/R/F1':>17} | {'pref P/R/F1':>17} | {'theme P/R/F1':>17}")
    for name in chosen:
        if args.verbose:
            print(f"[{name}]")
        r = evaluate(parts[name], args.shared, args.verbose)
        f = lambda k: f"{r[k + '_p']:.2f}/{r[k + '_r']:.2f}/{r[k + '_f1']:.2f}"
        print(f"{name:8} {r['n']:>3} {r['fiscal_year']:>6.1%} {r['year']:>6.1%} | {f('region'):>17} | {f('prefecture'):>17} | {f('themes'):>17}")


if __name__ == "__main__":
    main()
