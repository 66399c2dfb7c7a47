"""JSON export: documents and events with every passage, text kept exactly as typed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from viewer.core.model import Document
from viewer.export.atomic import written_whole
from viewer.export.rows import ExportOrder

# Events encoded and written at a time: the whole export as one text would hold the largest
# corpora's events twice over (as data and as text), and costs more to encode.
WRITTEN_AT_ONCE = 500
_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps(…, ensure_ascii=False)'s own


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


def event_records(order: ExportOrder) -> Iterator[dict[str, Any]]:
    """Each event's record, chronological, made as it is asked for from its row."""
    shared = order.rows_kept  # the rows are the other writers' too: each copied
    for (event, annotation, _), row in order.each_row():
        record = dict(row) if shared else row
        record["tags"] = list(annotation.tags) if annotation is not None else []
        record["starred"] = record["starred"] == "true"
        # The primary passage's text is the row's own: read once, not twice.
        passages = event.passages
        texts = [record["passage"], *[p.text for p in passages[1:]]]
        record["passages"] = [
            {"document": p.document_id, "start": p.start, "end": p.end, "text": text}
            for p, text in zip(passages, texts, strict=True)
        ]
        yield record


def export_payload(order: ExportOrder) -> dict[str, Any]:
    """The whole export as plain data."""
    return {
        "documents": [document_record(d) for d in order.documents.values()],
        "events": list(event_records(order)),
    }


def write_json(path: Path, order: ExportOrder) -> int:
    """Write the export to a JSON file; returns the number of events.

    Compact, as json.dumps writes the export_payload, byte for byte: the C encoder writes it
    many times faster than an indented dump. Written a few hundred events at a time."""
    encode = _ENCODER.encode
    count = 0
    with written_whole(path, streams=True) as tmp, tmp.open("w", encoding="utf-8") as out:
        out.write('{"documents": ' + encode([document_record(d) for d in order.documents.values()]))
        out.write(', "events": [')
        batch: list[dict[str, Any]] = []
        for record in event_records(order):
            batch.append(record)
            if len(batch) == WRITTEN_AT_ONCE:
                out.write((", " if count else "") + encode(batch)[1:-1])
                count += len(batch)
                batch.clear()
        if batch:
            out.write((", " if count else "") + encode(batch)[1:-1])
            count += len(batch)
        out.write("]}")
    return count
