"""The benchmark corpus: fixed samples of ../shared/corpus and its normalized text.

Every engine in the bench is fed the *same* normalized text: the project's
``ictsearch.indexer.normalize.normalize_text`` when it is importable, else NFKC (the
stand-in is reported in the results as ``normalizer``).
"""

from __future__ import annotations

import csv
import shutil
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = (PROJECT.parent / "shared" / "corpus").resolve()
WHITEPAPER = CORPUS / "whitepaper"
PDF_DIR = CORPUS / "pdf"
WORK = PROJECT / "bench" / ".work"

#: What describes shared/corpus and is no section or PDF of it: `ictsearch index` reads a .tsv as a
#: document, and whitepaper/manifest.tsv (every section's title in one table) matched most benchmark
#: queries; the benches leave these out by name, as a user indexes what they named.
NOT_DOCUMENTS = ("manifest.tsv",)

#: quick mode: every SAMPLE_STEP-th section in manifest order (1,870 / 6 = 312)
SAMPLE_STEP = 6


@dataclass(frozen=True)
class Section:
    rel: str  # relative to shared/corpus, e.g. whitepaper/r03/0035.txt
    edition: str
    year: int
    title: str
    chars: int

    @property
    def path(self) -> Path:
        return CORPUS / self.rel


def available() -> bool:
    return (WHITEPAPER / "manifest.tsv").is_file()


@lru_cache(maxsize=1)
def sections() -> tuple[Section, ...]:
    """All White Paper sections, in manifest (= corpus) order."""
    with open(WHITEPAPER / "manifest.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return tuple(
        Section(r["path"], r["edition"], int(r["fiscal_year_published"]), r["title"], int(r["chars"]))
        for r in rows
    )


def copy_documents(src: Path, dst: Path) -> Path:
    """A copy of a shared/corpus folder (whitepaper/, pdf/) to index: its documents, not its manifest."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(*NOT_DOCUMENTS))
    return dst


def whitepaper_folders() -> list[Path]:
    """The White Paper's edition folders (h12 … r05), which hold its sections and nothing else:
    what to index in place to get the sections without the manifest beside them."""
    return sorted(p for p in WHITEPAPER.iterdir() if p.is_dir())


def sample(quick: bool) -> list[Section]:
    """The fixed throughput sample: all sections, or every 6th (≈ 312) in quick mode."""
    s = list(sections())
    return s[::SAMPLE_STEP] if quick else s


def quarter(items: list) -> list:
    """A fixed quarter of a list: every 4th item (spread over all editions)."""
    return items[::4]


def _normalizer():
    try:
        from ictsearch.indexer.normalize import normalize_text

        return normalize_text, "ictsearch.indexer.normalize.normalize_text"
    except Exception:  # noqa: BLE001 - the other helper's module may not exist yet
        return (lambda t: unicodedata.normalize("NFKC", t)), "unicodedata NFKC (stand-in)"


def normalizer_name() -> str:
    return _normalizer()[1]


def query_normalizer():
    try:
        from ictsearch.indexer.normalize import normalize_query

        return normalize_query
    except Exception:  # noqa: BLE001
        return lambda q: unicodedata.normalize("NFKC", q).strip()


def normalized_texts(secs: list[Section]) -> list[tuple[str, str]]:
    """(rel, normalized text) for each section, in order."""
    norm, _ = _normalizer()
    return [(s.rel, norm(s.path.read_text(encoding="utf-8"))) for s in secs]


def pdf_files() -> list[tuple[Path, int]]:
    """(path, pages) of every PDF in pdf/manifest.tsv, in manifest order."""
    with open(PDF_DIR / "manifest.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(CORPUS / r["path"], int(r["pages"])) for r in rows]


def dir_size(path: Path) -> int:
    """Bytes of all regular files under path (or of path itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
