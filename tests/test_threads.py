"""One open Index shared by threads: each thread has its own searcher, and they share what every
searcher of one index state reads alike (search/caches.py): the facet sets, field lengths,
postings, feedback's analyzed documents, the did-you-mean vocabulary.  Shared, none of it may outlive the commit it was read
from: a stale facet count or a deleted document coming back is worse than a slow first search.
No timing here: bench/threads.py times a thread's first search."""

from __future__ import annotations

import shutil
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import feedback, open_index
from ictsearch.search.caches import SharedStates, per_searcher
from ictsearch.search.evaluate import Arrays
from ictsearch.search.facets import FACETS

from conftest import CORPUS, write

#: Searches that read every shared object: facets and what is missing, the 年度 and years of a
#: date sort, a filter alone, synonyms and split words, a question (feedback), a typo (vocabulary).
SEARCHES = [
    ("テレワーク", {}),
    ("テレワーク", {"sort": "date"}),
    ("迷惑メール", {}),
    ("地域課題解決", {}),
    ("", {"region": "東北"}),
    ("ＤＸ", {"fiscal_year": "2020..2023"}),
    ("東北のテレワーク施策で令和4年度のもの", {}),
    ("防災訓練", {}),
    ("テレワークを導入する企業への支援", {}),
    ("てれわーく", {}),
]


def _answers(idx) -> list[dict]:
    out = [idx.search(q, **kw).to_dict() for q, kw in SEARCHES]
    return out + [{"facets": idx.facets(), "missing": idx.missing(), "documents": idx.doc_count()}]


def _in_each_thread(pool: ThreadPoolExecutor, n: int, fn) -> list:
    """fn() once in each of the pool's `n` threads (a barrier keeps any thread from taking two)."""
    barrier = threading.Barrier(n)

    def task():
        barrier.wait(timeout=60)
        return threading.get_ident(), fn()

    results = list(pool.map(lambda _: task(), range(n)))
    assert len({ident for ident, _ in results}) == n
    return [r for _, r in results]


def _truth(index_dir) -> list[dict]:
    """What one thread of a freshly opened Index answers: nothing shared with anyone."""
    with open_index(index_dir) as fresh:
        return _answers(fresh)


def test_many_threads_at_once_answer_as_one_thread(corpus_index):
    expected = _truth(corpus_index)
    idx = open_index(corpus_index)  # cold: the threads race to make the shared objects
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = _in_each_thread(pool, 8, lambda: _answers(idx))
        searcher = pool.submit(lambda: idx._searcher()[0]).result()
    assert all(answers == expected for answers in got)
    # However many made one at once, each thread holds the one kept.
    assert set(per_searcher(searcher, "shared", None).made.values()) == {1}


def test_a_new_thread_reuses_what_other_threads_made(corpus_index):
    idx = open_index(corpus_index)

    def warm():
        _answers(idx)
        searcher, facets = idx._searcher()
        return searcher, facets, Arrays.for_searcher(searcher)

    with ThreadPoolExecutor(max_workers=1) as pool:
        s1, f1, a1 = pool.submit(warm).result()
    state = per_searcher(s1, "shared", None)
    made = dict(state.made)
    assert {"facets.file", "facets.numbers.fiscal_year", "facets.own_date_years", "vocabulary",
            "arrays._postings", "arrays._lengths", "feedback.counts"} <= set(made)
    assert len(state.get("feedback.counts", None).items) == 3  # the question's feedback documents
    with ThreadPoolExecutor(max_workers=1) as pool:  # another thread, started after the first ended
        s2, f2, a2 = pool.submit(warm).result()
    assert s2 is not s1 and s2.reader() is not s1.reader()  # a searcher of its own
    assert per_searcher(s2, "shared", None) is state
    assert dict(state.made) == made  # nothing made again
    for facet in FACETS:
        assert f2.values(facet.name) is f1.values(facet.name)
    assert f2.fiscal_years() is f1.fiscal_years() and f2.years() is f1.years()
    assert a2.lengths("body") is a1.lengths("body")
    assert a2._postings is a1._postings and a2.decoded is a1.decoded
    assert a2.term("body", "テレワーク") is a1.term("body", "テレワーク")
    assert feedback._Memo.of(s2).counts is feedback._Memo.of(s1).counts


def test_threads_follow_another_writers_commits(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(CORPUS, src)
    idx_dir = tmp_path / "idx"
    build_index([src], idx_dir, jobs=1)
    idx = open_index(idx_dir)
    n = 4
    pool = ThreadPoolExecutor(max_workers=n)  # the same threads all along: each keeps its searcher

    def all_threads_answer_as_a_fresh_index():
        expected = _truth(idx_dir)
        assert all(answers == expected for answers in _in_each_thread(pool, n, lambda: _answers(idx)))
        return expected

    def counts():
        return _in_each_thread(pool, n, lambda: (idx.search("防災訓練").total, idx.facets()["region"].get("北海道", 0)))

    try:
        before = all_threads_answer_as_a_fresh_index()
        assert set(counts()) == {(0, 0)}

        # Another writer adds a document.
        write(src / "hokkaido.txt", "令和5年度 事業計画\n\n北海道の防災訓練を支援した。\n")
        build_index([src], idx_dir, jobs=1)
        after_add = all_threads_answer_as_a_fresh_index()
        assert after_add != before
        assert set(counts()) == {(1, 1)}

        # ... deletes one (a commit of deletions only: the same segments, one more deleted).
        (src / "hokkaido.txt").unlink()
        build_index([src], idx_dir, jobs=1)
        assert all_threads_answer_as_a_fresh_index() == before
        assert set(counts()) == {(0, 0)}

        # ... rebuilds into a new generation.
        write(src / "hokkaido.txt", "令和5年度 事業計画\n\n北海道の防災訓練を支援した。\n")
        build_index([src], idx_dir, jobs=1, rebuild=True)
        all_threads_answer_as_a_fresh_index()
        assert set(counts()) == {(1, 1)}

        # ... deletes the index and builds another in its place (the same generation's name).
        shutil.rmtree(idx_dir)
        (src / "hokkaido.txt").unlink()
        (src / "tohoku-bureau-fy2023-ict-policy-slides.txt").unlink()
        build_index([src], idx_dir, jobs=1)
        rebuilt = all_threads_answer_as_a_fresh_index()
        assert set(counts()) == {(0, 0)}
        assert rebuilt[-1]["documents"] == 4
        assert "東北" not in rebuilt[-1]["facets"]["region"]
    finally:
        pool.shutdown()
        idx.close()


def test_states_of_older_commits_are_let_go():
    states = SharedStates(keep=2)
    a, b = states.of("a"), states.of("b")
    assert states.of("a") is a  # and now the most recent
    c = states.of("c")
    assert states.of("a") is a and states.of("c") is c
    assert states.of("b") is not b  # b was the oldest when c came


@pytest.mark.parametrize("racers", [8])
def test_a_shared_object_is_made_by_one_or_kept_once(racers):
    from ictsearch.search.caches import SharedState

    state = SharedState("k")
    barrier = threading.Barrier(racers)

    def get():
        barrier.wait(timeout=60)
        return state.get("x", lambda: object())

    with ThreadPoolExecutor(max_workers=racers) as pool:
        got = list(pool.map(lambda _: get(), range(racers)))
    assert len({id(o) for o in got}) == 1 and state.made["x"] == 1


def test_a_readers_stored_column_offsets_are_whooshs(corpus_index, tmp_path):
    # Every thread's reader opens the stored-fields column on its first hit; search/mapped.py sums
    # its offsets in C.  The same arrays as Whoosh's loop.
    from whoosh import columns
    from whoosh.codec.whoosh3 import STORED_COLUMN

    from ictsearch.search import mapped

    def var_bytes(reader):  # the stored column is pickles over compressed bytes over VarBytes
        while not isinstance(reader, columns.VarBytesColumn.Reader):
            reader = reader._child
        return reader

    with open_index(corpus_index) as idx:
        searcher, _ = idx._searcher()
        for leaf, _base in searcher.reader().leaf_readers():
            perdoc = leaf._perdoc
            ours = perdoc.column_reader("_stored", STORED_COLUMN)
            theirs = perdoc.column_reader("_stored", STORED_COLUMN)
            mapped._whoosh_offsets(var_bytes(theirs))
            assert var_bytes(ours)._offsets == var_bytes(theirs)._offsets
            assert var_bytes(ours)._offsets.typecode == var_bytes(theirs)._offsets.typecode
            assert var_bytes(ours)._lengths == var_bytes(theirs)._lengths
            n = leaf.doc_count_all()
            assert [ours[d] for d in range(n)] == [theirs[d] for d in range(n)]


@pytest.mark.parametrize("values", [[], [b""], [b"a"], [b"ab", b"", b"cde", b"", b""], [b"x" * 300] * 70])
def test_byte_column_offsets_of_any_rows_are_whooshs(values):
    from whoosh import columns
    from whoosh.filedb.filestore import RamStorage

    from ictsearch.search import mapped

    mapped.install()
    assert columns.VarBytesColumn.Reader._read_offsets_and_lengths is mapped._read_offsets_and_lengths
    storage = RamStorage()
    column = columns.VarBytesColumn()
    out = storage.create_file("column")
    writer = column.writer(out)
    for docnum, value in enumerate(values):
        if value:
            writer.add(docnum, value)
    writer.finish(len(values))
    length = out.tell()
    out.close()
    ours = column.reader(storage.open_file("column"), 0, length, len(values))
    theirs = column.reader(storage.open_file("column"), 0, length, len(values))
    mapped._whoosh_offsets(theirs)
    assert (ours._offsets, ours._lengths) == (theirs._offsets, theirs._lengths)
    assert [ours[d] for d in range(len(values))] == values


def test_threads_analyze_with_one_sudachi_dictionary():
    # Each thread loaded its own Sudachi dictionary (55–60 ms), most of what a new thread's first
    # search still cost once the index's caches were shared; the dictionary is shared now and
    # each thread makes only its tokenizer (which is not thread-safe), and they analyze alike.
    from concurrent.futures import ThreadPoolExecutor

    from ictsearch.indexer import analysis
    from ictsearch.search import suggest

    text = "東北総合通信局のテレワーク施策で令和4年度のもの"

    # The barrier holds each task until four threads have one, so a loaded machine cannot run them all
    # on one thread (seen once under load: one tokenizer for all eight).
    together = threading.Barrier(4, timeout=30)

    def in_a_thread(_):
        terms = [(t.text, t.weak) for t in analysis.analyze(text)]
        seen = analysis.sudachi_dictionary(), terms, suggest._tokenizer(), analysis.particle_alone("や")
        together.wait()
        return seen

    with ThreadPoolExecutor(max_workers=4) as pool:
        seen = list(pool.map(in_a_thread, range(4)))
    assert all(d is seen[0][0] for d, *_ in seen)
    assert all(terms == seen[0][1] for _, terms, *_ in seen) and ("テレワーク", False) in seen[0][1]
    assert len({id(tok) for _, _, tok, _ in seen}) > 1  # a tokenizer per thread
    assert all(particle for *_, particle in seen)
