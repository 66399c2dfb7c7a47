"""Extraction results as the project caches them: one compact JSON document per article."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from viewer.core.model import DateBasis, DateValue, Dating, Document, Event, Passage, Precision


def encode_events(events: Sequence[Event]) -> str:
    rows = []
    for event in events:
        passage = event.primary
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
            ]
        )
    return json.dumps(rows, ensure_ascii=False)


_BASIS = {b.value: b for b in DateBasis}


class DateCache(dict[tuple[str, str, str], DateValue]):
    """Dates decoded so far: thousands of events share a day, and need not each have a copy;
    nor need their datings ("last week" of one week), which cannot change."""

    def __init__(self) -> None:
        super().__init__()
        self.datings: dict[tuple[DateValue, str, str], Dating] = {}


def decode_events(
    doc: Document, payload: str, dates: DateCache | None = None
) -> list[Event] | None:
    known = DateCache() if dates is None else dates
    try:
        rows: list[list[Any]] = json.loads(payload)
        events = []
        for eid, first, last, precision, date_text, basis, title, start, end in rows:
            value = known.get((first, last, precision))
            if value is None:
                value = DateValue(_iso(first), _iso(last), Precision(precision))
                known[(first, last, precision)] = value
            # "last week", "Monday"… recur across thousands of events: one copy each.
            dating = known.datings.get((value, basis, date_text))
            if dating is None:
                dating = Dating(value, _BASIS[basis], sys.intern(date_text))
                known.datings[(value, basis, date_text)] = dating
            passage = Passage.of(doc.id, doc.visible, start, end)
            events.append(
                Event(eid, value, dating.text, dating.basis, title, [passage], dating=[dating])
            )
        return events
    except (ValueError, TypeError):
        return None  # a damaged cache entry is simply extracted again


def _iso(text: str) -> date:
    return date.fromisoformat(text)
