"""The extraction cache read from a worker thread, through a read-only connection of its own.

The project's own connection belongs to the GUI thread. Reading every cached result into
memory first would hold them all at once (hundreds of megabytes for twenty thousand
articles); this reader fetches each when it is wanted and keeps none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from viewer.store.codecs.extraction_cache import id_of_version


class CacheReader:
    """Looks cached extraction results up, from whichever one thread first asks."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._failed = False

    def payload(self, content_hash: str, version: str) -> str | None:
        """The cached result, or None when there is none or the cache cannot be read
        (the document is then simply extracted again)."""
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT payload FROM extraction_cache WHERE content_hash = ? AND version = ?",
                (content_hash, version),
            ).fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row is not None else None

    def known_ids(self) -> dict[str, str]:
        """The id each article text was last extracted under, by its content hash (none when
        the cache cannot be read): an article whose name another file comes to share keeps
        the id its work is kept under."""
        conn = self._open()  # a connection of its own, closed at once: a load that reuses
        if conn is None:  # its kept timeline looks up no payload, and must hold no reader
            return {}
        try:
            rows = conn.execute("SELECT content_hash, version FROM extraction_cache").fetchall()
        except sqlite3.Error:
            return {}
        finally:
            conn.close()
        return {str(content_hash): id_of_version(str(version)) for content_hash, version in rows}

    def close(self) -> None:
        """Close the connection; call from the thread that read."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None and not self._failed:
            self._conn = self._open()
            self._failed = self._conn is None
        return self._conn

    def _open(self) -> sqlite3.Connection | None:
        try:
            # Read-only, through the write-ahead log the project's own connection keeps.
            return sqlite3.connect(self._path.resolve().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error:
            return None
