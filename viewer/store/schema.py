"""The project file's schema as an ordered list of migrations, one per schema version."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cache

# "TLVW": marks the file as ours in the SQLite header, so other tools can tell it apart.
APPLICATION_ID = 0x544C5657
APPLICATION_NAME = "timeline-viewer"

# Version 1: everything a user adds, and the corpus it was added to.
_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sources (
    position INTEGER PRIMARY KEY,
    path TEXT NOT NULL
);
CREATE TABLE annotations (
    event_id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    note TEXT NOT NULL,
    tags TEXT NOT NULL,
    status TEXT NOT NULL,
    starred INTEGER NOT NULL,
    title TEXT,
    date_first TEXT,
    date_last TEXT,
    date_precision TEXT,
    orphaned INTEGER NOT NULL
);
CREATE TABLE user_events (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    date_first TEXT NOT NULL,
    date_last TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE groupings (
    passage_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL
);
CREATE TABLE document_dates (
    document_id TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    at TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX history_by_event ON history (event_id, id);
"""

# Version 2: a cache of extraction results, so unchanged articles are not re-extracted.
_V2 = """
CREATE TABLE extraction_cache (
    content_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (content_hash, version)
);
"""

# Version 3: the timeline as last shown, so a reopened project paints before its articles
# are read again. One row: the sources it was made from, its events, and its columns.
_V3 = """
CREATE TABLE kept_timeline (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sources TEXT NOT NULL,
    events BLOB NOT NULL,
    columns BLOB NOT NULL,
    digest TEXT NOT NULL
);
"""

# Version 4: how a user's own event was dated when it was made (by its words, by its
# article's publication), so that it is not shown as a date the user chose. Events made
# before keep "user", which is what they showed.
_V4 = """
ALTER TABLE user_events ADD COLUMN date_basis TEXT NOT NULL DEFAULT 'user';
ALTER TABLE user_events ADD COLUMN date_text TEXT NOT NULL DEFAULT '';
"""

# MIGRATIONS[n] takes a file from schema n to schema n + 1. Append only: never edit one.
MIGRATIONS: Sequence[str] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the file's header."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Bring the file from its recorded version up to `target`, all in one transaction.

    The connection must be in autocommit mode (isolation_level=None), so that this
    function owns the transaction: a crash part-way leaves the file at its old version.
    Tests call it with a lower `target` to build files as older versions wrote them.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        if current == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for version in range(current, target):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
        if current == 0 and target > 0:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)", ("application", APPLICATION_NAME)
            )
        if target > current:
            # PRAGMA takes no bound parameters; `target` is an int we computed.
            conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements: executescript() would commit behind our back."""
    return [part.strip() for part in script.split(";") if part.strip()]


@cache
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """The tables (and their columns) a project of schema `version` has, found by making
    one in memory: the migrations stay the only description of the schema."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, target=version)
        names = [
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            table: frozenset(str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})"))
            for table in names
            if not table.startswith("sqlite_")
        }
    finally:
        conn.close()
