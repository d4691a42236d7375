"""A document as the index sees it: id, joined page text, page starts and title."""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from pathlib import Path

from .lazy import LazyPattern
from .metadata.lines import STAMP_LABEL, is_breadcrumb, is_skip_link

PAGE_SEPARATOR = "\n\n"

# Markdown and bullet decoration around a heading line: 「**2023年度」, 「# 見出し」, 「* 下線は…」,
# 「=== 議事録 ===」, 「◆議事録◆」; a line of rules alone (「=====」, a setext heading's underline)
# is left empty, a break like a blank line.  A single ~ is not one: NFKC makes it of the ～ that
# sets off a subtitle (「地域DXセミナー～デジタルで変わる暮らし～」), and a rule of ~ is a run.
_DECORATION = LazyPattern(r"^(?:[\s#*>\-=_・●■◆◇□○◎]|~~+)+|(?:[\s*=_●■◆◇□○◎]|~~+)+$")
# A meeting or its record named after its day (「令和4年1月13日 市長定例記者会見」, 「2010年12月17日
# 第16回保健医療情報標準化会議議事録」): the page's title however short, not a date line with a
# weekday or an issuer after it (the rooms 会議室 and 記者会見室 are where an event is held).
_MEETING_OR_RECORD = r"(?:会見(?!室)|議事録|会議録|議事要旨|議事概要|会議(?!室)|委員会|審議会|検討会|研究会|懇談会|協議会|分科会|部会)"
_ONLY_DATE_OR_NUMBER = LazyPattern(
    r"^(?:[-‐－—\s]*\d+[-‐－—\s]*"
    rf"|(?:令和|平成|昭和|\d{{4}})[\d元\s]*年[\d\s]*月[\d\s]*日(?!.*{_MEETING_OR_RECORD}).{{0,20}}"
    r"|資料\s*\d+(?:[-‐－]\d+)?)$"
)
MAX_TITLE_CHARS = 80
# A web page's stamp line: its update or publication date and its id in the site's CMS
# (「更新日:2021年6月10日」, 「ページID:46178更新日:2023年1月20日」, 「公開日2014年08月25日」,
# 「最終更新日 2023年11月01日 記事番号」).  Never the title, and the end of a title above it
# (「長野県DX推進計画について / 更新日:2024年4月1日 / ページ番号:0123456」).
_STAMP_LABEL = rf"(?:(?:最終)?(?:報道)?{STAMP_LABEL}|ページ\s*(?:ID|番号)|PAGE-?ID|記事\s*(?:ID|番号))"
_STAMP_DATE = r"(?:(?:令和|平成|昭和)[\d元]*|\d{4})(?:[(（]\d{4}[)）])?\s*年\s*\d+\s*月\s*\d+\s*日(?:\s*[(（][月火水木金土日][)）])?"
# Its print link may close it (「記事ID:0067607更新日:2024年12月2日更新印刷画面表示<外部リンク>」).
_STAMP_LINE = LazyPattern(
    rf"(?:\s*{_STAMP_LABEL}\s*[:：]?\s*(?:{_STAMP_DATE}|\d*))+\s*(?:更新)?\s*(?:印刷(?:用)?(?:画面|ページ)?表示)?\s*(?:<外部リンク>)?\s*",
    re.I,
)
# A Markdown heading (ATX: 「# 見出し」, 「## 見出し」; normalization may take the space after the
# marks away): a line of its own, never one line of a title set on several.
_MARKDOWN_HEADING = LazyPattern(r"^\s*#{1,6}(?!#)")
# YAML front matter opening a Markdown note (Jekyll, Hugo, Obsidian): key: value lines between
# 「---」 lines.  Its title: is the document's title; its other lines are never one.
# Hugo writes it in TOML as well: key = value lines between 「+++」 lines.
_FRONT_MATTER = LazyPattern(
    r"\A(?:---[ \t]*\n([\w-]+[ \t]*:.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n([\w-]+[ \t]*=.*?)\n\+\+\+)[ \t]*(?:\n|\Z)", re.S
)
# A YAML block scalar (「title: >-」 or 「title: |」, a long title folded on the indented lines
# below) is taken from those lines.
_FRONT_MATTER_TITLE = LazyPattern(r"^title[ \t]*[:=][ \t]*(?:[>|][+-]?[ \t]*\n((?:[ \t]+.*(?:\n|\Z))+)|(.*?)[ \t]*$)", re.M)

# What a letterhead is made of: dates, labels such as 報道資料, and the issuing body.  A first
# paragraph made only of these (「報道資料 / 令和6年3月29日 / 北陸総合通信局」) is not the title.
_HEADER_PARTS = LazyPattern(
    r"(?:(?:令和|平成|昭和)\s*[\d元]+|\d{4})\s*年\s*\d+\s*月\s*\d+\s*日(?:\s*[（(][月火水木金土日][)）])?"
    r"|[RH]\d{1,2}\.\d{1,2}\.\d{1,2}"
    r"|報道発表資料|報道資料|報道発表|記者発表資料?|プレスリリース|お知らせ|別紙\s*\d*|参考資料\s*\d*|資料\s*\d+(?:[-‐－]\d+)?"
    r"|[^\s、。]{0,24}?(?:総合通信局|総合通信事務所|事務所|省|庁|局|課|部|室|センター)"
)


def doc_id_for(path: Path) -> str:
    """A stable id from the absolute path as found (not resolved through links).

    Indexing the same file again replaces it; discovery lists each file once.
    """
    import hashlib  # here, not at the top: a search imports this module for page_of, and hashlib (OpenSSL) was 5 ms of it

    return hashlib.sha1(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()[:16]


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """Join page texts with a paragraph break; return the text and each page's start offset."""
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for i, page in enumerate(pages):
        if i:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        parts.append(page)
        offset += len(page)
    return "".join(parts), starts


def page_of(page_starts: list[int] | None, offset: int) -> int | None:
    """1-based page holding a character offset, or None for a file without pages."""
    if not page_starts:
        return None
    return bisect_right(page_starts, offset)


def _clean_line(line: str) -> str:
    return _DECORATION.sub("", line).strip()


def _is_header(line: str) -> bool:
    rest = _HEADER_PARTS.sub("", line)
    return not re.sub(r"[\s・:：()（）\[\]【】]+", "", rest)


def derive_title(text: str, pdf_title: str | None, path: Path) -> str:
    """The document's own title: meaningful PDF metadata, else its first heading-like block.

    A first paragraph of a few short lines is one title set on several lines
    (「2023年度 / ICT利活用地域イノベーション委員会 / 活動方針」); dates, page numbers
    and labels such as 資料1 are passed over.
    """
    if pdf_title:
        return unicodedata.normalize("NFKC", pdf_title).strip()
    front = _FRONT_MATTER.match(text)
    if front:
        named = _FRONT_MATTER_TITLE.search(front.group(1) or front.group(2))
        value = " ".join((named.group(1) or named.group(2)).split()).strip("'\"").strip() if named else ""
        if value:
            return _shortened(value)
        text = text[front.end():]
    block: list[str] = []
    for raw in text.split("\n"):
        line = _clean_line(raw)
        if not line:
            if block and all(_is_header(b) for b in block):
                block = []  # a letterhead: the title comes after it
                continue
            if block:
                break
            continue
        if not block and _ONLY_DATE_OR_NUMBER.match(line):
            continue
        if _STAMP_LINE.fullmatch(line):
            if block:
                break
            continue
        if is_breadcrumb(line) or is_skip_link(line):
            # 「総務省トップ > 組織案内 > … > 記念式典を開催」: a web page's trail, or its
            # skip link (「本文」, 「本文へ移動」); the title follows.
            if block:
                break
            continue
        if block and line == block[-1]:
            continue  # a heading repeated (a page title over its own h1)
        heading = _MARKDOWN_HEADING.match(raw)
        if heading and block:
            if not all(_is_header(b) for b in block):
                break
            block = []  # a letterhead above the heading
        block.append(line)
        if heading:
            break
        if len(block) >= 4 or sum(map(len, block)) > MAX_TITLE_CHARS:
            break
    if not block:
        return path.stem
    if len(block) > 1 and sum(map(len, block)) <= MAX_TITLE_CHARS and not any(
        line.endswith("。") for line in block
    ):
        title = " ".join(block)
    else:
        title = block[0]
    return _shortened(title)


def _shortened(title: str) -> str:
    """A title of at most MAX_TITLE_CHARS characters, cut with …"""
    return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"
