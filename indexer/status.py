"""What `ictsearch status` reports about an index."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from .metadata import rules_version
from .schema import FORMAT_VERSION
from .store import IndexStore


@dataclass(frozen=True)
class IndexStatus:
    """What :func:`index_status` returns: what ``ictsearch status`` prints about an index (``to_dict()`` is
    ``status --json``).  ``documents`` and ``pages`` it holds (``pages`` of its ``paged_documents``),
    ``size_bytes`` on disk, ``updated`` (when the last index run ended, seconds since the epoch),
    ``failures`` (path -> reason) of the files that failed; the other fields are notes for its next
    ``ictsearch index`` run, each described below."""

    index_dir: str
    format_version: int
    generation: str
    documents: int
    pages: int
    updated: float | None
    size_bytes: int
    #: path -> reason, for the files that failed in the latest run that saw them
    failures: dict[str, str]
    #: How many of the documents have pages (PDF pages, sheets, slides): `pages` is theirs.
    paged_documents: int = 0
    #: How many of the documents other metadata rules derived (an index built before an upgrade):
    #: the next index run derives them again.
    other_rules: int = 0
    #: (folder, documents) for the folders documents were indexed under that are not there or empty
    #: (a share not mounted, a folder moved or renamed): the index keeps their documents.
    absent_folders: tuple[tuple[str, int], ...] = ()
    #: Why the index's record of its files (manifest.json) cannot be read (truncated, missing …): the
    #: next index run rebuilds it from the index and derives every document again.  None when fine.
    manifest_problem: str | None = None
    #: The pid of an indexing run updating the index right now (0 when it has not written its pid
    #: yet), else None: the figures above are the index as it was before that run, which `status`
    #: gave without a word while a long run was going on.
    updating: int | None = None
    #: Of the failing files, those whose last good version the index keeps, which searches and
    #: `show` find until the file is fixed or removed (a --rebuild drops it).
    kept_versions: tuple[str, ...] = ()
    #: Indexed files whose size or modification time differ now from the indexed version's (edited
    #: since the last index run; searches mark them "(file changed)"), and indexed files no longer at
    #: their path (deleted or moved; "(file gone)"), outside the absent folders above: status said
    #: nothing of them, so an index a week behind its folder looked up to date.
    changed: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    #: Of the failing files, those edited, replaced or removed since the run that failed them:
    #: whether they still fail, only the next run can say.
    failures_changed: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = asdict(self)
        d["kept_versions"] = list(self.kept_versions)
        for name in ("changed", "gone", "failures_changed"):
            d[name] = list(getattr(self, name))
        # As `status --json` prints it: to_dict() == json.loads(the JSON) (it held a tuple of tuples).
        d["absent_folders"] = [list(pair) for pair in self.absent_folders]
        return d


def index_status(index_dir: str | os.PathLike | None = None, *, check_files: bool = True) -> IndexStatus:
    """What `ictsearch status` prints about the index at `index_dir` (default: $ICTSEARCH_INDEX or the
    per-user data directory): documents, pages, size, last update, the files that failed and how many
    documents the next run derives again (`other_rules`). Raises IndexMissing, IncompatibleIndex
    (CorruptIndex for a damaged index).  check_files=False leaves `changed`, `gone` and
    `failures_changed` empty: they look at every indexed file (0.7 s for 50,000 on a local disk, far
    more on a share), which `show`, the export and a --rebuild's count of documents do not need."""
    from whoosh import index as whoosh_index

    from .pipeline import absent_folders, manifest_rebuilt

    store = IndexStore(index_dir)

    def read(gen_dir):
        # Open what a search opens (the TOC and every segment's directory), so that a
        # damaged index is reported here too and not only by the next search.
        ix = whoosh_index.open_dir(str(gen_dir))
        with ix.searcher() as s:
            s.doc_count()
        # A run stopped after its commit: what it committed, not the manifest before it.
        from .plan import current_manifest

        manifest = current_manifest(store, gen_dir, ix)
        return gen_dir, manifest, manifest_rebuilt(store, gen_dir, ix, manifest)

    # Raises IndexMissing / IncompatibleIndex; reads the new generation if a --rebuild switches meanwhile.
    gen_dir, manifest, problem = store.on_current(read)
    absent = tuple(absent_folders(manifest.docs.values(), []))
    # A failing file whose last good version the index keeps is said under its failure, not as changed.
    changed, gone = _files_since([d for d in manifest.docs.values() if d["path"] not in manifest.failures],
                                 {folder for folder, _ in absent}) if check_files else ((), ())
    return IndexStatus(
        index_dir=str(store.root),
        format_version=FORMAT_VERSION,
        generation=gen_dir.name,
        documents=len(manifest.docs),
        pages=sum(d.get("pages") or 0 for d in manifest.docs.values()),
        updated=manifest.updated,
        size_bytes=store.size_on_disk(),
        failures={p: f["reason"] for p, f in sorted(manifest.failures.items())},
        paged_documents=sum(1 for d in manifest.docs.values() if d.get("pages")),
        other_rules=sum(1 for d in manifest.docs.values() if d.get("rules") != rules_version()),
        absent_folders=absent,
        manifest_problem=problem,
        updating=store.writer_pid(),
        kept_versions=tuple(sorted({d["path"] for d in manifest.docs.values()} & set(manifest.failures))),
        changed=changed,
        gone=gone,
        failures_changed=tuple(p for p, f in sorted(manifest.failures.items())
                               if check_files and None not in _recorded(f) and _stamp(p) not in (_UNKNOWN, _recorded(f))),
    )


#: What _stamp gives for a file that cannot be looked at (no permission): nothing says it differs.
_UNKNOWN = (-1, -1)


def _stamp(path: str) -> tuple[int, int] | None:
    """(size, mtime_ns) of the file at `path` now; None when it is not there; _UNKNOWN when it
    cannot be looked at."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError):
        return _UNKNOWN
    return st.st_size, st.st_mtime_ns


def _recorded(entry: dict):
    return (entry.get("size"), entry.get("mtime_ns"))


def _files_since(entries, absent: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(changed, gone): the indexed files edited or no longer there since the last run, compared as
    searches compare them (size and modification time against the manifest, which records the stamps
    a run found the bytes unchanged at); the documents of an absent folder are said there instead."""
    from .plan import collection_folder

    changed, gone = [], []
    for entry in entries:
        now = _stamp(entry["path"])
        if now == _UNKNOWN:
            continue
        if now is None:
            if collection_folder(entry) not in absent:
                gone.append(entry["path"])
        elif None not in _recorded(entry) and now != _recorded(entry):
            changed.append(entry["path"])
    return tuple(sorted(changed)), tuple(sorted(gone))
