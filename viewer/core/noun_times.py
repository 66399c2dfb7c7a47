"""A calendar time told as a noun's modifier, in a clause not told in the past.

"That 1978 resolution calls for Israel's unconditional withdrawal", "Army of god letters
claim responsibility for …, a 1997 attack on a gay lounge", "Amir is serving a life sentence
for the November 1995 assassination of Rabin": the year or the day between a determiner and
its noun says when the thing named was made or happened, not when the clause's happening is.
A clause told in the present (or the perfect, or ahead) holds now: such a time does not date
it. In the simple past it may ("In the 1988 period, the company earned $20.6 million"): the
noun's time is then often the occasion of the verb, and it is left to govern.

A vehicle's model year ("was driving a 2008 GMC Sierra") is no time at all: it is part of a
name (temporal/year_in_name.py).

A period named by an ordinal ("a third-quarter loss", "the fourth quarter") is not one of
these: it is the period a results story is about (report_period.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.happening_nouns import NOUNS
from viewer.core.sentence_tense import told_in_past
from viewer.core.temporal.compared_times import POSSESSIVE
from viewer.core.temporal.timex import Timex

# A determiner right before the time: "that 1978 resolution", "his Aug. 2 power-grab".
_DETERMINER = re.compile(
    r"\b(?:the|a|an|that|this|these|those|its|his|her|their|our|my|your)\s+$", re.IGNORECASE
)
# A year or a day of a month, not a period counted or named by an ordinal.
_CALENDAR = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|nineteen\s+[a-z-]+|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
    r"|nov|dec)[a-z.]*\b",
    re.IGNORECASE,
)
# The noun it modifies: a word in lower case that is not one of grammar (after a comma for a
# full date: "an Aug. 10, 1988, stock purchase agreement"), maybe after a name or two ("a 1929
# Hopper painting", "the 1995 Dayton peace accords").
_NOUN_AFTER = re.compile(
    r",?\s+(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?!(?:and|or|but|in|on|at|of|for|to|from|by|with|as|than|when|while|that|which|who"
    r"|was|were|is|are|has|had|have|will|would|the|a|an)\b)([a-z][a-z-]+)\b"
)

# A period's noun makes the time the period itself: "for the 2009 season", "the 1988 period".
_PERIODS = frozenset(
    """season seasons period periods quarter half year years fiscal term session sessions
    month months week weeks summer spring autumn fall winter""".split()
)


def modifies_a_noun(text: str, t: Timex) -> bool:
    """Whether a calendar time stands between a determiner and the noun it modifies."""
    if not _CALENDAR.match(t.text):
        return False
    if _DETERMINER.search(text, max(0, t.start - 8), t.start) is None:
        return False
    noun = _NOUN_AFTER.match(text, t.end)
    if noun is None:
        return False
    word = noun.group(1).lower()
    return word not in NOUNS and word not in _PERIODS


def not_of_the_clause(text: str, start: int, end: int, timexes: Sequence[Timex]) -> list[Timex]:
    """The timexes of text[start:end] less the calendar times modifying a noun, when the
    clause is not told in the simple past, or names a time of its own besides them ("A 1929
    Hopper painting sold for $61.5 million on Tuesday night": Tuesday night is the sale's)."""
    nouns = [t for t in timexes if modifies_a_noun(text, t)]
    if not nouns:
        return list(timexes)
    others = [t for t in timexes if t not in nouns]
    if told_in_past(text[start:end]) and not any(
        start <= t.start < end and _finer(text, t, nouns) for t in others
    ):
        return list(timexes)
    return others


def _finer(text: str, t: Timex, nouns: Sequence[Timex]) -> bool:
    """Whether a time is a calendar time of its own, finer than every noun's ("on Tuesday
    night" beside "a 1929 painting"), not counted from another ("the previous year's")."""
    if not t.dated() or "anaphoric" in t.flags or POSSESSIVE.match(text, t.end):
        return False
    assert t.first is not None and t.last is not None
    length = t.last - t.first
    return all(n.first is None or n.last is None or length < n.last - n.first for n in nouns)
