"""The realdocs set as a whole after docs-bh joined (bench/realdocs/README.md): every page is one public
address, read once.  A batch gathered from the `pages` corpus meets pages already in the set under another
spelling of their address (http / https, with or without www., a trailing slash), and a page kept twice
would be scored twice and could sit in dev and held-out at once.  Only the label files and the texts are
read; nothing is derived."""

import hashlib
import re
from pathlib import Path

from conftest import realdocs_rows

REALDOCS = Path(__file__).resolve().parents[2] / "bench" / "realdocs"
THEMES = Path(__file__).resolve().parents[2] / "indexer" / "metadata" / "data" / "themes.toml"


def _address(url: str) -> str:
    # 「http://www.soumu.go.jp/soutsu/okinawa/…」 and 「https://soumu.go.jp/soutsu/okinawa/…/」 are one page.
    return re.sub(r"^www\.", "", re.sub(r"^https?://", "", url)).rstrip("/")


def test_no_page_is_in_the_set_twice_under_another_spelling_of_its_address():
    seen: dict[str, str] = {}
    twice = []
    for d in realdocs_rows("documents"):
        key = _address(d["url"])
        if key in seen:
            twice.append((seen[key], d["id"]))
        seen[key] = d["id"]
    # Known before docs-bh: none.  A new batch row that repeats an old page fails here.
    assert twice == []


def test_docs_bh_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = [d for d in realdocs_rows("documents") if len(d["id"]) == 5 and "r4597" <= d["id"] <= "r4638"]
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    names = set(re.findall(r'^name = "(.+)"', THEMES.read_text(encoding="utf-8"), re.M))
    assert len(docs) == 42
    for d in docs:
        text = (REALDOCS / "docs" / f"{d['id']}.txt").read_text(encoding="utf-8")
        assert len(text) > 300, d["id"]
        split = "heldout" if int(hashlib.sha1(d["url"].encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"
        assert d["split"] == split, d["id"]
        lab = labels[d["id"]]
        assert set(filter(None, lab["themes"].split("|"))) <= names, d["id"]
        # Each reason names where the date, the place and the themes came from, then the kind of document
        # (「…; doc: 例規 (要綱)」), as docs-at and later do.
        assert re.search(r"; doc: [^;]+$", lab["reason"]), d["id"]


def test_a_page_whose_reason_says_its_place_is_only_in_the_address_has_none_in_its_fields():
    # 「place only in the address (kamikoani_vill: 上小阿仁村, 秋田県): the text says 本村 only」: the reader
    # found no place in the text, so the row's region and prefecture are empty (bench/realdocs/README.md,
    # "How the labels were made"); --with-address fills them from the parentheses, never the row.
    for r in realdocs_rows("labels"):
        if r["id"] >= "r4597" and len(r["id"]) == 5 and "place only in the address" in r["reason"]:
            assert (r["region"], r["prefecture"]) == ("", ""), r["id"]
