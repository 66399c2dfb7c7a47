"""Annotations kept on their passages when the events are made again; what cannot be found
again is an orphan, shown and never dropped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from viewer.core.anchoring import AnchorStatus, Reanchored, reanchor
from viewer.core.annotations import Annotation
from viewer.core.event_index import EventIndex
from viewer.core.model import Document
from viewer.workspace.anchor_follow import (
    follow_by_reading,
    follow_moved_passages,
    follow_passages_out,
)
from viewer.workspace.annotation_service import AnnotationService
from viewer.workspace.renamed_articles import renamed_words


def reattach(
    service: AnnotationService,
    index: EventIndex,
    documents_by_id: Mapping[str, Document],
    renamed: Mapping[str, str] | None = None,
) -> tuple[list[Annotation], bool]:
    """Move each annotation whose event is gone onto the event that now covers its passage,
    in its article under its new name if it was `renamed` (old id -> new); returns the
    orphans, and whether any annotation moved to another event."""
    orphans: list[Annotation] = []
    moved_any = follow_passages_out(service, index, documents_by_id)
    for event_id, note in list(service.current().items()):
        if event_id in index.by_id:
            continue
        old = note.anchor.document_id
        doc = documents_by_id.get((renamed or {}).get(old, old))
        anchor = replace(note.anchor, document_id=doc.id) if doc is not None else note.anchor
        found = reanchor(anchor, doc.text) if doc is not None else None
        target = None
        if doc is not None and found is not None and found.status is not AnchorStatus.ORPHANED:
            target = index.covering(doc.id, found.anchor)
            if target is None:
                found, target = follow_by_reading(index, doc, found)
        moved = (
            target is not None
            and found is not None
            and target.id not in service.current()
            and service.move(event_id, target.id, found.anchor, _why(old, found))
        )
        if moved:
            moved_any = True
        else:
            orphans.append(note.with_(orphaned=True))
    follow_moved_passages(service, index, documents_by_id)
    return orphans, moved_any


def _why(old: str, found: Reanchored) -> str:
    """The history line of an annotation that followed its passage."""
    new = found.anchor.document_id
    return found.reason if new == old else f"{renamed_words(old, new)}; {found.reason}"
