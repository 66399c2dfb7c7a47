"""A crime named with its month or year ("the ambush slaying of … in June 2005") is cut out of a
sentence reporting a later act, which its time does not date. Real sentences of the
development articles."""

from __future__ import annotations

from datetime import date

from viewer.core.happenings import split_happenings
from viewer.core.model import Span
from viewer.core.temporal import tag


def test_the_slaying_is_cut_from_the_weighing() -> None:
    text = (
        "Judge Philip Hickok told a packed courtroom that he weighed all the aggravating factors "
        "and mitigating circumstances in the ambush slaying of Los Angeles County Sheriff's "
        'Deputy Jerry Ortiz in June 2005, and he concluded that the case "absolutely warrants '
        'death instead of life without parole."'
    )
    pieces = split_happenings(text, Span(0, len(text)), tag(text, date(2007, 2, 5)))
    sides = [text[p.span.start : p.span.end] for p in pieces if p.side]
    assert sides == [
        "in the ambush slaying of Los Angeles County Sheriff's Deputy Jerry Ortiz in June 2005"
    ]
