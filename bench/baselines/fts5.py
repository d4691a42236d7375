"""SQLite FTS5 with the trigram tokenizer (Python's sqlite3), bm25 ranking, snippet().

Known limits of trigram that the bench does not hide: a term shorter than three
characters (5G, AI, 京都) cannot be matched.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.relevance import parse


def to_fts5(query: str) -> str:
    """ictsearch query syntax → FTS5 MATCH expression (every word a quoted string)."""
    out = []
    for kind, value in parse(query):
        if kind == "op":
            if value in ("OR", "NOT"):
                out.append(value)
        else:
            out.append('"' + value.replace('"', '""') + '"')
    # FTS5 rejects a leading/trailing/doubled operator
    while out and out[0] in ("OR", "NOT"):
        out.pop(0)
    while out and out[-1] in ("OR", "NOT"):
        out.pop()
    return " ".join(out)


class FTS5:
    name = "fts5"

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.conn: sqlite3.Connection | None = None

    def build(self, docs: list[tuple[str, str]]) -> dict:
        if self.db_path.exists():
            self.db_path.unlink()
        t0 = time.perf_counter()
        conn = sqlite3.connect(self.db_path)
        conn.execute("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, tokenize='trigram')")
        with conn:
            conn.executemany("INSERT INTO docs(path, body) VALUES (?, ?)", docs)
        with conn:
            conn.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        conn.close()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": self.db_path.stat().st_size}

    def open(self) -> None:
        self.conn = sqlite3.connect(self.db_path)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def search(self, query: str, limit: int = 10) -> list[str]:
        """Ranked paths (bm25), with a snippet computed for each hit as a UI would."""
        expr = to_fts5(query)
        if not expr:
            return []
        try:
            rows = self.conn.execute(
                "SELECT path, snippet(docs, 1, '[', ']', '…', 24) FROM docs WHERE docs MATCH ? "
                "ORDER BY bm25(docs) LIMIT ?",
                (expr, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [r[0] for r in rows]
