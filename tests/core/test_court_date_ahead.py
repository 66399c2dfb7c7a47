"""A court date set for one remanded, bailed or summoned "to appear" lies ahead: "was remanded
in custody to appear before Taunton Crown Court on 19 August", written on 23 July, is the
August to come, not the last one. A sentence of a development article (ECB+ 14_2, published
23 July 2013) and sentences of news; an appearance already made keeps its past."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal.tagger import tag

_PUBLISHED = date(2013, 7, 23)

CASES = [
    (
        "Mr Pitman, of High Street, Wellington, entered a not guilty plea at Taunton Deane "
        "Magistrates and was remanded in custody to appear before Taunton Crown Court on 19 "
        "August.",
        "2013-08-19",
    ),
    ("He was bailed to appear at Leeds Magistrates' Court on 1 August.", "2013-08-01"),
    ("She was released on bail to appear in court on 5 August.", "2013-08-05"),
    # Appeared, not set to appear: the August before.
    ("He appeared before Taunton Crown Court on 19 August last year.", "2012-08-19"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_a_court_date_set_lies_ahead(text: str, value: str) -> None:
    days = [t.value for t in tag(text, _PUBLISHED) if len(t.value) == len("2013-08-19")]
    assert days == [value]
