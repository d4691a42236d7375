"""Shared fixtures: the bundled corpus, ../shared/corpus when present, and a ready index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TEST_DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared" / "corpus"
#: The judged real pages (in the repository; a test that reads them fails, never skips, without them).
REALDOCS = ROOT / "bench" / "realdocs" / "docs"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is not beside the project")


def pytest_collection_modifyitems(config, items):
    # Tests marked `shared` skip cleanly on a checkout without ../shared/corpus.
    for item in items:
        if "shared" in item.keywords and not SHARED.is_dir():
            item.add_marker(pytest.mark.skip(reason="../shared/corpus is not beside the project"))


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_index_location(tmp_path_factory, monkeypatch, _session_cache):
    # Never touch the user's real index: the default location points into a temp dir.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
    monkeypatch.delenv("ICTSEARCH_INDEX", raising=False)
    # Nor the user's cache of derived tables (search/derived_cache.py): one for the session.
    monkeypatch.setenv("ICTSEARCH_CACHE", str(_session_cache))


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory) -> Path:
    """The bundled corpus copied to a temp dir (tests may not write into the repo)."""
    dest = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, corpus_copy) -> Path:
    """An index of the bundled corpus, built once per test session."""
    from ictsearch.indexer import build_index

    index_dir = tmp_path_factory.mktemp("index") / "idx"
    summary = build_index([corpus_copy], index_dir, jobs=1)
    assert summary.added == 5 and summary.failed == 0
    return index_dir


@pytest.fixture(scope="session")
def corpus_searcher(corpus_index):
    from ictsearch.search import open_index

    idx = open_index(corpus_index)
    yield idx
    idx.close()


@pytest.fixture(scope="session")
def fiscal_year_index(tmp_path_factory) -> Path:
    """Three reports on テレワーク, of 令和3, 令和4 and 令和5年度 (for year filters and spans)."""
    from ictsearch.indexer import build_index

    root = tmp_path_factory.mktemp("years")
    for era, what in ((3, "テレワーク相談窓口を設けた"), (4, "地域企業のテレワーク導入を支援した"),
                      (5, "自治体のテレワーク導入を支援した")):
        write(root / "docs" / f"r{era}.txt", f"令和{era}年度 テレワーク推進事業の報告\n\n令和{era}年度は、{what}。\n")
    summary = build_index([root / "docs"], root / "idx", jobs=1)
    assert summary.added == 3
    return root / "idx"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def realdocs_index(tmp_path_factory, name: str, words: str, below: int, at_least: int) -> Path:
    """An index of the bench/realdocs pages writing any of `words` (a regular expression), among the
    pages r001 up to `below` (exclusive): the set as it was when a test was written, since a batch
    added later changes every word's rarity and BM25 weight, and with them the ranks tests check."""
    import re
    import shutil

    from ictsearch.indexer import build_index

    pages = sorted(p for p in REALDOCS.glob("r*.txt") if int(p.stem[1:]) < below
                   and re.search(words, p.read_text(encoding="utf-8")))
    assert len(pages) >= at_least, "bench/realdocs/docs holds the pages these tests search"
    root = tmp_path_factory.mktemp(name)
    (root / "docs").mkdir()
    for p in pages:
        shutil.copy(p, root / "docs" / p.name)
    build_index([root / "docs"], root / "idx", jobs=1)
    return root / "idx"


def realdocs_rows(name: str) -> list[dict[str, str]]:
    """The rows of bench/realdocs/NAME.tsv (documents, labels), then those of the batches waiting in incoming/."""
    import csv

    root = REALDOCS.parent
    rows: list[dict[str, str]] = []
    for f in [root / f"{name}.tsv", *sorted((root / "incoming").glob(f"*-{name}.tsv"))]:
        with f.open(encoding="utf-8", newline="") as fh:
            rows += csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
    return rows


def realdocs_opening(rid: str) -> str:
    """A realdocs page's first 120 characters, NFKC and without spaces or table pipes: two copies of one page (a
    site and its 例規 host, http and https, one page under two addresses) open alike even when their furniture differs."""
    import re
    import unicodedata

    text = (REALDOCS / f"{rid}.txt").read_text(encoding="utf-8")
    return re.sub(r"[\s|]", "", unicodedata.normalize("NFKC", text))[:120]


def realdocs_repeats(new: set[str]) -> list[tuple[str, str]]:
    """(new id, earlier id) for each page of a batch (`new`) whose opening (realdocs_opening) a page outside the
    batch already has: the address check alone lets a second copy of a page into the set."""
    seen: dict[str, str] = {}
    for d in realdocs_rows("documents"):
        if d["id"] not in new:
            seen.setdefault(realdocs_opening(d["id"]), d["id"])
    return [(rid, seen[o]) for rid in sorted(new) if (o := realdocs_opening(rid)) in seen]


def realdocs_labelled():
    """Each labelled row of the set with its page's kind, its title (NFKC) and its themes: what the tests of
    a label convention (test_labels37, test_labels38) read, the labels and titles only, nothing derived."""
    import unicodedata

    docs = {d["id"]: d for d in realdocs_rows("documents")}
    for r in realdocs_rows("labels"):
        d = docs[r["id"]]
        yield r, d["kind"], unicodedata.normalize("NFKC", d["title"]), r["themes"].split("|")


def realdocs_text(row_id: str) -> str:
    """A realdocs page's text, NFKC, as the label conventions' tests read it."""
    import unicodedata

    return unicodedata.normalize("NFKC", (REALDOCS / f"{row_id}.txt").read_text(encoding="utf-8"))


def realdocs_batch(first: int, last: int) -> list[dict[str, str]]:
    """The rows of documents.tsv of one blind batch, ids r{first} to r{last} (the ids incoming/ batches take)."""
    return [d for d in realdocs_rows("documents") if len(d["id"]) == 5 and f"r{first}" <= d["id"] <= f"r{last}"]


def fiscal_of(year: int, month: int) -> int:
    """The 年度 (April–March) of a day in year's month."""
    return year if month >= 4 else year - 1


def check_batch_rows(first: int, last: int, heldout: int) -> list[dict[str, str]]:
    """What every blind batch's rows hold, read from the label files and the texts only (nothing derived): its ids
    r{first}–r{last} in documents.tsv, `heldout` of them held out, each a whole page (more than 300 characters) at an
    address no earlier row has, in the split the address's hash gives (README, split rule), with themes named as in
    themes.toml, a reason ending in 「; doc: …」, and no place where the reason says the place is only in the address
    (「place only in the address (city.kashiba: 香芝市, 奈良県): the text writes 本市 only」).  Returns the batch's rows."""
    import hashlib
    import re

    docs = realdocs_batch(first, last)
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    themes = (ROOT / "indexer" / "metadata" / "data" / "themes.toml").read_text(encoding="utf-8")
    names = set(re.findall(r'^name = "(.+)"', themes, re.M))
    ids = {d["id"] for d in docs}
    earlier = {d["url"] for d in realdocs_rows("documents") if d["id"] not in ids}
    assert ids == {f"r{n}" for n in range(first, last + 1)}
    assert sum(d["split"] == "heldout" for d in docs) == heldout
    for d in docs:
        assert len(realdocs_text(d["id"])) > 300, d["id"]
        assert d["url"] not in earlier, d["id"]
        split = "heldout" if int(hashlib.sha1(d["url"].encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"
        assert d["split"] == split, d["id"]
        lab = labels[d["id"]]
        assert set(filter(None, lab["themes"].split("|"))) <= names, d["id"]
        assert re.search(r"; doc: [^;]+$", lab["reason"]), d["id"]
        if "place only in the address" in lab["reason"]:
            assert (lab["region"], lab["prefecture"]) == ("", ""), d["id"]
            assert re.search(r"place only in the address \([^():]+: [^()]+\)", lab["reason"]), d["id"]
    return docs


#: The stamp keys a blind batch's reason opens on when the page is dated by its own date line (「更新日:2020年6月13日 (FY2020
#: …)」, 「(公開日:2021年6月20日 …」).
DATE_LINE_REASON = r"\(?(最終更新日|更新日|公開日|掲載日|投稿日)[::]?\s*(\d{4})年(\d{1,2})月(\d{1,2})日"


def check_date_lines(docs: list[dict[str, str]]) -> int:
    """For each row of `docs` whose reason opens on the page's own date line (DATE_LINE_REASON): that line is in its
    text, and its year and fiscal year are that date's (April–March).  Returns how many rows were checked (a batch's
    test pins the count, so a reason written another way is not skipped unseen)."""
    import re

    labels = {r["id"]: r for r in realdocs_rows("labels")}
    checked = 0
    for d in docs:
        lab = labels[d["id"]]
        if not (m := re.match(DATE_LINE_REASON, lab["reason"])):
            continue
        year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
        assert re.search(rf"{m.group(1)}[::]?\s*{year}年0?{month}月0?{day}日", realdocs_text(d["id"])), d["id"]
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, month))), d["id"]
        checked += 1
    return checked


#: A blind batch's reason that dates the page by its issue day or its record's day (「dated 令和6年4月5日 and the title
#: names 令和6年度」, 「dated 2019年02月20日 (FY2018)」, 「record of the press conference 令和3年3月16日 (FY2020)」).
ISSUE_DAY_REASON = r"(?:dated|record of the [a-z ]+?) (?:(平成|令和)(元|\d+)年|(\d{4})年)0?(\d{1,2})月0?(\d{1,2})日"
ERA_BEFORE = {"平成": 1988, "令和": 2018}


def western(era: str, year: str) -> int:
    """The calendar year of an era's year as a label writes it (平成 and 令和; 元 is the first)."""
    return ERA_BEFORE[era] + (1 if year == "元" else int(year))


def check_issue_days(docs: list[dict[str, str]]) -> int:
    """For each row of `docs` dated by its issue or record day (ISSUE_DAY_REASON): the day is in its text as written,
    and gives the year and the April–March 年度, not the day of an event it reports.  Returns how many rows were
    checked (a batch's test pins the count)."""
    import re

    labels = {r["id"]: r for r in realdocs_rows("labels")}
    checked = 0
    for d in docs:
        lab = labels[d["id"]]
        if not (m := re.match(ISSUE_DAY_REASON, lab["reason"])):
            continue
        era, era_year, calendar = m.group(1), m.group(2), m.group(3)
        year = western(era, era_year) if era else int(calendar)
        month, day = int(m.group(4)), int(m.group(5))
        head = f"{era}{era_year}年" if era else f"{year}年"
        assert re.search(rf"{head}0?{month}月0?{day}日", realdocs_text(d["id"])), d["id"]
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, month))), d["id"]
        checked += 1
    return checked


def check_undated(docs: list[dict[str, str]], reason: str) -> tuple[list[str], list[str]]:
    """The rows of `docs` labelled without a year of their own, and of those the ones given a fiscal year alone.  Each
    undated row's reason says so (the regular expression `reason`, searched), and a fiscal year given alone is a 年度 its
    text writes: 令和6年度, 2024年度, or a day of it (令和6年5月).  A batch's test pins both lists' lengths."""
    import re
    import unicodedata

    labels = {r["id"]: r for r in realdocs_rows("labels")}
    undated = [d["id"] for d in docs if not labels[d["id"]]["year"]]
    with_fiscal = []
    for rid in undated:
        lab = labels[rid]
        assert re.search(reason, lab["reason"]), rid
        if lab["fiscal_year"]:
            text = unicodedata.normalize("NFKC", realdocs_text(rid))
            years = {western(e, y) for e, y in re.findall(r"(平成|令和)(元|\d+)年度", text)}
            years |= {int(y) for y in re.findall(r"(\d{4})年度", text)}
            years |= {fiscal_of(western(e, y), int(mo)) for e, y, mo in re.findall(r"(平成|令和)(元|\d+)年(\d{1,2})月", text)}
            assert int(lab["fiscal_year"]) in years, rid
            with_fiscal.append(rid)
    return undated, with_fiscal


ERA_BEFORE_ALL = {"明治": 1867, "大正": 1911, "昭和": 1925, **ERA_BEFORE}


def check_enactment_lines(docs: list[dict[str, str]]) -> int:
    """For each 例規 row of `docs` (a reason ending 「doc: 例規 (条例)」, 要綱, 規則, 規程 or 規約): its year and fiscal year
    are those of the line in its first 8 lines that gives its number (平成16年4月26日規則第9号), never an amendment, a
    cited law or 附則.  Returns how many rows were checked (a batch's test pins the count)."""
    import re
    import unicodedata

    labels = {r["id"]: r for r in realdocs_rows("labels")}
    checked = 0
    for d in docs:
        lab = labels[d["id"]]
        if not re.search(r"doc: 例規 \((条例|要綱|規則|規程|規約)\)$", lab["reason"]):
            continue
        head = unicodedata.normalize("NFKC", "\n".join(realdocs_text(d["id"]).splitlines()[:8]))
        m = re.search(r"(明治|大正|昭和|平成|令和)(\d+|元)年(\d+)月(\d+)日\s*\S*?第\d+号", head)
        assert m, d["id"]
        year = ERA_BEFORE_ALL[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, int(m.group(3))))), d["id"]
        checked += 1
    return checked
