"""The parsed store: one SQLite file under the index directory.

Schema (version 1):

    meta(key TEXT PRIMARY KEY, value TEXT)            -- schema_version
    documents(id TEXT PRIMARY KEY,                     -- first 16 hex digits of the file's sha256
              file, title, organisation, year, kind, parser_version, pages, sha256)
    pages(doc_id, number, width, height, PRIMARY KEY(doc_id, number))   -- PDF page sizes in points
    tables(doc_id, idx, number, title, table_type, unit,
           pages JSON, n_rows, n_cols, PRIMARY KEY(doc_id, idx))
    facts(id INTEGER PRIMARY KEY, doc_id, table_idx, side, row_code, row_name, row_label,
          row_path JSON, column_name, column_path JSON, value REAL, unit, page,
          x0, top, x1, bottom,                          -- cell box in PDF points, NULL for text exports
          row_index, col_index)
    text_facts(id INTEGER PRIMARY KEY, doc_id, subject, value REAL, unit, page, sentence,
               share, change, change_unit, change_pct, section)
    passages(doc_id, idx, page, pages JSON, heading_path JSON, text, PRIMARY KEY(doc_id, idx))

Page 0 means "no page" (text exports). Writers never modify the live file in place: `ingest`
copies it aside, writes, and swaps it in atomically.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .model import Document, Fact, Page, ParsedDocument, Passage, Table, TextFact

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(
    id TEXT PRIMARY KEY, file TEXT, title TEXT, organisation TEXT, year INTEGER, kind TEXT,
    parser_version TEXT, pages INTEGER, sha256 TEXT);
CREATE TABLE IF NOT EXISTS pages(
    doc_id TEXT, number INTEGER, width REAL, height REAL, PRIMARY KEY(doc_id, number));
CREATE TABLE IF NOT EXISTS tables(
    doc_id TEXT, idx INTEGER, number TEXT, title TEXT, table_type TEXT, unit TEXT, pages TEXT,
    n_rows INTEGER, n_cols INTEGER, PRIMARY KEY(doc_id, idx));
CREATE TABLE IF NOT EXISTS facts(
    id INTEGER PRIMARY KEY, doc_id TEXT, table_idx INTEGER, side TEXT, row_code TEXT, row_name TEXT,
    row_label TEXT, row_path TEXT, column_name TEXT, column_path TEXT, value REAL, unit TEXT,
    page INTEGER, x0 REAL, top REAL, x1 REAL, bottom REAL, row_index INTEGER, col_index INTEGER);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id, table_idx);
CREATE TABLE IF NOT EXISTS text_facts(
    id INTEGER PRIMARY KEY, doc_id TEXT, subject TEXT, value REAL, unit TEXT, page INTEGER,
    sentence TEXT, share REAL, change REAL, change_unit TEXT, change_pct REAL, section TEXT);
CREATE INDEX IF NOT EXISTS text_facts_doc ON text_facts(doc_id);
CREATE TABLE IF NOT EXISTS passages(
    doc_id TEXT, idx INTEGER, page INTEGER, pages TEXT, heading_path TEXT, text TEXT,
    PRIMARY KEY(doc_id, idx));
"""


class StoreError(Exception):
    """The store on disk cannot be used (wrong schema, not a store)."""


class Store:
    """Read and write parsed documents in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        try:
            self.db.executescript(_SCHEMA)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a store ({exc})") from exc
        if row is None:
            self.db.execute("INSERT INTO meta VALUES('schema_version', ?)", (SCHEMA_VERSION,))
            self.db.commit()
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(f"{path} has schema {row[0]}, this version reads {SCHEMA_VERSION}: re-run ingest")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db:
            yield

    # -- writing -------------------------------------------------------------------------
    def add(self, parsed: ParsedDocument) -> None:
        d = parsed.document
        self.delete(d.id)
        self.db.execute(
            "INSERT INTO documents VALUES(?,?,?,?,?,?,?,?,?)",
            (d.id, d.file, d.title, d.organisation, d.year, d.kind, d.parser_version, d.pages, d.sha256),
        )
        self.db.executemany(
            "INSERT INTO pages VALUES(?,?,?,?)", [(d.id, p.number, p.width, p.height) for p in parsed.pages]
        )
        self.db.executemany(
            "INSERT INTO tables VALUES(?,?,?,?,?,?,?,?,?)",
            [
                (d.id, t.index, t.number, t.title, t.table_type, t.unit, json.dumps(t.pages), t.n_rows, t.n_cols)
                for t in parsed.tables
            ],
        )
        self.db.executemany(
            "INSERT INTO facts(doc_id, table_idx, side, row_code, row_name, row_label, row_path, column_name,"
            " column_path, value, unit, page, x0, top, x1, bottom, row_index, col_index)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_fact_row(d.id, f) for f in parsed.facts],
        )
        self.db.executemany(
            "INSERT INTO text_facts(doc_id, subject, value, unit, page, sentence, share, change, change_unit,"
            " change_pct, section) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    d.id,
                    t.subject,
                    t.value,
                    t.unit,
                    t.page,
                    t.sentence,
                    t.share,
                    t.change,
                    t.change_unit,
                    t.change_pct,
                    t.section,
                )
                for t in parsed.text_facts
            ],  # fmt: skip
        )
        self.db.executemany(
            "INSERT INTO passages VALUES(?,?,?,?,?,?)",
            [
                (d.id, p.index, p.page, json.dumps(p.pages), json.dumps(p.heading_path, ensure_ascii=False), p.text)
                for p in parsed.passages
            ],
        )

    def delete(self, doc_id: str) -> None:
        for table in ("documents", "pages", "tables", "facts", "text_facts", "passages"):
            key = "id" if table == "documents" else "doc_id"
            self.db.execute(f"DELETE FROM {table} WHERE {key} = ?", (doc_id,))

    # -- reading -------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        rows = self.db.execute(
            "SELECT id, file, title, organisation, year, kind, parser_version, pages, sha256"
            " FROM documents ORDER BY file"
        )
        return [Document(*r) for r in rows]

    def find_by_file(self, file: str) -> Document | None:
        return next((d for d in self.documents() if d.file == file), None)

    def load(self, doc_id: str) -> ParsedDocument:
        """A document with its tables, facts, text facts and passages."""
        doc = next((d for d in self.documents() if d.id == doc_id), None)
        if doc is None:
            raise KeyError(doc_id)
        pages = [
            Page(*r)
            for r in self.db.execute(
                "SELECT number, width, height FROM pages WHERE doc_id=? ORDER BY number", (doc_id,)
            )
        ]
        tables = [
            Table(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6], r[7])
            for r in self.db.execute(
                "SELECT idx, number, title, table_type, unit, pages, n_rows, n_cols FROM tables"
                " WHERE doc_id=? ORDER BY idx",
                (doc_id,),
            )
        ]
        titles = {t.index: (t.title, t.table_type) for t in tables}
        facts = [
            _fact_from_row(r, titles)
            for r in self.db.execute(
                "SELECT table_idx, side, row_code, row_name, row_label, row_path, column_name, column_path, value,"
                " unit, page, x0, top, x1, bottom, row_index, col_index FROM facts WHERE doc_id=? ORDER BY id",
                (doc_id,),
            )
        ]
        text_facts = [
            TextFact(*r)
            for r in self.db.execute(
                "SELECT subject, value, unit, page, sentence, share, change, change_unit, change_pct, section"
                " FROM text_facts WHERE doc_id=? ORDER BY id",
                (doc_id,),
            )
        ]
        passages = [
            Passage(r[0], r[1], tuple(json.loads(r[2])), tuple(json.loads(r[3])), r[4])
            for r in self.db.execute(
                "SELECT idx, page, pages, heading_path, text FROM passages WHERE doc_id=? ORDER BY idx", (doc_id,)
            )
        ]
        return ParsedDocument(doc, pages, tables, facts, text_facts, passages)

    def counts(self, doc_id: str) -> dict[str, int]:
        out = {}
        for table in ("tables", "facts", "text_facts", "passages"):
            out[table] = self.db.execute(f"SELECT COUNT(*) FROM {table} WHERE doc_id=?", (doc_id,)).fetchone()[0]
        return out


def _fact_row(doc_id: str, f: Fact) -> tuple[object, ...]:
    box = f.bbox or (None, None, None, None)
    return (
        doc_id, f.table_index, f.side, f.row_code, f.row_name, f.row_label,
        json.dumps(f.row_path, ensure_ascii=False), f.column, json.dumps(f.column_path, ensure_ascii=False),
        f.value, f.unit, f.page, *box, f.row_index, f.col_index,
    )  # fmt: skip


def _fact_from_row(r: tuple, titles: dict[int, tuple[str, str]]) -> Fact:  # type: ignore[type-arg]
    title, table_type = titles.get(r[0], ("", "other"))
    box = None if r[11] is None else (r[11], r[12], r[13], r[14])
    return Fact(
        table_index=r[0], table_title=title, table_type=table_type, side=r[1], row_code=r[2], row_name=r[3],
        row_label=r[4], row_path=tuple(json.loads(r[5])), column=r[6], column_path=tuple(json.loads(r[7])),
        value=r[8], unit=r[9], page=r[10], bbox=box, row_index=r[15], col_index=r[16],
    )  # fmt: skip
