"""Latin words typed with or without a hyphen or a space: LG-WAN finds LGWAN, eTax finds e-Tax.

Officers type an abbreviation as they remember it, and pages write it either way: the
analyzer (indexer/analysis.py) keeps some hyphenated names as one term (e-Tax → e-tax, WiFi and
Wi-Fi → wi-fi) and splits others (LG-WAN → lg | wan, e-Gov → e | gov), while the solid form is one
term (LGWAN → lgwan, eTax → etax).  Each typed form then matched only the pages writing it alike:
「LG-WAN 整備」 and 「eTax 申告データ 送信」 found nothing (bench/realdocs/queries-fresh4.tsv i13, i25).

A query's Latin word also matches the index's Latin terms that differ from it only by hyphens,
spaces and case: one term (lgwan for LG-WAN, e-tax for eTax), or two terms side by side (lg wan
for LGWAN, e gov for eGov).  Read from the index, not the analyzer's rules: only spellings some
page holds are added, and a rebuild is never needed.

A name and its number (Beyond5G, COVID-19) are also read as the analyzer reads them written
otherwise (:func:`written_otherwise`: beyond | 5g apart, covid-19 before a particle), which no
folding of index terms finds (two terms cut beside a digit).  :meth:`Spellings.of` is the one
lookup of both, asked for a word typed alone, a quoted phrase, a word left out and a name inside
a longer word (Beyond5Gの推進); without an index (:data:`NO_INDEX`) it gives the analyzer's only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ictsearch.indexer.analysis import _FOLDS, analyze
from ictsearch.indexer.lazy import LazyPattern

#: Characters a Latin word may be written with or without (after NFKC): hyphens, dashes, spaces,
#: the middle dot and the period (Wi‐Fi, e－Tax, Hi・net, LG WAN).
_JOINER = r"[\-\u2010-\u2015\u2212\u30fb\uff65\u00b7. ]"
_JOINERS = LazyPattern(_JOINER + "+")
#: A typed word this applies to: Latin letters and digits, joined or not, with a letter in it.
_LATIN_WORD = re.compile(rf"(?=.*[a-z])[a-z0-9]+(?:{_JOINER}+[a-z0-9]+)*")
#: Such a word inside other text (「LG WAN 接続」), in either case.
_LATIN_RUN = LazyPattern(rf"[A-Za-z0-9]+(?:{_JOINER}+[A-Za-z0-9]+)*")
#: A word typed apart that may be the first or second half of one (LG, WAN, e, Tax).  Letters only:
#: a number typed apart (Beyond 5G, FY 2023, R 5) is a name's number or a year, read elsewhere.
_LATIN_PART = LazyPattern(r"[A-Za-zＡ-Ｚａ-ｚ]+")
#: The shortest folded word looked up: two letters (DX, AI, IT) are whole words of their own
#: whose other spellings (D-X, A.I.) no page of the real pages writes apart.
MIN_LENGTH = 3
#: The shortest folded word also looked up as two index terms side by side: eGov (e | gov) is the
#: shortest measured form; a three-letter word (ICT, NHK) cut in two (i | ct) is no spelling of it.
MIN_SPLIT_LENGTH = 4


def fold(text: str) -> str:
    """The word with its hyphens, spaces and case taken away (LG-WAN, lgwan, LG WAN → lgwan)."""
    return _JOINERS.sub("", unicodedata.normalize("NFKC", text).lower())


def names_in(text: str) -> list[re.Match]:
    """The Latin words inside a text of other words too (LG WAN in 「LG WAN 接続」; NFKC text)."""
    return [m for m in _LATIN_RUN.finditer(text) if latin_word(m.group())]


def latin_word(text: str) -> bool:
    """Whether a typed word is a Latin one this module reads (LG-WAN, eTax, Wi-Fi; not 5G alone)."""
    normalized = unicodedata.normalize("NFKC", text).lower().strip()
    return bool(_LATIN_WORD.fullmatch(normalized)) and len(fold(normalized)) >= MIN_LENGTH


class Spellings:
    """The index's Latin terms by folded form: which spellings of a typed Latin word pages hold."""

    def __init__(self, terms: Iterable[str]):
        self._whole: dict[str, list[str]] = {}
        self._terms: set[str] = set()
        for term in terms:
            if not term.isascii() or not any(c.isalpha() for c in term):
                continue
            self._terms.add(term)
            self._whole.setdefault(fold(term), []).append(term)
        self._longest = max(map(len, self._terms), default=0)

    def of(self, word: str, typed: Iterable[str] = ()) -> list[tuple[str, ...]]:
        """Spellings of `word` other than `typed` (the terms the word is analyzed into): the
        analyzer's readings of it written otherwise, then the index's; a 1-tuple is one term, a
        2-tuple (or longer) terms side by side."""
        if not latin_word(word):
            return []
        key = fold(word)
        typed = tuple(typed)
        out: list[tuple[str, ...]] = list(written_otherwise(word))
        out += [(t,) for t in self._whole.get(key, ())]
        if len(key) >= MIN_SPLIT_LENGTH:
            # Only cuts whose both halves could be terms: each cut copies the key, and a pasted
            # 100,000-letter "word" took 5 s cut at every letter.
            for i in range(max(1, len(key) - self._longest), min(len(key), self._longest + 1)):
                head, tail = key[:i], key[i:]
                # Cut between two letters only: a cut beside a digit (covid | 19) is a name and its
                # number, which written_otherwise reads (any two letters of a number are no name).
                if head[-1].isalpha() and tail[0].isalpha() and head in self._terms and tail in self._terms:
                    out.append((head, tail))
        return [s for s in dict.fromkeys(out) if s != typed]

    def joined(self, first: str, second: str) -> bool:
        """Whether two Latin words typed apart (LG WAN) are one index term written together (lgwan)."""
        return _may_join(first, second) and fold(first + second) in self._whole


def _may_join(first: str, second: str) -> bool:
    """Whether two words typed apart are letters that could be one Latin word (LG WAN; not Beyond 5G)."""
    return bool(_LATIN_PART.fullmatch(first) and _LATIN_PART.fullmatch(second) and latin_word(first + second))


def latin_terms(reader, fieldname: str) -> Iterable[str]:
    """The field's terms that begin with an ASCII character, read from each segment's term table.

    The table is sorted by the terms' UTF-8 bytes, so these come first and the walk stops at the
    first other one: the few thousand Latin terms, not the whole lexicon."""
    from .api import _field_doc_frequencies

    for leaf, _base in reader.leaf_readers():
        for term, _df in _field_doc_frequencies(leaf, fieldname):
            if term[:1] >= b"\x80":
                break
            yield term.decode("utf-8")


def joined_words(nodes: tuple, spellings) -> tuple:
    """Query words with two Latin words typed apart that pages write as one term (LG WAN: lgwan)
    made one word with a hyphen (LG-WAN), which then matches every spelling of it; a name and its
    version typed apart (Society 5.0) made the word typed solid.  OR binds tighter than the space,
    so 「LG WAN OR eTax」 parses as LG (WAN OR eTax): a word joins the side of an OR beside it,
    giving (LG-WAN OR eTax), as 「eTax OR LG WAN」 gives (eTax OR LG-WAN)."""
    from .parse import Or

    out: list = []
    for node in nodes:
        last = out[-1] if out else None
        if (joined := _joined(last, node, spellings)) is not None:
            out[-1] = joined
        elif isinstance(node, Or) and (joined := _joined(last, node.nodes[0], spellings)) is not None:
            out[-1] = Or((joined, *node.nodes[1:]))
        elif isinstance(last, Or) and (joined := _joined(last.nodes[-1], node, spellings)) is not None:
            out[-1] = Or((*last.nodes[:-1], joined))
        else:
            out.append(node)
    return tuple(out)


def _joined(last, node, spellings):
    """The one word two query words typed side by side are (LG WAN: LG-WAN; Society 5.0:
    Society5.0), or None."""
    from .parse import Word

    if not (isinstance(node, Word) and isinstance(last, Word) and node.field is None and last.field is None):
        return None
    if "-" not in last.text and spellings.joined(last.text, node.text):
        return Word(f"{last.text}-{node.text}")
    if _VERSIONED_NAME.fullmatch(last.text) and _VERSION.fullmatch(node.text):
        # Society 5.0, Industry 4.0, Web 3.0 typed apart, as their owners spell them: the name and
        # its version, read as typed solid (Society5.0).  Apart, the name expanded to its everyday
        # synonym (Society → 社会, Industry → 産業) and 5.0 was any 5 (5月, 第5期): 969 of the 1,871
        # White Paper sections matched 「Society 5.0」, 96 「Society5.0」.
        return Word(f"{last.text}{node.text}")
    return None


#: A name of Latin letters (Society, Industry, Web) and a version number with its point (5.0, 4.0):
#: a number written with a point after a name is its version, never a count or a year.
_VERSIONED_NAME = LazyPattern(r"[A-Za-z]{2,}")
_VERSION = LazyPattern(r"[0-9]{1,2}\.[0-9]{1,2}")


def spellings_of(searcher) -> Spellings:
    """The Spellings of a searcher's index state, made once and shared by its threads."""
    from .caches import shared_state

    return shared_state(searcher).get("latin.spellings", lambda: Spellings(latin_terms(searcher.reader(), "body")))


class Lazy:
    """Spellings read on the first Latin word only (most queries have none)."""

    def __init__(self, load):
        self._load = load
        self._spellings: Spellings | None = None

    def _read(self) -> Spellings:
        if self._spellings is None:
            self._spellings = self._load()
        return self._spellings

    def of(self, word: str, typed: Iterable[str] = ()) -> list[tuple[str, ...]]:
        return self._read().of(word, typed) if latin_word(word) else []

    def joined(self, first: str, second: str) -> bool:
        return _may_join(first, second) and self._read().joined(first, second)


#: The lookup without an index: the analyzer's readings only (a query compiled on its own).
NO_INDEX = Spellings(())

#: A name of two letters or more and the number of its version or generation after it (beyond5g,
#: html5, covid19, sip4d), as analyzed (lower case).  One letter and a number (r3, h29, b5g) is a
#: code of its own, not a name and a number: nobody writes 「R 3」 for R3.
_NAME_AND_NUMBER = LazyPattern(r"([a-z]{2,})([0-9][0-9a-z.]*)")


@lru_cache(maxsize=4096)
def written_otherwise(word: str) -> tuple[tuple[str, ...], ...]:
    """The analyzer's terms for a Latin name as pages also write it (the typed terms among them too).

    A name and its number typed solid or spaced: apart (Beyond5G → beyond | 5g) and joined by a
    hyphen (COVID19 → covid-19).  The White Paper writes 「Beyond 5G」 324 times and 「Beyond5G」 5,
    and the real pages 「HTML5」 43 times: each writing is common, and the joined term matched only
    the one typed (「Beyond5G」 found none of the 324).  A hyphenated name: as one term and as two
    (:func:`read_in_a_sentence`, :func:`read_alone`)."""
    name = unicodedata.normalize("NFKC", word).translate(_FOLDS).strip().lower()
    if "-" in name:
        return tuple(t for t in (read_in_a_sentence(name), read_alone(name)) if t)
    m = _NAME_AND_NUMBER.fullmatch(name.replace(" ", ""))
    if m is None:
        return ()
    apart = tuple(t.text for t in analyze(f"{m[1]} {m[2]}") if not t.sub)
    hyphenated = read_in_a_sentence(f"{m[1]}-{m[2]}")
    return tuple(terms for terms in (apart if len(apart) > 1 else None, hyphenated) if terms)


def read_in_a_sentence(name: str) -> tuple[str] | None:
    """The one term Sudachi reads a hyphenated name as inside a sentence, when typed alone it reads
    parts (COVID-19 → covid | 19 alone or before a space, covid-19 before a particle or a bracket:
    「COVID-19の感染拡大」, 「（COVID-19）」), or None.  Pages write it both ways, so a query matches either."""
    name = name.translate(_FOLDS)
    if not name.isascii() or "-" not in name:
        return None
    terms = [t.text for t in analyze(name + "の") if not t.sub]
    return (terms[0],) if len(terms) == 1 and "-" in terms[0] else None


def read_alone(term: str) -> tuple[str, ...] | None:
    """The parts of a hyphenated name read as one term (covid-19, typed 「COVID-19の…」) as Sudachi
    reads it alone or before a space (covid | 19), where pages write it so (「COVID-19 Japan」), or None."""
    if not term.isascii() or "-" not in term or len(term) < 3:
        return None
    parts = tuple(t.text for t in analyze(term) if not t.sub)
    return parts if len(parts) > 1 else None
