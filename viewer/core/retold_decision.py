"""A decision about someone told again further down its article: one event.

News reports a court's decision in its headline and lede, and tells it again further down
with its details, by the same verb and of the same person: "Polygamist leader Warren Jeffs
was sentenced Tuesday to life in prison…", then "The jury sentenced Jeffs to life in prison
for aggravated sexual assault…"; "Jury finds Andrew Lopez guilty in murder of Zurana Horton",
then "Andrew Lopez was found guilty of second-degree murder…"; "Yvonne Hiller Charged With
Two Counts Of Murder", then "Hiller was charged with two counts of murder…" (docs/events.md,
section 3: two passages about one happening are one event). How long the jury deliberated
is how the sentence or verdict before it came about: "Jurors came back with the sentence after
30 minutes of deliberations Tuesday", "They had deliberated on a verdict for more than three
hours". So is one told again by the same court and verb, of someone the earlier telling
named only by what they are: "A Philadelphia judge today found a former Kraft Foods company
employee guilty of murder", then "Common Pleas Court judge Benjamin Lerner found Hiller guilty
…".

Kept apart: another decision of the kind told as a step of its own ("has also been charged",
"was later sentenced"), one told as before ("had been charged"), a plea ("pleaded guilty")
or an acquittal ("not guilty"), one about someone else (no name shared), or at a date more
than a day apart. A decision told only to say who someone is ("the trial of Warren Jeffs, who
is charged with…") or as the ground of the sentence's own act ("In finding Simpson guilty the
jury recommended…") is not what its sentence tells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from viewer.core.detail_cues import names
from viewer.core.holds import holds_any
from viewer.core.lowered import lowered
from viewer.core.merge_groups import DAY_APART
from viewer.core.model import DateValue, Event, Precision
from viewer.core.same_happening import next_step
from viewer.core.statement_cues import is_statement
from viewer.core.word_patterns import WordSearch, first_letters

# The decisions, each by the words that tell it as done: a sentence, a verdict, a charge.
_DECISION = re.compile(
    r"\b(?:(?P<sentence>sentenced)|(?P<verdict>convicted|guilty)"
    r"|(?P<charge>charged\s+with|indicted))\b",
    re.IGNORECASE,
)
_CUES = ("sentenced", "guilty", "convicted", "charged", "indicted")
# Told otherwise than as the decision: a plea, an acquittal, an earlier step.
_OTHERWISE = WordSearch(  # spelt by first letters, asked case-blind: word_patterns.py
    "(?:"
    + first_letters(
        r"plead\w* pled not\s+guilty had\s+(?:been\s+)? after\s+being before\s+being".split()
    )
    + r")\b",
    blind=True,
)
# Told of someone as who they are, in a clause about them: "Warren Jeffs, who is charged with…".
_WHO_IS = re.compile(r"\bwho\s+(?:is|are|was|were)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
# Told as the ground of the sentence's own act, in a phrase opening it: "In finding Christopher
# Simpson guilty the jury recommended…", "After convicting him, the judge ordered…".
_GROUND = re.compile(
    r"(?:in|after|upon|on|by)\s+(?:finding|convicting|sentencing|charging|indicting)\b",
    re.IGNORECASE,
)
# How long a jury deliberated, told of the decision it reached: "deliberated almost seven hours",
# "after 30 minutes of deliberations", "deliberated on a verdict for more than three hours".
_DELIBERATED = re.compile(
    r"\bdeliberat\w*\b[^.;]{0,40}?\b(?:\d+|\w+)\s+(?:minutes|hours)\b"
    r"|\b(?:\d+|\w+)\s+(?:minutes|hours)\s+of\s+deliberations?\b",
    re.IGNORECASE,
)
# The decisions a jury deliberates over.
_REACHED = ("sentence", "verdict")
# How far before a decision's words the clause that tells who someone is may open.
_WHO_REACH = 30
_SLACK = timedelta(days=DAY_APART)


def decision(text: str) -> str | None:
    """The kind of decision a passage tells as done ("sentence", "verdict", "charge"), or
    None. Most passages name none: a substring test spares them the patterns."""
    lower = lowered(text)
    if not holds_any(lower, _CUES):
        return None
    if _OTHERWISE.found(text) or _GROUND.match(text):
        return None
    for m in _DECISION.finditer(text):
        if _WHO_IS.search(text, max(0, m.start() - _WHO_REACH), m.start()) is None:
            return m.lastgroup
    return None


def _close(a: DateValue, b: DateValue) -> bool:
    """Whether two days are a day apart at most (a decision is of a day: a year or a month
    can hold two)."""
    if a.precision is not Precision.DAY or b.precision is not Precision.DAY:
        return False
    return a.first <= b.last + _SLACK and b.first <= a.last + _SLACK


# The court that decided, as the subject of its decision's verb, and that verb: "A
# Philadelphia judge today found …", "Common Pleas Court judge Benjamin Lerner found …".
_DECIDER = r"\b(?:judge|jury)\b[^.;,]{0,40}?\s(?P<verb>found|convicted|sentenced)\s"
_BY_DECIDER = re.compile(_DECIDER, re.IGNORECASE)
# The same, of someone told only by what they are: "found a former Kraft Foods company
# employee guilty" (the name comes further down).
_BY_DECIDER_OF_SOMEONE = re.compile(_DECIDER + r"(?:a|an)\s", re.IGNORECASE)


def _same_decider(event: Event, later: Event) -> bool:
    """Whether a passage tells, by the same court and verb, the decision an earlier telling
    made of someone it named only by what they are: "Common Pleas Court judge Benjamin
    Lerner found Hiller guilty …" after "A Philadelphia judge today found a former Kraft
    Foods company employee guilty of murder"."""
    before = _BY_DECIDER_OF_SOMEONE.search(event.primary.text)
    if before is None:
        return False
    again = _BY_DECIDER.search(later.primary.text)
    return again is not None and again["verb"].lower() == before["verb"].lower()


def _told_before(kept: Sequence[Event], later: Event, kind: str) -> Event | None:
    """The nearest event before that tells the decision `later` tells again: of the same
    kind in its own passage (not only in a headline joined to it), naming someone it names
    (in any of its passages), at a day a day apart at most."""
    who = names(later.primary.text)
    if not who:
        return None
    for event in reversed(kept):
        if not _close(event.date, later.date):
            continue
        if decision(event.primary.text) != kind:
            continue
        if who & names(event.passages_text()) or _same_decider(event, later):
            return event
    return None


def _deliberated(text: str) -> bool:
    """Whether a passage tells how long a jury deliberated: "Jurors came back with the
    sentence after 30 minutes of deliberations Tuesday", "They had deliberated on a verdict
    for more than three hours"."""
    return "deliberat" in lowered(text) and _DELIBERATED.search(text) is not None


def _reached(kept: Sequence[Event], later: Event) -> Event | None:
    """The nearest sentence or verdict before a deliberation told, a day apart at most."""
    for event in reversed(kept):
        if _close(event.date, later.date) and decision(event.primary.text) in _REACHED:
            return event
    return None


def join_retold_decisions(events: Sequence[Event]) -> list[Event]:
    """Each decision told again joined to its earlier telling, whose date it keeps; so is how
    long the jury deliberated over it."""
    kept: list[Event] = []
    for event in events:
        text = event.primary.text
        kind = decision(text)
        if (kind is None and not _deliberated(text)) or next_step(text) or is_statement(text):
            kept.append(event)
            continue
        earlier = _told_before(kept, event, kind) if kind else _reached(kept, event)
        if earlier is None:
            kept.append(event)
            continue
        for k, passage in enumerate(event.passages):
            earlier.add_passage(passage, event.dating_of(k))
        earlier.event_confidence = max(earlier.event_confidence, event.event_confidence)
    return kept
