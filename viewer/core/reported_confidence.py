"""The confidence an event is reported with: how often an event of its kind is a happening.

The extractor's own score (event_selection.judge, raised for a headline that joins its lede,
set for a detail by event_details) decides what becomes an event, and no decision reads the
number shown here: it is set once, when an article's events are all decided. The score
ranks passages against a bar, and read as a share it misled: on the development golds,
events scored 0.8 were reported happenings 49% of the time, 0.7 40%, 0.97 88%.

So each event is given the share of right events among the events of its kind in the
development golds (the seeds and the three ECB+ development golds, bench/calibration.py;
"right": one of its passages is a gold passage). Its kind is how many points it has of three
signs of how news is written, one point each (at most three in all):

- the extractor's score is high (HIGH_SCORE or more): a past action told with its time, or
  a lede that is plainly a happening;
- it is dated by its own words, a date or a time counted from one (not by the narrative it
  continues, nor by its article's date);
- it is among its article's first EARLY events, headline included: news tells its main
  happenings first, and what follows them is background, reaction and detail more often.
  The first event of all, the one news gives its lede or headline, counts a point more:
  59 of the 61 first events were right, whatever their score or date.

Each sign raised the share right with the others held fixed, and points keep the table
monotone and its bands well filled (a table of all eight combinations ranked no better and
carried worse from one gold to the others). Fitted on 595 events (shares smoothed towards the
mean over all, 0.64, with the weight of four events):

    points  events  right  reported
    0       255     0.38   0.39
    1       72      0.68   0.68
    2       164     0.80   0.80
    3       104     0.96   0.95

Other signs were looked at and add nothing to these: a direct quotation, a source named, the
number of passages, the length of the article or of the passage.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.model import DateBasis, Event

HIGH_SCORE = 0.85
EARLY = 3
REPORTED = (0.39, 0.68, 0.80, 0.95)  # by points, 0 to 3
_OWN_DATE = frozenset({DateBasis.EXPLICIT, DateBasis.RELATIVE})


def points(event: Event, place: int) -> int:
    """How many points an event has of the three signs; `place`: its place among its
    article's events in text order, 0 first (the first counts twice)."""
    signs = (event.event_confidence >= HIGH_SCORE) + (event.date_basis in _OWN_DATE)
    return min(3, signs + (place < EARLY) + (place == 0))


def report_confidence(events: Sequence[Event]) -> None:
    """Give each of an article's events (in text order) its reported confidence, in place."""
    for place, event in enumerate(events):
        event.event_confidence = REPORTED[points(event, place)]
