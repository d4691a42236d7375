"""Document metadata for ictsearch: year and fiscal year, region, themes,
organization and document type — derived from the text, overridden by manual
metadata (sidecar NAME.meta.toml or a collection's metadata.csv).

One job per module: eras (dates), regions (places, gazetteer), themes
(taxonomy, scoring), docinfo (organization, type), manual (sidecar/csv),
derive (putting it together).
"""

from .derive import Metadata, derive_metadata
from .eras import YearMention, find_years, parse_year_range
from .regions import PREFECTURES, REGIONS, resolve_region
from .themes import THEMES, resolve_theme

__all__ = [
    "Metadata", "PREFECTURES", "REGIONS", "THEMES", "YearMention", "derive_metadata", "find_years",
    "parse_year_range", "resolve_region", "resolve_theme",
]
