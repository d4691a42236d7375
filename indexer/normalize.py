"""Text normalization for documents and queries.

Documents come mostly from PDF extraction, which leaves three kinds of noise
that hurt Japanese search: spaces between Japanese characters (「令和 2年 9月
15日」), lines broken at the page width in the middle of a word (「協\\n会」), and
full-width / half-width variants (ＤＸ, ｻｰﾊﾞ).  ``normalize_text`` removes them
while keeping what carries structure: paragraph breaks, list items, headings
and table rows, because the title and first-line heuristics read those.

Two deliberate departures from plain NFKC in documents:

* U+3000 (ideographic space) becomes an ASCII space but is never removed as an
  extraction artefact: authors type it on purpose, e.g. between a heading
  number and its text (「第2節　情報通信政策の展開」, 「3　生成AI」).
* Circled numbers (①–⑳, ㉑–㊿) are kept: NFKC turns 「① テレワーク…」 into
  「1テレワーク…」, losing the list marker.

And one departure from "spaces next to Japanese go": a typed space between two
katakana words stays (「令和4年度 テレワーク タブ名」), unless the line shows
extraction spacing elsewhere (see _KANA_WORD_SPACE_RE).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from .lazy import LazyPattern

__all__ = ["normalize_text", "normalize_query", "nfkc"]

# The document patterns compile on first use (LazyPattern): a search imports this module for
# normalize_query alone.
_IDEOGRAPHIC_SPACE = "\u3000"
_CIRCLED = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"
_PROTECTED_RE = LazyPattern(f"([{_IDEOGRAPHIC_SPACE}{_CIRCLED}]+)")

# Control and invisible characters that extraction leaves behind (NUL from
# broken CMaps, zero-width spaces, a BOM in the middle of joined files), and those
# a text copied from a page or a file's properties carries: a soft hyphen (&shy;)
# and the marks of writing direction (U+200E/F, U+202A-E, U+2066-9), which NFKC
# keeps: inside a word they split it (「テレ&shy;ワーク」 was two words, a pasted
# query's hidden U+202E made テレワーク a word no page writes).
# Tab and newline are structure and stay.
_INVISIBLE_RE = LazyPattern("[\x00-\x08\x0b-\x1f\x7f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")

# "Japanese" for the space rule: kana, kanji, CJK punctuation and the
# full-width forms that survive NFKC (「」、。・ー and friends).
_JA = (
    "\u3000-\u303f"  # CJK symbols and punctuation
    "\u3040-\u30ff"  # hiragana, katakana
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff00-\uffef"  # half/full-width forms
    + _CIRCLED
)

# A run of ASCII spaces with a Japanese character on at least one side.
# Spaces between two non-Japanese characters ("Open Data", "5 G", "2020 2021")
# are kept; U+3000 is not matched (see the module docstring).
_JA_SPACES_RE = LazyPattern(f"(?<=[{_JA}]) +| +(?=[{_JA}])")

# ...except a space between two katakana words (「テレワーク タブ名」, 「スマートフォン
# プライバシー イニシアティブ」): katakana has no other word boundary (kanji and kana
# give Sudachi a change of script), and glued 「テレワークタブ名」 is one unknown word that a
# search for テレワーク misses.  Kept only when both runs have 2+ characters (letter-spaced
# 「テ レ ワ ー ク」 is joined), the right one does not start with ー or a small kana (no word
# does: 「クリ ーン」 is one word cut), and nothing else in the line shows extraction
# spacing (_SPREAD_RE): justified or wrap-joined lines put spaces inside katakana words too
# (「一・五メー トル」 を, 「ワー ケーション全国フォーラム」 beside 「日本の 働き方」).
# Measured on the White Paper, bench/realdocs and the shared PDFs: 74 spaces kept, every one
# between two words (デロイト トーマツ, アマゾン ウェブ サービス); the four cut katakana words
# there (kampo.pdf 「メー トル」 twice, 「ワー ケーション」, 「クリ ーン」) are still joined.
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30fe\u31f0-\u31ff"  # letters, ー, ヽヾ; not ・
_KANA_WORD_SPACE_RE = LazyPattern(
    f"(?<=[{_KATAKANA}]{{2}}) +(?=[{_KATAKANA}]{{2}})(?![ーァィゥェォッャュョヮヵヶㇰ-ㇿ])"
)
# A space no author types: between kanji or hiragana (「地方公 共団体」, 「日本の 働き方」), inside
# brackets (「「 一メートル」) or after a comma or full stop set in the line (「改め、 同条」).
_SPREAD_RE = LazyPattern(
    "[\u3041-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff] +[\u3041-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    "|[「『、。] | +[」』、。]"
)
_KEPT_SPACE = "\x00"  # _INVISIBLE_RE removed every NUL before this runs
_MULTI_SPACE_RE = LazyPattern(r" {2,}")

# A list or heading marker at the start of a line, followed by the spaces the
# author put after it.  The space after a marker is kept (「1 ブロードバンド政策」,
# 「(ア) 欧州経済戦略」): it is what makes the line read as a heading.
_MARKER = (
    r"(?:[(\[][0-9A-Za-z\u30a2-\u30f3\u4e00-\u9fff]{1,3}[)\]]"  # (1) (ア) [2] (一)
    r"|[0-9]{1,2}[.)]?"  # 1  1.  1)
    r"|[\u30a2-\u30f3][.):]?"  # ア  イ.  ロ:
    r"|第[0-9一二三四五六七八九十百]+[章節部編条項款回]"  # 第2章
    f"|[{_CIRCLED}]"
    r"|#{1,6}|[-*+・■●]"  # Markdown headings and bullets
    r")"
)
# ...unless the "marker" is a number with its unit: 「10 月 19 日」, 「3 年度」.
_MARKER_SPACE_RE = LazyPattern(
    f"^(\\s*{_MARKER}) +(?=\\S)(?![年月日時分秒][0-9 ]|[年月日]$|年度|[号回件人名社円万億%])"
)

# A line that starts a new item: it must never be glued to the line above.
_STRONG_ITEM_RE = LazyPattern(
    "^\\s*(?:"
    "[・･•●○◎◯■□◆◇▲△▼▽★☆※*＊>≫»→⇒➢►▶✓✔〇]"
    "|[-–—‐]\\s"
    f"|[{_CIRCLED}]"
    r"|[(\[【〔〈《<][^)\]】〕〉》>]{1,4}[)\]】〕〉》>]"
    r"|第\s*[0-9一二三四五六七八九十百]+\s*[章節部編条項款回]"
    r"|[0-9]{1,3}\u3000"  # a number set off by an ideographic space: heading or note
    r"|[\u30a2-\u30f3][.):]"
    r"|[0-9]{1,2}[.)](?![0-9])"
    r"|図表?|表[0-9 ]|出典|注[0-9 :]|URL|https?:"
    ")"
)
# Captions, notes and URLs stand alone even when they fill the line.
_NEVER_CONTINUED_RE = LazyPattern(
    r"\s*(?:図表?|表[0-9 ]|出典|\((?:出典|注|データ集)|注[0-9 :]|※|https?:|[0-9]+(?:-[0-9]+)+[ \u3000])"
)
#: A notice's field labels, each opening a line with a space before its value: 「日時 令和6年11月15日（金）
#: 14:00～16:30」 over 「会場 くにびきメッセ」 on a flyer are two items, and a PDF's few lines of about
#: one width looked wrapped (breaker41's f10: the date ran into the venue and was no longer read).
#: Blocked only where the line above does not run on, as a bare number is.
_FIELD_LABELS = "日時|日程|期日|会場|場所|主催|共催|後援|対象|定員|参加費|申込み?|締切|講師|内容|問(?:い)?合(?:わ)?せ先?"
# "1 総会の開催" is a heading, but "71 会員が出席" continues the line above: a
# bare number only blocks a join when the line above does not run on.
_WEAK_ITEM_RE = LazyPattern(r"^\s*(?:[0-9]{1,2}|" + _FIELD_LABELS + ") ")

# Characters that end a line on purpose: sentence ends, colons, closing
# brackets (the brief's list: 。．！？：」）and their ASCII forms after NFKC).
_LINE_END = frozenset("。.!?:;」』)]】〕〉》>…")
# The line above plainly runs on when it ends in one of these.
_RUNS_ON_RE = LazyPattern("[、,\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff]")  # matched on the last character

_KINSOKU_START_RE = LazyPattern("[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ、。々]")
_HIRAGANA_START_RE = LazyPattern("[\u3041-\u309f、。]")

_BLANK_RUN_RE = LazyPattern(r"\n{3,}")


def nfkc(text: str) -> str:
    """NFKC as a document's text gets it, for a title or a name beside it: ① and its kin kept
    (NFKC makes ① a 1: an <h1>①高齢者向けスマホ教室</h1> was titled 1高齢者向けスマホ教室 while its
    text kept ①), an ideographic space a space."""
    return _nfkc_keeping_protected(text).replace(_IDEOGRAPHIC_SPACE, " ")


def _nfkc_keeping_protected(text: str) -> str:
    parts = _PROTECTED_RE.split(text)
    # split() with a capturing group puts the protected runs at odd indexes.
    return "".join(
        part if i % 2 else unicodedata.normalize("NFKC", part)
        for i, part in enumerate(parts)
    )


def _width(line: str) -> int:
    """Display width: full-width characters count two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _wrap_width(widths: list[int]) -> int | None:
    """The width at which the text was wrapped, or None if it was not.

    Lines wrapped by a layout engine pile up just under one width (the column)
    and hardly any line is longer; the last lines of paragraphs, headings and
    list items are shorter.  Text whose paragraphs are one line each (the White
    Paper) has many lines far longer than any pile, and then no line is joined.
    """
    candidates = sorted((w for w in widths if w >= 24), reverse=True)
    # Counted by bisection in the sorted widths, not line by line: that was quadratic in the
    # lines, 17 s of a 3 M-character text file's 20 s of normalizing, and minutes at 20 M.
    negated = [-w for w in candidates]  # ascending
    enough = max(3, 0.1 * len(candidates))
    for longer, wrap in enumerate(candidates):
        if longer > enough:
            break
        pile = bisect_right(negated, -0.9 * wrap) - longer  # lines from this one down, >= 0.9 wrap
        if pile >= enough and bisect_left(negated, -1.15 * wrap) <= enough:  # lines > 1.15 wrap
            return wrap
    return None


def _should_join(above: "_Line", below: str, wrap: int | None, width_above: int) -> bool:
    if not above.head or not below or above.tab or "\t" in below:
        return False
    if above.last in _LINE_END or _NEVER_CONTINUED_RE.match(above.head):
        return False
    # Japanese typesetting never starts a line with ー, a small kana or 、。
    # (kinsoku): such a line continues the one above whatever its width.
    if _KINSOKU_START_RE.match(below) and _RUNS_ON_RE.match(above.last):
        return True
    if below[0] in " \u3000":  # an indented line starts a paragraph
        return False
    # No sentence ends with 、: the line runs on, whatever its width (a line break typed in Word
    # or in a text file to wrap a sentence by hand, 「…漁協とも連携し、 / 水産業への展開を…」),
    # unless the line below starts an item.
    if _ends_with_comma(above.tail):
        return not (_STRONG_ITEM_RE.match(below) or _WEAK_ITEM_RE.match(below))
    if wrap is None or width_above < 0.85 * wrap or width_above > 1.15 * wrap:
        return False
    # Inside an open quotation (「テレワーク / ・ワーケーション」をテーマに) a line that starts
    # like a list item is the quotation going on, not a new item.
    if _STRONG_ITEM_RE.match(below) and not above.quote_open():
        return False
    # A heading or list item is only continued when it plainly runs on: it
    # filled the line and the next piece starts inside a word (hiragana).
    if _STRONG_ITEM_RE.match(above.head) and not (
        width_above >= 0.9 * wrap and _HIRAGANA_START_RE.match(below)
    ):
        return False
    if _WEAK_ITEM_RE.match(below) and not _RUNS_ON_RE.match(above.last):
        return False
    return True


def _ends_with_comma(tail: str) -> bool:
    """「、」, or a comma after Japanese text (「，」 after NFKC)."""
    return tail.endswith("、") or (tail.endswith(",") and bool(_JA_CHAR_RE.match(tail[-2:-1])))


class _Line:
    """A line being rebuilt from its wrapped pieces.

    What the join rules ask of it (its start, its last characters, whether it
    holds a tab or leaves a quotation open) is kept up to date piece by piece:
    asking the whole joined line at every piece made a file of evenly wrapped
    lines without sentence ends quadratic (22 s for 3.2 M characters, a 400 MB
    file never finished).
    """

    __slots__ = ("pieces", "head", "tail", "tab", "quotes")

    #: Characters kept of the start and of the end: more than any start-anchored item
    #: pattern or any trailing run of letters needs in real text (the end falls back to
    #: the whole line when a run of letters fills it).
    KEEP = 256

    def __init__(self, line: str):
        self.pieces = [line]
        self.head = line  # the first piece whole, and KEEP characters of those glued after it
        self.tail = line[-self.KEEP:]
        self.tab = "\t" in line
        self.quotes = [line.count("「") - line.count("」"), line.count("『") - line.count("』")]

    @property
    def last(self) -> str:
        return self.tail[-1:]

    def quote_open(self) -> bool:
        """Whether the line leaves a 「 or 『 open."""
        return self.quotes[0] > 0 or self.quotes[1] > 0

    def glue(self, below: str) -> None:
        below = below.lstrip(" ")
        if self.last.isascii() and self.last.isalnum() and below[:1].isascii() and below[:1].isalnum():
            # Two English words meet at the break ("Open" / "Data"), unless the letters run on
            # from Japanese text, where a line break cuts one word (「関東IC」 / 「T推進」).
            above = self.tail
            run = _TRAILING_ASCII_RE.search(above)
            if run is not None and run.start() == 0 and len(self.tail) == self.KEEP:
                above = self.text()  # letters fill the kept end: look at the whole line
                run = _TRAILING_ASCII_RE.search(above)
            if run is None or run.start() == 0 or not _JA_CHAR_RE.match(above[run.start() - 1]):
                below = " " + below
        self.pieces.append(below)
        if len(self.head) < len(self.pieces[0]) + self.KEEP:
            self.head = (self.head + below)[: len(self.pieces[0]) + self.KEEP]
        self.tail = (self.tail + below)[-self.KEEP:]
        self.tab = self.tab or "\t" in below
        self.quotes[0] += below.count("「") - below.count("」")
        self.quotes[1] += below.count("『") - below.count("』")

    def text(self) -> str:
        return "".join(self.pieces)


def _join_wrapped_lines(lines: list[str], widths: list[int], wrapped: bool = True) -> list[str]:
    wrap = _wrap_width(widths) if wrapped else None
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = _Line(lines[i])
        out_width = widths[i]  # width of the physical line that last went into it
        i += 1
        # Absorb the following lines while the current one was wrapped.  One
        # blank line may sit between the pieces: pdfminer puts every text box
        # of a one-line-per-paragraph layout in a box of its own.
        while i < len(lines):
            j = i + 1 if not lines[i] and i + 1 < len(lines) else i
            nxt = lines[j]
            if not _should_join(line, nxt, wrap, out_width):
                break
            line.glue(nxt)
            out_width = widths[j]
            i = j + 1
        out.append(line.text())
    return out


_TRAILING_ASCII_RE = LazyPattern(r"[0-9A-Za-z]+$")
_JA_CHAR_RE = LazyPattern(f"[{_JA}]")


def _remove_extraction_spaces(line: str) -> str:
    if " " not in line:  # what each pattern below removes or keeps starts with a space
        return line
    marker = _MARKER_SPACE_RE.match(line)
    if marker:
        head, rest = marker.group(1).lstrip(" "), line[marker.end():]
        return f"{head} {_remove_extraction_spaces(rest)}" if rest else head
    kept = _KANA_WORD_SPACE_RE.search(line) is not None and not _SPREAD_RE.search(line)
    if kept:
        line = _KANA_WORD_SPACE_RE.sub(_KEPT_SPACE, line)
    line = _MULTI_SPACE_RE.sub(" ", _JA_SPACES_RE.sub("", line))
    return line.replace(_KEPT_SPACE, " ") if kept else line


def normalize_text(text: str, *, wrapped: bool = True) -> str:
    """Normalize extracted document text (see the module docstring).

    ``wrapped=False``: the text's lines are its author's paragraphs, not a layout's wrapping (Word
    paragraphs, slide bullets, sheet rows, whose bullets and numbers are formatting, not text), so
    no line is joined for its width: bullets of about one length without 。 looked wrapped at
    one width and were glued into one line.  A line ending with 、 still runs on.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text)
    # Widths are taken before NFKC, which narrows full-width digits and
    # brackets: what matters is how much of the column the line filled.
    widths = [_width(line.rstrip()) for line in text.split("\n")]
    text = _nfkc_keeping_protected(text)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line if line.strip() else "" for line in lines]
    lines = _join_wrapped_lines(lines, widths, wrapped)
    lines = [_remove_extraction_spaces(line) for line in lines]
    text = "\n".join(lines).replace(_IDEOGRAPHIC_SPACE, " ")
    text = _BLANK_RUN_RE.sub("\n\n", text)
    if len(text) > LONG_BLANK_RUN:
        text = _LONG_BLANK_RUN_RE.sub(lambda m: m[0][:LONG_BLANK_RUN], text)
    return text.strip("\n")


#: The longest run of tabs and spaces a text keeps (a sheet's empty cells, a PDF's 全角 spaces of
#: alignment); a longer one is cut to it.  The title's and the metadata's patterns read a line's
#: blanks with \s* and \s+: a line of one word, 200,000 tabs or 全角 spaces and a bar took them
#: minutes (8,000: 1.2 s, growing with the square), and an index run over such a file never ended.
#: 16 keeps every gap a layout draws between a heading and its date (the realdocs and White Paper
#: texts: no derived value changes).
LONG_BLANK_RUN = 16
_LONG_BLANK_RUN_RE = LazyPattern(f"[ \t]{{{LONG_BLANK_RUN + 1},}}")


def normalize_query(text: str) -> str:
    """Normalize a query: NFKC, the long-vowel mark, outer whitespace; spaces separate words.

    Invisible characters go as they go from documents (a zero-width space pasted from a web
    page inside テレワーク must not split the word the documents hold whole)."""
    text = unicodedata.normalize("NFKC", _INVISIBLE_RE.sub("", text))
    # A title pasted from a PDF is wrapped where its line ended (テレワーク普及展開推\n進事業): between
    # Japanese characters the line break is that wrap, not a space between words.  Not after a short
    # line: words typed one a line (東北\nテレワーク) stay words.
    text = ellipsis_spans(text)
    return _KANA_DASH_RE.sub("ー", _WRAPPED_RE.sub(_unwrapped, text)).strip()


def ellipsis_spans(text: str) -> str:
    """A span of years typed with an ellipsis (2019…2023, 令和元年度…令和5年度: a Japanese input
    method turns ... into …, which NFKC makes three dots) as the range it means, 2019..2023: it
    was read as two years each required (8 hits, not 91), and `--year 2019…2023` was refused as
    "cannot read '.2023'".  Only between a year's end and the start of another."""
    if "..." not in text and "…" not in text:
        return text
    return _ELLIPSIS_SPAN_RE.sub("..", text)


#: Three dots or more (…, NFKC's ...; full-width ．．．) after a digit, 元, 年 or 年度 and before a
#: digit, an era (令和, 平成, 昭和, R, H, S) or FY.
_ELLIPSIS_SPAN_RE = re.compile(r"(?<=[0-9０-９元年度])\s*(?:[.．]{3,}|…+)\s*(?=[0-9０-９]|令和|平成|昭和|[RHSrhsＲＨＳ]\s*[0-9０-９元]|(?i:fy))")


_WRAPPED_RE = re.compile(r"(?<=[^\x00-\x7f\s])[ \t]*\r?\n[ \t]*(?=[^\x00-\x7f\s])")
#: The shortest line taken for a wrapped one (a PDF's line holds far more).
_WRAPPED_LINE = 10


def _unwrapped(m: re.Match) -> str:
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    return "" if len(line.strip()) >= _WRAPPED_LINE else m.group(0)


# In a query, a dash between katakana is a long-vowel mark typed wrongly (テレワ－ク,
# サ-バ): NFKC leaves U+FF0D and friends as hyphens.  Documents keep theirs but where the
# dictionary reads a word across (analysis.long_vowel_marks): there it also separates words
# (「ニーズ-ネットワーク」).  Never after ン, ッ or ー, which no long vowel follows: 「セブン-イレブン」
# typed was セブンー | イレブン, which no page holds.
_KANA_DASH_RE = re.compile("(?<=[ァ-ヺ])(?<![ンッ])[-‐‑‒–—―−](?=[ァ-ヺ])")
