"""How often derive_title gives a real page's own title (bench/realdocs/titles.tsv), and how many
titles of the 1,596 real pages are page furniture.

    python bench/title_accuracy.py               # dev and held-out figures, the furniture count
    python bench/title_accuracy.py --errors      # dev pages whose derived title is not clean
    python bench/title_accuracy.py --furniture   # every furniture title (tune on dev: --part dev)

The labels: two sets of 240 pages, each read and given the title a reader would cite (the page's
heading or subject line, without letterhead, date line, issuer or trail) before derive_title was
run on any of them.  titles.tsv ("old") holds the 120 dev and the 120 held-out ids of bench/realdocs
with the lowest sha1(id); titles2.tsv ("new") the next 120 dev and 120 held-out ids by the same
order, labelled after the rules had been tuned on the old dev labels.  Each set is reported apart,
then both together.  A page
whose excerpt has no heading has an empty title; it is counted apart (its derived title should at
least not be furniture).  A note "subtitle: …" gives the subtitle line that follows the heading.

* exact: the derived title equals the label, or the label and its subtitle, after NFKC and with
  all whitespace removed;
* clean: the derived title contains the label and adds at most CLEAN_EXTRA characters of other
  text (its subtitle, a date and a trailing … of a shortened title are not counted);
* furniture: the derived title matches one of FURNITURE (letterhead labels, skip links, numbered
  trails, site names, a lone municipality or ministry name, a date with its issuer), counted over
  every page of the set.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ictsearch.indexer.document import derive_title  # noqa: E402
from metadata_accuracy import REALDOCS, _rows, read_text, realdocs_split  # noqa: E402

TITLES = {"old": REALDOCS / "titles.tsv", "new": REALDOCS / "titles2.tsv"}
CLEAN_EXTRA = 10

_DATE = re.compile(
    r"(?:(?:令和|平成|昭和)[\d元]+|\d{4})(?:\(\d{4}\))?年(?:\d+月(?:\d+日)?)?(?:\([月火水木金土日]\))?"
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}"
)

# A derived title that is page furniture, not the page's title.  Each pattern is searched in the
# title after NFKC (spaces kept).
FURNITURE = {
    # letterhead labels alone or opening the title: 「報道資料」, 「報道資料 令和3年3月29日 関東総合通信局 「…」」
    "letterhead": r"^(?:【?報道(?:発表)?資料】?|報道発表|記者発表資料?|プレスリリース|お知らせ|報道機関各位|会見発言記事)(?:$|\s|タイトル画像)",
    # a skip link or its like
    "skip link": r"このページの先頭|メニューを(?:飛ばして|とばして|スキップ)|本文へ|ページ番号を入力|トップページへ戻る|トップへ戻る|ここから本文"
                 r"|^ページの先頭|文字サイズ|スクリーンリーダー|印刷用ページ|ブラウザでご利用|キーワードを入力|^緊急情報$|^サイト内を検索",
    # a numbered trail 「1. ホーム 2. 会見・談話 …」 or an arrow trail
    "trail": r"^1\.\s*\S+.*\s2\.\s|(?:ホーム|トップ)\s*[>＞›»]",
    # a site name: 「首相官邸トップページ」, newsletters' names, 「電波利用ホームページ」
    "site name": r"トップページ|ホームページ$|^【[^】]{1,8}】\s*e[-−‐]?コムフォ|^北海道の情報通信|情報のページ",
    # a lone municipality, prefecture, ministry or agency name
    "lone name": r"^[^\s]{1,10}(?:市|町|村|区|県|都|府|道|省|庁|総合通信局|総合通信事務所)(?:役場|役所)?$",
    # a date alone or with its issuer: 「令和3年3月29日 関東総合通信局」, 「平成21年2月19日発表」
    "date line": r"^(?:(?:令和|平成|昭和)[\d元]+|\d{4})年\d+月\d+日(?:\([月火水木金土日]\))?\s*(?:発表|掲載|更新|[^\s]{0,12}(?:局|省|庁|課|室|部|センター))?$",
    # a section or page-type name of the site: 「大臣・副大臣・大臣政務官の動き」, 「アーカイブ」
    "section name": r"^(?:大臣・副大臣・大臣政務官の動き|アーカイブ|ニュース|メニュー|本文|報道・会見|会議資料・開催案内等|トピックス)$",
}
_FURNITURE = {name: re.compile(p) for name, p in FURNITURE.items()}


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def furniture(title: str) -> str:
    """The name of the first furniture pattern the title matches, or ""."""
    t = unicodedata.normalize("NFKC", title).strip()
    return next((name for name, p in _FURNITURE.items() if p.search(t)), "")


def subtitle_of(note: str) -> str:
    m = re.search(r"subtitle: (.*)$", note)
    return m.group(1).strip() if m else ""


def judge(derived: str, label: str, subtitle: str) -> tuple[bool, bool]:
    """(exact, clean) of a derived title against a label."""
    d, l, s = fold(derived), fold(label), fold(subtitle)
    if d.endswith("...") and len(d) > 20 and (l + s).startswith(d[:-3]):
        return True, True  # the label shortened to MAX_TITLE_CHARS as derive_title shortens (… is ... after NFKC)
    exact = d == l or (bool(s) and d == l + s)
    if l not in d:
        return exact, False
    extra = d.replace(l, "", 1)
    if s and s in extra:
        extra = extra.replace(s, "", 1)
    extra = _DATE.sub("", extra)
    extra = extra[:-3] if extra.endswith("...") else extra
    return exact, len(extra) <= CLEAN_EXTRA


def documents() -> dict[str, dict[str, str]]:
    docs = {r["id"]: r for r in _rows(REALDOCS, "documents")}
    for r in docs.values():
        if r["split"] != realdocs_split(r["url"]):
            raise ValueError(f"{r['id']}: split {r['split']!r} disagrees with the fixed rule")
    return docs


def title_for(doc_id: str) -> str:
    path = REALDOCS / "docs" / f"{doc_id}.txt"
    text, meta_title = read_text(path)
    return derive_title(text, meta_title, path)


def load_titles() -> list[dict[str, str]]:
    """Every label row, its set ("old" or "new") under "_set"; refuses an id labelled twice."""
    rows: list[dict[str, str]] = []
    for name, path in TITLES.items():
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as f:
            rows += [{**r, "_set": name} for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    seen: set[str] = set()
    for r in rows:
        if r["id"] in seen:
            raise ValueError(f"{r['id']}: labelled twice in {', '.join(p.name for p in TITLES.values())}")
        seen.add(r["id"])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", nargs="?", const="dev", choices=("dev", "heldout"),
                    help="list the labelled pages of a split (default dev) whose derived title is not clean")
    ap.add_argument("--furniture", action="store_true", help="list every furniture title (with --part)")
    ap.add_argument("--part", choices=("dev", "heldout", "all"), default="all",
                    help="which pages --furniture lists (tune on dev only)")
    args = ap.parse_args()
    docs = documents()
    labels = load_titles()
    judged: dict[str, tuple[bool, bool, bool]] = {}  # id -> (exact, clean, furniture of a bare page)
    for r in labels:
        derived = title_for(r["id"])
        if r["title"]:
            e, c = judge(derived, r["title"], subtitle_of(r["note"]))
            judged[r["id"]] = (e, c, False)
            if args.errors == docs[r["id"]]["split"] and not c:
                print(f"  {r['id']} ({r['_set']}): {derived!r}\n  {'':{len(r['id']) + len(r['_set']) + 3}}"
                      f"label {r['title']!r}")
        else:
            judged[r["id"]] = (False, False, bool(furniture(derived)))
    print(f"{'labels':7} {'split':8} {'n':>4} {'exact':>7} {'clean':>7} | {'no heading':>10} {'of them furniture':>18}")
    sets = sorted({r["_set"] for r in labels}, key=list(TITLES).index)
    for set_name in [*sets, "all"] if len(sets) > 1 else sets:
        for split in ("dev", "heldout"):
            rows = [r for r in labels if docs[r["id"]]["split"] == split and set_name in ("all", r["_set"])]
            headed = [r for r in rows if r["title"]]
            exact = sum(judged[r["id"]][0] for r in headed)
            clean = sum(judged[r["id"]][1] for r in headed)
            bare = [r for r in rows if not r["title"]]
            bare_furniture = sum(judged[r["id"]][2] for r in bare)
            print(f"{set_name:7} {split:8} {len(headed):>4} {exact / len(headed):>7.1%} {clean / len(headed):>7.1%} | "
                  f"{len(bare):>10} {bare_furniture:>18}")
    counts: dict[str, int] = {}
    listed = []
    for doc_id, d in docs.items():
        t = title_for(doc_id)
        kind = furniture(t)
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
            if args.furniture and args.part in ("all", d["split"]):
                listed.append(f"  {doc_id} ({d['split']}, {kind}): {t}")
    print(f"furniture titles over all {len(docs)} pages: {sum(counts.values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))})")
    if listed:
        print("\n".join(listed))


if __name__ == "__main__":
    main()
