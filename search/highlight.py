"""What to highlight in a hit: the query's positive terms, and where they stand in the text.

Phrases are highlighted only where their words stand together (迷惑メール does
not light up every メール), a compound's parts only where the compound itself
is absent.  Offsets come from the postings (``search.evaluate.Arrays.occurrences``).
"""

from __future__ import annotations

from whoosh import query as wq

from .matchers import Parts


def positive_terms(q: wq.Query):
    """(field, term) of everything that can contribute to a match (not under a Not).

    A phrase yields its words as a tuple: they are highlighted only where they
    stand together, so 迷惑メール does not light up every メール.
    """
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.Term):
        yield q.fieldname, q.text
        return
    if isinstance(q, wq.Phrase):
        yield q.fieldname, tuple(q.words)
        return
    if isinstance(q, Parts):
        yield q.subqueries[0].fieldname, q
        return
    for child in q.children():
        yield from positive_terms(child)


def term_spans(arrays, docnum: int, terms) -> list[tuple[int, int]]:
    """Character spans in one document's body of the query's terms and phrases (`arrays`: search.evaluate.Arrays)."""
    spans: list[tuple[int, int]] = []
    found: set = set()

    def chars(term: str):
        return arrays.occurrences("body", term).in_document(docnum)

    for term in terms:
        if isinstance(term, str):
            c = chars(term)
            if c:
                found.add(term)
            spans.extend((s, e) for _pos, s, e in c)
            continue
        if isinstance(term, Parts):
            if term.compound not in found:
                for sub in term.subqueries:
                    spans.extend((s, e) for _pos, s, e in chars(sub.text))
            continue
        by_word = [{pos: (s, e) for pos, s, e in chars(w)} for w in term]
        for pos, (start, _end) in by_word[0].items():
            if all(pos + i in by_word[i] for i in range(1, len(term))):
                spans.append((start, by_word[-1][pos + len(term) - 1][1]))
    return spans
