"""Background told with a date: a state, a record or a biography, not a happening reported.

News dates its background as readily as its news: "The plant, built in 1970, …", "the most
since 1990", "in his 12 years as mayor". Such a time is the time of a description, not of
something the story reports (section 1 of docs/events.md: descriptions, standing facts and
running totals are no events). Two kinds of cue tell it:

- a clause that is background as a whole: a state held at a time ("was in office in 2004"),
  hearsay of what once was ("is said to have once owned"), an age reached, a tenure;
- a phrase that holds the time of a description (how old a thing is, a record, a tally, a
  comparison with another time).

Either is background only when no other time is left in the passage once it is taken out
("Sales rose in May, the most since 1990" tells May's rise; "The mill, built in 1921, closed
on Friday" tells Friday's closing).
"""

from __future__ import annotations

import re

# How much a passage dated only by its background loses: more than its date gave it, so that
# an action told in the past with a source (0.25 + 0.25 + 0.2 + 0.2 + 0.1), or a relative
# clause cut out of its sentence for its time ("…, who turned 68 on Saturday": 0.15 for the
# cut instead of 0.1 for a source), falls below 0.5.
BACKGROUND_DOUBT = 0.6

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
)
_YEAR = r"(?:1[6-9]|20)\d\d\b"
# A time a passage may name: a year or a decade, a month, a day of the week, a holiday, a
# quarter, one counted from the story's.
_TIME = re.compile(
    rf"\b(?:{_YEAR}|{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|"
    r"tonight|overnight|weekend|ago\b|(?:last|next|this|earlier this|later this) (?:week|month|"
    r"year|season|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|"
    r"(?:1[6-9]|20)\d0s\b|(?:early|mid|late)-[a-z]+|century|christmas|easter|thanksgiving|"
    r"(?:first|second|third|fourth) quarter|\d{1,2}(?::\d\d)? ?[ap]\.?m\b)"
)

# A clause that is background as a whole.
_CLAUSE = re.compile(
    "|".join(
        [
            # A state at a time: in office, a member, in hospital.
            r"\b(?:was|were) (?:still )?(?:in office|in power|a member|members|on the board|"
            r"in (?:intensive care|critical condition|hospital|custody|jail|prison))\b",
            # Hearsay of what once was: "is said to have once owned", "reportedly once".
            # (Not hearsay of an action: "is believed to have entered the school at 9 a.m.")
            r"\b(?:is|are|was|were) (?:said|reported|believed|thought|rumou?red) to have "
            r"(?:once|been|had|owned|lived|worked)\b",
            r"\breportedly (?:(?:was|were|had) )?once\b",
            # An age reached: "celebrated her 90th birthday".
            rf"\bcelebrated (?:his|her|its|their) {_ORDINAL} birthday\b",
            # A tenure: "has served since 2009", "in his 12 years as".
            r"\bha(?:s|ve|d) (?:served|worked|lived|taught|played|coached|held|presided|"
            r"been \w+ing)\b[^.;]*\bsince\b",
            r"\bin (?:his|her|their|its) (?:\w+ )?(?:\w+|\d+) (?:years|seasons|decades|terms) "
            r"(?:as|at|with|in)\b",
        ]
    )
)

# A phrase holding the time of a description; the rest of its clause goes with it.
_PHRASE = re.compile(
    "|".join(
        [
            # How old a thing is, as a description: ", built in 1970", "which was founded in".
            r"(?:, |\b(?:which|that|who) (?:was|were) )(?:first |originally )?(?:built|founded|"
            r"established|opened|constructed|erected|formed|incorporated|completed) "
            r"(?:in|around|about|circa)\b",
            # A record: "the most since 1990", "a record set in 2003".
            r"\bthe (?:most|fewest|least|highest|lowest|largest|biggest|worst|best|longest|"
            r"shortest|strongest|deadliest) (?:\w+ ){0,3}?since\b",
            r"\ba record (?:set|established) (?:in|on|by)\b",
            # A tally since a time: "the third since 2010".
            rf"\b{_ORDINAL} (?:\w+ ){{0,3}}?since\b",
            # A comparison with another time: "greater than the one he faced a decade ago".
            # (A comparative of a quality, not of a count or a time: "more than a year ago",
            # "no later than May".)
            r"(?<=[a-z]{3}er)(?<!\bmore)(?<!\bfewer)(?<!\bother)(?<!\brather)(?<!\bearlier)"
            r"(?<!\blater)(?<!\bsooner)(?<!\blonger)(?<!\bover)(?<!\bunder) than "
            r"(?:the one|those|that|it|they|he|she|in|at|during|a|an|the)\b",
        ]
    )
)
# Pieces of text without one of which a pattern above cannot match: a look for them spares
# most passages the patterns' scan.
_CLAUSE_PIECES = (
    *("was ", "were ", "to have", "reportedly", "celebrated"),
    *("since", "years", "seasons", "decades", "terms"),
)
_PHRASE_PIECES = (
    *("built", "founded", "established", "opened", "constructed", "erected", "formed"),
    *("incorporated", "completed", "since", "record", " than "),
)
# Where a phrase's clause ends.
_CLAUSE_END = re.compile(r"[,;.()—–]|\s-\s")


def names_time(low: str) -> bool:
    """Whether a lowercased text names a time: a year, a month, a weekday, a day counted."""
    return _TIME.search(low) is not None


def background_doubt(outside: str) -> float:
    """How much a dated passage (lowercased, on one line, its quotations blanked) loses for
    being background: a state, a record or a biography told with its time."""
    rest = outside
    if any(piece in rest for piece in _CLAUSE_PIECES):
        while (found := _CLAUSE.search(rest)) is not None:  # the whole clause that holds it
            rest = _cut(rest, _clause_start(rest, found.start()), found.end())
    if any(piece in rest for piece in _PHRASE_PIECES):
        while (found := _PHRASE.search(rest)) is not None:  # the phrase to its clause's end
            rest = _cut(rest, found.start(), found.end())
    if rest != outside and not names_time(rest):
        return BACKGROUND_DOUBT  # the passage's only times were the background's
    return 0.0


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding text[at] begins: after the last clause end before it."""
    ends = [found.end() for found in _CLAUSE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _cut(text: str, start: int, after: int) -> str:
    """The text without text[start:] up to the end of the clause going on after `after`."""
    end = _CLAUSE_END.search(text, after)
    return text[:start] + " " + text[end.start() if end else len(text) :]
