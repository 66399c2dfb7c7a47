"""What happened to each event's annotation (re-anchored, imported, attached…), kept in the
project's history table, oldest first; for the Project (mixed into it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from viewer.store import checked_rows as checked

T = TypeVar("T")


class EventHistory:
    """The history lines of events, written and read through the project's connection."""

    read_only: bool

    def _write(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _checked(
        self, rows: Iterable[tuple[Any, ...]], read: Callable[[tuple[Any, ...]], T]
    ) -> list[T]:
        raise NotImplementedError

    def add_history(self, event_id: str, message: str) -> None:
        if self.read_only:
            return
        at = datetime.now(UTC).isoformat(timespec="seconds")
        self._write(
            "INSERT INTO history (event_id, at, message) VALUES (?, ?, ?)",
            (event_id, at, message),
        )

    def copy_history(self, from_event: str, to_event: str, prefix: str) -> None:
        """Another event's history lines, each after `prefix`, at the end of this one's."""
        self._write(
            "INSERT INTO history (event_id, at, message) "
            "SELECT ?, at, ? || message FROM history WHERE event_id = ? ORDER BY id",
            (to_event, prefix, from_event),
        )

    def drop_copied_history(self, from_event: str, to_event: str, prefix: str) -> None:
        """Undo copy_history: the lines copied from `from_event` taken off `to_event`."""
        self._write(
            "DELETE FROM history WHERE event_id = ? AND (at, message) IN "
            "(SELECT at, ? || message FROM history WHERE event_id = ?)",
            (to_event, prefix, from_event),
        )

    def history(self, event_id: str) -> list[tuple[str, str]]:
        """(ISO timestamp, message) pairs, oldest first; entries of one second keep order."""
        rows = self._rows(
            "SELECT at, message FROM history WHERE event_id = ? ORDER BY id", (event_id,)
        )
        return self._checked(
            rows,
            lambda r: (
                checked.text_value(r[0], f"event {event_id}: a history time"),
                checked.text_value(r[1], f"event {event_id}: a history line"),
            ),
        )
