"""Assemble the timeline's events: automatic merging, then the user's own merges and splits."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date

from viewer.core.annotations import GroupAction, Grouping
from viewer.core.headline import headline
from viewer.core.merge import MergePlan, apply_plan, plan_merge, reconcile
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
    shown = doc.visible.reading(start, end)
    if value is None:
        anchor = doc.date or date.today()
        dated = [v for t in tag(shown, anchor) if (v := t.date_value()) is not None]
        value = dated[0] if dated else DateValue.day(anchor)
    dating = Dating(value, DateBasis.USER, "chosen by the user")
    return Event(
        id="u" + passage_id(doc.id, raw)[1:],
        date=value,
        date_text=dating.text,
        date_basis=dating.basis,
        title=title or headline(shown),
        passages=[Passage.of(doc.id, doc.visible, start, end)],
        dating=[dating],
    )


def _pid(passage: Passage) -> str:
    return passage_id(passage.document_id, passage.source_text)


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
    if not groupings:
        return list(events)  # every passage's id would be worked out for nothing
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
            source.merge_reason = _reason_without(source, passage.document_id)
            reconcile(source)
        else:
            result.remove(source)
        if target is None:
            target = _alone(passage, dating, source.title, "split out by the user")
            result.append(target)
        else:
            target.add_passage(passage, dating)
            target.merge_reason = USER_MERGE
            reconcile(target)
        home[grouping.passage_id] = target
    return result


USER_MERGE = "merged by the user"


def _reason_without(event: Event, removed: str) -> str:
    """An event's merge reason once a passage of article `removed` has left it: the links
    between the articles still in it, none when one passage is left; when every link went
    through the article that left, it says so rather than keep links that no longer hold."""
    if len(event.passages) < 2:
        return ""
    if event.merge_reason == USER_MERGE:
        return USER_MERGE  # the user's decision stands for what is left of it
    present = {p.document_id for p in event.passages}
    links = event.merge_reason.split("; ") if event.merge_reason else []
    kept = [link for link in links if _linked(link) <= present]
    if len(kept) == len(links):
        return event.merge_reason
    if kept:
        return "; ".join(kept)
    return f"kept together by links through {removed}, which was split out by the user"


def _linked(link: str) -> frozenset[str]:
    """The two articles a link of a merge reason names ("a.txt ~ b.txt: shares …"); a link
    that names none ("and 3 more links…") cannot be told to still hold."""
    head, sep, _ = link.partition(": ")
    first, tilde, second = head.partition(" ~ ")
    if not sep or not tilde:
        return frozenset({"\0"})  # never among an event's articles
    return frozenset({first, second})


def _copies(events: Sequence[Event]) -> list[Event]:
    return [e.copy() for e in events]


# Bump when merging changes, so that plans kept in a project are not reused. (4: passages are
# compared by the words a reader sees, no longer by their markup; 5: with the visible text,
# dates and numbers are not shared words, two shared words needed, every passage kept;
# 6: a shared name needed, figures that differ and chains of dates that do not meet kept apart;
# 7: names repeated by many articles count again.)
MERGE_VERSION = "7"


def plan_key(extracted: Sequence[Event]) -> str:
    """What a merge plan depends on: every extracted event, in order, and how merging works."""
    digest = hashlib.sha1(MERGE_VERSION.encode())
    for event in extracted:
        digest.update(f"{event.id}@{event.date.first}/{event.date.last}\n".encode())
    return digest.hexdigest()


def encode_plan(key: str, plan: MergePlan) -> str:
    """A merge plan as text for the project, with the key it belongs to."""
    return json.dumps({"key": key, "groups": [g for g in plan if len(g[0]) > 1]})


def decode_plan(text: str | None, key: str, count: int) -> MergePlan | None:
    """The plan kept in the project, if it was made for exactly these events."""
    if not text:
        return None
    try:
        kept = json.loads(text)
        if kept.get("key") != key:
            return None
        groups = [([int(i) for i in ids], str(reason)) for ids, reason in kept["groups"]]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a damaged plan is simply made again
    grouped = {i for ids, _ in groups for i in ids}
    if any(not 0 <= i < count for i in grouped):
        return None
    singles = [([i], "") for i in range(count) if i not in grouped]
    # The order a fresh plan has: each group where its first event stands.
    return sorted(groups + singles, key=lambda group: min(group[0]))


def auto_merge(extracted: Sequence[Event], plan: MergePlan | None = None) -> list[Event]:
    """The extracted events merged across sources, by a kept plan when there is one; the
    extracted events are left as they were."""
    if plan is None:
        plan = plan_merge(extracted)
    # Only the head of a group is changed by merging: the rest need no copy.
    heads = {ids[0] for ids, _ in plan if len(ids) > 1}
    events = [e.copy() if i in heads else e for i, e in enumerate(extracted)]
    return apply_plan(events, plan)


def build_events(
    merged: Sequence[Event], users: Sequence[Event], groupings: Sequence[Grouping]
) -> list[Event]:
    """Every event of the timeline: the merged events and the user's own, with the user's
    merges and splits applied to copies, so the merge need not run again for each edit."""
    if not groupings:
        return [*merged, *users]  # nothing will change them: no copies
    return apply_groupings(_copies(merged) + list(users), groupings)
