"""Look-ups over a set of events: by id, and by where their passages are in each document."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from viewer.core.annotations import Anchor
from viewer.core.model import Event, Passage


class EventIndex:
    """Finds events by id and by character offset, for clicks in an article."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.by_id: dict[str, Event] = {e.id: e for e in events}
        per_doc: dict[str, list[tuple[int, int, Passage, str]]] = {}
        for event in events:
            for passage in event.passages:
                per_doc.setdefault(passage.document_id, []).append(
                    (passage.start, passage.end, passage, event.id)
                )
        self._per_doc = {
            doc: sorted(rows, key=lambda r: (r[0], r[1])) for doc, rows in per_doc.items()
        }
        self._starts = {doc: [r[0] for r in rows] for doc, rows in self._per_doc.items()}

    def at(self, document_id: str, offset: int) -> list[Event]:
        """Events with a passage covering the offset, the innermost first."""
        rows = self._per_doc.get(document_id, [])
        right = bisect.bisect_right(self._starts.get(document_id, []), offset)
        hits = [r for r in rows[:right] if r[0] <= offset < r[1]]
        hits.sort(key=lambda r: r[1] - r[0])
        return [self.by_id[r[3]] for r in hits]

    def passages_in(self, document_id: str) -> list[tuple[Passage, str]]:
        """Every event passage of a document with its event id, in text order."""
        return [(r[2], r[3]) for r in self._per_doc.get(document_id, [])]

    def covering(self, document_id: str, anchor: Anchor) -> Event | None:
        """The event whose passage is exactly the anchored span, if there is one."""
        for start, end, _passage, event_id in self._per_doc.get(document_id, []):
            if start == anchor.start and end == anchor.end:
                return self.by_id[event_id]
        return None
