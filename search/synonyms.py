"""Synonym and abbreviation expansion from Sudachi's synonym dictionary.

The data is ``search/data/synonyms.tsv``, a subset of SudachiDict's synonym
source built by ``tools/build_synonyms.py`` (see its header and NOTICE.txt).
Every member is stored as the normalized C-unit terms our analyzer gives it, so
a query word's terms can be looked up directly and each synonym comes back as
a term sequence ready for a phrase query (欧州連合 → ("EU",), テレワーク →
("remote work",), 国際連合安全保障理事会 → ("国際連合", "安全保障理事会")).

Expansion control follows the source's flags: a member with flag 1 (such as the
ambiguous AI) is only ever a target, flag-2 rows are not in the data at all.
A word that triggers several groups expands to all of them, as Sudachi does
for a dictionary word that carries several synonym group ids.

Ranking the query's own word above its synonyms is left to the query builder
(give the expansion a lower boost than the source).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

DATA_PATH = Path(__file__).with_name("data") / "synonyms.tsv"

# Must agree with tools/build_synonyms.py.
TERM_SEP = "|"
NOT_TRIGGER = "~"


@dataclass(frozen=True)
class Expansion:
    """The synonyms of one query word."""

    #: The query word's terms.
    source: tuple[str, ...]
    #: Each synonym as a sequence of normalized terms, source excluded,
    #: in dictionary order (representative forms and close variants first).
    targets: tuple[tuple[str, ...], ...]


class SynonymTable:
    """Trigger index over the shipped groups.

    Loading only splits each line and indexes its triggers; a group's members
    are turned into tuples when a query first asks for it.  That keeps a fresh
    process's first expansion cheap.
    """

    def __init__(self, lines: Sequence[str]):
        self._groups: list[list[str]] = []
        self._triggers: dict[str, list[int]] = {}
        groups = self._groups
        triggers = self._triggers
        for line in lines:
            if not line or line[0] == "#":
                continue
            members = line.split("\t")[1:]
            index = len(groups)
            groups.append(members)
            for member in members:
                if member[0] != NOT_TRIGGER:
                    hit = triggers.get(member)
                    if hit is None:
                        triggers[member] = [index]
                    else:
                        hit.append(index)

    @classmethod
    def from_file(cls, path: Path = DATA_PATH) -> SynonymTable:
        with path.open(encoding="utf-8") as fh:
            return cls(fh.read().split("\n"))

    def __len__(self) -> int:
        """Number of groups."""
        return len(self._groups)

    def expand(self, terms: Sequence[str]) -> Expansion | None:
        key = TERM_SEP.join(terms)
        indexes = self._triggers.get(key)
        if not indexes:
            return None
        seen = {key}
        targets: list[tuple[str, ...]] = []
        for index in indexes:
            for member in self._groups[index]:
                member = member.removeprefix(NOT_TRIGGER)
                if member not in seen:
                    seen.add(member)
                    targets.append(tuple(member.split(TERM_SEP)))
        if not targets:
            return None
        return Expansion(tuple(terms), tuple(targets))


_table: SynonymTable | None = None
_lock = threading.Lock()


def load() -> SynonymTable:
    """The shipped table, read on first use and shared by all threads."""
    global _table
    table = _table
    if table is None:
        with _lock:
            table = _table
            if table is None:
                table = _table = SynonymTable.from_file()
    return table


def expand(terms: Sequence[str]) -> Expansion | None:
    """Synonyms of the word whose normalized C-unit terms are ``terms``.

    None when the word is in no group or is not a trigger (flag 1).  Pass the
    terms of the word's C units (``Term.sub`` false), which is how the data is
    keyed; :func:`word_terms` computes them from text.
    """
    if not terms:
        return None
    return load().expand(terms)


def word_terms(word: str) -> tuple[str, ...]:
    """The normalized C-unit terms of a query word, the key :func:`expand` takes."""
    from ictsearch.indexer.analysis import analyze

    return tuple(t.text for t in analyze(word) if not t.sub)
