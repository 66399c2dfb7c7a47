"""Times told inside a relative clause set off by commas: the time of the noun it describes,
not of the sentence's main act.

"The mayor, whose term ends in May, fired the police chief", "The museum, which reopens on
Sunday, sold the painting", "Police questioned the driver, whose licence expires in July, about the
crash": the main act happened when the story tells it, and the clause's time is about the
mayor's term, the company, the licence. Only a clause that tells what holds of its noun now or
what is fixed ahead for it is read so: one told in the past may be the main act's occasion ("had
10 rebounds for Drake, which reached the final by beating Bradley on Thursday night"), and one
telling a plan is a happening of its own. A clause that is the happening the sentence tells, its
main clause a state ("Smith, who was arrested on Friday, is a former lawyer"), keeps its time.
A clause told in the past at a time of its own with an act beside it is cut out as a happening
of its own before this is asked (happenings.py); this is what is left in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.cue_words import outside_quotations, words_of
from viewer.core.lowered import lowered
from viewer.core.main_clause import tells_now
from viewer.core.plan_cues import planned
from viewer.core.sentence_tense import told_without_past
from viewer.core.temporal.timex import Timex

# A relative clause opened after a comma, the noun it describes right before the comma.
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where)\s", re.IGNORECASE)
# Where it ends: a comma, a semicolon, a colon or a dash (or the sentence's end).
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")


def relative_clauses(
    text: str, start: int, end: int, candidates: Sequence[Timex]
) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in text[start:end] that hold a time, as spans,
    when what the sentence tells outside them is an act, not a state told in the present."""
    spans = []
    for m in _RELATIVE.finditer(text, start, end):
        stop = _clause_end(text, m.end(), end, candidates)
        held = any(m.end() <= t.start and t.end <= stop for t in candidates)
        if held and _describes(text[m.end() : stop]):
            spans.append((m.start() + 1, stop))
    if not spans:
        return []
    rest = text[start : spans[0][0]]
    for (_, stop), following in zip(spans, [*(s[0] for s in spans[1:]), end], strict=True):
        rest += " " + text[stop:following].lstrip(",")
    low = outside_quotations(lowered(rest))
    words = words_of(low)
    if len(words) < 2 or tells_now(words, low):
        return []  # "Smith, who was arrested on Friday, is a former lawyer": the clause is it
    return spans


def _describes(clause: str) -> bool:
    """Whether a relative clause tells what holds of its noun, in the present or the perfect,
    or what is fixed ahead for it ("whose term ends in May"): not a past happening of its own
    ("whose sales hit $600 million in 1985", "which had defeated Bradley on Thursday"), which
    may be the occasion of the main act, nor a plan made public ("which plans to introduce
    workstations early next year")."""
    if not told_without_past(clause):
        return False
    low = lowered(clause)
    return not planned(words_of(low), low)


def _clause_end(text: str, at: int, end: int, candidates: Sequence[Timex]) -> int:
    """Where a clause from `at` ends: at its first mark outside a time ("on March 4, 1950,"
    runs on past the comma of its date), or at `end`."""
    while True:
        stop = _CLAUSE_END.search(text, at, end)
        if stop is None:
            return end
        inside = [t for t in candidates if t.start < stop.start() < t.end]
        if not inside:
            return stop.start()
        at = max(t.end for t in inside)
