"""Builds project files as each older version of the viewer wrote them, with sample data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from viewer.store.schema import migrate

# One sample row per table, as schema 1 stored it (columns in the order of the table).
V1_ANNOTATION = (
    "e1", "002.txt", 10, 40, "NATO announced on Tuesday", "In Madrid, ", " that it",
    "a note", '["troops", "madrid"]', "confirmed", 1, None, "2022-06-28", "2022-06-28", "day", 0,
)  # fmt: skip
V1_USER_EVENT = (
    "u1", 1, "001.txt", 5, 9, "word", "", "", "2022-03-01", "2022-03-31", "month", "Mine",
)  # fmt: skip


V1_USER_EVENT_COLUMNS = (
    'id, position, document_id, start, "end", quote, prefix, suffix, '
    "date_first, date_last, date_precision, title"
)


def build_project(path: Path, version: int) -> None:
    """Write a file at schema `version` holding the sample data that version could hold."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, target=version)
        if version >= 1:
            _fill_v1(conn)
    finally:
        conn.close()


def _fill_v1(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO annotations VALUES ({', '.join('?' * 16)})", V1_ANNOTATION)
    # By schema 1's columns: later schemas' own columns take their defaults.
    conn.execute(
        f"INSERT INTO user_events ({V1_USER_EVENT_COLUMNS}) VALUES ({', '.join('?' * 12)})",
        V1_USER_EVENT,
    )
    conn.execute("INSERT INTO groupings VALUES (?, ?, ?, ?)", ("p1", 1, "join", "p2"))
    conn.execute("INSERT INTO document_dates VALUES (?, ?)", ("000.txt", "2022-06-29"))
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("zoom", "week"))
    conn.execute("INSERT INTO sources VALUES (?, ?)", (0, "/corpus"))
    conn.execute(
        "INSERT INTO history (event_id, at, message) VALUES (?, ?, ?)",
        ("e1", "2022-07-01T10:00:00+00:00", "status: confirmed"),
    )
    conn.execute("COMMIT")
