"""A title's full stop before a name ("Dr. James Andrews", "Sen. John McCain") does not end
the sentence whose verb tells which way a bare day lies: "will see Dr. James Andrews in
Birmingham, Ala., for further evaluation Friday", written on a Wednesday, is the Friday ahead,
not the one gone; told in the past it stays the one gone."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import tag

WEDNESDAY = date(2011, 1, 5)
AHEAD, GONE = date(2011, 1, 7), date(2010, 12, 31)

CASES = [
    (
        "Bush was unavailable for comment Wednesday and will see Dr. James Andrews in"
        " Birmingham, Ala., for further evaluation Friday.",
        AHEAD,
    ),
    ("Bush will see Dr. James Andrews in Birmingham for further evaluation Friday.", AHEAD),
    ("The president will meet Sen. John McCain at the White House on Friday.", AHEAD),
    ("The president met Sen. John McCain at the White House on Friday.", GONE),
    ("Lawyers for the family sued Gov. Jerry Brown in federal court on Friday.", GONE),
]


@pytest.mark.parametrize(("sentence", "day"), CASES)
def test_a_title_s_full_stop_does_not_hide_the_verb(sentence: str, day: date) -> None:
    (friday,) = [t for t in tag(sentence, WEDNESDAY) if t.text == "Friday"]
    assert friday.first == day
