"""What a fresh search process loads: no module it does not use, no copy of the index files,
and the facet sets the last commit wrote (bench/latency.py times the process; no timings here)."""

from __future__ import annotations

import io
import json
import pickle
import random
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, write

#: Modules that Whoosh imports and no ictsearch command uses (search/lean_whoosh.py), and numpy,
#: which searches used until they were done in pure Python (its import was 0.10-0.16 s); and
#: modules only writing uses (tempfile, shutil, random), date fields (calendar) or doc ids (hashlib).
UNUSED = ("asyncio", "urllib.request", "cached_property", "whoosh.lang.morph_en", "http.client", "ssl", "numpy",
          "tempfile", "shutil", "random", "calendar", "hashlib")


def _fresh(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_fresh_search_imports_none_of_whooshs_unused_modules(corpus_index):
    # cli.main, not main(): main() ends a finished search without returning (test below).
    loaded = _fresh(f"""
import io, json, sys
from contextlib import redirect_stdout
from ictsearch.cli import cli
out = io.StringIO()
with redirect_stdout(out):
    cli.main(["search", "テレワーク", "--json", "--index", {str(corpus_index)!r}], standalone_mode=False)
assert json.loads(out.getvalue())["total"] > 0
print(json.dumps([m for m in {UNUSED!r} if m in sys.modules]))
""")
    assert loaded == []


def test_a_search_for_a_plain_word_compiles_no_date_or_place_pattern(corpus_index):
    # Compiling them cost a fresh search 20-30 ms; a word with no digit and no era name names no year.
    compiled = _fresh(f"""
import io, json, sys
from contextlib import redirect_stdout
from ictsearch.cli import cli
out = io.StringIO()
with redirect_stdout(out):
    cli.main(["search", "テレワーク 東北", "--json", "--index", {str(corpus_index)!r}], standalone_mode=False)
from ictsearch.indexer.metadata import eras, regions
patterns = [p for m in (eras, regions) for p in vars(m).values() if type(p).__name__ == "LazyPattern"]
print(json.dumps([len(patterns), sum("search" in vars(p) for p in patterns)]))
""")
    assert compiled[0] >= 20 and compiled[1] == 0


def test_a_finished_search_exits_at_once_with_all_its_output(corpus_index):
    # main() skips the interpreter's teardown after a search: the output must be whole all the same.
    cmd = [sys.executable, "-c", "from ictsearch.cli import main; main()", "search", "地域", "--limit", "500", "--fragments", "3",
           "--json", "--index", str(corpus_index)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["hits"]) == result["total"] == 5 and result["facets"]
    bad = subprocess.run(cmd[:4] + ["(テレワーク", "--json", "--index", str(corpus_index)],
                         capture_output=True, text=True, cwd=ROOT.parent, timeout=120)
    assert bad.returncode == 2 and json.loads(bad.stderr)["kind"] == "BadQuery"


def test_an_index_run_imports_no_numpy(tmp_path, corpus_copy):
    # Only searching needs it; importing it was 0.15 s of a 21-PDF index run (bench/pdf_index_speed.py).
    loaded = _fresh(f"""
import json, sys
from ictsearch.cli import cli
try:
    cli.main(["index", {str(corpus_copy)!r}, "--index", {str(tmp_path / "idx")!r}, "--jobs", "1", "--quiet"],
             standalone_mode=False)
except SystemExit as e:  # the index command ends with its exit status
    assert e.code == 0, e.code
print(json.dumps("numpy" in sys.modules))
""")
    assert loaded is False
    assert list((tmp_path / "idx").glob("gen-*/facets-1.sets"))


def test_the_stand_ins_leave_the_real_modules_importable():
    found = _fresh("""
import json, sys
import ictsearch.search.lean_whoosh
import whoosh.reading, whoosh.query.terms
import urllib.request, cached_property
from whoosh.query import Variations
out = {
    "urlopen": hasattr(urllib.request, "urlopen"),
    "cached_property": whoosh.reading.cached_property.__module__,
    "variations": sorted(whoosh.query.terms.variations("render")),
    "asyncio_for_others": hasattr(cached_property, "threaded_cached_property"),
}
print(json.dumps(out))
""")
    assert found["urlopen"] and found["asyncio_for_others"]
    assert found["cached_property"] == "functools"
    assert "render" in found["variations"] and "rendered" in found["variations"]


def test_a_mapped_reader_reads_as_bytesio_does():
    from ictsearch.search.mapped import MappedReader

    data = pickle.dumps({"順位": list(range(50)), "text": "a\nb\n" * 30}, protocol=2) + b"line one\nline two\nend"
    rng = random.Random(7)
    mapped, copied = MappedReader(memoryview(data)), io.BytesIO(data)
    for _ in range(400):
        op = rng.choice(["read", "read_all", "seek", "seek_cur", "seek_end", "readline", "readinto", "peek"])
        if op == "peek":
            ahead = mapped.peek(rng.randrange(0, 40))
            assert ahead and copied.getvalue()[copied.tell():].startswith(ahead) or copied.tell() >= len(data)
        elif op == "read":
            n = rng.randrange(0, 40)
            assert mapped.read(n) == copied.read(n)
        elif op == "read_all":
            assert mapped.read() == copied.read()
        elif op == "seek":
            pos = rng.randrange(0, len(data) + 10)
            assert mapped.seek(pos) == copied.seek(pos)
        elif op == "seek_cur":
            delta = rng.randrange(0, 20)
            assert mapped.seek(delta, 1) == copied.seek(delta, 1)
        elif op == "seek_end":
            back = -rng.randrange(0, 30)
            assert mapped.seek(back, 2) == copied.seek(back, 2)
        elif op == "readline":
            assert mapped.readline() == copied.readline()
        else:
            n = rng.randrange(0, 30)
            a, b = bytearray(n), bytearray(n)
            assert mapped.readinto(a) == copied.readinto(b) and a == b
        assert mapped.tell() == copied.tell()
    mapped.seek(0)
    assert pickle.load(mapped)["順位"] == list(range(50))  # through peek, as the unpickler reads
    assert mapped.read(8) == b"line one"


def test_an_open_index_reads_its_files_in_place(corpus_searcher):
    from ictsearch.search.mapped import MappedFile, MappedReader

    corpus_searcher.search("テレワーク")
    reader = corpus_searcher._local.searcher.reader()
    postings = reader._terms._postfile
    assert isinstance(postings, MappedFile) and isinstance(postings.file, MappedReader)


# -- facet sets written at commit --------------------------------------------------


def _ready_files(index_dir):
    return sorted(p.name for p in index_dir.glob("gen-*/facets-*.sets"))


def _counts(index_dir, query="テレワーク"):
    from ictsearch.search import open_index

    with open_index(index_dir) as idx:
        res = idx.search(query, limit=3)
        ready = bool(idx._local.facets._ready)
        return ready, res.to_dict(), idx.facets(), idx.missing()


@pytest.fixture()
def updated_index(tmp_path, corpus_copy):
    from ictsearch.indexer import build_index

    src = tmp_path / "src"
    shutil.copytree(corpus_copy, src)
    index_dir = tmp_path / "idx"
    build_index([src], index_dir, jobs=1)
    return src, index_dir


def test_each_commit_writes_the_facet_sets_and_a_search_uses_them(updated_index):
    from ictsearch.indexer import build_index

    src, index_dir = updated_index
    assert _ready_files(index_dir) == ["facets-1.sets"]
    ready, result, facets, missing = _counts(index_dir)
    assert ready and result["total"] > 0
    write(src / "宮城のテレワーク.txt", "宮城県のテレワーク推進事業（令和5年度）の報告です。\n")
    build_index([src], index_dir, jobs=1)
    # One file, of the new generation: the old sets were for the index before the update.
    assert _ready_files(index_dir) == ["facets-2.sets"]
    ready, result2, facets2, _ = _counts(index_dir)
    assert ready and result2["total"] == result["total"] + 1
    assert facets2["prefecture"].get("宮城県", 0) == facets["prefecture"].get("宮城県", 0) + 1


def test_without_the_facet_sets_a_search_answers_the_same(updated_index):
    _, index_dir = updated_index
    with_sets = _counts(index_dir)
    [path] = index_dir.glob("gen-*/facets-*.sets")
    path.unlink()  # an index written before the sets existed
    without = _counts(index_dir)
    assert with_sets[0] and not without[0]
    assert with_sets[1:] == without[1:]


def _rewritten(path, edit_header=lambda h: h, edit_sets=lambda b: b):
    """The sets file with its header and sets edited and a CRC-32 that fits them (a file written wrong)."""
    import zlib

    from ictsearch.search.facet_sets import _PREAMBLE

    data = path.read_bytes()
    length, _ = _PREAMBLE.unpack_from(data)
    header = json.loads(data[_PREAMBLE.size:_PREAMBLE.size + length])
    assert header["size"] % 8, "the last byte of a set must have room past the index"
    header = json.dumps(edit_header(header), ensure_ascii=False).encode("utf-8")
    sets = edit_sets(bytearray(data[_PREAMBLE.size + length:]))
    path.write_bytes(_PREAMBLE.pack(len(header), zlib.crc32(header + sets)) + header + sets)


def _older_layout(h):
    return {**h, "layout": 3}


def _member_past_the_index(b):
    b[-1] |= 0x80  # the last set's last byte: a document number past the index
    return b


@pytest.mark.parametrize("damage", ["other generation", "cut short", "other index", "older layout", "member past the index"])
def test_facet_sets_that_do_not_fit_the_index_are_ignored(updated_index, tmp_path, corpus_copy, damage):
    from ictsearch.indexer import build_index

    _, index_dir = updated_index
    expected = _counts(index_dir)[1:]
    [path] = index_dir.glob("gen-*/facets-*.sets")
    if damage == "other generation":
        path.rename(path.with_name("facets-7.sets"))
    elif damage == "cut short":
        path.write_bytes(path.read_bytes()[:200])
    elif damage == "older layout":
        _rewritten(path, edit_header=_older_layout)
    elif damage == "member past the index":
        _rewritten(path, edit_sets=_member_past_the_index)
    else:
        # The sets of a smaller index, under this index's generation number.
        other_src = tmp_path / "other"
        other_src.mkdir()
        shutil.copy(next(corpus_copy.glob("*.txt")), other_src)
        build_index([other_src], tmp_path / "other-idx", jobs=1)
        [other] = (tmp_path / "other-idx").glob("gen-*/facets-*.sets")
        shutil.copy(other, path)
    ready, *answers = _counts(index_dir)
    assert not ready
    assert answers == list(expected)


def test_the_sets_hold_what_the_postings_hold(corpus_index):
    from ictsearch.search import open_index
    from ictsearch.search.counting import FacetCache
    from ictsearch.search.facets import FACETS

    with open_index(corpus_index) as idx:
        searcher, loaded = idx._searcher()
        assert loaded._ready
        read = FacetCache(searcher)
        for facet in FACETS:
            a, b = loaded.values(facet.name), read.values(facet.name)
            assert list(a) == list(b)  # the values in the same order
            assert a == b
        assert loaded.fiscal_years() == read.fiscal_years()
        assert any(loaded.values(f.name) for f in FACETS)
