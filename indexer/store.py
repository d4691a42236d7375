"""Where the index lives and how it is switched, locked and described on disk.

Layout of an index directory::

    INDEX/
      ictsearch.json        format version and the current generation (replaced atomically)
      gen-000001/           a Whoosh index; `--rebuild` writes a new generation beside it
        manifest.json       per-document signatures and failures, for incremental updates
        manifest.pending.json  the manifest of the commit an update is about to make (until its manifest.json)
        facets-N.sets       each facet value's documents in Whoosh's TOC generation N (search/facet_sets.py)
        vocabulary-N.pickle the did-you-mean vocabulary of TOC generation N, saved by its first search that needs it (search/vocabulary_file.py)
      cache/              extracted text keyed by content hash (survives rebuilds)
      write.lock            held (flock) by the one process that writes

Readers follow ``ictsearch.json`` to the current generation, so a rebuild that
dies midway leaves the previous generation in use; an update inside a
generation is atomic at Whoosh's commit.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import pickle
import struct
import time
import zlib
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .errors import (CorruptIndex, IctsearchError, IncompatibleIndex, IndexBeingBuilt, IndexLocationError, IndexLocked,
                     IndexMissing, IndexPathTypeError)
from .schema import FORMAT_VERSION
from .lazy import LazyPattern

INDEX_ENV = "ICTSEARCH_INDEX"
META_FILE = "ictsearch.json"
MANIFEST_FILE = "manifest.json"
#: Written just before an update's commit, for the TOC generation that commit makes: a run stopped
#: between the commit and manifest.json leaves the next run (and `status`) the manifest it meant.
PENDING_MANIFEST_FILE = "manifest.pending.json"
LOCK_FILE = "write.lock"
CACHE_DIR = "cache"
#: A generation folder's name (see the layout above).
_GENERATION = LazyPattern(r"gen-\d+")


def default_index_dir() -> Path:
    """$ICTSEARCH_INDEX, else $XDG_DATA_HOME/ictsearch/index (~/.local/share/ictsearch/index)."""
    return user_dir(INDEX_ENV, "XDG_DATA_HOME", ".local/share", "ictsearch", "index")


def user_dir(env: str, xdg_var: str, home_default: str, *parts: str) -> Path:
    """$env when set, else $xdg_var/parts, else ~/home_default/parts (a relative $xdg_var is
    ignored, as the XDG specification says): where a user's index and cache live."""
    if value := os.environ.get(env):
        return Path(value).expanduser()
    base = os.environ.get(xdg_var, "")
    if not os.path.isabs(os.path.expanduser(base)):
        base = str(Path.home() / home_default)
    return Path(base).expanduser().joinpath(*parts)


def resolve_index_dir(index: str | bytes | os.PathLike | None) -> Path:
    """The index folder, absolute (not resolved through links): every message and JSON
    `index_dir` names the same folder whatever the directory the command ran in."""
    if index is None:
        return _absolute(default_index_dir())
    if not isinstance(index, (str, bytes, os.PathLike)):
        raise IndexPathTypeError(f"the index location is a folder's path (str or os.PathLike), not {type(index).__name__} {index!r}; "
                        "leave it out (None) to use the default")
    index = os.fsdecode(index)  # a path as bytes, as build_index takes the documents' paths
    if not index:
        # `--index "$DIR"` with DIR unset: using the default index instead would write or
        # search another collection than the one the script meant.
        raise IndexLocationError(f"the index location is an empty path; leave it out to use the default ({default_index_dir()})")
    return _absolute(Path(index).expanduser())


def _absolute(path: Path) -> Path:
    try:
        return Path(os.path.abspath(path))
    except OSError as e:  # a relative path, and the folder the command runs in was removed
        raise IndexLocationError(f"cannot find the index folder {os.fspath(path)!r} from the current folder ({e.strerror}); "
                                 "give it as an absolute path") from None


def _not_here(error: IndexMissing) -> IndexMissing:
    """Mark an IndexMissing whose location cannot hold an index (a file, a folder of other files):
    ``error.buildable`` is False, so the CLI does not advise building one there."""
    error.buildable = False
    return error


def _file_on_the_way(path: Path) -> Path:
    """The first part of `path` that is a file (where a folder was expected), else `path`."""
    for part in (*reversed(path.parents), path):
        if part.is_file():
            return part
    return path


def replace_with(path: Path, parts) -> bool:
    """Write the byte strings `parts` to `path` so that a reader sees the old file or the whole new
    one (a file beside it, then os.replace).  For derived data a search can make again (facet sets,
    the did-you-mean vocabulary): False, and nothing left behind, when it cannot be written."""
    import threading

    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(partial, "wb") as out:
            out.writelines(parts)
        os.replace(partial, path)
        return True
    except OSError:
        with suppress(OSError):
            partial.unlink()
        return False


def write_json_atomic(path: Path, data) -> None:
    """Write JSON so that a reader sees the old or the new file, never half of one."""
    import tempfile  # here: a search imports this module but never writes (tempfile and shutil were 4 ms of it)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


@dataclass
class Manifest:
    """What the index holds, per document, so an update can skip unchanged files unopened."""

    #: Whoosh TOC generation this manifest describes; a mismatch means a run died
    #: between Whoosh's commit and the manifest write, and the manifest is rebuilt.
    toc_generation: int = -1
    #: doc_id -> {"path", "size", "mtime_ns", "ctime_ns", "ino", "hash", "pages", "manual", …}
    docs: dict[str, dict] = field(default_factory=dict)
    #: absolute path -> {"reason", "size", "mtime_ns", "when"}
    failures: dict[str, dict] = field(default_factory=dict)
    updated: float | None = None
    #: Collection folders whose inode numbers were seen to change wholesale between runs (a network
    #: share or a disk mounted again): their files are compared by size and times, not inode number.
    renumbered: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "toc_generation": self.toc_generation,
            "docs": self.docs,
            "failures": self.failures,
            "updated": self.updated,
            "renumbered": self.renumbered,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Manifest":
        return cls(
            toc_generation=data.get("toc_generation", -1),
            docs=data.get("docs", {}),
            failures=data.get("failures", {}),
            updated=data.get("updated"),
            renumbered=data.get("renumbered", []),
        )


#: Errors of decoding stored bytes, wherever they are raised: our code never raises them on good data.
_DAMAGED_DATA = (EOFError, UnicodeDecodeError, struct.error, zlib.error, pickle.UnpicklingError)


def _raised_in_whoosh(e: BaseException) -> bool:
    import whoosh

    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    whoosh_dir = os.path.dirname(whoosh.__file__) + os.sep
    return tb is not None and tb.tb_frame.f_code.co_filename.startswith(whoosh_dir)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return (text.splitlines()[0] if text else "no detail")[:120]


#: Lock files this process holds.  A forked worker closes its copies at once:
#: flock belongs to the open file, so a worker outliving a killed parent would
#: otherwise keep the index locked.
_held_lock_fds: set[int] = set()


def _close_inherited_locks() -> None:
    for fd in list(_held_lock_fds):
        try:
            os.close(fd)
        except OSError:
            pass
    _held_lock_fds.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


#: Whoosh's table of contents in a generation, and the temporary file it is written as.
_TOC = LazyPattern(r"_MAIN_\d+\.toc(\.\d+(\.\d+)?)?")


def is_own_generation(path: Path) -> bool:
    """Whether a folder named as a generation (gen-000001) is one: empty (a rebuild stopped as it
    made it) or holding Whoosh's TOC.  A user's folder gen-2024 of their files is not."""
    try:
        inside = os.listdir(path)
    except OSError:
        return False
    # Whoosh writes its TOC as _MAIN_0.toc.<time> and renames it: a first run stopped there
    # (a full disk) left only that, and the folder was "not an index" from then on.
    return not inside or any(_TOC.fullmatch(n) for n in inside)


class IndexStore:
    """One index directory: its metadata, generations, lock and cache."""

    def __init__(self, root: str | os.PathLike | None = None):
        self.root = resolve_index_dir(root)

    # -- metadata -----------------------------------------------------------

    @property
    def meta_path(self) -> Path:
        return self.root / META_FILE

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    def exists(self) -> bool:
        return self.meta_path.is_file()

    def meta_stamp(self) -> tuple[int, int] | None:
        """What changes whenever ictsearch.json is written: a first build, a --rebuild's switch,
        an index deleted and built again at the same place (whose generation has the same name).
        None when there is no ictsearch.json."""
        try:
            st = os.stat(self.meta_path)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns

    def own_generations(self) -> list[Path]:
        """The generation folders in the index folder that are ictsearch's (:meth:`_is_layout`):
        a user's folder named gen-2024 or gen-ai in a documents folder that is its own index
        (`ictsearch index 資料 --index 資料`) is no generation, and is never deleted."""
        try:
            names = os.listdir(self.root)
        except OSError:
            return []
        return [self.root / n for n in sorted(names) if _GENERATION.fullmatch(n) and self._is_layout(n)]

    def _drop_generation(self, path: Path) -> None:
        """Delete a generation folder of ours: one holding Whoosh's files whole, an empty one by
        rmdir (no file of anyone's can go with it)."""
        import shutil

        try:
            if not os.listdir(path):
                os.rmdir(path)
                return
        except OSError:
            return
        shutil.rmtree(path, ignore_errors=True)

    def _is_layout(self, name: str) -> bool:
        """Whether `name` in the index folder is the index's own: a name of the layout, and for a
        folder, contents of the index's kind (a generation is empty or holds Whoosh's TOC; the
        cache holds folders named by two hex digits)."""
        path = self.root / name
        try:
            if name in (META_FILE, LOCK_FILE, "lost+found"):  # lost+found: a disk of its own for the index
                return True
            if _GENERATION.fullmatch(name):
                return is_own_generation(path)
            if name == CACHE_DIR:
                from .cache import is_own_cache

                return is_own_cache(path)
        except OSError:
            return False
        return False

    def _other_files(self) -> str | None:
        """The first names of the files in the index folder that are not the index's own, as
        shown in messages (「2023, GIGA 幕別町.txt, 計画.pdf and 31 more」); None if there are none
        (or no folder to list: it is created, or a file is in the way, reported where written)."""
        try:
            names = os.listdir(self.root)
        except OSError:
            return None
        others = sorted(n for n in names if not n.startswith(".") and not self._is_layout(n))
        if not others:
            return None
        return ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")

    def check_location(self) -> None:
        """Refuse to write into a folder of someone's files that is not an index.

        An index folder holds only the names of the layout above, and `--rebuild` and
        `--clear-cache` delete its generations and cache entries (only those: own_generations,
        ExtractCache.clear): a documents folder given as the index (`ictsearch index 資料
        --index 資料`) would mix the user's files with the index's.
        Hidden names (.DS_Store, our temporary files) pass; a first run stopped before its
        ictsearch.json leaves only layout names, so it is taken up again.
        """
        try:
            if self.exists():
                return
        except OSError as e:  # ENAMETOOLONG: a pasted --index doubled; no index is there or can be
            raise IndexLocationError(f"cannot write the index at {self.root}: {e.strerror}") from None
        for folder in (self.root, *self.root.parents):  # a file in the way: os says only "File exists"
            if folder.exists():
                if not folder.is_dir():
                    raise IndexLocationError(f"cannot write the index at {self.root}: {folder} is a file, not a "
                                             "folder (give a folder as the index location)")
                break
        shown = self._other_files()
        if shown:
            raise IndexLocationError(
                f"{self.root} is not an ictsearch index and holds other files ({shown}): "
                "give a new or empty folder as the index location"
            )

    def writer_pid(self) -> int | None:
        """The pid of the indexing run holding the writer lock (0 if it wrote none yet), or None."""
        try:
            fd = os.open(self.root / LOCK_FILE, os.O_RDONLY)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            return int(text) if text.isdigit() else 0
        except OSError:
            return None
        finally:
            os.close(fd)  # releases the shared lock, if it was taken
        return None

    def read_meta(self) -> dict:
        try:
            with open(self.meta_path, encoding="utf-8") as f:
                meta = json.load(f)
        except FileNotFoundError:
            writer = self.writer_pid()
            if writer is not None:
                # Not "search again": every command reads the index, and `status` said so too.
                run = f"the indexing run building it (pid {writer})" if writer else "the indexing run building it"
                raise IndexBeingBuilt(f"No index at {self.root} yet: {run} has not finished.") from None
            shown = self._other_files()
            if shown is None:
                raise IndexMissing(f"No index at {self.root}.") from None
            # The documents folder given as the index (--index 資料): no index can be built there
            # either (check_location refuses it), so the CLI must not offer that.
            raise _not_here(IndexMissing(f"No index at {self.root}: it holds other files ({shown}), "
                                         "not an ictsearch index.")) from None
        except NotADirectoryError:
            # The path, or a folder on it, is a file: no index there, not a damaged one (which the
            # CLI answers with "run ictsearch index --rebuild", and a rebuild there cannot write).
            raise _not_here(IndexMissing(
                f"No index at {self.root}: {_file_on_the_way(self.root)} is a file, not a folder.")) from None
        except OSError as e:
            if e.errno == errno.ENAMETOOLONG:
                # A path no file system can hold (a pasted --index doubled): no index is there or
                # can be; "unreadable, rebuild it" sent the user to rebuild at the same path.
                raise _not_here(IndexMissing(f"No index at {self.root}: {e.strerror}.")) from None
            raise IncompatibleIndex(f"The index at {self.root} is unreadable ({e}).") from None
        except ValueError as e:
            raise IncompatibleIndex(f"The index at {self.root} is unreadable ({e}).") from None
        fmt = meta.get("format") if isinstance(meta, dict) else None
        if not isinstance(fmt, int) or isinstance(fmt, bool):
            # A record without a whole-number format ([], {}, "3") was told it "has format version None;
            # this ictsearch reads version 3", or "version 3 … reads version 3": it is damaged, not old.
            held = json.dumps(meta, ensure_ascii=False)
            error = CorruptIndex(f"The index at {self.root} is damaged: its {META_FILE} records no valid format version "
                                 f"(it holds {held if len(held) <= 60 else held[:60] + '…'}).")
            error.folders = self._indexed_folders(meta)
            raise error
        if fmt != FORMAT_VERSION:
            # Which way it differs decides what to do: a newer index (a colleague's newer ictsearch
            # wrote the shared one) wants this ictsearch upgraded; a rebuild would replace it.
            newer = isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > FORMAT_VERSION
            older = isinstance(fmt, int) and not isinstance(fmt, bool) and fmt < FORMAT_VERSION
            error = IncompatibleIndex(
                f"The index at {self.root} has format version {fmt}; this ictsearch reads version {FORMAT_VERSION}"
                + (" (the index was written by a newer ictsearch)." if newer
                   else " (the index was written by an older ictsearch)." if older else ".")
            )
            error.newer = newer
            error.folders = self._indexed_folders(meta)
            raise error
        return meta

    def _indexed_folders(self, meta: dict) -> list[str]:
        """The folders (or files) the index was built from, as a --rebuild names them, read from
        its manifest as best it can be (an index of another format): [] when it cannot be."""
        try:
            generation = meta.get("generation") if isinstance(meta, dict) else None
            if not isinstance(generation, str):  # a damaged record: the newest generation on disk
                generation = max(p.name for p in self.own_generations())
            docs = self.read_manifest(self.root / generation).docs
            roots = {Path(e.get("root") or os.path.dirname(e["path"])) for e in docs.values()}
        except Exception:  # another format's manifest: the advice keeps its placeholder
            return []
        return sorted(str(r) for r in roots if not any(other in r.parents for other in roots))

    def current_dir(self, attempts: int = 3) -> Path:
        for _ in range(attempts):
            meta = self.read_meta()
            generation = meta.get("generation")
            if not (isinstance(generation, str) and generation.startswith("gen-") and generation[4:].isdigit()):
                raise CorruptIndex(
                    f"The index at {self.root} names no valid generation in {META_FILE} ({generation!r})."
                )
            path = self.root / generation
            if path.is_dir():
                return path
            # A --rebuild may have switched between reading ictsearch.json and looking: it deletes
            # the generation it leaves, so read which is current again before calling it missing.
        raise IncompatibleIndex(f"The index at {self.root} points to a missing generation {generation}.")

    def on_current(self, read, attempts: int = 3):
        """``read(gen_dir)`` on the current generation, under :meth:`reading`; again on the new one
        when a ``--rebuild`` switched generations meanwhile. Its switch deletes the generation the
        call had just looked up: Whoosh then finds no index there (reported as damage), or the
        manifest is gone (read as empty: a status of 0 documents)."""
        for attempt in range(attempts):
            gen_dir = self.current_dir()
            try:
                with self.reading():
                    result = read(gen_dir)
            except IctsearchError:
                if attempt + 1 < attempts and self._switched_from(gen_dir):
                    continue
                raise
            if attempt + 1 < attempts and self._switched_from(gen_dir):
                continue
            return result
        raise AssertionError("unreachable")

    def _switched_from(self, gen_dir: Path) -> bool:
        try:
            return self.current_dir() != gen_dir
        except IctsearchError:
            return False

    def open_whoosh(self):
        """The current generation's Whoosh index; damage is a CorruptIndex."""
        from whoosh import index as whoosh_index

        with self.reading():
            return whoosh_index.open_dir(str(self.current_dir()))

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Turn what Whoosh raises on a damaged file into one `CorruptIndex` that says to rebuild.

        Whoosh has no error of its own for a damaged file: a truncated segment
        surfaces as EOFError, struct.error or zlib.error, garbage in the TOC as
        whoosh.index.IndexError, a damaged block as a bare Exception (seen by
        truncating and overwriting segments at random, tests/test_reliability_faults.py).
        So any error raised inside Whoosh's code counts as damage; an error raised
        in ours is a bug and propagates as it is.  Only for reading: a writer's
        OSError means a full disk or a permission problem, not damage.
        """
        try:
            yield
        except IctsearchError:
            raise
        except Exception as e:
            if isinstance(e, (OSError, *_DAMAGED_DATA)) or _raised_in_whoosh(e):
                raise CorruptIndex(f"The index at {self.root} is damaged ({type(e).__name__}: {_first_line(e)}).") from e
            raise

    # -- generations --------------------------------------------------------

    def new_generation(self):
        """Create an empty Whoosh index in a fresh generation directory (not yet current)."""
        from whoosh import index as whoosh_index

        from .schema import make_schema

        self.root.mkdir(parents=True, exist_ok=True)
        # Every gen-<digits> name counts, a user's folder so named too: the new one must not be it.
        existing = [int(p.name[4:]) for p in self.root.glob("gen-*") if _GENERATION.fullmatch(p.name)]
        name = f"gen-{max(existing, default=0) + 1:06d}"
        path = self.root / name
        path.mkdir()
        ix = whoosh_index.create_in(str(path), make_schema())
        return name, ix

    def switch_to(self, generation: str) -> None:
        """Make a generation current and drop the older ones."""
        now = time.time()
        created = now
        if self.meta_path.exists():
            try:
                record = json.loads(self.meta_path.read_text("utf-8"))
            except (OSError, ValueError):
                record = None
            # A damaged record ([] or a string: the rebuild that mends it crashed on it) keeps no date.
            kept = record.get("created") if isinstance(record, dict) else None
            if isinstance(kept, (int, float)) and not isinstance(kept, bool):
                created = kept
        write_json_atomic(
            self.meta_path,
            {"format": FORMAT_VERSION, "generation": generation, "created": created, "switched": now},
        )
        for old in self.own_generations():
            if old.name != generation:
                self._drop_generation(old)

    def drop_other_generations(self, current: str) -> None:
        """Remove generation folders other than `current`: a --rebuild stopped before its switch
        (a full disk, kill -9) left its partial one, which nothing else would ever remove.
        Call with the write lock held (no rebuild is running)."""
        for other in self.own_generations():
            if other.name != current:
                self._drop_generation(other)

    # -- manifest -----------------------------------------------------------

    def read_manifest(self, gen_dir: Path) -> Manifest:
        try:
            with open(gen_dir / MANIFEST_FILE, encoding="utf-8") as f:
                return Manifest.from_json(json.load(f))
        except (OSError, ValueError, AttributeError):  # AttributeError: JSON, but no object ([], "…")
            return Manifest()

    def manifest_problem(self, gen_dir: Path, toc_generation: int) -> str | None:
        """Why the generation's manifest.json cannot describe its commit `toc_generation`, so that it is
        rebuilt from the index (each file checked by its content and every document derived again):
        missing, truncated or damaged, or of an earlier commit with no pending manifest of this one.
        None when it is fine.  read_manifest reads a bad one as empty, as it must; this says why."""
        try:
            with open(gen_dir / MANIFEST_FILE, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            return f"{MANIFEST_FILE} is missing"
        except OSError as e:
            return f"{MANIFEST_FILE} cannot be read ({e.strerror})"
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError as e:
            if raw.strip() and raw.rstrip()[-1:] != b"}":
                return f"{MANIFEST_FILE} is truncated ({len(raw):,} bytes, ending mid-record)"
            return f"{MANIFEST_FILE} is damaged ({_first_line(e)})"
        if not isinstance(data, dict):
            return f"{MANIFEST_FILE} is damaged (a JSON {type(data).__name__}, not the record's object)"
        if data.get("toc_generation", -1) != toc_generation:
            pending = self.read_pending_manifest(gen_dir)
            if pending is None or pending.toc_generation != toc_generation:
                return f"{MANIFEST_FILE} describes an earlier commit of the index"
        return None

    def write_manifest(self, gen_dir: Path, manifest: Manifest) -> None:
        write_json_atomic(gen_dir / MANIFEST_FILE, manifest.to_json())
        with suppress(OSError):
            os.unlink(gen_dir / PENDING_MANIFEST_FILE)

    def write_pending_manifest(self, gen_dir: Path, manifest: Manifest) -> None:
        """The manifest of the commit about to be made (``manifest.toc_generation``)."""
        write_json_atomic(gen_dir / PENDING_MANIFEST_FILE, manifest.to_json())

    def read_pending_manifest(self, gen_dir: Path) -> Manifest | None:
        """The manifest an update wrote just before its commit and had not yet made manifest.json
        (a run stopped between the two), or None."""
        try:
            with open(gen_dir / PENDING_MANIFEST_FILE, encoding="utf-8") as f:
                return Manifest.from_json(json.load(f))
        except (OSError, ValueError, AttributeError):
            return None

    # -- locking ------------------------------------------------------------

    @contextmanager
    def write_lock(self, timeout: float = 30.0, on_wait: Callable[[int], None] | None = None) -> Iterator[bool]:
        """Hold the writer lock; wait up to `timeout` seconds for another writer.
        Gives whether it had to wait (the files may have changed meanwhile).  `on_wait`, if given, is
        called once when another writer holds the lock, with its pid (0 if it wrote none yet).

        flock is released by the kernel when its holder dies, so a lock left by
        a killed run is never stale.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            waited = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not waited and on_wait is not None:
                        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                        on_wait(int(holder) if holder.isdigit() else 0)
                    waited = True
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                        raise IndexLocked(
                            f"Another indexing run (pid {holder or '?'}) is updating {self.root}; waited {timeout:g} s."
                        ) from None
                    time.sleep(0.1)
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            _held_lock_fds.add(fd)
            yield waited
        finally:
            _held_lock_fds.discard(fd)
            os.close(fd)

    def clear_cache(self) -> int:
        """Empty the extracted-text cache; return how many entries it held."""
        from .cache import ExtractCache

        self.check_location()
        return ExtractCache(self.cache_dir).clear()

    # -- size ---------------------------------------------------------------

    def size_on_disk(self) -> int:
        """The bytes of the index's own files (its record, lock, generations and cache): in a
        documents folder that is its own index, the documents beside them are not the index's."""
        from .cache import _BUCKET

        total = 0
        tops = [self.meta_path, self.root / LOCK_FILE, *self.own_generations()]
        with suppress(OSError):  # the cache's folders only: a user's folder named cache holds theirs too
            tops += [self.cache_dir / n for n in os.listdir(self.cache_dir) if _BUCKET.fullmatch(n)]
        for top in tops:
            if top.is_file():
                with suppress(OSError):
                    total += top.stat().st_size
                continue
            for dirpath, _dirs, files in os.walk(top):
                for name in files:
                    try:
                        total += os.path.getsize(os.path.join(dirpath, name))
                    except OSError:
                        pass
        return total
