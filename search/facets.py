"""Facets: region (地域), prefecture (都道府県), fiscal year (年度) and theme (テーマ).

Each facet is a small class over a field of ``indexer.fields``: it reads a
filter value (``--region 宮城``, ``year:2019..2023``, ``--theme none``) into a
Whoosh query, and names the field its values are counted on (search.counting
counts them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as wq

from ictsearch.indexer.errors import UnknownFacetValue
from ictsearch.indexer.fields import FIELDS_BY_NAME, Field
from ictsearch.indexer.lazy import LazyPattern
from ictsearch.indexer.metadata import NONE_WORDS
from ictsearch.indexer.metadata.eras import MAX_YEAR, MIN_YEAR, latest_year, year_range_text
from ictsearch.indexer.normalize import normalize_query


#: Filter values that select the documents with no value for a facet: the words a sidecar or a
#: metadata.csv clears a value with, so --theme なし finds what themes = "なし" left.
NONE_VALUES = NONE_WORDS
#: How a missing value is shown in text output.
NONE_LABEL = "不明"
#: Values shown per facet after a search; `ictsearch facets` shows all.
TOP_VALUES = 10


@dataclass(frozen=True)
class Facet:
    """A filterable, countable field."""

    #: Name in the JSON facets, the Python API's keyword and the CLI option.
    name: str
    #: The indexed field its values are counted on.
    field: str
    #: Names accepted before a colon in a query (region:東北).
    query_names: tuple[str, ...]
    #: An example value for messages.
    example: str
    #: Filters of one group are OR-ed together (a region or a prefecture).
    group: str = ""

    @property
    def label(self) -> str:
        return FIELDS_BY_NAME[self.field].label

    @property
    def spec(self) -> Field:
        return FIELDS_BY_NAME[self.field]

    @property
    def group_name(self) -> str:
        return self.group or self.name

    def query(self, value) -> tuple[wq.Query, object]:
        """(query selecting the documents with this value, the value as shown); UnknownFacetValue if invalid."""
        if isinstance(value, str):
            # Normalized as a query is: --theme ＤＸ is --theme DX, --theme テレワ－ク is テレワーク.
            value = normalize_query(value)
        if isinstance(value, str) and not value.strip():
            # --region "$REGION" with REGION unset was "unknown region or prefecture ''" and a list of 70 names.
            raise UnknownFacetValue(f"the {self.name} filter is empty: give one such as {self.example}, or none for "
                                    f"the documents without one, or leave it out")
        if isinstance(value, str) and value.strip().casefold() in NONE_VALUES:
            # Every document that has no term in the field.
            return wq.And([wq.Every(), wq.Not(wq.Every(self.field))]), NONE_LABEL
        return self.parse(value)

    def parse(self, value) -> tuple[wq.Query, object]:
        raise NotImplementedError

    def sort_key(self, value: str, count: int):
        return (-count, value)


#: What lists places in one filter value: 九州・沖縄, 東北、関東, 東北,関東, 九州 沖縄 (no place name
#: holds a space).
_PLACE_LIST = LazyPattern(r"\s*[・、,/|]\s*|\s+")


def year_without_its_part(value: str) -> str | None:
    """The 年度 of a value ending in a part of it (令和3年度上期, 2023年度 第3四半期, R5 Q3: search/query.py
    YEAR_PART), or None."""
    from .query import YEAR_PART

    text = value.strip()
    for m in YEAR_PART.finditer(text):
        year = text[:m.start()].strip()
        if m.end() == len(text) and year and (year[-1].isdigit() or year.endswith(("年度", "年"))):
            return year
    return None


#: An ellipsis (…, NFKC's ..., full-width ．．．) opening or closing a --year value: an open range's "..".
_OPEN_ELLIPSIS = LazyPattern(r"^\s*(?:[.．]{3,}|…+)\s*(?=[0-9０-９令平昭RHSrhsＲＨＳFf])|(?<=[0-9０-９元年度])\s*(?:[.．]{3,}|…+)\s*$")


def blocks_written_together(value: str) -> list[str] | None:
    """中国四国, 九州沖縄, 北海道東北(地方): blocks written one after another, as a bureau's or a council's
    name joins them (中国四国農政局, 九州沖縄地域): the blocks, or None if value is not such a run."""
    from ictsearch.indexer.metadata.regions import REGIONS

    for suffix in ("地方", "地域", "ブロック"):
        value = value.removesuffix(suffix)
    blocks: list[str] = []
    while value:
        block = next((b for b in REGIONS if value.startswith(b)), None)
        if block is None:
            return None
        blocks.append(block)
        value = value[len(block):]
    return blocks if len(blocks) > 1 else None


def areas_written_together(value: str):
    """関東甲信越, 関東甲信(地方): a block and an area of several places (甲信越, 甲信: place_group)
    written one after another, as 気象庁's 関東甲信地方 and many councils' 関東甲信越ブロック join them,
    read as one PlaceGroup covering each; None if value is no such run (blocks alone are
    :func:`blocks_written_together`'s).  `--region 関東甲信越` was "unknown region or prefecture"
    and the query word text only, where `--region 関東・甲信越` was read."""
    from ictsearch.indexer.metadata.regions import REGIONS, PlaceGroup, place_group

    name = value.strip()
    for suffix in ("地方", "地域", "地区", "ブロック", "管内"):
        name = name.removesuffix(suffix)

    def pieces(rest: str) -> list | None:
        if not rest:
            return []
        for size in range(min(len(rest), 5), 1, -1):  # the longest name first: 甲信越 before 甲信
            head = rest[:size]
            piece = head if head in REGIONS else place_group(head)
            if piece is not None and (tail := pieces(rest[size:])) is not None:
                return [piece, *tail]
        return None

    found = pieces(name) if len(name) <= 12 else None
    if not found or len(found) < 2 or all(isinstance(p, str) for p in found):
        return None
    blocks = {b for p in found for b in ((p,) if isinstance(p, str) else p.blocks)}
    prefectures = dict.fromkeys(pref for p in found if not isinstance(p, str) for pref in p.prefectures)
    return PlaceGroup(value.strip(), tuple(b for b in REGIONS if b in blocks), tuple(prefectures))


def _with_near(message: str, typed: str, values: tuple[str, ...], limit: int = 2, as_read=None, keep=None) -> str:
    """An unread filter value's message with the values it is a near spelling of, after the value as the
    themes' is (unknown region or prefecture '東比' (did you mean 東北, 東海?)), offered as a query word
    that finds nothing is answered (search/suggest.py); unchanged when the message already says what was
    meant (仙台: did you mean 仙台市) or nothing is near."""
    from .suggest import near_values

    typed = typed.strip()
    key = as_read(typed) if as_read else typed
    near = [] if "did you mean" in message or " is a " in message else near_values(key, values, limit=limit + 2)
    if not (near := [v for v in near if keep is None or keep(key, v)][:limit]):
        return message
    hint = f" (did you mean {', '.join(near)}?)"
    head, sep, rest = message.partition(repr(typed))
    return f"{head}{sep}{hint}{rest}" if sep else f"{message}{hint}"


def _place_names() -> tuple[str, ...]:
    from ictsearch.indexer.metadata.regions import REGIONS, gazetteer

    return tuple(REGIONS) + tuple(gazetteer().prefectures)


def _numerals_as_digits(value: str) -> str:
    """A year's kanji numerals as digits (令和五年渡 → 令和5年渡), as the names it is compared with write them:
    令和五年渡 was two edits from 令和2年度 as from 令和5年度, and offered 令和2年度."""
    from ictsearch.indexer.metadata.eras import kanji_number

    return re.sub("[〇一二三四五六七八九十]+", lambda m: str(kanji_number(m[0])), value)


def _same_digits(typed: str, value: str) -> bool:
    """Whether a near year keeps every digit and the era typed (in order; a letter O typed for 0 or a digit left out may
    be added): a year one digit off is another year, and 令和20年渡 (out of range) was answered 令和10年度,
    2038年渡 2008年度, 平成40年渡 平成10年度."""
    from ictsearch.indexer.metadata.eras import ERAS

    rest = iter(re.sub(r"\D", "", value))
    # Nor another era for an era typed right: 令和20年渡 was answered 昭和20年度 (令話5年度 is still 令和5年度).
    return all(d in rest for d in re.sub(r"\D", "", typed)) and all(e in value for e in ERAS if e in typed)


def _year_names() -> tuple[str, ...]:
    """Each fiscal year a filter takes, as 2023年度 and in its era (令和5年度, 令和元年度 also as 平成31年度)."""
    from ictsearch.indexer.metadata.eras import ERAS

    names: list[str] = []
    for year in range(MIN_YEAR, latest_year() + 1):
        era = max((e for e, first in ERAS.items() if first <= year), key=ERAS.get)
        n = year - ERAS[era] + 1
        names += [f"{year}年度", f"{era}{'元' if n == 1 else n}年度"]
        if n == 1 and era != "明治":  # the old era's last year, as many documents still name it
            old = max((e for e, first in ERAS.items() if first < ERAS[era]), key=ERAS.get)
            names.append(f"{old}{year - ERAS[old] + 1}年度")
    return tuple(names)


class PlaceFacet(Facet):
    """Region or prefecture: either is accepted, and matched on the field it names."""

    def parse(self, value):
        from ictsearch.indexer.metadata import resolve_region
        from ictsearch.indexer.metadata.regions import place_group

        parts = [p for p in _PLACE_LIST.split(str(value).strip()) if p]
        if len(parts) > 1 or (parts and parts[0] != str(value).strip()):  # 東北・関東, and 東北・ as 東北
            # 九州・沖縄, 東北、関東: places listed as the query reads 「東北・関東のテレワーク」 and a
            # metadata.csv cell lists them, either one (no place name holds ・ or 、).
            read = [self.query(p) for p in parts]
            return wq.Or([q for q, _ in read]), "・".join(str(shown) for _, shown in read)
        if group := place_group(str(value)):
            return self._group(group)
        try:
            kind, name = resolve_region(str(value))
        except ValueError as e:
            if blocks := blocks_written_together(str(value).strip()):
                return self.parse("・".join(blocks))
            if group := areas_written_together(str(value)):
                return self._group(group)
            raise UnknownFacetValue(_with_near(str(e), str(value), _place_names())) from None
        if self.name == "prefecture" and kind == "region":
            # 北海道 and 沖縄 name a block and a prefecture (北海道, 沖縄県): asked for as a
            # prefecture, they are the prefecture the facets list.
            from ictsearch.indexer.metadata.regions import resolve_prefecture

            try:
                pref = resolve_prefecture(str(value))
            except ValueError:
                raise UnknownFacetValue(f"{value!r} is a region, not a prefecture: filter it with region={name!r} "
                                        f"(in a query region:{name}, on the command line --region {name})") from None
            return wq.Term("prefecture", pref), pref
        return wq.Term("region" if kind == "region" else "prefecture", name), name

    def _group(self, group):
        """北信越 (北陸 and 信越 whole), 甲信越 (信越 and 山梨県), 山陰 (鳥取県, 島根県): the pages of the
        blocks it covers whole, the bureaus' own ones too, and of its other prefectures only."""
        if self.name == "prefecture" and group.blocks:
            raise UnknownFacetValue(f"{group.name!r} names whole regions ({group.read_as}), not only prefectures: "
                                    f"filter it with region={group.name!r}")
        terms = [wq.Term("region", b) for b in group.blocks] + [wq.Term("prefecture", p) for p in group.prefectures]
        return (terms[0] if len(terms) == 1 else wq.Or(terms)), f"{group.name} ({group.read_as})"


class YearFacet(Facet):
    """Fiscal year: 2021, 令和3, R3, ranges 2019..2023 and (2019, 2023)."""

    def parse(self, value):
        from ictsearch.indexer.metadata import parse_year_range

        if isinstance(value, tuple) and len(value) == 2 and any(isinstance(v, str) for v in value):
            # ("2019", "2023") or ("令和3", "令和5"): read from a form or a config file, a range as
            # (2019, 2023) is; each end as --year reads it, and an empty one (a form's field left
            # blank: ("", "2023")) is open, as None is.
            value = tuple((_one_year(v) if v.strip() else None) if isinstance(v, str) else v for v in value)
        if isinstance(value, (int, float, tuple)):
            lo, hi = value if isinstance(value, tuple) and len(value) == 2 else (value, value)
            given = [y for y in (lo, hi) if y is not None] if isinstance(value, tuple) else [lo, hi]
            if len(given) == 2 and all(_is_year(y) for y in given) and lo > hi:
                # As the text forms say it (2024..2023, 令和5~4): the years are fine, their order is not.
                raise UnknownFacetValue(f"fiscal_year range {value!r} runs backwards ({lo} > {hi}): give (low, high)")
            if not given or not all(_is_year(y) for y in given):
                raise UnknownFacetValue(
                    f"fiscal_year {value!r} is not a year or a (low, high) range of years "
                    f"between {MIN_YEAR} and {latest_year()}; strings such as 令和3, 2019..2023 or none work too"
                )
            # (2021, None) is 2021.. and (None, 2021) ..2021, with the stand-in bounds the text forms get.
            lo, hi = (MIN_YEAR if lo is None else lo), (MAX_YEAR if hi is None else hi)
        else:
            from ictsearch.indexer.normalize import ellipsis_spans

            value = ellipsis_spans(str(value))  # 2019…2023 as 2019..2023
            # An open end typed so (2019…, …2019), as 2019.. and ..2019 are: "cannot read '.' as a year".
            value = _OPEN_ELLIPSIS.sub("..", value)
            try:
                lo, hi = parse_year_range(str(value))
            except ValueError as e:
                # As a query word is read (令和4年度以降, R5まで, 令和4～5年度, 今年度, 昨年度以降): --year
                # takes what the text takes.
                from .understand import filters_from_today, relative_year, year_span, year_span_ends

                with filters_from_today():
                    relative = relative_year(str(value).strip())
                    span = (relative[0], relative[0]) if relative is not None else year_span(str(value))
                    ends = year_span_ends(str(value)) if span is None else None
                if span is None:
                    if ends is not None and ends[0] > ends[1]:  # 令和5～4年度: read, but backwards
                        raise UnknownFacetValue(f"year range {value!r} runs backwards ({ends[0]} > {ends[1]})") from None
                    listed = self._listed(str(value))
                    if listed is None:
                        if (year := year_without_its_part(str(value))) is not None:
                            # --year 令和3年度上期 (the query reads it, the half optional): the 年度, with a
                            # note (api.filter_notes), as documents are placed by 年度, not by its half.
                            return self.parse(year)
                        message = str(e)
                        if message.startswith("cannot read '") and ": " in message and (
                                not re.search(r"[0-9０-９元]", value) or re.search(r"[ァ-ヺ]ー", value)):
                            # --year テレワーク, ローカル5G (a word for the query typed as the option's
                            # value) was "cannot read 'テレワ' as a year": a katakana ー read as a range's dash.
                            message = f"cannot read {value.strip()!r} as a year: {message.split(': ', 1)[1]}"
                        if message.startswith("cannot read "):  # not a year read and out of range (令和100 is 2118)
                            message = _with_near(message, str(value), _year_names(), limit=1, as_read=_numerals_as_digits,
                                                 keep=_same_digits)
                        raise UnknownFacetValue(message) from None
                    return listed
                lo, hi = span
        return wq.NumericRange(self.field, lo, hi), (lo if lo == hi else year_range_text(lo, hi))

    def _listed(self, value: str) -> tuple[wq.Query, str] | None:
        """Years listed as the query reads them (令和4・5年度, R4、5年度, 2022,2023): either one, as
        --region 九州・沖縄 is either block; a later year written without its era is in the earlier
        one's.  None when value is no such list (the caller's error then says what --year takes)."""
        from .understand import _YEAR_SHAPED, day_forms, in_listed_era

        parts = [p for p in _PLACE_LIST.split(value.strip()) if p]
        if len(parts) == 1 and parts[0] != value.strip() and not day_forms(value.strip()):
            return self.query(parts[0])  # 2023, (a script's list joined) as --region 東北, is 東北
        if len(parts) < 2 or not value.strip().endswith(parts[-1]) or day_forms(value.strip()):
            return None  # R6/4/1 is a day, not 令和6, 4 and 1: refused as 2024/4/1 is
        read, era = [], None
        for part in parts:
            text, era = in_listed_era(era, part)  # 5 of 令和4・5・6年度 is 令和5
            try:
                read.append(self.query(text))
            except UnknownFacetValue:
                if text != part or _YEAR_SHAPED.fullmatch(text):
                    raise  # a year of the list no document can have (令和4・令和99, 令和4・5(2024)): its own message
                return None
        return wq.Or([q for q, _ in read]), "・".join(str(shown) for _, shown in read)

    def sort_key(self, value: str, count: int):
        return (-count, -int(value))


#: Themes listed in one value (IoT,防災, IoT、防災 or IoT 防災, as manual metadata lists them), as
#: --region and --year take lists.  Not ・: theme names hold it (防災・減災); no name or alias holds a
#: space (indexer/metadata/data/themes.toml).
_THEME_LIST = LazyPattern(r"\s*[,、，]\s*|\s+")


class ThemeFacet(Facet):
    def parse(self, value):
        parts = [p for p in _THEME_LIST.split(str(value).strip()) if p]
        if len(parts) > 1:
            read = [self.query(p) for p in parts]  # each may be none too
            return wq.Or([q for q, _ in read]), "、".join(dict.fromkeys(str(name) for _, name in read))
        return self._one(str(value))

    def _one(self, value: str):
        from ictsearch.indexer.metadata import resolve_theme

        try:
            name = resolve_theme(value)
        except ValueError as e:
            raise UnknownFacetValue(_theme_word_hint(value) or str(e)) from None
        return wq.Term(self.field, name), name


def _theme_word_hint(value: str) -> str | None:
    """Why a theme filter of one of a theme's words found nothing: --theme ドローン is no theme,
    but a word that counts for AI・先端技術 (the error listed the 25 themes, none of them ドローン)."""
    from ictsearch.indexer.metadata.themes import THEMES, _forms, taxonomy

    if not value.strip():
        return None
    tax = taxonomy()
    forms = _forms(value.strip())
    found = [THEMES[i] for form in forms for pattern, i, weight, _ in tax.patterns.get(form[0], ())
             if pattern == form and weight > 0]
    names = list(dict.fromkeys(found))
    if not names:
        return None
    which = f"the theme {names[0]!r}" if len(names) == 1 else "the themes " + ", ".join(map(repr, names))
    return (f"unknown theme {value!r}: it is a word that counts for {which} (filter on that, or search "
            f"for the word itself); valid themes: {', '.join(THEMES)}")


def _one_year(text: str) -> int | str:
    """The year a string names (2019, 令和3, R3), or the string itself when it names no one year."""
    from ictsearch.indexer.metadata import parse_year_range

    try:
        lo, hi = parse_year_range(text)
    except ValueError:
        return text
    return lo if lo == hi else text


def _is_year(y) -> bool:
    return isinstance(y, int) and not isinstance(y, bool) and MIN_YEAR <= y <= latest_year()


FACETS: tuple[Facet, ...] = (
    PlaceFacet("region", "region", ("region",), "東北"),
    PlaceFacet("prefecture", "prefecture", ("prefecture",), "宮城県", group="region"),
    YearFacet("fiscal_year", "fiscal_year", ("year", "fiscal_year"), "2019..2023"),
    ThemeFacet("theme", "themes", ("theme",), "防災"),
)
FACETS_BY_NAME: dict[str, Facet] = {f.name: f for f in FACETS}
#: Query-language field name (region:, year: …) -> facet; also each facet's label (地域:, 年度:,
#: テーマ:, 都道府県:), as the facet counts after every search name them: 「テレワーク 年度:2022」
#: searched the words 年度 and 2022.
FACET_OF_QUERY_NAME: dict[str, Facet] = {n: f for f in FACETS for n in (*f.query_names, f.label)}


def as_values(value, facet: Facet | None = None) -> list:
    """Filter values as a list: one value, a (lo, hi) year range, or several of either.

    A pair of strings is a range for the year facet ("2019", "2023") and two values for the others
    (("東北", "関東"))."""
    if value is None:
        return []
    if isinstance(value, (bytes, bytearray)):
        # Listed, bytes are numbers: region=b"\xe6\x9d\xb1..." was "unknown region '230'".
        raise UnknownFacetValue(f"{value!r} is bytes: give the filter value as text (str)")
    if isinstance(value, (str, int, float)) or (
        isinstance(value, tuple) and len(value) == 2
        and all(isinstance(v, int) or v is None or (isinstance(v, str) and isinstance(facet, YearFacet)) for v in value)
    ):
        return [value]
    try:
        return list(value)
    except TypeError:
        raise UnknownFacetValue(f"{value!r} is not a filter value or a list of them") from None


def filter_query(given: dict[str, object], extra=()) -> tuple[wq.Query | None, dict[str, list]]:
    """The Whoosh filter for facet values, and the values applied per group (as shown).

    given: facet name -> a value or a list of values (the Python API's keywords);
    extra: ``search.query.Filter`` items from the query text (region:東北).
    OR within a group, AND across groups.  Region and prefecture are one group, their values OR-ed
    (東北 or 大阪府); but a none on one of them ANDs with the other's values: 都道府県:none with
    --region 東北 is the 東北 documents with no prefecture, as a maintainer asks it (an OR of the two
    listed every document without a prefecture, whatever its region).
    """
    # group -> facet -> (queries, whether one of them is a none)
    groups: dict[str, dict[str, tuple[list[wq.Query], list[bool]]]] = {}
    applied: dict[str, list] = {}
    pairs = [(FACETS_BY_NAME[name], v) for name, value in given.items() for v in as_values(value, FACETS_BY_NAME[name])]
    pairs += [(FACET_OF_QUERY_NAME[f.field], f.value) for f in extra]
    for facet, value in pairs:
        q, shown = facet.query(value)
        qs, nones = groups.setdefault(facet.group_name, {}).setdefault(facet.name, ([], []))
        qs.append(q)
        nones.append(shown == NONE_LABEL)  # Facet.query's none (none, 不明, なし)
        applied.setdefault(facet.group_name, []).append(shown)
    parts = [_group_query(by_facet) for by_facet in groups.values()]
    if not parts:
        return None, applied
    return (parts[0] if len(parts) == 1 else wq.And(parts)), applied


def _or(qs: list[wq.Query]) -> wq.Query:
    return qs[0] if len(qs) == 1 else wq.Or(qs)


def _group_query(by_facet: dict[str, tuple[list[wq.Query], list[bool]]]) -> wq.Query:
    """One group's query: OR of every value, or, when a facet of the group was given a none and
    another facet of it values, the AND of each facet's OR (--region 東北 with 都道府県:none)."""
    if len(by_facet) > 1 and any(any(nones) for _, nones in by_facet.values()):
        return wq.And([_or(qs) for qs, _ in by_facet.values()])
    return _or([q for qs, _ in by_facet.values() for q in qs])
