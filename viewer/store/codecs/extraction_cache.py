"""The extraction cache's format: one article's extracted events as one compact JSON text,
kept in the project under a key of the extractor's version, this layout's, the article's
publication date and its id (cache_version), so that an article not changed is not extracted
again. Worker processes send their results back in this form too."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from viewer.core import versions
from viewer.core.model import (
    DateBasis,
    DateValue,
    Dating,
    Document,
    Event,
    Passage,
    Precision,
    Span,
)
from viewer.core.versions import EXTRACTOR_VERSION

# Bump when the layout of a row changes: it is part of every cache key, so rows written in
# another layout are extracted again rather than misread. (3: each passage after the first
# keeps its own date where it differs from the first's.)
CODEC_VERSION = "3"


def cache_version(doc: Document) -> str:
    """The key of a document's cached extraction besides its content: what made it and
    what it depends on. Relative dates depend on the publication date, ids on the file name,
    the events on what the reader read as the article's text."""
    day = doc.date.isoformat() if doc.date else "undated"
    made = f"{EXTRACTOR_VERSION}.{CODEC_VERSION}.r{versions.READER_VERSION}"
    return f"{made}@{day}@{doc.id}"


def id_of_version(version: str) -> str:
    """The document id a cache key (`cache_version`) was made for: its last part."""
    return version.split("@", 2)[-1]


def encode_events(events: Sequence[Event]) -> str:
    """One article's events as the cache keeps them (the primary passage's document is the
    article: passages are kept by their offsets only)."""
    rows = []
    for event in events:
        passage = event.primary
        dating = event.dating_of(0)
        more = range(1, len(event.passages))
        rows.append(
            [
                event.id,
                event.date.first.isoformat(),
                event.date.last.isoformat(),
                event.date.precision,  # a str: written as its value
                event.date_text,
                event.date_basis,
                event.title,
                passage.start,
                passage.end,
                round(event.event_confidence, 3),
                round(event.date_confidence, 3),
                [dating.origin.start, dating.origin.end] if dating.origin else 0,
                # A headline and its lede are one event of one article: both passages.
                [[p.start, p.end] for p in event.passages[1:]],
                # How each of those dates it, where not as the first does ("Sunday morning").
                [_dating_row(event.dating_of(i), dating) for i in more],
            ]
        )
    return json.dumps(rows, ensure_ascii=False)


def _dating_row(own: Dating, first: Dating) -> list[Any] | int:
    """A passage's own dating as a row, 0 when it is the first passage's."""
    if own == first:
        return 0
    where = [own.origin.start, own.origin.end] if own.origin else 0
    value = own.value
    return [
        value.first.isoformat(),
        value.last.isoformat(),
        value.precision,
        own.text,
        own.basis,
        round(own.confidence, 3),
        where,
    ]


_BASIS = {b.value: b for b in DateBasis}


class DateCache(dict[tuple[str, str, str], DateValue]):
    """Dates decoded so far: thousands of events share a day, and need not each have a copy;
    nor need their datings ("last week" of one week), which cannot change."""

    def __init__(self) -> None:
        super().__init__()
        self.datings: dict[tuple[Any, ...], Dating] = {}


def decode_events(
    doc: Document, payload: str, dates: DateCache | None = None
) -> list[Event] | None:
    """The events of `doc` kept by encode_events, or None when the payload is damaged."""
    known = DateCache() if dates is None else dates
    try:
        rows: list[list[Any]] = json.loads(payload)
        events = []
        of, name, text = Passage.of, doc.id, doc.visible
        for row in rows:
            (eid, first, last, precision, date_text, basis, title, start, end) = row[:9]
            event_confidence, date_confidence, origin, more = row[9:13]
            own = row[13] if len(row) > 13 else ()  # layout 2 kept no passage's own date
            dating = _dating(
                known, [first, last, precision, date_text, basis, date_confidence, origin]
            )
            value = dating.value
            passages = [of(name, text, start, end)]
            passages += [of(name, text, int(s), int(e)) for s, e in more]
            events.append(
                Event(
                    eid,
                    value,
                    dating.text,
                    dating.basis,
                    title,
                    passages,
                    dating=[dating] + [_dating(known, r) if r else dating for r in own],
                    event_confidence=float(event_confidence),
                    date_confidence=dating.confidence,
                )
            )
        return events
    except (ValueError, TypeError):
        return None  # a damaged cache entry is simply extracted again


def _dating(known: DateCache, row: list[Any]) -> Dating:
    """A dating kept as a row, one copy of each date and dating: "last week", "Monday"…
    recur across thousands of events. Looked up by the row's own strings and numbers, which
    hash in a fraction of the time a date value, its enum and dataclass, takes."""
    first, last, precision, date_text, basis, confidence, origin = row
    where = (int(origin[0]), int(origin[1])) if origin else None
    key = (first, last, precision, basis, date_text, confidence, where)
    dating = known.datings.get(key)
    if dating is None:
        value = known.get((first, last, precision))
        if value is None:
            value = DateValue(_iso(first), _iso(last), Precision(precision))
            known[(first, last, precision)] = value
        dating = Dating(
            value,
            _BASIS[basis],
            sys.intern(date_text),
            float(confidence),
            Span(*where) if where else None,
        )
        known.datings[key] = dating
    return dating


def _iso(text: str) -> date:
    return date.fromisoformat(text)
