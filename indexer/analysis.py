"""Japanese analysis with Sudachi: the one definition used at index and query time.

The Whoosh schema pickles the analyzer into the index, so the classes here must
stay at this import path and hold only plain configuration; the Sudachi
tokenizer itself is created lazily, one per thread (it is not thread-safe).

Each Sudachi C unit (the longest, e.g. 課題解決, 東北総合通信局 → 東北|総合|通信局) is
indexed under its normalized form (lower-cased: Sudachi keeps the case of
dictionary words such as DX and IoT but not of unknown ones), and when it splits further its A sub-units
(課題, 解決) are indexed too.  Positions count A units: a compound sits at the
position of its first sub-unit, so a phrase can be matched at either grain.
Particles, auxiliaries and in-sentence punctuation take no position
(「テレワークの利用」 and 「テレワーク・デイ」 are as adjacent as 「テレワーク利用」);
sentence ends and line breaks leave a gap, so phrases do not run across sentences.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from whoosh.analysis import Token, Tokenizer
from .lazy import LazyPattern

#: Parts of speech that never reach the index (particles, auxiliaries,
#: punctuation, whitespace).  Whoosh's StopFilter is not used: its minimum
#: length of 2 would drop 局, 県, 市.
FUNCTION_POS = frozenset({"助詞", "助動詞"})
SKIP_POS = frozenset({"補助記号", "空白"})
#: Surfaces of skipped tokens that end a sentence and so break adjacency.
_SENTENCE_BREAK = frozenset("。．！？!?\n")

#: Normalized forms that act as function words although Sudachi tags them as
#: nouns or verbs (formal nouns, the verbs inside における / について / に関する).
WEAK_FORMS = frozenset({"こと", "事", "為", "物", "よう", "様", "等", "際", "おく", "つく", "よる", "対する", "関する"})

#: Sudachi refuses input over 49,149 bytes of UTF-8.  12,000 characters stay
#: under it even if every character took four bytes.
MAX_CHUNK_CHARS = 12_000

#: Bump when the terms analyze() gives for a text change: the index records it through
#: rules_version (indexer/metadata), so the next `ictsearch index` analyzes every document again.
#: 2: words in brackets after a kanji word are indexed (無人機（ドローン）); an unknown katakana
#: compound also has its parts (データハブ → データ | ハブ).
#: 3: the hyphens Unicode keeps apart from - (see _FOLDS) are read as -.
#: 4: old character forms (旧字体: 對應, 處理, 檢討) are read as the forms written today (see _FOLDS).
#: 5: a dash inside a katakana word is read as its long-vowel mark (see long_vowel_marks).
#: 6: variant forms of names (異体字: 髙, 﨑, 邉, 𠮷) are read as the forms written today (see _FOLDS).
ANALYZER_VERSION = 6

#: Hyphens NFKC leaves as they are (U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2212 MINUS
#: SIGN), read as the ASCII one as NFKC already reads －: Sudachi knows 「Wi-Fi」 as one word but
#: splits 「Wi‐Fi」 (as PDFs and word processors write it) into wi | fi, so a pasted 「Wi‐Fi」
#: found 3 White Paper sections and a typed 「Wi-Fi」 84.
_HYPHEN_FORMS = {"\u2010": "-", "\u2011": "-", "\u2212": "-"}
#: Old character forms (旧字体) of the 常用 and 人名用 kanji and the forms written today
#: (data/kyujitai.tsv, tools/build_kyujitai.py; bump ANALYZER_VERSION when it changes).  Sudachi reads some old forms as today's words
#: (國際 → 国際, 會議 → 会議) but not others: 對應, 處理, 檢討, 證明, 圖書館 in an old law, a
#: reprinted notice or a name (渡邊, 澤田) were not found by 対応, 処理, 検討, 証明, 図書館, 渡辺.
OLD_FORMS_FILE = Path(__file__).parent / "data" / "kyujitai.tsv"
#: Variant forms of names (異体字) that no old-form list holds and NFKC leaves as they are, kept by hand
#: (data/itaiji.tsv, which says which were left out and why): 高橋 found no 髙橋, 渡辺 no 渡邉情報通信部長,
#: 宮崎 no 宮﨑 (breaker45 counted them in the shared corpus and the real pages).
VARIANT_FORMS_FILE = Path(__file__).parent / "data" / "itaiji.tsv"
#: Every file of character folds: a cache of anything analyzed keys on them (search/synonyms.py).
FOLD_FILES = (OLD_FORMS_FILE, VARIANT_FORMS_FILE)


def _old_forms() -> dict[str, str]:
    rows = (line.split("\t") for path in FOLD_FILES
            for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#"))
    return {old: new for old, new in rows}


#: What analyze() reads a character as, before Sudachi: a hyphen as -, an old or variant form as today's.
#: One character for one, so that offsets into the text stay.
_FOLDS = str.maketrans({**_HYPHEN_FORMS, **_old_forms()})

#: Dashes that stand for ー inside katakana words in old word-processor and PDF text (インタ-ネット,
#: スマ-トフォン, サ-ビス, トランスフォ－メ－ション, スーパ―シティ, ル－ル): hyphen-minus (also what
#: _FOLDS and NFKC make of ‐ − －), the horizontal bar, box-drawing, em and en dashes.
_DASHES = "\u2015\u2500\u2014\u2013\uff0d-"  # - last: a regex class reads it as itself
_KATAKANA_LETTER = "\u30a1-\u30fa"
#: A katakana run with dashes inside, matched from its start only (the lookbehind): tried from
#: every letter of a long run with no dash, the scan would be quadratic in the run.
_DASH_RUN = LazyPattern(f"(?<![{_KATAKANA_LETTER}ー{_DASHES}])[{_KATAKANA_LETTER}ー]+(?:[{_DASHES}]+[{_KATAKANA_LETTER}ー]+)+")
#: A dash between two katakana letters: most texts have none, and this finds that ten times faster
#: than _DASH_RUN (White Paper text, 1.4 M characters: 0.011 against 0.095 s).
_KANA_DASH = re.compile(f"(?<=[{_KATAKANA_LETTER}])[{_DASHES}](?=[{_KATAKANA_LETTER}])")
#: No word is longer: a run beyond it is no text to read as words (and Sudachi refuses long input).
_DASH_RUN_MAX = 64
#: A long vowel never follows ン, ッ or ー: a dash after them separates words (セブン-イレブン).
_NOT_LENGTHENED = "ンッー"


#: Sudachi's default input plugins but IgnoreYomiganaPlugin, which drops up to four kana in
#: brackets after a kanji word as a reading (漢字（かんじ）): it also dropped the glosses policy
#: texts write that way, 無人機（ドローン）, 空中線（アンテナ）, 利用者（ユーザー）, 日本貿易振興機構（ジェトロ）,
#: so a search for ドローン did not find the page.  A reading that is indexed costs nothing.
_INPUT_PLUGINS = [
    {"class": "com.worksap.nlp.sudachi.DefaultInputTextPlugin"},
    {"class": "com.worksap.nlp.sudachi.ProlongedSoundMarkPlugin",
     "prolongedSoundMarks": ["ー", "-", "⁓", "〜", "〰"], "replacementSymbol": "ー"},
]


_dictionary_lock = threading.Lock()
_dictionary = None


def sudachi_dictionary():
    """The Sudachi core dictionary configured as the analyzer reads text (every caller that
    tokenizes what the index holds uses it, so query and document analysis agree).

    One per process, loaded on first use: each thread loaded its own (55–60 ms), most of a
    new thread's first search (bench/threads.py, White Paper ×5).  A dictionary is safe to
    share between threads (lookups, and making tokenizers); a tokenizer is not, so each
    thread makes its own from it."""
    global _dictionary
    with _dictionary_lock:
        if _dictionary is None:
            from sudachipy import Config, Dictionary

            _dictionary = Dictionary(config=Config(inputTextPlugin=_INPUT_PLUGINS), dict="core")
        return _dictionary


_local = threading.local()


def _tokenizers():
    """The calling thread's mode C Sudachi tokenizer, split mode A, and two
    morpheme lists Sudachi writes its results into instead of allocating new
    ones (12% of analyze's time on the bench's PDFs)."""
    toks = getattr(_local, "tokenizers", None)
    if toks is None:
        from sudachipy import SplitMode

        dictionary = sudachi_dictionary()
        tokenizer = dictionary.tokenizer(SplitMode.C)
        toks = (tokenizer, SplitMode.A, tokenizer.tokenize(""), tokenizer.tokenize(""))
        _local.tokenizers = toks
        _local.dictionary = dictionary
    return toks


def long_vowel_marks(text: str) -> str:
    """text with each dash that stands for ー inside a katakana word written ー, one character for one.

    Sudachi cut such words where the dash stood (インタ-ネット → インター | ネット, サ-ビス → ビス,
    農業用ドロ-ン → 泥 | ン), so a search for インターネット or サービス missed the page and its themes
    lost the word (20 such dashes in bench/realdocs and ../shared/corpus, 4,938 files, all read so).  A
    dash between two words stays (セブン-イレブン, ワークスタイル―テレワーク, デジタル-アナログ,
    プロジェクト-イラク): a dash becomes ー only where the katakana run so written has a word of the
    dictionary, three characters or more, reaching across it, or one of four or more ending with it."""
    if not _KANA_DASH.search(text):
        return text
    chars = None
    for run in _DASH_RUN.finditer(text):
        for i in _long_vowels_in(run.group()):
            if chars is None:
                chars = list(text)
            chars[run.start() + i] = "ー"
    return text if chars is None else "".join(chars)


def folded(text: str) -> str:
    """text as analyze() hands it to Sudachi, one character for one (offsets stay): hyphens as -,
    old character forms as today's (_FOLDS), a dash inside a katakana word as ー.  What else
    tokenizes a text to match analyze()'s terms reads it through this too."""
    return long_vowel_marks(text.translate(_FOLDS))


@lru_cache(maxsize=4096)
def _long_vowels_in(run: str) -> tuple[int, ...]:
    """The places in a katakana run of the dashes that stand for ー (long_vowel_marks)."""
    if len(run) > _DASH_RUN_MAX:
        return ()
    at = [i for i in range(1, len(run) - 1) if run[i] in _DASHES and run[i - 1] not in _DASHES + _NOT_LENGTHENED
          and run[i + 1] not in _DASHES and run[i + 1] != "ー"]
    if not at:
        return ()
    read = "".join("ー" if i in at else c for i, c in enumerate(run))
    words = [(m.begin(), m.end()) for m in _tokenizers()[0].tokenize(read)
             if not m.is_oov() and m.end() - m.begin() >= 3]
    # Inside a word (インターネット), or ending one of four characters or more (スーパー|シティ);
    # a shorter word ending there is a syllable's chance (プロジェ|クトー|イラク).
    return tuple(i for i in at if any(b < i and (i + 1 < e or (i + 1 == e and e - b >= 4)) for b, e in words))


_HIRAGANA = re.compile(r"[\u3041-\u309f]{1,3}")


def particle_alone(word: str) -> bool:
    """Whether a word typed on its own is a particle or an auxiliary (や, が, で, から, より).

    Alone, Sudachi reads や, が, で as other words (an interjection, a noun) and gives them a
    term, which no document holds (in a sentence they are particles, never indexed): typed
    between spaces, 「テレワーク や 在宅勤務」, a pasted paragraph split at its quotes, they
    removed every hit."""
    if not _HIRAGANA.fullmatch(word):
        return False
    _tokenizers()
    return any(m.part_of_speech()[0] in FUNCTION_POS for m in _local.dictionary.lookup(word))


#: An unknown word worth cutting (katakana_parts): five katakana or more (shorter ones are
#: names and loanwords, not compounds), and at most 40 (the longest unknown one of
#: ../shared/corpus has 25): a run of thousands, ペンギン typed 5,000 times, is no compound,
#: and cutting it took minutes, since every cut looks both sides up.
_KATAKANA_WORD = LazyPattern(r"[\u30a1-\u30fa\u30fc]{5,40}")


def _common_noun(surface: str):
    """The common noun (普通名詞) of the dictionary written `surface` (a Sudachi morpheme), else None."""
    for m in _local.dictionary.lookup(surface):
        if m.part_of_speech()[:2] == ("名詞", "普通名詞"):
            return m
    return None


@lru_cache(maxsize=8192)
def katakana_parts(surface: str) -> tuple[tuple[str, int], ...]:
    """An unknown katakana compound cut at dictionary words: ((form, length), …), or ().

    Sudachi reads a katakana run it does not know (デジタルサイネージモデル, データハブ,
    イノベーションハブ) as one unknown word, so サイネージ or ハブ did not find it.  A cut is
    made where both sides are common nouns of the dictionary (one of three characters or more:
    データ|ハブ), or where one side is a common noun of four or more and the other, unknown,
    is four or more (デジタル|ファブリケーション); the cut with the longest known side wins.
    Shorter or unknown pieces are mostly syllables, not words (インク|ルージョン, レジ|リエント,
    データ|ビリティ, テレマ|ティクス stay whole).
    """
    _tokenizers()
    best, best_key = (), (0, 0)
    n = len(surface)
    for k in range(2, n - 1):
        a, b = surface[:k], surface[k:]
        fa, fb = _common_noun(a), _common_noun(b)
        known = [len(x) for x, f in ((a, fa), (b, fb)) if f is not None]
        if len(known) == 2 and max(known) >= 3:
            key = (max(known), 1)
        elif len(known) == 1 and known[0] >= 4 and min(k, n - k) >= 4:
            key = (known[0], 0)
        else:
            continue
        # Between equals, the cut whose words are written as the dictionary writes them:
        # ランク|イン, not ラン|クイン (クイーン).
        key += sum(f is None or f.normalized_form() == x for f, x in ((fa, a), (fb, b))), k
        if key > best_key:
            best, best_key = ((fa, a), (fb, b)), key
    if not best:
        return ()
    # Each side may hold further words: a known one its own sub-units (デジタルサイネージ|モデル
    # → デジタル|サイネージ|モデル), an unknown one another cut (デジタル|サイネージモデル).
    from sudachipy import SplitMode

    parts: list[tuple[str, int]] = []
    for m, text in best:
        if m is None:
            parts += (katakana_parts(text) if len(text) >= 5 else ()) or [(text, len(text))]
            continue
        subs = m.split(SplitMode.A)
        if len(subs) > 1 and "".join(x.surface() for x in subs) == text:
            parts += [(x.normalized_form(), len(x.surface())) for x in subs]
        else:
            parts.append((m.normalized_form(), len(text)))
    return tuple(parts)


class Term(NamedTuple):
    """One indexed term with its position and character span in the text."""

    text: str
    pos: int
    start: int
    end: int
    #: True for a C unit that also has sub-units at the same place.
    compound: bool = False
    #: True for an A sub-unit of a compound.
    sub: bool = False
    #: A function-like word (居る, 為る, 出来る, こと, ため…): indexed, but a query
    #: typed the way people talk drops it.
    weak: bool = False


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split text into (offset, piece) pieces Sudachi accepts, losing nothing.

    Cuts at the last line end inside the window, else after the last 。, else
    at the window edge.
    """
    n = len(text)
    start = 0
    while n - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start, window_end)
        if cut <= start:
            cut = text.rfind("。", start, window_end)
        cut = window_end if cut <= start else cut + 1
        yield start, text[start:cut]
        start = cut
    if start < n:
        yield start, text[start:]


#: Sudachi's numeric joining (JoinNumericPlugin) splices each joined number
#: into the path of the whole input, moving everything after it: with pieces of
#: up to 12,000 characters that was 8% of the instructions of an index run
#: (bench/pdf_index_speed.py under valgrind).  Each piece is therefore
#: tokenized in sections of about this many characters.  Instructions to
#: analyze the text of the seven generated PDFs (42,000 characters) once, with
#: Sudachi's start-up: 1,446 M whole, 1,232 M in sections of 2,000, 1,181 M of
#: 500, 1,168 M of 250, 1,165 M of 120 (shorter ones cost more calls).
SECTION_CHARS = 250

# A section starts at a line break, or a run of white space with a line break
# in it, between two characters that are not white space; that run also ends
# the section before it.  Sudachi has no word containing a line break and
# makes each run of white space one morpheme, so every path through the text
# passes that morpheme: the best path to it, and the best path on from it, are
# the same whether the text is tokenized whole or in sections.  Each section
# after the first repeats the run and drops it, and the terms come out exactly
# as before.  (Cutting after the run without repeating it would not: the first
# word after the cut would follow the start of the text instead of white
# space, and Sudachi's connection costs differ between them; at the start of a
# text it reads 次世代, after a line break 次|世代.)  The run holds only what
# Sudachi's character definitions call white space (space, tab, CR, VT, LF).
_SECTION_BREAK_RE = LazyPattern(r"(?<=\S)[ \t\r\v]*\n[ \t\r\v\n]*(?=\S)")


def _plain(ch: str) -> bool:
    """Whether Sudachi's input normalization (NFKC) leaves no white space in ch
    (゛ and ¨ become a space and a combining mark)."""
    return not any(c.isspace() for c in unicodedata.normalize("NFKC", ch))


def sections(piece: str) -> Iterator[tuple[int, str]]:
    """(offset, section) of a piece; every section after the first starts with
    the white space that ends the one before it (see above)."""
    size = SECTION_CHARS
    n = len(piece)
    start = 0
    while n - start > size:
        for m in _SECTION_BREAK_RE.finditer(piece, start + size):
            if _plain(piece[m.start() - 1]) and _plain(piece[m.end()]):
                break
        else:
            break
        yield start, piece[start:m.end()]
        start = m.start()
    yield start, piece[start:]


_POS_KIND: dict[int, int] = {}
_CONTENT, _FUNCTION, _SKIP, _WEAK = 0, 1, 2, 3


def _pos_kind(m) -> int:
    """What a part of speech means here, cached by Sudachi's POS id (the hot path)."""
    pos_id = m.part_of_speech_id()
    kind = _POS_KIND.get(pos_id)
    if kind is None:
        pos = m.part_of_speech()
        if pos[0] in FUNCTION_POS:
            kind = _FUNCTION
        elif pos[0] in SKIP_POS:
            kind = _SKIP
        elif pos[1] == "非自立可能":
            kind = _WEAK
        else:
            kind = _CONTENT
        _POS_KIND[pos_id] = kind
    return kind


def analyze(text: str) -> list[Term]:
    """Terms of text: normalized forms of C units plus A sub-units of compounds.

    Letters and digits written together (5G, R3, B5G) come out of Sudachi as
    separate tokens; the run is also indexed joined (5g, with 5 and g as its
    sub-units), so a query for 5G is one exact term, not a costly phrase.
    """
    tok_c, mode_a, morphemes, subs = _tokenizers()
    text = folded(text)
    out: list[Term] = []
    append = out.append
    new = tuple.__new__  # Term(...) through NamedTuple's Python-level __new__ costs a third more
    run: list[Term] = []  # pending contiguous ASCII letter/digit tokens
    # One string per distinct form, shared by its terms: a text repeats a few thousand forms, and
    # each term held a string of its own (a third of the terms' memory: 35 of 99 MB for a
    # 1 M-character text file, whose 370,000 terms have 16,700 forms).
    forms: dict[str, str] = {}
    shared = forms.setdefault
    position = 0
    gap = False
    pos_kinds = _POS_KIND

    def flush():
        if len(run) > 1:
            append(Term("".join(t.text for t in run), run[0].pos, run[0].start, run[-1].end, compound=True))
            out.extend(t._replace(sub=True) for t in run)
        else:
            append(run[0])
        run.clear()

    for chunk_offset, piece in chunks(text):
        for section_offset, section in sections(piece):
            offset = chunk_offset + section_offset
            morphs = iter(tok_c.tokenize(section, out=morphemes))
            if section_offset:
                next(morphs)  # the white space that ended the section before
            for m in morphs:
                kind = pos_kinds.get(m.part_of_speech_id())
                if kind is None:
                    kind = _pos_kind(m)
                if kind == _FUNCTION:
                    if run:
                        flush()
                    continue
                if kind == _SKIP:
                    if run:
                        flush()
                    if not gap and not _SENTENCE_BREAK.isdisjoint(m.surface()):
                        gap = True
                    continue
                if gap and out:
                    position += 1
                gap = False
                start = offset + m.begin()
                end = offset + m.end()
                form = m.normalized_form().lower()
                form = shared(form, form)
                m.split(mode_a, out=subs)
                if len(subs) > 1:
                    if run:
                        flush()
                    append(new(Term, (form, position, start, end, True, False, False)))
                    for s in subs:
                        sub = s.normalized_form().lower()
                        append(new(Term, (shared(sub, sub), position, offset + s.begin(), offset + s.end(), False, True, False)))
                        position += 1
                    continue
                if m.is_oov() and _KATAKANA_WORD.fullmatch(surface := m.surface()) and end - start == len(surface):
                    parts = katakana_parts(surface)
                    if parts:
                        if run:
                            flush()
                        append(new(Term, (form, position, start, end, True, False, False)))
                        for part, length in parts:
                            append(new(Term, (part, position, start, start + length, False, True, False)))
                            start += length
                            position += 1
                        continue
                term = new(Term, (form, position, start, end, False, False, kind == _WEAK or form in WEAK_FORMS))
                position += 1
                if form.isascii() and form.isalnum() and m.surface().isascii():
                    if run and run[-1].end != start:
                        flush()
                    run.append(term)
                else:
                    if run:
                        flush()
                    append(term)
        if run:
            flush()
    return out


class PreAnalyzed(str):
    """Terms analyzed earlier, replayed by the tokenizer instead of re-running Sudachi.

    A str subclass because Whoosh only passes strings to analyzers (a tuple
    would be taken as a list of ready-made words); the stored text goes
    separately in ``_stored_<field>``.
    """

    terms: tuple

    @classmethod
    def of(cls, terms) -> "PreAnalyzed":
        value = cls("")
        value.terms = tuple(terms)
        return value


class SudachiTokenizer(Tokenizer):
    """Whoosh tokenizer over :func:`analyze`."""

    def __init__(self, dict_name: str = "core"):
        self.dict_name = dict_name

    def __eq__(self, other):
        return type(other) is type(self) and other.dict_name == self.dict_name

    def __hash__(self):
        return hash((type(self).__name__, self.dict_name))

    def __getstate__(self):
        return {"dict_name": self.dict_name}

    def __setstate__(self, state):
        self.dict_name = state.get("dict_name", "core")

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if isinstance(value, PreAnalyzed):
            terms = value.terms
        elif not tokenize:
            terms = [Term(value, 0, 0, len(value))]
        else:
            terms = analyze(value)
        for term in terms:
            text, pos, start, end = term[0], term[1], term[2], term[3]
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def analyzer() -> SudachiTokenizer:
    """The analyzer for every Japanese text field."""
    return SudachiTokenizer()


def pre_analyze(text: str) -> PreAnalyzed:
    return PreAnalyzed.of(analyze(text))
