"""The numbers Word draws before its numbered paragraphs (第1章, 1.2, (1), ア, ①).

Word does not store them in the text: a paragraph names a list (w:numPr, directly or through its
style, as 見出し 1 linked to 「第%1章」 does) and Word counts as it lays the page out.  Read without
them, a report's 「第2章 地域の取組」 was 「地域の取組」: a search for 第2章 or 2.3 missed it, and a
snippet did not say which section it was in.  Bullets give nothing (their sign is no word).

Counted in document order per list (the w:num instances of one w:abstractNum continue one another
unless one restarts a level with w:startOverride), a level restarting after any higher level's item.
A format this does not know gives no number, never a wrong one.
"""

from __future__ import annotations

import re

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_VAL = f"{{{W}}}val"

_KANJI = "〇一二三四五六七八九"
_AIUEO = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")
_IROHA = ("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン")
_TEN_STEMS = "甲乙丙丁戊己庚辛壬癸"


def _kanji(n: int) -> str:
    """一, 十, 二十三, 百五 (japaneseCounting)."""
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, value)
        if digit:
            out += ("" if digit == 1 else _KANJI[digit]) + unit
    return out + (_KANJI[n] if n else "")


def _letters(n: int, upper: bool) -> str:
    letter = chr((ord("A") if upper else ord("a")) + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, sign in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += sign * count
    return out


def _cycle(signs: str, n: int) -> str:
    return signs[(n - 1) % len(signs)]


#: w:numFmt → the number as Word writes it (what NFKC makes of it is what is searched).
_FORMATS = {
    "decimal": str,
    "decimalFullWidth": str,
    "decimalFullWidth2": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "japaneseCounting": _kanji,
    "japaneseDigitalTenThousand": lambda n: "".join(_KANJI[int(d)] for d in str(n)),
    "ideographDigital": lambda n: "".join(_KANJI[int(d)] for d in str(n)),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "aiueo": lambda n: _cycle(_AIUEO, n),
    "aiueoFullWidth": lambda n: _cycle(_AIUEO, n),
    "iroha": lambda n: _cycle(_IROHA, n),
    "irohaFullWidth": lambda n: _cycle(_IROHA, n),
    "ideographTraditional": lambda n: _cycle(_TEN_STEMS, n),
    "upperLetter": lambda n: _letters(n, True),
    "lowerLetter": lambda n: _letters(n, False),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}
_PLACE = re.compile(r"%([1-9])")


class _Level:
    def __init__(self, lvl):
        def val(tag: str, default: str | None = None) -> str | None:
            node = lvl.find(f"{{{W}}}{tag}")
            return node.get(_VAL, default) if node is not None else default

        self.start = int(val("start", "1") or 1)
        self.format = val("numFmt", "decimal")
        self.text = val("lvlText", "")
        self.suffix = val("suff", "tab")
        self.style = val("pStyle")
        restart = val("lvlRestart")
        self.restart = int(restart) if restart is not None and restart.isdigit() else None
        self.legal = lvl.find(f"{{{W}}}isLgl") is not None


class Numbering:
    """Counts a document's numbered paragraphs in the order they are given to number()."""

    def __init__(self, numbering_element, styles_element):
        self.lists: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for node in numbering_element.iterchildren(f"{{{W}}}abstractNum"):
            levels = {}
            for lvl in node.iterchildren(f"{{{W}}}lvl"):
                try:
                    levels[int(lvl.get(f"{{{W}}}ilvl", "0"))] = _Level(lvl)
                except ValueError:
                    continue
            abstract[node.get(f"{{{W}}}abstractNumId", "")] = levels
        for num in numbering_element.iterchildren(f"{{{W}}}num"):
            ref = num.find(f"{{{W}}}abstractNumId")
            if ref is None or ref.get(_VAL) not in abstract:
                continue
            overrides = {}
            for override in num.iterchildren(f"{{{W}}}lvlOverride"):
                start = override.find(f"{{{W}}}startOverride")
                if start is not None and (start.get(_VAL) or "").isdigit():
                    overrides[int(override.get(f"{{{W}}}ilvl", "0"))] = int(start.get(_VAL))
            self.lists[num.get(f"{{{W}}}numId", "")] = (ref.get(_VAL), abstract[ref.get(_VAL)], overrides)
        self.style_numbers = _style_numbers(styles_element)

    def number(self, p) -> str:
        """The number Word draws before paragraph `p` with its separator ("第1章 ", "(1)"), or ""."""
        if not self.lists:
            return ""
        num_id, level = self._list_of(p)
        if num_id not in self.lists:
            return ""
        abstract_id, levels, overrides = self.lists[num_id]
        if level not in levels:
            return ""
        # Instances of one list continue one another; one that restarts a level counts on its own.
        key = num_id if overrides else abstract_id
        counters = self.counters.setdefault(key, {})
        lvl = levels[level]
        start = overrides.get(level, lvl.start)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or restart > level:  # w:lvlRestart 0: never restarts
                del counters[deeper]
        if lvl.format in ("bullet", "none") or not lvl.text:
            return ""
        shown = []
        for k in range(9):
            if f"%{k + 1}" not in lvl.text:
                continue
            other = levels.get(k)
            if other is None:
                return ""
            value = counters.get(k, overrides.get(k, other.start))
            write = str if lvl.legal else _FORMATS.get(other.format)
            if write is None:
                return ""
            shown.append((k, write(value)))
        values = dict(shown)
        text = _PLACE.sub(lambda m: values.get(int(m.group(1)) - 1, ""), lvl.text)
        return text + ("" if lvl.suffix == "nothing" else " ")

    def _list_of(self, p) -> tuple[str | None, int]:
        ppr = p.find(f"{{{W}}}pPr")
        style_id = None
        if ppr is not None:
            style = ppr.find(f"{{{W}}}pStyle")
            style_id = style.get(_VAL) if style is not None else None
            num_pr = ppr.find(f"{{{W}}}numPr")
            if num_pr is not None:
                num_id = num_pr.find(f"{{{W}}}numId")
                ilvl = num_pr.find(f"{{{W}}}ilvl")
                if num_id is not None:
                    level = ilvl.get(_VAL, "0") if ilvl is not None else None
                    return num_id.get(_VAL), int(level) if level and level.isdigit() else self._style_level(num_id.get(_VAL), style_id)
        if style_id and style_id in self.style_numbers:
            num_id, level = self.style_numbers[style_id]
            return num_id, level if level is not None else self._style_level(num_id, style_id)
        return None, 0

    def _style_level(self, num_id: str | None, style_id: str | None) -> int:
        """The level of a list whose lvl names the paragraph's style (見出し 2 at the list's level 1)."""
        entry = self.lists.get(num_id or "")
        if entry and style_id:
            for k, lvl in entry[1].items():
                if lvl.style == style_id:
                    return k
        return 0


def _style_numbers(styles_element) -> dict[str, tuple[str, int | None]]:
    """Style id → (numId, ilvl or None) of the paragraph styles that number their paragraphs, a
    style without its own numPr taking its base style's (w:basedOn)."""
    if styles_element is None:
        return {}
    own: dict[str, tuple[str, int | None] | None] = {}
    based: dict[str, str] = {}
    for style in styles_element.iterchildren(f"{{{W}}}style"):
        sid = style.get(f"{{{W}}}styleId")
        if not sid:
            continue
        num_pr = style.find(f"{{{W}}}pPr/{{{W}}}numPr")
        entry = None
        if num_pr is not None:
            num_id = num_pr.find(f"{{{W}}}numId")
            ilvl = num_pr.find(f"{{{W}}}ilvl")
            if num_id is not None:
                level = ilvl.get(_VAL) if ilvl is not None else None
                entry = (num_id.get(_VAL), int(level) if level and level.isdigit() else None)
        own[sid] = entry
        base = style.find(f"{{{W}}}basedOn")
        if base is not None:
            based[sid] = base.get(_VAL)
    out = {}
    for sid in own:
        seen, at = set(), sid
        while at and at not in seen and own.get(at) is None:
            seen.add(at)
            at = based.get(at)
        if at and own.get(at) is not None and own[at][0] != "0":
            out[sid] = own[at]
    return out
