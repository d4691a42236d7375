"""docs-bi (bench/realdocs/README.md): 44 pages labelled blind on 2026-12-05, most of them 例規 and notices of
towns, villages and their 一部事務組合.  Only the label files and the texts are read; nothing is derived, so
these hold whatever the metadata rules do: a row that is not a whole page, sits in the wrong split, repeats a
page the set has, or dates a 例規 by something other than its enactment line fails here."""

from conftest import check_batch_rows, check_enactment_lines, realdocs_batch, realdocs_repeats


def _batch():
    return realdocs_batch(4639, 4682)


def test_docs_bi_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(4639, 4682, heldout=16)
    assert len(docs) == 44


def test_no_docs_bi_page_repeats_the_opening_of_a_page_already_in_the_set():
    # The pages corpus returns the same 要綱 from the town's site and from its 例規 host (g-reiki, joureikun,
    # legalcrud); the address check alone lets the second copy in.  Known before docs-bi: none among these.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bi_rule_is_dated_by_its_enactment_line():
    # 「規則 平成16年4月26日規則第9号 (FY2004; 平成27年8月28日 is an amendment)」: a 例規 row's year is the date of
    # the line that gives its number (告示第134号, 条例第15号 …), never an amendment, a cited law or 附則.
    assert check_enactment_lines(_batch()) == 24
