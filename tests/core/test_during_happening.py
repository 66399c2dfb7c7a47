"""What came during a happening the article dates elsewhere, named by a definite noun ("during
the arrest"), is of that happening's day, not of the day the story is at: "A handgun was
recovered during the arrest, Peavy said", after "Orozco was arrested around midnight Friday",
in a story told on Sunday, is of Friday; not what a noun's participle tells ("information
found during the raid"), which is the noun's."""

from __future__ import annotations

from datetime import date

from tests.core.articles import headed_events
from viewer.core.counted_phrases import counted_phrase

STORY = (
    "A 27-year-old parolee suspected of killing a sheriff's deputy was captured early Saturday,"
    " officials said.\n\n"
    "Orozco was arrested around midnight Friday by a sheriff's SWAT team, three houses from the"
    " scene of the fatal shooting.\n\n"
    "Sheriff Lee Baca said on Saturday that the manhunt had involved more than 100 officers.\n\n"
    "A handgun was recovered during the arrest, Peavy said."
)


def test_what_came_during_a_dated_happening_is_of_its_day() -> None:
    events = headed_events("Deputy's alleged killer held", STORY, date(2005, 6, 26))
    line = "A handgun was recovered during the arrest, Peavy said."
    (event,) = [e for e in events if any(p.text == line for p in e.passages)]
    assert event.date.first == date(2005, 6, 24)


def test_a_noun_s_participle_during_a_happening_counts_nothing() -> None:
    line = "Prosecutors relied heavily on information found during the raid on the compound."
    assert counted_phrase(line) is None
