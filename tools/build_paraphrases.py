"""Build search/data/paraphrases.tsv: everyday words → the kango that policy text writes for them.

    python tools/build_paraphrases.py JAMDICT_DB [--out search/data/paraphrases.tsv]

JAMDICT_DB is ``jamdict.db`` or ``jamdict.db.xz`` from the PyPI package jamdict-data 1.5
(``pip download --no-deps jamdict-data==1.5``; JMdict of 17 April 2021 as SQLite), read
with the standard library only.  JMdict is © the Electronic Dictionary Research and
Development Group, licensed CC BY-SA 4.0; the output is a derived data file under the
same licence (see search/data/NOTICE.txt).

A question typed the way people talk uses everyday words (手伝う, 褒める, 戻る, 動画) where
a policy page writes a kango noun (支援, 表彰, 復帰, 映像).  Sudachi's synonym groups
(search/synonyms.py) hold few such pairs; JMdict's English glosses describe both
sides in the same words, so a pair is read off shared glosses:

* an everyday word: a common JMdict headword (priority ichi1 / news1 / spec1) that is a
  verb or an い-adjective, or a noun written with kana (年寄り, 決まり);
* an official word: a common headword written in two or more kanji and no kana;
* a verb or adjective pairs only with an official word that names an act (a noun
  that takes する: 支援, 表彰), not a thing or a person;
* they pair when a gloss of the everyday word's first :data:`SENSES` senses equals a gloss
  of the official word's first sense, after lower-casing, dropping "to " and parentheses and
  cutting common English suffixes (assist / assistance, commend / commendation,
  distribute / distribution);
* a gloss that many official words share ("support", "use") says little: one held by
  more than :data:`MAX_SHARED` official words does not pair; an everyday word keeps its
  :data:`MAX_TARGETS` official words with the most shared glosses, rarer glosses counting
  more.

The three settings were measured on the judged real-page questions
(bench/realdocs_relevance.py, dev): question MRR@10 with 1 / 2 / 3 / 4 / all senses 0.75 /
0.75 / 0.79 / 0.79 / 0.75; MAX_TARGETS 6 / 10 / 15 and MAX_SHARED 20 / 40 / 80 changed nothing.

Every word is stored under the normalized form our analyzer gives it, like the synonym
data, so a query unit's term looks it up directly.  The output depends only on the
JMdict file and the installed Sudachi dictionary.
"""

from __future__ import annotations

import argparse
import math
import lzma
import re
import shutil
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_OUT = ROOT / "search" / "data" / "paraphrases.tsv"

PRIORITY = ("ichi1", "news1", "spec1")
#: A gloss shared by more official words than this does not pair (see the module docstring).
MAX_SHARED = 40
#: Official words kept for one everyday word.
MAX_TARGETS = 10
#: Senses of the everyday word whose glosses are read (an everyday word's common senses come first).
SENSES = 3

_KANJI = r"\u4e00-\u9fff々"
_OFFICIAL = re.compile(f"[{_KANJI}]{{2,}}")
_HAS_KANA = re.compile(r"[\u3041-\u309f]")
_PAREN = re.compile(r"\([^)]*\)")
# Not -er: an agent (teacher, supporter) is not the act.
_SUFFIXES = ("ations", "ation", "itions", "ition", "ions", "ion", "ances", "ance", "ences", "ence", "ments", "ment",
             "ings", "ing", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def gloss_key(gloss: str) -> str | None:
    text = _PAREN.sub(" ", gloss.lower())
    text = re.sub(r"^\s*to\s+", "", text)
    words = re.findall(r"[a-z]+", text)
    if not words or len(words) > 3:
        return None  # an explanation, not a word-for-word gloss
    return " ".join(_stem(w) for w in words)


def _open(path: Path) -> sqlite3.Connection:
    if path.suffix == ".xz":
        tmp = Path(tempfile.mkdtemp()) / "jamdict.db"
        with lzma.open(path) as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        path = tmp
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def read_entries(db: sqlite3.Connection):
    """(headword, part-of-speech texts of sense 1, glosses by sense) of every common entry."""
    placeholders = ",".join("?" * len(PRIORITY))
    heads: dict[int, list[str]] = defaultdict(list)
    for idseq, text in db.execute(
        f"SELECT DISTINCT k.idseq, k.text FROM Kanji k JOIN KJP p ON p.kid = k.ID WHERE p.text IN ({placeholders})",
        PRIORITY,
    ):
        heads[idseq].append(text)
    senses: dict[int, list[tuple[int, list[str], list[str]]]] = defaultdict(list)
    rows = db.execute(
        "SELECT s.idseq, s.ID, (SELECT group_concat(text, '\t') FROM pos WHERE sid = s.ID),"
        " (SELECT group_concat(text, '\t') FROM SenseGloss WHERE sid = s.ID AND (lang IS NULL OR lang = 'eng'))"
        " FROM Sense s ORDER BY s.idseq, s.ID"
    )
    for idseq, sid, pos, glosses in rows:
        if idseq in heads:
            senses[idseq].append((sid, (pos or "").split("\t"), (glosses or "").split("\t")))
    for idseq, texts in heads.items():
        entry_senses = senses.get(idseq)
        if not entry_senses:
            continue
        for text in texts:
            yield text, entry_senses


def _is_predicate(pos: list[str]) -> bool:
    return any("verb" in p and "aux" not in p for p in pos) or any("adjective (keiyoushi)" in p for p in pos)


def build(db_path: Path):
    from ictsearch.search.synonyms import word_terms

    db = _open(db_path)
    everyday: dict[str, set[str]] = defaultdict(set)
    predicates: set[str] = set()
    official: dict[str, set[str]] = defaultdict(set)
    acts: set[str] = set()  # official words that name an act (サ変 nouns: 支援する)
    for text, senses in read_entries(db):
        pos1 = senses[0][1]
        if _OFFICIAL.fullmatch(text) and any(p.startswith("noun") for p in pos1):
            official[text] |= {k for g in senses[0][2] if (k := gloss_key(g))}
            if any("aux. verb suru" in p for p in pos1):
                acts.add(text)
        elif _HAS_KANA.search(text) and (_is_predicate(pos1) or any(p.startswith("noun") for p in pos1)):
            everyday[text] |= {k for _, _, glosses in senses[:SENSES] for g in glosses if (k := gloss_key(g))}
            if _is_predicate(pos1):
                predicates.add(text)
    holders: dict[str, set[str]] = defaultdict(set)
    for word, keys in official.items():
        for k in keys:
            holders[k].add(word)
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for word, keys in everyday.items():
        source = word_terms(word)
        if len(source) != 1 or word_terms(source[0]) != source:
            continue
        shared: dict[str, float] = defaultdict(float)
        for k in keys:
            if len(holders.get(k, ())) <= MAX_SHARED:
                for target in holders.get(k, ()):
                    # A verb's counterpart is a noun of the same act (配る → 配布), not a thing (位置).
                    if word not in predicates or target in acts:
                        # A rarer gloss says more (inverse document frequency over official words).
                        shared[target] += 1.0 / math.log(2 + len(holders[k]))
        for target, n in shared.items():
            terms = word_terms(target)
            # One term that analyzes to itself again, as a query unit would look it up.
            if len(terms) == 1 and terms[0] != source[0] and word_terms(terms[0]) == terms:
                table[source[0]][terms[0]] = max(n, table[source[0]].get(terms[0], 0))
    lines = []
    for source in sorted(table):
        ranked = sorted(table[source].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TARGETS]
        lines.append(source + "\t" + "\t".join(t for t, _ in ranked))
    return lines


HEADER = """\
# Everyday word → official (kango) words, for talk-like questions (search/query.py).
# Derived from JMdict (jamdict-data 1.5, JMdict of 2021-04-17), © the Electronic Dictionary
# Research and Development Group, CC BY-SA 4.0 (see NOTICE.txt); built by
# tools/build_paraphrases.py: pairs whose English glosses agree, normalized with our analyzer.
# Format: everyday word TAB official word TAB ... (most shared glosses first).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jamdict_db", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    lines = build(args.jamdict_db)
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(lines)} words ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
