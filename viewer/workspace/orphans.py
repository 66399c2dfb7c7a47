"""Annotations kept on their passages when the events are made again; what cannot be found
again is an orphan, shown and never dropped."""

from __future__ import annotations

from collections.abc import Mapping

from viewer.core.anchoring import AnchorStatus, reanchor
from viewer.core.annotations import Annotation
from viewer.core.event_index import EventIndex
from viewer.core.model import Document
from viewer.workspace.anchor_follow import (
    follow_by_reading,
    follow_moved_passages,
    follow_passages_out,
)
from viewer.workspace.annotation_service import AnnotationService


def reattach(
    service: AnnotationService, index: EventIndex, documents_by_id: Mapping[str, Document]
) -> tuple[list[Annotation], bool]:
    """Move each annotation whose event is gone onto the event that now covers its passage;
    returns the orphans, and whether any annotation moved to another event."""
    orphans: list[Annotation] = []
    moved_any = follow_passages_out(service, index, documents_by_id)
    for event_id, note in list(service.current().items()):
        if event_id in index.by_id:
            continue
        doc = documents_by_id.get(note.anchor.document_id)
        found = reanchor(note.anchor, doc.text) if doc is not None else None
        target = None
        if doc is not None and found is not None and found.status is not AnchorStatus.ORPHANED:
            target = index.covering(doc.id, found.anchor)
            if target is None:
                found, target = follow_by_reading(index, doc, found)
        moved = (
            target is not None
            and found is not None
            and target.id not in service.current()
            and service.move(event_id, target.id, found.anchor, found.reason)
        )
        if moved:
            moved_any = True
        else:
            orphans.append(note.with_(orphaned=True))
    follow_moved_passages(service, index, documents_by_id)
    return orphans, moved_any
