"""A keyword query of several words that finds nothing: the pages holding all of them but the fewest.

Officers type a subject with a category word the pages never write (「連携協定 DX 企業」: the
agreements name 株式会社電通九州 and NTT東日本, not 企業), and every typed word is required, so the
search showed nothing but "企業 removes every hit" (bench/realdocs/queries-fresh4.tsv i26).  As web
search engines do, such a search shows the pages holding all its words but one (then two, …)
instead, and says which words the hits leave out (SearchResult.dropped_words, a note).

Only for two plain words or more: a quoted phrase, an explicit AND / OR / NOT or a field word
(title:…) says exactly what is wanted; a region or year word read as metadata, or a word of
digits alone, is required as a filter is (search/api.py says when one removes every hit); and
when the words match pages that the filters remove, the filters' note says so instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq

from ictsearch.indexer.errors import echoed_query
from ictsearch.indexer.lazy import LazyPattern

from . import bitsets, latin
from .matchers import MinMatch
from .parse import And, Filter, PhraseNode, Word

#: What lists words written without a space: 、 and commas of either width.
_LISTED = LazyPattern(r"[、，,]+")
#: An AND typed between words (parse drops it: space already means AND), which asks for every word.
_EXPLICIT_AND = LazyPattern(r"(?:^|\s)AND(?:\s|$)")


@dataclass(frozen=True)
class Fewer:
    """The query of all the words but the fewest, and the words some of its matches lack."""
    query: wq.Query
    dropped: tuple[str, ...]
    #: How many of the `of` words that can be left out each hit holds at least.
    held: int = 0
    of: int = 0


def _plain_words(ast, query: str, passage: bool = False) -> list | None:
    """The typed words of a plain keyword query of two words or more, else None.

    In a sentence pasted from a page (`passage`: search.parse.pasted_sentence) its quotes and
    brackets are the page's punctuation, not a phrase or a group typed to say exactly what is
    wanted: the words inside its brackets and its quoted phrases count as its words too.  A
    pasted 「中国総合通信局(局長:菊池 昌克)は、…を策定しました。」 found nothing, as the page reads
    局長 after its bracket as 局 and 長."""
    if isinstance(ast, Word):
        ast = And((ast,))  # 「テレワーク、防災」 alone: its listed words (below)
    if not isinstance(ast, And) or _EXPLICIT_AND.search(query):
        return None
    nodes = list(ast.nodes)
    if not passage:
        # Words listed with 、 and no space (「テレワーク、防災」, as a Japanese list is written) are one
        # word to the parser, whose parts were all required: no page held both, and nothing was shown.
        # (In a pasted passage a 、 ends a clause of the page's sentence, which stays one word.)
        nodes = [Word(part) if len(parts) > 1 else node for node in nodes
                 for parts in [_LISTED.split(node.text) if isinstance(node, Word) and node.field is None else [node]]
                 for part in parts if not isinstance(part, str) or part.strip()]
    if passage:
        flat: list = []
        while nodes:
            node = nodes.pop(0)
            if isinstance(node, And):
                nodes[:0] = list(node.nodes)
            else:
                flat.append(node)
        nodes = flat
    kinds = (Word, Filter, PhraseNode) if passage else (Word, Filter)
    words = [n for n in nodes if isinstance(n, (Word, PhraseNode))]
    if any(not isinstance(n, kinds) for n in nodes) or any(w.field for w in words):
        return None
    return words if len(words) >= 2 else None


def question_words(ast, words: list[dict]) -> And | None:
    """The query with a question typed without spaces (「e-Govで電子申請したい」) as its content words typed apart
    (e-Gov 電子申請), or None when it holds no such question.

    A question's words are its units, and they are all required when there are two (search/query.py: SHOULD_MATCH_TALK
    of more): a question whose two words no page holds together found nothing and said nothing, where the same words
    typed apart show the pages holding one of them, with a note.  Only the question's own content words
    (Compiled.words' content_words): its particles and its verb of asking (したい, 知りたい) are no words to hold."""
    asked = [w for w in words if w.get("content_words")]
    if len(asked) != 1:
        return None
    nodes = list(ast.nodes) if isinstance(ast, And) else [ast]
    at = [i for i, n in enumerate(nodes) if isinstance(n, Word) and n.field is None and n.text == asked[0].get("word")]
    if len(at) != 1:
        return None
    # A year or place read out of the question (本年度 in 「本年度、ネット依存の対策」) stays required, as typed apart.
    read = [Word(w["word"]) for w in words if w.get("read_as") and w.get("within") == asked[0].get("word")]
    split = read + [Word(t) for t in asked[0]["content_words"]]
    return And(tuple(nodes[:at[0]] + split + nodes[at[0] + 1:]))


def fewer_words(arrays, ast, query: str, compile_word, allowed, spellings=None, passage: bool = False) -> Fewer | None:
    """The words of `ast` asked with the fewest left out such that some document (within `allowed`)
    matches, or None when the query is no plain keyword query or no word finds anything.

    `compile_word(node)` compiles a sub-query (search.query.compile_query with the search's options)."""
    if spellings is not None and isinstance(ast, And):
        ast = And(latin.joined_words(ast.nodes, spellings))  # LG WAN is one word, as the search read it
    words = _plain_words(ast, query, passage)
    if words is None:
        return None
    required: list[wq.Query] = []
    droppable: list[tuple[str, wq.Query]] = []
    for word in words:
        compiled = compile_word(And((word,)))
        if compiled.query is None:
            continue  # a particle typed apart (テレワーク や 在宅勤務): required by nothing
        if any(info.get("read_as") for info in compiled.words) or not any(c.isalpha() for c in word.text):
            # A year or place read as metadata is required as a filter is; so is a number or a range
            # not read so (2099..2100, beyond the calendars): left out, any year's pages would show.
            required.append(compiled.query)
        elif all(_shown(word) != text for text, _ in droppable):
            # A word typed twice (a paragraph pasted with its repeats) is one word to hold or leave
            # out: counted twice, a page holding it held "2 of its words" and it was named twice.
            droppable.append((_shown(word), compiled.query))
    if len(droppable) < 2:
        return None  # one word and a place or year: that word is the search (the place's note says why)
    queries = [q for _, q in droppable]
    # Each word's pages once, then every count of words held from them in one pass: asked as a
    # MinMatch per count, from all but one down, every word was evaluated again for each count, and a
    # pasted paragraph of ~300 words spent 69 s here (6,600 characters, shared corpus, under load).
    within = arrays.evaluate(wq.And(required), scores=False, within=allowed).mask if required else allowed
    masks = [arrays.evaluate(q, scores=False, within=within).mask for q in queries]
    held = bitsets.at_least_each(masks, len(droppable) - 1)
    for minimum in range(len(droppable) - 1, 0, -1):
        if mask := held[minimum]:
            some = MinMatch(queries, minimum=minimum)
            asked = wq.And([*required, some]) if required else some
            dropped = tuple(text for (text, _), word_mask in zip(droppable, masks) if mask & ~word_mask)
            return Fewer(asked, dropped, minimum, len(droppable))
    return None


def _shown(node) -> str:
    """A word as a note names it: a quoted phrase in its quotes."""
    return f"「{node.text}」" if isinstance(node, PhraseNode) else node.text


def note(query: str, fewer: Fewer) -> str:
    """What a search shown with words left out says of it (a pasted paragraph by its start and end:
    echoed whole, it filled the screen above the hits)."""
    query = echoed_query(query.strip())
    if len(fewer.dropped) == 1:
        return f"no document holds every word of {query}: these leave out {fewer.dropped[0]}"
    return (f"no document holds every word of {query}: these hold {fewer.held} of its {fewer.of} words, "
            f"leaving out {' or '.join(fewer.dropped)}")
