"""Did-you-mean: index terms close to a query word that found nothing.

A word is compared with the index vocabulary in three spellings: with its
hiragana turned into katakana (てれわーく → テレワーク), as Sudachi's reading of
it, and as the analyzer's normalized form of it.  Whole-word readings are needed
because Sudachi splits hiragana loanwords into nonsense (てれわーく → 照れ +
ワーク) and a word typed in kana never equals its kanji term (めいわくめーる →
迷惑メール).  Each index term is reachable by its surface and by its katakana
readings.

Building the lookup structures costs one pass over the vocabulary plus one
dictionary lookup per kanji term (about 0.15 s for 40k terms, 0.6 s for
200k), so the result is cached for the last vocabulary object seen: pass the
same object, or a :class:`Vocabulary` built once, and each call costs only the
search (a few ms to ~40 ms).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Iterable, Iterator, Sequence

from ictsearch.indexer.analysis import sudachi_dictionary

#: Code-point distance between hiragana ぁ..ゖ and katakana ァ..ヶ.
_KANA_SHIFT = ord("ァ") - ord("ぁ")
_HIRAGANA = re.compile(r"[ぁ-ゖゝゞ]")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_KANA_ONLY = re.compile(r"[ぁ-ゖゝゞァ-ヺー・ヽヾ]+")
_KATAKANA_ONLY = re.compile(r"[ァ-ヺー・ヽヾ]+")


def to_katakana(text: str) -> str:
    """Hiragana in text turned into katakana; everything else unchanged."""
    return _HIRAGANA.sub(lambda m: chr(ord(m.group()) + _KANA_SHIFT), text)


def max_distance(key: str) -> int:
    """Edits tolerated for a query spelling: none for one or two characters
    (anything would match; one edit is half of テレ, whose テイ is the reading of
    体) but two kanji (情宝 → 情報), one up to four characters, two from five."""
    n = len(key)
    if n == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in key):
        return 1  # each kanji carries a meaning: 情宝 is 情報 with one wrong
    return 0 if n < 3 else 1 if n < 5 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment (Damerau-Levenshtein) distance, capped at
    limit + 1 and given up as soon as it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                d = min(d, prev2[j - 2] + 1)
            cur[j] = d
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


def _pieces(key: str) -> list[str]:
    """Three consecutive pieces of key, one of which any string within the
    edit limit contains: one edit spoils at most two pieces (a transposition
    across a boundary), two plain edits spoil two.  Only a transposition plus a
    second edit can spoil all three; such candidates are given up for speed
    (weaker filters made a 200k-term vocabulary cost ~100 ms a word)."""
    if len(key) <= 3:
        return list(key)
    step = len(key) / 3
    return [key[round(i * step) : round((i + 1) * step)] for i in range(3)]


class Vocabulary:
    """Index terms with their document frequencies, keyed for near matching.

    Keys (a term's surface or one of its katakana readings) are pooled by
    script and length, each pool one newline-joined string, so that candidates
    are found by a C-level regex scan instead of a Python loop over all keys.
    Items may carry a third element, the term's reading (katakana), when the
    index has stored it; otherwise readings come from the Sudachi dictionary.
    """

    def __init__(self, items: Iterable[Sequence], known: "Vocabulary | None" = None):
        """`known`: an earlier vocabulary of the same index, whose terms' readings are taken as
        they are rather than looked up again (the file a commit's first search saves: search/vocabulary_file.py)."""
        self.df: dict[str, int] = {}
        stored: dict[str, str] = {}
        df = self.df
        for item in items:
            term, freq = item[0], item[1]
            if freq > df.get(term, -1):
                df[term] = freq
            if len(item) > 2 and item[2]:
                stored[term] = to_katakana(item[2])

        # Two key spaces, so that a spelling is only compared with keys of
        # its own script: katakana readings (kana-only terms live only here)
        # and the surfaces of all other terms.
        readings: dict[str, list[str]] = {}
        add_reading = readings.setdefault
        other_by_length: dict[int, list[str]] = {}
        add_other = other_by_length.setdefault
        lookup = None
        earlier = known.term_readings() if known is not None else {}
        for term in df:
            if _KANA_ONLY.fullmatch(term):
                add_reading(to_katakana(term), []).append(term)
                continue
            add_other(len(term), []).append(term)
            if term in stored:
                add_reading(stored[term], []).append(term)
            elif _KANJI.search(term):
                found = earlier.get(term)
                if found is None:
                    if lookup is None:
                        lookup = sudachi_dictionary().lookup
                    # Every reading of the headword: 市場 is イチバ and シジョウ.
                    found = {m.reading_form() for m in lookup(term)}
                for reading in found:
                    add_reading(reading, []).append(term)
        self._pool(readings, other_by_length)

    def _pool(self, readings: dict[str, list[str]], other_by_length: dict[int, list[str]]) -> None:
        self._readings = readings
        kana_by_length: dict[int, list[str]] = {}
        for reading in readings:
            kana_by_length.setdefault(len(reading), []).append(reading)
        self._pools: dict[tuple[bool, int], str] = {}
        for is_kana, by_length in ((True, kana_by_length), (False, other_by_length)):
            for n, keys in by_length.items():
                self._pools[is_kana, n] = "\n".join(keys)

    def state(self) -> tuple:
        """What the vocabulary is made of, for a file (search/vocabulary_file.py): plain dicts,
        lists and strings, so that loading it costs no lookup and no regular expression."""
        return self.df, self._readings, self._pools

    @classmethod
    def from_state(cls, state: tuple) -> "Vocabulary":
        """The vocabulary :meth:`state` describes."""
        df, readings, pools = state
        if not (isinstance(df, dict) and isinstance(readings, dict) and isinstance(pools, dict)):
            raise ValueError("not a vocabulary's state")
        vocab = cls.__new__(cls)
        vocab.df, vocab._readings, vocab._pools = df, readings, pools
        return vocab

    def term_readings(self) -> dict[str, set[str]]:
        """term -> its katakana readings, for the terms with a reading of their own (not kana terms)."""
        out: dict[str, set[str]] = {}
        for reading, terms in self._readings.items():
            for term in terms:
                if not _KANA_ONLY.fullmatch(term):
                    out.setdefault(term, set()).add(reading)
        return out

    def is_fragment(self, term: str) -> bool:
        """A term the dictionary does not know that is the start or the end of a longer index term:
        a word cut by a page or line break the text kept (ネッ | トワーク across two PDF pages gives
        the term トワーク, two edits from テレワーク).  No reader means it.  Kana terms only: a
        Latin or kanji term unknown to the dictionary (lgwan beside lgwan-asp) is a word of its own."""
        if _KANA_ONLY.fullmatch(term) is None or sudachi_dictionary().lookup(term):
            return False
        key = to_katakana(term)
        piece = re.escape(key)
        # A key is one line of its pool: a longer one that ends or starts with this one.
        pattern = re.compile(rf"[^\n]{piece}(?=\n|$)|(?:^|(?<=\n)){piece}[^\n]")
        for (kana_pool, n), text in self._pools.items():
            if not kana_pool or n <= len(key):
                continue
            for m in pattern.finditer(text):
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.end() - 1)
                longer = text[start:end if end >= 0 else len(text)]
                # Kana keys are readings too: 情報 read ジョウホウ is no longer spelling of ジョウ.
                if any(_KANA_ONLY.fullmatch(t) for t in self._readings.get(longer, ())):
                    return True
        return False

    def _terms(self, key: str, is_kana: bool) -> Sequence[str]:
        if is_kana:
            return self._readings.get(key, ())
        return (key,) if key in self.df else ()

    def near(self, key: str, k: int) -> Iterator[tuple[Sequence[str], int]]:
        """(terms, distance) for the keys within distance k of key."""
        for terms, d, _ in self._near(key, k):
            yield terms, d

    def _near(self, key: str, k: int) -> Iterator[tuple[Sequence[str], int, str]]:
        """(terms, distance, the key they were reached by) for the keys within distance k of key."""
        is_kana = _is_kana(key)
        exact = self._terms(key, is_kana)
        if exact:
            yield exact, 0, key
        if k == 0:
            return
        pattern = re.compile("|".join(map(re.escape, set(_pieces(key)))))
        for n in range(max(1, len(key) - k), len(key) + k + 1):
            text = self._pools.get((is_kana, n))
            if not text:
                continue
            pos = 0
            while (m := pattern.search(text, pos)) is not None:
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.end())
                if end < 0:
                    end = len(text)
                candidate = text[start:end]
                pos = end + 1
                if candidate != key:
                    d = distance(key, candidate, k)
                    if d <= k:
                        yield self._terms(candidate, is_kana), d, candidate


def _is_kana(key: str) -> bool:
    return _KATAKANA_ONLY.fullmatch(key) is not None


_local = threading.local()


def _tokenizer():
    """This thread's mode-C tokenizer (a tokenizer is not thread-safe)."""
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        from sudachipy import SplitMode

        dictionary = sudachi_dictionary()
        # tokenizer() replaces the deprecated create() in newer SudachiPy.
        make = getattr(dictionary, "tokenizer", None) or dictionary.create
        tokenizer = _local.tokenizer = make(mode=SplitMode.C)
    return tokenizer


def _spellings(word: str) -> tuple[dict[str, int], str | None]:
    """The query spellings worth comparing, each with the edits it tolerates,
    and the word's index term if the analyzer makes one term of it (then it is
    no typo)."""
    from ictsearch.indexer.analysis import analyze, chunks

    units = [t.text for t in analyze(word) if not t.sub]
    # In pieces, as the analyzer reads text: Sudachi refuses more than 49,149 bytes at once.
    reading = "".join(m.reading_form() for _, piece in chunks(word) for m in _tokenizer().tokenize(piece))
    # The word as typed only matters through its katakana form: kana terms
    # are keyed by katakana, and the form equals the word when it has no
    # hiragana.  Index terms are lower-cased, so the spellings are too.
    spellings = {s: max_distance(s) for s in (to_katakana(word).lower(), reading, "".join(units)) if s}
    if word.isascii() and reading in spellings and reading != word.lower():
        # An English word's katakana reading is a guess at its sound, one edit from the readings
        # of unrelated kanji words (and → アンド → 年度 ネンド, 案 アン): only an exact one counts
        # (internet → インターネット).
        spellings[reading] = 0
    return spellings, units[0] if len(units) == 1 else None


_cache_lock = threading.Lock()
#: The last vocabulary object passed in and what was built from it.  The
#: object itself is kept so that its id cannot be reused by another.
_cached: tuple[object, Vocabulary] | None = None


def as_vocabulary(items: Iterable[Sequence] | Vocabulary) -> Vocabulary:
    """A Vocabulary for items, reusing the one built for the same object.

    Only the last object is remembered (and kept alive); a generator or a
    list rebuilt for every query is indexed afresh each time, and a list
    mutated in place is not noticed.
    """
    global _cached
    if isinstance(items, Vocabulary):
        return items
    with _cache_lock:
        if _cached is not None and _cached[0] is items:
            return _cached[1]
        built = Vocabulary(items)
        _cached = (items, built)
        return built


def suggest(
    word: str,
    vocabulary: Iterable[Sequence] | Vocabulary,
    *,
    limit: int = 3,
) -> list[str]:
    """Up to ``limit`` index terms the user may have meant by ``word``, best first.

    ``vocabulary`` holds (index term, document frequency) pairs from the
    index's body field (optionally with a third element, the term's katakana
    reading), or is a :class:`Vocabulary`; see :func:`as_vocabulary` on
    caching.  Terms whose surface or reading equals a spelling of the word
    come first, then those within a small edit distance (see :func:`max_distance`:
    none up to two characters but two kanji, one up to four, two from five; an
    English word's reading must match exactly); ties go to the more frequent term.  Nothing is
    suggested for a word that is already an index term.
    """
    word = unicodedata.normalize("NFKC", word).strip()
    if not word or limit <= 0:
        return []
    vocab = as_vocabulary(vocabulary)
    spellings, own_term = _spellings(word)
    if word in vocab.df or own_term in vocab.df:
        return []
    best: dict[str, int] = {}
    by: dict[str, str] = {}  # term -> the key (surface or reading) it was reached by at that distance
    kanji = _KANJI.search(word) is not None
    for spelling in spellings:
        # The kana spelling of a word holding kanji is Sudachi's reading of it, a guess where the word is no
        # dictionary word (デジ田 read デジデン, 田 as デン): one kana off that guess is a sound-alike of a guess.
        guessed = kanji and _is_kana(spelling)
        for terms, d, key in vocab._near(spelling, spellings[spelling]):
            for term in terms:
                if d and len(term) == 1 and len(word) > 1:
                    continue  # 廣島 → 大 (read ヒロシ, a given name) or 島: no word misspelt means one character
                if d and guessed and not set(term) & set(word):
                    # デジ田 → 電電 (デンデン, one kana from デジデン): nothing of what was typed is in it.  A word
                    # typed with the wrong kanji of the right sound (情宝 → 情報) is its reading exactly (d = 0).
                    continue
                if d < best.get(term, d + 1):
                    best[term], by[term] = d, key
    out: list[str] = []
    for term in sorted(best, key=lambda t: (best[t], -vocab.df[t], t)):
        # A near term inside a closer one, in writing or in reading, explains less of what was typed
        # (てれわーく: テレワーク exactly, ワーク two characters dropped; こうほうし: 広報誌 コウホウシ
        # exactly, 航法 コウホウ one dropped): no user typing テレワーク meant ワーク.
        if best[term] and (any(term in found or by[term] in by[found] for found in out if best[found] < best[term])
                           or vocab.is_fragment(term)):
            continue
        out.append(term)
        if len(out) == limit:
            break
    if not out:
        out = _one_unit_off(word, vocab)
    return out


def _one_unit_off(word: str, vocab: Vocabulary) -> list[str]:
    """The word with its one unknown unit replaced by what suggest() offers for that unit (テレワーク推新 →
    テレワーク推進), when every other content unit of it is an index term.  A long word is compared whole with
    the index's terms, and the index holds its units (テレワーク, 推進), not the compound: 「テレワーク推新」 had no
    suggestion, while 推新 alone had 推進.  One more look-up of a short unit, only when nothing else was found."""
    from ictsearch.indexer.analysis import analyze

    units = [t for t in analyze(word) if not t.sub and not t.weak]
    unknown = [t for t in units if t.text not in vocab.df]
    if len(units) < 2 or len(unknown) != 1:
        return []
    t = unknown[0]
    if t.end - t.start < 2:
        return []  # one character (a particle's neighbour, a stray kana): nothing to go on
    # Its best only: the unit's fifth-best near word (推新 → 推移) makes a word nobody meant (テレワーク推移).
    return [word[:t.start] + s + word[t.end:] for s in suggest(word[t.start:t.end], vocab, limit=1)]


def near_values(typed: str, values: Sequence[str], limit: int = 2) -> list[str]:
    """Values of a closed list (regions and prefectures, fiscal years as 令和5年度) that ``typed`` is a near
    spelling of, best first, offered as :func:`suggest` offers index terms for a query word: `--region 東比`
    listed seventy places and named none, where 東北 was one character off.

    A value typed as one dictionary word of its own (中部 チュウブ, 本州, 東海道) is no misspelling: only a value
    read as it is (大坂 オオサカ → 大阪府) or written inside it (近畿圏 → 近畿) is offered, not the one a character off
    (中部 → 中国, 本州 → 九州, 東海道 → 北海道).  A second value only as near in writing as the first: 愛知件
    (did you mean 愛知県, 高知県?), 郡馬県 → 群馬県, 富山県 named a second place two characters off."""
    word = unicodedata.normalize("NFKC", typed).strip()
    if word in values:  # read so by the caller (二〇二三年渡 as 2023年渡 is near; 二〇二三年度 is it)
        return [word]
    own = _spellings(word)[1] if word else None
    if own and own != word and own in values:
        # An old form of a kanji (沖繩, 廣島県, 神奈川縣): the analyzer reads it as the value itself, which
        # suggest() then takes for a word already known and answers with nothing.
        return [own]
    near = suggest(word, _values_vocabulary(tuple(values)), limit=limit)
    if not near:
        return near
    tokens = _tokenizer().tokenize(word)
    if len(tokens) == 1 and tokens[0].part_of_speech()[:2] in (("名詞", "普通名詞"), ("名詞", "固有名詞")):
        reading = tokens[0].reading_form()
        near = [v for v in near if v in word or _reading(v).startswith(reading) or reading.startswith(_reading(v))]
    if near:
        first = distance(word, near[0], len(word) + len(near[0]))
        near = near[:1] + [v for v in near[1:] if distance(word, v, len(word) + len(v)) <= first]
    return near


def _reading(text: str) -> str:
    return "".join(m.reading_form() for m in _tokenizer().tokenize(text))


_values_vocabularies: dict[tuple[str, ...], Vocabulary] = {}


def _values_vocabulary(values: tuple[str, ...]) -> Vocabulary:
    # Built once per list (a few hundred names; each a dictionary look-up of its reading), only when a
    # filter's value was not read: no search pays for it.
    with _cache_lock:
        if (vocab := _values_vocabularies.get(values)) is None:
            vocab = _values_vocabularies[values] = Vocabulary((v, 1) for v in values)
        return vocab
