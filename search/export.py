"""Export an index: JSON Lines, or files to load into OpenSearch / Elasticsearch.

Everything here returns or yields plain data (dicts and strings); the CLI only
prints or writes it.

**JSON Lines**: one object per document, exactly what ``ictsearch show --json``
prints (``Document.to_dict()``: doc_id, path, title, pages, every metadata
field, where each value came from, and the text).

**OpenSearch / Elasticsearch** with the ``analysis-sudachi`` plugin
(WorksApplications/elasticsearch-sudachi; the settings follow its README as
of release 3.2.3, the names of its tokenizer and filters and their options).
``index.json`` mirrors ictsearch's own analysis (indexer/analysis.py):

* ``sudachi_tokenizer`` in split mode C, punctuation discarded;
* at index time ``sudachi_split`` in ``search`` mode adds the A sub-units of a
  C unit at the same position (東北総合通信局 → 東北 | 総合 | 通信局), the
  plugin's counterpart of our C + A indexing; then ``sudachi_part_of_speech``
  drops particles, auxiliaries, punctuation and whitespace (our FUNCTION_POS
  and SKIP_POS), ``sudachi_normalizedform`` and ``lowercase`` give our terms
  (ＤＸ/DX, シュミレーション/シミュレーション meet);
* at search time the same chain without the split (a query's C unit matches
  the indexed C unit, a word inside a compound matches the indexed A unit;
  the plugin README notes that split sub-words in a query become a phrase) and
  then ``synonym_graph`` with our synonym groups inline (search/data/
  synonyms.tsv: a group's members join as equivalents; a group with flag-1
  members becomes ``triggers => all members``, so those never expand);
* region, prefecture and themes as ``keyword``, fiscal_year, year and pages as
  ``integer``: filters and aggregations work like ``--region`` / ``facets``.

``bulk.ndjson`` holds ``_bulk`` action and source pairs, ``_id`` = doc_id.  A
source is the JSON Lines record with ``themes`` as the list of theme names (a
keyword field to aggregate) and the scores in ``theme_scores``.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from ictsearch.indexer.fields import METADATA_FIELDS

from .synonyms import DATA_PATH, NOT_TRIGGER, TERM_SEP

if TYPE_CHECKING:
    from .api import Index

#: The analysis-sudachi release whose README the settings follow.
SUDACHI_PLUGIN_VERSION = "3.2.3"

INDEX_ANALYZER = "ictsearch_index"
SEARCH_ANALYZER = "ictsearch_search"

#: Parts of speech ictsearch leaves out of the index (indexer/analysis.py FUNCTION_POS, SKIP_POS).
STOP_POS = ["助詞", "助動詞", "補助記号", "空白"]

_TEXT = {"type": "text", "analyzer": INDEX_ANALYZER, "search_analyzer": SEARCH_ANALYZER}
MAPPING_PROPERTIES = {
    "doc_id": {"type": "keyword"},
    "path": {"type": "keyword"},
    "title": {**_TEXT, "fields": {"raw": {"type": "keyword", "ignore_above": 512}}},
    "text": _TEXT,
    "pages": {"type": "integer"},
    # Every metadata field: numbers as integer, names and lists of names as keyword (filters, aggregations).
    **{f.name: {"type": "integer" if f.kind == "int" else "keyword"} for f in METADATA_FIELDS},
    "theme_scores": {"type": "nested", "properties": {"name": {"type": "keyword"}, "score": {"type": "float"}}},
    # Where each value came from ("text: 令和5年度 in the title", "sidecar"): kept, not searched.
    "sources": {"type": "object", "enabled": False},
    "encoding": {"type": "keyword"},
    "warnings": {"type": "keyword", "ignore_above": 1024},
    # 1-based numbers of the pages read by OCR.
    "ocr_pages": {"type": "integer"},
    # Whether the file was gone from its path, or changed, when the export was made (Document's).
    "gone": {"type": "boolean"},
    "changed": {"type": "boolean"},
    # Why the file fails now, for the last indexed version of a file that broke (absent otherwise).
    "failing": {"type": "keyword", "ignore_above": 1024},
}


# -- JSON Lines ---------------------------------------------------------------


def jsonl_records(index: "Index") -> Iterator[dict]:
    """One dict per document, the shape of ``show --json``, in path order: with ``failing`` (why the file
    fails now) for a document that is the last indexed version of a file that broke, as ``show`` says."""
    for doc in index.documents():
        yield doc.to_dict()  # its `failing` too (Document.failing)


def kept_failures(index_dir) -> dict[str, str]:
    """path -> why it fails, for the files that failed after they were indexed and whose last good
    version the index keeps (`show`'s failing row, `failing` in ``show --json`` and the export)."""
    from ictsearch.indexer.status import index_status

    st = index_status(index_dir, check_files=False)  # what the index holds: no file looked at
    return {p: st.failures[p] for p in st.kept_versions if p in st.failures}


# -- OpenSearch / Elasticsearch -------------------------------------------------


def synonym_rules(path: Path = DATA_PATH) -> list[str]:
    """Our synonym groups as Solr-format rules for a ``synonym_graph`` filter."""
    rules = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            members = line.split("\t")[1:]
            triggers = [_solr_term(m) for m in members if not m.startswith(NOT_TRIGGER)]
            everyone = [_solr_term(m.removeprefix(NOT_TRIGGER)) for m in members]
            everyone = list(dict.fromkeys(everyone))
            if len(everyone) < 2 or not triggers:
                continue
            if len(triggers) == len(everyone):
                rules.append(", ".join(everyone))
            else:
                rules.append(f"{', '.join(triggers)} => {', '.join(everyone)}")
    return rules


def _solr_term(member: str) -> str:
    # A member is its normalized C-unit terms joined by "|": a multi-word synonym.
    text = " ".join(member.split(TERM_SEP))
    return text.replace("\\", "\\\\").replace(",", "\\,").replace("=>", "=\\>")


def index_settings(synonyms: list[str] | None = None) -> dict:
    """The body of ``PUT /INDEX``: analysis settings and mappings."""
    return {
        "settings": {
            "index": {
                "analysis": {
                    "tokenizer": {
                        "ictsearch_sudachi": {
                            "type": "sudachi_tokenizer",
                            "split_mode": "C",
                            "discard_punctuation": True,
                        }
                    },
                    "filter": {
                        "ictsearch_split": {"type": "sudachi_split", "mode": "search"},
                        "ictsearch_pos": {"type": "sudachi_part_of_speech", "stoptags": list(STOP_POS)},
                        "ictsearch_synonyms": {
                            "type": "synonym_graph",
                            "synonyms": synonym_rules() if synonyms is None else synonyms,
                            # The plugin's synonym guide: with discard_punctuation a rule
                            # made only of symbols analyzes to nothing; skip such rules.
                            "lenient": True,
                        },
                    },
                    "analyzer": {
                        INDEX_ANALYZER: {
                            "type": "custom",
                            "tokenizer": "ictsearch_sudachi",
                            # The split first: sudachi_normalizedform then normalizes every
                            # unit, the C unit and its A sub-units alike.
                            "filter": ["ictsearch_split", "ictsearch_pos", "sudachi_normalizedform", "lowercase"],
                        },
                        SEARCH_ANALYZER: {
                            "type": "custom",
                            "tokenizer": "ictsearch_sudachi",
                            "filter": ["ictsearch_pos", "sudachi_normalizedform", "lowercase", "ictsearch_synonyms"],
                        },
                    },
                }
            }
        },
        "mappings": {"dynamic": False, "properties": MAPPING_PROPERTIES},
    }


def bulk_source(record: dict) -> dict:
    """A JSON Lines record as an OpenSearch source: theme names as keywords, scores beside them."""
    source = dict(record)
    themes = record.get("themes") or []
    source["themes"] = [t["name"] for t in themes]
    source["theme_scores"] = [{"name": t["name"], "score": t["score"]} for t in themes]
    return source


def bulk_lines(records: Iterable[dict]) -> Iterator[str]:
    """``_bulk`` NDJSON lines: an action, then the source, per document (no newline at the end of each)."""
    for record in records:
        yield json.dumps({"index": {"_id": record["doc_id"]}}, ensure_ascii=False)
        yield json.dumps(bulk_source(record), ensure_ascii=False)


#: The most one bulk file holds: OpenSearch and Elasticsearch refuse a request over their
#: http.max_content_length, 100 MB by default (413), so a larger collection is written in parts.
BULK_PART_BYTES = 90 * 1024 * 1024


def _part_name(n: int) -> str:
    return "bulk.ndjson" if n == 1 else f"bulk-{n}.ndjson"


def _written_here(settings_path: Path) -> bool:
    """Whether index.json is an export of ours (its analysis names our tokenizer)."""
    try:
        with settings_path.open("rb") as fh:
            data = json.loads(fh.read(1 << 20))  # ours is about 100 KB; a larger file is someone else's
        return "ictsearch_sudachi" in data["settings"]["index"]["analysis"]["tokenizer"]
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _refuse_others_files(out: Path) -> None:
    """FileExistsError when `out` holds an index.json or bulk*.ndjson that no export of ours wrote:
    a web project's index.json, another tool's export, the documents folder given by mistake.  An
    export replaced them without a word; its own earlier export it replaces, as before."""
    settings_path = out / "index.json"
    if settings_path.exists() and not _written_here(settings_path):
        name = settings_path
    elif not settings_path.exists() and (bulks := sorted(out.glob("bulk*.ndjson"))):
        name = bulks[0]
    else:
        return
    raise OthersFiles(errno.EEXIST, f"{name} is there and is no ictsearch export; give an empty or new folder", str(name))


class OthersFiles(FileExistsError):
    """write_opensearch's refusal of a folder holding another's index.json or bulk*.ndjson (a FileExistsError,
    with errno, strerror and filename): its message names the file once, where an OSError's str() added it
    again after the message ("[Errno 17] /out/index.json is there …: '/out/index.json'")."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


#: Why an export of an index with no document writes no bulk.ndjson (its "note"): an empty file was
#: written, which a _bulk POST answers with an error (400, "request body is required").
EMPTY_BULK = ("the index holds no document, so no bulk.ndjson was written (OpenSearch and Elasticsearch refuse "
              "an empty _bulk request); index.json creates the empty index")


def write_opensearch(index: "Index", out_dir: str | Path) -> dict:
    """Write ``out_dir/index.json`` and ``out_dir/bulk.ndjson`` (then ``bulk-2.ndjson``, … when the
    documents make more than one request may hold: BULK_PART_BYTES); return what was written.

    An index with no document gives index.json alone: "bulk_ndjson" is None, "bulk_parts" empty,
    "note" says why (EMPTY_BULK; None otherwise), and an earlier export's bulk files are removed."""
    out = Path(out_dir)
    _refuse_others_files(out)
    out.mkdir(parents=True, exist_ok=True)
    settings_path = out / "index.json"
    bulk_path = out / "bulk.ndjson"
    settings_path.write_text(json.dumps(index_settings(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    count = 0
    tmps: list[Path] = []
    try:
        fh, size = None, 0
        lines = bulk_lines(jsonl_records(index))
        for action in lines:
            pair = (action + "\n" + next(lines) + "\n").encode("utf-8")  # _bulk requires the final newline too
            if fh is None or (size and size + len(pair) > BULK_PART_BYTES):
                if fh is not None:
                    fh.close()
                tmps.append(out / (_part_name(len(tmps) + 1) + ".tmp"))
                fh, size = tmps[-1].open("wb"), 0
            fh.write(pair)
            size += len(pair)
            count += 1
        if fh is not None:  # no document: no bulk file (EMPTY_BULK)
            fh.close()
        for tmp in tmps:
            tmp.replace(tmp.with_name(tmp.name[: -len(".tmp")]))
    except BaseException:
        # Ctrl-C or a full disk: the previous bulk files stay, and no half-written file beside them.
        if fh is not None:
            with contextlib.suppress(OSError):  # its buffer cannot be written either (a full disk)
                fh.close()
        for tmp in tmps:
            tmp.unlink(missing_ok=True)
        raise
    parts = [out / _part_name(n) for n in range(1, len(tmps) + 1)]
    # The parts of an earlier, larger export: loading every bulk*.ndjson would bring them back.
    for n in itertools.count(len(parts) + 1):
        try:
            (out / _part_name(n)).unlink()
        except FileNotFoundError:
            break
    return {"documents": count, "index_json": str(settings_path), "bulk_ndjson": str(bulk_path) if parts else None,
            "bulk_parts": [str(p) for p in parts],
            "sudachi_plugin_version": SUDACHI_PLUGIN_VERSION,
            "note": None if parts else EMPTY_BULK}

