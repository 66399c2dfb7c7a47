"""A crime named with its month or year, inside a sentence that reports a later act: "Judge
Philip Hickok told a packed courtroom that he weighed all the aggravating factors and
mitigating circumstances in the ambush slaying of Los Angeles County Sheriff's Deputy Jerry
Ortiz in June 2005".

A time after a noun of crime and its victim ("the ambush slaying of … in June 2005") is the
crime's: a court's weighing, a verdict, an arrest told around it is not at that time, though
the sentence names no other (happening_nouns.py cuts the phrase out, and the act is dated as
what is told with no time of its own). A day is left to the sentence's happening ("died after a
shooting Saturday afternoon"), and so is a noun of an occasion ("in a speech six weeks ago").
"""

from __future__ import annotations

import re

from viewer.core.model import Precision
from viewer.core.temporal.timex import Timex

_CRIMES = re.compile(
    r"\b(?:slaying|murder|killing|shooting|stabbing|rampage|massacre|bombing|assassination|"
    r"kidnapping|abduction|rape|assault)s?\b",
    re.IGNORECASE,
)
_YEAR_OR_MONTH = frozenset({Precision.YEAR, Precision.MONTH})
_FULL_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def past_crime(text: str, start: int, t: Timex) -> bool:
    """Whether the phrase naming a happening from `start` to its time `t` names a crime, at a
    month or a year told with its year ("in June 2005", "in 2004")."""
    if t.precision not in _YEAR_OR_MONTH or _FULL_YEAR.search(t.text) is None:
        return False
    return _CRIMES.search(text, start, t.start) is not None
