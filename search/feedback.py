"""Pseudo-relevance feedback for questions typed the way people talk (RM3-style).

A question in other words than the page's (「地震の被災地を手伝う県の取り組み」 for a page
on 能登半島地震被害に対する支援) shares few terms with the page that answers it.  The
best hits of the question, even when not the answer, tend to speak the page's
vocabulary (被災, 復興, 災害); those terms, weighted well below the words typed,
are added to the query and it is run again.

Only a talk-like question (a word typed with particles between its units or with
function words dropped, ``talk`` in its explain entry) whose typed words find few
pages (:data:`THIN`) gets feedback.  A keyword query means exactly its words, and
where the typed words find many pages their own ranking is the better one: drifting
toward the first hits' other topics lowered the White Paper questions
(bench/queries.tsv).

Such a question is also run as read with its everyday words' official counterparts
(手伝う → 支援, 褒める → 表彰: ``Compiled.paraphrased``, search/query.py), and the pages
only that reading matches join the hits; where the typed words find many pages the
paraphrases stay out like the feedback terms (with them in every question's match, the
White Paper question テレワークの利用が広がっている lost recall@10, 0.50 → 0.33).

A question whose typed words match nothing at all (each page holds too few of them) is asked
again with one word fewer required, step by step (:func:`relaxed_query`), rather than give 0 hits
and no word of why; explain's ``feedback`` shows the query that answered.

The terms come from the first :data:`TEXT_CHARS` characters of each feedback
document's stored body, analyzed again (the index keeps no term vectors), and are
scored by Whoosh's Bo1 model against their frequency in the whole index.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, NamedTuple, Sequence

from whoosh import query as wq

from ictsearch.indexer.analysis import analyze

from .caches import LockedBudget, per_searcher, shared_state

#: Whether talk-like questions get feedback at all (bench/realdocs_relevance.py --compare no-feedback).
ENABLED = True
#: Feedback only for a question whose typed words match fewer documents than this: where
#: they match many, their own ranking is the better one.  20 on the judged real-page
#: questions (bench/realdocs_relevance.py, dev): question MRR@10 0.92 against 0.85 with no
#: limit, 0.88 at 10, 0.85 at 50; with no limit the White Paper's natural questions
#: (bench/queries.tsv) lost MRR (0.83 → 0.78: 高齢者がスマホの使い方を学べる).
THIN = 20
#: How many of the best hits lend their terms: 3 against 5 on the judged real-page questions
#: (bench/realdocs_relevance.py, dev, before THIN): question MRR@10 0.85 against 0.81; 5 also
#: lowered held-out.
DOCS = 3
#: How many terms are added.
TERMS = 10
#: Boost of the strongest added term; the typed words weigh 1, synonyms 0.4.
WEIGHT = 0.3
#: A document found only through feedback must hold this many of the added terms.
MIN_TERMS = 2
#: Whether a thin question is also run as read with paraphrases (Compiled.paraphrased): question
#: MRR@10 on the judged real pages (bench/realdocs_relevance.py) dev 0.71 → 0.75, held-out 0.86 → 0.93.
PARAPHRASED = True
#: Whether a question that matches nothing is asked again with fewer of its words required
#: (:func:`relaxed_query`).
RELAX = True
#: Characters of each document's body read for terms: a page's opening carries its
#: topic, and re-analyzing whole White Paper chapters would cost a second per query.
TEXT_CHARS = 20_000


def applies(compiled, matched: int) -> bool:
    """Whether a query that matched `matched` documents gets feedback: a question typed as
    one talk-like word (particles or function words in it), and nothing else.

    Beside other words, a NOT or a region or year read out of it, the added terms would
    let in pages that lack what those require (宮城 電波の日: a page of 岩手).
    """
    return ENABLED and matched < THIN and len(compiled.words) == 1 and bool(compiled.words[0].get("talk"))


def _typed_terms(compiled) -> set[str]:
    typed: set[str] = set()
    for w in compiled.words:
        typed.update(w.get("terms", ()))
        for syn in w.get("synonyms", ()):
            typed.update(syn.split(" "))
    return typed


def _counts(text: str) -> Counter:
    """Content terms of a text: no function words, bare numbers or single kana/Latin letters."""
    out: Counter = Counter()
    for t in analyze(text):
        if t.weak or t.text.isdigit() or (len(t.text) == 1 and not ("\u4e00" <= t.text <= "\u9fff")):
            continue
        out[t.text] += 1
    return out


#: Feedback documents whose analyzed terms are kept per open searcher: analysis is most of
#: the cost of feedback (about 0.1 s a document), and the same best hits recur.
CACHED_DOCS = 256


class _Memo:
    """Per searcher (a snapshot): documents' content terms, and the index's term lookups."""

    def __init__(self, searcher):
        # The documents' terms (0.1 s a document) and the lookups are the same for every searcher
        # of one index state: an Index's threads share them (caches.shared_state).  A thin
        # question asked in a new thread analyzed its best hits again (at the White Paper ×1
        # 重さ約3kgのショルダーホン: a new thread's search 560 ms, a warm one's 90).
        shared = shared_state(searcher)
        self.searcher = searcher
        self.reader = _RememberingReader(searcher.reader(), shared.get("feedback.frequency", dict))
        self.counts = shared.get("feedback.counts", lambda: LockedBudget(CACHED_DOCS))

    @classmethod
    def of(cls, searcher) -> "_Memo":
        return per_searcher(searcher, "feedback", cls)

    def terms_of(self, docnum: int) -> Counter:
        found = self.counts.get(docnum)
        if found is None:
            body = self.searcher.stored_fields(docnum).get("body") or ""
            found = self.counts.put(docnum, _counts(body[:TEXT_CHARS]))
        return found


class _RememberingReader:
    """A reader whose term lookups (which Whoosh's Expander makes for every candidate term) are remembered."""

    def __init__(self, reader, frequency: dict):
        self._reader = reader
        self._frequency = frequency

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def _lookup(self, fieldname, text):
        key = (fieldname, text)
        found = self._frequency.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._frequency[key] = self._reader.frequency(fieldname, text) if key in self._reader else None
        return found

    def __contains__(self, key) -> bool:
        return self._lookup(*key) is not None

    def frequency(self, fieldname, text):
        return self._lookup(fieldname, text) or 0


_UNSEEN = object()


def expansion_terms(searcher, docnums: Sequence[int], exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
    """The best distinctive body terms of the given documents, (term, weight) with weight ≤ 1."""
    from whoosh.classify import Expander

    if not docnums:
        return []
    memo = _Memo.of(searcher)
    expander = Expander(memo.reader, "body")
    for d in docnums:
        expander.add(memo.terms_of(d).items())
    skip = set(exclude)
    picked = [(t, w) for t, w in expander.expanded_terms(TERMS + len(skip)) if t not in skip][:TERMS]
    top = max((w for _, w in picked), default=0.0)
    return [(t, w / top) for t, w in picked] if top > 0 else []


class Feedback(NamedTuple):
    """What a thin question adds: the query to OR with the typed one, and whether it is the question
    asked with fewer of its words (:func:`relaxed_query`), whose hits answer it only in part."""

    query: wq.Query
    relaxed: bool = False


def feedback_query(searcher, compiled, docnums: Sequence[int]) -> Feedback | None:
    """What a thin question adds, or None when nothing.

    The question read with its everyday words' official counterparts (手伝う → 支援,
    ``compiled.paraphrased``, search/query.py) and the best hits' terms.
    """
    from .matchers import MinMatch

    parts = []
    if not docnums and RELAX and compiled.options.get("synonyms", True):
        # Nothing matched: the question asks too many of its words of one page (「牛の出産を知らせる
        # センサーを牛舎につける」: no page writes two of 出産, センサー, 牛舎).  Ask one word fewer,
        # again until some page answers; the explain entry's feedback shows the query that did.
        # Not when synonyms are turned off: the words as typed, strictly.
        fewer = relaxed_query(searcher, compiled)
        if fewer is not None:
            return Feedback(fewer, relaxed=True)
    if PARAPHRASED and compiled.paraphrased is not None:
        # Only the pages the paraphrases let in: a page the typed words match keeps its own
        # score rather than having the question's added twice (question MRR@10 on the judged
        # real pages, dev: 0.75 against 0.73 with the whole paraphrased question added).
        parts.append(wq.And([compiled.paraphrased, wq.Not(compiled.query)]))
    terms = expansion_terms(searcher, list(docnums)[:DOCS], _typed_terms(compiled))
    if len(terms) >= MIN_TERMS:
        parts.append(MinMatch([wq.Term("body", t, boost=WEIGHT * w) for t, w in terms], minimum=MIN_TERMS))
    if not parts:
        return None
    return Feedback(parts[0] if len(parts) == 1 else wq.Or(parts))


def relaxed_query(searcher, compiled) -> wq.Query | None:
    """A talk-like question that matched nothing with one of its required words fewer (its
    MinMatch's minimum), step by step until some page
    matches (with its paraphrased reading, 手伝う → 支援, where there is one); None when even one
    word finds nothing or there is nothing to relax."""
    from .evaluate import Arrays

    arrays = Arrays.for_searcher(searcher)
    query = compiled.query
    paraphrased = compiled.paraphrased if PARAPHRASED else None
    while True:
        query = _fewer(query)
        if query is None:
            return None
        if paraphrased is not None:
            paraphrased = _fewer(paraphrased) or paraphrased
        asked = query if paraphrased is None else wq.Or([query, paraphrased])
        if arrays.evaluate(asked, scores=False).mask:
            return asked


def _fewer(q) -> wq.Query | None:
    """`q` (a talk-like word's query: search/query.py _terms_query) with one required word fewer,
    or None when no word can go.  Only a question of three content words or more (a MinMatch) is
    relaxed: of two (高齢者を手伝う, an AND), one alone is another question, shown only with a note that says
    which word the pages leave out (search/relax.py question_words).  A compound's parts
    (matchers.Parts) and a phrase stay whole."""
    from .matchers import MinMatch

    if isinstance(q, MinMatch):
        if q.minimum <= 1:
            return None
        fewer = MinMatch(q.subqueries, boost=q.boost, minimum=q.minimum - 1, rarity=q.rarity,
                         rarity_from=q.rarity_from, rarity_counts=q.rarity_counts)
        return fewer
    if isinstance(q, wq.AndMaybe):
        a = _fewer(q.a)
        return None if a is None else wq.AndMaybe(a, q.b)
    if isinstance(q, wq.Or) and not isinstance(q, MinMatch) and q.subqueries:
        # The whole word's synonyms beside it (Or([word, synonym, ...])): relax the word.
        first = _fewer(q.subqueries[0])
        return None if first is None else wq.Or([first, *q.subqueries[1:]], boost=q.boost)
    return None
