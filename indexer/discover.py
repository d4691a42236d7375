"""Finding the files to index under the paths a user names."""

from __future__ import annotations

import errno
import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

# What `ictsearch index` picks up, by file name ending (case-insensitive): the
# supported formats, and the old and macro-enabled Office formats, which are
# listed so that the user is told to convert them.  Declared in indexer.formats.
from .formats import DISCOVERED_SUFFIXES, SUPPORTED_SUFFIXES
from .metadata.manual import METADATA_CSV, SIDECAR_ENDING


NOT_A_FILE = "not a regular file (a pipe, socket or device)"


@dataclass(frozen=True)
class Found:
    path: Path  # absolute
    root: Path  # the named folder it was found under (or the file itself)
    size: int
    mtime_ns: int
    #: The inode's change time and number: a file replaced by one of the same size and modification
    #: time (`cp -p`, `rsync -t`, an unzip keeping old stamps) changes one of them.  None: not known.
    ctime_ns: int | None = None
    ino: int | None = None


def _is_hidden(name: str) -> bool:
    # "~$name.docx" is the owner file Office keeps beside a document while it is open
    # (LibreOffice's ".~lock.name.docx#" is hidden by its dot).
    return name.startswith((".", "~$"))


#: What Windows and editors leave beside documents: passed over without a word (never a document).
_LITTER = ("thumbs.db", "ehthumbs.db", "desktop.ini")
_COMPRESSED = (".gz", ".bz2", ".xz", ".zst")


def _passed_over_kind(name: str) -> str | None:
    """How a file discovery does not pick up is counted for the run's note ('.jpg', '.txt.gz',
    'no extension'), or None for what is no document of anyone's: a temporary or backup file
    (~WRL0001.tmp, report.txt~), Windows' Thumbs.db, and the manual metadata (sidecars, metadata.csv)."""
    lower = name.lower()
    if lower in _LITTER or lower.startswith("~") or lower.endswith(("~", ".tmp", SIDECAR_ENDING)) \
            or _ZONE_IDENTIFIER in lower or _is_metadata_csv(name):
        return None
    suffixes = [s for s in Path(lower).suffixes if 1 < len(s) <= 8 and " " not in s]
    if not suffixes:
        return "no extension"
    if suffixes[-1] in _COMPRESSED and len(suffixes) > 1:
        return "".join(suffixes[-2:])  # .txt.gz: text the run could read once unpacked
    return suffixes[-1]


#: Windows' "downloaded from the Internet" mark, an NTFS stream that a copy from a Windows disk or
#: WSL writes as a file of its own (資料.pdf:Zone.Identifier, …:Zone.Identifier:$DATA): it was counted as
#: a file "with no extension".
_ZONE_IDENTIFIER = ":zone.identifier"


def misnamed_metadata(name: str) -> str | None:
    """What to do with a file named almost as manual metadata is, which is not read as it: a sidecar
    ending .Meta.Toml (the ending is matched as written), or one saved by Notepad with a .txt added
    that Windows hides (報告.pdf.meta.toml.txt, metadata.csv.txt), which was indexed as a document of
    its own while its values went unread, without a word.  None for any other name."""
    lower = name.lower()
    if lower.endswith(SIDECAR_ENDING) and not name.endswith(SIDECAR_ENDING):
        fixed = name[: -len(SIDECAR_ENDING)] + SIDECAR_ENDING
        return f"a sidecar is read only under the ending {SIDECAR_ENDING} in lower case: rename it to {fixed}"
    for meant in (SIDECAR_ENDING, "/" + METADATA_CSV):
        for extra in (".txt", ".csv"):
            if ("/" + lower).endswith(meant + extra) and lower != meant.lstrip("/"):
                fixed = name[: -len(extra)]
                return (f"manual metadata saved with {extra} added to its name (Windows hides extensions): not read, "
                        f"and not indexed; rename it to {fixed}")
    return None


def _is_metadata_csv(name: str) -> bool:
    # The collection's manual metadata (README "Manual metadata"), which every other .csv is not.
    # Case-blind: on a disk that is (Windows, macOS) Metadata.CSV is the file the metadata is read from.
    return name.lower() == METADATA_CSV


def _is_an_index(filenames: list[str], dirnames: list[str]) -> bool:
    """Whether a folder, by what it holds, is an ictsearch index (kept beside the documents, `--index
    資料/索引`): its files are no documents, and listing them told of a dozen files in no format read.
    Its lock file marks it too, with its cache, from a first run stopped before it wrote
    ictsearch.json (a write.lock alone is any program's).  Read from the listing the walk makes
    anyway: a stat per folder costs a share's round trip."""
    from .store import CACHE_DIR, LOCK_FILE, META_FILE

    return META_FILE in filenames or (LOCK_FILE in filenames and CACHE_DIR in dirnames)


#: Why a named folder that is an ictsearch index and holds nothing else is no folder to index.
AN_INDEX_NOT_DOCUMENTS = ("this is an ictsearch index, not a folder of documents: name the folder the documents "
                          "are in (an index is given with --index)")


def _outside_the_index(dirpath: str, dirnames: list[str], filenames: list[str]) -> tuple[list[str], list[str]]:
    """The folders and files of an index folder that are not the index's own (indexer/store.py's layout).
    A folder only named as the index's (a user's cache or gen-2024 of their documents) is theirs: it
    was passed over, its documents never indexed."""
    from .cache import is_own_cache
    from .store import _GENERATION, CACHE_DIR, LOCK_FILE, META_FILE, is_own_generation

    def own(d: str) -> bool:
        if d == CACHE_DIR:
            return is_own_cache(Path(dirpath) / d)
        return bool(_GENERATION.fullmatch(d)) and is_own_generation(Path(dirpath) / d)

    return ([d for d in dirnames if not own(d)], [f for f in filenames if f not in (META_FILE, LOCK_FILE)])


def _cache_buckets(dirpath: str, dirnames: list[str]) -> list[str]:
    """The folders of an ictsearch cache inside a user's folder named cache (the index's cache written
    into it): two hex digits, holding cache entries only."""
    from .cache import _BUCKET, _ENTRY

    def bucket(d: str) -> bool:
        try:
            return bool(_BUCKET.fullmatch(d)) and all(_ENTRY.fullmatch(n) for n in os.listdir(os.path.join(dirpath, d)))
        except OSError:
            return False

    return [d for d in dirnames if bucket(d)]


def _is_saved_page_folder(name: str, siblings: list[str]) -> bool:
    """The folder a browser or Word writes beside a saved page ("報道資料_files" beside "報道資料.html").

    It holds the page's scripts, images and frames (Word puts header.htm and
    friends there), which are not documents of their own.
    """
    for ending in ("_files", ".files"):
        if name.endswith(ending):
            stem = name[: -len(ending)]
            return any(sibling in (stem + ".html", stem + ".htm") for sibling in siblings)
    return False


@dataclass(frozen=True)
class Discovery:
    #: Each file once (reached through links: under its own path if that was found, else the first link).
    found: list[Found]
    #: Named paths or files that could not be used, with a reason.
    problems: list[tuple[Path, str]]
    #: Folders that could not be listed: what the index holds from them is kept, not removed.
    unreadable: list[Path]
    #: Files under the named folders in no format that is read, by kind ('.jpg': 3): a folder of
    #: scans or archives indexed nothing without a word.
    passed_over: dict[str, int] = field(default_factory=dict)
    #: (link, where it leads) for each link to a folder under the named folders: not followed (it
    #: could lead back into the collection), which a share linked into the collection was without a word.
    linked_folders: list[tuple[Path, str]] = field(default_factory=list)
    #: (file, what to do) for each file named almost as a sidecar or metadata.csv is (misnamed_metadata):
    #: neither read as metadata nor indexed.
    misnamed_metadata: list[tuple[Path, str]] = field(default_factory=list)


def pasted_hint(given) -> str:
    """What to give instead of a path named with what a copy brings along, when that path is there: a space
    or line break around it, the double quotes of Windows' "Copy as path" (a quoted argument pasted into
    quotes), a file:// address.  `ictsearch show` finds a document named so; `index` said only "no such
    file or folder" of the folder pasted the same way."""
    text = os.fsdecode(given)
    bare = text.strip()
    if len(bare) >= 2 and bare[0] == bare[-1] and bare[0] in "\"'":
        bare = bare[1:-1].strip()
    if bare[:7].lower() == "file://":
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(bare)
        bare = unquote(parts.path) if parts.netloc.lower() in ("", "localhost") else bare
    if not bare or bare == text:
        return ""
    try:
        there = os.path.exists(os.path.expanduser(bare))
    except (OSError, ValueError):
        return ""
    return f": {shlex.quote(bare)} is there (give it without the quotes, spaces or file:// around it)" if there else ""


def _link_problem(path: Path, error: OSError | None = None) -> str:
    """Why a link leads to no file: its target is missing, or it leads back to itself through other
    links (a.pdf → b.pdf → a.pdf), which was reported as missing although both names are there."""
    if error is None:
        try:
            path.stat()
        except OSError as e:
            error = e
    if error is not None and error.errno == errno.ELOOP:
        return f"link loop: {os.readlink(path)} leads back to this link"
    return f"broken link: {os.readlink(path)} does not exist"


def discover(paths: Iterable[str | os.PathLike]) -> Discovery:
    """Supported files under `paths`, recursively; hidden files and folders skipped.

    Links to files are followed, links to folders are not (they could loop).
    """
    found: dict[str, Found] = {}
    problems: list[tuple[Path, str]] = []
    unreadable: list[Path] = []
    passed_over: dict[str, int] = {}
    linked_folders: list[tuple[Path, str]] = []
    misnamed: list[tuple[Path, str]] = []

    def add(path: Path, root: Path) -> None:
        if not _valid_utf8(str(path)):
            # The index stores paths as UTF-8 text; such a name (often CP932 from a zip
            # made on Windows) is reported, not let through to fail the whole run.
            shown = Path(os.fsencode(path).decode("utf-8", "backslashreplace"))
            problems.append((shown, "the file name is not valid UTF-8" + _cp932_reading(path) + ": rename the file"))
            return
        try:
            st = path.stat()
        except OSError as e:
            problems.append((path, _link_problem(path, e) if path.is_symlink() else f"cannot read: {e.strerror}"))
            return
        if path.is_file():
            real = os.path.realpath(path)
            # Reached more than once (links): keep the file's own path if it is among them.
            if real not in found or str(path) == real:
                found[real] = Found(path, root, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        else:  # opening a pipe would wait for a writer forever
            problems.append((path, NOT_A_FILE))

    def walk_error(e: OSError) -> None:
        unreadable.append(Path(e.filename))
        problems.append((Path(e.filename), f"cannot read folder: {e.strerror}"))

    for given in paths:
        root = Path(os.path.abspath(Path(given).expanduser()))
        try:
            exists = root.exists()
        except OSError as e:  # a name longer than the file system allows (ENAMETOOLONG) is no such file either
            problems.append((root, f"cannot read: {e.strerror}"))
            unreadable.append(root)
            continue
        if not exists:
            problems.append((root, _link_problem(root) if root.is_symlink() else "no such file or folder"))
            # An unmounted share or a mistyped path is not a folder emptied on purpose:
            # what the index holds from it is kept, as for a folder that cannot be read.
            unreadable.append(root)
            continue
        if not root.is_dir():
            if root.name.startswith("~$"):
                continue  # an Office owner file a shell pattern named (資料/*.docx): no document, no failure
            if _is_metadata_csv(root.name) or root.name.endswith(SIDECAR_ENDING):
                # Named after an edit, to apply it: it is no document, but it is read.
                problems.append((root, "manual metadata is read with the documents it describes: index its "
                                       f"folder (`ictsearch index {shlex.quote(str(root.parent))}`) to apply it"))
            elif (fix := misnamed_metadata(root.name)) is not None:
                problems.append((root, fix))
            elif root.suffix.lower() in DISCOVERED_SUFFIXES:
                add(root, root)
            else:
                problems.append((root, f"not a supported file type (only {', '.join(SUPPORTED_SUFFIXES)})"))
            continue
        user_caches: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error):
            if dirpath in user_caches:
                dirnames[:] = [d for d in dirnames if d not in _cache_buckets(dirpath, dirnames)]
            if _is_an_index(filenames, dirnames):
                if dirpath != str(root):
                    dirnames[:] = []
                    continue
                # The named folder is itself an index (`ictsearch index 資料 --index 資料`, made when it was
                # empty): its documents are indexed, its own files and folders were counted as "8 files
                # not indexed, not a format ictsearch reads: 2 .json, 1 .lock, 1 .seg …".
                dirnames[:], filenames[:] = _outside_the_index(dirpath, dirnames, filenames)
                if "cache" in dirnames:  # a user's folder named cache (store.CACHE_DIR), which the index writes its cache in
                    user_caches.add(os.path.join(dirpath, "cache"))
                if not dirnames and not any(not _is_hidden(f) for f in filenames):
                    # `ictsearch index ~/.local/share/ictsearch/index`: the index named for the documents
                    # indexed nothing, with exit 0 and "Indexed 0 documents".
                    problems.append((root, AN_INDEX_NOT_DOCUMENTS))
            dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d) and not _is_saved_page_folder(d, filenames))
            for d in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
                dirnames.remove(d)  # os.walk would not go in either: said, not passed over silently
                linked_folders.append((Path(dirpath) / d, os.readlink(os.path.join(dirpath, d))))
            for name in sorted(filenames):
                if _is_hidden(name):
                    continue
                if (fix := misnamed_metadata(name)) is not None:
                    misnamed.append((Path(dirpath) / name, fix))
                elif name.lower().endswith(DISCOVERED_SUFFIXES) and not _is_metadata_csv(name):
                    add(Path(dirpath) / name, root)
                elif (kind := _passed_over_kind(name)) is not None:
                    passed_over[kind] = passed_over.get(kind, 0) + 1
    return Discovery(list(found.values()), problems, unreadable, passed_over, linked_folders, misnamed)


def _cp932_reading(path: Path) -> str:
    """The path of a file whose name (or a folder's) is not UTF-8 with those names read as CP932
    (Shift_JIS, as a zip made on Windows writes names), as a hint: 「\\x8e\\x91\\x97\\xbf.txt」 alone
    does not say which file it is.  Empty when such a name is not CP932 either."""
    shown = []
    for part in path.parts:
        raw = os.fsencode(part)
        try:
            shown.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                shown.append(raw.decode("cp932"))
            except UnicodeDecodeError:
                return ""
    text = str(Path(*shown))
    if not text.isprintable():
        return ""
    return f" (in CP932, as Windows writes names: {text}; `convmv -f cp932 -t utf8 --notest` renames it)"


def _valid_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:  # undecodable bytes of the name, kept by Python as surrogates
        return False


def is_under(path: str, roots: Iterable[Path]) -> bool:
    """Whether an indexed path lies inside one of the named roots (or is one)."""
    p = Path(path)
    return any(p == r or r in p.parents for r in roots)
