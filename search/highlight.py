"""What to highlight in a hit: the query's positive terms, and where they stand in the text.

Phrases are highlighted only where their words stand together (迷惑メール does
not light up every メール), a compound's parts only where the compound itself
is absent.  Offsets come from the postings (``search.evaluate.Arrays.occurrences``).
"""

from __future__ import annotations

from whoosh import query as wq

from .matchers import Parts, Slight


def positive_terms(q: wq.Query):
    """(field, term) of everything that can contribute to a match (not under a Not).

    A phrase yields its words as a tuple: they are highlighted only where they
    stand together, so 迷惑メール does not light up every メール.
    """
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from positive_terms(q.a)
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
    if isinstance(q, Slight) and q.together:
        # Highlighted only beside the unit it is glued to: 【デジタル化】, not the 化 of 情報化.
        for field in dict.fromkeys(f for f, _t in positive_terms(wq.Or(q.subqueries))):
            yield field, q.together
        return
    for child in q.children():
        yield from positive_terms(child)


def _words(terms):
    """Every single word of `terms` (as positive_terms gives them) whose positions term_spans reads."""
    for term in terms:
        if isinstance(term, str):
            yield term
        elif isinstance(term, Parts):
            yield from (sub.text for sub in term.subqueries)
        else:
            yield from term


def read_ahead(arrays, docs: list[int], terms) -> None:
    """Decode where each word of `terms` stands in all of `docs` (a page of hits) at once.

    term_spans asks one document at a time, and each ask opened the word's
    postings and skipped from their start to the document: forty openings for
    ten hits of a four-word query.  One walk per word through the page's
    documents (ascending) fills the per-searcher cache that term_spans reads.
    """
    docs = sorted(docs)
    for word in dict.fromkeys(_words(terms)):
        occ = arrays.occurrences("body", word)
        holding = [d for d in docs if occ.bits >> d & 1]
        if holding:
            occ.rows(holding)


def term_spans(arrays, docnum: int, terms, keys: dict | None = None) -> list[tuple[int, int]]:
    """Character spans in one document's body of the query's terms and phrases (`arrays`: search.evaluate.Arrays).

    `keys`, when given, is filled with each span's query word (a phrase's words joined by a
    space): the snippet then knows that 「Local」, which the analyzer reads as ローカル, is
    ローカル again, not a word the other sentences lack.
    """
    spans: list[tuple[int, int]] = []
    found: set = set()
    if keys is None:
        keys = {}

    def chars(term: str):
        return arrays.occurrences("body", term).in_document(docnum)

    for term in terms:
        if isinstance(term, str):
            c = chars(term)
            if c:
                found.add(term)
            for _pos, s, e in c:
                spans.append((s, e))
                keys[(s, e)] = term
            continue
        if isinstance(term, Parts):
            parts = [sub.text for sub in term.subqueries]
            # Where the parts stand side by side the word is written whole, and lit whole as typed
            # (長野県【松本市】, where 「スマホ教室 松本市」 lit 【松本】市: its 市 is no longer part).
            whole = _in_sequence([{pos: (s, e) for pos, s, e in chars(p)} for p in parts], touching=True)
            if term.compound in found:
                # Written as its own word elsewhere, it is still lit where it stands inside a longer one, its
                # parts side by side: 「松本市 長野県」 lit 〒390-0874【長野県】松本市大手, an address Sudachi reads
                # as one word (長野県松本市大手), because the page's title writes 松本市 alone.
                for span in whole:
                    if span not in keys:
                        spans.append(span)
                        keys[span] = term.compound
            else:
                for span in whole:
                    spans.append(span)
                    keys[span] = " ".join(parts)
                # A part of one character (the 者 of 高齢者, the 局 of 通信局) lights up every
                # 初心者 and 事務局 of a page: elsewhere only the longer parts, unless all are one character.
                for part in [p for p in parts if len(p) > 1] or parts:
                    for _pos, s, e in chars(part):
                        if not any(a <= s and e <= b for a, b in whole):
                            spans.append((s, e))
                            keys[(s, e)] = part
            continue
        for span in _in_sequence([{pos: (s, e) for pos, s, e in chars(w)} for w in term]):
            spans.append(span)
            keys[span] = " ".join(term)
    return spans


def _in_sequence(by_word: list[dict], touching: bool = False) -> list[tuple[int, int]]:
    """The character spans where words stand at successive positions (`by_word`: per word, position → span);
    with `touching`, only where each word begins where the one before ends: the parts of a compound are its
    word written whole only so (positions pass over punctuation, and 「長野、県内の」 lit 【長野、県】 for 長野県)."""
    return [(start, by_word[-1][pos + len(by_word) - 1][1]) for pos, (start, _end) in by_word[0].items()
            if all(pos + i in by_word[i] and (not touching or by_word[i][pos + i][0] == by_word[i - 1][pos + i - 1][1])
                   for i in range(1, len(by_word)))]
