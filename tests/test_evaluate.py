"""Array evaluation of queries (search.evaluate) against Whoosh's own matchers, on real Japanese text.

Whoosh is the reference here because on these small indexes its matchers are right;
on larger ones its AndMaybe inside an AND drops the optional side's score in some
documents (tests/regressions/test_review_engine.py checks the sum of the parts instead).
"""

from __future__ import annotations

import shutil

import pytest
from whoosh import query as wq

from conftest import CORPUS, write
from ictsearch.indexer import build_index
from ictsearch.search import bitsets, open_index
from ictsearch.search.evaluate import Arrays
from ictsearch.search.query import compile_query, parse

#: Query texts that compile to every node kind search.evaluate handles: terms, compounds
#: with their parts (Or/Parts), should-match (MinMatch), slight units (AndMaybe),
#: NOT, phrases, a short word's parts side by side (SideBySide), synonyms, region and
#: year words (ConstantScoreQuery, NumericRange), field filters inside the query.
TEXTS = [
    "テレワーク",
    "情報通信 地域",
    "通信局",
    "無線局",
    '"地域課題の解決"',
    "テレワーク -新型コロナウイルス",
    "-東京",
    "東北のテレワーク施策で令和4年度のもの",
    "地域課題の解決に向けたICTの活用を推進する",
    "第5世代 移動通信",
    "リモートワーク",
    "title:テレワーク OR body:在宅勤務",
    "インターネット 利用 高齢者",
    "令和2年度 事業報告",
    "関東 NPO",
    "5G 地域",
]


def _whoosh(searcher, q):
    return list(searcher.search(q, limit=None).items())


def _arrays(searcher, q):
    ev = Arrays.for_searcher(searcher).evaluate(q)
    ids = bitsets.docs_of(ev.mask)
    return sorted(((d, ev.score[d]) for d in ids), key=lambda it: (-it[1], it[0]))


def _assert_same(searcher, text):
    q = compile_query(parse(text)).query
    expected, got = _whoosh(searcher, q), _arrays(searcher, q)
    assert [d for d, _ in got] == [d for d, _ in expected], text
    assert [s for _, s in got] == pytest.approx([s for _, s in expected], rel=1e-9), text


@pytest.mark.parametrize("text", TEXTS)
def test_matches_and_scores_are_whooshs(corpus_index, text):
    with open_index(corpus_index) as idx:
        searcher, _ = idx._searcher()
        _assert_same(searcher, text)


def test_more_node_kinds(corpus_index):
    with open_index(corpus_index) as idx:
        searcher, _ = idx._searcher()
        t = lambda w, boost=1.0: wq.Term("body", w, boost=boost)  # noqa: E731
        for q in [
            wq.AndNot(t("地域"), t("テレワーク")),
            wq.Require(t("地域"), t("テレワーク")),
            wq.AndMaybe(t("地域"), t("テレワーク", 2.0)),
            wq.Or([t("テレワーク"), wq.And([t("地域"), t("課題")], boost=0.5)], boost=1.5),
            wq.Phrase("body", ["地域", "課題"]),
            wq.And([wq.Every(), wq.Not(t("地域"))]),
            wq.Term("body", "存在しない語"),
        ]:
            expected, got = _whoosh(searcher, q), _arrays(searcher, q)
            assert [d for d, _ in got] == [d for d, _ in expected], str(q)
            assert [s for _, s in got] == pytest.approx([s for _, s in expected], rel=1e-9), str(q)


def test_segments_and_deleted_documents(tmp_path):
    """An index updated twice has several segments and deleted documents: numbering and masks still agree."""
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS, docs)
    index_dir = tmp_path / "idx"
    build_index([docs], index_dir, jobs=1)
    write(docs / "added.txt", "東北地域におけるテレワークの導入支援。地域課題の解決に向けたICTの活用事例。\n")
    build_index([docs], index_dir, jobs=1)
    first = sorted(docs.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n追記：テレワーク推進の地域説明会を開催した。\n", encoding="utf-8")
    build_index([docs], index_dir, jobs=1)
    with open_index(index_dir) as idx:
        searcher, _ = idx._searcher()
        reader = searcher.reader()
        assert len(list(reader.leaf_readers())) > 1 or reader.has_deletions()
        for text in TEXTS:
            _assert_same(searcher, text)


def test_copies_of_one_text_score_the_same(tmp_path):
    """Whoosh's AndMaybe matcher skipped the optional side in some documents (identical
    copies of a White Paper section scored 57.1 and 59.3); arrays add it wherever it matches."""
    text = (CORPUS / "tohoku-bureau-fy2023-ict-policy-slides.txt").read_text(encoding="utf-8")
    docs = tmp_path / "docs"
    for k in range(4):
        write(docs / f"copy{k}.txt", text)
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        for query in ("テレワーク導入 令和7年度 普及啓発", "東北6県 テレワーク 導入", "テレワーク 普及啓発 第3回"):
            hits = idx.search(query).hits
            assert len(hits) == 4
            assert len({round(h.score, 9) for h in hits}) == 1, query


def test_reading_ahead_a_page_of_hits_gives_the_same_highlights_from_one_walk_per_word(corpus_index):
    # read_ahead decodes each word's positions in a whole page of hits at once; term_spans
    # must then find every one in the cache and give what it gives reading one hit at a time.
    from ictsearch.search.highlight import positive_terms, read_ahead, term_spans

    with open_index(corpus_index) as idx:
        searcher, _ = idx._searcher()
        q = compile_query(parse("地域課題の解決に向けたICTの活用を推進する")).query
        terms = list(dict.fromkeys(t for f, t in positive_terms(q) if f == "body"))
        docs = Arrays.for_searcher(searcher).docs(q)
        assert len(docs) >= 3 and len(terms) >= 4
        alone = Arrays(searcher)
        expected = {d: term_spans(alone, d, terms) for d in docs}
        ahead = Arrays(searcher)
        read_ahead(ahead, list(reversed(docs)), terms)
        cached = len(ahead.decoded.items)
        assert cached >= len(docs)
        assert {d: term_spans(ahead, d, terms) for d in docs} == expected
        assert len(ahead.decoded.items) == cached  # every position term_spans read was read ahead
        assert any(expected.values())


@pytest.fixture(scope="module")
def two_segments(tmp_path_factory):
    """The bundled corpus indexed, then one page added and one removed: two segments, one deletion."""
    root = tmp_path_factory.mktemp("two-segments")
    src = root / "src"
    shutil.copytree(CORPUS, src)
    build_index([src], root / "idx", jobs=1)
    write(src / "追加.txt", "地域の情報通信基盤の整備\n\n地域の情報通信基盤を整備し、地域の課題を解決する。\n")
    (src / sorted(p.name for p in src.glob("*.txt"))[0]).unlink()
    build_index([src], root / "idx", jobs=1)
    return root / "idx"


def test_a_terms_positions_read_whole_are_those_read_document_by_document(two_segments):
    # all_positions walks the term's postings block by block and decodes positions only;
    # it must give, for every document, what read_occurrences gives (two segments, one deletion).
    with open_index(two_segments) as idx:
        searcher, _ = idx._searcher()
        assert [(leaf.doc_count_all(), leaf.doc_count()) for leaf, _ in searcher.reader().leaf_readers()] == [(5, 4), (1, 1)]
        for word in ("地域", "情報", "通信"):
            arrays = Arrays(searcher)
            occ = arrays.occurrences("body", word)
            assert len(occ) >= 2
            rows = arrays.read_occurrences("body", occ.btext, occ.ids)
            expected = {d: bitsets.from_docs(r[0::3]) for d, r in rows.items()}
            assert arrays.all_positions(occ) == expected, word


def test_positions_read_from_the_values_kept_with_the_postings_are_those_read_from_the_index(two_segments):
    # Reading a term's postings keeps each document's stored value, so the positions of a few
    # documents later (rerank, snippets) need not go back to the index: the same rows either way.
    from ictsearch.search.caches import Budget

    with open_index(two_segments) as idx:
        searcher, _ = idx._searcher()
        for word in ("地域", "情報", "テレワーク"):
            kept = Arrays(searcher)
            occ = kept.occurrences("body", word)
            assert kept.values.get(("body", occ.btext)) is not None
            fresh = Arrays(searcher)
            fresh.values = Budget(0)  # keeps nothing: every read goes to the index
            fresh_occ = fresh.occurrences("body", word)
            assert fresh.values.get(("body", fresh_occ.btext)) is None
            docs = occ.ids[::2] + [max(occ.ids) + 1]  # every other holder, and one that does not hold it
            assert kept.read_occurrences("body", occ.btext, docs) == fresh.read_occurrences("body", occ.btext, docs), word
