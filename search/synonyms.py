"""Synonym and abbreviation expansion from Sudachi's synonym dictionary.

The data is ``search/data/synonyms.tsv``, a subset of SudachiDict's synonym
source built by ``tools/build_synonyms.py`` (see its header and NOTICE.txt).
Every member is stored as the normalized C-unit terms our analyzer gives it, so
a query word's terms can be looked up directly and each synonym comes back as
a term sequence ready for a phrase query (欧州連合 → ("EU",), テレワーク →
("remote work",), 国際連合安全保障理事会 → ("国際連合", "安全保障理事会")).

Expansion control follows the source's flags: a member with flag 1 (such as the
ambiguous AI) is only a target, flag-2 rows are not in the data at all.  Flag 1 is
also how Sudachi marks everyday words whose sense depends on the sentence (教える →
指導, 配る → 配布, 見込み → 予測, ネット → インターネット); ``expand(..., weak=True)``
lets them expand too, for a caller whose other words pin the sense (a talk-like
question), and returns those targets apart (``Expansion.weak``) to weight lower.

Sudachi's groups hold few pairs of an everyday word and the kango a policy page
writes for it (手伝う / 支援, 褒める / 表彰, 年寄り / 高齢者).  Weak expansion also reads
``search/data/paraphrases.tsv``, pairs derived from JMdict's glosses by
``tools/build_paraphrases.py`` (see its header and NOTICE.txt).
Neither source pairs an everyday word with the term of the policy field itself (ハンコ → 押印,
イノシシ → 鳥獣被害, 旅先 → ワーケーション): ``search/data/domain_paraphrases.tsv`` is a short list
curated by hand for the pages of Japanese government ICT and local-government policy (see its
header); its pairs are ordinary synonyms of a word of one term or more (DOMAIN_STRONG), the
page's own word ranking first as for Sudachi's.  ``search/data/domain_synonyms.tsv`` adds two-way
pairs of the pages' own words (通訳 / 翻訳, 自治会 / 町内会, ウェブ会議 / オンライン会議).
A word that triggers several groups expands to all of them, as Sudachi does
for a dictionary word that carries several synonym group ids.

Ranking the query's own word above its synonyms is left to the query builder
(give the expansion a lower boost than the source).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Sequence

DATA_PATH = Path(__file__).with_name("data") / "synonyms.tsv"
PARAPHRASES_PATH = Path(__file__).with_name("data") / "paraphrases.tsv"
#: Whether weak expansion also uses the JMdict-derived paraphrases (bench/realdocs_relevance.py).
PARAPHRASES = True
DOMAIN_PATH = Path(__file__).with_name("data") / "domain_paraphrases.tsv"
#: Two-way pairs of the pages' own words (通訳 / 翻訳, 自治会 / 町内会), read into the same table.
DOMAIN_SYNONYMS_PATH = Path(__file__).with_name("data") / "domain_synonyms.tsv"
#: Whether weak expansion also uses the hand-curated domain pairs (synonyms.DOMAIN=false in
#: bench/realdocs_relevance.py --compare).
DOMAIN = True
#: Whether those pairs expand as ordinary synonyms (every word, every question, weight
#: query.SYNONYM_BOOST) rather than weakly only (a thin talk-like question's paraphrased reading).
#: Measured (rank22): fresh-set dev MRR@10 / recall 0.983 / 0.893 → 0.978 / 0.903, realdocs
#: queries.tsv dev MRR 0.942 → 0.948 (田んぼや畑でドローンを使う: 水田, 農地), --quick unchanged.
DOMAIN_STRONG = True

#: Marks a verb typed negated (聞こえない, 行かずに, 使えません) in a key: such a key reaches only what
#: the domain list gives the negated form (聞こえない → 難聴, 聴覚障害), never the positive verb's
#: synonyms (聞こえる → 聴取), which Sudachi's normalized form alone (聞こえる) would look up.
NEGATED = "\u00ac"

# Must agree with tools/build_synonyms.py.
TERM_SEP = "|"
NOT_TRIGGER = "~"
#: Suffix of the group id on a group's verb line, where verbs trigger and the nouns are targets.
VERB_LINE = "v"
#: Last kana of a verb's or adjective's dictionary form (Sudachi's normalized form).
_DICTIONARY_ENDINGS = frozenset("うくぐすつぬぶむるい")


def _dictionary_form(word: str) -> bool:
    """Whether a verb line's member is one of its verbs or adjectives, not one of the group's
    nouns added as targets: those end in a kanji, katakana or an い/え-row okurigana (手入れ)."""
    return len(word) >= 2 and word[-1] in _DICTIONARY_ENDINGS


class Expansion(NamedTuple):
    """The synonyms of one query word."""

    #: The query word's terms.
    source: tuple[str, ...]
    #: Each synonym as a sequence of normalized terms, source excluded,
    #: in dictionary order (representative forms and close variants first).
    targets: tuple[tuple[str, ...], ...]
    #: Synonyms reached only through groups where the word is flag 1 (asked for with weak=True).
    weak: tuple[tuple[str, ...], ...] = ()


class SynonymTable:
    """The shipped groups, looked up in their text.

    A query needs the groups of a few words, so nothing is indexed at load: a
    word's groups are the lines holding it as a member, found with ``str.find``
    (about 0.3 ms a word over the 0.8 MB table) and remembered.  Building a
    trigger index of every member cost a fresh process 0.13 s before its first
    search (measured on a quiet 2-core machine), more than the search itself.
    """

    def __init__(self, lines: Sequence[str]):
        # Every line, the first included, sits between "\n" and "\n".
        self._text = "\n" + "\n".join(lines) + "\n"
        self._found: dict[tuple[str, bool], list[list[str]]] = {}

    def _lines_holding(self, member: str) -> list[str]:
        """The group lines, in file order, that hold `member` as a member (not as the group id)."""
        text = self._text
        starts: set[int] = set()
        for needle in ("\t" + member + "\t", "\t" + member + "\n"):
            i = text.find(needle)
            while i != -1:
                starts.add(text.rfind("\n", 0, i) + 1)
                i = text.find(needle, i + 1)
        lines = [text[start:text.find("\n", start)] for start in sorted(starts)]
        return [line for line in lines if line[0] != "#"]

    def _groups_of(self, key: str, weak: bool) -> list[list[str]]:
        """Members of the groups `key` triggers (weak: the groups where it is flag 1 instead)."""
        found = self._found.get((key, weak))
        if found is None:
            found = []
            for line in self._lines_holding(NOT_TRIGGER + key if weak else key):
                gid, *members = line.split("\t")
                # A verb line's nouns are targets only (a noun never expands to a verb).
                if not weak or not gid.endswith(VERB_LINE) or _dictionary_form(key):
                    found.append(members)
            self._found[(key, weak)] = found
        return found

    @classmethod
    def from_file(cls, path: Path = DATA_PATH) -> SynonymTable:
        with path.open(encoding="utf-8") as fh:
            return cls(fh.read().split("\n"))

    def __len__(self) -> int:
        """Number of groups."""
        return sum(1 for line in self._text.split("\n") if line and line[0] != "#")

    def expand(self, terms: Sequence[str], *, weak: bool = False) -> Expansion | None:
        key = TERM_SEP.join(terms)
        seen = {key}
        targets = self._targets(self._groups_of(key, False), seen)
        weak_targets = self._targets(self._groups_of(key, True), seen) if weak else []
        if (weak or DOMAIN_STRONG) and DOMAIN:
            for target in _domain().get(key, ()):
                joined = TERM_SEP.join(target)
                if joined not in seen:
                    seen.add(joined)
                    (targets if DOMAIN_STRONG else weak_targets).append(target)
        if weak and PARAPHRASES and len(terms) == 1:
            for target in _paraphrases().get(key, ()):
                if target not in seen:
                    seen.add(target)
                    weak_targets.append((target,))
        if not targets and not weak_targets:
            return None
        return Expansion(tuple(terms), tuple(targets), tuple(weak_targets))

    def _targets(self, groups: list[list[str]], seen: set[str]) -> list[tuple[str, ...]]:
        targets: list[tuple[str, ...]] = []
        for members in groups:
            for member in members:
                member = member.removeprefix(NOT_TRIGGER)
                if member not in seen:
                    seen.add(member)
                    targets.append(tuple(member.split(TERM_SEP)))
        return targets


_lock = threading.Lock()
#: The tables read so far, by name: each is read once per process and shared by all threads
#: (read-only once built).
_loaded: dict[str, object] = {}


def _once(name: str, build):
    """build()'s table, built by the first thread that asks for it and kept."""
    table = _loaded.get(name)
    if table is None:
        with _lock:
            table = _loaded.get(name)
            if table is None:
                table = _loaded[name] = build()
    return table


def _read_paraphrases() -> dict[str, tuple[str, ...]]:
    table = {}
    with PARAPHRASES_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            if line[0] != "#":
                word, *targets = line.rstrip("\n").split("\t")
                table[word] = tuple(targets)
    return table


def _paraphrases() -> dict[str, tuple[str, ...]]:
    """Everyday word → official words (search/data/paraphrases.tsv), read on first use."""
    return _once("paraphrases", _read_paraphrases)


def _read_domain() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, tuple[tuple[str, ...], ...]] = {}

    def add(word: str, targets) -> None:
        key = TERM_SEP.join(key_terms(word))
        found = list(table.get(key, ()))
        for target in targets:
            terms = word_terms(target)
            if terms and TERM_SEP.join(terms) != key and terms not in found:
                found.append(terms)
        if key and found:
            table[key] = tuple(found)

    for path, two_way in ((DOMAIN_PATH, False), (DOMAIN_SYNONYMS_PATH, True)):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line[0] != "#" and line.strip():
                    words = line.rstrip("\n").split("\t")
                    for word in (words if two_way else words[:1]):
                        add(word, [w for w in words if w != word])
    return table


def _domain() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Everyday word → the policy pages' terms (search/data/domain_paraphrases.tsv; each word of a line
    of domain_synonyms.tsv → the line's others), both sides
    analyzed on first use as the index analyzes text (ハンコ → 判子, key 判子 → (押印,))."""
    return _once("domain", _cached_domain)


def _cached_domain() -> dict[str, tuple[tuple[str, ...], ...]]:
    """_read_domain()'s table from the per-user cache (search/derived_cache.py), keyed by all it is
    computed from: the two lists, this module's and the analyzer's code and character folds (how a key is
    read: negated_spans is no analyzer change), ANALYZER_VERSION and Sudachi's dictionary."""
    from ictsearch.indexer import analysis

    from .derived_cache import derived, sudachi_fingerprint

    return derived(
        "domain-synonyms",
        (DOMAIN_PATH, DOMAIN_SYNONYMS_PATH, Path(__file__), Path(analysis.__file__), *analysis.FOLD_FILES),
        lambda: (f"analyzer {analysis.ANALYZER_VERSION}", sudachi_fingerprint()),
        _read_domain,
        encode=lambda table: table,
        decode=lambda data: {key: tuple(tuple(terms) for terms in targets) for key, targets in data.items()})


def shown(synonym: str) -> str:
    """A synonym (its index terms joined by spaces, as a query's words hold them) as a note names it to
    staff: as the hand-made lists write it (BWA, e-Gov, デジタル田園都市国家構想, not bwa, e gov,
    デジタル 田園都市 国家 構想), else its terms written together, a space kept only between two of Latin
    letters or digits (ギガ スクール 構想 → ギガスクール構想, united nations)."""
    written = _once("written", _read_written).get(synonym)
    if written:
        return written
    out = ""
    for part in synonym.split(" "):
        glued = not (out[-1:].isascii() and out[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum())
        out += part if glued or not out else " " + part
    return out


def _read_written() -> dict[str, str]:
    """Each word the hand-made lists expand to, by its index terms joined by spaces (read once, ~12 ms,
    when a note first names a synonym).  Not domain_paraphrases.tsv's everyday words, which only
    expand: 聞こえない's terms are 聞こえる's."""
    written: dict[str, str] = {}
    for path, first in ((DOMAIN_PATH, 1), (DOMAIN_SYNONYMS_PATH, 0)):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line[0] != "#" and line.strip():
                    for word in line.rstrip("\n").split("\t")[first:]:
                        written.setdefault(" ".join(word_terms(word)), word)
    return written


def load() -> SynonymTable:
    """The shipped table, read on first use and shared by all threads."""
    return _once("synonyms", SynonymTable.from_file)


def expand(terms: Sequence[str], *, weak: bool = False) -> Expansion | None:
    """Synonyms of the word whose normalized C-unit terms are ``terms``.

    None when the word is in no group or is not a trigger (flag 1; with ``weak``,
    flag-1 members expand too, their targets in ``Expansion.weak``).  Pass the
    terms of the word's C units (``Term.sub`` false), which is how the data is
    keyed; :func:`word_terms` computes them from text.
    """
    if not terms:
        return None
    return load().expand(terms, weak=weak)


def word_terms(word: str) -> tuple[str, ...]:
    """The normalized C-unit terms of a query word, the key :func:`expand` takes."""
    from ictsearch.indexer.analysis import analyze

    return tuple(t.text for t in analyze(word) if not t.sub)


#: Auxiliaries that may stand between a verb and its negation (使え|ませ|ん, 行か|せ|ない).
_BEFORE_NEGATION = frozenset({"ます", "せる", "させる", "れる", "られる"})
#: The negating auxiliaries, as Sudachi normalizes them (ない, ず and the ん of ません, ぬ).
_NEGATION = frozenset({"ない", "ず", "ぬ"})


@lru_cache(maxsize=4096)
def negated_spans(word: str) -> frozenset[tuple[int, int]]:
    """(start, end) in `word` of each verb typed negated (聞こえ|ない, 行か|ず|に, 使え|ませ|ん).

    The analyzer drops the auxiliary and indexes the verb's dictionary form (聞こえる), as the
    pages are indexed; only the synonyms must know the difference: 「耳の聞こえない人」 expanded
    聞こえる to 難聴 and 聴取.  Not the adjective ない after a noun (覚えのない), which says a
    thing is absent, not that a verb is denied."""
    from ictsearch.indexer.analysis import _tokenizers, chunks, folded

    tokenizer = _tokenizers()[0]
    spans = []
    for offset, piece in chunks(folded(word)):
        morphemes = list(tokenizer.tokenize(piece))
        for i, m in enumerate(morphemes):
            if m.part_of_speech()[0] != "動詞":
                continue
            j = i + 1
            while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "助動詞" and (
                    morphemes[j].normalized_form() in _BEFORE_NEGATION):
                j += 1
            if (j < len(morphemes) and morphemes[j].part_of_speech()[0] == "助動詞"
                    and morphemes[j].normalized_form() in _NEGATION):
                spans.append((offset + m.begin(), offset + m.end()))
    return frozenset(spans)


def key_terms(word: str) -> tuple[str, ...]:
    """:func:`word_terms` with each verb typed negated marked (聞こえない → ("聞こえる¬",)):
    the key a negated verb looks its synonyms up by."""
    from ictsearch.indexer.analysis import analyze

    negated = negated_spans(word)
    return tuple(t.text + (NEGATED if (t.start, t.end) in negated else "") for t in analyze(word) if not t.sub)
