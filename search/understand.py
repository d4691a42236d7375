"""Region and year words read as metadata: 東北 → region 東北, 令和4年度 → fiscal_year 2022.

A word typed alone (東北) or set apart inside a phrase typed without spaces
(「東北のテレワーク施策で令和4年度のもの」) also matches documents whose derived
region or fiscal year it names; ``search.query`` decides how that joins the match.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import NamedTuple

from whoosh import query as wq

from ictsearch.indexer.analysis import Term, analyze
from ictsearch.indexer.lazy import LazyPattern

#: Score a document earns by its derived region or fiscal year alone.
METADATA_SCORE = 1.0
#: Share of it for a page of the right block whose prefecture is unknown (see :func:`understood`).
UNKNOWN_PREFECTURE = 0.5
#: An era year without 年 (令和4, 平成30): what people type in a query, rarer in documents.
ERA_NUMBER = re.compile(r"(?:令和|平成|昭和)(?:\d{1,2}|元)(?![\d年])")

#: Two years typed as a span, the way documents write one: 令和4年度から令和5年度, R4〜R5,
#: 2022~2023年度, 令和4~5年度 (the query is NFKC-normalized first, so ～ arrives as ~).
_YEAR_SPAN = LazyPattern(r"(.+?)(?:から|[~〜\-‐−–—ー])(.+?)(?:まで)?")
_YEAR_SPAN_GAP = LazyPattern(r"\s*(?:から|[~〜\-‐−–—ー])\s*")
#: --year's own range (2019..2023) with an end that parse_year_range does not read: one named from
#: today (昨年度..今年度, 2024..今年度, 昨年度..), which was refused as "cannot read '昨年度' as a year".
_DOTTED_SPAN = LazyPattern(r"(.*?)\.\.(.*)")
#: What every year typed in a query holds: a digit or an era's name (令和五年度, R元), or 年 (今年度から).
_YEARISH = re.compile(r"[\d元年]|令和|平成|昭和|大正|明治|ことし|きょねん|おととし|らいねん")
#: A year with one open end: 令和4年度以降 (from 令和4年度 on), 2022年度以前, R5まで.
_OPEN_YEAR = LazyPattern(r"(.+?)(以降|以後|から|以前|まで)")
#: The later end written without its era, as 令和4~5年度 writes it.
_BARE_YEAR = LazyPattern(r"(\d{1,2})(?:年度|年)?")

#: Years a query names relative to today, as (fiscal, offset): 今年度 is the 年度 today is in (a
#: 年度 starts on 1 April), 今年 the calendar year, read as 2026年 is (its number as the fiscal
#: year).  Query side only: a page's 今年度 is its own year, which metadata derives otherwise.
#: Not 前年 or 翌年度, which count from a year named before them (前年同期, 翌年度以降), nor one
#: glued to what makes it a comparison (前年度比: COMPARISON_AFTER).
RELATIVE_YEARS = {
    **dict.fromkeys(("今年度", "本年度", "当年度"), (True, 0)),
    **dict.fromkeys(("昨年度", "前年度"), (True, -1)),
    **dict.fromkeys(("一昨年度", "前々年度"), (True, -2)),
    **dict.fromkeys(("来年度", "次年度"), (True, 1)),
    "再来年度": (True, 2),
    **dict.fromkeys(("今年", "本年", "ことし"), (False, 0)),
    **dict.fromkeys(("昨年", "去年", "きょねん"), (False, -1)),
    **dict.fromkeys(("一昨年", "おととし"), (False, -2)),
    **dict.fromkeys(("来年", "らいねん"), (False, 1)),
    "再来年": (False, 2),
}
#: After a relative year, what says "within it" (今年度中に, 今年中, 来年度内): the same year.
_WITHIN = ("中", "内")
#: After a relative year, what makes it a comparison, not a year the pages belong to: 前年度比 (the
#: change over the year before, said of any year's figures), 昨年比, 前年度対比.
COMPARISON_AFTER = ("比", "対比")

#: The day relative years count from, when :func:`today` is not given one (Index.search's `today`).
_TODAY: ContextVar[date | None] = ContextVar("ictsearch_today", default=None)


def today() -> date:
    """The day 今年度 and 昨年 are read from: the one :func:`reading_from` set (Index.search's
    `today`), else the system's.  Tests pin it with ``monkeypatch.setattr(understand, "today", ...)``
    or by passing `today`."""
    return _TODAY.get() or date.today()


@contextmanager
def reading_from(day: date | None):
    """Relative years are read from `day` (None: the system's day) inside the block, in this context
    only (a thread's or a task's search does not move another's).  BadQuery for what is no date."""
    if day is not None and not isinstance(day, date):
        from ictsearch.indexer.errors import BadQuery

        raise BadQuery(f"today must be a datetime.date, not {type(day).__name__}")
    token = _TODAY.set(day.date() if isinstance(day, datetime) else day)
    try:
        yield
    finally:
        _TODAY.reset(token)


#: Whether the query being read is a passage pasted from a page (search.parse.pasted_sentence): its
#: 本年度 and 昨年 are the page's own years, said when it was written, not years counted from today.
_PASSAGE: ContextVar[bool] = ContextVar("ictsearch_passage", default=False)


@contextmanager
def pasted_passage(passage: bool):
    """Inside the block a query's relative years (本年度, 今年, 昨年) are text when `passage` is true: a
    pasted 「…本年度、NPO法人や…を立ち上げ、…」 was filtered to pages of 2026年度 and found nothing.  A
    filter (--year 今年度, year:今年度) is read from today still (:func:`filters_from_today`)."""
    token = _PASSAGE.set(passage)
    try:
        yield
    finally:
        _PASSAGE.reset(token)


def in_pasted_passage() -> bool:
    """Whether the query being searched was read as a pasted passage (:func:`pasted_passage`)."""
    return _PASSAGE.get()


def filters_from_today():
    """A filter's relative year counts from today, also inside a pasted passage's search."""
    return pasted_passage(False)


def relative_year(word: str) -> tuple[int, str] | None:
    """(year, how documents write it) of a year named relative to today (今年度 → (2026, "2026年度") on
    2026-12-03, 去年 → (2025, "2025年"), 今年度中 → the 年度 too), else None (also inside a pasted
    passage, :func:`pasted_passage`)."""
    if _PASSAGE.get():
        return None
    found = RELATIVE_YEARS.get(word[:-1] if word.endswith(_WITHIN) else word)
    if found is None:
        return None
    fiscal, offset = found
    day = today()
    year = (day.year if day.month >= 4 or not fiscal else day.year - 1) + offset
    return year, f"{year}年度" if fiscal else f"{year}年"


#: A year typed as four digits alone (2024 テレワーク), as --year 2024 takes it: the years the collections'
#: pages are of (1990–2040), not a count, a code or a target far off (5000, 0120).
BARE_YEARS = (1990, 2040)


def bare_year(word: str) -> int | None:
    """The year of a word of four digits alone in BARE_YEARS, else None (query.compile_query also
    leaves it as text beside a number or a version's name: 03 5253 2024, Windows 2000, 2030 年)."""
    if len(word) == 4 and word.isascii() and word.isdecimal() and BARE_YEARS[0] <= int(word) <= BARE_YEARS[1]:
        return int(word)
    return None


#: Two years typed as a span without 年度 (2018-2020, 2018〜2020, 2018~2020 once NFKC made ～ a ~), as
#: --year 2018-2020 and 2018..2020 take them: years the pages are of (BARE_SPAN_YEARS) at both ends.
_BARE_SPAN = LazyPattern(r"(\d{4})[-~〜‐−–—](\d{4})")
#: The years a bare span's ends must both be in: narrower than BARE_YEARS, since two numbers joined by
#: a dash are a code or a count (a phone number's 5253-2024, a part number) as often as years; the
#: collections' pages are of 1990 on, and plans name targets to 2030 or 2035.
BARE_SPAN_YEARS = (1990, 2035)


def bare_year_span(word: str) -> tuple[int, int] | None:
    """(lo, hi) of two four-digit years joined by a dash or a wave typed as one word (2018-2020, 2018〜2020),
    both in BARE_SPAN_YEARS and not backwards, else None.  Left as text before query38, as a code
    or a count (2022-2023): a single 2024 was read as a year and --year 2018-2020 as a range, while the same span
    typed in the query required the words 2018 and 2020 (3 pages on テレワーク against 42 for 2018..2020)."""
    m = _BARE_SPAN.fullmatch(word)
    if m is None:
        return None
    lo, hi = int(m[1]), int(m[2])
    if not (BARE_SPAN_YEARS[0] <= lo <= hi <= BARE_SPAN_YEARS[1]):
        return None
    return lo, hi


#: Region names that more often mean something else in these materials: 中国 is China
#: far more often than the 中国 block (say 中国地方, or use --region 中国).
AMBIGUOUS_PLACE_WORDS = frozenset({"中国"})


def understood(word: str) -> tuple[wq.Query, str] | None:
    """A region or year word read as metadata: (query on the derived field, how it was read)."""
    from ictsearch.indexer.metadata import find_years, parse_year_range
    from ictsearch.indexer.metadata.eras import year_range_text

    mentions = [m for m in find_years(word) if m.start == 0 and m.end == len(word)]
    years = None
    relative = relative_year(word)
    year = relative[0] if relative is not None else bare_year(word)
    if year is not None:
        # 今年度, 去年, 2024: read as the year typed out (2026年度, 2025年, --year 2024) is.
        years = (year, year)
    elif (span := bare_year_span(word)) is not None:
        years = span  # 2018-2020, 2018〜2020: as --year 2018-2020 reads it
    elif len(mentions) == 1:
        fy = mentions[0].fiscal_year if mentions[0].kind != "edition" else mentions[0].year - 1
        years = (fy, fy) if fy is not None else None
    elif ERA_NUMBER.fullmatch(word) or re.fullmatch(r"[RHSrhs](?:\d{1,2}|元)|[Ff][Yy](?:\d{4}|\d{2})|\d{4}[Ff][Yy]", word) or ".." in word:
        # R4, R元, H29, FY2023, fy23, 2023fy and ranges (2018..2020, H30..R2): what --year takes, typed in the
        # query (in lower case too, which a document's FY23 is not).
        try:
            years = parse_year_range(word)
        except ValueError:
            years = year_span(word)  # 昨年度..今年度: an end named from today
    else:
        years = year_span(word)
    if years is None and not mentions:
        years = _year_beyond_calendar(word)
    if years is not None:
        lo, hi = years
        q = wq.ConstantScoreQuery(wq.NumericRange("fiscal_year", lo, hi), score=METADATA_SCORE)
        return q, f"fiscal_year {year_range_text(lo, hi)}"
    if word in AMBIGUOUS_PLACE_WORDS:
        return None
    from ictsearch.indexer.metadata.regions import place_group, region_of

    from .facets import areas_written_together

    if group := place_group(word) or areas_written_together(word):
        # 北信越, 甲信越, 山陰: the blocks it covers whole, and its other prefectures each read as a
        # prefecture word is (山陰 was the whole 中国 block, 北信越 text only); 関東甲信越 likewise.
        parts = [wq.ConstantScoreQuery(wq.Term("region", b), score=METADATA_SCORE) for b in group.blocks]
        parts += [_prefecture_reading(p) for p in group.prefectures]
        return (parts[0] if len(parts) == 1 else wq.Or(parts)), group.read_as
    place = region_of(word)
    if place is None:
        # 九州沖縄, 中国四国地方: blocks written together are either block, as --region reads them;
        # 中国・四国 too, listed (see listed_blocks).
        from .facets import blocks_written_together

        blocks = blocks_written_together(word) or listed_blocks(word)
        if blocks is None:
            return None
        return (wq.Or([wq.ConstantScoreQuery(wq.Term("region", b), score=METADATA_SCORE) for b in blocks]),
                f"region {'・'.join(blocks)}")
    kind, name = place
    if kind == "prefecture" and not name.startswith(word.rstrip("都道府県")):
        return None  # a city (金沢市) is narrower than its prefecture: match its text only
    if kind == "region":
        return wq.ConstantScoreQuery(wq.Term("region", name), score=METADATA_SCORE), f"region {name}"
    return _prefecture_reading(name), f"prefecture {name}"


def _prefecture_reading(name: str) -> wq.Query:
    """The pages of a prefecture typed in a query."""
    from ictsearch.indexer.metadata.regions import gazetteer

    # A page of the prefecture's block whose prefecture could not be derived (a ceremony
    # report naming only 東北総合通信局) may be about it: it matches, with less weight.
    unknown = wq.And([wq.Term("region", gazetteer().block_of[name]), wq.Not(wq.Every("prefecture"))])
    return wq.Or([wq.ConstantScoreQuery(wq.Term("prefecture", name), score=METADATA_SCORE),
                  wq.ConstantScoreQuery(unknown, score=METADATA_SCORE * UNKNOWN_PREFECTURE)])


#: A year written as one (an era, R/H/S, FY, or four digits with 年 or 年度): what _year_beyond_calendar
#: reads when documents' dates cannot hold it (2200年度, R99, 令和100年度, FY2200), and the shape of a
#: year word metadata_spans reads inside a longer one (its era, group 1: 令和4・5年度; 令和4年度予算).
_YEAR_SHAPED = re.compile(r"(?:(令和|平成|昭和|大正|明治|[RHS])(\d{1,3}|元)(?:年度|年)?|(\d{4})(?:年度|年)|FY(\d{4}))",
                          re.IGNORECASE)


def _year_beyond_calendar(word: str) -> tuple[int, int] | None:
    """(year, year) of a year expression no document's date can hold (2200年度, R99), else None.

    Read as a year, it finds nothing and the search says so (「2200年度 (read as fiscal_year 2200)
    removes every hit」), as 令和99年度 does; left as text, 2200年度 became the required word 年度 and
    an optional 2200, and 「テレワーク 2200年度」 listed most pages on テレワーク.  (Two digits or
    fewer before 年度, 5年度, may be 令和5年度 written short: left alone.)"""
    m = _YEAR_SHAPED.fullmatch(word)
    if m is None:
        return None
    if m[1]:
        from ictsearch.indexer.metadata.eras import ERA_INITIALS, era_year, kanji_number

        if m[1].isascii() and len(m[2]) > 2:
            return None  # R317, H100: a route's or a model's number (国道317号 is R317), not 令和317
        n = kanji_number(m[2])
        if n < 1:
            if m[1].isascii():
                return None  # R0 (a reproduction number), S0: text
            from ictsearch.indexer.errors import BadQuery

            # Read as 令和0 = 2018 it quietly found 平成30年度's pages; --year 令和0 is refused too.
            raise BadQuery(f"{word!r}: era years start at 1 (元年)")
        year = era_year(ERA_INITIALS[m[1].lower()] if m[1].isascii() else m[1], n)
    else:
        year = int(m[3] or m[4])
    return year, year


#: Eras a fiscal year is written in, with their initials and their last fiscal year: FY2019
#: began in April of 平成31年 (平成31年度 = 令和元年度), FY1988 was the last of 昭和.
_FY_ERAS = (("令和", "R", 2019, None), ("平成", "H", 1989, 2019), ("昭和", "S", 1926, 1988))


def fiscal_year_forms(year: int) -> list[str]:
    """How documents write fiscal year `year`, each a phrase to search the text for:
    2019 → 2019年度, FY2019, FY19, 2019FY, 令和元年度, 令和1年度, R元年度, R1年度, 平成31年度, H31年度.

    A year word in a query matches a page that writes that year in any of these forms (or has it
    as its derived fiscal year), so 令和元年度, R1, 2019年度 and FY2019 find the same pages."""
    forms = [f"{year}年度", f"FY{year}", f"FY{year % 100:02d}", f"{year}FY"]
    for era, initial, first, last in _FY_ERAS:
        if year < first or (last is not None and year > last):
            continue
        n = year - first + 1
        for number in (("元", "1") if n == 1 else (str(n),)):
            forms += [f"{era}{number}年度", f"{initial}{number}年度"]
    return forms


def day_forms(word: str) -> list[str]:
    """How documents write the day (or month) typed as `word` in both calendars, each a phrase:
    2024/4/1, R6.4.1 or 2024-04-01 → 令和6年4月1日, 2024年4月1日; [] when `word` is no such date.
    A day typed in one form is the same day written in another (a release dated 令和6年4月1日
    was the last of 126 pages for 2024/4/1)."""
    from ictsearch.indexer.metadata import find_years
    from ictsearch.indexer.metadata.eras import ERA_FIRST_DAYS

    found = [m for m in find_years(word) if m.start == 0 and m.end == len(word)]
    if len(found) != 1 or found[0].kind != "calendar" or found[0].month is None:
        return []
    y, mo, d = found[0].year, found[0].month, found[0].day
    rest = f"{mo}月" + (f"{d}日" if d else "")
    forms = [f"{y}年{rest}"] + ([f"{y}/{mo}/{d}"] if d else [])
    for era, start in ERA_FIRST_DAYS:
        if (y, mo, d or 1) >= start or (d is None and (y, mo) == start[:2]):
            n = y - start[0] + 1
            forms += [f"{era}{number}年{rest}" for number in (("元", "1") if n == 1 else (str(n),))]
            break
    return forms


def year_span(word: str) -> tuple[int, int] | None:
    """(lo, hi) of a span of fiscal years typed as documents write one (令和4年度から令和5年度,
    R4〜R5, 令和4~5年度, 令和4年度以降, R5まで; 今年度から来年度, 昨年度以降), else None.  Two bare numbers (2022-2023) are not read: one end must
    say it is a year (an era, R/H, FY, 年度), as :func:`understood` asks of a single year."""
    if not _YEARISH.search(word):
        return None  # no digit, era name or 年: no year (and the era patterns stay uncompiled)
    from ictsearch.indexer.metadata.eras import parse_year_range

    if (m := _DOTTED_SPAN.fullmatch(word)) and bool(m[1]) != bool(m[2]):
        try:
            year = query_year(m[1] or m[2])
        except ValueError:
            return None
        return parse_year_range(f"{year}.." if m[1] else f"..{year}")
    if m := _OPEN_YEAR.fullmatch(word):
        try:
            year = query_year(m[1])
        except ValueError:
            pass  # 令和4年度から令和5年度まで: a span closed by まで, read below
        else:
            return parse_year_range(f"{year}.." if m[2] in ("以降", "以後", "から") else f"..{year}")
    ends = year_span_ends(word)
    if ends is None:
        return None
    try:
        return parse_year_range(f"{ends[0]}..{ends[1]}")  # the range's own checks: not backwards, a year of its era
    except ValueError:
        return None


def query_year(text: str) -> int:
    """The year a query's word names, as --year reads it (2022, 令和4年度, R4) or relative to today
    (来年度: :func:`relative_year`); ValueError when it names none."""
    from ictsearch.indexer.metadata.eras import parse_year

    relative = relative_year(text)
    return relative[0] if relative is not None else parse_year(text)


def refuse_backwards_span(word: str) -> None:
    """A BadQuery for a span of years typed backwards (令和5～4年度), which would otherwise be
    read as two years each required; the --year filter refuses it the same way."""
    ends = year_span_ends(word)
    if ends is None and (m := _BARE_SPAN.fullmatch(word)) and all(
            BARE_SPAN_YEARS[0] <= int(y) <= BARE_SPAN_YEARS[1] for y in m.groups()):
        ends = int(m[1]), int(m[2])  # 2020-2018: two years of the pages, typed backwards
    if ends is not None and ends[0] > ends[1]:
        from ictsearch.indexer.errors import BadQuery

        raise BadQuery(f"the span of years {word!r} runs backwards ({ends[0]} > {ends[1]}): write the earlier year first")


def year_span_ends(word: str) -> tuple[int, int] | None:
    """The two ends of a span of years as :func:`year_span` reads it (令和5~4年度 -> (2023, 2022)),
    unchecked: a filter value that runs backwards is refused as such, not as unreadable."""
    if not _YEARISH.search(word):
        return None
    m = _YEAR_SPAN.fullmatch(word) or _DOTTED_SPAN.fullmatch(word)
    if m is None or not (m[1] and m[2]) or (m[1].isdecimal() and m[2].isdecimal()):
        return None
    ends: list[int | None] = []
    for text in (m[1], m[2]):
        try:
            ends.append(query_year(text))
        except ValueError:
            ends.append(None)
    lo, hi = ends
    bare = _BARE_YEAR.fullmatch(m[2])
    if lo is not None and hi is None and bare is not None:
        # 令和4~5年度: the later end counts on in the earlier end's era.
        first = re.search(r"\d{1,2}|元", m[1])
        if first is not None and not m[1].isdecimal():
            hi = lo + int(bare[1]) - (1 if first[0] == "元" else int(first[0]))
    if lo is None or hi is None:
        return None
    return lo, hi


#: A year listed after an era year without the era: 5年度 of 令和4・5年度, 5 of 令和4・5・6年度, 5(2023)年度
#: of 令和4・5(2023)年度.
_LISTED_BARE_YEAR = LazyPattern(r"\d{1,2}(?:年度?$|$|[(（])")


def in_listed_era(era: str | None, text: str) -> tuple[str, str | None]:
    """A year of a list as it reads alone, and the era the next one inherits: a year written without
    its era is in the era of the year before it (令和4・5・6年度 → 令和4, 令和5, 令和6年度).  `era` is
    None for the first year of a list, or for a text that follows no year."""
    bare = era is not None and _LISTED_BARE_YEAR.match(text) is not None
    if bare:
        text = era + text
    m = _YEAR_SHAPED.fullmatch(text)
    return text, (m[1] if m and m[1] else era if bare else None)

#: What lists places or years as alternatives: 東北・関東の…, 宮城や岩手の…, 令和4年度と令和5年度の….
_LIST_GAP = re.compile(r"\s*(?:[・、,/]|と|や|または|もしくは|及び|および|か)\s*")


def listed_blocks(word: str) -> list[str] | None:
    """The blocks of a list of blocks that names one of the AMBIGUOUS_PLACE_WORDS (中国・四国,
    中国、四国地方, 中国や四国, 中国・四国・九州), else None.

    Alone, 中国 is China far more often than the block; listed with another block it is the block,
    as 中国四国 written together is.  Read as its own place, 「中国・四国 ブロードバンド」 required
    the word 中国 and found 5 White Paper sections, where 「中国四国地方 ブロードバンド」 found 41.
    Lists without such a word (東北・関東) are read place by place (:func:`metadata_spans`'s
    ``joined``); a list with a word that is no block (中国・韓国) is not read."""
    from ictsearch.indexer.metadata.regions import REGIONS

    from .facets import blocks_written_together

    for suffix in ("地方", "地域", "ブロック"):
        word = word.removesuffix(suffix)
    parts = _LIST_GAP.split(word)
    if len(parts) < 2 or not any(p in AMBIGUOUS_PLACE_WORDS for p in parts):
        return None
    blocks: list[str] = []
    for part in parts:
        found = [part] if part in REGIONS else blocks_written_together(part)
        if not found:
            return None
        blocks += [b for b in found if b not in blocks]
    return blocks if len(blocks) > 1 else None


#: An era year typed without 年 or 年度 (R5, 令和5, H30, R元), as --year and a word alone take it: at the
#: head of a word (R5予算, as memos write it) it is that 年度 too, unless a date goes on after it.
_ERA_YEAR_ALONE = LazyPattern(r"(?:令和|平成|昭和|[RHrh])(?:\d{1,2}|元)")
_DATE_GOES_ON = ("年", "月", "日", "度", "版", ".", "/", "-", "・")


def _is_kanji(ch: str) -> bool:
    """Whether ch is a kanji: what an era initial's year is the 年度 of (R5予算, R5補正), not a name's
    katakana (H3ロケット, H2ロケット: JAXA's launchers)."""
    return "\u4e00" <= ch <= "\u9fff" or ch == "々"


def _fiscal_year_head(word: str, run: list[Term]) -> list[list[Term]]:
    """A run split after the fiscal year it begins with (令和4年度|予算, 2022年度|補正予算, R5|予算): typed solid,
    「令和4年度予算」 is the 予算 of that 年度 as 「令和4年度の予算」 is, and required the text 令和4年度
    (11 of the real pages, 18 for 「令和4年度 予算」).  A date or a 年 glued to a word is a name and stays
    text (平成30年7月豪雨), and so is an edition (令和4年度版); a year read with what follows it
    (令和6年度以降, 今年度中) is read whole.  A 年度 named relative to today heads a word as well
    (来年度予算, 昨年度実績), but not a comparison (前年度比: the change over any year's year before)."""
    for k in range(1, len(run)):
        head = word[run[0].start:run[k - 1].end]
        if len(head) > 8:
            break
        if ((head.endswith("年度") or _ERA_YEAR_ALONE.fullmatch(head))
                and (_YEAR_SHAPED.fullmatch(head) or relative_year(head) and not word.startswith(COMPARISON_AFTER, run[k].start))
                and not word.startswith("版", run[k].start) and not word.startswith(_DATE_GOES_ON, run[k].start)
                and (head.endswith("年度") or not head[0].isascii() or _is_kanji(word[run[k].start]))  # not H3ロケット
                and (meta := understood(head)) is not None and _kind(meta[1]) == "year"
                and understood(word[run[0].start:run[k].end]) is None):  # 令和6年度以降: an open end, one reading
            return [run[:k], run[k:]]
    return [run]


def _before_except(word: str, run: list[Term]) -> list[list[Term]]:
    """A run split before the 以外 glued to the place or year it begins with (東京|以外, 東北地方|以外): read
    whole, 東京以外 was no place and stayed text, every page required to write 東京 and 以外.  Not a word
    that is no place or year (それ以外, 想定以外) nor a name the place is part of (東京都庁以外)."""
    for k in range(1, len(run)):
        if word.startswith(EXCEPT, run[k].start) and not run[k].sub:
            if understood(word[run[0].start:run[k - 1].end]) is not None:
                return [run[:k], run[k:]]
            break
    return [run]


def _listed_before_a_nendo(word: str, bounds: list[tuple[int, int]], i: int) -> bool:
    """Whether the four digits of bounds[i] are a year listed before a 年度 written in the same
    calendar: 2020 of 「2020・2021年度のテレワーク」 (also 2020、2021、2022年度, 2020と2021年度).  Read
    as a count, it was a word every page had to write beside fiscal year 2021, where 令和2・3年度
    finds the pages of either year."""
    if bare_year(word[bounds[i][0]:bounds[i][1]]) is None:
        return False
    for j in range(i + 1, len(bounds)):
        if not _LIST_GAP.fullmatch(word, bounds[j - 1][1], bounds[j][0]):
            return False
        text = word[bounds[j][0]:bounds[j][1]]
        if bare_year(text) is None:
            return text.endswith("年度") and bare_year(text[:-2]) is not None
    return False


class MetadataSpan(NamedTuple):
    """A region or year expression inside a longer typed word, read as :func:`understood` reads it alone."""

    start: int
    end: int
    text: str
    query: wq.Query
    read_as: str
    #: Listed with the span before it as its alternative (東北・関東): either may match.
    joined: bool = False
    #: A place the question moves away from (東京から地方へ, 東京を出て, 都会を離れて): where one comes
    #: from, not where the pages belong; compile_query lets it lift the pages of it, not require them.
    origin: bool = False
    #: The text searched for it when that is not `text`: 2020年度 for the 2020 of 2020・2021年度.
    searched: str | None = None
    #: Followed by 以外 (東京以外のテレワーク, 令和4年度以外): the pages it names are the ones not wanted;
    #: compile_query leaves it out as -東京 does.
    excluded: bool = False


#: What follows a place one moves away from: から (not a year's から, read as a span above),
#: を出て / を出る, を離れて.  Not より, which compares (東京より地方の方が).
_ORIGIN_AFTER = LazyPattern(r"\s*(?:から|を出|を離れ)")
#: What makes a から one of moving away: a move said after it (移住, 転居, 通勤, 帰省 …).  Without one, the
#: place is where the pages come from (長野県からのお知らせ, 東北から発信する, 長野県から県民の皆様へ): it filters.
_MOVING = LazyPattern(r"移住|移転|移り|移っ|移る|移動|転出|転居|転入|転勤|転職|引っ?越|通う|通っ|通勤|通学|避難|疎開"
                     r"|帰省|帰郷|上京|ターン|来る|来た|来て|出て|出る|離れ")


def _kind(read_as: str) -> str:
    """Which metadata a reading is about: places (region, prefecture) or fiscal years."""
    return "year" if read_as.startswith("fiscal_year") else "place"


def metadata_spans(word: str, terms: list[Term] | None = None) -> list[MetadataSpan]:
    """Region and year expressions set apart inside a phrase typed without spaces.

    「東北のテレワーク施策で令和4年度のもの」 holds 東北 and 令和4年度; each is a run of
    content units that particles, function words (における, もの) or the phrase's
    edges set apart, and that :func:`understood` reads as metadata on its own — so
    the exceptions are the spaced form's (中国 alone, city names).  Places or years listed
    with ・, や, と (東北・関東) are alternatives (``joined``).  A run glued to
    other content words is part of a name and stays text: 東北総合通信局,
    平成30年7月豪雨.
    """
    terms = analyze(word) if terms is None else terms
    runs: list[list[Term]] = []
    prev_end = -1
    for t in terms:
        if t.sub:
            continue
        if t.weak:
            prev_end = -1
            continue
        if runs and prev_end == t.start:
            runs[-1].append(t)
        else:
            runs.append([t])
        prev_end = t.end
    runs = [part for run in runs for part in _fiscal_year_head(word, run)]
    runs = [part for run in runs for part in _before_except(word, run)]
    bounds = [(run[0].start, run[-1].end) for run in runs]
    # 「令和4年度から令和5年度のテレワーク」: two years joined by から or a dash are one span of
    # years, not two years each required.
    for i in range(len(bounds) - 2, -1, -1):
        (start, _), (_, end) = bounds[i], bounds[i + 1]
        if _YEAR_SPAN_GAP.fullmatch(word, bounds[i][1], bounds[i + 1][0]):
            if year_span(word[start:end]) or bare_year_span(word[start:end]):
                bounds[i:i + 2] = [(start, end)]  # 2018〜2020のテレワーク too: two years of the pages
            else:
                refuse_backwards_span(word[start:end])
    # 「R6/4/1の防災訓練」: a day written with slashes or dots is one date (its 年度), not years listed
    # (R6, 4 → 令和4, 1 → 令和元) nor, for 2024/4/1, three numbers of the question.
    for i in range(len(bounds) - 1, -1, -1):
        for k in (2, 1):
            if i + k < len(bounds) and all(word[bounds[j][1]:bounds[j + 1][0]] in ("/", ".", "-") for j in range(i, i + k)) \
                    and day_forms(word[bounds[i][0]:bounds[i + k][1]]):
                bounds[i:i + k + 1] = [(bounds[i][0], bounds[i + k][1])]
                break
    # 「令和4年度からのテレワーク」: から and まで are particles, outside the run they open or close.
    # Only before の or at the end: 令和4年度から開始した事業 started in 令和4年度, and
    # 令和9年度までに is a target, not a span the pages belong to.
    for i, (start, end) in enumerate(bounds):
        after = word[end:end + 2]
        if (after in ("から", "まで") and word[end + 2:end + 3] in ("", "の")
                and year_span(word[start:end + 2])):
            bounds[i] = (start, end + 2)
    # 「中国・四国のブロードバンド」: blocks listed with 中国 are one place, read as 中国・四国 alone is.
    i = len(bounds) - 1
    while i > 0:
        for j in range(i - 1, -1, -1):
            if not _LIST_GAP.fullmatch(word, bounds[j][1], bounds[j + 1][0]):
                break
            if listed_blocks(word[bounds[j][0]:bounds[i][1]]):
                bounds[j:i + 1] = [(bounds[j][0], bounds[i][1])]
                i = j
                break
        i -= 1
    out: list[MetadataSpan] = []
    era = None  # the era of the year just read (令和 of 令和4), for a later year listed without it
    for i, (start, end) in enumerate(bounds):
        if start == 0 and end == len(word):
            continue  # the whole word: compile_query reads it as it is
        text = word[start:end]
        # 令和4・5年度, R4、5、6年度: a later year is written without its era, in the earlier one's.
        listed = era if out and _LIST_GAP.fullmatch(word, out[-1].end, start) else None
        read, era = in_listed_era(listed, text)
        # Four digits inside a phrase are a count or a code as often as a year (電話03-5253-2024,
        # 2024の相談): only a word typed alone is read as a bare year.
        searched = None
        if read.isdecimal() and _listed_before_a_nendo(word, bounds, i):
            read = searched = read + "年度"  # 2020 of 「2020・2021年度の…」 is 2020年度, as plans list years
        meta = understood(read) if not read.isdecimal() else None
        if meta is None or _kind(meta[1]) != "year":
            era = None
        if meta is not None:
            # 「東北・関東のテレワーク」 asks for pages of either block, not pages of both.
            joined = bool(out) and _kind(out[-1].read_as) == _kind(meta[1]) and bool(
                _LIST_GAP.fullmatch(word, out[-1].end, start))
            after = _ORIGIN_AFTER.match(word, end)
            origin = _kind(meta[1]) == "place" and after is not None and (
                not after[0].strip().startswith("から") or _MOVING.search(word, after.end()) is not None)
            excluded = word.startswith(EXCEPT, end)
            out.append(MetadataSpan(start, end, word[start:end], meta[0], meta[1], joined, origin and not excluded,
                                    searched, excluded))
    # 「東京や大阪から」: the places listed with an origin are origins too; 「東京・大阪以外」 leaves out both.
    for i in range(len(out) - 1, 0, -1):
        if out[i].origin and out[i].joined and not out[i - 1].origin:
            out[i - 1] = out[i - 1]._replace(origin=True)
        if out[i].excluded and out[i].joined and not out[i - 1].excluded:
            out[i - 1] = out[i - 1]._replace(excluded=True, origin=False)
    return out


#: What, right after a place or a year read in a phrase, makes it the one not wanted: 「東京以外のテレワーク」
#: asks for the pages of other places, and was read as 東京 required (31 of the 133 realdocs pages on
#: テレワーク, nearly all writing 東京).  Only after a place or year the query reads (東京, 令和4年度):
#: 以外 after other words (それ以外, 想定以外) stays text.
EXCEPT = "以外"
