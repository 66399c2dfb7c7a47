"""One export row per event, shared by the CSV and JSON writers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from viewer.core.annotations import Annotation, Status
from viewer.core.effective import Effective, effective
from viewer.core.model import Document, Event
from viewer.export.csv_format import joined, starred_cell

# An event, its annotation and how it is shown: what a row is made of.
ShownEvent = tuple[Event, Annotation | None, Effective]
_UNREVIEWED = Status.UNREVIEWED.value
_NOT_STARRED = starred_cell(False)


def shown_in_order(
    events: Sequence[Event], annotations: Mapping[str, Annotation]
) -> list[ShownEvent]:
    """Each event with its annotation and how it is shown, in date order (the user's corrected
    date where there is one), then by source: the user's date and title worked out once an
    event, for its place and for its row."""
    shown: list[ShownEvent] = []
    for event in events:
        annotation = annotations.get(event.id)
        shown.append((event, annotation, effective(event, annotation)))

    def key(item: ShownEvent) -> tuple[object, ...]:
        event, _, seen = item
        return (*seen.date.order(), event.primary.document_id, event.primary.start)

    shown.sort(key=key)  # stable, as sorted(): events of one key keep their order
    return shown


def event_row(
    event: Event,
    documents: Mapping[str, Document],
    annotation: Annotation | None,
    shown: Effective,
) -> dict[str, Any]:
    """The contract's fields for one event, as plain values (no spreadsheet escaping);
    `shown`: the event as shown (`shown_in_order`)."""
    value = shown.date
    passages = event.passages
    primary = passages[0]
    doc = documents.get(primary.document_id)
    published = doc.date.isoformat() if doc is not None and doc.date is not None else ""
    # Most events: one source, no annotation; their cells made with no call.
    others = joined([p.key() for p in passages[1:]]) if len(passages) > 1 else ""
    if annotation is None:
        tags, status, starred, note = "", _UNREVIEWED, _NOT_STARRED, ""
    else:
        tags, status = joined(annotation.tags), annotation.status.value
        starred, note = starred_cell(annotation.starred), annotation.note
    return {
        "event_id": event.id,
        "date": value.first.isoformat(),
        "date_end": value.iso_end(),
        "precision": value.precision.value,
        "date_text": shown.date_text,
        "date_basis": shown.date_basis.value,
        "title": shown.title,
        "passage": primary.text,
        "source": primary.document_id,
        "published": published,
        "start": primary.start,
        "end": primary.end,
        "source_count": event.source_count,
        "other_sources": others,
        "tags": tags,
        "status": status,
        "starred": starred,
        "note": note,
        "merge_reason": event.merge_reason,
        "date_conflict": shown.date_conflict,
        "event_confidence": round(event.event_confidence, 2),
        "date_confidence": round(shown.date_confidence, 2),
    }


class ExportOrder:
    """What the files of one export are written from: the events in their exported order, each
    with its annotation and how it is shown, and their rows. Each is worked out once, when
    first asked, for every file written from it (a CSV and a JSON made them each anew)."""

    def __init__(
        self,
        events: Sequence[Event],
        documents: Mapping[str, Document],
        annotations: Mapping[str, Annotation],
    ) -> None:
        self.events = events
        self.documents = documents
        self.annotations = annotations
        self._rows: list[dict[str, Any]] | None = None

    @cached_property
    def shown(self) -> list[ShownEvent]:
        """Each event with its annotation and how it is shown, chronological."""
        return shown_in_order(self.events, self.annotations)

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Each event's row, in the order of `shown`, kept for the next writer: shared, a
        writer copies a row rather than change it."""
        if self._rows is None:
            self._rows = [event_row(e, self.documents, note, seen) for e, note, seen in self.shown]
        return self._rows

    @property
    def rows_kept(self) -> bool:
        """Whether the rows are kept for the next writer (else each is made anew, its own)."""
        return self._rows is not None

    def each_row(self) -> Iterator[tuple[ShownEvent, dict[str, Any]]]:
        """Each event as shown with its row, chronological: the rows kept, when a writer
        made them already, else each made as it is asked for and not kept (a JSON written
        alone never holds every row at once)."""
        if self._rows is not None:
            yield from zip(self.shown, self._rows, strict=True)
            return
        for event, note, seen in self.shown:
            yield (event, note, seen), event_row(event, self.documents, note, seen)
