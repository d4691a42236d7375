"""The query language, parsed: what a person types becomes a small AST.

Grammar (space = AND)::

    query   := either+
    either  := unary ( OR unary )*      OR also as |
    unary   := NOT unary | -primary | primary

OR binds tighter than the space, as in a web search: 「テレワーク OR 在宅勤務 令和2年度」 is either word
in 令和2年度, and 「テレワーク OR リモートワーク -東京」 leaves 東京 out of both.
    primary := ( query ) | "phrase" | 「phrase」 | field:value | word

Nothing here knows about Sudachi or Whoosh: ``search.query`` compiles the AST.
"""

from __future__ import annotations

import re
import shlex
from typing import NamedTuple

from ictsearch.indexer.errors import BadQuery
from ictsearch.indexer.fields import DOCUMENT_LABELS, FIELDS_BY_NAME
from ictsearch.indexer.lazy import LazyPattern
from ictsearch.indexer.normalize import normalize_query

from .facets import FACET_OF_QUERY_NAME

TEXT_FIELDS = ("title", "body")
#: Field names a user may put before a colon: the text fields, and each facet's filter names.
FILTER_FIELDS = tuple(FACET_OF_QUERY_NAME)
USER_FIELDS = (*TEXT_FIELDS, *FILTER_FIELDS)
#: Fields of a result (--json, show) that are no query field: refused before a colon, not taken for text.
SHOWN_ONLY_FIELDS = ("organization", "doctype")
#: A column of results that is a filter of its own, not of the query: --path (path= in Python).
PATH_FIELD = "path"
#: The labels results show for these columns (--fields タイトル, the CSV header), typed before a colon
#: as the facets' labels are (地域:東北): タイトル:予算 is title:予算, and 発行元:総務省 or パス:2023 is
#: answered as organization: or path: is.  They were searched as text: タイトル:テレワーク required the
#: word タイトル (its synonym 題名) in the page and found nothing, without a word of why.
_FIELD_OF_LABEL = {DOCUMENT_LABELS["title"]: "title", DOCUMENT_LABELS[PATH_FIELD]: PATH_FIELD,
                   **{FIELDS_BY_NAME[n].label: n for n in SHOWN_ONLY_FIELDS}}

# Quotes a Japanese keyboard produces, mapped to their closing partner.
_QUOTES = {'"': '"', "「": "」", "『": "』", "“": "”", "”": "”", "„": "“"}
_SPECIAL = set('()"「」『』“”') | {"|"}

# -- AST --------------------------------------------------------------------
#
# The nodes are NamedTuples, not dataclasses: creating a dataclass costs about
# 1 ms (it compiles its methods), and these six were 6 ms of every fresh
# ``ictsearch search``.  A node equals only a node of its own class (And(x) is
# not Or(x), Word("a") is not PhraseNode("a")), as it did as a dataclass.


def _same_node(self, other) -> bool:
    return type(self) is type(other) and tuple.__eq__(self, other)


def _other_node(self, other) -> bool:
    return not _same_node(self, other)


def _node_hash(self) -> int:
    return hash((type(self).__name__, *self))


class Word(NamedTuple):
    text: str
    field: str | None = None
    __eq__, __ne__, __hash__ = _same_node, _other_node, _node_hash


class PhraseNode(NamedTuple):
    text: str
    field: str | None = None
    __eq__, __ne__, __hash__ = _same_node, _other_node, _node_hash


class Filter(NamedTuple):
    field: str
    value: str
    __eq__, __ne__, __hash__ = _same_node, _other_node, _node_hash


class Not(NamedTuple):
    node: object
    __eq__, __ne__, __hash__ = _same_node, _other_node, _node_hash


class And(NamedTuple):
    nodes: tuple
    __eq__, __ne__, __hash__ = _same_node, _other_node, _node_hash


class Or(NamedTuple):
    nodes: tuple
    __eq__, __ne__, __hash__ = _same_node, _other_node, _node_hash


# -- lexer ------------------------------------------------------------------


class _Tok(NamedTuple):
    kind: str  # WORD PHRASE LPAREN RPAREN OR NOT MINUS (AND only while lexing)
    text: str = ""
    field: str | None = None


def _lex(q: str, strict: bool = True) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
            continue
        if c == "(":
            toks.append(_Tok("LPAREN"))
            i += 1
            continue
        if c == ")":
            toks.append(_Tok("RPAREN"))
            i += 1
            continue
        if c == "|":
            toks.append(_Tok("OR"))
            i += 1
            continue
        if c in _QUOTES:
            close = _QUOTES[c]
            j = _closing(q, i)
            if j < 0:
                raise BadQuery(f"unbalanced quote: {c} at position {i + 1} is never closed (add a closing {close})")
            toks.append(_Tok("PHRASE", q[i + 1 : j]))
            i = j + 1
            continue
        if c in "」』":
            raise BadQuery(f"unbalanced quote: {c} at position {i + 1} closes nothing")
        if c in _MINUS and i + 1 < n and not q[i + 1].isspace() and (not toks or _boundary(q, i)):
            if _opens_subtitle(q, i):
                i += 1  # 「…を支援 −「…」の補助金交付を決定−」: a pasted title's subtitle, not NOT
                continue
            toks.append(_Tok("MINUS"))
            i += 1
            continue
        j = i
        while j < n and not q[j].isspace() and q[j] not in _SPECIAL:
            j += 1
        j = _through_bracketed_year(q, i, j)
        word = q[i:j]
        i = j
        if word.startswith("西暦") and word[2:3].isdigit():
            # 西暦2023年度 is 2023年度: the word 西暦 was required, and pages write the year without it.
            word = word[2:]
        if word == "OR":
            toks.append(_Tok("OR"))
        elif word == "AND":
            toks.append(_Tok("AND"))  # space already means AND: dropped once checked (_and_beside_or)
        elif word == "NOT":
            toks.append(_Tok("NOT"))
        else:
            fieldname, sep, value = word.partition(":")
            # The field a name stands for: its own (lower-cased), or the one a label shows (タイトル).
            name = _FIELD_OF_LABEL.get(fieldname, fieldname.lower())
            if sep and name in USER_FIELDS:
                fieldname = name
                if not value and i < n and q[i] in _QUOTES:
                    close = _QUOTES[q[i]]
                    k = q.find(close, i + 1)
                    if k < 0:
                        raise BadQuery(f"unbalanced quote after {fieldname}: (add a closing {close})")
                    toks.append(_Tok("PHRASE", q[i + 1 : k], fieldname))
                    i = k + 1
                    continue
                if not value:
                    raise BadQuery(_missing_value(fieldname, q[i] if i < n else ""))
                toks.append(_Tok("WORD", value, fieldname))
            else:
                if sep and value and (meant := _field_meant(fieldname)):
                    raise BadQuery(f"unknown field {fieldname}: did you mean {meant}:? (fields: {field_names()};"
                                   f" write \"{word}\" to search the text)")
                if sep and name == PATH_FIELD and _left_out_here(toks) and (
                        value or (i < n and q[i] in _QUOTES and _closing(q, i) > i + 1)):
                    # -path:pdf was answered "filter … with --path pdf", which keeps exactly the documents
                    # the user meant to leave out.  No option leaves documents out by name: say so.
                    raise BadQuery(f"{fieldname}: is no query field, and documents cannot be left out by their "
                                   f"file's name or folder: --path (path= in Python) keeps the documents whose name "
                                   f"holds or fits it, so name those to keep (--path '*.docx' --path '*.xlsx')")
                if sep and not value and name == PATH_FIELD and i < n and q[i] in _QUOTES:
                    # path:"資料 2023" (a name with a space, quoted as title:"…" is) was searched as the text
                    # path: and the phrase, and found nothing; path:2023 unquoted was already answered.
                    k = _closing(q, i)
                    if k > i + 1:
                        raise BadQuery(f"{fieldname}: is no query field: filter by the file's name or folder with "
                                       f"--path {shlex.quote(q[i + 1:k])} (path= in Python)")
                if sep and value and name == PATH_FIELD:
                    # path:2023 was searched as the words パス and 2023 (path read as its katakana) and found nothing.
                    # The value shell-quoted: --path *.pdf typed as shown is globbed by the shell.
                    raise BadQuery(f"{fieldname}: is no query field: filter by the file's name or folder with --path "
                                   f"{shlex.quote(value)} (path= in Python), or write \"{word}\" to search the text")
                if sep and value and name in SHOWN_ONLY_FIELDS:
                    # Results show organization and doctype beside region and year: typed as a filter
                    # (organization:総務省), it was searched as text and found nothing, with no word of why.
                    # Typed after - or NOT (-organization:総務省), the word is to be left out, not searched.
                    instead = (f"leave out {value} as a word (-{value})" if _left_out_here(toks)
                               else f"search {value} as a word")
                    raise BadQuery(f"{fieldname}: is shown in results but is no field to search or filter by"
                                   f" (fields: {field_names()});"
                                   f" {instead}, or write \"{word}\" to search the text")
                toks.append(_Tok("DASH", word) if set(word) <= _MINUS else _Tok("WORD", word))
    return _lower_case_operators(_and_beside_or(_lone_dashes(toks, strict), strict))


#: Four digits of a year, for a span typed with a lone dash (2018 - 2020).
_FOUR_DIGITS = LazyPattern(r"\d{4}")


def _lone_dashes(toks: list[_Tok], strict: bool = True) -> list[_Tok]:
    """The query without its dashes typed alone (a - with a space after it).  「テレワーク - 東京」 searched
    テレワーク and 東京, the dash read as no word at all: the opposite of -東京, and nothing said so.  Between
    two years it joins them into the span it writes (2018 - 2020 → 2018-2020); before a word, in a query
    typed (`strict`), it is refused with what to type instead; elsewhere (the end of the query, a pasted
    title's subtitle between two such dashes, pasted prose, a query the search asks again) it is dropped,
    as it always was."""
    out: list[_Tok] = []
    for i, tok in enumerate(toks):
        if tok.kind != "DASH":
            out.append(tok)
            continue
        before = out[-1] if out else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (before is not None and after is not None and before.kind == after.kind == "WORD"
                and before.field is None and after.field is None
                and _FOUR_DIGITS.fullmatch(before.text) and _FOUR_DIGITS.fullmatch(after.text)):
            out[-1] = _Tok("WORD", f"{before.text}-{after.text}")
            toks[i + 1] = _Tok("DASH", "")  # taken into the span: dropped below
            continue
        closes = any(t.kind == "DASH" and t.text for t in toks[i + 1:])  # 「… − 「…」の…決定 −」: a subtitle
        if strict and tok.text and not closes and after is not None and after.kind in ("WORD", "PHRASE", "LPAREN"):
            word = (f"{after.field}:" if after.field else "") + (
                after.text if after.kind == "WORD" else f'"{after.text}"' if after.kind == "PHRASE" else "(…)")
            raise BadQuery(f"{tok.text} with a space after it is no minus: write -{word} (no space) to leave "
                           f"{word} out, or drop the {tok.text} to search {word} too")
    return out


def _left_out_here(toks: list[_Tok]) -> bool:
    """Whether the word lexed next stands under a - or NOT: right after one, or inside a group
    opened after one (-(path:pdf OR …))."""
    opened: list[bool] = []
    for k, tok in enumerate(toks):
        if tok.kind == "LPAREN":
            opened.append(k > 0 and toks[k - 1].kind in ("MINUS", "NOT"))
        elif tok.kind == "RPAREN" and opened:
            opened.pop()
    return (bool(toks) and toks[-1].kind in ("MINUS", "NOT")) or any(opened)


def _opens_subtitle(q: str, i: int) -> bool:
    """Whether the dash at q[i] opens a subtitle that the same dash closes, glued to its last word,
    at the end of the query or before a space: 「…の一部を支援 −「高度無線環境整備推進事業」の補助金交付を
    決定−」, as bureaus title their releases.  Read as NOT, the pasted title left out its own page."""
    j = q.find(q[i], i + 1)
    inner = q[i + 1:j].rstrip()  # the closing dash may stand after a space (…の補助金交付を決定 −), pasted from a page
    # A subtitle may hold a space or a line break (…事業及び 高度無線…, as the page writes it, or wrapped
    # in a PDF), but not for ー, which also ends katakana words: ー東京 サーバー leaves out 東京.
    if j > i + 1 and inner != q[i + 1:j] and not pasted_prose(inner) and not _reads_as_phrase(inner):
        # A closing dash typed apart in a query typed, not pasted: a stray one at the end (「-テレワーク -」,
        # 「テレワーク -東京 -」) made the word to leave out a subtitle's, searched for instead (3 hits
        # where -テレワーク has 9).  A release's subtitle is prose itself (a run of 20 characters, a 、)
        # or a phrase (「…セミナー −スマートプラチナ社会の実現 −」: read as NOT, it left out its own page).
        return False
    return (j > i + 1 and inner != "" and (q[i] != "ー" or not any(ch.isspace() for ch in inner))
            and (j + 1 == len(q) or q[j + 1].isspace()))


def _reads_as_phrase(text: str) -> bool:
    """Whether `text` is a phrase, not a word to leave out: it holds a name in brackets
    (「北海道ICTオータムセミナー」を開催) or kana the analyzer reads as no word, a particle or an
    auxiliary (スマートプラチナ社会の実現, 北海道の諸課題解決へ向けて); a word typed to leave out
    (東京, テレワーク, 地域おこし協力隊, Wi-Fi) is read whole."""
    if any(c in text for c in "「『"):
        return True
    from ictsearch.indexer.analysis import analyze

    read = {k for t in analyze(text) if not t.sub for k in range(t.start, t.end)}
    return any("\u3041" <= c <= "\u309f" for k, c in enumerate(text) if k not in read)


def _through_bracketed_year(q: str, i: int, j: int) -> int:
    """Where the word q[i:j] ends when a year's other calendar follows it in brackets, glued:
    令和5(2023)年度, 2023(令和5)年度 — how plans and budget sheets write a 年度, one year, not
    令和5 AND (2023) AND 年度 (which found only pages writing 2023 and 年度 as text).  Else j."""
    if j == i or j >= len(q) or q[j] != "(":
        return j
    k = q.find(")", j)
    if k < 0 or any(c.isspace() or c in _SPECIAL for c in q[j + 1:k]):
        return j
    end = k + 1
    while end < len(q) and not q[end].isspace() and q[end] not in _SPECIAL:
        end += 1
    from ictsearch.indexer.metadata import find_years
    from ictsearch.indexer.metadata.eras import mismatch_message, mismatched_years

    ends = [m.end for m in find_years(q[i:end]) if m.start == 0 and m.end > k - i]
    if not ends and (bad := [m for m in mismatched_years(q[i:end]) if m.start == 0]):
        # 令和5(2024)年度: read as 令和5 AND 2024 AND 年度 it quietly searched 2023's pages for the text
        # 2024; --year refuses it too, and a page writing it is given neither year.
        raise BadQuery(mismatch_message(bad[0].text, bad[0].years))
    return i + ends[0] if ends else j


def _and_beside_or(toks: list[_Tok], strict: bool = True) -> list[_Tok]:
    """The query without its ANDs (a space already means AND), refused when one stands beside an
    OR: 「テレワーク AND OR 導入」 silently searched either word (336 pages against 35 for both).
    `strict`: an AND without a word on each side is refused too; not so in a query the search
    asks again with a word taken out (「テレワーク AND ほげふが」 without ほげふが), nor in pasted prose."""
    for i, tok in enumerate(toks):
        if tok.kind == "AND" and any(0 <= j < len(toks) and toks[j].kind == "OR" for j in (i - 1, i + 1)):
            raise BadQuery("AND and OR side by side: keep one, e.g. テレワーク OR リモートワーク or テレワーク AND 導入")
    if any(tok.kind == "AND" for tok in toks) and not any(tok.kind in ("WORD", "PHRASE") for tok in toks):
        # 「AND」 alone was refused as "only particles or punctuation".
        raise BadQuery("AND needs a word on both sides, e.g. テレワーク AND 導入")
    if strict:
        for i, tok in enumerate(toks):
            if tok.kind == "AND" and not (0 < i < len(toks) - 1 and toks[i - 1].kind in _ENDS_OPERAND
                                          and toks[i + 1].kind in _OPENS_OPERAND):
                # 「テレワーク AND」 searched テレワーク alone without a word of why, as if the second
                # word had been read; a lone OR or NOT is refused so.
                raise BadQuery(f"AND needs a word on both sides: {_and_alone_where(toks, i)}, "
                               f"e.g. テレワーク AND 導入")
    return [tok for tok in toks if tok.kind != "AND"]


#: Tokens that end a word AND may follow (a word, a phrase, a closed group) and that open one it
#: may precede (also NOT and -: テレワーク AND NOT 東京).
_ENDS_OPERAND = ("WORD", "PHRASE", "RPAREN")
_OPENS_OPERAND = ("WORD", "PHRASE", "LPAREN", "NOT", "MINUS")


def _and_alone_where(toks: list[_Tok], i: int) -> str:
    """Which side of the AND at toks[i] has no word, as the message says it."""
    if i == len(toks) - 1:
        return "nothing follows it"
    if i == 0:
        return "nothing comes before it"
    if toks[i + 1].kind == "AND" or toks[i - 1].kind == "AND":
        return "it is typed twice"
    if toks[i + 1].kind == "RPAREN":
        return "nothing follows it inside the parentheses"
    if toks[i - 1].kind == "LPAREN":
        return "nothing comes before it inside the parentheses"
    return f"{'NOT' if toks[i - 1].kind == 'NOT' else '-'} comes before it (write テレワーク AND NOT 東京)"


def _lower_case_operators(toks: list[_Tok]) -> list[_Tok]:
    """or / and typed in lower case between words of which one is Japanese are OR and AND:
    「テレワーク or 在宅勤務」 required the English word or (8 White Paper pages against 203).
    Between English words (research and development) they stay words."""
    def japanese(tok: _Tok | None) -> bool:
        return tok is not None and tok.kind in ("WORD", "PHRASE") and not tok.text.isascii()

    out: list[_Tok] = []
    read = -2  # the index of the last conjunction read as an operator
    for i, tok in enumerate(toks):
        if (tok.kind == "WORD" and tok.field is None and tok.text in _CONJUNCTIONS and read == i - 1
                and i < len(toks) - 1 and toks[i + 1].kind in _OPENS_OPERAND):
            # 「テレワーク または または 防災」 (typed twice, or または 又は): one operator, as
            # テレワーク OR 防災; each read as OR was "OR needs a word on both sides", of an OR never typed.
            read = i
            continue
        if (tok.kind == "WORD" and tok.field is None and tok.text.lower() in ("or", "and") and 0 < i < len(toks) - 1
                and (japanese(toks[i - 1]) or japanese(toks[i + 1]))):
            if tok.text.lower() == "or":
                out.append(_Tok("OR"))
            continue  # and: space already means AND
        if (tok.kind == "WORD" and tok.field is None and tok.text in _CONJUNCTIONS and 0 < i < len(toks) - 1
                and toks[i - 1].kind in _ENDS_OPERAND and toks[i + 1].kind in _OPENS_OPERAND):
            # 「テレワーク または 防災」: typed apart between two words, the conjunction is the operator
            # it says.  It was a word to find (または is 又 to Sudachi), so it found fewer pages (33)
            # than the two words alone (39), where OR finds 414.
            read = i
            if _CONJUNCTIONS[tok.text] == "OR":
                out.append(_Tok("OR"))
            continue  # 及び: space already means AND
        out.append(tok)
    return out


#: Japanese conjunctions typed as words of their own between two words: what they say as operators.
_CONJUNCTIONS = {
    **dict.fromkeys(("または", "又は", "もしくは", "若しくは", "あるいは", "或いは", "或は"), "OR"),
    **dict.fromkeys(("および", "及び", "かつ", "且つ", "並びに", "ならびに"), "AND"),
}


_ASCII_FIELDS = tuple(f for f in USER_FIELDS if f.isascii())
#: What a word typed as field:value with a name that is no field looks like (foo:bar, source:総務省).
_FIELD_SHAPED = LazyPattern(r"([A-Za-z][A-Za-z_]+):(?!//)\S")


def unknown_field(word: str) -> str | None:
    """The name of a word typed like a field (source:総務省) whose name is no field, which is searched
    as text; None for other words.  For a note when such a word finds nothing: a field misspelt by
    one letter is refused (_field_meant), any other name was searched as text without a word of why."""
    m = _FIELD_SHAPED.match(word)
    if m is None or m[1].lower() in (*USER_FIELDS, PATH_FIELD, *SHOWN_ONLY_FIELDS):
        return None
    return m[1]


def field_names() -> str:
    """The fields a query may name, as messages list them."""
    return f"{', '.join(_ASCII_FIELDS)}, {DOCUMENT_LABELS['title']}, 地域, 都道府県, 年度, テーマ"


def _field_meant(name: str) -> str | None:
    """The field a misspelt field name means (tittle → title, yaer → year, regoin → region): one
    letter added, dropped, changed (not the first) or two swapped, in a name of four letters or more.  Other words
    before a colon (https:, TEL:, ISO:27001) are text."""
    name = name.lower()
    if len(name) < 4 or not name.isascii() or not name.isalpha():
        return None
    for field in _ASCII_FIELDS:
        if _one_edit_apart(name, field):
            return field
    return None


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        # A letter changed at the start is another word more often than a slip (near, gear,
        # dear, hear, tear, wear: year), and a slip there is rare.
        return (len(diff) == 1 and diff[0] > 0) or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_FIELD_EXAMPLES = {"title": "予算", "body": "テレワーク", **{n: f.example for n, f in FACET_OF_QUERY_NAME.items()}}


def _missing_value(fieldname: str, after: str) -> str:
    """Why `field:` has no value: a group typed after it, a space, or nothing."""
    example = _FIELD_EXAMPLES[fieldname]
    if after == "(":
        if fieldname in ("title", "body"):
            return (f'{fieldname}: takes one word or a "quoted phrase", not a group; '
                    f"write ({fieldname}:{example} OR {fieldname}:…)")
        return f"{fieldname}: takes one value, not a group; repeat it for either value: {fieldname}:{example} {fieldname}:…"
    if after.isspace():
        return f"{fieldname}: needs its value right after the colon, e.g. {fieldname}:{example}"
    return f"{fieldname}: needs a value, e.g. {fieldname}:{example}"


#: What a person types for the minus of `-東京`: the ASCII hyphen (and ＋－ after NFKC), and what a
#: Japanese input method gives for that key: ー (kana mode), − (U+2212), ‐ and the dashes.  A word
#: cannot begin with any of them, so at a word's start each excludes it: 「テレワーク ー東京」 searched
#: 東京 as a required word, the opposite of what was meant (79 hits with 東京 against 120 without).
_MINUS = frozenset("-‐‑‒–—―−ー")


def _boundary(q: str, i: int) -> bool:
    return i == 0 or q[i - 1].isspace() or q[i - 1] in "("


# -- parser -----------------------------------------------------------------


#: Deepest nesting of parentheses (and NOTs) a query may have: far beyond what a person
#: types, well before Python's recursion limit (about 250 levels of this parser).
MAX_DEPTH = 50


class _Parser:
    def __init__(self, toks: list[_Tok]):
        self.toks = toks
        self.i = 0
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self):
        if not self.toks:
            return None
        node = self.and_expr()
        if self.peek() is not None:
            tok = self.peek()
            if tok.kind == "RPAREN":
                raise BadQuery("unbalanced parenthesis: a ) closes nothing")
            raise BadQuery(f"unexpected {tok.kind.lower()} in query")
        return node

    def and_expr(self):
        # Words side by side (AND) join what OR has joined: OR binds tighter, as a web search
        # reads it.  With the space binding tighter, 「テレワーク OR リモートワーク -東京」 left 東京 out of
        # リモートワーク's side only (181 White Paper sections, 東京 among them; 112 with it left
        # out of both), and 「テレワーク OR 在宅勤務 令和2年度」 required the year of 在宅勤務 alone,
        # while region:東北 typed in the same place filtered every hit.
        nodes = []
        while self.peek() is not None and self.peek().kind != "RPAREN":
            if self.peek().kind == "OR":
                raise BadQuery("OR needs a word on both sides, e.g. テレワーク OR リモートワーク")
            nodes.append(self.or_expr())
        if not nodes:
            raise BadQuery("empty parentheses")
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def or_expr(self):
        nodes = [self.unary()]
        while self.peek() is not None and self.peek().kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in ("OR", "RPAREN"):
                raise BadQuery("OR needs a word on both sides, e.g. テレワーク OR リモートワーク")
            nodes.append(self.unary())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def unary(self):
        tok = self.peek()
        if tok.kind in ("NOT", "MINUS"):
            self.take()
            nxt = self.peek()
            if nxt is not None and nxt.kind in ("NOT", "MINUS"):
                # NOT NOT テレワーク was told NOT "needs a word after it", with a word there.
                raise BadQuery("NOT (or -) typed twice: keep one to leave the word out, or remove both to search it")
            if nxt is None or nxt.kind in ("OR", "RPAREN"):
                raise BadQuery(f"{'NOT' if tok.kind == 'NOT' else '-'} needs a word after it, e.g. テレワーク -東京")
            return Not(self.primary())
        return self.primary()

    def primary(self):
        tok = self.take()
        if tok.kind == "LPAREN":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise BadQuery(f"parentheses nested more than {MAX_DEPTH} deep")
            if self.peek() is None:
                raise BadQuery("unbalanced parenthesis: a ( is never closed")
            node = self.and_expr()
            if self.peek() is None or self.peek().kind != "RPAREN":
                raise BadQuery("unbalanced parenthesis: a ( is never closed")
            self.take()
            self.depth -= 1
            return node
        if tok.kind == "PHRASE":
            if tok.field in FILTER_FIELDS:
                return Filter(tok.field, tok.text.strip())
            return PhraseNode(tok.text, tok.field)
        if tok.kind == "WORD":
            if tok.field in FILTER_FIELDS:
                return Filter(tok.field, tok.text)
            return Word(tok.text, tok.field)
        if tok.kind == "RPAREN":
            raise BadQuery("unbalanced parenthesis: a ) closes nothing")
        raise BadQuery(f"unexpected {tok.kind.lower()} in query")


def parse(text: str, *, typed: bool = True):
    """Parse a query into an AST (None for an empty query); raise BadQuery when malformed.
    `typed=False`: a query the search built by taking a word out of one typed, whose AND may be
    left without its word (it is dropped, as space means AND)."""
    q = _MARKS.sub(" ", normalize_query(_loose_full_width_parens(text)))
    row = _table_row(q)
    trail = len(_TRAIL_STEP.findall(q)) >= TRAIL_STEPS or q.lstrip().startswith(">")
    pasted = pasted_prose(q) or bool(_NUMBERED_HEAD.match(q)) or (row and q.count("|") >= ROW_BARS) or trail
    if pasted:
        q = _strays_as_text(q)
        if row:
            q = q.replace("|", " ")
        if trail:
            q = _TRAIL_STEP.sub(" ", q).lstrip().lstrip(">")
    return _Parser(_lex(q, strict=typed and not pasted)).parse()


def _closing(q: str, i: int) -> int:
    """Where the quote opened at q[i] closes (-1: never).  「 and 『 nest, as the White Paper writes a
    title quoted inside a title (「…に関する「実証実験」の考え方」: read to the first 」, the outer 」
    was left closing nothing, an error)."""
    c, close = q[i], _QUOTES[q[i]]
    if c not in "「『":
        return q.find(close, i + 1)
    depth = 0
    for j in range(i + 1, len(q)):
        if q[j] == c:
            depth += 1
        elif q[j] == close:
            if depth == 0:
                return j
            depth -= 1
    return -1


#: A company's or a foundation's mark, （株） （有） （社） （財）, and a switchboard's （代）: Sudachi reads
#: each as one symbol and pages index nothing for it; read as a group, (財) required the word 財 and
#: a pasted 「（財）日本データ通信協会では、…」 found nothing (nor does (株)テレワーク typed).
_MARKS = re.compile(r"\((?:株|有|社|財|代)\)")

#: Sentence punctuation: a query holding it is prose pasted from a page, not query syntax.
_PROSE_MARKS = re.compile(r"[。、，．]")
#: A run of this many characters without a space is a pasted passage too (図表2) ユビキタスネットワーク時代における…).
PROSE_RUN = 20


#: A passage at least this long (its characters but spaces) that holds a 、 is a pasted sentence.
SENTENCE_CHARS = 30


def pasted_sentence(q: str) -> bool:
    """Whether the query is a sentence pasted from a page, not a question: it holds a 。, or a 、 and
    SENTENCE_CHARS characters or more.  Stricter than :func:`pasted_prose`: questions are typed
    without spaces too (none of the judged questions of bench/ holds a 、 or a 。), and a short one
    with a 、 (昨年度、東北の実証事業) is still a question."""
    return "。" in q or ("、" in q and sum(not c.isspace() for c in q) >= SENTENCE_CHARS)


#: A heading pasted with its figure's or item's number closed by a half bracket: 図表2)　…, 3)　….
_NUMBERED_HEAD = re.compile(r"\s*(?:図表|図|表)?[0-9]{1,3}\)")


#: A table's row pasted without prose in it (| 《会場の様子》 | 《開会の挨拶》 … |, 実際に相談員が対応した件数 | 6,904 |):
#: two bars or more, one of them opening or closing the query, are cells' borders.  One bar (テレワーク |) is a
#: typed OR missing its word, and stays an error.  bench/pasted.py's dev passages: 4 such rows were refused.
ROW_BARS = 2
#: A site's breadcrumb trail pasted from a page's head (トップ > 組織案内 > 地方支分部局 > 中国総合通信局 > 岡山市で「地域ICT):
#: > is no query syntax, and TRAIL_STEPS of them standing apart, or one opening the query, are a trail's steps, pasted
#: (its last step cut inside a quote or a bracket was refused: 4 of bench/pasted.py's dev passages).
_TRAIL_STEP = re.compile(r"(?:^|\s)>(?=\s)")
TRAIL_STEPS = 2


def _table_row(q: str) -> bool:
    """Whether a pasted passage is a row of a table, its cells between bars (| 件数 | 6,904 |, as
    pages saved as text write tables): an OR opens or closes no query, so a bar at its start or end
    is a cell's border, and so are the others."""
    q = q.strip()
    return q.startswith("|") or q.endswith("|")


def pasted_prose(q: str) -> bool:
    """Whether the query reads as a passage pasted from a page: it holds a sentence's punctuation
    (。 、), or a run of PROSE_RUN characters or more without a space.  Typed queries seldom do."""
    return bool(_PROSE_MARKS.search(q)) or any(len(run) >= PROSE_RUN for run in q.split())


def _strays_as_text(q: str) -> str:
    """A pasted passage's quotes and brackets that pair with nothing, made spaces (text).

    A passage cut from a page opens or ends inside a quote or a bracket (」の実現を目指し、…,
    …第5章第6節「I, WAP(Wireless Application Prot), and the White Paper numbers its figures
    with a half bracket inside a full one (…と多い（図表4)）。): each was an error (unbalanced quote
    or parenthesis, exit 2), so the page it was pasted from could not be found.  Only in prose
    (pasted_prose): a stray mark in a query typed with operators and spaces stays an error.
    Brackets inside a quoted phrase are the phrase's text, as the lexer reads them; an empty
    pair (（ ）内t値) is text too."""
    chars = list(q)
    opened: list[int] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c in _QUOTES:
            j = _closing(q, i)
            if j < 0:
                chars[i] = " "
                i += 1
            else:
                i = j + 1
            continue
        if c in "」』":
            chars[i] = " "
        elif c == "(":
            opened.append(i)
        elif c == ")":
            if not opened:
                chars[i] = " "
            else:
                k = opened.pop()
                if not q[k + 1:i].strip():
                    chars[k] = chars[i] = " "
        i += 1
    for k in opened:
        chars[k] = " "
    return "".join(chars)


def _loose_full_width_parens(text: str) -> str:
    """Full-width parentheses that do not pair up are text (「テレワーク（在宅勤務」), not grouping.

    NFKC would turn them into ( and ), and a pasted half-bracket would then be
    an error; when they pair up they group like ASCII ones.  A group opened in one
    width and closed in the other (「(５Ｇ OR ローカル５Ｇ）九州」: the input method
    switched on between the two) pairs up too: to a Japanese typist they are one key.
    """
    if _pair_up(text, "(（", ")）"):
        return text
    depth = 0
    for c in text:
        if c == "（":
            depth += 1
        elif c == "）":
            depth -= 1
            if depth < 0:
                break
    if depth == 0:
        return text
    return text.replace("（", " ").replace("）", " ")


def _pair_up(text: str, opening: str, closing: str) -> bool:
    """Whether every bracket of `opening` in text is closed by one of `closing`, in order."""
    depth = 0
    for c in text:
        if c in opening:
            depth += 1
        elif c in closing:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
