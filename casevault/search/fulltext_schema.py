"""The vendor-specific full-text index over ``search_searchentry.terms`` (see models.py)."""

from __future__ import annotations

from typing import Any

SQLITE_CREATE = [
    # External content: the text is stored once, in search_searchentry; FTS5 keeps only
    # its inverted index. The tokens are already folded, so the tokenizer must not fold
    # again (it would turn й into и on one side only).
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "terms, content='search_searchentry', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_entry_added AFTER INSERT ON search_searchentry BEGIN "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER search_entry_removed AFTER DELETE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); END",
    "CREATE TRIGGER search_entry_changed AFTER UPDATE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
    # Rows written before the index existed.
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_entry_added",
    "DROP TRIGGER IF EXISTS search_entry_removed",
    "DROP TRIGGER IF EXISTS search_entry_changed",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_CREATE = [
    # The terms are our own tokens: no parser, no dictionary, exactly what SQLite indexes.
    "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(array_to_tsvector(string_to_array(terms, ' '))) STORED",
    "CREATE INDEX search_entry_vector_idx ON search_searchentry USING GIN (search_vector)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_entry_vector_idx",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor: Any, statements: dict[str, list[str]]) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def create(apps: Any, schema_editor: Any) -> None:
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop(apps: Any, schema_editor: Any) -> None:
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})
