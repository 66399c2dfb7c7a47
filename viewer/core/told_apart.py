"""A telling of someone told with no time of its own, cut from what it tells at a time of its own.

"Hiller told detectives that he bought the gun in September" reports two happenings at two
times: the telling, an act of the story's narrative (of its time, the day its story is at, or
the publication's), and the buying (September). A sentence whose report has a time of its own
is cut by `happenings` ("He testified Tuesday | that …"); this one names only the reported
clause's time. Only a verb of telling someone something as an act is cut so: told or informed
someone who is not the press, admitted, testified, confessed. A plain "said" is a speech tag
("The minister said that exports fell in September" is the fall), and so is a telling of the
press ("told reporters", "told Reuters", "told The Associated Press"): its hearer is the news
itself. What is told must be told in the past at its own time, not a plan, a forecast or a
perfect of now ("told reporters he will run in 2016", "has lived there since 1990").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.headline_parts import ROLES
from viewer.core.model import Span
from viewer.core.reported_times import past_at_own_time
from viewer.core.speaker_name import OUTLETS
from viewer.core.temporal.governing_timex import governing
from viewer.core.temporal.timex import Timex

# The verbs of telling as an act: those that name a hearer after them, and those that do not.
_TELLS_SOMEONE = ("told", "informed")
_TELLS = ("admitted", "testified", "confessed")
_VERBS_OF_TELLING = (*_TELLS_SOMEONE, *_TELLS)
# The verb of telling and, after "told" or "informed", its hearer: a few lowercase words after
# an optional determiner ("detectives", "the court", "a grand jury", "his family").
_TELLING = re.compile(
    rf"\b(?:(?P<to>{'|'.join(_TELLS_SOMEONE)})\s+"
    r"(?:(?P<hearer>(?:(?:the|a|an|his|her|their|its|our)\s+)?"
    r"(?:(?!that\b)[a-z][a-z'’-]*\s+){0,3}?(?!that\b)[a-z][a-z'’-]*)"
    # Or a name of two to four capitalised words: a person's or an outlet's (`_person`).
    r"|(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}))"
    rf"|{'|'.join(_TELLS)})"
    r"\s+(?:(?P<that>that)\s+|(?=(?:he|she|they|we|i)\s+[a-z]+\b))"
)
# Hearers who are the news itself, its writer or its reader: the telling is a speech tag. And
# words no hearer holds, a time or a place after the verb ("told me after that game in 1999").
_NO_HEARER = frozenset(
    """reporters reporter journalists journalist newsmen press media newspaper paper
    magazine station network interviewer interviewers conference briefing interview
    broadcaster radio television me us you
    after before in on at during about of for with by from since until over when while""".split()
)
# The telling in the passive, or as a condition: "was told that …", "But had you told me".
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are|be|been|being|get|got|would|could|should|might|may|will)"
    r"(?:\s+have)?|had\s+(?:i|you|he|she|we|they|it)|if\s+[^,;]{1,40}?)\s+$",
    re.IGNORECASE,
)


def _telling(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first verb of telling as an act in text[start:end] (its "that" or the pronoun
    after it where it ends), or None: not in the passive or a condition, not to the press,
    not inside a quotation, with a teller before it."""
    if not any(text.find(v, start, end) >= 0 for v in _VERBS_OF_TELLING):
        return None  # most sentences tell no one anything
    m = _TELLING.search(text, start, end)
    if m is None or _NOT_DONE_BEFORE.search(text, start, m.start()):
        return None
    hearer = m.group("hearer")
    if hearer is not None and not _NO_HEARER.isdisjoint(hearer.split()):
        return None  # "told reporters that …": a speech tag
    if m.group("name") is not None and not _person(m.group("name").split()):
        return None  # "told Sky News that …", "told The Associated Press that …"
    head = text[start : m.start()]
    if any(q in head for q in '"“”') or not head.strip():
        return None  # inside a quotation, or no teller
    return m


# Words that open an outlet's name, not a person's: "The New York Times", "Al Jazeera", "Der
# Spiegel", "Le Monde".
_OUTLET_OPENINGS = frozenset("the a al der die das le la el il".split())


def _person(name: list[str]) -> bool:
    """Whether a hearer's name of capitalised words is a person's: a title and a name ("Judge
    Ito", "Mr. Obama", "Prime Minister Rudd"), or two names or more ("Anna Berg", "Detective
    Sergeant Ray Cole"); not an outlet's ("The New York Times", "Sky News", "CBS News", "NBC's
    Nightly News", "Al Jazeera"). One word alone ("told Reuters", "told Smith") is not read as a
    person: an outlet's one-word name is as common."""
    words = [w.lower() for w in name]
    if words[0].rstrip(".") + "." in ROLES or words[0] in ROLES:
        return True
    if words[0] in _OUTLET_OPENINGS or any(w.rsplit("-", 1)[-1] in OUTLETS for w in words):
        return False  # "Radio Free Europe", "Agence France-Presse"
    return not any((w.isupper() and len(w) > 1) or "'" in w or "’" in w for w in name)


def _told_start(m: re.Match[str]) -> int:
    """Where what a telling tells starts: its "that", or the pronoun after the verb."""
    return m.start("that") if m.group("that") else m.end()


def told_apart(text: str, sentence: Span, end: int, dated: Sequence[Timex]) -> Span | None:
    """The clause that a telling with no time of its own reports at a time of its own, to cut
    from it, or None. `end`: the sentence's end before its final stop; `dated`: its times."""
    m = _telling(text, sentence.start, end)
    if m is None:
        return None
    start = _told_start(m)
    clause = Span(start, end)
    times = [t for t in dated if t.dated()]
    own = [t for t in times if start <= t.start]
    if len(own) < len(times) or all("clock" in t.flags for t in own):
        # The telling has a time of its own (`happenings`' cut, or none); or what it tells
        # has only a clock time, of no day named ("testified she pulled Flynn over at 10:46
        # p.m."): the telling's day, unknown.
        return None
    if not past_at_own_time(text, start, own, end):
        return None
    if governing(text, start, end, own) is None:
        return None
    return clause


def telling_head(text: str, head: Span, side: Span) -> bool:
    """Whether text[head] is a telling that what follows it (`side`) was cut from: "Hiller told
    detectives | that he bought the gun in September", "Jones confessed | that …"."""
    m = _telling(text, head.start, min(len(text), side.start + 6))
    return m is not None and _told_start(m) == side.start and m.start() >= head.start
