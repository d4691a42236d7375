"""Groonga through its command interface (the ``groonga`` executable, Debian ``groonga-bin``).

Build: ``groonga -n DB`` reads a command file: a Docs table, the documents
loaded as JSON, then a lexicon with TokenBigram + NormalizerAuto and a
positional index column (static index construction after the load).
Search: one long-lived ``groonga DB`` process reading ``/d/select?...`` commands
on stdin, one JSON response per line; ``match_columns body``, ``query``,
``output_columns _key,_score``, ``sortby -_score`` (Groonga's default scorer).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

from bench.relevance import parse


def available() -> bool:
    return shutil.which("groonga") is not None


def version() -> str:
    try:
        out = subprocess.run(["groonga", "--version"], capture_output=True, text=True, timeout=10).stdout
        return " ".join(out.split()[:2]) if out else "?"
    except Exception:  # noqa: BLE001
        return "?"


def to_groonga(query: str) -> str:
    """ictsearch query syntax → Groonga query syntax (quoted words, OR, -word for NOT)."""
    out: list[str] = []
    negate = False
    for kind, value in parse(query):
        if kind == "op":
            if value == "OR" and out:
                out.append("OR")
            elif value == "NOT":
                negate = True
            continue
        word = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append(("-" if negate else "") + word)
        negate = False
    while out and out[-1] == "OR":
        out.pop()
    if out and out[0].startswith("-"):  # Groonga cannot start with a negation
        out = out[1:]
    return " ".join(out)


class Groonga:
    name = "groonga"

    def __init__(self, db_dir: Path):
        self.db_dir = Path(db_dir)
        self.db = self.db_dir / "db"
        self.proc: subprocess.Popen | None = None

    def build(self, docs: list[tuple[str, str]]) -> dict:
        if self.db_dir.exists():
            shutil.rmtree(self.db_dir)
        self.db_dir.mkdir(parents=True)
        cmd_file = self.db_dir.parent / (self.db_dir.name + "-load.grn")
        with open(cmd_file, "w", encoding="utf-8") as f:
            f.write("table_create Docs TABLE_HASH_KEY ShortText\n")
            f.write("column_create Docs body COLUMN_SCALAR LongText\n")
            f.write("load --table Docs\n[\n")
            f.write(",\n".join(json.dumps({"_key": k, "body": v}, ensure_ascii=False) for k, v in docs))
            f.write("\n]\n")
            f.write("table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto\n")
            f.write("column_create Terms docs_body COLUMN_INDEX|WITH_POSITION Docs body\n")
        t0 = time.perf_counter()
        with open(cmd_file, "rb") as stdin:
            r = subprocess.run(["groonga", "-n", str(self.db)], stdin=stdin, capture_output=True, timeout=3600)
        seconds = time.perf_counter() - t0
        cmd_file.unlink()
        if r.returncode != 0 or b"true" not in r.stdout.splitlines()[-1]:
            raise RuntimeError(f"groonga build failed: {r.stdout[-500:]!r} {r.stderr[-500:]!r}")
        size = sum(p.stat().st_size for p in self.db_dir.iterdir() if p.is_file())
        return {"seconds": seconds, "bytes": size}

    def open(self) -> None:
        self.proc = subprocess.Popen(
            ["groonga", str(self.db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0
        )

    def close(self) -> None:
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
            self.proc = None

    def search(self, query: str, limit: int = 10) -> list[str]:
        q = to_groonga(query)
        if not q:
            return []
        line = (
            "/d/select?table=Docs&match_columns=body&query=" + quote(q, safe="")
            + "&output_columns=_key,_score&sortby=-_score&limit=" + str(limit) + "\n"
        )
        self.proc.stdin.write(line.encode("utf-8"))
        resp = json.loads(self.proc.stdout.readline())
        if resp[0][0] != 0:
            return []
        records = resp[1][0][2:]
        return [r[0] for r in records]
