"""Which events matter most: sources, own dates, decisions, leads, the user's star and status,
and the extractor's confidence where it gives one."""

from __future__ import annotations

from datetime import date

import numpy as np

from viewer.core.event_cues import DECISION, LEAD, event_cues, reports_decision
from viewer.core.importance import importance, priority
from viewer.core.model import DateBasis, DateValue, Event, Passage
from viewer.core.timeline import BASIS_CODE, TimelineData

DAY = date(2022, 3, 8).toordinal()


def columns(**given: list[object]) -> TimelineData:
    n = len(next(iter(given.values())))
    return TimelineData.from_arrays([DAY] * n, [DAY] * n, ids=[f"e{i}" for i in range(n)], **given)  # type: ignore[arg-type]


def test_more_sources_own_dates_decisions_and_leads_rank_higher() -> None:
    publication = BASIS_CODE[DateBasis.PUBLICATION]
    relative = BASIS_CODE[DateBasis.RELATIVE]
    data = columns(
        source_count=[1, 2, 4, 1, 1, 1],
        basis=[publication, publication, publication, relative, publication, publication],
        cues=[0, 0, 0, 0, DECISION, LEAD],
    )
    score = importance(data)
    plain = score[data.index_of("e0")]
    for other in ("e1", "e3", "e4", "e5"):
        assert score[data.index_of(other)] > plain
    assert score[data.index_of("e2")] > score[data.index_of("e1")]
    assert ((score >= 0) & (score <= 1)).all()


def test_the_users_star_and_status_weigh_most() -> None:
    data = columns(
        starred=[False, True, False, False], status=[0, 0, 1, 3], source_count=[4, 1, 1, 4]
    )
    score = importance(data)
    assert score[data.index_of("e1")] > score[data.index_of("e0")]  # a star beats sources
    assert score[data.index_of("e2")] > importance(columns(status=[0]))[0]  # confirmed
    assert score[data.index_of("e3")] < score[data.index_of("e0")]  # rejected sinks


def test_confidence_counts_where_given_and_is_neutral_where_not() -> None:
    data = columns(confidence=[np.nan, 0.9, 0.1, 0.5])
    score = importance(data)
    unknown = score[data.index_of("e0")]
    assert score[data.index_of("e1")] > unknown > score[data.index_of("e2")]
    assert score[data.index_of("e3")] == unknown


def test_priority_is_a_total_order_the_same_every_time() -> None:
    score = np.array([0.3, 0.9, 0.3, 0.5], np.float32)
    assert priority(score).tolist() == [2, 0, 3, 1]  # equal scores keep row order


def passage(doc: str, start: int, text: str) -> Passage:
    return Passage(doc, start, start + len(text), text)


def event(event_id: str, title: str, *passages: Passage) -> Event:
    value = DateValue.day(date(2022, 3, 8))
    return Event(event_id, value, "", DateBasis.PUBLICATION, title, list(passages))


def test_cues_mark_an_articles_lead_and_its_decisions() -> None:
    events = [
        event("a", "Troops arrive in Poland", passage("x.txt", 120, "Troops arrive")),
        event("b", "Ministers approve the budget", passage("x.txt", 300, "Ministers")),
        event("c", "Rain fell", passage("y.txt", 80, "Rain fell"), passage("x.txt", 400, "R")),
    ]
    assert event_cues(events) == [LEAD, DECISION, LEAD]


def test_decisions_are_recognised_by_how_news_reports_them() -> None:
    assert reports_decision("The council voted to close the plant")
    assert reports_decision("Germany announced new sanctions on Monday")
    assert reports_decision("The court ruled the ban unlawful")
    assert not reports_decision("The minister is worried about the economy")
    assert not reports_decision("Prices were higher than last year")
