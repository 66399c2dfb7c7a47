"""Article files renamed on disk, their text unchanged: told by the text's hash, which the
project's cache last read under the old name, and the user's work on each moved to the new
name. Before, a renamed article's corrected publication date was dropped (its events dated
anew, unsaid), the events made from its text and the merges of its passages left the
timeline, and its notes were orphaned."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from viewer.core.annotations import UserEvent
from viewer.core.grouping import made_event_id
from viewer.core.model import Document, Event, passage_id


def renamed_articles(known: Mapping[str, str], documents: Sequence[Document]) -> dict[str, str]:
    """Old id -> id now of each article whose text the cache knew under a name no article
    has now; a text in two files now is no rename (which of them would it be?)."""
    ids = {d.id for d in documents}
    by_text: dict[str, list[str]] = {}
    for doc in documents:
        by_text.setdefault(doc.content_hash, []).append(doc.id)
    renamed: dict[str, str] = {}
    for content, now in by_text.items():
        before = known.get(content)
        if before is not None and len(now) == 1 and before not in ids:
            renamed[before] = now[0]
    return renamed


@dataclass(frozen=True)
class Renaming:
    """The ids that change with renamed articles: theirs, their passages', and those of the
    events the user made from their text, each old -> new."""

    documents: Mapping[str, str]
    passages: Mapping[str, str]
    user_events: Mapping[str, str]


def renaming(
    renamed: Mapping[str, str], events: Iterable[Event], users: Sequence[UserEvent]
) -> Renaming:
    """The ids to rename, from the renamed articles' events (extracted under the new names)
    and the user's events (still under the old ones)."""
    old_of = {new: old for old, new in renamed.items()}
    texts = {
        (p.document_id, p.source_text)
        for event in events
        for p in event.passages
        if p.document_id in old_of
    }
    texts |= {
        (renamed[u.anchor.document_id], u.anchor.quote)
        for u in users
        if u.anchor.document_id in renamed
    }
    passages = {passage_id(old_of[doc], text): passage_id(doc, text) for doc, text in texts}
    made = {made_event_id(old): made_event_id(new) for old, new in passages.items()}
    return Renaming(dict(renamed), passages, made)


def renamed_words(old: str, new: str) -> str:
    """The history line of an annotation that followed its article's new name."""
    return f"Its article was renamed on disk, from {old} to {new}"
