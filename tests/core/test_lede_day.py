"""The lede's day: a story whose first paragraph tells of a past day ("…said Thursday",
"announcement Friday") goes on telling of that occasion; a happening it tells later in the
simple past without a time of its own is of that day, not of the publication day, unless the
story moves on to a later day. Real sentences of TempEval-3's development articles and the
seeds."""

from __future__ import annotations

from datetime import date

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue

FRIDAY = DateValue.day(date(1989, 10, 27))
MONDAY = date(1989, 10, 30)

RESULTS = (
    "Unisys Corp.'s announcement Friday of a $648.2 million loss for the third quarter showed "
    "that the company is moving even faster than expected to take write-offs on its various "
    "problems.\n\n"
    "The company also reported slower growth in another important business: systems that use "
    "the Unix operating system.\n\n"
    "Unisys is also considering the sale of its defense unit, officials say."
)


def test_a_past_happening_told_later_is_of_the_lede_s_day() -> None:
    event = _found(_events(RESULTS, MONDAY), "The company also reported slower growth")
    assert event.date == FRIDAY
    assert event.date_basis is DateBasis.CONTEXT
    assert event.dating_of(0).text == "Friday"


def test_the_lede_s_day_is_not_carried_to_what_is_told_in_the_present() -> None:
    event = _found(_events(RESULTS, MONDAY), "Unisys is also considering the sale")
    assert event.date == DateValue.day(MONDAY)


def test_a_lede_of_the_publication_day_dates_nothing_else() -> None:
    event = _found(_events(RESULTS, date(1989, 10, 27)), "The company also reported slower")
    assert event.date_basis is DateBasis.PUBLICATION


# The seed that names Tuesday in its lede and Wednesday, its publication day, further on: what
# it tells undated may be of either day, and is left on the publication day.
MOVES_ON = (
    "In response to Russia's invasion of Ukraine, the United States is considering increasing "
    "its long-term military presence in Europe, President Joe Biden said on Tuesday.\n\n"
    "A senior US official told reporters that the United States has not communicated its new "
    "deployment plans to Russia and sees no need to do so.\n\n"
    "The plans announced on Wednesday effectively extend the temporary deployment of 20,000 "
    "additional US military personnel to Europe."
)


def test_a_story_that_moves_on_to_a_later_day_keeps_its_undated_events_on_publication() -> None:
    event = _found(_events(MOVES_ON, date(2022, 6, 29)), "A senior US official told reporters")
    assert event.date == DateValue.day(date(2022, 6, 29))
    assert event.date_basis is DateBasis.PUBLICATION
