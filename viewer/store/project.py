"""The single-file SQLite project: everything a user adds, saved the moment it is made."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from viewer.core.annotations import Annotation, Grouping, UserEvent
from viewer.store import codec
from viewer.store.cache_reader import CacheReader
from viewer.store.errors import ProjectError
from viewer.store.probe import probe
from viewer.store.schema import migrate

PROJECT_SUFFIX = ".tlproj"


class Project:
    """An open project file. Each write method is one durable transaction of its own.

    The connection keeps sqlite3's check_same_thread: use a Project only from the thread
    that opened it (the GUI thread); worker threads hand their results back to it.
    """

    path: Path

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._batch_depth = 0

    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> Project:
        """Open the project at `path`, creating it (and its folders) if missing and allowed."""
        path = Path(path)
        if not path.exists() and not create:
            raise ProjectError(f"{path.name}: no such project")
        probe(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ProjectError(f"cannot create {path.name}: {e.strerror or e}") from e
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per edit or batch.
            conn = sqlite3.connect(str(path), isolation_level=None)
        except sqlite3.Error as e:
            raise ProjectError(f"cannot open {path.name}: {e}") from e
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL syncs the log at every commit: an acknowledged edit survives a power cut.
            conn.execute("PRAGMA synchronous = FULL")
            migrate(conn)
        except sqlite3.Error as e:
            conn.close()
            raise ProjectError(f"cannot open {path.name}: {e}") from e
        return cls(path, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    def batch(self) -> AbstractContextManager[None]:
        """Group several writes in one transaction: all of them are saved, or none."""
        return self._transaction()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._batch_depth > 0:
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise self._save_error(e) from e
        self._batch_depth = 1
        try:
            yield
        except BaseException:
            self._batch_depth = 0
            self._rollback()
            raise
        self._batch_depth = 0
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as e:
            self._rollback()
            raise self._save_error(e) from e

    def _rollback(self) -> None:
        # After an I/O error SQLite may already have rolled back; the original error matters.
        if self._conn.in_transaction:
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _write(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._transaction():
            self._execute(sql, params)

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self._conn.execute(sql, params)
        except sqlite3.Error as e:
            raise self._save_error(e) from e

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._conn.execute(sql, params))
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path.name} is damaged: {e}") from e

    def _save_error(self, e: sqlite3.Error) -> ProjectError:
        return ProjectError(f"{self.path.name} could not be saved: {e}")

    # -- sources ------------------------------------------------------------------------

    def sources(self) -> list[str]:
        return [str(r[0]) for r in self._rows("SELECT path FROM sources ORDER BY position")]

    def set_sources(self, paths: Sequence[str]) -> None:
        with self._transaction():
            self._execute("DELETE FROM sources")
            for position, source in enumerate(paths):
                self._execute(
                    "INSERT INTO sources (position, path) VALUES (?, ?)", (position, source)
                )

    # -- annotations --------------------------------------------------------------------

    def annotations(self) -> dict[str, Annotation]:
        rows = self._rows(f"SELECT {codec.ANNOTATION_COLUMNS} FROM annotations ORDER BY event_id")
        return {a.event_id: a for a in map(codec.annotation_from, rows)}

    def save_annotation(self, annotation: Annotation) -> None:
        self._write(
            f"INSERT OR REPLACE INTO annotations ({codec.ANNOTATION_COLUMNS}) "
            f"VALUES ({', '.join('?' * len(codec.ANNOTATION_FIELDS))})",
            codec.annotation_row(annotation),
        )

    def delete_annotation(self, event_id: str) -> None:
        self._write("DELETE FROM annotations WHERE event_id = ?", (event_id,))

    # -- user events --------------------------------------------------------------------

    def user_events(self) -> list[UserEvent]:
        rows = self._rows(f"SELECT {codec.USER_EVENT_COLUMNS} FROM user_events ORDER BY position")
        return [codec.user_event_from(r) for r in rows]

    def save_user_event(self, event: UserEvent) -> None:
        """Add or update a user event; an update keeps its place in the list."""
        row = codec.user_event_row(event)
        updates = ", ".join(f"{c} = excluded.{c}" for c in codec.USER_EVENT_FIELDS[1:])
        self._write(
            f"INSERT INTO user_events (position, {codec.USER_EVENT_COLUMNS}) "
            "VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM user_events), "
            f"{', '.join('?' * len(row))}) ON CONFLICT (id) DO UPDATE SET {updates}",
            row,
        )

    def delete_user_event(self, event_id: str) -> None:
        self._write("DELETE FROM user_events WHERE id = ?", (event_id,))

    # -- groupings ----------------------------------------------------------------------

    def groupings(self) -> list[Grouping]:
        rows = self._rows(f"SELECT {codec.GROUPING_COLUMNS} FROM groupings ORDER BY position")
        return [codec.grouping_from(r) for r in rows]

    def save_grouping(self, grouping: Grouping) -> None:
        """Record a merge or split; it replaces any earlier one of the same passage and,
        being the newest decision, is applied last."""
        self._write(
            f"INSERT OR REPLACE INTO groupings (position, {codec.GROUPING_COLUMNS}) "
            "VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM groupings), ?, ?, ?)",
            codec.grouping_row(grouping),
        )

    def delete_grouping(self, passage_id: str) -> None:
        self._write("DELETE FROM groupings WHERE passage_id = ?", (passage_id,))

    # -- corrected publication dates ----------------------------------------------------

    def document_dates(self) -> dict[str, date]:
        rows = self._rows("SELECT document_id, value FROM document_dates ORDER BY document_id")
        return {str(doc): date.fromisoformat(value) for doc, value in rows}

    def set_document_date(self, document_id: str, value: date | None) -> None:
        if value is None:
            self._write("DELETE FROM document_dates WHERE document_id = ?", (document_id,))
        else:
            self._write(
                "INSERT OR REPLACE INTO document_dates (document_id, value) VALUES (?, ?)",
                (document_id, value.isoformat()),
            )

    # -- settings and named views -------------------------------------------------------

    def setting(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str | None) -> None:
        if value is None:
            self._write("DELETE FROM settings WHERE key = ?", (key,))
        else:
            self._write("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    # -- event history ------------------------------------------------------------------

    def add_history(self, event_id: str, message: str) -> None:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        self._write(
            "INSERT INTO history (event_id, at, message) VALUES (?, ?, ?)",
            (event_id, at, message),
        )

    def history(self, event_id: str) -> list[tuple[str, str]]:
        """(ISO timestamp, message) pairs, oldest first; entries of one second keep order."""
        rows = self._rows(
            "SELECT at, message FROM history WHERE event_id = ? ORDER BY id", (event_id,)
        )
        return [(str(at), str(message)) for at, message in rows]

    # -- the timeline as last shown ------------------------------------------------------

    def kept_timeline(self) -> tuple[list[str], bytes] | None:
        """The sources and encoded events last kept, if any."""
        return self._kept("events")

    def kept_columns(self) -> tuple[list[str], bytes] | None:
        """The sources and encoded timeline columns last kept, if any."""
        return self._kept("columns")

    def _kept(self, part: str) -> tuple[list[str], bytes] | None:
        # `part` is one of our two column names, never user input.
        rows = self._rows(f"SELECT sources, {part} FROM kept_timeline WHERE id = 1")
        if not rows:
            return None
        sources, data = rows[0]
        return [str(s) for s in json.loads(sources)], bytes(data)

    def keep_timeline(self, sources: Sequence[str], events: bytes, columns: bytes) -> None:
        """Keep the timeline shown for these sources, replacing the last one kept; the same
        timeline again is not written again (it can run to a hundred megabytes)."""
        listed = json.dumps(list(sources))
        digest = hashlib.sha256(listed.encode() + events + columns).hexdigest()
        if self._rows("SELECT 1 FROM kept_timeline WHERE id = 1 AND digest = ?", (digest,)):
            return
        self._write(
            "INSERT OR REPLACE INTO kept_timeline (id, sources, events, columns, digest) "
            "VALUES (1, ?, ?, ?, ?)",
            (listed, events, columns, digest),
        )

    # -- extraction cache ---------------------------------------------------------------

    def cached_extraction(self, content_hash: str, version: str) -> str | None:
        rows = self._rows(
            "SELECT payload FROM extraction_cache WHERE content_hash = ? AND version = ?",
            (content_hash, version),
        )
        return str(rows[0][0]) if rows else None

    def cache_reader(self) -> CacheReader:
        """A reader of the extraction cache for a worker thread, which cannot use this
        project's connection."""
        return CacheReader(self.path)

    def cache_extractions(self, items: Sequence[tuple[str, str, str]]) -> None:
        """Store extraction results; a result replaces any other version's for that text,
        which a newer extractor has made obsolete."""
        with self._transaction():
            for content_hash, version, payload in items:
                self._execute(
                    "DELETE FROM extraction_cache WHERE content_hash = ? AND version <> ?",
                    (content_hash, version),
                )
                self._execute(
                    "INSERT OR REPLACE INTO extraction_cache (content_hash, version, payload) "
                    "VALUES (?, ?, ?)",
                    (content_hash, version, payload),
                )
