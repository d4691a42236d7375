"""review42: a new user's folder (Word, Excel, PowerPoint, two-column PDF, saved page, Shift_JIS text, CSV,
odd names, links, files changing under a run) and a developer embedding the API, trying to break the
product as shipped.  Each test is a problem found so, fixed on this branch."""

from __future__ import annotations

import os
from pathlib import Path

import ictsearch


def _plan(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "事業計画.txt"
    path.write_text("関東総合通信局 令和6年度 事業計画\n\n東京都と連携し、テレワークの推進を図る。\n", encoding="utf-8")
    return path


def test_a_file_touched_without_a_change_is_not_changed_after_the_next_run(tmp_path):
    """`touch`, a copy without -p, a git checkout or an unzip of the same archive move a file's time: the next
    run reads its bytes, finds them the same by content hash and leaves the document as it is (unchanged),
    but search, show and export kept saying "(file changed) … until the next index run" after every run."""
    path = _plan(tmp_path / "資料")
    index = tmp_path / "idx"
    ictsearch.build_index([tmp_path / "資料"], index)
    os.utime(path, ns=(1_577_836_800_000_000_000, 1_577_836_800_000_000_000))  # 2020-01-01
    with ictsearch.open_index(index) as idx:
        assert idx.search("テレワーク").hits[0].changed  # not indexed since: so it is said
    summary = ictsearch.build_index([tmp_path / "資料"], index)
    assert (summary.unchanged, summary.updated) == (1, 0)
    with ictsearch.open_index(index) as idx:
        hit = idx.search("テレワーク").hits[0]
        assert (hit.gone, hit.changed) == (False, False)
        assert not idx.get(hit.doc_id).changed
        assert not any(d.changed for d in idx.documents())
        # A real edit afterwards is still told.
        with open(path, "a", encoding="utf-8") as f:
            f.write("追記: 令和6年度の実績。\n")
        assert idx.search("テレワーク").hits[0].changed
        assert idx.get(hit.doc_id).changed


def test_a_stray_dash_at_the_end_does_not_turn_a_word_left_out_into_one_searched(tmp_path):
    """「-テレワーク -」 and 「テレワーク -東京 -」 (a dash typed once too often, at the end) read the dashes as a
    pasted release's subtitle between two dashes: the word to leave out was searched for instead (3 hits
    where -テレワーク has 9).  A dash alone at the end is dropped, as 「テレワーク -」 drops it."""
    from ictsearch.search.query import Not, parse

    assert parse("-テレワーク -") == parse("-テレワーク")
    assert parse("テレワーク -東京 -") == parse("テレワーク -東京")
    assert parse("-東京 テレワーク −") == parse("-東京 テレワーク")
    assert parse("テレワーク、防災 -東京 -") == parse("テレワーク、防災 -東京")  # a 、 makes the query no subtitle
    # A release's title pasted whole keeps its subtitle, its closing dash typed apart or glued.
    for pasted in ("光ファイバ整備を支援 −「高度無線環境整備推進事業」の補助金交付を決定 −",
                   "離島向け光ファイバ等の維持管理 −高度無線環境整備推進事業の補助金交付を決定−"):
        assert not any(isinstance(n, Not) for n in parse(pasted).nodes), pasted

    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "在宅.txt").write_text("テレワークの推進\n\n東北総合通信局は、テレワークの普及に取り組む。\n", encoding="utf-8")
    (docs / "防災.txt").write_text("防災行政無線の整備\n\n熊本県の市町村における防災行政無線の整備状況。\n", encoding="utf-8")
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        assert [h.title for h in idx.search("-テレワーク -", region="九州").hits] == ["防災行政無線の整備"]


def test_export_asked_for_json_says_how_it_writes_json(tmp_path, monkeypatch, capsys):
    """Every command but export takes --json: `ictsearch export --json` was told only "No such option
    '--json'", and `--format json` to pick from jsonl and opensearch, not that JSON Lines is its JSON."""
    import json
    import sys

    import pytest

    from ictsearch import cli as cli_module

    for args, as_json in ((["export", "--json"], True), (["export", "--format", "json"], True),
                          (["export", "--format", "JSON"], True), (["export", "--jsonl"], False)):
        monkeypatch.setattr(sys, "argv", ["ictsearch", *args, "--index", str(tmp_path / "idx")])
        with pytest.raises(SystemExit) as exit_:
            cli_module.main()
        assert exit_.value.code == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1, err
        message = json.loads(err)["error"] if as_json else err
        assert "`ictsearch export --format jsonl`" in message, (args, message)
    # A misspelt option of export is still answered as before.
    monkeypatch.setattr(sys, "argv", ["ictsearch", "export", "--formt", "jsonl"])
    with pytest.raises(SystemExit):
        cli_module.main()
    assert "Did you mean '--format'?" in capsys.readouterr().err


def test_a_file_whose_name_starts_with_a_dash_is_answered_with_how_to_name_it(tmp_path, monkeypatch, capsys):
    """`ictsearch show "-報告 令和5年度.txt"` (a file named with a leading dash, as a colleague saved it) was
    "No such option '-報'": the file named read as options, and nothing said how to name it."""
    import json
    import sys

    import pytest

    from ictsearch import cli as cli_module

    monkeypatch.chdir(tmp_path)
    (tmp_path / "-報告 令和5年度.txt").write_text("東北総合通信局 令和5年度 報告\n\nテレワークの推進。\n", encoding="utf-8")
    for command in ("show", "index", "similar"):
        monkeypatch.setattr(sys, "argv", ["ictsearch", command, "-報告 令和5年度.txt", "--json",
                                          "--index", str(tmp_path / "idx")])
        with pytest.raises(SystemExit) as exit_:
            cli_module.main()
        assert exit_.value.code == 2
        error = json.loads(capsys.readouterr().err)["error"]
        assert "'./-報告 令和5年度.txt'" in error and f"ictsearch {command} -- " in error, error
    # Named so, it is indexed and shown.
    summary = ictsearch.build_index(["./-報告 令和5年度.txt"], tmp_path / "idx")
    assert summary.added == 1
    # An option mistyped, with no such file there, is answered as before.
    monkeypatch.setattr(sys, "argv", ["ictsearch", "show", "-x", "--index", str(tmp_path / "idx")])
    with pytest.raises(SystemExit):
        cli_module.main()
    assert "No such option '-x'" in capsys.readouterr().err


def test_a_file_written_while_the_run_reads_it_caches_no_text_under_its_old_bytes(tmp_path, monkeypatch):
    """A save landing between the run's content hash and its extraction cached the new text under the old
    bytes' hash: a copy of the earlier version (kept in another folder, or the file put back) was then
    indexed with text it does not hold."""
    import hashlib
    import shutil

    from ictsearch.indexer import extract as extract_module
    from ictsearch.indexer.cache import ExtractCache
    from ictsearch.indexer.store import IndexStore

    docs = tmp_path / "資料"
    path = _plan(docs)
    old = path.read_bytes()
    kept = tmp_path / "送付済み"
    kept.mkdir()
    shutil.copy2(path, kept / "事業計画.txt")  # the version sent out, kept as it was
    real = extract_module.extract

    def extract_while_saved(p, *args, **kwargs):
        if Path(p) == path:
            path.write_text("近畿総合通信局 令和7年度 事業計画\n\n大阪府と連携し、ローカル5Gの実証を行う。\n", encoding="utf-8")
        return real(p, *args, **kwargs)

    monkeypatch.setattr(extract_module, "extract", extract_while_saved)
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    monkeypatch.setattr(extract_module, "extract", real)
    cached = ExtractCache(IndexStore(tmp_path / "idx").cache_dir).get(hashlib.sha256(old).hexdigest())
    assert cached is None or "大阪府" not in "".join(cached["pages"])
    # The copy of the earlier version is indexed with its own text.
    ictsearch.build_index([kept], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        text = idx.get(str(kept / "事業計画.txt")).text
    assert "東京都" in text and "大阪府" not in text


def test_a_folder_pasted_with_quotes_a_space_or_as_a_file_address_is_named_as_it_is_there(tmp_path, monkeypatch):
    """`ictsearch show` finds a document whose path is pasted in quotes, with a trailing space or newline, or
    as a file:/// address; `ictsearch index` said only "no such file or folder" of the folder pasted so."""
    docs = tmp_path / "資料 2023"
    _plan(docs)
    monkeypatch.chdir(tmp_path)
    for pasted in ('"資料 2023"', "資料 2023 ", f"{docs}\n", docs.as_uri()):
        summary = ictsearch.build_index([pasted], tmp_path / "idx")
        assert summary.added == 0
        (named, reason), = summary.problems
        assert reason.startswith("no such file or folder: ") and "is there (give it without the quotes" in reason, reason
        assert "資料 2023" in reason.split(": ", 1)[1]
    # A path that is not there in any form is said as before.
    (named, reason), = ictsearch.build_index(["資料 2024 "], tmp_path / "idx").problems
    assert reason == "no such file or folder"
