"""Japanese dates: era years in every written form, 西暦, fiscal years (年度).

Everything works on a *digit-folded* copy of the text (full-width digits made
ASCII), which has the same length, so spans point into the original text.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import NamedTuple

from ..lazy import LazyPattern

#: Era name -> Gregorian year of its year 1 (元年).
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
#: The day each era began (year, month, day), latest first: a day's era (2019/4/30 is 平成31年).
ERA_FIRST_DAYS = (("令和", (2019, 5, 1)), ("平成", (1989, 1, 8)), ("昭和", (1926, 12, 25)),
                  ("大正", (1912, 7, 30)), ("明治", (1868, 10, 23)))
#: Romanised initials used in abbreviations such as R3, H29, S63.
ERA_INITIALS = {"m": "明治", "t": "大正", "s": "昭和", "h": "平成", "r": "令和"}

_FOLD = str.maketrans("０１２３４５６７８９（）．／～　ＲＨＳＭＴＦＹｒｈｓｍｔｆｙ", "0123456789()./~ RHSMTFYrhsmtfy")
#: Whether a text has anything to fold: str.translate looks each character up (about 150 ns a
#: character of Japanese text), the pattern scans for them 50 times faster, and most of what is
#: folded (a date's 160 characters around it, 18,000 times on a page of dates) has none.
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "廿": 20, "卅": 30, "百": 100}

_NUM = r"(?:元|\d{1,2}|[〇一二三四五六七八九十廿卅]{1,4})"
#: An era's name, also letter-spaced as a PDF's cover or heading sets it (令 和 5 年 3 月).
_ERA = r"(?:明 ?治|大 ?正|昭 ?和|平 ?成|令 ?和)"
_SP = r"[ \t]*"
#: A bimonthly issue (広報○○ 令和3年3・4月号, 2023年12・1月合併号) is dated by its first month;
#: only before 月号, as 「令和5年4・5月に実施」 is a span of months, not a date.
_ISSUE_PAIR = rf"(?:[・･](?:\d{{1,2}}|[〇一二三四五六七八九十]{{1,2}})(?={_SP}月{_SP}(?:合併)?号))?"
_ERA_RE = LazyPattern(
    rf"(?P<era>{_ERA}){_SP}(?P<n>{_NUM}){_SP}年"
    rf"(?:{_SP}(?P<kind>度|版)|{_SP}(?P<m>{_NUM}){_ISSUE_PAIR}{_SP}月(?:{_SP}(?P<d>{_NUM}){_SP}日)?)?"
)
# R3年度, H29年, R4.6.1, R元年度, R元.5.7, R6/4/1 (an office sheet's day; with slashes only whole,
# not the end of a path) — a bare "R3" is too ambiguous in running text.
_ABBR_RE = LazyPattern(
    rf"(?<![A-Za-z0-9])(?P<i>[RHSrhs])\.?(?P<n>\d{{1,2}}|元)"
    rf"(?:{_SP}年(?:{_SP}(?P<kind>度)|{_SP}(?P<m>\d{{1,2}}){_SP}月(?:{_SP}(?P<d>\d{{1,2}}){_SP}日)?)?"
    rf"|\.(?P<m2>\d{{1,2}})(?:\.(?P<d2>\d{{1,2}}))?(?![\d.])"
    rf"|/(?P<m3>\d{{1,2}})/(?P<d3>\d{{1,2}})(?![\d/.]))"
)
# A bare R5 / H29 in a title or a heading that names what the year's work is (「北陸総合通信局 R5 取組」,
# 「信越総合通信局 H29 重点施策」, 「R6 事業計画」): a maintainer's note or memo heads its 年度 so, with no
# 年度 written.  Only before such a word (HEADING_FY_AFTER) and after the title's start, a space or a body's
# name; never after a road's, a model's or a count's word (国道R5, 型番 R5, 第R5回), nor before one that makes
# it a name of a thing (R5号, R5型, R5線, R5-2).  _ABBR_RE leaves a bare R3 to running text, where it is too
# ambiguous to read; only heading_fiscal_abbr reads this form, and only on a title.
HEADING_FY_AFTER = (r"(?:主な|主要)?(?:取組|取り組み|取組み|事業|重点|計画|報告|活動|予算|施策|方針|実績|概要"
                    r"|補正|当初|決算|目標|成果|総括|振り返り|まとめ)")
_HEADING_ABBR_RE = LazyPattern(
    rf"(?P<i>[RH])(?P<n>\d{{1,2}}|元)(?![\dA-Za-z.\-/_年])[ \t]*(?=[(（【\[]?{HEADING_FY_AFTER})"
)


#: What the abbreviation may follow: the title's start, a space or bracket, a body's name (…総合通信局R5取組 once
#: spaces between scripts are dropped); and what it may not: a road's, a model's or a count's word.
_HEADING_ABBR_AFTER = LazyPattern(r"(?:^|[\s#＃【\[(（「|｜:：]|[局省庁県府都道市町村区課室部会所署])$")
_HEADING_ABBR_NOT_AFTER = LazyPattern(r"(?:国道|県道|市道|町道|道道|型番|型式|品番|機種|第|No\.?)[ \t]*$", re.I)


def heading_fiscal_abbr(title: str) -> YearMention | None:
    """The 年度 a title or heading gives in the bare abbreviated form (the comment above _HEADING_ABBR_RE), or None."""
    folded = fold(title)
    for m in _HEADING_ABBR_RE.finditer(folded):
        before = folded[:m.start()]
        if _HEADING_ABBR_NOT_AFTER.search(before) or (before and not _HEADING_ABBR_AFTER.search(before)):
            continue
        n = m["n"]
        k = 1 if n == "元" else int(n)
        if k < 1:
            continue
        era = ERA_INITIALS[m["i"].lower()]
        if era_year(era, k) > latest_year() + 1:
            continue
        return YearMention(m.start(), m.end("n"), title[m.start():m.end("n")], era_year(era, k), "fiscal", None, None, era)
    return None


# 2023年度, 2023年10月19日, 2023 年 6 月; also 10(1998)年 whose 西暦 sits in brackets.
# The month and day may be kanji numerals, as a formal text writes all three (二〇二三年七月三日, the year
# turned to figures by _KANJI_AD_YEAR first).
_KANJI_MD = r"[〇一二三四五六七八九十]{1,3}"
_AD_RE = LazyPattern(
    rf"(?<!\d)(?:\d{{1,2}}{_SP}\({_SP})?(?P<y>(?:18|19|20)\d\d)(?:{_SP}\))?{_SP}年"
    rf"(?:{_SP}(?P<kind>度|版)|{_SP}(?P<m>\d{{1,2}}|{_KANJI_MD}){_ISSUE_PAIR}{_SP}月(?:{_SP}(?P<d>\d{{1,2}}|{_KANJI_MD}){_SP}日)?)?"
)
# FY2023, FY 2024, FY23, 2023FY: a 年度 in the English abbreviation (a slide's title, an English
# page's heading, a budget table's column: 「FY23 実績」, 「2023FY 計画」).  Capitals only and not inside
# an address (…/fy2021/…: a link's path names no 年度 of the page's).
# (Each look-behind follows what it guards, so that every alternative starts with a plain character
# and the engine skips the text to it: a look-behind in front made find_years a tenth slower.)
_FY_RE = LazyPattern(
    r"FY(?<![A-Za-z0-9/._-]FY)\s?(?:(?P<y>(?:19|20)\d\d)|(?P<yy>\d\d))(?![\d年/._-])"
    r"|(?P<y2>(?:19|20)\d\d)(?<![A-Za-z0-9/._-]\d{4})\s?FY(?![A-Za-z0-9])"
)
# 2023/02/09, 2023.2.9, 2023-02-09 — web pages' date furniture.
_NUMERIC_RE = LazyPattern(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d./-])")
# 09/02/2020 — month first, as the council-minutes systems many 議会 use print a 発言日 or 質問日
# (発言日: 09/02/2020 in a 令和2年9月 committee); a first number above 12 is the day (02/24/2023 is
# month first too, 24/02/2023 day first), and either way the year is the last number.
_NUMERIC_YEAR_LAST_RE = LazyPattern(r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d./-])")
# May 2018, April 1, 2023, 1 April 2023 — an English page's (or an English issue name's) date;
# the month is capitalised (an English text's "may" is no month).
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_EN_RE = LazyPattern(
    rf"(?<![A-Za-z0-9])(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_EN_MONTH})\.?|(?P<m2>{_EN_MONTH})\.?(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,)?)"
    rf"\s+(?P<y>(?:19|20)\d\d)(?!\d)",
    re.I,
)
#: A capitalised month name before a number: the case-insensitive pattern above costs a third of
#: find_years on a Japanese text, which has none.
_EN_HINT = LazyPattern(
    r"(?:J(?:an|AN|un|UN|ul|UL)|F(?:eb|EB)|M(?:ar|AR|ay|AY)|A(?:pr|PR|ug|UG)|S(?:ep|EP)|O(?:ct|CT)|N(?:ov|OV)|D(?:ec|EC))"
    r"[A-Za-z]*\.?\s+\d"
)
# 令和5.7.3 — the dotted form with the era written out (R5.7.3 is _ABBR_RE's).
_ERA_DOTTED_RE = LazyPattern(
    rf"(?P<era>{_ERA}){_SP}(?P<n>元|\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<d>\d{{1,2}})(?![\d.])"
)
# 令6.2.9, 平30.4.1, 昭63.4.1, 令6/2/9 — the era by its first character, as a list's narrow date column or a
# notice's stamp writes it; only a whole day, and not inside a word (法令6.2 is no date: the era's character must not
# follow another kanji, kana or letter).
_ERA_ONE_CHAR = {"令": "令和", "平": "平成", "昭": "昭和"}
_ERA_ONE_CHAR_RE = LazyPattern(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff々A-Za-z0-9])(?P<era>[令平昭])(?P<n>元|\d{1,2})"
    r"(?:\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])|/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?![\d/.]))"
)
# 令和元年09/19(木) — the era's year in words, the day in figures: a town site's list of notices (its
# CMS prints every entry so).  Read before _ERA_RE, which would take 令和元年 alone.
_ERA_YEAR_SLASH_RE = LazyPattern(
    rf"(?P<era>{_ERA}){_SP}(?P<n>元|\d{{1,2}}){_SP}年{_SP}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?![\d/.])"
)
# Both calendars in one date: 2023年(令和5年)7月3日, 令和5年(2023年)7月3日,
# 2023(令和5)年度, 2018年度(平成30年度), and with the era's initial as budget sheets and plans
# write it in a table's narrow column (R5(2023)年度, 2023(R5)年度, 2023年度(R5年度), H31(R1)年度).
# The bracketed half may drop its unit, as plans' 計画期間 write it (令和5年度(2023)～令和9年度(2027),
# 令和5年(2023)4月1日).  Read apart, each half is a year without its month, and the bracketed half
# of a 年度 stands between the year and what is said of it (「2018年度(平成30年度)は、」).
_YEAR_OF = (rf"(?:(?P<@era>{_ERA}){_SP}(?P<@n>{_NUM})|(?P<@i>[RHSrhs])(?<![A-Za-z0-9][RHSrhs])\.?(?P<@in>\d{{1,2}}|元)"
            rf"|(?P<@ad>(?:18|19|20)\d\d))")
# The first half is shared by both forms (read once per position: find_years's costliest pattern).
_DUAL_RE = LazyPattern(
    rf"{_YEAR_OF.replace('@', 'a')}(?:{_SP}年(?:{_SP}(?P<fy>度))?{_SP}\({_SP}{_YEAR_OF.replace('@', 'b')}(?P<bunit>{_SP}年(?(fy){_SP}度))?{_SP}\)"
    rf"|{_SP}\({_SP}{_YEAR_OF.replace('@', 'c')}{_SP}\){_SP}年)"
    rf"(?:{_SP}(?P<kind>度|版)|{_SP}(?P<m>{_NUM}){_ISSUE_PAIR}{_SP}月(?:{_SP}(?P<d>{_NUM}){_SP}日)?)?"
)
# 12年4月, 14年度 inside an era context (old White Papers drop the era name).
_BARE_RE = LazyPattern(rf"(?<![\d年.,])(?P<n>\d{{1,2}}){_SP}年(?:{_SP}(?P<kind>度)|{_SP}(?P<m>\d{{1,2}}){_SP}月(?:{_SP}(?P<d>\d{{1,2}}){_SP}日)?)")


class YearMention(NamedTuple):
    """One date or year written in the text."""

    start: int
    end: int
    text: str
    year: int  # Gregorian year (of the fiscal year when kind == "fiscal")
    kind: str  # "fiscal" (年度), "calendar" (年, 年月日) or "edition" (年版)
    month: int | None = None
    day: int | None = None
    era: str | None = None

    @property
    def fiscal_year(self) -> int:
        """The 年度 this mention falls in (April–March); a bare year counts as its own."""
        if self.kind == "calendar" and self.month is not None and self.month < 4:
            return self.year - 1
        return self.year


def fy_of_two_digits(yy: int) -> int:
    """The 年度 of FY23 (2023), FY98 (1998): in this century unless that lies past the latest year
    a document may name (see latest_year)."""
    return 2000 + yy if 2000 + yy <= latest_year() else 1900 + yy


def fold(text: str) -> str:
    """Full-width digits, brackets and letters to ASCII, keeping every offset."""
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


def kanji_number(s: str) -> int:
    """二十九 -> 29, 十 -> 10, 廿 -> 20, 三 -> 3, 元 -> 1, '12' -> 12."""
    if s == "元":
        return 1
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _KANJI_DIGITS:
            current = current * 10 + _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a kanji numeral: {s!r}")
    return total + current


def era_year(era: str, n: int) -> int:
    """Gregorian year of era year n: 平成29 -> 2017, 令和元 -> 2019."""
    return ERAS[era] - 1 + n


def _int(s: str | None) -> int | None:
    return None if s is None else kanji_number(s)


def _valid(month: int | None, day: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _kind(k: str | None) -> str:
    return {"度": "fiscal", "版": "edition"}.get(k or "", "calendar")


def _dual_era(m: re.Match, g: str) -> str | None:
    """The era of one half of a date in both calendars (令和 of 令和5 or of R5), None for its 西暦."""
    return _era(m[g + "era"]) or (ERA_INITIALS[m[g + "i"].lower()] if m[g + "i"] else None)


def _dual_year(m: re.Match, g: str) -> int | None:
    """The year one half of a date in both calendars names; None for an era's year 0."""
    if m[g + "ad"]:
        return int(m[g + "ad"])
    n = kanji_number(m[g + "n"] or m[g + "in"])
    return era_year(_dual_era(m, g), n) if n >= 1 else None


def _dual_halves(m: re.Match) -> tuple[str, str]:
    """The groups of the two halves of a _DUAL_RE match: ("a", "b") when each half has its unit
    (2023年度(令和5年度)), ("a", "c") when the bracket stands inside (令和5(2023)年度)."""
    return ("a", "b") if m["bn"] or m["bin"] or m["bad"] else ("a", "c")


def _era(name: str | None) -> str | None:
    """令 和 (letter-spaced) -> 令和."""
    return name.replace(" ", "") if name else name


#: Every written year has a digit (of any script: the patterns read \d) or an era name (令和五年, 平成元年)
#: or its initial (R元年度).
#: Checked first: most lines and query words have neither, and the date patterns cost
#: per character (the metadata rules ask about every line of a page's head).
_MAY_NAME_A_YEAR = re.compile(r"\d|明治|大正|昭和|平成|令和|[RHSrhsＲＨＳｒｈｓ][.．]?元|[一二][〇一二三四五六七八九]{3}\s*年")
#: A 西暦 year written in kanji digits (二〇一八年度, 二〇二三年三月): read as its ASCII digits, one for one.
_KANJI_AD_YEAR = LazyPattern(r"(?<![〇一二三四五六七八九十])[一二][〇一二三四五六七八九]{3}(?=\s*年)")
_KANJI_DIGIT = str.maketrans("〇一二三四五六七八九", "0123456789")


def find_years(text: str) -> list[YearMention]:
    """Every era, abbreviated or 西暦 date/year in text, in order of position."""
    if not _MAY_NAME_A_YEAR.search(text):
        return []
    folded = fold(text)
    if "一" in folded or "二" in folded:
        folded = _KANJI_AD_YEAR.sub(lambda m: m.group().translate(_KANJI_DIGIT), folded)
    out: list[YearMention] = []
    # Spans already taken, disjoint and sorted: a new one overlaps at most its
    # neighbours, found by bisection (a text naming a year 20,000 times stays fast).
    starts: list[int] = []
    ends: list[int] = []

    def add_at(start: int, end: int, year: int, kind: str, month, day, era) -> None:
        if not _valid(month, day):
            return
        i = bisect.bisect_left(starts, end)
        if i > 0 and ends[i - 1] > start:
            return
        starts.insert(i, start)
        ends.insert(i, end)
        out.append(YearMention(start, end, text[start:end], year, kind, month, day, era))

    def add(m: re.Match, year: int, kind: str, month, day, era) -> None:
        add_at(m.start(), m.end(), year, kind, month, day, era)

    def add_era(m: re.Match, era: str, n: str, kind: str, month, day) -> None:
        """An era year: no era has a year 0 (令和0年度 is a slip, not 平成30年度)."""
        if kanji_number(n) >= 1:
            add(m, era_year(era, kanji_number(n)), kind, month, day, era)

    for m in _DUAL_RE.finditer(folded):
        first, second = _dual_halves(m)
        y1, y2 = _dual_year(m, first), _dual_year(m, second)
        if y1 is None or y2 is None:
            continue  # R0(2018)年度: no era has a year 0 (see add_era)
        if m["fy"] and (m["kind"] or m["m"]):
            continue  # 2018年度(平成30年度)版: not a form documents use
        if y1 != y2 and second == "b" and not m["bunit"]:
            continue  # 令和5年度(2020): a bare number in brackets that is no year of it; the era's half is read below
        if second == "b" and not m["bunit"] and not m["kind"] and not m["m"] and folded[m.end():].lstrip(" 　").startswith("年"):
            continue  # 令和7年(2025)年度: the unit follows the bracket, so the era-less forms below read it whole
        if y1 != y2:
            # Two different years in one date is no date: either half may be the slip (a sheet carried
            # over from last year with one half updated), so each is a year of its own, without the
            # month.  Written whole (平成21年(2011年)7月24日, 令和5年度(2024年度)) the halves are read
            # below; the bracket inside (令和5(2024)年度, 令和5(2024)年7月) is split here, as the
            # era-less pattern read 5(2024)年度 as 2024 alone and 5(2024)年7月 as a day of 2024.
            if second == "c":
                split = folded.index("(", m.end("a" + ("ad" if m["aad"] else "n" if m["an"] else "in")))
                year_end = folded.index("年", split) + 1
                kind = _kind(m["kind"]) if not m["m"] else "calendar"
                end = m.end("kind") if m["kind"] else year_end
                add_at(m.start(), split, y1, kind, None, None, _dual_era(m, "a"))
                add_at(split, end, y2, kind, None, None, _dual_era(m, "c"))
            continue
        kind = "fiscal" if m["fy"] else _kind(m["kind"])
        add(m, y1, kind, _int(m["m"]), _int(m["d"]), _dual_era(m, first) or _dual_era(m, second))
    for m in _ERA_YEAR_SLASH_RE.finditer(folded) if "/" in folded else ():
        add_era(m, _era(m["era"]), m["n"], "calendar", int(m["m"]), int(m["d"]))
    for m in _ERA_RE.finditer(folded):
        add_era(m, _era(m["era"]), m["n"], _kind(m["kind"]), _int(m["m"]), _int(m["d"]))
    for m in _AD_RE.finditer(folded):
        add(m, int(m["y"]), _kind(m["kind"]), _int(m["m"]), _int(m["d"]), None)
    for m in _NUMERIC_RE.finditer(folded):
        add(m, int(m["y"]), "calendar", int(m["m"]), int(m["d"]), None)
    for m in _NUMERIC_YEAR_LAST_RE.finditer(folded):
        a, b = int(m["a"]), int(m["b"])
        month, day = (a, b) if a <= 12 else (b, a)
        add(m, int(m["y"]), "calendar", month, day, None)
    for m in _EN_RE.finditer(folded) if _EN_HINT.search(folded) else ():
        if not (m["m1"] or m["m2"])[0].isupper():
            continue  # 「… may 2018 …」 is no month
        month = _EN_MONTHS.index((m["m1"] or m["m2"])[:3].lower()) + 1
        day = m["d1"] or m["d2"]
        add(m, int(m["y"]), "calendar", month, int(day) if day else None, None)
    for m in _ERA_DOTTED_RE.finditer(folded):
        add_era(m, _era(m["era"]), m["n"], "calendar", int(m["m"]), int(m["d"]))
    for m in _ERA_ONE_CHAR_RE.finditer(folded):
        add_era(m, _ERA_ONE_CHAR[m["era"]], m["n"], "calendar", int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    for m in _ABBR_RE.finditer(folded):
        add_era(m, ERA_INITIALS[m["i"].lower()], m["n"], _kind(m["kind"]), _int(m["m"] or m["m2"] or m["m3"]),
                _int(m["d"] or m["d2"] or m["d3"]))
    for m in _FY_RE.finditer(folded):
        add(m, int(m["y"] or m["y2"]) if not m["yy"] else fy_of_two_digits(int(m["yy"])), "fiscal", None, None, None)
    # Era-less years take the era last named before them (平成 White Papers write 12年4月).
    eras = sorted((y.start, y.era) for y in out if y.era in ("昭和", "平成", "令和"))
    if eras:
        positions = [pos for pos, _ in eras]
        for m in _BARE_RE.finditer(folded):
            k = bisect.bisect_right(positions, m.start()) - 1
            if k >= 0:
                add_era(m, eras[k][1], m["n"], _kind(m["kind"]), _int(m["m"]), _int(m["d"]))
    out.sort(key=lambda y: y.start)
    return out


class Mismatch(NamedTuple):
    """A date in both calendars whose halves disagree: 令和5(2024)年度 is 2023 and 2024."""

    start: int
    end: int
    text: str
    years: tuple[int, int]


def mismatched_years(text: str) -> list[Mismatch]:
    """Every date in both calendars in text whose halves name different years."""
    if "(" not in text and "（" not in text:
        return []
    out = []
    for m in _DUAL_RE.finditer(fold(text)):
        first, second = _dual_halves(m)
        y1, y2 = _dual_year(m, first), _dual_year(m, second)
        if None not in (y1, y2) and y1 != y2:
            out.append(Mismatch(m.start(), m.end(), text[m.start():m.end()], (y1, y2)))
    return out


def mismatch_message(value: str, years: tuple[int, int]) -> str:
    """Why 令和5(2024)年度 is no year, said the same way to --year, a sidecar and a query."""
    return (f"{value.strip()!r} names two years, {years[0]} in one calendar and {years[1]} in the other: "
            f"give the one meant ({years[0]} or {years[1]})")


_RANGE_SPLIT = LazyPattern(r"\s*(?:\.\.|~|〜|～|ー|-|–|—|から)\s*")
#: An era written out takes up to three digits, so that 令和100 is refused for what it is (2118, too
#: late) and 昭和100 (2025, as some still count) is read, not called unreadable.  An initial takes two:
#: S100 or T100～T200 in a query is a model's name, which a third digit would read as 2025 or 2011.
_Q_ERA = LazyPattern(r"^(明治|大正|昭和|平成|令和)\s*(元|\d{1,3}|[〇一二三四五六七八九十廿卅]{1,4})\s*(年度|年版|年)?$")
_Q_ABBR = LazyPattern(r"^([rhstmRHSTM])\.?\s*(\d{1,2}|元)\s*(年度|年版|年)?$", re.I)
# Any four digits, so that 2117 is refused for what it is (too late), not as unreadable.
_Q_AD = LazyPattern(r"^(?:fy\s*)?(\d{4})\s*(年度|年版|年|fy)?$", re.I)
#: FY23, as a budget table heads its column (the 年度 2023).
_Q_FY_SHORT = LazyPattern(r"^fy\s*(\d{2})$", re.I)


def parse_year(value: str) -> int:
    """One query-side year: 2021, 令和3, R3, R元, 令和3年度, H29, 平成元年 -> Gregorian year."""
    v = fold(value.strip())
    if m := _Q_AD.match(v):
        return _checked_year(int(m[1]), value)
    if m := _Q_FY_SHORT.match(v):
        return _checked_year(fy_of_two_digits(int(m[1])), value)
    if m := _Q_ERA.match(v):
        return _checked_era_year(m[1], kanji_number(m[2]), value)
    if m := _Q_ABBR.match(v):
        return _checked_era_year(ERA_INITIALS[m[1].lower()], kanji_number(m[2]), value)
    if "(" in v:
        # One year in both calendars, as plans and budget sheets write a 年度 (令和5(2023)年度,
        # 2023(令和5)年度, 2023年度(令和5年度)): read as the text reads it, when it is one mention.
        whole = [y for y in find_years(v) if (y.start, y.end) == (0, len(v))]
        if len(whole) == 1:
            return _checked_year(whole[0].year, value)
        if (disagree := mismatched_years(v)) and (disagree[0].start, disagree[0].end) == (0, len(v)):
            # A document writing it names no year (find_years); a filter or a sidecar is told why.
            raise ValueError(mismatch_message(value, disagree[0].years))
    raise ValueError(
        f"cannot read {value!r} as a year: use 2021, 令和3, R3, 令和3年度, H29, "
        "or a range such as 2019..2023 or 平成30..令和2"
    )


#: Bounds of an open range (2019.., ..2000).
MIN_YEAR, MAX_YEAR = 1868, 2200
#: How far past this year a document's own year may lie: a budget request or a plan
#: is filed under a 年度 a year or two ahead, a long-range plan under its target year.
#: An era year is not checked against its era's end: documents written before a change
#: of era go on counting in it (the White Papers in shared/corpus write 平成32年度 for
#: 2020 and, in projections, up to 平成72年 for 2060), so the bound is on the year itself.
FUTURE_YEARS = 10


def latest_year() -> int:
    """The latest year a document, a sidecar or a filter may name as a document's year."""
    return date.today().year + FUTURE_YEARS


def _checked_year(year: int, value: str) -> int:
    """year, or a ValueError saying why no document can have it (令和99 is 2117)."""
    if not MIN_YEAR <= year <= latest_year():
        read = f"{value!r}" if value.strip() == str(year) else f"{value!r} is {year}"
        raise ValueError(f"{read}: a document's year lies between {MIN_YEAR} and {latest_year()}")
    return year


def _checked_era_year(era: str, n: int, value: str) -> int:
    if n < 1:
        raise ValueError(f"{value!r}: era years start at 1 (元年)")
    return _checked_year(era_year(era, n), value)


def year_range_text(lo: int, hi: int) -> str:
    """How a range of years reads back: 2022, 2018..2020, and an open end left open (2022..,
    ..2019), not as the stand-in bound (2022..2200)."""
    if lo == hi:
        return str(lo)
    return f"{'' if lo <= MIN_YEAR else lo}..{'' if hi >= MAX_YEAR else hi}"


#: The later end of a range written without its era (令和3..4, R3..4): counted in the first end's era.
_Q_BARE = LazyPattern(r"^(\d{1,2})\s*(年度|年)?$")


def _later_end(first: str, later: str) -> int:
    """The year `later` names as the end of a range that starts at `first`: a year of its own
    (2023, 令和5, R5), or a bare era year counted in the era `first` is written in (令和3..4 is
    2021..2022, as the query reads 令和3~4年度)."""
    bare = _Q_BARE.match(later)
    if bare is None:
        return parse_year(later)
    if m := _Q_ERA.match(first):
        return _checked_era_year(m[1], int(bare[1]), later)
    if m := _Q_ABBR.match(first):
        return _checked_era_year(ERA_INITIALS[m[1].lower()], int(bare[1]), later)
    return parse_year(later)


def parse_year_range(value: str) -> tuple[int, int]:
    """"2021" -> (2021, 2021); "2019..2023", "平成30..令和2" -> (lo, hi); "2019.." and "..2000" are open."""
    v = fold(value.strip())
    parts = _RANGE_SPLIT.split(v) if not _Q_ERA.match(v) else [v]
    if len(parts) == 2 and (parts[0] == "") != (parts[1] == ""):
        lo = parse_year(parts[0]) if parts[0] else MIN_YEAR
        hi = parse_year(parts[1]) if parts[1] else MAX_YEAR
        return lo, hi
    parts = [p for p in parts if p]
    if len(parts) == 1:
        y = parse_year(parts[0])
        return y, y
    if len(parts) == 2:
        lo, hi = parse_year(parts[0]), _later_end(parts[0], parts[1])
        if lo > hi:
            raise ValueError(f"year range {value!r} runs backwards ({lo} > {hi})")
        return lo, hi
    raise ValueError(f"cannot read {value!r} as a year or a range lo..hi")
