"""What an indexing run reports: one outcome per file, and the run's summary."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Callable

ADDED, UPDATED, UNCHANGED, REMOVED, FAILED = "added", "updated", "unchanged", "removed", "failed"


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file in a run."""

    path: str
    status: str  # added | updated | unchanged | removed | failed
    doc_id: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    pages: int | None = None
    chars: int = 0
    size: int = 0
    mtime_ns: int = 0
    content_hash: str | None = None
    #: True when the text came from the extraction cache (pdfminer not run).
    cached: bool = False
    #: Of the warnings, those about the collection's metadata files, not about this document (a
    #: metadata.csv row for a file not there, a sidecar beside no file): the same for every
    #: document under them, said once by `ictsearch index`.
    collection_warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = asdict(self)
        d["warnings"] = list(self.warnings)
        d["collection_warnings"] = list(self.collection_warnings)
        return d


@dataclass(frozen=True)
class IndexSummary:
    """The result of one `build_index` run."""

    index_dir: str
    added: int
    updated: int
    removed: int
    unchanged: int
    failed: int
    documents: int
    pages: int
    seconds: float
    dry_run: bool = False
    rebuilt: bool = False
    outcomes: tuple[FileOutcome, ...] = ()
    #: Named paths that could not be used at all ("no such file or folder").
    problems: tuple[tuple[str, str], ...] = ()
    #: Of the updated, documents whose files and manual metadata did not change but whose metadata
    #: was derived by other rules (an index built before an upgrade): derived again.
    rederived: int = 0
    #: Files under the named folders not indexed because no reader reads their format, by kind, most
    #: first: ((".jpg", 3), (".txt.gz", 1), ("no extension", 1)), a tuple as problems is (the summary
    #: stays hashable), a dict in to_dict(); hidden, temporary and lock files are not counted.
    passed_over: tuple[tuple[str, int], ...] = ()
    #: (folder, documents) for each folder documents were indexed under, not named in this run, that
    #: is not there (or is empty): a share that is not mounted, or a folder moved or renamed. Its
    #: documents stay in the index, and in search results, until a --rebuild leaves the folder out.
    absent_folders: tuple[tuple[str, int], ...] = ()
    #: Why this run rebuilt the index's record of its files (manifest.json truncated, missing …) from
    #: the index, so that it checked each file by its content and derived every document again
    #: (counted as updated); None when the record was read.
    manifest_rebuilt: str | None = None
    #: (collection folder, files) for each collection whose files' inode numbers all changed since the
    #: last run while their size and times did not (a network share or a disk mounted again): said
    #: the first time; from then on its files are compared by size and times (the change time still
    #: tells a file replaced), so that a no-change run does not read every file of it again.
    renumbered: tuple[tuple[str, int], ...] = ()
    #: (folder, documents removed) for each sub-folder of an indexed collection that is gone, all of
    #: its documents removed by this run (indexer.folders).
    gone_folders: tuple[tuple[str, int], ...] = ()
    #: (folder, documents added) for each folder of an indexed collection that held none before.
    new_folders: tuple[tuple[str, int], ...] = ()
    #: (old folder, new folder, documents) for a gone folder and a new one holding the same files
    #: (renamed or moved): its documents removed under the old name and added under the new (their
    #: text from the cache).  A pair here is in neither gone_folders nor new_folders.
    moved_folders: tuple[tuple[str, str, int], ...] = ()
    #: (link, where it leads) for each link to a folder under the named folders, which is not
    #: followed (it could lead back into the collection): naming its folder indexes what it holds.
    linked_folders: tuple[tuple[str, str], ...] = ()
    #: (absent folder, named folder, files) for an absent folder (absent_folders) whose files a folder
    #: named in this run holds, at least half of them by name and size: the collection renamed.
    absent_renamed: tuple[tuple[str, str, int], ...] = ()
    #: (folder, documents removed) for each sub-folder of an indexed collection that is there but
    #: holds nothing at all, all of its documents removed by this run: a nested share not mounted
    #: (its bare mount point) or a folder whose files were moved out or deleted (indexer.folders).
    #: Its documents are removed as any file gone from a collection is; the run names the folder.
    emptied_folders: tuple[tuple[str, int], ...] = ()
    #: (file, what to do) for each file under the named folders named almost as manual metadata is
    #: (報告.pdf.Meta.Toml, 報告.pdf.meta.toml.txt, metadata.csv.txt): neither read nor indexed.
    misnamed_metadata: tuple[tuple[str, str], ...] = ()
    #: Of the files that failed, those the index holds an earlier version of (a PDF replaced by a
    #: truncated or password-protected copy, a file emptied): that version stays, and searches and
    #: `show` find it, until the file is fixed or removed or a --rebuild drops it.  The run said only
    #: "error: …: empty file", and a search still found what the file no longer holds.
    kept_versions: tuple[str, ...] = ()

    @classmethod
    def from_outcomes(cls, index_dir, outcomes, *, documents: int, started: float, problems, dry_run=False,
                      rebuilt=False, rederive: set[str] = frozenset(), passed_over=None,
                      absent_folders: tuple[tuple[str, int], ...] = (),
                      manifest_rebuilt: str | None = None,
                      renumbered: tuple[tuple[str, int], ...] = (),
                      folders: tuple = ((), (), ()), linked_folders=(),
                      absent_renamed: tuple[tuple[str, str, int], ...] = (),
                      misnamed_metadata=(), kept_versions: tuple[str, ...] = ()) -> "IndexSummary":
        """rederive: the doc ids a run planned only to derive again (plan.Task.rederive); those
        updated are counted (one that failed keeps its old version).  folders: (gone, new, moved[, emptied]),
        as indexer.folders.folder_changes gives them."""
        counts = {s: 0 for s in (ADDED, UPDATED, UNCHANGED, REMOVED, FAILED)}
        for o in outcomes:
            counts[o.status] += 1
        return cls(
            index_dir=str(index_dir),
            added=counts[ADDED],
            updated=counts[UPDATED],
            removed=counts[REMOVED],
            unchanged=counts[UNCHANGED],
            failed=counts[FAILED],
            documents=documents,
            pages=sum(o.pages or 0 for o in outcomes if o.status in (ADDED, UPDATED)),
            seconds=time.monotonic() - started,
            dry_run=dry_run,
            rebuilt=bool(rebuilt),
            outcomes=tuple(sorted(outcomes, key=lambda o: o.path)),
            problems=tuple((str(p), r) for p, r in problems),
            rederived=sum(o.status == UPDATED and o.doc_id in rederive for o in outcomes),
            passed_over=tuple(sorted((passed_over or {}).items(), key=lambda kv: (-kv[1], kv[0]))),
            absent_folders=tuple(absent_folders),
            manifest_rebuilt=manifest_rebuilt,
            renumbered=tuple(renumbered),
            gone_folders=tuple(folders[0]),
            new_folders=tuple(folders[1]),
            moved_folders=tuple(folders[2]),
            emptied_folders=tuple(folders[3]) if len(folders) > 3 else (),
            linked_folders=tuple((str(link), target) for link, target in linked_folders),
            absent_renamed=tuple(absent_renamed),
            misnamed_metadata=tuple((str(p), why) for p, why in misnamed_metadata),
            kept_versions=tuple(kept_versions),
        )

    @property
    def paged_documents(self) -> int:
        """How many of the documents added or updated have pages (PDF pages, sheets, slides)."""
        return sum(1 for o in self.outcomes if o.status in (ADDED, UPDATED) and o.pages)

    @property
    def failures(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["outcomes"] = [o.to_dict() for o in self.outcomes]
        d["problems"] = [list(p) for p in self.problems]
        d["passed_over"] = dict(self.passed_over)
        d["kept_versions"] = list(self.kept_versions)
        d["absent_folders"] = [list(f) for f in self.absent_folders]
        d["renumbered"] = [list(f) for f in self.renumbered]
        for key in ("gone_folders", "new_folders", "moved_folders", "linked_folders", "absent_renamed",
                    "misnamed_metadata", "emptied_folders"):
            d[key] = [list(f) for f in getattr(self, key)]
        return d


#: Called after each file: (its outcome, files done, files to do).
ProgressCallback = Callable[[FileOutcome, int, int], None]
