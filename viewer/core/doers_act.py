"""A happening told again by its doers, named by what they did: one event.

News names its happening in the headline and the lede by its kind, a robbery, a shooting, a
bombing, and tells it again further down by its doers doing it, with its time or its details:
"A smash-and-grab on a high end Paris store saw four robbers make off with jewelry …", then
"At around 4:30 a.m. local time the thieves rammed an SUV into the front of the store";
"Ram-raiders ploughed their vehicle into a jewellery boutique … in a dramatic dawn robbery",
then "Four men rammed their car into an upmarket jewellery store in central Paris on Monday";
"Two people were killed in a shooting at a warehouse on Friday", then "The gunman opened fire
in the loading bay". The doers are the kind's ("the thieves", "the robbers", "the gunman", "the
bombers"; for a robbery, a count of men too), their verb one of the kind's own acts ("rammed",
"smashed", "made off"; "opened fire"; "detonated"), told in the past (docs/events.md, section
3: two passages about one happening are one event).

Told again so: of the day of the nearest earlier event naming a happening of that kind, by its
noun ("robbery", "heist", "raid", "shooting": happening_families.py) or by its doers ("four
robbers", "Ram-raiders").

Kept apart: another one of the kind ("another robbery"), another day, an earlier event telling
the pursuit of the crime, not the crime ("Two men were arrested over the robbery"), a doer
doing something else than the kind's act ("The robbers were jailed", "The gunman shot himself",
"The thieves fled"), a step told as one ("then", "later": `join_retold_acts` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.happening_families import KIND_OF
from viewer.core.model import Event
from viewer.core.retold_crime import pursuit

_COUNT = r"(?:two|three|four|five|six|\d+)"
# Each kind of happening told by its doers: the family word naming it, the doers (a count or
# a definite word, up to two words between: "the masked thieves", "four armed men"), and the
# kind's acts in the past. A doer's noun names the kind too ("four robbers make off").
_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "robbery",
        r"(?:ram-)?raiders|robbers|thieves|burglars|crooks|bandits|gang|(?<=\s)men",
        r"rammed|smashed|stormed|broke\s+into|burst\s+into|drove\s+(?:a|an|their)\b|"
        r"ploughed|plowed|made\s+off|grabbed|stole|snatched|looted|scooped|reversed",
    ),
    (
        "shooting",
        r"gunman|gunmen|shooter|sniper",
        r"opened\s+fire|fired|sprayed",
    ),
    (
        "bombing",
        r"bombers?|attackers?",
        r"detonated|blew\s+up|set\s+off",
    ),
)
_DOERS = tuple(
    (
        KIND_OF[kind],
        re.compile(
            rf"\b(?:the|{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?:{doers})\s+(?:\w+ly\s+)?"
            rf"(?:{acts})\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{doers})\b", re.IGNORECASE),
    )
    for kind, doers, acts in _KINDS
)
# The kind's words: "robbery", "heist", "raid"… (happening_families.py).
_FAMILY_WORD = re.compile(r"[a-z]+")
# Another one of a kind, named: "another dramatic robbery", "the second shooting".
_ANOTHER = re.compile(
    r"\b(?:another|second|other|earlier|previous)\s+(?:[\w-]+\s+)?[\w-]+", re.IGNORECASE
)
# A clause of another act holding the doers' ("the same building from where the gunman opened
# fire"): the sentence tells something else.
_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose|when|that|as|while)\b", re.IGNORECASE)
# The acts' first words, asked before any pattern is run.
_CUES = (
    "ram",
    "smash",
    "storm",
    "broke",
    "burst",
    "drove",
    "plo",
    "made",
    "grab",
    "stole",
    "snatch",
    "loot",
    "scoop",
    "revers",
    "fire",
    "spray",
    "detonat",
    "blew",
    "set off",
)


def _kind_told(text: str) -> int | None:
    """The kind of a happening a passage tells by its doers doing it, or None."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return None  # most sentences: no pattern need be run
    for kind, acted, _ in _DOERS:
        m = acted.search(text)
        if m is not None and _CLAUSE.search(text, 0, m.start()) is None:
            return kind
    return None


def _names_kind(text: str, kind: int) -> bool:
    """Whether a passage names a happening of a kind, not another one of it: by its noun
    ("a dramatic dawn robbery") or by its doers ("four robbers")."""
    own = _ANOTHER.sub(" ", text)  # "another robbery" names another one
    if any(KIND_OF.get(word) == kind for word in _FAMILY_WORD.findall(own.lower())):
        return True
    doers = next(named for k, _, named in _DOERS if k == kind)
    return doers.search(own) is not None


def doers_act(kept: Sequence[Event], later: Event) -> Event | None:
    """The nearest earlier event of its day naming the happening a passage tells by its doers
    doing it ("the thieves rammed an SUV into the front of the store" after "a smash-and-grab
    … saw four robbers make off with jewelry"), not the crime's pursuit."""
    kind = _kind_told(later.primary.text)
    if kind is None:
        return None
    for event in reversed(kept):
        if not event.date.overlaps(later.date):
            continue
        text = event.primary.text
        if _names_kind(text, kind) and not pursuit(text):
            return event
    return None
