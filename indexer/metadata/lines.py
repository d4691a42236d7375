"""A document's lines with their offsets, and how far its head reaches: shared by every deriver."""

from __future__ import annotations

import re

from ..lazy import LazyPattern

#: The first non-empty lines: where a person looks for a document's own date, title, issuer
#: and type (the own date line of every one of the 94 labelled documents sits within them).
HEAD_LINES = 12


def text_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of each non-empty line: what the date and title rules read line by line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, blank ones included: line numbers that offsets map back to."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


#: One step of a web page's navigation trail (総務省トップ > 組織案内 > …).
#: (This module's patterns compile on first use: a search imports it, through
#: indexer/document.py, but never reads a document's lines.)
BREADCRUMB_STEP = LazyPattern(r"\s*[>＞›»]\s*")
_HOME_STEP = LazyPattern(r"^(?:ホーム|トップ|top|home)\s*[>＞›»]", re.I)


def is_breadcrumb(line: str) -> bool:
    """Whether a line is a saved web page's breadcrumb trail: three or more steps,
    or two after ホーム/トップ (67 of the 165 pages of bench/realdocs start with one)."""
    steps = [s for s in BREADCRUMB_STEP.split(line) if s.strip()]
    return len(steps) >= 3 or (len(steps) >= 2 and bool(_HOME_STEP.match(line.strip())))


#: The label of a saved web page's date stamp (更新日:2023年2月9日, 掲載日 令和5年…, 公開日：…,
#: 作成年月日, a blog's 投稿日, a newsletter's 発行日 or 配信日): derive.py reads the date after it,
#: document.py never takes its line for a title.
STAMP_WORDS = ("更新", "掲載", "公開", "公表", "発表", "作成", "登録", "発行", "投稿", "配信")
STAMP_LABEL = rf"(?:{'|'.join(STAMP_WORDS)})(?:開始)?(?:日付|日時|年月日|日)"


#: Words of a saved web page's furniture lines (ページID:0001234 更新日:… 印刷ページ表示,
#: 本文へ, 文字サイズ): such a line is neither a title nor a headline.
_FURNITURE = LazyPattern(r"更新|掲載|ページID|ページ番号|印刷|本文へ|ページの先頭|文字サイズ")


def is_furniture(line: str) -> bool:
    """Whether a line carries a saved web page's furniture (update stamp, page id, print link)."""
    return bool(_FURNITURE.search(line))


#: A saved web page's skip link on a line of its own (本文, 本文へ移動, ここから本文です。,
#: メインコンテンツへジャンプ): 64 of the 1,096 pages of bench/realdocs start with one, and a
#: bare 「本文」 became the title of 26 of them.
_SKIP_LINE = LazyPattern(
    r"(?:ここから)?本文(?:ここから|です|へ(?:移動|ジャンプ|スキップ)?(?:する)?)?。?"
    r"|(?:メイン)?コンテンツ(?:の本文)?(?:へ|に)(?:移動|ジャンプ|スキップ)(?:する)?"
    r"|メニューを飛ばして本文へ|ページの先頭です。?"
)


def is_skip_link(line: str) -> bool:
    """Whether a line is nothing but a web page's skip link (never a title, nor the page's text)."""
    return _SKIP_LINE.fullmatch(line.strip()) is not None
