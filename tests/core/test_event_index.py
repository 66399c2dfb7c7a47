"""Clicking in an article finds the events whose passages are there, innermost first."""

from __future__ import annotations

from datetime import date

from viewer.core.annotations import Anchor
from viewer.core.event_index import EventIndex
from viewer.core.model import DateBasis, DateValue, Event, Passage

TEXT = "NATO met. On Monday the US sent 500 troops to Germany. Poland asked for more."


def _event(event_id: str, *spans: tuple[str, int, int]) -> Event:
    day = DateValue.day(date(2022, 3, 7))
    passages = [Passage.of(doc, TEXT, start, end) for doc, start, end in spans]
    return Event(event_id, day, "Monday", DateBasis.RELATIVE, event_id, passages)


def _index() -> EventIndex:
    sentence = TEXT.index("On Monday"), TEXT.index(" Poland")
    troops = TEXT.index("500"), TEXT.index(" to Germany")
    return EventIndex(
        [
            _event("poland", ("a.txt", TEXT.index("Poland"), len(TEXT))),
            _event("sent", ("a.txt", *sentence), ("b.txt", 0, 9)),
            _event("troops", ("a.txt", *troops)),
        ]
    )


def test_a_click_finds_the_innermost_passage_first() -> None:
    index = _index()
    inside = TEXT.index("troops")
    assert [e.id for e in index.at("a.txt", inside)] == ["troops", "sent"]
    assert [e.id for e in index.at("a.txt", TEXT.index("Monday"))] == ["sent"]
    assert [e.id for e in index.at("b.txt", 3)] == ["sent"]
    assert index.at("a.txt", TEXT.index(" Poland")) == []
    assert index.at("c.txt", 0) == []


def test_a_documents_passages_come_in_text_order_with_their_events() -> None:
    found = _index().passages_in("a.txt")
    assert [event_id for _, event_id in found] == ["sent", "troops", "poland"]
    assert [p.start for p, _ in found] == sorted(p.start for p, _ in found)
    assert found[1][0].text == "500 troops"
    assert _index().passages_in("nowhere.txt") == []


def test_an_anchor_finds_the_event_of_exactly_its_span() -> None:
    index = _index()
    start, end = TEXT.index("500"), TEXT.index(" to Germany")
    found = index.covering("a.txt", Anchor("a.txt", start, end, "500 troops"))
    assert found is not None and found.id == "troops"
    assert index.covering("a.txt", Anchor("a.txt", start, end + 1, "500 troops ")) is None
