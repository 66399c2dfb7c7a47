"""Annotations follow their passage when text around it moved in an edited source file."""

from __future__ import annotations

from collections.abc import Mapping

from viewer.core.anchoring import AnchorStatus, Reanchored, reanchor
from viewer.core.annotations import Anchor, anchor_for
from viewer.core.event_index import EventIndex
from viewer.core.model import Document, Event
from viewer.core.visible import one_line
from viewer.corpus import visible_fragment
from viewer.workspace.annotation_service import AnnotationService


def follow_moved_passages(
    service: AnnotationService,
    index: EventIndex,
    documents_by_id: Mapping[str, Document],
) -> list[str]:
    """Move each annotation whose event still exists onto its passage's new offsets.

    An event's id comes from its passage's words, so a file edited before the passage keeps
    the event but shifts its offsets: the anchor follows, and the event's history says so.
    Returns the ids of the events whose annotation moved.
    """
    moved: list[str] = []
    for event_id, note in list(service.current().items()):
        event = index.by_id.get(event_id)
        doc = documents_by_id.get(note.anchor.document_id)
        anchor = note.anchor
        if event is None or doc is None or doc.text[anchor.start : anchor.end] == anchor.quote:
            continue  # gone (an orphan, handled elsewhere) or where it was
        found = reanchor(anchor, doc.text)
        if found.status is not AnchorStatus.ORPHANED and _reports(event, doc.id, found.anchor):
            new_anchor, reason = found.anchor, found.reason
        else:
            passage = _same_words(event, doc.id, anchor.quote)
            if passage is None:
                continue  # leave it as it was rather than guess
            new_anchor = anchor_for(doc.id, doc.text, *passage)
            reason = f"passage moved to {passage[0]}–{passage[1]}; the event reports the same words"
        if service.move(event_id, event_id, new_anchor, reason):
            moved.append(event_id)
    return moved


def follow_passages_out(
    service: AnnotationService,
    index: EventIndex,
    documents_by_id: Mapping[str, Document],
) -> bool:
    """Move each annotation whose event still exists but no longer reports its passage onto
    the event whose passage it now is, if that one has no annotation: a merge undone makes
    the passage an event of its own again, and its note, tags and status go back with it.
    Whether any annotation moved."""
    moved = False
    for event_id, note in list(service.current().items()):
        event = index.by_id.get(event_id)
        doc = documents_by_id.get(note.anchor.document_id)
        anchor = note.anchor
        if event is None or doc is None or doc.text[anchor.start : anchor.end] != anchor.quote:
            continue  # gone (handled elsewhere), or its file changed (followed below)
        if _reports(event, doc.id, anchor):
            continue
        target = index.covering(doc.id, anchor)
        if target is not None and target.id not in service.current():
            reason = "its passage left the event it was merged into"
            moved = service.move(event_id, target.id, anchor, reason) or moved
    return moved


def _reports(event: Event, document_id: str, anchor: Anchor) -> bool:
    """Whether one of the event's passages covers the re-found span."""
    return any(
        p.document_id == document_id and p.start <= anchor.start and anchor.end <= p.end
        for p in event.passages
    )


def _same_words(event: Event, document_id: str, quote: str) -> tuple[int, int] | None:
    """The offsets of the event's passage in that document whose words are the quote's."""
    words = quote.split()
    for p in event.passages:
        if p.document_id == document_id and p.source_text.split() == words:
            return p.start, p.end
    return None


def follow_by_reading(
    index: EventIndex, doc: Document, found: Reanchored
) -> tuple[Reanchored, Event | None]:
    """The event whose passage reads as the anchored span does, re-anchored to that passage:
    an annotation made when passages kept the markup at their edges ("*Politico* reported…")
    follows its passage, which now starts where the words do."""
    anchor = found.anchor
    reading = doc.visible.reading(anchor.start, anchor.end)
    alike = index.reading_alike(doc.id, anchor.start, anchor.end, reading) if reading else None
    if alike is None:
        return found, None
    passage, event = alike
    moved = anchor_for(doc.id, doc.text, passage.start, passage.end)
    reason = f"{found.reason}; its passage reads the same with the markup at its edges left out"
    return Reanchored(AnchorStatus.MOVED, moved, reason), event


def quote_as_shown(anchor: Anchor, doc: Document | None) -> str:
    """An annotation's quote as a reader sees it, on one line: read where it still is in its
    article, else read as its article's format shows it (the quote of an orphan)."""
    if doc is not None and doc.text[anchor.start : anchor.end] == anchor.quote:
        return doc.visible.reading(anchor.start, anchor.end)
    path = doc.path if doc is not None else anchor.document_id
    return one_line(visible_fragment(path, anchor.quote).render())
