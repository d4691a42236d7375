"""adv26: today's changes (CSV tables, replaced files, the run's notes) tried as a new user would."""

from __future__ import annotations

from conftest import write


def test_a_metadata_csv_saved_as_Metadata_CSV_is_read_as_the_collections_metadata(tmp_path):
    # Discovery passes Metadata.CSV over as the collection's metadata (any case, as the README
    # says), but only metadata.csv was read: on Linux the file was neither a document nor
    # metadata, and its titles and 年度 were dropped without a word.
    from ictsearch import build_index, open_index

    docs = tmp_path / "資料"
    write(docs / "派遣実績.csv", "派遣先,人数,分野\n遠野市,3,地域情報化\n", encoding="cp932")
    write(docs / "Metadata.CSV", "path,title,fiscal_year\n派遣実績.csv,地域情報化アドバイザー派遣実績,令和5\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.added == 1
    with open_index(tmp_path / "idx") as ix:
        hit = ix.search("遠野市").hits[0]
    assert hit.title == "地域情報化アドバイザー派遣実績"
    assert hit.fiscal_year == 2023

