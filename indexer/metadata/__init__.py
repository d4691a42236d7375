"""Document metadata for ictsearch: year and fiscal year, region, themes,
organization and document type — derived from the text, overridden by manual
metadata (sidecar NAME.meta.toml or a collection's metadata.csv).

One job per module: lines (a document's head), eras (dates), regions (places,
gazetteer), themes (taxonomy, scoring), docinfo (organization, type), manual
(sidecar/csv), derive (putting it together).  Names load on first use: the
query side reads eras and regions without loading the themes or the deriver.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Metadata": ".derive", "derive_metadata": ".derive",
    "YearMention": ".eras", "find_years": ".eras", "parse_year_range": ".eras",
    "PREFECTURES": ".regions", "REGIONS": ".regions", "resolve_region": ".regions",
    "THEMES": ".themes", "resolve_theme": ".themes",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
