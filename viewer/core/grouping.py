"""Assemble the timeline's events: automatic merging, then the user's own merges and splits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from viewer.core.annotations import GroupAction, Grouping
from viewer.core.extract import short_title, shown_text
from viewer.core.merge import merge_events, reconcile
from viewer.core.model import (
    DateBasis,
    DateValue,
    Dating,
    Document,
    Event,
    Passage,
    passage_id,
)
from viewer.core.temporal import tag


def user_event(
    doc: Document,
    start: int,
    end: int,
    value: DateValue | None = None,
    title: str | None = None,
) -> Event:
    """An event made by the user from a passage, dated by its own words or its article's date."""
    raw = doc.text[start:end]
    if value is None:
        anchor = doc.date or date.today()
        dated = [v for t in tag(raw, anchor) if (v := t.date_value()) is not None]
        value = dated[0] if dated else DateValue.day(anchor)
    shown = shown_text(doc.text, start, end, doc.markup)
    dating = Dating(value, DateBasis.USER, "chosen by the user")
    return Event(
        id="u" + passage_id(doc.id, raw)[1:],
        date=value,
        date_text=dating.text,
        date_basis=dating.basis,
        title=title or short_title(shown),
        passages=[Passage(doc.id, start, end, raw)],
        dating=[dating],
    )


def _pid(passage: Passage) -> str:
    return passage_id(passage.document_id, passage.text)


def _alone(passage: Passage, dating: Dating, title: str, reason: str) -> Event:
    return Event(
        id=_pid(passage),
        date=dating.value,
        date_text=dating.text,
        date_basis=dating.basis,
        title=title,
        passages=[passage],
        merge_reason=reason,
        dating=[dating],
    )


def apply_groupings(events: list[Event], groupings: Sequence[Grouping]) -> list[Event]:
    """Apply the user's merges and splits, keyed by passage so they survive re-extraction."""
    home: dict[str, Event] = {_pid(p): e for e in events for p in e.passages}
    result = list(events)
    for grouping in groupings:
        source = home.get(grouping.passage_id)
        target = home.get(grouping.target) if grouping.action is GroupAction.JOIN else None
        if source is None or target is source:
            continue
        if grouping.action is GroupAction.SPLIT and len(source.passages) < 2:
            continue
        if grouping.action is GroupAction.JOIN and target is None:
            continue
        index = next(i for i, p in enumerate(source.passages) if _pid(p) == grouping.passage_id)
        passage, dating = source.remove_passage(index)
        if source.passages:
            source.id = _pid(source.passages[0]) if index == 0 else source.id
            reconcile(source)
        else:
            result.remove(source)
        if target is None:
            target = _alone(passage, dating, source.title, "split out by the user")
            result.append(target)
        else:
            target.add_passage(passage, dating)
            target.merge_reason = "merged by the user"
            reconcile(target)
        home[grouping.passage_id] = target
    return result


def _copies(events: Sequence[Event]) -> list[Event]:
    return [replace(e, passages=list(e.passages), dating=list(e.dating)) for e in events]


def auto_merge(extracted: Sequence[Event]) -> list[Event]:
    """The extracted events merged across sources; the extracted ones are left as they were."""
    return merge_events(_copies(extracted))


def build_events(
    merged: Sequence[Event], users: Sequence[Event], groupings: Sequence[Grouping]
) -> list[Event]:
    """Every event of the timeline: the merged events and the user's own, with the user's
    merges and splits applied to copies, so the merge need not run again for each edit."""
    return apply_groupings(_copies(merged) + list(users), groupings)
