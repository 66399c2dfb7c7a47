"""A happening named by a noun with a time of its own, inside a sentence that reports another.

"A judge today found a former employee guilty of murder in a workplace rampage exactly two
years ago in Northeast Philadelphia that left two women dead" reports the verdict (today) and
the rampage (two years ago); "Police arrested two men on Friday after a shooting on Thursday"
the arrests and the shooting; "will hold a press conference this afternoon to address its
investigation into a double murder back in 1967" the press conference and the murders. The
phrase that names the earlier or later happening — a preposition, a noun of happening and its
time, up to the end of its clause — is cut out as a passage of its own, dated by its time. A
bare date phrase ("in 2010") is not a happening, nor a noun of what is not one ("a loss of $3
million a year ago" is a figure, "a 2003 murder case" a case). A phrase inside the main
clause, its verb still to come ("two officers involved in Saturday's shooting were
arrested"), is left in it.

Where the sentence names no other time, the noun's time is the occasion of the main happening
("referred to the resolution in a speech six weeks ago", "died after a shooting Saturday
afternoon"): nothing is cut. A "since" phrase is the exception, as a "since" clause is: what
has gone on since it is a summary, and the happening it names is dated by it ("has been under
quarantine since his Aug. 2 power-grab"). So is a phrase beside a main clause told in the
present, which holds now: "Amir is serving a life sentence | for the November 1995
assassination of Rabin", "Netanyahu says considerable gaps remain | before next week's
talks". So is a phrase in a passive relative clause at a year or a month: what the thing
described went through ("rocked a region that was devastated by the quake-triggered tsunami
of 2004"), cut from its relative word; and one that its own word says came before ("charges
that he was driving on probation for a prior DUI in June 2006").

The agent of the main clause's passive verb is the main happening, not one beside it:
"Indonesia's West Papua province was hit by a magnitude 6.1 earthquake today, … where five
people were killed … at the weekend" is not cut at "by".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.core.cue_words import runs_of
from viewer.core.holds import lowers_as_blind
from viewer.core.model import Precision
from viewer.core.sentence_tense import told_in_present
from viewer.core.temporal.timex import Timex
from viewer.core.word_patterns import alternation

# Nouns that name a happening: an act of violence or a disaster, a step of justice, a vote, a
# meeting, a deal, a contest won or lost. Not figures (loss, gain, profit), states or periods.
_NOUN_WORDS = """attack shooting rampage massacre bombing blast explosion murder killing slaying
assassination kidnapping abduction hijacking raid riot protest uprising coup invasion war
crash collision accident derailment quake earthquake tremor tsunami storm hurricane flood fire
eruption outbreak arrest trial hearing verdict conviction sentencing ruling election vote
referendum summit meeting talks speech visit resignation strike takeover acquisition merger
purchase sale launch debut fight bout victory defeat death power-grab dui violence unrest
clash"""
_NOUN = alternation((w, "") for w in _NOUN_WORDS.split())
# Prepositions that open a phrase naming a happening beside the sentence's main one.
_PREPOSITION = r"(?:in|into|during|since|after|following|amid|before|over|by|for)"
_DETERMINER = r"(?:(?:a|an|the|his|her|its|their|this|that|last|next)\s+)?"
# A word between a determiner and its noun ("a workplace rampage", "Friday's police shooting"):
# not a word of grammar, which would carry the phrase past its noun ("in February in an
# earthquake").
_MODIFIER = (
    r"(?!(?:in|on|at|of|for|to|a|an|the|and|or|by|with|from|was|were|is|are|has|had)\s)"
    r"[\w'’.&-]+\s+"
)
# What may follow a noun named after its time: punctuation, a preposition or a relative
# word, not another noun ("a 2003 murder case" is a case) or a verb ("Saturday's shooting were").
_NOUN_ENDS = (
    r"(?=\s*(?:[,;:.)—–_]|$)|\s+(?:in|at|of|on|near|outside|that|which|who|when|where|by|"
    r"against|over|with|and)\b)"
)
# The noun then its time: "in a workplace rampage exactly two years ago", "after a shooting
# on Thursday", "during the takeover of Britoil in 1988". Matched on the words before a date.
_NOUN_THEN_TIME_SPELT = (
    r"\b(" + _PREPOSITION + r")\s+" + _DETERMINER + r"(?:" + _MODIFIER + r"){0,3}?"
    r"(?:" + _NOUN + r")(?:e?s)?(?:\s+of\s+[^,;:()“\"]{1,40}?)?"
    r"\s+(?:(?:exactly|about|some|nearly|almost|just|back|in|on|at|of)\s+)*$"
)
_NOUN_THEN_TIME = re.compile(_NOUN_THEN_TIME_SPELT, re.IGNORECASE)
# The time then its noun: "since his Aug. 2 power-grab", "before next week's talks",
# "after Friday's vote". The words before the date, then the words after it.
_BEFORE_TIME_SPELT = r"\b(" + _PREPOSITION + r")\s+" + _DETERMINER + r"$"
_BEFORE_TIME = re.compile(_BEFORE_TIME_SPELT, re.IGNORECASE)
# The same, for the words lowercased where that finds the same (`lowers_as_blind`).
_NOUN_THEN_TIME_LOWERED = re.compile(_NOUN_THEN_TIME_SPELT)
_BEFORE_TIME_LOWERED = re.compile(_BEFORE_TIME_SPELT)
_TIME_THEN_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:" + _MODIFIER + r"){0,2}?(?:" + _NOUN + r")(?:e?s)?" + _NOUN_ENDS,
    re.IGNORECASE,
)
_REACH = 80  # how far before a date its noun phrase may start, or after it its noun end
# A full date told as a modifier, its year set off by commas as news copy writes it: "since the
# Sept. 11, 2001, attacks", "after the Aug. 7, 1998, bombings".
# After a determiner only: "After June 3, 2011, protests spread" opens its sentence on a time.
_YEAR_SET_OFF = re.compile(r"\d,\s*\d{4}$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|his|her|its|their|this|that)\s+$", re.IGNORECASE)
# The nouns and their plurals, as words: one of them must be near a date for it to be named.
NOUNS = frozenset(w + end for w in _NOUN_WORDS.split() for end in ("", "s", "es"))
_NOUN_RUNS = frozenset(run for noun in NOUNS for run in noun.split("-"))
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True, slots=True)
class NamedHappening:
    """A phrase naming a happening: where it starts (its preposition), where its noun and
    time end, and whether it opens with "since"."""

    start: int
    end: int
    since: bool


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?([a-z-]+)")


def names_happening_after(text: str, t: Timex) -> bool:
    """Whether a time told as a possessive is that of a noun of happening, one word between
    at most ("this week's violence", "next year's general election"; not "next year's
    budget")."""
    m = _POSSESSIVE_NOUN.match(text, t.end)
    return m is not None and (m[1] in NOUNS or text[m.start(1) : m.end()].split()[-1] in NOUNS)


def named_happening(text: str, floor: int, t: Timex) -> NamedHappening | None:
    """The phrase naming a happening that `t` is the time of, if any: its preposition starts
    no earlier than `floor` (the sentence's start, or the end of a clause cut before)."""
    low = max(floor, t.start - _REACH)
    near = text[low : t.end + _REACH].lower()
    # A noun is a run of letters, or runs joined by hyphens: with none of their runs near,
    # the words need not be found.
    if _NOUN_RUNS.isdisjoint(runs_of(near)) or NOUNS.isdisjoint(_WORD.findall(near)):
        return None  # no noun of happening near: most dates are spared the scans
    # The words before the date, with the character before them that `\b` reads: searched
    # lowercased where that finds the same (a case-blind search looks up the case of each
    # character it tries).
    base = max(0, low - 1)
    if lowers_as_blind(wide := text[base : t.start]):
        words, noun_then_time, before_time = (
            wide.lower(),
            _NOUN_THEN_TIME_LOWERED,
            _BEFORE_TIME_LOWERED,
        )
    else:
        words, noun_then_time, before_time, base = text, _NOUN_THEN_TIME, _BEFORE_TIME, 0
    before = noun_then_time.search(words, low - base, t.start - base)
    if before is not None:
        return NamedHappening(before.start() + base, t.end, before.group(1).lower() == "since")
    opener = before_time.search(words, low - base, t.start - base)
    if opener is None:
        return None
    comma = (
        text.startswith(",", t.end)
        and _YEAR_SET_OFF.search(t.text) is not None
        and _DETERMINER_BEFORE.search(text, max(0, t.start - 8), t.start) is not None
    )
    after = _TIME_THEN_NOUN.match(text, t.end + 1 if comma else t.end)
    if after is None:
        return None
    return NamedHappening(opener.start() + base, after.end(), opener.group(1).lower() == "since")


def named_happenings(
    text: str,
    start: int,
    dated: Sequence[Timex],
    clause_end: Callable[[int], int],
    other_time: Callable[[int, int], bool],
    runs_on: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The phrases of a sentence (from `start`) that name a happening at a time of their own,
    each up to the end of its clause: `clause_end(at)` is where the clause going on at `at`
    ends, `other_time(start, end)` whether the sentence outside start-end names another
    time, `runs_on(start, end)` whether the main clause goes on in start-end (a verb comes
    before any relative word): then the phrase sits inside the main clause and is not cut
    ("two officers involved in Saturday's shooting were arrested")."""
    found: list[tuple[int, int]] = []
    floor = start
    for t in dated:
        if t.start < floor:
            continue
        named = named_happening(text, floor, t)
        if named is None:
            continue
        end = clause_end(named.end)
        if runs_on(named.end, end):
            continue
        if (
            named.since
            or other_time(named.start, end)
            or _EARLIER.search(text, named.start, t.start)
            or told_in_present(text[start : named.start])
        ):
            found.append((named.start, end))
            floor = end
        elif (described := _described(text, floor, named.start, t)) is not None:
            found.append((described, end))
            floor = end
    return found


# "charges that he was driving on probation for a prior DUI in June 2006": the noun's own word
# says it came before the main happening.
_EARLIER = re.compile(r"\b(?:prior|previous)\s", re.IGNORECASE)
# "a region that was devastated by the quake-triggered tsunami of 2004": a passive relative
# clause, its verb right before the phrase's preposition.
_RELATIVE_PASSIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:was|were|(?:had|has|have)\s+been)\s+[a-z]+\s+$", re.IGNORECASE
)
_YEAR_OR_MONTH = frozenset({Precision.YEAR, Precision.MONTH})


def _described(text: str, floor: int, start: int, t: Timex) -> int | None:
    """Where a phrase naming a happening starts when it tells what a thing went through, in
    a passive relative clause, at a year or a month named in full ("a region that was
    devastated by the quake-triggered tsunami of 2004"): a past of the thing described, not
    the occasion of the main happening, though the sentence names no other time. The clause
    starts at its relative word. A day is left to the main happening ("the coastal city which
    was hit by the quakes early on Sunday")."""
    if t.relative or t.precision not in _YEAR_OR_MONTH:
        return None
    relative = _RELATIVE_PASSIVE.search(text, max(floor, start - 40), start)
    return relative.start() if relative is not None else None


# A passive verb just before "by", with no relative word before it in the sentence: the
# main clause's ("Indonesia's West Papua province was hit | by a magnitude 6.1 earthquake
# today"), whose agent is the main happening, not one beside it.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+\s+$")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|that|where|whose)\b", re.IGNORECASE)


def agent_of_main(text: str, sentence_start: int, start: int) -> bool:
    """Whether a phrase naming a happening, from `start`, is the agent of its sentence's main
    passive verb: "was hit by a magnitude 6.1 earthquake today"."""
    if not text.startswith("by ", start):
        return False
    before = text[sentence_start:start]
    return bool(_PASSIVE_BEFORE.search(before)) and not _RELATIVE_WORD.search(before)
