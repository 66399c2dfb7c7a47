"""Look-ups over a set of events: by id, and by where their passages are in each document."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from viewer.core.annotations import Anchor
from viewer.core.model import Event, Passage


class _Placed:
    """One document's passages in text order, as parallel lists: a tuple a passage would
    cost several times as much, with hundreds of thousands of passages in a large corpus."""

    __slots__ = ("ends", "ids", "passages", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.passages: list[Passage] = []
        self.ids: list[str] = []  # the event of each passage

    def add(self, passage: Passage, event_id: str) -> None:
        self.starts.append(passage.start)
        self.ends.append(passage.end)
        self.passages.append(passage)
        self.ids.append(event_id)

    def sort(self) -> None:
        starts, ends = self.starts, self.ends
        order = sorted(range(len(starts)), key=lambda k: (starts[k], ends[k]))
        self.starts = [starts[k] for k in order]
        self.ends = [ends[k] for k in order]
        self.passages = [self.passages[k] for k in order]
        self.ids = [self.ids[k] for k in order]


_NOWHERE = _Placed()


class EventIndex:
    """Finds events by id and by character offset, for clicks in an article."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.by_id: dict[str, Event] = {e.id: e for e in events}
        placed: dict[str, _Placed] = {}
        for event in events:
            for passage in event.passages:
                rows = placed.get(passage.document_id)
                if rows is None:
                    rows = placed[passage.document_id] = _Placed()
                rows.add(passage, event.id)
        for rows in placed.values():
            rows.sort()
        self._placed = placed

    def at(self, document_id: str, offset: int) -> list[Event]:
        """Events with a passage covering the offset, the innermost first."""
        rows = self._placed.get(document_id, _NOWHERE)
        right = bisect.bisect_right(rows.starts, offset)
        hits = [k for k in range(right) if offset < rows.ends[k]]
        hits.sort(key=lambda k: rows.ends[k] - rows.starts[k])
        return [self.by_id[rows.ids[k]] for k in hits]

    def passages_in(self, document_id: str) -> list[tuple[Passage, str]]:
        """Every event passage of a document with its event id, in text order."""
        rows = self._placed.get(document_id, _NOWHERE)
        return list(zip(rows.passages, rows.ids, strict=True))

    def covering(self, document_id: str, anchor: Anchor) -> Event | None:
        """The event whose passage is exactly the anchored span, if there is one."""
        rows = self._placed.get(document_id, _NOWHERE)
        k = bisect.bisect_left(rows.starts, anchor.start)
        while k < len(rows.starts) and rows.starts[k] == anchor.start:
            if rows.ends[k] == anchor.end:
                return self.by_id[rows.ids[k]]
            k += 1
        return None

    def reading_alike(
        self, document_id: str, start: int, end: int, reading: str
    ) -> tuple[Passage, Event] | None:
        """The passage (and its event) that overlaps `start`-`end` of a document and reads
        as `reading` there: the same words as a reader sees them, its edges moved over
        markup (a span anchored before markup was left out of passages began on its "*")."""
        rows = self._placed.get(document_id, _NOWHERE)
        for k in range(bisect.bisect_left(rows.starts, end)):
            if rows.ends[k] > start and rows.passages[k].text == reading:
                return rows.passages[k], self.by_id[rows.ids[k]]
        return None
