"""breaker38: pages written in the style of real government pages of kinds bench/realdocs has few of
(入札公告, 募集要項, 一般質問と答弁, 審議会議事録, 予算の概要, 条例改正, 交付決定一覧, パブリックコメント結果, FAQ,
event calendars, English-mixed pages, flattened tables, PDF text with running headers, lists of all 47
prefectures, national surveys with one town as an example).  The 68 pages and their labels, read before
any run as bench/realdocs/README.md says, are in data_breaker38/ (labels.tsv); each test asserts the value
such a labeller gives.  None is copied from bench/realdocs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ictsearch.indexer.document import derive_title
from ictsearch.indexer.metadata import derive_metadata

DATA = Path(__file__).parent / "data_breaker38"


def derived(text: str, title: str | None = None):
    """The metadata an index run derives, the title taken as it takes it (bench/metadata_accuracy.py)."""
    path = Path("page.html.txt")
    return derive_metadata(text, title=derive_title(text, title, path), path=path, terms=[])


def page(doc_id: str):
    return derived((DATA / f"{doc_id}.txt").read_text(encoding="utf-8"))


def label(doc_id: str) -> dict[str, str]:
    with open(DATA / "labels.tsv", encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f, delimiter="\t") if r["id"] == doc_id)


# --- an English page's date stamp -----------------------------------------------------------------

def test_an_english_update_stamp_dates_the_page():
    m = page("b37")  # Updated: Feb 3, 2025 under NISC's English name
    assert (m.fiscal_year, m.year) == (2024, 2025)


@pytest.mark.parametrize("stamp", ["Last updated: 2023-11-20", "Published: November 20, 2023", "Released: 20 November 2023"])
def test_english_stamp_labels_with_a_colon(stamp):
    text = f"Ministry of Internal Affairs and Communications\n{stamp}\nTelework Days 2023 / テレワーク・デイズ2023の実施結果\n"
    m = derived(text)
    assert (m.fiscal_year, m.year) == (2023, 2023)


def test_an_english_deadline_field_is_still_no_date_of_the_page():
    # A key that names no stamp (Application deadline:) stays a schedule's row.
    text = ("Call for Proposals: ICT Regional Revitalization Awards\nApplication deadline: March 3, 2025\n"
            "Applications are accepted through the online form.\n")
    assert derived(text).year is None
