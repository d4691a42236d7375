"""derive_metadata: one document's year, fiscal year, regions, themes,
organization and type, with manual metadata taking precedence."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ictsearch.indexer.errors import ExtractionError

from . import docinfo, eras, manual, regions, themes
from .lines import BREADCRUMB_STEP, HEAD_LINES, is_breadcrumb, text_lines
from .eras import YearMention, find_years, fold

_EDITION_DIR = re.compile(r"^([hrHR])(\d{2})$")
_WP_CRUMB = re.compile(r"白書\s*[>＞]\s*(\d{1,2})\s*年版")
#: 令和 editions are at most this number so far; an era-less edition above it is 平成.
CURRENT_REIWA = 8
_WP_DIR = re.compile(r"whitepaper|white[-_]?paper|hakusho|白書", re.I)
_PATH_FY = re.compile(r"(?i)(?<![a-z])fy[-_]?((?:19|20)\d\d)(?!\d)")
_PATH_YEAR = re.compile(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(?!\d)")
# Words right after a 年度 that make it the document's own year.
_OWN_FY_AFTER = re.compile(r"^\s*(?:の)?\s*(?:事業|活動|予算|当初|総会|計画|報告|重点|取組|主な取組|版|第\s*\d\s*次補正|概算要求|（案）|\(案\))")
#: A 年度 as the topic of a sentence (平成26年度は、/ については、): the year the text
#: reports on.  Worth 3: enough for one in an opening sentence (whose head score is
#: halved, 2.6-3), never enough alone further down (the threshold is 4).
_FY_TOPIC = re.compile(r"^\s*(?:は|については|においては)[、,]")
#: A line longer than this is a sentence, not a heading (headings of the 94
#: labelled documents and the realdocs dev pages are at most ~50 characters).
LONG_LINE = 60
TAIL_LINES = 4
_NATIONAL_ORGS = ("総務省", "郵政省", "内閣府", "デジタル庁", "経済産業省")


@dataclass(frozen=True)
class Metadata:
    title: str | None
    fiscal_year: int | None
    year: int | None
    region: tuple[str, ...]
    prefecture: tuple[str, ...]
    themes: tuple[tuple[str, float], ...]
    organization: str | None
    doctype: str | None
    sources: dict[str, str] = field(default_factory=dict, compare=False)


def _line_no(lines, offset: int) -> int:
    for i, (s, e, _) in enumerate(lines):
        if s <= offset <= e:
            return i
    return len(lines)


def white_paper_edition(path: Path, text_head: str, title: str) -> tuple[int, str] | None:
    """Edition year of 白書 material: from 令和3年版…白書 in title/head, or whitepaper/r03 in the path."""
    # Only the title or first line names the document's own edition; a section
    # citing 「平成27年版情報通信白書では」 further down is not that edition.
    first = text_head.strip().split("\n", 1)[0] if text_head.strip() else ""
    for where, s in (("title", title or ""), ("text", first)):
        for y in find_years(s):
            # 令和3年版情報通信白書, or a breadcrumb's 白書 > 令和4年版 > …
            if y.kind == "edition" and ("白書" in s[y.end:y.end + 20] or re.search(r"白書\s*[>＞]\s*$", s[:y.start])):
                return y.year, f"{where}: 「{y.text}」 (白書 edition)"
    # 総務省's site writes 平成 editions without the era: 白書 > 27年版 > …
    for where, s in (("title", title or ""), ("text", first)):
        if m := _WP_CRUMB.search(fold(s)):
            n = int(m[1])
            if CURRENT_REIWA < n <= 31:
                return eras.era_year("平成", n), f"{where}: 「白書 > {m[1]}年版」 (平成{n}年版, era left out)"
    parts = Path(path).parts
    for i, part in enumerate(parts[:-1]):
        m = _EDITION_DIR.match(part)
        if m and any(_WP_DIR.search(p) for p in parts[:i]):
            n = int(m[2])
            year = eras.era_year("平成" if m[1].lower() == "h" else "令和", max(n, 1))
            era = "平成" if m[1].lower() == "h" else "令和"
            label = f"{era}{'元' if n == 1 and era == '令和' else n}年版"
            return year, f"path: {'/'.join(parts[i - 1:i + 1])} ({label})"
    return None


_FURNITURE = re.compile(r"更新|掲載|ページID|ページ番号|印刷")


def title_proper(title: str) -> str:
    """The part of a given title that can be trusted to name the document.

    A title taken from a page's first line may be a breadcrumb trail (its last
    step is the page), a line of page furniture (ページID… 更新日…: not a title at
    all) or the first sentence of the text (「総務省では、2012年度から…」:
    years in it are cited, not the document's)."""
    t = (title or "").strip()
    if is_breadcrumb(t):
        t = BREADCRUMB_STEP.split(t)[-1].strip()
    if _FURNITURE.search(t) or "。" in t or (len(t) > 40 and "、" in t):
        return ""
    return t


def _own_fiscal_year(text: str, title: str, lines) -> tuple[YearMention, str] | None:
    """The 年度 the document is for: in the title, the first lines, or named
    as the year of its plan, report or budget — never just the most frequent."""
    best: tuple[float, YearMention, str] | None = None
    title = title_proper(title)
    for y in find_years(title):
        if y.kind == "fiscal":
            return y, f"title: 「{title.strip()[:40]}」"
    folded = fold(text)
    for y in find_years(text):
        if y.kind != "fiscal":
            continue
        li = _line_no(lines, y.start)
        after = folded[y.end:y.end + 12]
        before = folded[max(0, y.start - 3):y.start]
        score = 0.0
        if li < HEAD_LINES:
            line = lines[li][2] if li < len(lines) else ""
            # A heading names the document's year; a long sentence in the first
            # lines (「…町は、平成29年度「…事業」に採択され…」) cites one.
            long_sentence = ("。" in line or len(line.strip()) > LONG_LINE) and y.start - lines[li][0] > 4
            score += (6 - 0.4 * li) * (0.5 if long_sentence else 1.0)
        if _OWN_FY_AFTER.match(after):
            score += 5
        elif li < HEAD_LINES and _FY_TOPIC.match(after):
            score += 3
        if re.search(r"[~～〜]\s*$", before) or re.match(r"\s*[~～〜]", after):
            score -= 6  # 令和元年度～令和７年度 is a span, not this document's year
        if re.match(r"\s*(?:\([^)]{1,12}\))?\s*(?:まで|迄|を目途|を目標|目標|以降|から)", after):
            score -= 6  # 令和9年度までに is a target, 令和2年度から a start: not this document's year
        if re.search(r"[(（]\s*$", before):
            score -= 3  # (令和４年度当初予算 …) is a comparison
        if score >= 4 and (best is None or score > best[0]):
            line = lines[li][2].strip() if li < len(lines) else ""
            best = (score, y, f"text: 「{line[:40]}」 (line {li + 1})")
    return (best[1], best[2]) if best else None


_DATE_LINE_REST = 24
#: Labels that say "this is the document's date" (a web page's 掲載日, a press
#: release's 発表日 …).  更新日 is page furniture: the last edit, often a CMS
#: re-stamp years later, so it is only a last resort.
_DATE_LABEL = re.compile(r"(?:掲載|公表|発表|公開|作成|発行|報道発表)(?:日|年月日)")
_UPDATE_LABEL = re.compile(r"更新")
#: The first sentence of a press release or event report: 「○○局(局長:…)は、
#: 令和5年7月3日(月)、…を開催しました」 — the date right after the subject.
_SUBJECT_DATE_BEFORE = re.compile(r"(?:は|が)\s*、?\s*$")
_SUBJECT = re.compile(r"(?:は|が)、")
_SUBJECT_DATE_AFTER = re.compile(r"^\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:、|に|から)")
#: The same with the year left out (「…は、6月1日(水)、」): the year comes from the
#: 年度 the title names.
_MONTH_DAY = re.compile(r"(?:は|が)\s*、?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:、|に)")
_SPAN_OR_DEADLINE = re.compile(r"\s*[~～〜]|\s*まで")
#: A date line this many 年度 after the 年度 the document names for itself is a
#: later re-stamp, not its date (a report on 平成30年度 results comes out in
#: 平成30 or 31, not in 令和6).
RESTAMP_YEARS = 2
#: Priorities of the places a date is found, best first.
P_TITLE, P_DATE_LINE, P_SUBJECT, P_UPDATED = 0, 1, 2, 3


def _first_sentence_end(line: str) -> int:
    i = line.find("。")
    return len(line) if i < 0 else i


def _own_date(text: str, lines, title: str = "") -> tuple[YearMention, str, int] | None:
    """The document's own date and how it was found (a P_* priority).

    In order: a date in the title (知事記者会見(平成24年7月24日)); a short line
    in the first or last lines that is mostly a date, or the title and a date,
    or a labelled date (掲載日 …); the date in the first sentence of a press
    release (「…は、令和5年7月3日、…を開催」); a page's 更新日.  Never a date
    inside running text, a span or a target year (2030年までに)."""
    title = title_proper(title)
    for y in find_years(title):
        if y.kind == "calendar" and y.month is not None:
            return y, f"title: 「{title[:40]}」", P_TITLE
    folded = fold(text)
    squashed_title = re.sub(r"\s+", "", fold(title or ""))
    best: tuple[int, YearMention, str] | None = None
    idx = list(range(min(HEAD_LINES, len(lines)))) + list(range(max(HEAD_LINES, len(lines) - TAIL_LINES), len(lines)))
    for i in idx:
        s, e, line = lines[i]
        where = f"text: 「{line.strip()[:40]}」 (line {i + 1})"
        if i < HEAD_LINES and is_breadcrumb(line):
            # The last step of a breadcrumb trail is the page's own title
            # (…> 県政レポート第45号[平成19年10月12日]): a date there is a title date.
            step = BREADCRUMB_STEP.split(line)[-1]
            for y in find_years(step):
                if y.kind == "calendar" and y.month is not None and not _SPAN_OR_DEADLINE.match(fold(step[y.end:])):
                    return y, f"text: breadcrumb 「{step.strip()[:40]}」 (line {i + 1})", P_TITLE
        fline = folded[s:e]
        for y in find_years(line):
            if y.kind != "calendar" or y.month is None:
                continue
            before, after = line[:y.start], line[y.end:]
            if _SPAN_OR_DEADLINE.match(fold(after)) or re.search(r"[~～〜]\s*$", fold(before)):
                continue  # a span or a deadline, not a date of the document
            updated = bool(_UPDATE_LABEL.search(fline))
            rest = re.sub(r"[\s*＊#()（）\[\]［］【】月火水木金土日曜]", "", before + after)
            if squashed_title and len(squashed_title) >= 6:
                rest = rest.replace(re.sub(r"[\s()（）\[\]［］【】]", "", squashed_title), "")
            # A month without a day is a date line only when nearly alone
            # (a member list row "… 横浜市 令和 2年 9月" is not).
            # 名古屋事務所通信(平成30年8月号): the issue month of a periodical is its date.
            is_line = len(rest) <= (_DATE_LINE_REST if y.day else 4) or after.startswith("号")
            labelled = bool(_DATE_LABEL.search(fline[max(0, y.start - 12):y.start]))
            subject = (
                i < HEAD_LINES and y.day is not None and y.start < _first_sentence_end(line)
                and (_SUBJECT_DATE_BEFORE.search(before) or (before.rstrip().endswith("、") and _SUBJECT.search(before)))
                and _SUBJECT_DATE_AFTER.match(after)
            )
            # A heading with its date at the end: 「…」を開催 令和5年12月13日.
            is_line = is_line or (
                i < HEAD_LINES and y.day is not None and not after.strip() and "。" not in line
                and len(line.strip()) <= LONG_LINE
            )
            if updated and (is_line or labelled or _UPDATE_LABEL.search(fline[max(0, y.start - 8):y.start])):
                prio = P_UPDATED
            elif is_line or labelled:
                prio = P_DATE_LINE
            elif subject:
                prio = P_SUBJECT
            else:
                continue
            if best is None or prio < best[0]:
                best = (prio, y, where)
    return (best[1], best[2], best[0]) if best else None


def _month_day_in_year_of(text: str, lines, fiscal_year: int) -> tuple[int, str] | None:
    """「…は、6月1日(水)、…を開催」 under a title naming 平成27年度: the calendar
    year of that day within the fiscal year (April–March)."""
    for i in range(min(HEAD_LINES, len(lines))):
        line = fold(lines[i][2])
        m = _MONTH_DAY.search(line[:_first_sentence_end(line)])
        if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
            year = fiscal_year if int(m[1]) >= 4 else fiscal_year + 1
            return year, f"text: 「{lines[i][2].strip()[:30]}」 (line {i + 1}; {m[1]}月 of 年度 {fiscal_year})"
    return None


def _path_years(path: Path) -> tuple[int | None, int | None]:
    name = Path(path).name
    fy = _PATH_FY.search(name)
    yr = None if fy else _PATH_YEAR.search(name)
    return (int(fy[1]) if fy else None), (int(yr[1]) if yr else None)


def derive_years(text: str, title: str, path: Path) -> tuple[int | None, int | None, dict[str, str]]:
    lines = text_lines(text)
    head_text = "\n".join(l for _, _, l in lines[:HEAD_LINES])
    src: dict[str, str] = {}
    edition = white_paper_edition(path, head_text, title)
    if edition:
        year, why = edition
        src["year"] = why
        src["fiscal_year"] = why + f" → 年度 {year - 1}"
        return year - 1, year, src
    fy = year = None
    own = _own_fiscal_year(text, title, lines)
    if own:
        fy, src["fiscal_year"] = own[0].year, own[1]
    date = _own_date(text, lines, title)
    if date and fy is not None and date[2] != P_TITLE and date[0].fiscal_year - fy >= RESTAMP_YEARS:
        # 「平成30年度…表彰」 under a bare 2024年06月02日: a page moved to a new site is
        # stamped again years later; that stamp is not the document's date.
        date = None
    if date:
        year, src["year"] = date[0].year, date[1]
        if fy is None:
            fy, src["fiscal_year"] = date[0].fiscal_year, date[1] + " (年度 of the date)"
    if fy is not None and (date is None or date[2] == P_UPDATED):
        # An event report without a date line: the day in its first sentence,
        # in the 年度 its title names, beats a page's last-edit stamp.
        if md := _month_day_in_year_of(text, lines, fy):
            year, src["year"] = md
    if fy is None or year is None:
        pfy, pyear = _path_years(path)
        if fy is None and (pfy or pyear):
            fy = pfy or pyear
            src["fiscal_year"] = f"path: {Path(path).name}"
        if year is None and pyear and not pfy:
            year = pyear
            src["year"] = f"path: {Path(path).name}"
    return fy, year, src


#: An issuer that is a ministry or agency (文部科学省記者会見室, 総合通信基盤局
#: 電波部) or one of the state's incorporated agencies (独立行政法人情報通信研究機構;
#: a 地方独立行政法人 is a prefecture's) is national; one of a region, prefecture or town is not.
_NATIONAL_ORG = re.compile(r"省|庁(?!舎)|内閣|総合通信基盤局|情報流通行政局|国際戦略局|(?<!地方)独立行政法人|国立研究開発法人")
_REGIONAL_ORG = re.compile(r"総合通信(?:局|事務所)|[都道府県市町村区]|警視庁|地方|管区|(?:北海道|東北|関東|信越|北陸|東海|近畿|中国|四国|九州|沖縄)")


#: 全国 that starts the name of a tournament or an association of local bodies
#: (全国高等学校総合文化祭, 全国大会, 全国知事会): a prefecture writing about its team
#: or its governor there is not writing about the whole country.
_NATIONWIDE = re.compile(r"全国(?!大会|高等学校|高校|中学|小学|知事会|市長会|町村会|町村長会|議長会)")


def _national(text: str, organization: str | None, white_paper: bool) -> str | None:
    """Why the document is national (for `show`), or None when it is not."""
    if white_paper:
        return "a White Paper"
    if organization and (organization in _NATIONAL_ORGS
                         or (_NATIONAL_ORG.search(organization) and not _REGIONAL_ORG.search(organization))):
        return f"issuer {organization}"
    if organization and _REGIONAL_ORG.search(organization) and not _NATIONAL_ORG.search(organization):
        return None  # a bureau or a prefecture writing 「全国各地で」 still writes about its area
    if organization is None and not _LOCAL_SELF.search(text):
        if m := _NATIONAL_ACTOR.search(text, 0, NATIONAL_ACTOR_CHARS):
            return f"「{m.group()}」 acts in the opening sentences"
    return "全国 named twice" if len(_NATIONWIDE.findall(text)) >= 2 else None


#: With no issuer found, a ministry, agency or the government acting in the opening
#: sentences (「農林水産省は、」「観光庁では、」「政府において」) makes a national document,
#: unless the text speaks as a local body (本市, 当町, 県では, 県民 …; 都道府県では、 and
#: 市町村では、 speak of every local body, not as one).
_NATIONAL_ACTOR = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}省|[\u4e00-\u9fff]{1,4}(?<![都道府県市町村区])(?<!警視)庁|政府)(?:(?:では|は)[、,]|において)"
)
_LOCAL_SELF = re.compile(
    r"(?:本|当|わが|我が)[都道府県市町村区]|(?<!政)(?<!都道府)(?<!市区町)(?<!市町)[都道府県市町村区](?:では|としては)[、,]"
    r"|[市町村区]民|(?<!都道府)県民"
)
NATIONAL_ACTOR_CHARS = 400


#: Words only the national government writes of itself, and 全国 itself: a document
#: that names no place at all and speaks so (another ministry's White Paper section:
#: 「関係省庁と連携し」; a budget table of 政府予算額; a council on a 全国 platform; a
#: notice to 各都道府県教育委員会, a survey of what 都道府県では、47団体すべてが do) is
#: about the whole country.  On the project's labelled documents and the realdocs dev
#: pages every document with one of these, no place and no local voice is 全国 (15 of 15).
_NATIONAL_VOICE = re.compile(
    r"関係省庁|府省|我が国|わが国|政府|国民(?!健康保険|年金|体育|文化祭)|各都道府県|全都道府県|47都道府県|都道府県では|"
    + _NATIONWIDE.pattern
)


def _national_voice(text: str, organization: str | None) -> str | None:
    """Why a document that names no place is national, or None."""
    if organization and _REGIONAL_ORG.search(organization):
        return None
    if _LOCAL_SELF.search(text):
        return None
    m = _NATIONAL_VOICE.search(text)
    return f"names no place and writes 「{m.group()}」" if m else None


def _manual_values(v) -> list[str]:
    if isinstance(v, (list, tuple)):
        return [str(x).strip() for x in v if str(x).strip()]
    return [x.strip() for x in re.split(r"[|;；,、]", str(v)) if x.strip()]


def _manual_themes(v) -> tuple[tuple[str, float], ...]:
    out = []
    for item in _manual_values(v):
        name, _, score = item.partition(":")
        value = float(score) if score else 1.0
        if not (math.isfinite(value) and value >= 0):  # nan or inf would also break the --json output
            raise ValueError(f"theme score {score!r} is not a number of 0 or more")
        out.append((themes.resolve_theme(name), value))
    return tuple(out)


def derive_metadata(
    text: str, *, title: str, path: Path, terms: Sequence[str] | None = None, root: Path | None = None
) -> Metadata:
    path = Path(path)
    given, sources = manual.manual_metadata(path, root)

    lines = text_lines(text)
    head_text = "\n".join(l for _, _, l in lines[:HEAD_LINES])
    white_paper = white_paper_edition(path, head_text, title) is not None

    fy, year, src = derive_years(text, title, path)
    org, org_src = docinfo.organization(text, title, white_paper=white_paper)
    dtype, dtype_src = docinfo.doctype(text, title, white_paper=white_paper)
    national = _national(text, org, white_paper)
    reg = regions.regions_of(text, title, national=national is not None)
    if not reg.regions and national is None and (voice := _national_voice(text, org)):
        national = voice
        reg = regions.RegionResult((regions.NATIONAL,), (), "")
    from ictsearch.indexer.analysis import analyze

    if terms is None:
        terms = [t.text for t in analyze(text)]
    # The title names what the document is about; a page whose title is a
    # breadcrumb, furniture or a sentence falls back to its first terms.
    proper = title_proper(title)
    title_terms = [t.text for t in analyze(proper)] if proper else None
    evidence = themes.explain_themes(terms, title_terms, text)
    theme_list = tuple((e.name, e.score) for e in evidence)

    derived_src = dict(src)
    if org:
        derived_src["organization"] = f"text: {org} ({org_src})"
    if dtype:
        derived_src["doctype"] = f"text: 「{dtype_src}」"
    derived_src["region"] = derived_src["prefecture"] = f"places: {reg.evidence}" if reg.evidence else "places: none"
    if reg.regions == (regions.NATIONAL,) and national:
        derived_src["region"] += f" (national: {national})"
    derived_src["themes"] = "terms: density per 1,000 terms, a theme named in the title counts double" + "".join(f"; {e}" for e in evidence)

    values: dict[str, object] = {
        "title": None, "fiscal_year": fy, "year": year, "region": reg.regions, "prefecture": reg.prefectures,
        "themes": theme_list, "organization": org, "doctype": dtype,
    }
    # Manual values win field by field; derived ones fill the rest.
    for k, v in given.items():
        try:
            _apply_manual(values, sources, given, k, v)
        except (ValueError, TypeError, AttributeError) as e:
            # A typo in a sidecar must name the sidecar, not look like a bug in the document.
            raise ExtractionError(f"bad {k} in {sources[k]}: {e}") from None
    for k, s in derived_src.items():
        sources.setdefault(k, s)
    final_sources = {k: s for k, s in sources.items() if values.get(k) not in (None, (), "")}
    return Metadata(sources=final_sources, **values)  # type: ignore[arg-type]


def _apply_manual(values: dict, sources: dict, given: dict, k: str, v) -> None:
    if k in ("fiscal_year", "year"):
        values[k] = eras.parse_year_range(str(v))[0]
    elif k in ("region", "prefecture"):
        regs, prefs = [], []
        for item in _manual_values(v):
            kind, name = regions.resolve_region(item)
            (prefs if kind == "prefecture" else regs).append(name)
        if k == "region":
            values["region"] = tuple(r for r in regions.REGIONS if r in regs or r in regions.blocks_of(prefs))
            if prefs and "prefecture" not in given:
                values["prefecture"] = tuple(prefs)
                sources["prefecture"] = sources[k]
        else:
            values["prefecture"] = tuple(prefs)
            if "region" not in given:
                values["region"] = regions.blocks_of(prefs)
                sources["region"] = sources[k] + " (blocks of its prefectures)"
    elif k == "themes":
        values[k] = _manual_themes(v)
    elif isinstance(v, (dict, list)):
        raise TypeError(f"expected text, not a {'table' if isinstance(v, dict) else 'list'}")
    else:
        values[k] = str(v)
