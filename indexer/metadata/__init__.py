"""Document metadata for ictsearch: year and fiscal year, region, themes,
organization and document type — derived from the text, overridden by manual
metadata (sidecar NAME.meta.toml or a collection's metadata.csv).

One job per module: lines (a document's lines, head and title proper), eras (era
and year notation), dates (the document's own date: fiscal year and year), date_ranker (a
learned pick among the date mentions, for a year or 年度 the dates rules leave empty), regions
(places, gazetteer), address (places from a web address), themes (taxonomy,
scoring), docinfo (organization, type), manual (sidecar/csv), derive (putting it
together: 全国 or not, manual values over derived ones, where each came from).  Names load on first use: the
query side reads eras and regions without loading the themes or the deriver.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..lazy import lazy_exports

#: The gazetteer, the municipalities and the themes, read as files beside the code (as
#: search/synonyms.py reads its data): importlib.resources and the modules only it needs
#: were a few milliseconds of every fresh search (0.310 s against 0.313 s, medians of 15).
DATA_DIR = Path(__file__).with_name("data")

_EXPORTS = {
    "Metadata": ".derive", "derive_metadata": ".derive",
    "YearMention": ".eras", "find_years": ".eras", "parse_year_range": ".eras",
    "PREFECTURES": ".regions", "REGIONS": ".regions", "resolve_region": ".regions",
    "THEMES": ".themes", "resolve_theme": ".themes",
}
__all__ = [*_EXPORTS, "rules_version", "NONE_WORDS"]

#: The words that say "no value": a sidecar or a metadata.csv clears a derived value with them, and
#: a filter (--year none, 年度:不明, --theme なし) selects the documents that have none.
NONE_WORDS = ("none", "不明", "なし")
__getattr__ = lazy_exports(__name__, _EXPORTS)


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A digest of the code and data that derive metadata (this package, the title rules of
    indexer/document.py, the analyzer — its code and version — and the Sudachi dictionary it reads)
    and of the extractor's version: an index records it per document, and a run derives
    again the documents derived by other rules, so an upgrade's better text, terms, years, places
    and themes reach an existing index."""
    import hashlib  # (not at import: a search reads this package and never needs it)

    here = Path(__file__).parent
    # What the package installs (pyproject.toml's package-data): an editor's lock or backup file
    # (.#derive.py, themes.toml~) or a folder in data/ failed every run of a checkout, or gave it
    # another version than the installed copy of the same code.
    files = [*here.glob("*.py"), *DATA_DIR.glob("*.tsv"), *DATA_DIR.glob("*.toml"), *DATA_DIR.glob("*.json"),
             here.parent / "document.py", here.parent / "analysis.py"]
    files = sorted(f for f in files if not f.name.startswith(".") and f.is_file())
    from ..analysis import ANALYZER_VERSION
    from ..cache import EXTRACTOR_VERSION

    # The extractor's version too: a fix to the text (a PDF's columns, a page's furniture) must
    # reach an existing index as a fix to the rules does (its cache entries are per version);
    # and the analyzer's, so a word the analyzer used to drop is in the index after the next run.
    digest = hashlib.sha256(f"extractor {EXTRACTOR_VERSION} analyzer {ANALYZER_VERSION}".encode())
    # Themes match Sudachi's normalized forms: a new dictionary (sudachidict-core is released
    # several times a year) normalizes some words otherwise and moves themes as a rule would.
    digest.update(_sudachi_versions().encode())
    for f in files:
        # Line endings as a checkout writes them (git's autocrlf) must not make another version.
        digest.update(f.name.encode() + b"\0" + f.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:16]


def _sudachi_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for dist in ("sudachipy", "sudachidict-core"):
        try:
            found.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:  # a source checkout run without installing: the code decides
            found.append(f"{dist} ?")
    return "; ".join(found)
