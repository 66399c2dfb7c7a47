"""The events as the timeline shows them: the user's own events, merges and splits applied,
sorted by the dates the user sees, indexed, and in columns for the timeline view.

Pure functions of their inputs, so a load can assemble all this on a worker thread and the
window only has to put it on screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from viewer.core.anchoring import AnchorStatus, reanchor
from viewer.core.annotations import Annotation, Grouping, UserEvent
from viewer.core.effective import effective, shown_date
from viewer.core.event_index import EventIndex
from viewer.core.filters import PassageReading, SearchTexts, search_texts
from viewer.core.grouping import build_events, user_event
from viewer.core.model import DateBasis, DateValue, Document, Event
from viewer.core.timeline import TimelineData


@dataclass
class Shown:
    """Events ready to show: sorted, indexed, and the timeline's columns for them."""

    events: list[Event]
    index: EventIndex
    # None when made with no window to show them (a load for an export): made when first
    # asked for, by the workspace.
    columns: TimelineData | None
    # What a search matches, row by row of the columns; None when not made with them (a
    # load with no window to search in: made when first asked for).
    searchable: SearchTexts | None


def sort_events(events: list[Event], annotations: Mapping[str, Annotation]) -> None:
    """Chronological by the date the user sees: their correction where there is one."""

    def key(event: Event) -> tuple[date, int]:
        return shown_date(event, annotations.get(event.id)).order()

    events.sort(key=key)


def columns_for(events: Sequence[Event], annotations: Mapping[str, Annotation]) -> TimelineData:
    """The timeline's columns, with each event's annotation folded in."""
    return TimelineData.from_events(events, annotations)


def search_texts_for(
    columns: TimelineData,
    events: Sequence[Event],
    annotations: Mapping[str, Annotation],
    reading: PassageReading | None = None,
) -> SearchTexts:
    """What a search matches in each row of the columns: title, passages, note and tags."""
    titles = {e.id: effective(e, annotations.get(e.id)).title for e in events}
    return search_texts(columns, events, annotations, titles, reading)


def assemble(
    documents: Mapping[str, Document],
    merged: Sequence[Event],
    users: Sequence[UserEvent],
    groupings: Sequence[Grouping],
    annotations: Mapping[str, Annotation],
    searchable: bool = True,
) -> Shown:
    """Every event of the timeline from the merged ones and the user's work; with what a
    search matches unless `searchable` is False."""
    own = [
        user_event(doc, *where, _chosen(u), u.title, u.date.first)
        for u in users
        if (doc := documents.get(u.anchor.document_id)) is not None
        and (where := _where_now(u, doc)) is not None
    ]
    return present(build_events(merged, own, groupings), annotations, searchable=searchable)


def unplaced(documents: Mapping[str, Document], users: Sequence[UserEvent]) -> list[UserEvent]:
    """The user's own events whose words are no longer in their article (edited away): kept,
    and left off the timeline until they are back."""
    return [
        u
        for u in users
        if (doc := documents.get(u.anchor.document_id)) is not None and _where_now(u, doc) is None
    ]


def _chosen(made: UserEvent) -> DateValue | None:
    """The date of a user's own event made before how it was dated was kept: the user's."""
    return made.date if made.basis is DateBasis.USER else None


def _where_now(made: UserEvent, doc: Document) -> tuple[int, int] | None:
    """Where the words of a user's own event are in its article as it is now: found again
    by their quote and context, as annotations are, when the article was edited; None when
    they cannot be found (it stood on whatever text had taken their place)."""
    anchor = made.anchor
    if doc.text[anchor.start : anchor.end] == anchor.quote:
        return anchor.start, anchor.end  # unchanged: no search
    found = reanchor(anchor, doc.text)
    if found.status is AnchorStatus.ORPHANED:
        return None
    return found.anchor.start, found.anchor.end


def present(
    events: list[Event],
    annotations: Mapping[str, Annotation],
    index: EventIndex | None = None,
    reading: PassageReading | None = None,
    searchable: bool = True,
) -> Shown:
    """The timeline's events sorted by the dates the user sees, indexed (unless an index of
    these very events is given) and, unless `searchable` is False (no window: an export), in
    columns; `reading` reads passages with no text yet."""
    sort_events(events, annotations)
    index = index or EventIndex(events)
    if not searchable:
        return Shown(events, index, None, None)
    live = {k: v for k, v in annotations.items() if k in index.by_id}
    columns = columns_for(events, live)
    return Shown(events, index, columns, search_texts_for(columns, events, live, reading))
