"""The single-file SQLite project: everything a user adds, saved the moment it is made."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from viewer.core.annotations import Anchor, Annotation, Grouping, UserEvent
from viewer.store import annotation_fields as fields
from viewer.store import checked_rows as checked
from viewer.store.annotation_fields import FieldWrite
from viewer.store.article_renames import ArticleRenames
from viewer.store.cache_reader import CacheReader
from viewer.store.codecs import annotation_rows as codec
from viewer.store.copying import copy_database
from viewer.store.errors import EditConflictError, ProjectError
from viewer.store.event_history import EventHistory
from viewer.store.opening import connect

Row = tuple[Any, ...]
T = TypeVar("T")

PROJECT_SUFFIX = ".tlproj"
SOURCES_FOLDER = "sources_folder"  # meta key: where the project file was when its sources were set


class Project(EventHistory, ArticleRenames):
    """An open project file. Each write method is one durable transaction of its own.

    The connection keeps sqlite3's check_same_thread: use a Project only from the thread
    that opened it (the GUI thread); worker threads hand their results back to it.

    Every value read is checked (checked_rows): a damaged row or field is left out and named
    in `problems`, one line each. A project the user may not write opens read-only: user
    edits are refused, and what the project only keeps for speed (caches) is not written.
    """

    path: Path

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._batch_depth = 0
        self.read_only = read_only
        self.is_open = True
        self.problems: list[str] = []  # damaged values met while reading, one line each

    @classmethod
    def open(cls, path: Path, *, create: bool = True, read_only: bool = False) -> Project:
        """Open the project at `path`, creating it (and its folders) if missing and allowed;
        read-only when asked, or when the file or its folder cannot be written."""
        path = Path(path)
        conn, writes = connect(path, create=create, read_only=read_only)
        return cls(path, conn, read_only=not writes)

    def copy_to(self, target: Path) -> None:
        """Write the whole project to another file (File › Save Project As…)."""
        copy_database(self._conn, target)

    def close(self) -> None:
        self._conn.close()
        self.is_open = False

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
        if self.read_only:
            raise ProjectError(f"{self.path.name} is read-only: nothing can be saved in it")
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

    def _execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as e:
            raise self._save_error(e) from e

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._conn.execute(sql, params))
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path.name} is damaged: {e}") from e

    def _save_error(self, e: sqlite3.Error) -> ProjectError:
        return ProjectError(f"{self.path.name} could not be saved: {e}")

    def _checked(self, rows: Iterable[tuple[Any, ...]], read: Callable[[Row], T]) -> list[T]:
        """The rows that read well; each damaged one is named in `problems` and left out."""
        good: list[T] = []
        for row in rows:
            try:
                good.append(read(row))
            except checked.DamagedRowError as error:
                self._report(str(error))
        return good

    def _report(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def data_version(self) -> int:
        """A number that changes when another connection (another window, an import) has
        committed a change to the file since this one last looked."""
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as e:
            raise ProjectError(f"{self.path.name} cannot be read: {e}") from e

    # -- sources ------------------------------------------------------------------------

    def sources(self) -> list[str]:
        rows = self._rows("SELECT path FROM sources ORDER BY position")
        return self._checked(rows, lambda r: checked.text_value(r[0], "an article path"))

    def sources_folder(self) -> str | None:
        """The folder the project file was in when its sources were set: copied or moved
        with its articles, it finds them beside it again by their place relative to it."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (SOURCES_FOLDER,))
        return str(rows[0][0]) if rows else None

    def set_sources(self, paths: Sequence[str]) -> None:
        if self.read_only:
            return  # what it reads is not saved: the window says the project is read-only
        with self._transaction():
            folder = str(self.path.absolute().parent)
            self._execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SOURCES_FOLDER, folder)
            )
            self._execute("DELETE FROM sources")
            for position, source in enumerate(paths):
                self._execute(
                    "INSERT INTO sources (position, path) VALUES (?, ?)", (position, source)
                )

    # -- annotations --------------------------------------------------------------------

    def annotations(self) -> dict[str, Annotation]:
        rows = self._rows(f"SELECT {codec.ANNOTATION_COLUMNS} FROM annotations ORDER BY event_id")
        return {a.event_id: a for a in self._checked(rows, self._annotation_from)}

    def annotation(self, event_id: str) -> Annotation | None:
        """One event's annotation as stored now, or None."""
        rows = self._rows(
            f"SELECT {codec.ANNOTATION_COLUMNS} FROM annotations WHERE event_id = ?", (event_id,)
        )
        found = self._checked(rows, self._annotation_from)
        return found[0] if found else None

    def _annotation_from(self, row: Row) -> Annotation:
        annotation, problems = checked.annotation(row)
        for problem in problems:
            self._report(problem)
        return annotation

    def save_annotation(self, annotation: Annotation) -> None:
        """Write a whole annotation as it is: for building a project (tests, tools). Edits go
        through update_annotation, which writes only the fields they change."""
        self._write(
            f"INSERT OR REPLACE INTO annotations ({codec.ANNOTATION_COLUMNS}) "
            f"VALUES ({', '.join('?' * len(codec.ANNOTATION_FIELDS))})",
            codec.annotation_row(annotation),
        )

    def update_annotation(
        self,
        event_id: str,
        anchor: Anchor,
        changes: Mapping[str, object],
        expected: Mapping[str, object] | None = None,
    ) -> FieldWrite:
        """Write the fields of `changes` that do not hold those values yet, and only these,
        in one transaction; the row is made (anchored to `anchor`) if there is none, and
        removed once every field is unset again. With `expected`, each field written must
        still hold its value there, else EditConflictError and nothing is written."""
        fields.check_fields([*changes, *(expected or {})])
        with self._transaction():
            stored = self.annotation(event_id)
            wanted = {f: v for f, v in changes.items() if fields.value_of(stored, f) != v}
            if not wanted:  # a field that already holds what is wanted is no conflict
                return FieldWrite(stored, stored, frozenset())
            moved = [f for f in wanted if f in (expected or {})]
            moved = [f for f in moved if fields.value_of(stored, f) != (expected or {})[f]]
            if moved:
                raise EditConflictError(", ".join(moved))
            self._ensure_row(event_id, anchor, stored)
            assigned, params = fields.assignments(wanted)
            self._execute(
                f"UPDATE annotations SET {assigned} WHERE event_id = ?", (*params, event_id)
            )
            after = self.annotation(event_id)
            if after is not None and after.is_empty() and not after.orphaned:
                self._execute("DELETE FROM annotations WHERE event_id = ?", (event_id,))
                after = None
            return FieldWrite(stored, after, frozenset(wanted))

    def _ensure_row(self, event_id: str, anchor: Anchor, stored: Annotation | None) -> None:
        if stored is not None:
            return
        if self._rows("SELECT 1 FROM annotations WHERE event_id = ?", (event_id,)):
            raise ProjectError(
                f"the saved annotation of event {event_id} is damaged: it was not changed"
            )
        self._execute(
            f"INSERT INTO annotations ({codec.ANNOTATION_COLUMNS}) "
            f"VALUES ({', '.join('?' * len(codec.ANNOTATION_FIELDS))})",
            codec.annotation_row(Annotation(event_id, anchor)),
        )

    def move_annotation(self, event_id: str, to_event: str, anchor: Anchor) -> bool:
        """Re-anchor an annotation, to another event id and passage; its fields stay as the
        row holds them, whatever this session last read. False (nothing moved) when the
        other event has an annotation of its own, say from another window."""
        with self._transaction():
            if to_event != event_id and self.annotation(to_event) is not None:
                return False
            self._execute(
                'UPDATE annotations SET event_id = ?, document_id = ?, start = ?, "end" = ?, '
                "quote = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE event_id = ?",
                (to_event, *codec.anchor_row(anchor), event_id),
            )
            # Its history goes with it: the event it is now on tells what happened to it.
            self._execute(
                "UPDATE history SET event_id = ? WHERE event_id = ?", (to_event, event_id)
            )
        return True

    def delete_annotation(self, event_id: str) -> None:
        self._write("DELETE FROM annotations WHERE event_id = ?", (event_id,))

    # -- user events --------------------------------------------------------------------

    def user_events(self) -> list[UserEvent]:
        rows = self._rows(f"SELECT {codec.USER_EVENT_COLUMNS} FROM user_events ORDER BY position")
        return self._checked(rows, checked.user_event)

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
        return self._checked(rows, checked.grouping)

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

    def replace_groupings(
        self,
        passage_ids: Sequence[str],
        groupings: Sequence[Grouping],
        expected: Sequence[Grouping],
    ) -> None:
        """Put these passages' groupings in place of the `expected` ones (an undo or redo of
        a merge or split), in one transaction; if another window changed them since,
        EditConflictError and nothing is written."""
        ids = set(passage_ids)
        with self._transaction():
            stored = [g for g in self.groupings() if g.passage_id in ids]
            if _by_passage(stored) != _by_passage(expected):
                raise EditConflictError("the merges and splits of these passages")
            for passage in passage_ids:
                self.delete_grouping(passage)
            for grouping in groupings:
                self.save_grouping(grouping)

    # -- corrected publication dates ----------------------------------------------------

    def document_dates(self) -> dict[str, date]:
        rows = self._rows("SELECT document_id, value FROM document_dates ORDER BY document_id")
        return dict(self._checked(rows, checked.document_date))

    def replace_document_date(
        self, document_id: str, value: date | None, expected: date | None
    ) -> None:
        """Correct a publication date again (an undo or redo), only if it still holds the
        `expected` value: else another window changed it since, EditConflictError."""
        with self._transaction():
            if self.document_dates().get(document_id) != expected:
                raise EditConflictError("its publication date")
            self.set_document_date(document_id, value)

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
        found = self._checked(rows, lambda r: checked.text_value(r[0], f"setting {key}"))
        return found[0] if found else None

    def set_setting(self, key: str, value: str | None) -> None:
        if self.read_only:
            return  # a view or a merge plan: kept for later, not the user's work itself
        if value is None:
            self._write("DELETE FROM settings WHERE key = ?", (key,))
        else:
            self._write("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

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
        listed = self._checked([(sources,)], lambda r: checked.source_list(r[0]))
        if not listed or not isinstance(data, bytes):
            return None  # made again from the articles
        return listed[0], data

    def keep_timeline(self, sources: Sequence[str], events: bytes, columns: bytes) -> None:
        """Keep the timeline shown for these sources, replacing the last one kept; the same
        timeline again is not written again (it can run to a hundred megabytes)."""
        if self.read_only:
            return
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
        return rows[0][0] if rows and isinstance(rows[0][0], str) else None  # else made again

    def cache_reader(self) -> CacheReader:
        """A reader of the extraction cache for a worker thread, which cannot use this
        project's connection."""
        return CacheReader(self.path)

    def cache_extractions(self, items: Sequence[tuple[str, str, str]]) -> None:
        """Store extraction results; a result replaces any other version's for that text,
        which a newer extractor has made obsolete."""
        if self.read_only:
            return
        # Of results for one text, the last is what stays, as if each were stored in turn.
        last = {content_hash: (version, payload) for content_hash, version, payload in items}
        with self._transaction():
            self._execute_many(
                "DELETE FROM extraction_cache WHERE content_hash = ? AND version <> ?",
                [(content_hash, version) for content_hash, (version, _) in last.items()],
            )
            self._execute_many(
                "INSERT OR REPLACE INTO extraction_cache (content_hash, version, payload) "
                "VALUES (?, ?, ?)",
                [(content_hash, *kept) for content_hash, kept in last.items()],
            )


def _by_passage(groupings: Iterable[Grouping]) -> dict[str, Grouping]:
    """Groupings compared by what they decide, not by the order they were made in."""
    return {g.passage_id: g for g in groupings}
