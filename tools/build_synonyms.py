"""Build search/data/synonyms.tsv, the shipped subset of Sudachi's synonym dictionary.

    python tools/build_synonyms.py [SOURCE] [--out search/data/synonyms.tsv]
    python tools/build_synonyms.py --themes     # indexer/metadata/data/theme_synonyms.tsv (theme_synonyms below)

SOURCE defaults to ../shared/data/sudachi-synonyms/synonyms.txt (SudachiDict's
src/main/text/synonyms.txt, Apache-2.0).  The output depends only on SOURCE and
on the installed Sudachi dictionary, so re-running it reproduces the file; run
it again after a sudachidict-core upgrade, because every word is stored under
the normalized form our analyzer gives it.

What is kept, and why (the same text goes into the output's header):

* Nouns (体言/用言 flag 1 or empty) form a group as in the source.  Verbs and
  adjectives (flag 2) of a group go on a second line, its id suffixed with v,
  where they are the triggers and the group's nouns are targets only: a question
  typed with a verb (田んぼでドローンを使う) meets the page's noun (使用, 利用), but
  a noun typed never expands to a verb, which added noise on the White Paper
  queries (bench/queries.tsv q44, 利用 → 使う).
* Groups whose every field label is in KEEP_FIELDS.  Company, brand, person,
  food, sport, music ... groups pair ordinary words with proper names
  (ライオン / LION, エアー / AIR) and would expand policy queries wrongly; they
  are also most of the file, so dropping them keeps the load fast.
* Rows with expansion flag 2 (never used, kept in the source as a deletion
  record) are dropped.  Rows with flag 1 are kept as targets only.
* Each headword is replaced by our analyzer's normalized C-unit terms, so 曖昧 /
  あいまい or テレワーク / telework collapse into one member.  A member that is
  a trigger under one spelling and flagged 1 under another is not a trigger:
  the analyzer cannot tell which spelling was typed.
* Groups left with fewer than two distinct members are dropped.  A group or verb
  line whose members are all flag 1 is kept (no trigger): Sudachi marks an
  ambiguous everyday word flag 1 (教える → 指導, 配る → 配布, 見込み → 予測,
  ネット → インターネット), and the query builder lets such a word expand, weighted
  lower, where the other words of a talk-like question pin its sense
  (search/synonyms.py, ``weak``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ictsearch.search.synonyms import NOT_TRIGGER, TERM_SEP, word_terms  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "sudachi-synonyms" / "synonyms.txt"
DEFAULT_OUT = ROOT / "search" / "data" / "synonyms.tsv"
DEFAULT_THEME_OUT = ROOT / "indexer" / "metadata" / "data" / "theme_synonyms.tsv"
THEMES_TOML = ROOT / "indexer" / "metadata" / "data" / "themes.toml"

KEEP_FIELDS = frozenset(
    {
        "",  # no field given: general vocabulary
        "ビジネス", "IT", "HR", "人", "組織名", "旧組織名", "政治", "法律",
        "国名", "地名", "地形", "時間", "教育", "医療", "交通", "建築", "単位",
    }
)


def read_groups(source: Path) -> dict[str, list[list[str]]]:
    groups: dict[str, list[list[str]]] = {}
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if row:
                groups.setdefault(row[0], []).append(row)
    return groups


#: Suffix of the group id on a group's verb line (000378v).
VERB_LINE = "v"


def build(source: Path) -> tuple[list[str], Counter]:
    stats: Counter = Counter()
    lines: list[str] = []
    for gid, rows in read_groups(source).items():
        stats["groups in source"] += 1
        fields = {f for row in rows for f in row[7].strip("()").split("/")}
        if not fields <= KEEP_FIELDS:
            stats["groups dropped: field"] += 1
            continue
        # member key -> is a trigger; dicts keep the source's order.  Nouns (体言) and
        # verbs/adjectives (用言) apart: see the module docstring.
        nouns: dict[str, bool] = {}
        verbs: dict[str, bool] = {}
        for row in rows:
            pos_flag, expand_flag, word = row[1], row[2] or "0", row[8]
            if expand_flag == "2":
                stats["rows dropped: flag 2"] += 1
                continue
            terms = word_terms(word)
            if not terms or any(TERM_SEP in t or "\t" in t for t in terms) or terms[0].startswith(NOT_TRIGGER):
                stats["rows dropped: no usable terms"] += 1
                continue
            key = TERM_SEP.join(terms)
            if len(terms) > 1:
                stats["members: multi-term"] += 1
            members = verbs if pos_flag == "2" else nouns
            members[key] = members.get(key, True) and expand_flag == "0"
        for key in verbs.keys() & nouns.keys():
            del verbs[key]  # analysed alike (the noun 使い and the verb 使う's 連用形): the noun row rules
        if len(nouns) >= 2:
            stats["groups kept: nouns"] += 1
            stats["members kept"] += len(nouns)
            cells = [key if trigger else NOT_TRIGGER + key for key, trigger in nouns.items()]
            lines.append(gid + "\t" + "\t".join(cells))
        else:
            stats["groups dropped: < 2 nouns"] += 1
        if verbs and len(verbs) + len(nouns) >= 2:
            # A verb typed in a question (使う) expands to the group's nouns (使用, 利用) and
            # verbs; a noun never expands to a verb (利用 → 使う added noise to the White
            # Paper question テレワークの利用が広がっている).  A line whose verbs are all
            # flag 1 (教える → 指導) only serves weak expansion.
            stats["groups kept: verbs"] += 1
            stats["members kept"] += len(verbs)
            cells = [key if trigger else NOT_TRIGGER + key for key, trigger in verbs.items()]
            cells += [NOT_TRIGGER + key for key in nouns]
            lines.append(gid + VERB_LINE + "\t" + "\t".join(cells))
    return lines, stats


HEADER = """\
# Synonym groups for ictsearch: a subset of the Sudachi synonym dictionary
# (SudachiDict src/main/text/synonyms.txt, Apache License 2.0, see LICENSE-2.0.txt
# and NOTICE.txt beside this file), built by tools/build_synonyms.py.
# Changes from the source: noun rows form the group; verb/adjective rows go on a
# second line, its id suffixed with v, the group's nouns there as targets only;
# only groups whose fields are all in
#   {fields};
# rows with expansion flag 2 dropped; every headword replaced by its normalized
# SudachiPy C-unit terms joined with "{sep}"; duplicate members merged; groups with
# fewer than two members dropped.
# Format: group id TAB member TAB member ...; a member starting with "{nt}" is
# flag 1 (expanded to; expands itself only where a query asks for weak expansion).
"""


# ---- the theme words' synonyms (indexer/metadata/data/theme_synonyms.tsv)

#: Groups a theme's strong word shares with words of another sense or of everyday use: their members would
#: count for the theme on pages about something else.  Chosen from the groups' words, not from any page.
THEME_GROUPS_LEFT_OUT = {
    "019350": "フィッシング as angling (釣り, 魚釣り), not the fraud",
    "021673": "移住 as moving house (転居, 引っ越し): every town's 転居届 page",
    "000269": "地域社会 as コミュニティ: any community, club or web forum",
    "017379": "覚書 as a memo (メモ, 備忘録)",
    "000564": "雑音 as noise in general (騒音: traffic, construction, neighbours)",
    "022929": "周波数 as physics' 振動数",
    "023135": "救助 as relief in general (救済: of victims of crime, of debtors, of a company)",
    "022440": "人材不足 as any shortage of hands (人手不足: a shop's, a farm's, a care home's), not of trained people",
    "001420": "統計データ as any body's figures (統計情報, 統計資料), not statistics published for reuse",
    "013456": "高齢者 as 老人 (老人ホーム, 老人クラブ: care and clubs, not the digital divide)",
    "022001": "郵便物 as anything sent by post (郵送物: every application form's return)",
    "000358": "スキル as a knack (腕前, 技量), not training",
    "011704": "避難所 as シェルター: a refuge from domestic violence, an animal shelter",
    "001225": "情報漏洩 as 情報流出: any leak, a mail sent to the wrong address, a lost USB stick (the privacy theme's, "
              "themes.toml's not_terms)",
    "024524": "定額制 as a subscription (サブスクリプション: any service's way of charging)",
    "024635": "オンライン授業 as any online course (オンライン講座: a prefecture's DX course for firms' staff, a town's "
              "smartphone course), not schooling (sceptic42's page)",
}


def theme_synonyms(source: Path, synonyms: Path, themes_toml: Path = THEMES_TOML) -> tuple[list[str], Counter]:
    """Rows (theme, word, group, the theme's word that reached it) of the words Sudachi's synonym groups
    give each theme's strong words (themes.toml `terms`).  A group is one of synonyms.tsv's noun groups
    (its fields kept there) in which the theme's word is a trigger (expansion flag 0: a word Sudachi marks
    ambiguous, AI in 鳥インフルエンザ's group, reaches nothing).  A member is taken from the source's row
    when it is a noun, a trigger itself (flag 1 marks a word whose sense depends on the sentence:
    安全性 for セキュリティ, 先生 for 教職員), not a translation (column 4 flag 1: United Nations), a Latin-letter
    abbreviation (column 5 flag 1: TV, UN, JP) nor a Latin-letter spelling (column 6 flag 1: sightseeing, community, which a Japanese page writes
    in its English menus), and not a word of any theme already (themes.toml decides those)."""
    import tomllib

    stats: Counter = Counter()
    noun_groups: dict[str, dict[tuple[str, ...], bool]] = {}
    for line in synonyms.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        gid, *cells = line.split("\t")
        if gid.endswith(VERB_LINE):
            continue
        noun_groups[gid] = {tuple(c.lstrip(NOT_TRIGGER).split(TERM_SEP)): not c.startswith(NOT_TRIGGER)
                            for c in cells}
    raw = tomllib.loads(themes_toml.read_text("utf-8"))
    listed: set[tuple[str, ...]] = set()
    for e in raw["theme"]:
        for key in ("terms", "weak_terms", "not_terms"):
            listed.update(word_terms(w) for w in e.get(key, []))
        for pair in e.get("paired_terms", []):
            listed.update(word_terms(w) for w in pair["terms"])
    reached: dict[str, list[tuple[str, str]]] = {}  # group -> [(theme, its word)]
    for e in raw["theme"]:
        for w in e.get("terms", []):
            key = word_terms(w)
            for gid, members in noun_groups.items():
                if members.get(key):
                    reached.setdefault(gid, []).append((e["name"], w))
    rows: list[str] = []
    for gid, source_rows in read_groups(source).items():
        if gid not in reached:
            continue
        if gid in THEME_GROUPS_LEFT_OUT:
            stats["theme groups left out"] += 1
            continue
        for row in source_rows:
            pos_flag, expand_flag, form, abbreviation, spelling, word = (row[1], row[2] or "0", row[4], row[5], row[6],
                                                                         row[8])
            if pos_flag == "2" or expand_flag != "0" or form == "1" or abbreviation == "1" or spelling == "1":
                stats["theme members dropped: flags"] += 1
                continue
            key = word_terms(word)
            if not key or key in listed:
                continue
            listed.add(key)
            for theme in dict.fromkeys(t for t, _ in reached[gid]):
                via = "/".join(w for t, w in reached[gid] if t == theme)
                rows.append(f"{theme}\t{word}\t{gid}\t{via}")
                stats["theme words added"] += 1
    return rows, stats


THEME_HEADER = """\
# Words of the same meaning as the themes' strong words (indexer/metadata/data/themes.toml `terms`), from the
# Sudachi synonym dictionary (SudachiDict src/main/text/synonyms.txt, Apache License 2.0, see LICENSE-2.0.txt
# and NOTICE.txt beside this file), built by tools/build_synonyms.py --themes from
# search/data/synonyms.tsv (its groups) and the source (its rows' flags and headwords).
# Changes from the source: only groups in which a theme's strong word is a trigger; only their noun rows with
# expansion flag 0, not translations (column 4 flag 1: United Nations) nor Latin-letter abbreviations or
# spellings (columns 5 and 6 flag 1: TV, sightseeing); groups of another
# sense or of everyday use left out (THEME_GROUPS_LEFT_OUT in the tool); words a theme lists already dropped.
# A theme reads these as its strong words unless themes.toml says `synonyms = false` for it.
# Format: theme TAB word TAB group number TAB the theme's word of the group.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--themes", action="store_true",
                        help="write only the theme words' synonyms (--theme-out) from --out's groups")
    parser.add_argument("--theme-out", type=Path, default=DEFAULT_THEME_OUT)
    args = parser.parse_args(argv)
    if args.themes:
        rows, stats = theme_synonyms(args.source, args.out)
        args.theme_out.write_text(THEME_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        for name, count in sorted(stats.items()):
            print(f"{name}: {count}", file=sys.stderr)
        print(f"wrote {args.theme_out} ({len(rows)} words)", file=sys.stderr)
        return 0
    lines, stats = build(args.source)
    fields = ", ".join(sorted(f or "(none)" for f in KEEP_FIELDS))
    header = HEADER.format(fields=fields, sep=TERM_SEP, nt=NOT_TRIGGER)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    for name, count in sorted(stats.items()):
        print(f"{name}: {count}", file=sys.stderr)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
