"""The commas of a place's state, as US copy writes it ("in Birmingham, Ala., for …"), set off
no phrase of its own: a clause after "and" told ahead at a time of its own is still cut from
the clause before it. "Bush was unavailable for comment Wednesday and will see Dr. James
Andrews in Birmingham, Ala., for further evaluation Friday", written on a Wednesday, is the
visit on the Friday ahead as well."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

WEDNESDAY = date(2011, 1, 5)

CASES = [
    (
        "Bush was unavailable for comment Wednesday and will see Dr. James Andrews in"
        " Birmingham, Ala., for further evaluation Friday.",
        date(2011, 1, 7),
    ),
    (
        "Smith was released from the county jail on Monday and will appear in court in Fresno,"
        " Calif., on Friday.",
        date(2011, 1, 7),
    ),
]


@pytest.mark.parametrize(("sentence", "ahead"), CASES)
def test_a_state_s_commas_set_off_no_phrase(sentence: str, ahead: date) -> None:
    assert ahead in {e.date.first for e in events_in(sentence, WEDNESDAY)}
