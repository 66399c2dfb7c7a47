"""Whether the timeline a project kept is the timeline of the articles just read.

Reading ten thousand articles again takes a while; the timeline they made does not change
unless they do. When the articles read are those it was made from, and it was made the same
way (its recipe), the kept timeline is the timeline: nothing is extracted or merged again.
Its format is store/codecs/kept_timeline.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from viewer.core.model import Document, Event
from viewer.core.visible import VisibleText
from viewer.store.codecs.kept_timeline import KeptTimeline, document_row


def fits(
    kept: KeptTimeline, documents: Sequence[Document], made_with: str
) -> dict[str, VisibleText] | None:
    """Whether the kept timeline is the timeline of the documents just read: the articles it
    was made from (same files, contents and dates), made with the same recipe. If so, the
    texts its passages are to be read in (see read_in), by document id; else None. A
    question only: nothing is changed, so a worker may ask it of a timeline on screen."""
    if kept.made_with != made_with or len(kept.documents) != len(documents):
        return None
    texts: dict[str, VisibleText] = {}
    for was, now in zip(kept.documents, documents, strict=True):
        if document_row(was) != document_row(now):
            return None  # another file, another text, or it says other things of itself
        texts[now.id] = now.visible
    for e in kept.events:
        for p in e.passages:
            text = texts.get(p.document_id)
            if text is None or not 0 <= p.start < p.end <= len(text.source):
                return None
    return texts


def read_in(events: Sequence[Event], texts: Mapping[str, VisibleText]) -> None:
    """Give the kept passages the texts that fits() found for them: the kept events are then
    the timeline, not a copy of it. The one change made to a kept timeline, on the thread
    that shows it."""
    for e in events:
        for p in e.passages:
            p.read_in(texts[p.document_id])
