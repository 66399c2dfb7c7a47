"""An event of one passage, as the extractor makes it: its passage kept by the source span its
words come from, its id made from those words, dated as found."""

from __future__ import annotations

from viewer.core.clause_dates import Dated
from viewer.core.event_selection import Judgement
from viewer.core.model import Document, Event, Passage, Span, passage_id

# The shortest passage that can report a happening.
MIN_CHARS = 20


def passage_of(doc: Document, span: Span) -> Passage:
    """The passage of a span of the visible text, kept by its source span."""
    start, end = doc.visible.to_source(span.start, span.end)
    return Passage.of(doc.id, doc.visible, start, end)


def event_of(doc: Document, span: Span, dated: Dated, judged: Judgement, title: str) -> Event:
    """An event of one passage."""
    passage = passage_of(doc, span)
    return Event(
        id=passage_id(doc.id, passage.source_text),
        date=dated.value,
        date_text=dated.text,
        date_basis=dated.basis,
        title=title,
        passages=[passage],
        dating=[dated.dating()],
        event_confidence=judged.confidence,
        date_confidence=dated.confidence,
    )
