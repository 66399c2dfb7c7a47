"""Confidence and the narrative's sentence survive the extraction cache and the kept timeline."""

from __future__ import annotations

from datetime import date

import numpy as np

from viewer.core.model import DateBasis, DateValue, Dating, Document, Event, Passage, Span
from viewer.core.timeline import TimelineData
from viewer.store.codecs.extraction_cache import decode_events, encode_events
from viewer.store.codecs.kept_timeline import decode, encode
from viewer.store.codecs.timeline_columns import from_bytes, to_bytes

TEXT = (
    "Minister promises higher wage\n\nThe minister spoke on Monday. "
    "She also announced new funding for schools."
)


def _document() -> Document:
    return Document(id="a.txt", path="a.txt", text=TEXT, date=date(2022, 11, 9))


def _event(doc: Document) -> Event:
    start = TEXT.index("She also")
    origin = Span(TEXT.index("The minister"), TEXT.index(" She also"))
    value = DateValue.day(date(2022, 11, 7))
    dating = Dating(value, DateBasis.CONTEXT, "Monday", 0.66, origin)
    headline = Passage.of(doc.id, doc.text, 0, TEXT.index("\n"))
    return Event(
        "e1",
        value,
        "Monday",
        DateBasis.CONTEXT,
        "New funding for schools",
        [Passage.of(doc.id, doc.text, start, len(TEXT)), headline],
        dating=[dating, dating],
        event_confidence=0.8,
        date_confidence=0.66,
    )


def _same(one: Event, other: Event) -> None:
    assert other.event_confidence == one.event_confidence
    assert other.date_confidence == one.date_confidence
    assert other.date_basis is DateBasis.CONTEXT
    assert other.dating_of(0).origin == one.dating_of(0).origin
    assert [(p.start, p.end) for p in other.passages] == [(p.start, p.end) for p in one.passages]


def test_the_extraction_cache_keeps_confidence_origin_and_every_passage() -> None:
    doc = _document()
    event = _event(doc)
    decoded = decode_events(doc, encode_events([event]))
    assert decoded is not None
    _same(event, decoded[0])


def test_the_kept_timeline_keeps_confidence_and_origin() -> None:
    doc = _document()
    event = _event(doc)
    kept = decode(encode([doc], [event]))
    assert kept is not None
    _same(event, kept.events[0])


def test_the_kept_columns_keep_each_events_confidence() -> None:
    data = TimelineData.from_arrays([3, 1, 2], [3, 1, 2], confidence=[0.9, 0.5, 0.7])
    again = from_bytes(to_bytes(data))
    assert again is not None
    assert np.allclose(again.confidence, [0.5, 0.7, 0.9])
    assert again.confidence.dtype == np.float32


def test_the_extraction_cache_keeps_each_passages_own_date() -> None:
    """A passage joined to an event with a date of its own ("on Sunday morning") keeps it
    through the cache: events made by worker processes, or read back from a project, are
    dated as those made in the window's own process."""
    doc = _document()
    event = _event(doc)
    sunday = Dating(DateValue.day(date(2022, 11, 6)), DateBasis.RELATIVE, "Sunday", 0.9)
    event.dating[1] = sunday
    decoded = decode_events(doc, encode_events([event]))
    assert decoded is not None
    assert decoded[0].dating_of(0) == event.dating_of(0)
    assert decoded[0].dating_of(1) == sunday
