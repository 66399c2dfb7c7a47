"""How the extractor dated an event, in the words the annotation panel shows under its date."""

from __future__ import annotations

from viewer.core.headline_parts import short_title
from viewer.core.model import DateBasis, DocDateBasis, Document, Event
from viewer.core.story_day import story_day
from viewer.workspace import Workspace


def date_basis_text(workspace: Workspace, event: Event) -> str:
    """How the extractor dated an event, in words a reader can check, and how sure it is."""
    doc = workspace.documents_by_id.get(event.primary.document_id)
    published = doc.date.isoformat() if doc and doc.date else "unknown"
    quoted = f": '{event.date_text}'" if event.date_text else ""
    sure = f" (date confidence {event.date_confidence:.0%})"
    if event.date_basis is DateBasis.RELATIVE:
        story = story_day(doc) if doc is not None else None
        if story is not None:  # a dateline's day is the story's today
            day = story.day.isoformat()
            return f"relative to the dateline's day {day} ({story.words}){quoted}{sure}"
        return f"relative to publication date {published}{quoted}{sure}"
    if event.date_basis is DateBasis.EXPLICIT:
        return f"stated in the text{quoted}{sure}"
    if event.date_basis is DateBasis.CONTEXT:
        origin = event.dating_of(0).origin
        said = ""
        if doc is not None and origin is not None:
            sentence = doc.visible.reading(origin.start, origin.end)
            said = f", from the sentence “{short_title(sentence, 160)}”"
        return f"no date in the passage: the time of the story it continues{quoted}{said}{sure}"
    if event.date_basis is DateBasis.PUBLICATION:
        return f"no date in the passage: publication date {published}{sure}"
    return "set by you"


DOC_DATE_BASIS_WORDS = {
    DocDateBasis.FOUND: "from the article",
    DocDateBasis.YEAR_INFERRED: "year inferred from the rest of the corpus",
    DocDateBasis.FILE: "file modification time",
    DocDateBasis.USER: "corrected by you",
    DocDateBasis.NONE: "undated",
}


def document_date_text(doc: Document) -> str:
    """A document's publication date and where it came from, for a person."""
    if doc.date is None:
        return "No publication date"
    found = f" '{doc.date_text}'" if doc.date_text and doc.date_basis is DocDateBasis.FOUND else ""
    when = f"{doc.date.day} {doc.date:%b %Y}"
    return f"Published {when} ({DOC_DATE_BASIS_WORDS[doc.date_basis]}{found})"
