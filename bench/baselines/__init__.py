"""Alternative engines built over the same normalized text: SQLite FTS5 and Groonga."""
