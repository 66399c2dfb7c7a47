"""The tenses the tagger hands back are the ones `tense_near` finds for the same spans, so
that extraction may take them instead of finding them again."""

from __future__ import annotations

from datetime import date

from viewer.core.temporal import tag
from viewer.core.temporal.context import lowercase_same_length
from viewer.core.temporal.nearest_tense import tense_near
from viewer.core.temporal.tense_cues import Tense

_TEXT = (
    "The ministers met on Tuesday and will meet again on Friday. "
    "The summit opens Monday. Talks collapsed last week, officials said on Wednesday. "
    "It arrives on Thursday, the company said."
)


def test_the_tagger_hands_back_the_tenses_it_found() -> None:
    tenses: dict[tuple[int, int], Tense] = {}
    timexes = tag(_TEXT, date(2022, 3, 9), tenses=tenses)
    assert timexes == tag(_TEXT, date(2022, 3, 9))  # asking for them changes nothing found
    assert len(tenses) >= 4  # each weekday was read against the verbs around it
    lower = lowercase_same_length(_TEXT)
    for (start, end), tense in tenses.items():
        assert tense is tense_near(_TEXT, start, end, lower)
    assert {Tense.PAST, Tense.FUTURE} <= set(tenses.values())


def _weekday(text: str, published: date) -> str:
    (*_, found) = tag(text, published)
    return found.value


def test_a_weekday_opening_a_sentence_does_not_read_the_sentence_before() -> None:
    """The sentence before ends right before the weekday: its "will" is not the weekday's."""
    published = date(2007, 6, 4)  # a Monday
    text = "He will receive a commission from Lotto. Saturday's draw produced four winners."
    assert _weekday(text, published) == "2007-06-02"


def test_an_abbreviation_before_a_weekday_ends_no_sentence() -> None:
    published = date(2009, 2, 4)  # a Wednesday
    assert _weekday("They will face the Steelers at 1:45 p.m. Sunday.", published) == "2009-02-08"


def test_a_month_after_a_hope_told_in_the_past_or_should_lies_ahead() -> None:
    """A hope or an aim told in the past, and "should", look ahead of their telling."""
    assert _weekday("The firm said it hoped to start work in the autumn.", date(2021, 3, 3)) == (
        "2021-FA"
    )
    assert _weekday("He aimed to finish the route in May.", date(2021, 3, 3)) == "2021-05"
    text = "His time should qualify him for the world championships in August, officials said."
    assert _weekday(text, date(2009, 4, 27)) == "2009-08"


def test_an_attribution_after_a_comma_does_not_turn_a_plan_to_the_past() -> None:
    """ ", the Presidency said" tells when the words were said: a plan told further back than
    the words read before the day still looks ahead (written on Wednesday 21 October 2015)."""
    published = date(2015, 10, 21)
    plan = (
        "President Jacob Zuma is expected to meet vice-chancellors and student leaders at the "
        "Union Buildings in Pretoria on Friday, the Presidency said."
    )
    assert _weekday(plan, published) == "2015-10-23"
    # With no verb before the day, the attribution's past still tells of the last one.
    assert _weekday("The ceremony on Friday, officials said.", published) == "2015-10-16"
    assert _weekday("Friday's ceremony drew thousands, officials said.", published) == (
        "2015-10-16"
    )


def test_a_meeting_called_for_a_day_is_set_for_it() -> None:
    """ "called for" right before a day sets it, ahead; "called for calm on Friday" asked for
    something on a day gone (written on Wednesday 14 September 2016)."""
    published = date(2016, 9, 14)
    text = "A board meeting has been called for Friday, the company said."
    assert _weekday(text, published) == "2016-09-16"
    assert _weekday("The president called for calm on Friday.", published) == "2016-09-09"


def test_a_period_a_forecast_is_for_lies_ahead() -> None:
    """A forecast for a period is of the period to come, even told in the past (written on
    Thursday 5 February 2026)."""
    published = date(2026, 2, 5)
    text = "The central bank cut its forecast for inflation in the second quarter to 2.2%."
    assert _weekday(text, published) == "2026-Q2"
    assert _weekday("Sales fell in the second quarter.", published) == "2025-Q2"
    # A time further on in the sentence is no forecast's: an old figure's month, gone.
    text = (
        "The bank cut its forecast for inflation in the second quarter and now expects growth "
        "of 0.9% this year, up from 0.75% in November."
    )
    assert _weekday(text, published) == "2025-11"


def test_the_base_of_a_comparison_was_measured_before() -> None:
    """ "up from" or "down from" a figure at a time: the base lies before, whatever the verb
    before it tells (written on Thursday 5 February 2026)."""
    published = date(2026, 2, 5)
    cases = [
        (
            "Unemployment is expected to rise to 5.2 percent next year, up from 4.9 percent "
            "in March.",
            "2025-03",
        ),
        ("The bank will raise its target to 3 percent, up from 2 percent in November.", "2025-11"),
        ("Exports will fall to $3 billion, down from $4 billion in December.", "2025-12"),
    ]
    for text, value in cases:
        assert tag(text, published)[-1].value == value
