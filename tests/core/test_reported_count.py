"""A report with a time of its own, and what it reports at a count from a happening the
article names: the reported clause is an event of its own, dated from that happening's day;
the report keeps its own time. A report with no time of its own, a clause with a date of its
own, a count in a relative clause or one told in the present are not cut so. Real sentences
of the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Span
from viewer.core.reported_count import reported_count
from viewer.core.temporal import tag

CUT = [
    (
        "Hiller went on a shooting rampage through the Kraft Foods plant on September 9, 2010."
        "\n\nHomicide Detective Dominic Mangoni, testifying Tuesday at Hiller's preliminary "
        "hearing, said he asked how she felt just hours after the shootings.",
        date(2010, 12, 8),
        ("Homicide Detective Dominic Mangoni", date(2010, 12, 7)),
        ("he asked how she felt just hours after the shootings", date(2010, 9, 9)),
    ),
    (
        "Ka'loni Flynn was murdered in her car on April 9.\n\nHerbert Flynn Jr told 5News after "
        "Simpson's arrest that on the night of his daughter's murder, she was planning to meet "
        "with her boyfriend to ask for help in applying for government assistance.",
        date(2013, 9, 27),
        # The interview's day is not told: the report is only its own passage.
        ("Herbert Flynn Jr told 5News after Simpson's arrest", None),
        ("that on the night of his daughter's murder", date(2013, 4, 9)),
    ),
]


@pytest.mark.parametrize(("text", "published", "report", "reported"), CUT)
def test_what_a_report_tells_at_a_count_from_a_happening_is_of_that_happening(
    text: str, published: date, report: tuple[str, date | None], reported: tuple[str, date]
) -> None:
    events = events_in(text, published)
    for words, day in (report, reported):
        (event,) = [e for e in events if e.primary.text.startswith(words)]
        assert day is None or event.date.first == day
    (head,) = [e for e in events if e.primary.text.startswith(report[0])]
    assert reported[0] not in head.primary.text


KEPT = [
    # The report has no time of its own.
    "Police said he fled the plant just hours after the shootings.",
    # A count in a relative clause: that clause's happening, not the reported one.
    "Prosecutors said Tuesday that Timmons, who was arrested 12 days after the shooting, faces "
    "a charge of murder.",
    # Told in the present: what holds now.
    "Her father said Tuesday that he still thinks about the night of the shooting.",
    # No report: one happening counted from another.
    "Detectives on Tuesday searched the car in which she was seen hours after the shooting.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_report_with_no_time_of_its_own_or_a_count_not_reported_is_kept(text: str) -> None:
    assert reported_count(text, Span(0, len(text)), tag(text, date(2010, 12, 8))) == []
