"""One import name: everything lives under `ictsearch`, nothing generic at the top level."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_import_ictsearch_gives_the_api():
    import ictsearch

    for name in ("open_index", "build_index", "SearchResult", "Hit", "Document", "IndexSummary", "IctsearchError"):
        assert getattr(ictsearch, name) is not None
    from ictsearch.search import open_index

    assert ictsearch.open_index is open_index
    assert ictsearch.search.open_index is open_index and ictsearch.cli.main and ictsearch.indexer.build_index
    assert "open_index" in dir(ictsearch) and "import_module" not in dir(ictsearch)


def test_no_generic_top_level_modules_and_search_does_not_load_the_pipeline(corpus_index):
    code = (
        # cli.main, not main(): main() ends a finished search without returning to this check.
        "import sys; from ictsearch.cli import cli\n"
        f"sys.argv = ['ictsearch', 'search', 'テレワーク', '--index', {str(corpus_index)!r}, '--json']\n"
        "try:\n    cli.main(sys.argv[1:], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('indexer', 'search', 'cli'))\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('pdfminer', 'ictsearch.indexer.pipeline', 'multiprocessing')))\n"
        "print(bad, heavy, file=sys.stderr)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT.parent, capture_output=True, text=True, timeout=120)
    assert '"total"' in res.stdout
    assert res.stderr.strip().splitlines()[-1] == "[] []"
