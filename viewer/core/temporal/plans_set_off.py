"""A plan's time set off after its noun: "The match, originally scheduled for Saturday, was
postponed", "The flight, due to leave at 9 a.m. on Sunday, was cancelled", "The report, due
out on Monday, was leaked". What the main clause tells in the past was done to the plan, not
on the plan's day, ahead or gone: that time dates no main clause (governing_timex.py reads it
as a side phrase)."""

from __future__ import annotations

import re

from viewer.core.cue_words import words_of
from viewer.core.past_tense import present_perfect
from viewer.core.sentence_tense import told_in_past

# How a plan is told as set before it changed: "originally scheduled", "previously set".
BEFOREHAND = r"(?:originally|initially|first|previously|once|already)"
_SCHEDULED = re.compile(
    r",\s+(?:" + BEFOREHAND + r"\s+)?"
    r"(?:scheduled|set|slated|planned|due|timed)\s+"
    r"(?:to\s+[a-z]+\s+(?:[^,;()“”\"]{0,30}?\s+)?|(?:out|back)\s+)?"  # "due back in court"
    r"(?:for|on|in|at)\s+[^,;()“”\"]{1,40},"
)


def plans_set_off(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the plans' times set off after a noun in text[start:end] whose main clause
    is told in the past or the present perfect ("The launch, planned for January, has been
    delayed until the summer"; not "The summit, scheduled for Thursday, will focus on
    energy")."""
    return [
        (m.start(), m.end())
        for m in _SCHEDULED.finditer(text, start, end)
        if _done(text[start : m.start()] + " " + text[m.end() : end])
    ]


def _done(clause: str) -> bool:
    """Whether a main clause tells what was done: in the past or the present perfect."""
    return told_in_past(clause) or present_perfect(words_of(clause.lower()))
