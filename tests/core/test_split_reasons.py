"""A split out passage takes its links with it: the event left keeps only the reasons that
still hold between the articles it still holds."""

from __future__ import annotations

from datetime import date

from tests.core.test_merge import _single
from viewer.core.annotations import GroupAction, Grouping
from viewer.core.grouping import apply_groupings
from viewer.core.merge import merge_events
from viewer.core.model import Event, passage_id

DAY = date(2022, 3, 7)


def _four() -> Event:
    """a~b and c~d joined first, then the pairs: three links, each naming two articles."""
    (event,) = merge_events(
        [
            _single("a.txt", "NATO sends 500 troops and THAAD batteries to Romania", DAY),
            _single("b.txt", "NATO sends 500 troops and THAAD batteries to Romania now", DAY),
            _single("c.txt", "The 500 troops will guard Romania's border with THAAD", DAY),
            _single("d.txt", "The 500 troops will guard Romania's border with THAAD units", DAY),
        ]
    )
    return event


def _split(event: Event, document: str) -> list[Event]:
    passage = next(p for p in event.passages if p.document_id == document)
    split = Grouping(passage_id(passage.document_id, passage.text), GroupAction.SPLIT)
    return apply_groupings([event.copy()], [split])


def test_links_through_the_passage_split_out_leave_with_it() -> None:
    event = _four()
    left, alone = _split(event, "a.txt")
    assert "a.txt" not in left.merge_reason
    assert all(" ~ " in link for link in left.merge_reason.split("; "))
    assert alone.merge_reason == "split out by the user"


def test_the_last_passage_left_has_no_merge_reason() -> None:
    event = _four()
    splits = [
        Grouping(passage_id(p.document_id, p.text), GroupAction.SPLIT)
        for p in event.passages
        if p.document_id != "d.txt"
    ]
    (left,) = [
        e for e in apply_groupings([event.copy()], splits) if e.passages[0].document_id == "d.txt"
    ]
    assert len(left.passages) == 1 and left.merge_reason == ""


def test_an_event_held_together_only_through_the_passage_gone_says_so() -> None:
    text = "Ministers met in Madrid and approved 40,000 troops for the eastern flank"
    hub = _single("hub.txt", text, DAY)
    left = _single("left.txt", "Ministers approved 40,000 troops for the eastern flank", DAY)
    right = _single("right.txt", "Ministers met in Madrid and approved the eastern flank", DAY)
    left.merge_reason = ""
    event = hub.copy()
    event.add_passage(left.primary, left.dating_of(0))
    event.add_passage(right.primary, right.dating_of(0))
    event.merge_reason = (
        "hub.txt ~ left.txt: shares 40,000 (score 3.00), dates compatible; "
        "hub.txt ~ right.txt: shares madrid (score 2.00), dates compatible"
    )
    remaining = _split(event, "hub.txt")[0]
    assert remaining.merge_reason == (
        "kept together by links through hub.txt, which was split out by the user"
    )
