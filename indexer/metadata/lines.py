"""A document's lines with their offsets, and how far its head reaches: shared by every deriver."""

from __future__ import annotations

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
