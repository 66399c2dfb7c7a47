"""Where a time of the past sits in its sentence, which tells whether it opens a flashback
(narrative_time.py): opening the sentence ("In 2005, Gomes was convicted"), or closing one told
in the past ("… a DUI stop in 2006."), not a relative clause's ("… the penalty that Luxembourg
imposed on Amazon in 2021.")."""

from __future__ import annotations

import re
from datetime import date

from viewer.core.cue_words import SAYING_NOW, outside_quotations
from viewer.core.lowered import lowered
from viewer.core.model import DateValue, Precision
from viewer.core.past_tense import past_form
from viewer.core.sentence_tense import told_in_past

# What may come before a time that opens a sentence: "During the", "In", "Back in", "But in".
_OPENER = re.compile(r"(?:(?:during|in|early|late|back|the|of|then|and|but)\s+)*")


def opens_sentence(shown: str, words: str) -> bool:
    """Whether a time expression (`words`) opens a sentence: "In 2005, Gomes was convicted"."""
    at = shown.lower().find(words.lower())
    if at < 0 or shown[at + len(words) : at + len(words) + 1] in ("'", "’"):
        return False  # "Last year's results were hurt by …": a period compared, not a time told
    return _OPENER.fullmatch(shown[:at].lower()) is not None


def closes_past_sentence(shown: str, words: str, value: DateValue, today: date | None) -> bool:
    """Whether a year of the past closes a sentence told in the past: "The Chargers were
    involved in one of the most publicized instances of a DUI stop in 2006."; not one closing
    a relative clause, the time of its noun ("… overtakes the €746 million penalty that
    Luxembourg imposed on Amazon in 2021.")."""
    if today is None or value.last.year >= today.year or value.precision is not Precision.YEAR:
        return False
    tail = shown.rstrip(" .\"”'’")
    return tail.endswith(words) and told_in_past(shown) and not _in_relative(tail)


# A relative clause's opening: "which", "who", or "that" after a noun ("the penalty that").
_RELATIVE_OPENING = re.compile(r"\b(?:which|who|whom|whose)\b|\b([a-z]+)\s+that\b")
# Words before "that" that make it a conjunction: "so that", "now that", "such that".
_BEFORE_CONJUNCTION = frozenset({"so", "now", "such"})


def _in_relative(text: str) -> bool:
    """Whether a relative clause opens in `text` (outside quotation marks): "that" after a
    verb ("said that", "found that") opens what is reported, not a relative clause."""
    for m in _RELATIVE_OPENING.finditer(outside_quotations(lowered(text))):
        before = m.group(1)
        if before is None:
            return True
        if before not in _BEFORE_CONJUNCTION and not past_form(before) and before not in SAYING_NOW:
            return True
    return False
