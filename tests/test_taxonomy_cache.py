"""The theme taxonomy kept in the extraction cache folder: the same taxonomy, built again when the file is bad."""

from __future__ import annotations

from ictsearch.indexer.metadata import themes
from ictsearch.indexer.taxonomy_cache import use_cached_taxonomy


def _fresh(monkeypatch):
    # As in a new process: the module's own builder, nothing built yet (put back afterwards).
    monkeypatch.setattr(themes, "taxonomy", getattr(themes.taxonomy, "built", themes.taxonomy))
    themes.taxonomy.cache_clear()


def test_a_second_process_reads_the_taxonomy_the_first_stored(tmp_path, monkeypatch):
    built = themes.taxonomy()
    _fresh(monkeypatch)
    use_cached_taxonomy(tmp_path)
    stored = list(tmp_path.glob("taxonomy-*.pickle"))
    assert len(stored) == 1
    assert themes.taxonomy() == built
    # What a new process does: nothing built yet, the file is there.
    _fresh(monkeypatch)
    use_cached_taxonomy(tmp_path)
    assert themes.taxonomy.cache_info().currsize == 0  # not built: read from the file
    loaded = themes.taxonomy()
    assert loaded == built and loaded is not built
    assert themes.score_themes(["テレワーク"] * 20 + ["推進"] * 80) == (("働き方・テレワーク", 1.0),)


def test_a_damaged_file_is_built_again(tmp_path, monkeypatch):
    built = themes.taxonomy()
    _fresh(monkeypatch)
    use_cached_taxonomy(tmp_path)
    path = next(tmp_path.glob("taxonomy-*.pickle"))
    path.write_bytes(path.read_bytes()[:100])
    _fresh(monkeypatch)
    use_cached_taxonomy(tmp_path)
    assert themes.taxonomy() == built
    assert len(path.read_bytes()) > 100  # stored whole again


def test_the_file_is_named_by_what_the_taxonomy_is_built_from(tmp_path, monkeypatch):
    _fresh(monkeypatch)
    use_cached_taxonomy(tmp_path)
    first = {p.name for p in tmp_path.glob("taxonomy-*.pickle")}
    # Another themes.toml or module source (here: every file read for the name gains a byte) is another file.
    _fresh(monkeypatch)
    import ictsearch.indexer.taxonomy_cache as tc

    monkeypatch.setattr(tc.Path, "read_bytes", lambda self, _real=tc.Path.read_bytes: _real(self) + b"#")
    use_cached_taxonomy(tmp_path / "other")
    second = {p.name for p in (tmp_path / "other").glob("taxonomy-*.pickle")}
    assert first and second and first != second
