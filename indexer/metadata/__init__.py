"""Document metadata for ictsearch: year and fiscal year, region, themes,
organization and document type — derived from the text, overridden by manual
metadata (sidecar NAME.meta.toml or a collection's metadata.csv).

One job per module: lines (a document's head), eras (dates), regions (places,
gazetteer), themes (taxonomy, scoring), docinfo (organization, type), manual
(sidecar/csv), derive (putting it together).  Names load on first use: the
query side reads eras and regions without loading the themes or the deriver.
"""

from __future__ import annotations

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
__all__ = list(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)