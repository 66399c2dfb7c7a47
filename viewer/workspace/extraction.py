"""Extraction with a cache in the project, keyed by each document's content and date."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from viewer.core.extract import EXTRACTOR_VERSION, extract_events
from viewer.core.model import DateBasis, DateValue, Dating, Document, Event, Passage, Precision
from viewer.store import Project


def _version(doc: Document) -> str:
    # Relative dates depend on the publication date and ids on the file name: both are in the key.
    return f"{EXTRACTOR_VERSION}@{doc.date.isoformat() if doc.date else 'undated'}@{doc.id}"


def _encode(events: Sequence[Event]) -> str:
    rows = []
    for event in events:
        passage = event.primary
        rows.append(
            [
                event.id,
                event.date.first.isoformat(),
                event.date.last.isoformat(),
                event.date.precision.value,
                event.date_text,
                event.date_basis.value,
                event.title,
                passage.start,
                passage.end,
            ]
        )
    return json.dumps(rows, ensure_ascii=False)


def _decode(doc: Document, payload: str) -> list[Event] | None:
    try:
        rows: list[list[Any]] = json.loads(payload)
        events = []
        for eid, first, last, precision, date_text, basis, title, start, end in rows:
            value = DateValue(
                _iso(first),
                _iso(last),
                Precision(precision),
            )
            dating = Dating(value, DateBasis(basis), date_text)
            passage = Passage(doc.id, start, end, doc.text[start:end])
            events.append(
                Event(eid, value, date_text, dating.basis, title, [passage], dating=[dating])
            )
        return events
    except (ValueError, TypeError):
        return None  # a damaged cache entry is simply extracted again


def _iso(text: str) -> date:
    return date.fromisoformat(text)


def extract_all(project: Project, documents: Sequence[Document]) -> dict[str, list[Event]]:
    """Events of each document, from the project's cache where the document has not changed."""
    result: dict[str, list[Event]] = {}
    fresh: list[tuple[str, str, str]] = []
    for doc in documents:
        version = _version(doc)
        cached = project.cached_extraction(doc.content_hash, version)
        events = _decode(doc, cached) if cached is not None else None
        if events is None:
            events = extract_events(doc)
            fresh.append((doc.content_hash, version, _encode(events)))
        result[doc.id] = events
    if fresh:
        project.cache_extractions(fresh)
    return result
