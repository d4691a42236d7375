"""Regressions found by trying to break the re-derivation of an index built by other metadata
rules (rules_version, commit 6420f65) as a maintainer upgrading an index would (review 11).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import write


def _cli(*args):
    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def test_rules_version_ignores_what_is_not_installed_rules(tmp_path, monkeypatch):
    # An editor's lock file beside derive.py (emacs writes .#derive.py, a symlink to nowhere)
    # made every `ictsearch index` of a checkout fail with "cannot write the index at …: No such
    # file or directory (…/.#derive.py)"; a folder in data/ failed it with IsADirectoryError; a
    # backup file in data/ (themes.toml~) gave a checkout another rules_version than the
    # installed copy of the same code, so one index was derived again by each in turn.
    import shutil

    from ictsearch.indexer import metadata

    pkg = tmp_path / "indexer" / "metadata"
    shutil.copytree(metadata.DATA_DIR.parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(metadata.DATA_DIR.parent.parent / "document.py", pkg.parent / "document.py")
    monkeypatch.setattr(metadata, "DATA_DIR", pkg / "data")
    monkeypatch.setattr(metadata, "__file__", str(pkg / "__init__.py"))

    def version():
        metadata.rules_version.cache_clear()
        return metadata.rules_version()

    try:
        clean = version()
        (pkg / ".#derive.py").symlink_to("user@host.1234:1700000000")
        (pkg / "data" / "old").mkdir()
        (pkg / "data" / "themes.toml~").write_text("x", encoding="utf-8")
        (pkg / "data" / ".themes.toml.swp").write_bytes(b"\0")
        assert version() == clean
        (pkg / "data" / "themes.toml").write_bytes((pkg / "data" / "themes.toml").read_bytes() + b"\n")
        assert version() != clean  # the rules themselves still count
    finally:
        metadata.rules_version.cache_clear()


def test_rederived_counts_only_documents_derived_again_and_nothing_else(tmp_path, monkeypatch):
    # IndexSummary.rederived counted every task planned with other rules, before the run: a
    # document whose sidecar was edited (or became unreadable) in the same upgrade was counted
    # as "only derived again", and one that then failed was counted too: "0 updated … (1 of the
    # updated were derived again …)".
    import ictsearch
    from ictsearch.indexer import plan as plan_mod

    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業\n東北総合通信局は、テレワークの導入を支援します。\n")
    write(docs / "b.txt", "光回線の整備\n町内全域で光回線が使えるようになりました。\n")
    write(docs / "c.txt", "地域情報化計画\n岩手県の市町村と共同で策定しました。\n")
    write(docs / "b.txt.meta.toml", 'region = "東北"\n')
    write(docs / "c.txt.meta.toml", 'region = "東北"\n')
    assert ictsearch.build_index([docs], idx).added == 3
    monkeypatch.setattr(plan_mod, "rules_version", lambda: "other rules")
    write(docs / "b.txt.meta.toml", 'region = "関東"\n')  # edited: not only derived again
    write(docs / "c.txt.meta.toml", 'region = "東北\n')  # unreadable: c fails
    dry = ictsearch.build_index([docs], idx, dry_run=True)
    assert (dry.updated, dry.rederived) == (3, 1)
    run = ictsearch.build_index([docs], idx)
    assert (run.updated, run.failed, run.rederived) == (2, 1, 1), run
    res = _cli("index", docs, "--index", idx)
    assert "derived again" not in res.output, res.output  # c fails again, and is no re-derivation


def test_status_tells_how_many_documents_the_next_run_derives_again(tmp_path, monkeypatch):
    # After an upgrade, `ictsearch status` (and IndexStatus) called the index up to date: nothing
    # said that the next run would derive every document again (minutes on a large folder).
    import ictsearch
    from ictsearch.indexer import status as status_mod

    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業\n東北総合通信局は、テレワークの導入を支援します。\n")
    write(docs / "b.txt", "光回線の整備\n町内全域で光回線が使えるようになりました。\n")
    ictsearch.build_index([docs], idx)
    assert ictsearch.index_status(idx).other_rules == 0
    assert "derived by an earlier" not in _cli("status", "--index", idx).output
    monkeypatch.setattr(status_mod, "rules_version", lambda: "other rules")
    assert ictsearch.index_status(idx).other_rules == 2
    res = _cli("status", "--index", idx)
    assert "2 derived by an earlier version's rules: the next `ictsearch index` derives them again" in res.output
    assert '"other_rules": 2' in _cli("status", "--index", idx, "--json").output


def test_a_run_stopped_after_its_commit_is_not_called_a_rederivation(tmp_path, monkeypatch):
    # A run stopped between its commit and its manifest (Ctrl-C, a kill) leaves the next run a
    # manifest rebuilt from the index, which knows no rules: that run processed every document
    # again, as it must, and said they "came from an earlier version's rules", which they did not.
    import ictsearch
    from ictsearch.indexer import plan as plan_mod
    from ictsearch.indexer.store import IndexStore

    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業\n東北総合通信局は、テレワークの導入を支援します。\n")
    write(docs / "b.txt", "光回線の整備\n町内全域で光回線が使えるようになりました。\n")
    with monkeypatch.context() as m:
        m.setattr(plan_mod, "rules_version", lambda: "other rules")
        ictsearch.build_index([docs], idx)
    with monkeypatch.context() as m:
        def stopped(*args, **kwargs):
            raise KeyboardInterrupt

        m.setattr(IndexStore, "write_manifest", stopped)
        with pytest.raises(KeyboardInterrupt, match="Interrupted after the commit"):
            ictsearch.build_index([docs], idx)
    again = ictsearch.build_index([docs], idx)
    # The stopped run's pending manifest now records its commit (dev22): nothing is done again.
    assert (again.updated, again.rederived, again.unchanged) == (0, 0, 2)
    assert ictsearch.build_index([docs], idx).unchanged == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_deriving_every_document_again_does_not_keep_the_old_segments(tmp_path, monkeypatch, jobs):
    # Whoosh's MERGE_SMALL merges only small segments: a segment all of whose documents a run
    # replaced stayed in the index, so each upgrade's re-derivation added a copy of the whole
    # index (1,894 documents: 52 MB, then 104, 168, 219, 270 MB, 2 segments then 4, 6, 8, 10).
    import ictsearch
    from ictsearch.indexer import plan as plan_mod
    from ictsearch.indexer.store import IndexStore

    docs, idx = tmp_path / "docs", tmp_path / "idx"
    for i in range(4):
        write(docs / f"r{i}.txt", f"令和{i + 2}年度 テレワーク推進事業 第{i + 1}報\n東北総合通信局は、テレワークの導入を支援します。\n")
    ictsearch.build_index([docs], idx, jobs=jobs)
    for upgrade in ("rules 1", "rules 2"):
        monkeypatch.setattr(plan_mod, "rules_version", lambda upgrade=upgrade: upgrade)
        assert ictsearch.build_index([docs], idx, jobs=jobs).rederived == 4
        ix = IndexStore(idx).open_whoosh()
        assert (ix.doc_count(), ix.doc_count_all()) == (4, 4)
    with ictsearch.open_index(idx) as index:
        assert index.search("テレワーク").total == 4


def test_rules_version_follows_the_sudachi_dictionary(monkeypatch):
    # Theme words are matched on Sudachi's normalized forms, so an upgrade of sudachidict-core
    # can move a document's themes as a change of themes.toml does; rules_version left the
    # dictionary out, and such an index kept the old dictionary's themes until --rebuild.
    from ictsearch.indexer import metadata

    try:
        metadata.rules_version.cache_clear()
        before = metadata.rules_version()
        assert "sudachidict-core " in metadata._sudachi_versions()
        monkeypatch.setattr(metadata, "_sudachi_versions", lambda: "sudachipy 0.6.8; sudachidict-core 20990101")
        metadata.rules_version.cache_clear()
        assert metadata.rules_version() != before
    finally:
        metadata.rules_version.cache_clear()
