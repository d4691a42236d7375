"""Compiling a parsed query (``search.parse``) into a Whoosh query.

A word is analyzed with the same Sudachi analyzer as the documents.  A word
that analyzes into several units (a compound typed without spaces, or a
phrase typed the way people talk) matches documents holding its units, and
documents where they stand side by side rank first.  That adjacency is checked
after matching, on the best-scored documents only: a Whoosh phrase over two
words as common as 情報 and 通信 costs a tenth of a second per query.

A word typed solid (no particles) that the analyzer splits (地域課題解決 → 地域 | 課題解決)
is also listed in ``Compiled.as_typed``: the pages holding it as typed, its parts side by
side, come before the pages holding its parts only apart, whatever their scores
(search.ranking.ranked_page); a score boost alone let a page saying 地域 often and
課題解決 once, far away, outrank the pages writing 地域課題解決.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from whoosh import query as wq

from ictsearch.indexer.analysis import Term, analyze, particle_alone
from ictsearch.indexer.errors import BadQuery
from ictsearch.indexer.lazy import LazyPattern
from ictsearch.indexer.metadata.regions import bureau_block

from . import latin
from .facets import blocks_written_together
from .matchers import MinMatch, Parts, SideBySide, Slight
from .parse import FILTER_FIELDS, TEXT_FIELDS, And, Filter, Not, Or, PhraseNode, Word, parse
from .synonyms import negated_spans
from .understand import (AMBIGUOUS_PLACE_WORDS, ERA_NUMBER, EXCEPT, RELATIVE_YEARS, bare_year, bare_year_span, day_forms, fiscal_year_forms,
                         listed_blocks, metadata_spans, refuse_backwards_span, relative_year, understood)

__all__ = ["Compiled", "compile_query", "parse", "word_query", "phrase_query", "MinMatch", "Parts", "SideBySide",
           "And", "Filter", "Not", "Or", "PhraseNode", "Word", "understood", "metadata_spans"]

#: Units of a long natural-language word that must match, as a share.
SHOULD_MATCH = 0.6
#: The same share for a phrase typed the way people talk (particles between its words):
#: 「携帯電話がつながらない山あいの地区をなくしたい」 shares two of five words with the page
#: that answers it (携帯電話, 地区).  0.4 against 0.6 on the judged real-page questions
#: (bench/realdocs_relevance.py): question MRR@10 dev 0.75 → 0.83, held-out 0.50 → 0.83.
SHOULD_MATCH_TALK = 0.4
#: In a talk-like question, a page's score times the share of the question's rarity it holds
#: (MinMatch.rarity), to this power; 0 leaves the scores as they are.
TALK_RARITY = 1.0
#: ... only where the question's words match at least this many pages (fewer: the page likely
#: writes the rare word otherwise, the regime of search/feedback.py).  Without this floor the
#: realdocs dev questions fell (bench/realdocs_relevance.py MRR@10 / recall@10 0.80 / 0.80 ->
#: 0.76 / 0.82; q16, q20, q28, q37 lost pages that write the rare word another way; rank 16).
TALK_RARITY_FROM = 20
#: Whether a question's verbs and adjectives (広がる, 使う) count toward that share: the page often
#: writes them otherwise (普及, 活用), where its nouns are its topic.
TALK_RARITY_PREDICATES = False


# -- compiling to Whoosh ----------------------------------------------------


@dataclass
class Compiled:
    """A compiled query with what --explain shows."""

    query: wq.Query | None
    filters: list[Filter] = field(default_factory=list)
    #: One entry per word: its terms, dropped function words, synonyms, and
    #: how a region or year word was read ("within": the phrase a region or
    #: year expression was read out of).
    words: list[dict] = field(default_factory=list)
    #: (term sequence, slop, fields) whose side-by-side occurrence lifts a document's score.
    adjacency: list[tuple[tuple[str, ...], int, tuple[str, ...]]] = field(default_factory=list)
    #: (term sequence, fields, characters between its terms as typed) of each word typed solid
    #: that the analyzer splits, outside any OR or NOT: the documents writing every one of them
    #: as typed, then those holding them side by side (in one of its fields), rank before the
    #: others (search.ranking.ranked_page).
    as_typed: list[tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]] = field(default_factory=list)
    #: The same for the words of an OR, one group per OR, one tuple of as_typed entries per side: a
    #: document holding one side's words as typed ranks first, as it would for that side alone
    #: (「スマホ教室 OR スマートフォン教室」 listed first a page writing プログラミング教室 and スマホアプリ,
    #: where 「スマホ教室」 lists the page writing it).  Only when every side has such words: a side
    #: without (テレワーク) matches as typed wherever it matches, which would take a search of its own.
    either_typed: list[tuple[tuple[tuple, ...], ...]] = field(default_factory=list)
    #: What it was compiled from, for :attr:`paraphrased` (built only when asked for).
    source: object = field(default=None, repr=False)
    options: dict = field(default_factory=dict, repr=False)
    _paraphrased: tuple | None = field(default=None, init=False, repr=False)  # (query,) once built

    @property
    def paraphrased(self) -> wq.Query | None:
        """The query with the words of a talk-like question also expanded weakly (手伝う → 支援;
        ``paraphrases`` in its explain entry from then on), or None when that adds nothing.

        Used like feedback, only where the question's own words find few pages
        (search/feedback.py), so it is compiled then, not with every question.
        """
        if self._paraphrased is None:
            self._paraphrased = (_paraphrased_reading(self),)
        return self._paraphrased[0]


#: Whether the documents holding a split word as typed rank first (Compiled.as_typed); false: its
#: parts side by side only lift a document's score in the reranked head (ADJACENCY_BOOST), as
#: before rank 19.
AS_TYPED_FIRST = True

#: Weight of a synonym relative to the word typed: documents using the
#: query's own word rank above those that only use a synonym.
SYNONYM_BOOST = 0.4
#: The same weight in a question typed the way people talk (particles between its words): its
#: everyday words are seldom the pages' own (聞こえない → 聴覚障害, スマホ → スマートフォン), and such a
#: question ranks the pages found through a synonym with those using its words (search/api.py), so
#: the synonym's weight decides between them.  Measured on the judged real pages
#: (bench/realdocs_relevance.py, dev, MRR@10 / recall@10) at 0.4 (SYNONYM_BOOST, as before) / 0.6 /
#: 0.7 / 0.8 / 1.0: queries-fresh2 0.944/0.808, 0.967/0.811, 0.967/0.818, 0.967/0.823, 0.967/0.840;
#: queries-fresh 1.00/0.910, 1.00/0.911, 1.00/0.911, 1.00/0.920, 1.00/0.920; queries.tsv 0.953/0.951
#: at each but 0.6 (0.955/0.951).  Not above 0.7: a verb's nouns then weigh as the verb (使う → 利用, on most pages), and at
#: 0.8 a page of radio-licence FAQs writing 利用 throughout, without ドローン, came fifth for
#: 「ドローンを使った物流の実証実験を行った自治体を知りたい」 (tests/regressions/test_rank16.py), second at 1.0.
TALK_SYNONYM_BOOST = 0.7
#: Weight of the synonyms of a compound of several terms typed inside a question (住民記録 in
#: 「市役所の住民記録や税のシステムを…」 → 住民基本台帳), which each of its units matches: so each
#: counts once more for a page writing the synonym.  At TALK_SYNONYM_BOOST, 防災無線 → 同報系 lifted
#: pages on any broadcast system above those on indoor reception for 「防災無線の放送が家の中だと
#: よく聞こえない」 (bench/realdocs queries-fresh f16, dev: rr 1.00 → 0.33); measured on the dev
#: questions, 0.7 / 0.4 / 0.2 / 0.1: queries-fresh MRR@10 0.92 / 0.95 / 1.00 / 1.00, queries-fresh3
#: 0.75 / – / 0.71 / 0.71 (0.68 without the lookup; h14 rr 0.00 → 0.50 at 0.2, 1.00 at 0.7).
GLUED_SYNONYM_BOOST = 0.2
#: Whether a word of a talk-like question also expands weakly (search/synonyms.py): through
#: the synonym groups where Sudachi marks it flag 1 (教える → 指導, 見込み → 予測), whose
#: sense the question's other words pin, and to the official words JMdict's glosses pair
#: it with (手伝う → 支援, 褒める → 表彰).  That reading joins the match only where the typed
#: words find few pages (Compiled.paraphrased, search/feedback.py).
WEAK_SYNONYMS = True
#: Weight of those synonyms: 0.2 / 0.3 / 0.4 measured on the judged real-page questions
#: (bench/realdocs_relevance.py, dev): question MRR@10 0.72 / 0.72 / 0.73.
WEAK_SYNONYM_BOOST = 0.4


def _units(terms: list[Term]) -> list[list[Term]]:
    """Group terms into units: a C unit with its sub-units, or a plain term."""
    units: list[list[Term]] = []
    for t in terms:
        if t.sub and units:
            units[-1].append(t)
        else:
            units.append([t])
    return units


def _leaves(unit: list[Term]) -> list[str]:
    return [t.text for t in unit[1:]] if unit[0].compound else [unit[0].text]


def _phrase_leaves(terms: tuple[str, ...]) -> list[str]:
    """A synonym's C-unit terms as the phrase the index holds: a compound's parts in its place.  The index
    gives a compound's parts a position each and the compound the first of them (広帯域 at 0, 広 at 0, 帯域 at 1,
    移動 at 2), so a phrase of the C-units (広帯域, 移動, …) never matched: BWA's synonym 広帯域移動無線アクセス
    found no page writing it."""
    return [leaf for term in terms for leaf in _term_leaves(term)]


@lru_cache(maxsize=8192)
def _term_leaves(term: str) -> tuple[str, ...]:
    from ictsearch.indexer.analysis import analyze

    units = _units(analyze(term))
    # Only a term read back as itself, one unit: anything else stays as it was matched before.
    return tuple(_leaves(units[0])) if len(units) == 1 and units[0][0].text == term else (term,)


def _field_or(fields, make) -> wq.Query:
    qs = [make(f) for f in fields]
    return qs[0] if len(qs) == 1 else wq.Or(qs)
def _unit_query(fields, leaves: list[str], compound: str | None) -> wq.Query:
    # The same word as noun or verb (受付 / 受け付ける): the document may write either.
    twin = _twin(compound if compound is not None else leaves[0]) if compound is not None or len(leaves) == 1 else None

    def make(f):
        if compound is None:
            if len(leaves) > 1:
                return wq.Phrase(f, leaves)
            return wq.Term(f, leaves[0]) if twin is None else wq.Or([wq.Term(f, leaves[0]), wq.Term(f, twin)])
        # The compound itself scores most; its parts anywhere in the document
        # match too, with less weight (and rank up when side by side, 「地域課題の解決」).
        whole = [wq.Term(f, compound, boost=1.2)] + ([wq.Term(f, twin, boost=1.2)] if twin else [])
        return wq.Or([*whole, Parts([wq.Term(f, leaf) for leaf in leaves], boost=0.5, compound=compound)])

    return _field_or(fields, make)


def _twin(form: str) -> str | None:
    """The word as the other part of speech (search.variants.other_form) when its stem has two kanji
    or more (受け付け / 受け付ける, 取り組み / 取り組む, 見守り / 見守る).

    A one-kanji verb is the head of every compound verb or noun built on it, and the index holds
    that head as the compound's sub-unit (振り込む → 振る|込む, 使い方 → 使い|方): the twin of
    振り (ふりをした) found every page on 振り込め詐欺, that of 使う every page writing 使い方."""
    from .variants import other_form

    twin = other_form(form)
    if twin is None or sum("\u4e00" <= c <= "\u9fff" for c in form) < 2:
        return None
    return twin


def _with_synonyms(base: wq.Query, key: tuple[str, ...], fields, info: dict, *, weak: bool = False,
                   talk: bool = False, glued: bool = False) -> wq.Query:
    """`base` or the synonyms of `key`.  For a run of `glued` units inside a question (see
    GLUED_SYNONYM_BOOST), not those holding every term of the key (防災行政無線 for 防災|無線),
    whose pages the key's own terms match already."""
    from .synonyms import expand

    expansion = expand(key, weak=weak)
    if expansion is None:
        return base
    alternatives = []
    strong = GLUED_SYNONYM_BOOST if glued else TALK_SYNONYM_BOOST if talk else SYNONYM_BOOST
    for targets, boost, kind in ((expansion.targets, strong, "synonyms"), (expansion.weak, WEAK_SYNONYM_BOOST, "paraphrases")):
        for target in targets:
            if glued and set(key) <= set(target):
                continue
            alternatives.append(_field_or(fields, lambda f, t=target, b=boost: (
                wq.Term(f, t[0], boost=b) if len(t) == 1 else wq.Phrase(f, _phrase_leaves(t), boost=b)
            )))
            info.setdefault(kind, []).append(" ".join(target))
    return wq.Or([base, *alternatives]) if alternatives else base


def word_query(
    word: str, fields=TEXT_FIELDS, info: dict | None = None, *, synonyms: bool = True, adjacency: list | None = None,
    alone: bool = False, weak: bool = False, as_typed: list | None = None, spellings=None,
) -> wq.Query | None:
    """The query for one typed word (no spaces): see the module docstring.

    Term sequences whose adjacency should lift a document are appended to `adjacency`;
    the word's own, when it is typed solid and split, also to `as_typed` (Compiled.as_typed).
    `spellings` (search/latin.py) gives a Latin name inside the word its other spellings.
    """
    terms = None
    if not particle_alone(word):
        read = analyze(word)
        terms = _leading_particle_weak(word, read)
        # A word opening with a particle and function words (である, であった) is words a sentence holds,
        # not an unknown hiragana word for kana_cuts to find as pages cut it.  Only then: a hiragana word
        # Sudachi reads as で and content words (でまえこうざ: で|まー|えー|こう|ざ, でかける: で|かける) is
        # still found as pages cut it; read as the particle and the rest it found 146 and 394 pages of
        # こう or かける alone, where it found none (でかける: did you mean 出掛ける?).
        led = terms is not read and all(t.weak for t in terms if not t.sub)
        if not led and (kana_q := _kana_cut_query(word, fields, info)):
            return kana_q
        if not led and terms is read and (head := _request_tail(word, terms)) and (
                kana_q := _kana_cut_query(word[:head], fields, info)):
            # 「うるう秒について調べてます」, 「みんつく予算とは」: the word as pages cut it, the request dropped.
            # Not a word opening with a particle (a pasted 「…からご確認ください」: から is no unknown word, and
            # から 御 確認 as a phrase found nothing where 確認 found the page: bench/pasted.py, 2026-12-05).
            info = {} if info is None else info
            if dropped := [t.text for t in terms if t.start >= head and not t.sub]:
                info["dropped"] = dropped
            return kana_q
        # 「テレワーク について」, 「テレワーク に関する 調査」: a compound particle or a function word
        # typed beside other words (付く, 関する, 為, こと once analyzed) is passed over as a particle
        # is, and dropped as inside a phrase; typed alone it is the word searched for, as pages index
        # it (である: ある, not で beside it, which no page indexes), and said to be grammatical.
        if alone and not _compound_particle(word, terms) and (grammatical := grammatical_reading(word, read)):
            info = {} if info is None else info
            if _leaves_out_some(word, grammatical):
                info["grammatical"] = _surfaces(word, grammatical)
            return _terms_query(word, grammatical, fields, info, synonyms=synonyms, adjacency=adjacency,
                                alone=alone, weak=weak, as_typed=as_typed, spellings=spellings)
        if (alone and not _compound_particle(word, terms)) or not terms or not all(t.weak for t in terms if not t.sub):
            return _terms_query(word, terms, fields, info, synonyms=synonyms, adjacency=adjacency, alone=alone,
                                weak=weak, as_typed=as_typed, spellings=spellings)
    # 「テレワーク や 在宅勤務」: a particle typed between spaces is not a word to require.
    if info is not None:
        info["terms"], info["dropped"] = [], [word]
    return None


def _compound_particle(word: str, terms: list[Term]) -> bool:
    """Whether a word is function words with particles around them (について, として, に関する): typed
    alone it searched 付く or 為る and found nearly every page, where 「の」 has no searchable words."""
    head = [t for t in terms if not t.sub]
    if not head or not all(t.weak for t in head):
        return False
    covered = {i for t in head for i in range(t.start, t.end)}
    return any(i not in covered and "\u3041" <= ch <= "\u309f" for i, ch in enumerate(word))


#: Particles that Sudachi reads as another word (a conjunction, a filler: まで → ま|で) when a
#: typed word begins with them; in a sentence they are particles, never indexed.
LEADING_PARTICLES = ("けれども", "けれど", "けど", "から", "まで", "で")


def _leading_particle_weak(word: str, terms: list[Term]) -> list[Term]:
    """Terms of a word that begins with a particle (から同年, で導入, まで同年), that particle's marked weak.

    Sudachi reads a particle at the start of what it is given as a conjunction or a filler
    (から, で; まで → ま|で), not as the particle it is in a sentence, where it is never indexed:
    a word typed after a space, or after the parentheses of a pasted sentence (…15日(木)から同年…),
    then required a term no page holds.  Marked weak, it is dropped as a function word is, when
    content words remain; a word whose kana only begin like a particle (からあげ, できる) is one
    term there and keeps it.  The rest is read as it stands after the particle in a sentence, on its
    own: at the start of what it is given Sudachi reads である as で|或る (a certain), where a page's
    「…」である is で|有る, a function word; 或る required, a pasted 「…」である… found nothing."""
    n = _leading_particle(word, terms)
    if not n:
        return terms
    lead = [t._replace(weak=True) for t in terms if t.end <= n]
    shift = lead[-1].pos + 1
    rest = [t._replace(pos=t.pos + shift, start=t.start + n, end=t.end + n) for t in analyze(word[n:])]
    return lead + rest


def _leaves_out_some(text: str, terms: list[Term]) -> bool:
    """Whether `terms` leave some of `text` unread (the で of である, the に and て of について): then the
    index cannot match the text as typed, and a note says so; こと alone is searched as typed."""
    return sum(t.end - t.start for t in terms if not t.sub) < len(text.strip())


def _surfaces(text: str, terms: list[Term]) -> list[str]:
    """The words of `text` that `terms` were read from, as typed, with the form the index keeps
    when it differs: ある (有る), つい (つく)."""
    return [text[t.start:t.end] if text[t.start:t.end] == t.text else f"{text[t.start:t.end]} ({t.text})"
            for t in terms if not t.sub]


def _leading_particle(word: str, terms: list[Term]) -> int:
    """How many characters of `word` are a particle that Sudachi reads as another word (see
    LEADING_PARTICLES), 0 when it does not begin with one so read."""
    for head in LEADING_PARTICLES:
        n = len(head)
        if not word.startswith(head) or len(word) == n:
            continue
        if any(t.end <= n for t in terms) and all(t.end <= n or t.start >= n for t in terms):
            return n
        return 0
    return 0


def grammatical_reading(text: str, read: list[Term] | None = None) -> list[Term] | None:
    """The terms a page's sentence indexes for `text` when `text` is only grammatical words (particles,
    auxiliaries, function words: である, こと, について), else None.

    A leading particle read as another word (the で of である, read 或る at the start of what
    Sudachi is given) is left out: in a sentence it is a particle, never indexed.  「"である"」 was
    searched as the phrase で|或る, which no page holds, and found nothing, where である unquoted
    found the pages writing ある in any sentence.  `read`: analyze(text), when the caller has it."""
    read = analyze(text) if read is None else read
    terms = _leading_particle_weak(text, read)
    if not terms or not all(t.weak for t in terms if not t.sub):
        return None
    n = _leading_particle(text, read) if terms is not read else 0
    return [t for t in terms if t.start >= n]


def _terms_query(
    word: str, terms: list[Term], fields=TEXT_FIELDS, info: dict | None = None, *, synonyms: bool = True,
    adjacency: list | None = None, alone: bool = False, weak: bool = False, as_typed: list | None = None,
    spellings=None,
) -> wq.Query | None:
    """:func:`word_query` on terms already analyzed (all of `word`'s, or those left once a
    region or year inside it has been read as metadata)."""
    info = {} if info is None else info
    adjacency = [] if adjacency is None else adjacency
    info["terms"] = [t.text for t in terms if not t.sub]
    if not terms:
        return None
    units = _units(terms)
    # Talk-like input (「テレワークの利用が広がっている」): function words go when content words remain.
    strong = [u for u in units if not u[0].weak and not (len(units) > 1 and _filler(u[0], units, word))]
    if strong and len(strong) < len(units):
        info["dropped"] = [u[0].text for u in units if not any(u is k for k in strong)]
        if NAME_INFIXES and all(_name_infix(u, units, word) for u in units if not any(u is k for k in strong)):
            info["inside"] = True
            # The index keeps the infix at its position: the name as pages write it holds it (as_typed below).
            with_infix = units
        units = strong
    # A verb typed negated (聞こえない) looks its synonyms up as such (search/synonyms.py NEGATED).
    negated = negated_spans(word) if word else frozenset()
    # Request furniture (テレワーク関係) does not take part in the word's synonyms: テレワーク's are its.
    whole_key = tuple(_key(u[0], negated) for u in units if not (len(units) > 1 and _request_noun(u, units)))
    if len(units) > 1:
        # A unit typed twice counts once toward the share that must match.
        seen: set[str] = set()
        units = [u for u in units if not (u[0].text in seen or seen.add(u[0].text))]
    leaves_all = [leaf for u in units for leaf in _leaves(u)]
    if alone and _is_short_word(word) and len(leaves_all) > 1 and len(terms) == sum(len(u) for u in units) and not (
            len(units) > 1 and any(_request_noun(u, units) for u in units)):
        # (Not 防災関係, 防災関連, 防災施策: the subject and request furniture, read as the longer words are.)
        # A short word typed alone that Sudachi splits (通信局 → 通信|局, 無線局 → 無線|局) means
        # the word: its parts standing apart (事務局 … 電気通信) are not a hit, only the word or
        # its parts side by side.  Beside other words the parts may stand apart (文章生成 in
        # 「チャットボット 文章生成 対話型」 is written 文章の自動生成): the other words narrow the match.
        compound = units[0][0].text if len(units) == 1 and units[0][0].compound else None
        result = _field_or(fields, lambda f: wq.Or([wq.Term(f, compound, boost=1.2), SideBySide(f, leaves_all, compound)])
                           if compound else SideBySide(f, leaves_all))
        return _with_synonyms(result, whole_key, fields, info) if synonyms else result
    date_spans = _date_spans(word) + _hyphen_spans(word, units) if len(units) > 1 else []
    talk = _talk_like(units, info, word)
    glued = _glued_runs(units, word) if synonyms and UNIT_SYNONYMS and len(units) > 1 else {}
    subqueries = []
    # Units too slight to decide a match alone: one kanji or kana (第, 時, 局) or a bare number.
    light: list[bool] = []
    all_leaves: list[str] = []
    unit_of: list = []  # the unit of each subquery (None for a date)
    typed_as: list[str] = []  # each subquery's unit as typed (e-Gov, 電子申請)
    for u in _group_dates(units, date_spans):
        if isinstance(u, _Joined):
            # A date inside a longer word (平成30年7月豪雨): its parts only mean something together.
            typed_as.append(word[u.start:u.end])
            all_leaves += u.leaves
            joined = latin.read_in_a_sentence(word[u.start:u.end])
            subqueries.append(_field_or(fields, lambda f, seq=list(u.leaves), j=joined: wq.Phrase(f, seq) if j is None
                                        else wq.Or([wq.Phrase(f, seq), wq.Term(f, j[0])])))
            light.append(False)
            unit_of.append(None)
            continue
        unit_of.append(u)
        typed_as.append(word[u[0].start:u[0].end] or u[0].text)
        furniture = len(units) > 1 and _request_noun(u, units)
        if furniture:
            info.setdefault("optional", []).append(word[u[0].start:u[0].end] or u[0].text)
        light.append(furniture or not u[0].compound and (u[0].text.isdigit() or (len(u[0].text) == 1 and not u[0].text.isascii())))
        leaves = _leaves(u)
        all_leaves += leaves
        compound = u[0].text if u[0].compound else None
        if compound is not None and compound.isascii():
            # Letters and digits typed together (5G, R3) are indexed joined: match them exactly,
            # or as pages write the name otherwise (Beyond5G: Beyond 5G; search/latin.py).
            written = _spelled(spellings, compound, (compound,), info)
            unit_q = _field_or(fields, lambda f, c=compound, w=written: wq.Term(f, c) if not w else wq.Or(
                [wq.Term(f, c), *(_spelling_query(f, t) for t in w)]))
        else:
            unit_q = _unit_query(fields, leaves, compound)
        if compound is None and len(leaves) == 1 and "-" in leaves[0] and (
                written := _spelled(spellings, leaves[0], (leaves[0],), info)):
            # A hyphenated name read as one term (covid-19, typed 「COVID-19の…」): as pages also write it.
            unit_q = wq.Or([unit_q, *(_field_or(fields, lambda f, t=t: _spelling_query(f, t)) for t in written)])
        if synonyms and UNIT_SYNONYMS and len(units) > 1 and _set_apart(u[0], units, word):
            # A word of a talk-like question (お年寄りの安否確認 → 年寄り) may be written
            # otherwise on the page (高齢者, 老人); glued into a compound it is not expanded.
            unit_q = _with_synonyms(unit_q, (_key(u[0], negated),), fields, info, weak=weak and talk, talk=talk)
        elif (run := glued.get(id(u))) is not None:
            # A compound of several terms typed inside a question (住民記録 in 「住民記録のシステムを
            # 標準化したい」) has the pairs it has typed alone (住民基本台帳): each of its units
            # matches them, as a page writing the compound matches each unit.  Listed once.
            unit_q = _with_synonyms(unit_q, tuple(_key(v[0], negated) for v in run), fields,
                                    info if run[0] is u else {}, weak=weak and talk, talk=talk, glued=True)
        subqueries.append(unit_q)
        if compound is not None and not compound.isascii():
            adjacency.append((tuple(leaves), 1, tuple(fields)))
    if talk:
        info["talk"] = True  # read by search/feedback.py
        if len(subqueries) > 1:
            # The question's words as typed (「e-Govで電子申請したい」: e-Gov, 電子申請), for the pages holding all
            # but the fewest of them when no page holds enough (search/relax.py).
            info["content_words"] = [t for t, is_light in zip(typed_as, light) if not is_light]
    elif (as_typed is not None and AS_TYPED_FIRST and len(all_leaves) > 1
          and (len(terms) == sum(len(u) for u in units) or info.get("inside"))
          and not (len(units) == 1 and units[0][0].text.isascii())):
        # Typed solid and split: the pages writing it (its parts side by side) come first.  Not a
        # question typed with particles (its words may fairly stand apart), nor a word with a unit
        # dropped or typed twice, nor letters and digits typed together (5G: matched only joined).
        # Request furniture is not the word asked for (テレワーク関係: the pages writing テレワーク).
        typed = [u for u in units if not _request_noun(u, units)]
        if info.get("inside"):
            typed = [u for u in with_infix if any(u is v for v in typed) or not any(u is v for v in units)]
        spans = [(t.start, t.end) for u in typed for t in (u[1:] if u[0].compound else u[:1])]
        if len(spans) > 1:
            as_typed.append((tuple(leaf for u in typed for leaf in _leaves(u)), tuple(fields),
                             tuple(b[0] - a[1] for a, b in zip(spans, spans[1:]))))
    if len(subqueries) == 1:
        result = subqueries[0]
    else:
        core = [q for q, is_light in zip(subqueries, light) if not is_light]
        core_units = [u for u, is_light in zip(unit_of, light) if not is_light] if core else unit_of
        optional = _glued_light(subqueries, light, unit_of, fields) if core else []
        core = core or subqueries
        if len(core) == 1:
            required = core[0]
        elif len(core) == 2:
            required = wq.And(core)
        else:
            # Not every content word need occur: the best partial matches still rank.
            # A question typed with particles shares fewer of its words with the page
            # that answers it than a compound typed solid does (see SHOULD_MATCH_TALK).
            share = SHOULD_MATCH_TALK if talk else SHOULD_MATCH
            minimum = math.ceil(share * len(core))
            latin_typed = [i for i, u in enumerate(core_units) if LATIN_REQUIRED and _latin_name(u, talk)]
            if latin_typed and len(latin_typed) < len(core):
                # A name typed in letters and digits (5G, IoT, LPWA) is the word's own subject, and pages write
                # it so (or as search/latin.py reads it): it must occur, the share counted on the rest.
                # 「5Gの基地局整備 九州」 ranked first a page on 携帯電話の基地局 整備 in 九州 without 5G.
                rest = [i for i in range(len(core)) if i not in latin_typed]
                need = max(1, minimum - len(latin_typed))
                others = core[rest[0]] if len(rest) == 1 else MinMatch(
                    [core[i] for i in rest], minimum=need, rarity=TALK_RARITY if talk else 0.0, rarity_from=TALK_RARITY_FROM,
                    rarity_counts=[TALK_RARITY_PREDICATES or not _predicate(core_units[i]) for i in rest])
                required = wq.And([*(core[i] for i in latin_typed), others])
            else:
                required = MinMatch(core, minimum=minimum, rarity=TALK_RARITY if talk else 0.0, rarity_from=TALK_RARITY_FROM,
                                    rarity_counts=[TALK_RARITY_PREDICATES or not _predicate(u) for u in core_units])
        # Slight units (第5世代 → 第, 5) only add to the score of what the others match.
        result = wq.AndMaybe(required, wq.Or(optional)) if optional else required
        slop = 1 if "dropped" not in info else 1 + len(info["dropped"])
        adjacency.append((tuple(all_leaves), slop, tuple(fields)))
    if synonyms:
        # Only the word as typed expands, not each of its parts: parts such as
        # ローカル (→ 現地) or 活用 (→ 運用) drift too far inside a compound.
        result = _with_synonyms(result, whole_key, fields, info, talk=talk)
    return result


#: Whether a unit typed in Latin letters (5G, DX, LPWA) must occur in a page matching a word of three units or more,
#: instead of counting toward the share (SHOULD_MATCH, SHOULD_MATCH_TALK) like the others; in a question typed the
#: way people talk only a name with digits (5G, 4K): its everyday letters are written otherwise on the pages that
#: answer it (IT → ICT, チャットGPT → 生成AI, SNS → 掲示板), and required they lost them (bench/realdocs q16, q25, g11,
#: dev: rr 1.00 → 0.00, 0.14 → 0.00, recall 1.00 → 0.67).  Measured on the realdocs judged sets: DX推進計画 (t13)
#: recall 0.75 → 1.00.
LATIN_REQUIRED = True


def _latin_name(unit, talk: bool = False) -> bool:
    """Whether a unit is a name typed in Latin letters of two characters or more (5G, DX; in a talk-like
    question only with digits, 5G): not a bare number, nor one letter (the L of Lアラート)."""
    if unit is None or isinstance(unit, _Joined):
        return False
    text = unit[0].text
    return (len(text) > 1 and text.isascii() and any(c.isalpha() for c in text)
            and (not talk or any(c.isdigit() for c in text)))


def _glued_runs(units: list[list[Term]], word: str) -> dict[int, list]:
    """id(unit) → the run of two units or more it is glued into with no particle between (住民|記録
    in 住民記録のシステム), for the runs that are not the whole word; a verb or adjective used as one
    (ドローン使った: :func:`_inflected_spans`) glues nothing."""
    inflected = _inflected_spans(word) if word else frozenset()
    runs: list[list] = []
    for u in units:
        free = (u[0].start, u[0].end) not in inflected
        if runs and free and runs[-1][-1][0].end == u[0].start and (runs[-1][-1][0].start, runs[-1][-1][0].end) not in inflected:
            runs[-1].append(u)
        else:
            runs.append([u])
    return {id(u): run for run in runs if 1 < len(run) < len(units) for u in run}


#: Verbs that frame a question rather than name what it asks about: the asking (…を知りたい),
#: the light verb of an action (実証実験を行った) and the purpose (…の普及促進に向けた取組: half the
#: pages of a policy collection write …に向けて), dropped like 為る or 居る where a particle
#: or the word's edge sets them apart (知る権利 stays whole).  Counted as content words, they
#: made up half of the four words of 「ドローンを使った物流の実証実験を行った自治体を知りたい」
#: that a page had to hold, so a page on 実証実験 of 平成16年 without a drone ranked first,
#: and 知る brought in its synonyms 通知 and 通告; 「マイナンバーカードの普及促進に向けた取組」 found
#: 「テレワークの普及・促進に向けた総務省の取組」 fourth.  Measured (bench/realdocs_relevance.py): no
#: question there asks to know or writes 行う; 向ける moves q41 (…海外に向けて作る) 0.17 → 0.50, dev
#: question MRR@10 0.79 → 0.80, held-out unchanged.
QUESTION_FILLERS = frozenset({"知る", "行う", "向ける"})
#: Verbs of the asking itself, dropped as QUESTION_FILLERS are but only as the last content word of a
#: request (…について教えてください, …について調べています, …の資料を探しています): 「テレワークについて
#: 教えてください」 required 教える and found 101 of the 135 realdocs pages on テレワーク.  Before a noun
#: or mid-sentence they are the subject (…書き方を教える授業, アプリで調べて予約も…), and stay.
ASKING_VERBS = frozenset({"教える", "調べる", "探す"})

# -- request furniture: words that say what kind of material is asked for, or how it bears on the
# subject, not the subject (one list here; query side only).

#: Nouns that name the kind of material asked for, not its subject: 「東北のテレワーク施策で令和4年度のもの」
#: asks for pages on テレワーク, and the bureau's report on its telework seminars never writes 施策;
#: 「テレワーク関係」 found 36 realdocs pages (115 White Paper sections) against 135 (199) for テレワーク.
#: After another unit of the word they only add to the score (a slight unit, as 第 or 5 are); first
#: in the word (関係機関, 関連事業) or alone they are the word searched for.  A compound of them
#: (関連資料, 関係資料) is one too, and a word of them typed apart beside other words
#: (「テレワーク 関連資料」) only lifts the pages writing it (REQUEST_WORDS).  (Sudachi's normalized
#: forms: 取組 and 取組み are read 取り組み, まとめ 纏め.)
REQUEST_NOUNS = frozenset({"施策", "取り組み", "事例", "資料", "一覧", "概要", "関係", "関連", "ページ", "纏め"})
#: The same only where a particle sets them apart after the subject and they end the request
#: (テレワークの状況, …に関する情報を知りたい, …の記事): glued they name the subject's own thing (被害状況,
#: 整備状況, 防災情報, 地域情報化), and inside a sentence they are its words (「…ネットの情報を規制する…」:
#: made slight there, queries-fresh3 h13 fell from rank 2 to 3).
REQUEST_NOUNS_APART = frozenset({"状況", "情報", "記事", "現状"})
#: A part of a 年度 typed right after it (令和5年度上期, 2023年度 下半期, 令和5年度第3四半期): the
#: year is read, and pages write the months, not the half: the part only lifts pages writing it.
#: Not 前期 / 後期 (後期高齢者, 前期計画).
YEAR_PART = LazyPattern(r"(?:上|下)半?期|第?[1-4一二三四]四半期|[1-4]Q|Q[1-4]")
#: A year typed loosely over two words: an era's name alone before its number (「令和 4年度」), and a
#: 年度 without its era after a word naming one (「令和3年度 4年度」, 「R3 4年度」), read as the era's
#: year as 「令和3年度、4年度」 already was inside a phrase; the number alone was text (4 | 年度).
ERA_ALONE = LazyPattern(r"令和|平成|昭和")
ERA_LED = LazyPattern(r"(令和|平成|昭和|[RHSrhs])(?:\d{1,2}|元)(?:年度|年)?")
YEAR_WITHOUT_ERA = LazyPattern(r"\d{1,2}(?:年度|年)?")
#: A 年度 typed after a word naming a year in an era (「令和3年度 4年度」): read in that era.
LATER_NENDO = LazyPattern(r"\d{1,2}年度")
#: The first year of an era, typed after its name alone (「令和 元年度」), as its number is (not 元 bare:
#: 「令和 元」 may be the word 元).
FIRST_YEAR_WITHOUT_ERA = LazyPattern(r"元(?:年度|年)")
#: Whether furniture typed apart as its own word (「テレワーク 資料」) or a part of a 年度 is
#: optional rather than required (measured: bench/realdocs/queries-fresh5.tsv).
REQUEST_WORDS = True


def _spelled(spellings, word: str, typed, info: dict | None) -> list[tuple[str, ...]]:
    """The other spellings of a Latin name (search/latin.py's one lookup; the analyzer's alone
    without an index), listed in the word's info["spellings"] for --explain."""
    found = (latin.NO_INDEX if spellings is None else spellings).of(word, typed)
    if found and info is not None:
        info["spellings"] = list(dict.fromkeys([*info.get("spellings", ()), *(" ".join(t) for t in found)]))
    return found


def _spelling_query(field: str, terms: tuple[str, ...]) -> wq.Query:
    """One spelling of a name: its term, or its terms side by side."""
    return wq.Term(field, terms[0]) if len(terms) == 1 else wq.Phrase(field, list(terms))


def _key(term: Term, negated: frozenset[tuple[int, int]]) -> str:
    """A unit's synonym key: its term, marked when the verb was typed negated (聞こえ|ない)."""
    from .synonyms import NEGATED

    return term.text + NEGATED if (term.start, term.end) in negated else term.text


def _predicate(unit) -> bool:
    """Whether a unit of a question is a verb or adjective (its dictionary form ends in う…る or い:
    広がる, 使う, 新しい), not a noun or a date."""
    from .synonyms import _dictionary_form

    return unit is not None and not unit[0].compound and _dictionary_form(unit[0].text)


def _filler(term: Term, units: list[list[Term]], word: str = "") -> bool:
    if term.text in ASKING_VERBS:
        last = next((u[0] for u in reversed(units) if not u[0].weak), None)
        return last is term and _set_apart(term, units, word)
    return term.text in QUESTION_FILLERS and _set_apart(term, units, word)


def _request_tail(word: str, terms: list[Term]) -> int:
    """Where a request's tail begins in `word` (after 秒 in 「うるう秒について調べてます」, 「うるう秒とは」):
    the end of the last term before a tail of particles, function words, fillers, asking verbs and
    request furniture; 0 when nothing follows the word's content."""
    heads = [t for t in terms if not t.sub]
    i = len(heads)
    while i > 0 and (heads[i - 1].weak or heads[i - 1].text in QUESTION_FILLERS or heads[i - 1].text in ASKING_VERBS
                     or heads[i - 1].text in REQUEST_NOUNS or heads[i - 1].text in REQUEST_NOUNS_APART):
        i -= 1
    if i == 0 or heads[i - 1].end >= len(word):
        return 0
    return heads[i - 1].end


def _request_noun(unit: list[Term], units: list[list[Term]]) -> bool:
    """Whether a unit of a word is request furniture (REQUEST_NOUNS): after another unit of the word,
    a noun of the list or a compound of them (関連資料); one of REQUEST_NOUNS_APART only after a particle."""
    head = unit[0]
    i = next((k for k, u in enumerate(units) if u is unit), 0)
    if i == 0:
        return False
    if head.text in REQUEST_NOUNS or (head.compound and all(leaf in REQUEST_NOUNS for leaf in _leaves(unit))):
        return True
    return head.text in REQUEST_NOUNS_APART and units[i - 1][0].end < head.start and i == len(units) - 1


def request_word(text: str) -> bool:
    """Whether a word typed apart is request furniture only (資料, 関連資料, 一覧, 状況): see REQUEST_NOUNS."""
    units = _units(analyze(text))
    return bool(units) and all(
        not u[0].weak and (u[0].text in REQUEST_NOUNS or u[0].text in REQUEST_NOUNS_APART
                           or (u[0].compound and all(leaf in REQUEST_NOUNS for leaf in _leaves(u))))
        for u in units)


def _glued_light(subqueries: list, light: list[bool], unit_of: list, fields) -> list:
    """The optional side of a word's slight units, each marked with the unit it is glued to (the
    one before it, else the one after: デジタル|化, 第|5) so that it is highlighted only there.

    It still scores alone: side by side only, it lost pages that write the word otherwise
    (光ファイバ for 光回線, 無線局 for 局 of another phrase), realdocs question MRR@10 dev 0.79 → 0.72.
    Highlighted alone, the 化 of 「…防災無線をデジタル化した…」 lit up every 化 of 情報化 and
    高度化 of a page."""
    def touching(a, b) -> bool:
        return 0 <= a and b < len(unit_of) and unit_of[a] is not None and unit_of[b] is not None and (
            unit_of[a][0].end == unit_of[b][0].start)

    out: list = []
    for i, (q, is_light) in enumerate(zip(subqueries, light)):
        if not is_light:
            continue
        pair = (i - 1, i) if touching(i - 1, i) else (i, i + 1) if touching(i, i + 1) else None
        together = tuple(leaf for j in pair for leaf in _leaves(unit_of[j])) if pair is not None else None
        out.append(Slight([q], together=together))
    return out


def _talk_like(units: list[list[Term]], info: dict, word: str = "") -> bool:
    """Whether a word was typed the way people talk: function words dropped, or particles between its units
    (a hyphen, as in e-Japan, is not one; nor the 等 inside a name, :data:`NAME_INFIXES`)."""
    inside = info.get("inside", False)
    return ("dropped" in info and not inside) or any(
        a[0].end < b[0].start and not _hyphen_joined(word, a, b) and not (inside and word[a[0].end:b[0].start] in NAME_INFIXES)
        for a, b in zip(units, units[1:]))


#: Function words that a policy name glues inside itself with no particle (携帯電話等エリア整備事業,
#: 小型無人機等飛行禁止法): dropped like any, but they leave the name a word typed solid, not a question
#: typed the way people talk (whose words need only SHOULD_MATCH_TALK of them, any apart): 4 units at 0.4
#: let 携帯電話 and 整備 alone match, and White Paper sections on the history of 携帯電話 ranked above the
#: 4 sections writing 携帯電話等エリア整備事業.
NAME_INFIXES = frozenset({"等"})


def _name_infix(unit: list[Term], units: list[list[Term]], word: str) -> bool:
    """Whether a dropped unit is one of NAME_INFIXES glued between two content units of the word with nothing else
    (携帯電話等エリア: 等 touches 携帯電話 and エリア)."""
    t = unit[0]
    if t.text not in NAME_INFIXES or word[t.start:t.end] not in NAME_INFIXES:
        return False
    return any(u[0].end == t.start for u in units if u is not unit) and any(u[0].start == t.end for u in units if u is not unit)


def _hyphen_joined(word: str, a: list[Term], b: list[Term]) -> bool:
    """Whether only a hyphen stands between two units of word (e-Japan)."""
    return word[a[0].end:b[0].start] in ("-", "\u2010", "\u2011", "\u2212")


def _hyphen_spans(word: str, units: list[list[Term]]) -> list[tuple[int, int]]:
    """Runs of units joined by a hyphen (e-Japan, e-Gov: Sudachi's e | ジャパン): a name whose parts
    match only side by side, as a date's do.  Searched apart they were e AND (ジャパン OR 日本):
    260 documents, where 116 write e-Japan."""
    spans: list[tuple[int, int]] = []
    for a, b in zip(units, units[1:]):
        if _hyphen_joined(word, a, b):
            if spans and spans[-1][1] == a[0].end:
                spans[-1] = (spans[-1][0], b[0].end)
            else:
                spans.append((a[0].start, b[0].end))
    return spans


#: Whether each word of a talk-like question that particles set apart expands to its
#: synonyms too (not only the whole word typed).  Measured on bench/realdocs (README).
UNIT_SYNONYMS = True


def _set_apart(term: Term, units: list[list[Term]], word: str = "") -> bool:
    """Whether no other content unit of the word touches this one (a particle or an edge on each side).

    A one-character unit does not count: the honorific prefix of お年寄り (御) leaves 年寄り apart.
    A number does: the 5.0 of Society5.0 makes it a name, not the word Society (→ 社会, which
    made every page writing 社会 a hit, 1,590 of 3,790).  Nor does a word touching a verb or
    adjective used as one (:func:`_inflected_spans`) that follows it: talk drops the particle before
    a verb (「ドローン使った事例」 for ドローンを使った), which glues no compound.  A verb or adjective
    before a noun (「働くやり方」, 「使えるしくみ」) qualifies it with or without particles elsewhere, and
    stays as it was: set apart, both expanded, 「会社に行かずに…働くやり方を広める」 ranked a page on
    迷惑メール first (bench/realdocs q42, held-out; question MRR@10 0.94 → 0.90).
    """
    inflected = _inflected_spans(word) if word else frozenset()
    return not any(
        u[0] is not term and (len(u[0].text) > 1 or u[0].text.isdigit()) and (
            (u[0].end == term.start and (term.start, term.end) not in inflected)
            or (u[0].start == term.end and (u[0].start, u[0].end) not in inflected))
        for u in units
    )


@lru_cache(maxsize=4096)
def _inflected_spans(word: str) -> frozenset[tuple[int, int]]:
    """(start, end) in `word` of each verb or adjective written as one, inflected (使っ|た, 使う,
    つながら|ない, 弱い, 進める): a word standing on its own, which a noun beside it
    (ドローン使った) does not make a compound with.

    Not an auxiliary-like one (有る, 為る: dropped anyway), nor a verb's stem with nothing after it
    but a word, which compounds write as a noun (見守り|サービス, 取り組み|事例; Sudachi tags them
    verbs): a 連用形 stem counts only before an auxiliary or a particle (飛ばし|た, 知り|たい)."""
    from ictsearch.indexer.analysis import _tokenizers, chunks, folded

    tokenizer = _tokenizers()[0]
    spans = []
    # In pieces Sudachi accepts, as analyze() reads them (a pasted paragraph of 60,000 bytes).
    for offset, piece in chunks(folded(word)):
        morphemes = list(tokenizer.tokenize(piece))
        for i, m in enumerate(morphemes):
            pos = m.part_of_speech()
            if pos[0] not in ("動詞", "形容詞") or pos[1] == "非自立可能":
                continue
            if pos[5].startswith("連用形-一般"):
                after = morphemes[i + 1].part_of_speech()[0] if i + 1 < len(morphemes) else None
                if after not in ("助動詞", "助詞"):
                    continue
            spans.append((offset + m.begin(), offset + m.end()))
    return frozenset(spans)


#: A short word: three or four kanji, or kanji with a kana ending (浜通り → 浜|通り, 見守り; without
#: it 浜 was a slight unit and 浜通り found every とおり).  Longer words are phrases or compounds
#: whose parts may fairly stand apart (地域課題解決 → 地域課題の解決).
_SHORT_WORD = LazyPattern(r"[\u4e00-\u9fff々]{3,4}|(?=.{3,4}$)[\u4e00-\u9fff々]{1,3}[\u3041-\u309f]{1,2}")


def _is_short_word(word: str) -> bool:
    # The length first: compiling the pattern's kanji ranges costs a fresh process 6-8 ms, for
    # a word of any other length (テレワーク) that it could never match.
    return 3 <= len(word) <= 4 and _SHORT_WORD.fullmatch(word) is not None


def _date_spans(word: str) -> list[tuple[int, int]]:
    from ictsearch.indexer.metadata import find_years

    spans = [(m.start, m.end) for m in find_years(word)]
    spans += [m.span() for m in ERA_NUMBER.finditer(word) if not any(s <= m.start() < e for s, e in spans)]
    return spans


class _Joined(NamedTuple):
    """A run of units inside one date or hyphenated span of the word: its leaves, and where it is typed."""

    leaves: tuple[str, ...]
    start: int
    end: int


def _group_dates(units: list[list[Term]], spans: list[tuple[int, int]]) -> list:
    """The units, with each run of two or more units inside one date span replaced by its leaves (a _Joined)."""
    groups: list[tuple[tuple[int, int] | None, list[list[Term]]]] = []
    for u in units:
        span = next((sp for sp in spans if sp[0] <= u[0].start and u[0].end <= sp[1]), None)
        if span is not None and groups and groups[-1][0] == span:
            groups[-1][1].append(u)
        else:
            groups.append((span, [u]))
    out: list = []
    for span, members in groups:
        if span is None or len(members) == 1:
            out.extend(members)
        else:
            out.append(_Joined(tuple(leaf for u in members for leaf in _leaves(u)), members[0][0].start, members[-1][0].end))
    return out


def _kana_cut_query(word: str, fields, info: dict | None) -> wq.Query | None:
    """A word opening with a hiragana run the analyzer cuts (うるう秒, みんつく予算): the word as a
    phrase in each cut pages may have (search.variants.kana_cuts), or None for any other word."""
    from .variants import kana_cuts

    cuts = kana_cuts(word)
    if not cuts:
        return None
    if info is not None:
        info["terms"] = list(cuts[0])
        if len(cuts) > 1:
            info["cuts"] = [" ".join(c) for c in cuts[1:]]
    return _field_or(fields, lambda f: wq.Or([wq.Phrase(f, list(c)) for c in cuts]))


def phrase_query(text: str, fields=TEXT_FIELDS, info: dict | None = None, spellings=None) -> wq.Query | None:
    """The phrase's terms side by side; a Latin name in it also as pages write it otherwise (the
    whole phrase always; one inside a longer phrase, "LG WAN 接続", when `spellings` is given).

    A phrase of grammatical words only is read as pages index them, and said to be grammatical:
    「"である"」 is ある, 「"について"」 つく (quoted, a compound particle is the text asked for)."""
    read = analyze(text)
    if (grammatical := grammatical_reading(text, read)) is not None:
        if info is not None:
            info["terms"] = [leaf for run in _phrase_runs(grammatical) for leaf in run]
            if _leaves_out_some(text, grammatical):
                info["grammatical"] = _surfaces(text, grammatical)
        return _runs_query(_phrase_runs(grammatical), fields)
    if kana_q := _kana_cut_query(text, fields, info):
        return kana_q
    runs = _phrase_runs(read)
    if not runs:
        return None
    if info is not None:
        info["terms"] = [leaf for run in runs for leaf in run]
    typed = _runs_query(runs, fields)
    if len(runs) == 1 and (others := _spelled(spellings, text.strip(), runs[0], info)):
        # A name quoted alone (「"COVID-19"」, 「"Beyond5G"」, 「"LG WAN"」) is the name however pages
        # write it, as it is unquoted: each spelling is still a phrase (search/latin.py).
        return wq.Or([typed, *(_field_or(fields, lambda f, t=t: _spelling_query(f, t)) for t in others)])
    # Where the typed phrase ends, Sudachi may read a 連用形 as the verb a sentence can end in
    # (「…作業部会とりまとめ」 → 取り纏める), while the page it was copied from goes on (…とりまとめ」では:
    # the noun 取り纏め): the phrase is also searched as read with the page's text after it.
    read_on = _phrase_runs(analyze(text.rstrip() + PHRASE_READ_ON))
    if read_on and read_on != runs:
        typed = wq.Or([typed, _runs_query(read_on, fields)])
    if spellings is not None and (inside := _respelled_inside(text, fields, info, spellings)):
        return wq.Or([typed, *inside])
    return typed


#: What a phrase is read as followed by, beside its reading alone: a sentence's end, after which
#: Sudachi reads a word as the page does that goes on (a 」 or 。 after it gives the same reading).
PHRASE_READ_ON = "。"


def _runs_query(runs: list[list[str]], fields) -> wq.Query:
    """Every sentence's run side by side, all required."""
    phrases = [_field_or(fields, lambda f, run=run: wq.Phrase(f, run) if len(run) > 1 else wq.Term(f, run[0]))
               for run in runs]
    return phrases[0] if len(phrases) == 1 else wq.And(phrases)


def _phrase_runs(terms: list[Term]) -> list[list[str]]:
    """A phrase's leaves, one list per sentence: a sentence end inside the phrase (a quoted passage
    of two sentences, 「…を目指す。不要不急の…」) is a gap in the document's positions, so each
    sentence is a phrase of its own, all required."""
    runs: list[list[str]] = []
    follows = None
    for u in _units(terms):
        if follows is None or u[0].pos != follows:
            runs.append([])
        runs[-1] += _leaves(u)
        follows = u[-1].pos + 1
    return runs


def _respelled_inside(text: str, fields, info: dict | None, spellings) -> list[wq.Query]:
    """The phrase again with a Latin name inside it written each other way pages write it
    (「"LG WAN 接続"」 → 「LGWAN 接続」): unquoted, LG WAN finds LGWAN; quoted, it found only LG WAN."""
    normalized = unicodedata.normalize("NFKC", text)
    out = []
    for m in latin.names_in(normalized):
        name = m.group()
        if name == normalized.strip():
            continue  # the whole phrase is a name: phrase_query spells it already
        typed = tuple(t.text for t in analyze(name) if not t.sub)
        for spelling in _spelled(spellings, name, typed, info):
            q = phrase_query(normalized[:m.start()] + " ".join(spelling) + normalized[m.end():], fields)
            if q is not None:
                out.append(q)
    return out


class _Optional:
    """A clause that adds to the score of what the others match but is not required (see YEAR_READING)."""

    def __init__(self, query: wq.Query):
        self.query = query


#: How a year word (令和4年度, 2019年度の…) and a place word (東北, 宮城) take part in the match.
#: "match": a document must hold the word in its text or have it as its derived fiscal year or
#: region, like any other word; "boost": the word only lifts documents that have it.  Measured
#: on the judged real-page questions in bench/realdocs (see the README's Query understanding section).
YEAR_READING = "match"
PLACE_READING = "match"
#: Weight of a place a question moves away from (understand.MetadataSpan.origin: 東京から, 東京を出て),
#: which only lifts the pages of it: that of a synonym.
ORIGIN_BOOST = SYNONYM_BOOST


def _conjoin(parts: list) -> wq.Query | None:
    """AND of parts; optional ones (a year word read as a boost) only add to the score."""
    required = [p for p in parts if not isinstance(p, _Optional)]
    optional = [p.query for p in parts if isinstance(p, _Optional)]
    if not required:
        required, optional = optional, []
    if not required:
        return None
    # An excluded word only removes documents: as a NOT among the AND's parts it would add 1.0
    # to every hit's score (Whoosh scores NOT so), and inside an OR lift that side above the other.
    excluded = [p.query for p in required if isinstance(p, wq.Not)]
    wanted = [p for p in required if not isinstance(p, wq.Not)]
    if not wanted:
        excluded, wanted = [], required  # exclusions only (-東京): _fix_pure_negation's case
    core = wanted[0] if len(wanted) == 1 else wq.And(wanted)
    if optional:
        core = wq.AndMaybe(core, optional[0] if len(optional) == 1 else wq.Or(optional))
    if excluded:
        core = wq.AndNot(core, excluded[0] if len(excluded) == 1 else wq.Or(excluded))
    return core


def _either(a, b):
    """OR of two clauses (places or years listed as alternatives); optional only if both are."""
    if a is None or b is None:
        return a if b is None else b
    either = wq.Or([_plain(a), _plain(b)])
    return _Optional(either) if isinstance(a, _Optional) and isinstance(b, _Optional) else either


def _plain(q):
    return q.query if isinstance(q, _Optional) else q


def _one_fiscal_year(read_as: str) -> int | None:
    """The fiscal year a word was read as (understood's "fiscal_year 2019"), None for a range or a place."""
    m = re.fullmatch(r"fiscal_year (\d{4})", read_as)
    return int(m[1]) if m else None


def _year_range(read_as: str) -> tuple[int | None, int | None] | None:
    """(lo, hi) of a word read as a range of fiscal years ("fiscal_year 2021..2023", "fiscal_year 2022.."),
    an open end None; None for one year or a place."""
    m = re.fullmatch(r"fiscal_year (\d{4})?\.\.(\d{4})?", read_as)
    if m is None:
        return None
    return (int(m[1]) if m[1] else None), (int(m[2]) if m[2] else None)


def _written_forms(years, typed: wq.Query | None, info: dict) -> list[wq.Query]:
    """A phrase for each other way documents write each of years (understand.fiscal_year_forms),
    none twice nor the typed one again; their spellings go to info["written"]."""
    seen = {repr(typed)}
    out, written = [], []
    for year in years:
        for form in fiscal_year_forms(year):
            q = phrase_query(form, TEXT_FIELDS)
            if q is not None and repr(q) not in seen:
                seen.add(repr(q))
                out.append(q)
                written.append(form)
    info["written"] = written
    return out


def _span_text_query(text: str, lo: int | None, hi: int | None, info: dict, as_typed: bool = True) -> wq.Query | None:
    """The text side of a word read as a span of fiscal years: the span as typed, and each of its
    ends as :func:`_year_text_query` writes one year (the years between match by the derived
    fiscal year: every form of each would add up to a score that favours pages listing years).

    Searched as an ordinary word, 「令和3年度から令和5年度」 required 令和3年度 and, the units 令和 and
    年度 counted once, scored and highlighted every bare 5 of a page (令和4年5月17日)."""
    years = sorted({y for y in (lo, hi) if y is not None})
    # Not a span named from today (昨年度以降): a page's own 昨年度 is the year before its own.
    typed = phrase_query(text, TEXT_FIELDS, info) if as_typed else None
    # An end typed as four digits alone (2024..2025) is that text too, as 2024 typed alone is: without
    # it 「テレワーク 2024..2025」 found fewer pages than 「テレワーク 2024」 (10 and 11 on bench/realdocs).
    # So is each end of 2018-2020 and 2018〜2020 (understand.bare_year_span).
    spaced = re.split(r"\.\.|[-~〜‐−–—]", text) if ".." in text or bare_year_span(text) else []
    bare = [q for end in dict.fromkeys(spaced) if bare_year(end.strip()) is not None
            and (q := phrase_query(end.strip(), TEXT_FIELDS)) is not None]
    ends = bare + _written_forms(years, typed, info)
    # A page writing both ends scores as one writing one year does, not twice that.
    either = (ends[0] if len(ends) == 1 else wq.Or(ends, boost=1 / len(years))) if ends else None
    alternatives = [q for q in (typed, either) if q is not None]
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)


#: A date typed with its month (and day): 2020/12/16, 2020年12月16日, 令和2年12月, R2.5.12.
_DATE_TYPED = LazyPattern(r"\d\s*(?:年\s*\d{1,2}\s*月|[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d)")


def _day_forms_of(typed: wq.Query, text: str, start: int, end: int, fields) -> tuple[list[wq.Query], list[str]]:
    """`typed` (the phrase `text`), then the phrase with the day at text[start:end] as documents write
    it otherwise (understand.day_forms: 2024/4/1 → 令和6年4月1日, 2024年4月1日), each once; and those forms."""
    seen, alternatives, written = {repr(typed)}, [typed], []
    for form in day_forms(text[start:end]):
        q = phrase_query(text[:start] + form + text[end:], fields)
        if q is not None and repr(q) not in seen:
            seen.add(repr(q))
            alternatives.append(q)
            written.append(form)
    return alternatives, written


def _phrase_with_days(text: str, fields, info: dict, spellings=None) -> wq.Query | None:
    """A quoted phrase, and the same phrase with its day as documents write it otherwise: the
    README's 「R6/4/1の防災訓練」, typed with its brackets, found nothing where the page writes
    令和6年4月1日の防災訓練 (the day's forms were searched outside quotes only)."""
    from ictsearch.indexer.metadata import find_years

    typed = phrase_query(text, fields, info, spellings)
    day = next((m for m in find_years(text) if m.kind == "calendar" and m.day is not None), None)
    if typed is None or day is None:
        return typed
    alternatives, _ = _day_forms_of(typed, text, day.start, day.end, fields)
    return typed if len(alternatives) == 1 else wq.Or(alternatives)


def _year_text_query(text: str, year: int, info: dict) -> wq.Query | None:
    """The text side of a word read as one fiscal year: the year as typed, and as documents
    write it otherwise (understand.fiscal_year_forms), each a phrase.

    Only the typed form was searched: 令和元年度, R1, 2019年度 and FY2019 found 34, 19, 31 and 19
    pages with テレワーク on ../shared/corpus, and R元 (r with 元 optional) every page with an r."""
    typed = phrase_query(text, TEXT_FIELDS, info)
    if typed is not None and _DATE_TYPED.search(text):
        # A day or a month (2020/12/16, 令和2年12月16日, R2.5.12) is not its 年度 written otherwise:
        # with every form of its year, a plan writing 令和2年度(2020年度) in its title and text ranked
        # above the page of that very day.  Its 年度 still matches by the derived fiscal year,
        # and the day as documents write it otherwise (2024/4/1: 令和6年4月1日, 2024年4月1日).
        alternatives, written = _day_forms_of(typed, text, 0, len(text), TEXT_FIELDS)
        if written:
            info["written"] = written
        return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)
    alternatives = ([typed] if typed is not None else []) + _written_forms([year], typed, info)
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)


def _ambiguous_place(word: str) -> bool:
    """Whether a place word holds a name that more often means something else (the 中国 of 中国地方)."""
    return any(t.text in AMBIGUOUS_PLACE_WORDS for t in analyze(word))


#: A URL (https://…, www.…) or an e-mail address typed as one word.
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


#: What a year goes on with when typed apart from it (2030 年までに, 2024 年度): a date cut by a space.
_DATE_AFTER = ("年", "月", "日", "度")
#: A product's name a year-like number is the version of (Windows 2000, Office 2019, Server 2022): a word
#: of English letters, three lower case; not an acronym, beside which a year is a year (DX 2024, IoT 2023).
_VERSIONED = LazyPattern(r"(?=(?:[A-Za-z]*[a-z]){3})[A-Za-z]+")
#: A number a year-like one goes on (03 5253 2024, 100 8926).
_NUMBER = LazyPattern(r"[\d\-]+")


def _numbers_not_years(nodes) -> list:
    """The words of four digits among `nodes` (an AND's, in order) that a neighbour shows are no year
    typed alone: the rest of a number (03 5253 2024, 〒100 8926), a version's number (Windows 2000,
    Office 2019) or a date cut by a space (2030 年までに, whose 2030 is a target, not the pages' year)."""
    out = []
    for i, n in enumerate(nodes):
        if not (isinstance(n, Word) and n.field is None and (bare_year(n.text) is not None or bare_year_span(n.text))):
            continue
        before = nodes[i - 1].text if i and isinstance(nodes[i - 1], (Word, PhraseNode)) else ""
        after = nodes[i + 1].text if i + 1 < len(nodes) and isinstance(nodes[i + 1], (Word, PhraseNode)) else ""
        if _VERSIONED.fullmatch(before) or _NUMBER.fullmatch(before) or _NUMBER.fullmatch(after) \
                or after.startswith(_DATE_AFTER):
            out.append(n)
    return out


def compile_query(node, *, synonyms: bool = True, understand: bool = True, weak: bool = False,
                  spellings=None) -> Compiled:
    """Turn an AST into a Whoosh query plus the field filters it holds.

    `spellings` (a search.latin.Spellings of the index searched) lets a Latin word match the
    index's other spellings of it too (LG-WAN → lgwan).

    With `weak`, the words of a talk-like question also expand weakly (search/synonyms.py:
    Sudachi's flag-1 members, the JMdict paraphrases); without it, ``Compiled.paraphrased``
    builds that reading when search/feedback.py asks for it.
    """
    filters: list[Filter] = []
    words: list[dict] = []
    adjacency: list = []
    as_typed: list = []
    either_typed: list = []

    alone = isinstance(node, Word)  # the whole query is one word
    literal: set[int] = set()  # words read as text only (_numbers_not_years)
    negated = [0]  # how many NOTs enclose the node being compiled

    def _left_out(text: str, field: str | None, info: dict) -> wq.Query | None:
        """A word typed to leave out (-eTax, -令和7年度), as written, with what the same word typed to find
        matches as text: a Latin word's other spellings in the index (「マイナンバー -eTax」 kept the pages
        writing e-Tax).  A fiscal year (-令和7年度, -FY2025, -昨年度) leaves out that year's documents: those
        of that 年度, and those of no known 年度 that write it in any form.  -令和7年度 left out only the
        pages writing 令和7年度, of any year, and kept the year's pages writing R7 or 2025年度, while
        -昨年度 left out every page writing 2025年度 in any form: a 令和8年度 report on last year's results too."""
        fields = (field,) if field else TEXT_FIELDS
        meta = understood(text) if understand and field is None else None
        if meta is not None and meta[1].startswith("fiscal_year"):
            info["read_as"] = meta[1]
            relative = relative_year(text)
            if relative is not None:
                info["relative"] = relative[1]
            year = _one_fiscal_year(meta[1])
            written = (_year_text_query(relative[1] if relative else text, year, info) if year is not None
                       else phrase_query(text, TEXT_FIELDS, info))
            # "Has a 年度" as a range open at both ends: Every("fiscal_year") is Whoosh's walk over
            # every numeric term (16.9 → 5.9 ms for 「テレワーク -令和7年度」 on the judged pages of bench/realdocs).
            dated = wq.NumericRange("fiscal_year", None, None)
            return meta[0] if written is None else wq.Or([meta[0], wq.AndNot(written, dated)])
        q = phrase_query(text, fields, info)
        return q if spellings is None else _respelled(q, text, fields, info, spellings, [])

    def spaced_word(text: str, meta: tuple[wq.Query, str] | None, within: str | None = None, origin: bool = False):
        """A word typed on its own, or a region/year expression cut out of a phrase: the same reading
        (`origin`: a place the phrase moves away from, which only lifts the pages of it)."""
        info = {"word": text, "field": None}
        if within is not None:
            info["within"] = within
        if origin:
            info["origin"] = True
        words.append(info)
        year = _one_fiscal_year(meta[1]) if meta is not None else None
        span = _year_range(meta[1]) if meta is not None and year is None else None
        if year is not None and (relative := relative_year(text)) is not None:
            # 今年度 is searched as 2026年度 and its other forms: a page's own 今年度 is the year it
            # was written in, which its derived fiscal year already says.
            info["relative"] = relative[1]
            q = _year_text_query(relative[1], year, info)
        elif year is not None:
            q = _year_text_query(text, year, info)
        elif span is not None:
            relative_span = any(w in text for w in RELATIVE_YEARS)
            if relative_span:
                lo, hi = span  # 昨年度以降: the years it names, said as the span would be written
                info["relative"] = (f"{lo}年度以降" if hi is None else f"{hi}年度まで" if lo is None
                                    else f"{lo}年度から{hi}年度")
            q = _span_text_query(text, *span, info, as_typed=not relative_span)
        elif meta is not None and (blocks := blocks_written_together(text) or listed_blocks(text)):
            # 九州沖縄, 北海道東北地方: a page writing either block matches, as for 九州・沖縄 (where
            # both were wanted, 「北海道東北のテレワーク」 found 11 White Paper sections, 北海道・東北 20).
            # Not 中国 alone, which pages write for China far more often: 中国四国 as written, then.
            # Listed (中国・四国), each block's name is the block's, not China's (中華人民共和国).
            q = wq.Or([word_query(text, TEXT_FIELDS, {}, synonyms=synonyms and not listed_blocks(text))]
                      + [word_query(b, TEXT_FIELDS, {}, synonyms=synonyms) for b in blocks
                         if b not in AMBIGUOUS_PLACE_WORDS])
            info["terms"] = blocks
        elif meta is not None and bureau_block(text):
            # 九州総合通信局: the bureau's name as written, or a page of its block.  Its parts standing
            # apart (総合 … 通信局) are any bureau's: the 東北 bureau's slides came first.
            q = phrase_query(text, TEXT_FIELDS, info)
        else:
            # A place word whose parts standing apart are not the place (中国 … 地方 is China and
            # some region) is matched as if typed alone, beside other words too; 関東 … 地方 is
            # still 関東 (関東・中京・近畿の三大広域圏 on a national page of 「関東地方 地上デジタル放送」).
            # A region or year word also matches by the page's metadata, which no text holds.
            q = word_query(text, TEXT_FIELDS, info, synonyms=synonyms, adjacency=adjacency,
                           alone=(alone and within is None) or (meta is not None and _ambiguous_place(text)),
                           weak=weak, as_typed=as_typed if meta is None else None, spellings=spellings)
            if meta is None and spellings is not None:
                q = _respelled(q, text, TEXT_FIELDS, info, spellings, as_typed)
        if meta is None:
            return q
        info["read_as"] = meta[1]
        q = meta[0] if q is None else wq.Or([q, meta[0]])
        reading = YEAR_READING if meta[1].startswith("fiscal_year") else PLACE_READING
        if origin:
            # 「東京から地方の町に引っ越して」 asks about moving to the country, not for pages of 東京:
            # the place lifts its pages a little (as a synonym does), never filters.
            return _Optional(q.with_boost(ORIGIN_BOOST))
        if reading == "boost":
            return _Optional(q)
        return q

    def year_part(text: str, within: str | None = None):
        """A part of a 年度 typed after it (上期, 第3四半期): searched, but not required (YEAR_PART)."""
        info = {"word": text, "field": None, "optional": [text], "optional_as": "a part of the 年度 before it"}
        if within is not None:
            info["within"] = within
        words.append(info)
        q = word_query(text, TEXT_FIELDS, info, synonyms=synonyms)
        return None if q is None else _Optional(q)

    def understood_word(text: str):
        refuse_backwards_span(text)
        meta = understood(text)
        if meta is not None:
            return spaced_word(text, meta)
        terms = analyze(text)
        spans = metadata_spans(text, terms)
        if not spans:
            return spaced_word(text, None)
        # 「東北のテレワーク施策で令和4年度のもの」: 東北 and 令和4年度 are read as if typed
        # apart; the rest stays one word, so the date's units (令和, 4, 年度) neither
        # dilute its should-match nor stand in for its content words.
        parts = []
        excepts = []  # where the 以外 after a span left out stands (東京以外), kept out of the rest
        for sp in spans:
            if sp.excluded:
                # 「東京以外のテレワーク」: 東京 left out, as -東京 leaves it out (its 以外 is no word to find).
                words.append({"word": f"-{sp.text}", "field": None, "within": text, "except": f"{sp.text}{EXCEPT}"})
                inner = _left_out(sp.text, None, words[-1])
                if inner is not None:
                    parts.append(wq.Not(inner))
                excepts.append((sp.end, sp.end + len(EXCEPT)))
                continue
            q = spaced_word(sp.searched or sp.text, (sp.query, sp.read_as), within=text, origin=sp.origin)
            if sp.joined and parts:
                parts[-1] = _either(parts[-1], q)  # 東北・関東: pages of either
            else:
                parts.append(q)
        # 令和5年度上期, 2023年度第3四半期: the part of the 年度 only lifts the pages writing it.
        cut = [m.span() for sp in spans if REQUEST_WORDS and sp.read_as.startswith("fiscal_year")
               and (m := YEAR_PART.match(text, sp.end)) and m.end() > m.start()]
        for a, b in cut:
            parts.append(year_part(text[a:b], within=text))
        rest = [t for t in terms if not any(sp.start <= t.start and t.end <= sp.end for sp in spans)
                and not any(a <= t.start and t.end <= b for a, b in cut + excepts)]
        if any(not t.weak for t in rest):
            info = {"word": text, "field": None}
            words.append(info)
            parts.append(_terms_query(text, rest, TEXT_FIELDS, info, synonyms=synonyms, adjacency=adjacency, weak=weak,
                                      as_typed=as_typed, spellings=spellings))
        parts = [p for p in parts if p is not None]
        if parts and all(isinstance(p, _Optional) for p in parts):
            return _Optional(_conjoin([p.query for p in parts]))
        return _conjoin(parts)

    def walk(n):
        if n is None:
            return None
        if isinstance(n, Word) and n.field is None and ADDRESS.fullmatch(n.text):
            # A URL or an e-mail address pasted whole is searched as written (a bag of its parts,
            # https … soumu … .go.jp, matched every page citing some address of the site), and a
            # URL also finds the page whose address it is (a saved page's canonical link, a sidecar's url), first.
            info = {"word": n.text, "field": None}
            words.append(info)
            # Copied from the address bar with its #anchor (a place on the page, written in no
            # document's citation of it), or typed www.… without the scheme ('www.' first is read
            # as one word, where a page's https://www.… has www): both found nothing.
            address = n.text if "@" in n.text else n.text.split("#", 1)[0] or n.text
            q = phrase_query("//" + address if address[:4].lower() == "www." else address, TEXT_FIELDS, info)
            if "@" not in n.text:
                pages = [wq.Term("url", a, boost=1000.0) for a in dict.fromkeys((n.text, address))]
                q = wq.Or([*pages, q]) if q is not None else wq.Or(pages) if len(pages) > 1 else pages[0]
            return q
        if isinstance(n, Word) and negated[0] and n.field not in FILTER_FIELDS:
            # A word left out inside a group, NOT (東北 OR 関東), is left out as -東北 is: the word
            # as written, not a region's pages nor a compound's parts apart (see below).
            words.append({"word": f"-{n.text}", "field": n.field})
            return _left_out(n.text, n.field, words[-1])
        if isinstance(n, Word):
            if understand and n.field is None and id(n) not in literal:
                return understood_word(n.text)
            fields = (n.field,) if n.field else TEXT_FIELDS
            info = {"word": n.text, "field": n.field}
            words.append(info)
            q = word_query(n.text, fields, info, synonyms=synonyms, adjacency=adjacency, alone=alone, weak=weak,
                           as_typed=as_typed, spellings=spellings)
            return q if spellings is None else _respelled(q, n.text, fields, info, spellings, as_typed)
        if isinstance(n, PhraseNode):
            fields = (n.field,) if n.field else TEXT_FIELDS
            info = {"word": f'"{n.text}"', "field": n.field}
            words.append(info)
            return _phrase_with_days(n.text, fields, info, spellings)
        if isinstance(n, Filter):
            filters.append(n)
            return _FILTER_MARK
        if isinstance(n, Not):
            held, held_typed, held_either = len(adjacency), len(as_typed), len(either_typed)
            if isinstance(n.node, Word) and n.node.field not in FILTER_FIELDS:
                # -学校裏サイト excludes that word, not every document with 学校, 裏 or サイト.
                words.append({"word": f"-{n.node.text}", "field": n.node.field})
                inner = _left_out(n.node.text, n.node.field, words[-1])
            else:
                negated[0] += 1
                try:
                    inner = _plain(walk(n.node))
                finally:
                    negated[0] -= 1
            del adjacency[held:]  # nothing under a NOT earns a bonus
            del as_typed[held_typed:]
            del either_typed[held_either:]
            if inner is None:
                return None
            if inner is _FILTER_MARK:
                raise BadQuery("a field filter cannot be negated; use the other values instead")
            return wq.Not(inner)
        if isinstance(n, And):
            nodes = n.nodes if spellings is None else latin.joined_words(n.nodes, spellings)  # LG WAN → LG-WAN
            literal.update(id(c) for c in _numbers_not_years(nodes))
            nodes = _era_joined(list(nodes)) if understand and not negated[0] else nodes
            parts = []
            after_year = False
            subject = False  # a word searched for came before (not furniture, a year's part or a NOT)
            for c in nodes:
                plain_word = REQUEST_WORDS and isinstance(c, Word) and c.field is None and not negated[0]
                optional = furniture = False
                if plain_word and after_year and YEAR_PART.fullmatch(c.text):
                    # 「テレワーク 令和5年度 上期」: the 年度 is read, the half only lifts its pages.
                    q, optional = year_part(c.text), True
                else:
                    held = len(words)
                    q = walk(c)
                    furniture = plain_word and q is not None and q is not _FILTER_MARK and len(words) == held + 1 and (
                        request_word(c.text))
                    if furniture and subject:
                        # 「テレワーク 関連資料」, 「防犯カメラ 一覧」: what kind of page is wanted, which
                        # the pages seldom write; the other words say what it is about.  Only after
                        # the subject, as glued (_request_noun): typed first it is the subject or the
                        # first half of one typed apart (「関係 人口」, 「関連 会社」, 「情報 公開」, 「一覧 表」).
                        words[held]["optional"] = [c.text]
                        words[held]["optional_as"] = "the kind of material asked for"
                        q, optional = _Optional(_plain(q)), True
                after_year = bool(words) and str(words[-1].get("read_as", "")).startswith("fiscal_year")
                if q is not None and q is not _FILTER_MARK:
                    parts.append(q)
                    subject = subject or not (optional or furniture or isinstance(c, Not))
            return _conjoin(parts)
        if isinstance(n, Or):
            held_typed, held_either = len(as_typed), len(either_typed)
            parts, sides = [], []
            for c in n.nodes:
                parts.append(_plain(walk(c)))
                sides.append(tuple(as_typed[held_typed + sum(map(len, sides)):]))
            # Either side may match alone: a page is not ranked down for lacking the other side's word,
            # only for holding no side's words as typed (Compiled.either_typed; not for an OR inside
            # a side's, kept simple).
            nested = len(either_typed) > held_either
            del as_typed[held_typed:]
            del either_typed[held_either:]
            if all(sides) and not nested and not negated[0]:
                either_typed.append(tuple(sides))
            if any(p is _FILTER_MARK for p in parts):
                raise BadQuery("field filters cannot be combined with OR; repeat the filter option instead")
            parts = [p for p in parts if p is not None]
            if not parts:
                return None
            return parts[0] if len(parts) == 1 else wq.Or(parts)
        raise TypeError(n)

    q = _plain(walk(node))
    if q is _FILTER_MARK:
        q = None
    if q is not None:
        q = _fix_pure_negation(q)
    return Compiled(q, filters, words, adjacency, as_typed, either_typed, source=node,
                    options={"synonyms": synonyms, "understand": understand, "weak": weak, "spellings": spellings})


def _in_era(era: str, n: int) -> bool:
    """Whether year `n` of `era` (令和, R, 平成, H, 昭和, S) is one that era had and a page can be of
    (平成 ended in its 31st year; none later than eras.latest_year()): 「令和 30」 is no 令和30年 (2048)."""
    from ictsearch.indexer.metadata.eras import ERA_INITIALS, ERAS, latest_year

    name = ERA_INITIALS.get(era.lower(), era)
    if name not in ERAS or n < 1:
        return False
    year = ERAS[name] + n - 1
    later = [start for start in ERAS.values() if start > ERAS[name]]
    return year <= min([*later, latest_year()])


def _era_joined(nodes: list) -> list:
    """Words of a year typed loosely over two words read as one (ERA_ALONE, ERA_LED, YEAR_WITHOUT_ERA):
    「令和 4年度」 → 令和4年度; 「令和3年度 4年度」 → 令和3年度 令和4年度 (each still required, as typed apart)."""
    out: list = []
    era = None  # the era of the word before, when it named a year in one
    for c in nodes:
        plain = isinstance(c, Word) and c.field is None
        if plain and out and isinstance(out[-1], Word) and out[-1].field is None and ERA_ALONE.fullmatch(out[-1].text) and (
                (YEAR_WITHOUT_ERA.fullmatch(c.text) and _in_era(out[-1].text, int(re.match(r"\d+", c.text)[0])))
                or FIRST_YEAR_WITHOUT_ERA.fullmatch(c.text)):
            out[-1] = Word(out[-1].text + c.text)
            era = (out[-1].text[:2], int(n[0]) if (n := re.match(r"\d+", c.text)) else 1)
            continue
        if plain and era is not None and LATER_NENDO.fullmatch(c.text) and (
                era[1] < int(re.match(r"\d+", c.text)[0])) and _in_era(era[0], int(re.match(r"\d+", c.text)[0])):
            # Later in the same era only: 「H30 2年度」 is more likely 令和2年度 than 平成2年度.  A 年度
            # only, and one the era had: 「令和3年度 10年 計画」 (a ten-year plan), 「令和5年度 20年」 were
            # read as 令和10年 and 令和20年 (2038), which no page is of (0 hits, or none of the subject).
            c = Word(era[0] + c.text)
        m = ERA_LED.fullmatch(c.text) if plain else None
        era = (m.group(1).upper(), int(n[0]) if (n := re.search(r"\d+", c.text)) else 1) if m else None
        out.append(c)
    return out


def _respelled(q: wq.Query | None, word: str, fields, info: dict, spellings, as_typed: list) -> wq.Query | None:
    """`q` or the other spellings of a Latin word (search/latin.py), as strong as the typed one;
    none twice (a name typed alone, Beyond5G, had its spellings as its unit already)."""
    before = list(info.get("spellings", ()))
    found = [s for s in _spelled(spellings, word, info.get("terms", ()), info) if " ".join(s) not in before]
    if not found:
        return q
    # lg-wan's parts apart are not what its pages write (LGWAN): no "as typed" order, nor its note.
    typed = tuple(info.get("terms", ()))
    as_typed[:] = [entry for entry in as_typed if entry[0] != typed]
    alternatives = [_field_or(fields, lambda f, s=s: _spelling_query(f, s)) for s in found]
    return wq.Or(([q] if q is not None else []) + alternatives)


def _paraphrased_reading(compiled: Compiled) -> wq.Query | None:
    """:attr:`Compiled.paraphrased`: the same text compiled again with weak expansion."""
    opts = compiled.options
    if (opts.get("weak") or not opts.get("synonyms") or not WEAK_SYNONYMS or compiled.query is None
            or not any(w.get("talk") for w in compiled.words)):
        return None
    other = compile_query(compiled.source, synonyms=True, understand=opts.get("understand", True), weak=True,
                          spellings=opts.get("spellings"))
    if not any(w.get("paraphrases") for w in other.words):
        return None
    for mine, theirs in zip(compiled.words, other.words):
        if theirs.get("paraphrases"):
            mine["paraphrases"] = theirs["paraphrases"]
    return _fix_pure_negation(other.query) if other.query is not None else None


_FILTER_MARK = object()


def _fix_pure_negation(q: wq.Query) -> wq.Query:
    """`-東京` alone means every document without 東京."""
    if isinstance(q, wq.Not):
        return wq.And([wq.Every(), q])
    if isinstance(q, wq.And) and all(isinstance(s, wq.Not) for s in q.subqueries):
        return wq.And([wq.Every(), *q.subqueries])
    return q
