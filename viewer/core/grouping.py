"""Assemble the timeline's events: automatic merging, then the user's own merges and splits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from viewer.core.annotations import GroupAction, Grouping
from viewer.core.merge import MergePlan, apply_plan, plan_merge, reconcile
from viewer.core.model import (
    UNDATED_ANCHOR,
    DateBasis,
    DateValue,
    Dating,
    Document,
    Event,
    Passage,
    passage_id,
)

_USER_CHOSE = "chosen by the user"


def made_event_id(passage: str) -> str:
    """The id of the event a user made from a passage, from the passage's id."""
    return "u" + passage[1:]


def user_event(
    doc: Document,
    start: int,
    end: int,
    chosen: DateValue | None = None,
    title: str | None = None,
    made_on: date = UNDATED_ANCHOR,
) -> Event:
    """An event made by the user from a passage, dated by its own words or its article's date
    as a found event is, and saying which: a corrected publication date re-dates it too. Only
    a date `chosen` as the user's (an event made before how it was dated was kept) stays.
    In an article with no date, a passage its words do not date is put on `made_on` (the day
    the user made it, as theirs to correct): never the day of the run."""
    raw = doc.text[start:end]
    shown = doc.visible.reading(start, end)
    if chosen is None:
        dating = _dated_by_words(doc, shown, made_on)
    else:
        dating = Dating(chosen, DateBasis.USER, _USER_CHOSE)
    return Event(
        id=made_event_id(passage_id(doc.id, raw)),
        date=dating.value,
        date_text=dating.text,
        date_basis=dating.basis,
        title=title or _headline_of(shown),
        passages=[Passage.of(doc.id, doc.visible, start, end)],
        dating=[dating],
    )


# The tagger and the headline maker are imported when a user's passage needs them, never
# when a project's own events are made again from their stored dates and titles: reopening
# a project whose kept timeline is reused loads no part of the extractor.


def _dated_by_words(doc: Document, shown: str, made_on: date) -> Dating:
    """The first date a passage's words give, against its article's date; else that date
    (`made_on`, for an article with none, as the user's to correct). Undated, an article's
    words count from no day, as in extraction: only a date they state stands."""
    from viewer.core.temporal import tag

    anchor = doc.date or UNDATED_ANCHOR
    for timex in tag(shown, anchor):
        if doc.date is None and timex.relative:
            continue
        if (value := timex.date_value()) is not None:
            basis = DateBasis.RELATIVE if timex.relative else DateBasis.EXPLICIT
            return Dating(value, basis, " ".join(timex.text.split()))
    if doc.date is None:
        return Dating(DateValue.day(made_on), DateBasis.USER, _USER_CHOSE)
    return Dating(DateValue.day(anchor), DateBasis.PUBLICATION, anchor.isoformat())


def _headline_of(shown: str) -> str:
    from viewer.core.headline import headline

    return headline(shown)


def _pid(passage: Passage) -> str:
    return passage_id(passage.document_id, passage.source_text)


def _alone(passage: Passage, dating: Dating, title: str, sure: float) -> Event:
    """A passage split out by the user: its own date, title and confidences."""
    return Event(
        id=_pid(passage),
        date=dating.value,
        date_text=dating.text,
        date_basis=dating.basis,
        title=title,
        passages=[passage],
        merge_reason="split out by the user",
        dating=[dating],
        event_confidence=sure,
        date_confidence=dating.confidence,
    )


def apply_groupings(events: list[Event], groupings: Sequence[Grouping]) -> list[Event]:
    """Apply the user's merges and splits, keyed by passage so they survive re-extraction."""
    if not groupings:
        return list(events)  # every passage's id would be worked out for nothing
    home: dict[str, Event] = {_pid(p): e for e in events for p in e.passages}
    titles = _Heads(events, home)
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
        own_title = _title_of(passage, titles, source.title if index == 0 else None)
        sure = titles.sure(grouping.passage_id, passage, source.event_confidence)
        if source.passages:
            if index == 0 or source.id == grouping.passage_id:  # its id leaves with it
                source.id = _pid(source.passages[0])
            source.merge_reason = _reason_without(source, passage.document_id)
            reconcile(source)
            if source.title == own_title:  # its title was of the passage that left
                source.title = _title_of(source.primary, titles, None)
        else:
            result.remove(source)
        if target is None:
            target = _alone(passage, dating, own_title, sure)
            result.append(target)
        else:
            _join(target, passage, dating, titles)
        home[grouping.passage_id] = target
    return result


USER_MERGE = "merged by the user"


def _join(target: Event, passage: Passage, dating: Dating, titles: _Heads) -> None:
    """A passage merged by the user into an event: when it dates the event better, it heads
    it, and the event takes its title as an automatic merge does (the title of the passage
    it headed, else its own words), so that no event shows one article's passage and date
    under another's title."""
    head = target.primary
    target.add_passage(passage, dating)
    target.merge_reason = USER_MERGE
    reconcile(target, lead=head)
    if target.primary != head and target.title == _title_of(head, titles, target.title):
        target.title = _title_of(target.primary, titles, None)


class _Heads:
    """Each event as it came, by its primary passage (taken before any change): its title
    and how sure the extractor was that it is a happening."""

    def __init__(self, events: Sequence[Event], home: dict[str, Event]) -> None:
        self._home = dict(home)  # where each passage was
        self._heads = {id(e): (e.primary, e.title, e.event_confidence) for e in events}

    def _head(self, pid: str, passage: Passage) -> tuple[Passage, str, float] | None:
        event = self._home.get(pid)
        head = self._heads[id(event)] if event is not None else None
        return head if head is not None and head[0] == passage else None

    def get(self, pid: str, passage: Passage) -> str | None:
        head = self._head(pid, passage)
        return head[1] if head is not None else None

    def sure(self, pid: str, passage: Passage, otherwise: float) -> float:
        """The confidence of the event it headed, else `otherwise` (not the 100% of none)."""
        head = self._head(pid, passage)
        return head[2] if head is not None else otherwise


def _title_of(passage: Passage, titles: _Heads, known: str | None) -> str:
    """A passage's own title once it leaves or heads an event: the title of the event it
    headed, else the one `known` to be its own, else a headline of its words (a passage
    merged in from another article no longer has the title it was found with)."""
    found = titles.get(_pid(passage), passage) or known
    return found if found is not None else _headline_of(passage.text)


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
