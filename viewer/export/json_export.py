"""JSON export: documents and events with every passage, text kept exactly as typed."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from viewer.core.annotations import Annotation
from viewer.core.model import Document, Event
from viewer.export.atomic import written_whole
from viewer.export.rows import chronological, event_row


def document_record(doc: Document) -> dict[str, Any]:
    """A document's metadata as the JSON contract names it."""
    return {
        "id": doc.id,
        "file": doc.file,
        "path": doc.path,
        "title": doc.title,
        "author": doc.author,
        "date": doc.date.isoformat() if doc.date else "",
        "date_basis": doc.date_basis.value,
        "date_text": doc.date_text,
    }


def export_payload(
    events: Sequence[Event],
    documents: Mapping[str, Document],
    annotations: Mapping[str, Annotation],
) -> dict[str, Any]:
    """The whole export as plain data."""
    records = []
    for event in chronological(events, annotations):
        record = event_row(event, documents, annotations.get(event.id))
        record["tags"] = list(annotations[event.id].tags) if event.id in annotations else []
        record["starred"] = record["starred"] == "true"
        record["passages"] = [
            {"document": p.document_id, "start": p.start, "end": p.end, "text": p.text}
            for p in event.passages
        ]
        records.append(record)
    return {"documents": [document_record(d) for d in documents.values()], "events": records}


def write_json(
    path: Path,
    events: Sequence[Event],
    documents: Mapping[str, Document],
    annotations: Mapping[str, Annotation],
) -> int:
    """Write the export to a JSON file; returns the number of events."""
    payload = export_payload(events, documents, annotations)
    with written_whole(path) as tmp:
        # Compact: the C encoder writes it many times faster than an indented dump.
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return len(payload["events"])
