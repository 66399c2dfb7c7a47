"""TempEval scoring: found inside a passage, the innermost event's date, baseline, precision."""

from __future__ import annotations

from datetime import date

from bench.exported import DateSpan, Export, ExportedEvent, Passage
from bench.tempeval_scoring import GoldArticle, GoldEvent, score_tempeval

FRIDAY = DateSpan(date(1998, 8, 7), date(1998, 8, 7), "day")
MONDAY = DateSpan(date(1998, 8, 3), date(1998, 8, 3), "day")
AUGUST = DateSpan(date(1998, 8, 1), date(1998, 8, 31), "month")


def gold(eid: str, start: int, when: DateSpan | None, happening: bool = True) -> GoldEvent:
    return GoldEvent("a.txt", eid, start, start + 5, "words", happening, when, "")


def event(start: int, end: int, when: DateSpan | None) -> ExportedEvent:
    return ExportedEvent("x", (Passage("a.txt", start, end),), when, "relative", "", "")


# The headline and date line end at 30; the annotated text runs from 30 to 400.
ARTICLE = GoldArticle(
    "a.txt",
    "dev",
    30,
    400,
    (
        gold("e1", 40, FRIDAY),  # in a sentence event dated Friday: right
        gold("e2", 60, MONDAY),  # in the same sentence, an earlier happening: wrong
        gold("e3", 120, AUGUST),  # in a clause event dated Monday (August): right
        gold("e4", 300, FRIDAY),  # in no passage: missed
        gold("e5", 200, None),  # no gold date: not scored
        gold("e6", 210, FRIDAY, happening=False),  # a state: not scored
    ),
)
EVENTS = (
    event(0, 20, FRIDAY),  # the headline: outside the annotated text, left out of precision
    event(35, 100, FRIDAY),
    event(100, 180, FRIDAY),
    event(110, 140, MONDAY),  # inside the previous one: the innermost holds e3
    event(190, 220, FRIDAY),  # holds only an undated happening and a state
    event(250, 280, FRIDAY),  # holds nothing
)


def test_tempeval_figures() -> None:
    score = score_tempeval([ARTICLE], Export(EVENTS, {"a.txt": date(1998, 8, 7)}))
    assert (score.found.hits, score.found.total) == (3, 4)
    assert (score.dates_right.hits, score.dates_right.total) == (2, 3)
    # every event on 7 August: e1 (Friday) and e3 (August) right of the three found; e4 too
    assert (score.baseline_found.hits, score.baseline_found.total) == (2, 3)
    assert (score.baseline_all.hits, score.baseline_all.total) == (3, 4)
    assert (score.precision.hits, score.precision.total) == (3, 5)
    assert (score.precision_loose.hits, score.precision_loose.total) == (4, 5)
    # e1 and e2 share one passage: one date serves only one of them; e3 is right
    assert (score.one_date_best.hits, score.one_date_best.total) == (2, 3)
    missed = [o.gold.eid for o in score.outcomes if o.event is None]
    assert missed == ["e4"]
    assert [o.gold.eid for o in score.outcomes if o.event and not o.date_right] == ["e2"]


def test_a_gold_event_cut_by_a_passage_edge_is_not_found() -> None:
    score = score_tempeval([ARTICLE], Export((event(42, 100, FRIDAY),), {"a.txt": None}))
    found = [outcome.gold.eid for outcome in score.outcomes if outcome.event is not None]
    assert found == ["e2"]  # e1 runs 40..45 and the passage starts at 42
    assert score.baseline_all.hits == 0  # no publication date: the baseline has no date


def test_one_date_at_best_takes_the_date_most_of_a_passage_s_gold_agree_with() -> None:
    article = GoldArticle(
        "a.txt",
        "dev",
        30,
        400,
        (gold("e1", 40, FRIDAY), gold("e2", 60, AUGUST), gold("e3", 80, MONDAY)),
    )
    score = score_tempeval([article], Export((event(35, 100, AUGUST),), {"a.txt": None}))
    # Friday lies within Friday and within August: two of three; Monday within Monday and
    # August: two as well; August within neither day. The event's own date does not matter.
    assert (score.one_date_best.hits, score.one_date_best.total) == (2, 3)
    assert score.dates_right.hits == 1
