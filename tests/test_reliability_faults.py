"""Faults users meet: a full disk during an update, a damaged index, a damaged extraction cache."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.indexer import CorruptIndex, IctsearchError, build_index
from ictsearch.indexer.cache import ExtractCache
from ictsearch.search import open_index

from conftest import CORPUS, ROOT, write

ONE_DOC = "tohoku-bureau-fy2023-ict-policy-slides.txt"


def _cli(*args, timeout=120):
    return subprocess.run(
        [sys.executable, "-c", "from ictsearch.cli import main; main()", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )


def _one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# -- a full disk ----------------------------------------------------------------


def _mount_small_disk(mnt: Path, tmp_path: Path) -> str | None:
    """Mount a 3 MB file system at `mnt` (tmpfs, else a loop device); return why not, or None."""
    if os.geteuid() != 0:
        return "mounting a small file system needs root"
    why = []
    try:
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True, text=True)
        if r.returncode == 0:
            return None
        why.append(f"tmpfs: {r.stderr.strip()}")
        img = tmp_path / "disk.img"
        with open(img, "wb") as f:
            f.truncate(4 * 1024 * 1024)
        r = subprocess.run(["mkfs.ext4", "-q", "-F", str(img)], capture_output=True, text=True)
        if r.returncode == 0:
            r = subprocess.run(["mount", "-o", "loop", str(img), str(mnt)], capture_output=True, text=True)
            if r.returncode == 0:
                return None
        why.append(f"loop device: {r.stderr.strip()}")
    except FileNotFoundError as e:
        why.append(str(e))
    return "cannot mount a small file system here (" + "; ".join(why) + ")"


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "disk"
    mnt.mkdir()
    why = _mount_small_disk(mnt, tmp_path)
    if why:
        pytest.skip(why)
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(disk: Path, leave: int) -> Path:
    """Fill the file system, then give back `leave` bytes."""
    filler = disk / "filler"
    with open(filler, "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_full_disk_during_an_update_keeps_the_previous_index(small_disk, tmp_path, jobs):
    src = tmp_path / "src"
    shutil.copytree(CORPUS, src)
    idx = small_disk / "idx"
    build_index([src], idx, jobs=1)
    more = tmp_path / "more"
    for i in range(40):
        write(more / f"doc{i:02d}.txt", f"資料{i}\n\n" + f"北海道のスマート漁業と海底ケーブルの取組{i}。" * 150)
    filler = _fill(small_disk, leave=64 * 1024)

    res = _cli("index", src, more, "--index", idx, "--jobs", jobs)
    assert res.returncode == 2
    line = _one_line_error(res.stderr)
    assert "No space left on device" in line and str(idx) in line
    # The previous index is untouched and searchable.
    res = _cli("search", "迷惑メール", "--index", idx, "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["total"] == 1
    with open_index(idx) as ix:
        assert ix.doc_count() == 5 and ix.search("スマート漁業").total == 0

    filler.unlink()  # space again: the next run completes the work
    assert build_index([src, more], idx, jobs=jobs).added == 40
    with open_index(idx) as ix:
        assert ix.doc_count() == 45 and ix.search("スマート漁業").total == 40


# -- a damaged index ------------------------------------------------------------


@pytest.fixture(scope="module")
def good_index(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("good")
    src = base / "src"
    shutil.copytree(CORPUS, src)
    build_index([src], base / "idx", jobs=1)
    return base / "idx", src


def _segment(idx: Path) -> Path:
    (seg,) = (idx / "gen-000001").glob("*.seg")
    return seg


def _truncate_segment(idx):
    seg = _segment(idx)
    os.truncate(seg, seg.stat().st_size // 2)


def _garbage_toc(idx):
    (toc,) = (idx / "gen-000001").glob("_MAIN_*.toc")
    toc.write_bytes(random.Random(1).randbytes(300))


def _truncated_toc(idx):
    (toc,) = (idx / "gen-000001").glob("_MAIN_*.toc")
    os.truncate(toc, 10)


def _missing_segment(idx):
    _segment(idx).unlink()


def _garbage_meta(idx):
    (idx / "ictsearch.json").write_bytes(b"\x00garbage")


def _meta_without_generation(idx):
    meta = json.loads((idx / "ictsearch.json").read_text())
    del meta["generation"]
    (idx / "ictsearch.json").write_text(json.dumps(meta))


DAMAGES = [_truncate_segment, _garbage_toc, _truncated_toc, _missing_segment, _garbage_meta, _meta_without_generation]


@pytest.fixture(params=DAMAGES, ids=lambda f: f.__name__.strip("_"))
def damaged(request, good_index, tmp_path) -> tuple[Path, Path]:
    idx, src = good_index
    copy = tmp_path / "idx"
    shutil.copytree(idx, copy)
    request.param(copy)
    return copy, src


def test_every_command_on_a_damaged_index_says_to_rebuild(damaged):
    idx, src = damaged
    doc = src / ONE_DOC
    runner = CliRunner()
    for args in (["search", "迷惑メール"], ["search", "量子暗号", "--json"], ["search", "--region", "東北"],
                 ["facets"], ["show", doc], ["similar", doc], ["status"], ["index", src, "--jobs", "1"]):
        result = runner.invoke(cli, [*map(str, args), "--index", str(idx)])
        assert result.exit_code == 2, (args, result.output, result.exception)
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "ictsearch index --rebuild" in lines[0], (args, result.output)
    # The advice works.
    assert build_index([src], idx, jobs=1, rebuild=True).added == 5
    with open_index(idx) as ix:
        assert ix.search("迷惑メール").total == 1


def test_a_damaged_segment_raises_corrupt_index_from_the_api(good_index, tmp_path):
    idx = tmp_path / "idx"
    shutil.copytree(good_index[0], idx)
    _truncate_segment(idx)
    with pytest.raises(CorruptIndex, match="is damaged"):  # the CLI adds the advice to rebuild
        with open_index(idx) as ix:
            ix.search("テレワーク")


@pytest.mark.parametrize("seed", range(4))
def test_garbage_inside_a_segment_is_an_error_or_a_result_never_a_crash(good_index, tmp_path, seed):
    # Whoosh has no checksums: some damage goes unnoticed (the result is then merely
    # wrong); what is noticed must be our one error, whatever Whoosh raised.
    idx = tmp_path / "idx"
    shutil.copytree(good_index[0], idx)
    seg = _segment(idx)
    data = bytearray(seg.read_bytes())
    rnd = random.Random(seed)
    start = rnd.randrange(len(data) - 2000)
    data[start:start + 2000] = rnd.randbytes(2000)
    seg.write_bytes(bytes(data))
    doc = str(good_index[1] / ONE_DOC)
    for call in (lambda ix: ix.search("テレワーク"), lambda ix: ix.search("量子暗号", region="東北"),
                 lambda ix: ix.facets(), lambda ix: ix.get(doc), lambda ix: ix.similar(doc),
                 lambda ix: list(ix.vocabulary())):
        try:
            with open_index(idx) as ix:
                call(ix)
        except IctsearchError as e:
            assert isinstance(e, CorruptIndex) or "no document" in str(e)


# -- a damaged extraction cache ---------------------------------------------------


def _entry_path(idx: Path, text_file: Path) -> Path:
    import hashlib

    content_hash = hashlib.sha256(text_file.read_bytes()).hexdigest()
    return ExtractCache(idx / "cache")._path(content_hash)


def _not_gzip(p: Path):
    p.write_bytes(b"not a gzip file")


def _truncated_gzip(p: Path):
    os.truncate(p, p.stat().st_size // 2)


def _damaged_deflate(p: Path):
    data = bytearray(p.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 28] = b"\xff" * 28  # past the gzip header (it holds the file name): the deflate stream
    p.write_bytes(bytes(data))


def _wrong_shape(p: Path):
    with gzip.open(p, "wt", encoding="utf-8") as f:
        json.dump({"pages": "not a list"}, f)


def _a_folder(p: Path):
    p.unlink()
    p.mkdir()


@pytest.mark.parametrize("damage", [_not_gzip, _truncated_gzip, _damaged_deflate, _wrong_shape, _a_folder],
                         ids=lambda f: f.__name__.strip("_"))
def test_a_damaged_cache_entry_is_extracted_again(tmp_path, damage):
    src = tmp_path / "src"
    f = src / ONE_DOC
    src.mkdir()
    shutil.copy(CORPUS / ONE_DOC, f)
    idx = tmp_path / "idx"
    build_index([src], idx, jobs=1)
    entry = _entry_path(idx, f)
    assert ExtractCache(idx / "cache").get(entry.name.split(".")[0]) is not None
    damage(entry)
    assert ExtractCache(idx / "cache").get(entry.name.split(".")[0]) is None
    s = build_index([src], idx, jobs=1, rebuild=True)
    assert s.added == 1 and s.failed == 0
    (outcome,) = s.outcomes
    assert outcome.cached is False  # extracted again, not served from the damaged entry
    with open_index(idx) as ix:
        assert ix.search("テレワーク").total == 1
