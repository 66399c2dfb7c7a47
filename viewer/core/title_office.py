"""A statement's title that names its speaker by office names the person, where the article says
who holds it.

"“Today I'm announcing …,” the president added" is titled "President: Today I'm announcing…";
a reader of the article knows it is Biden, named earlier as "US President Joe Biden". The title
takes the surname ("Biden: …") only where the article, before the event, names exactly one
person after that office word ("Qeshm Governor Mehdi Irannejad told ISNA…" then "The governor
told Iranian media that 2,000 tents were ready…"). Two people named with it, or none, and the
office stays: "King: …" after "Mr. King said" is a surname already.

A speaker who "added" goes on from the statement before: "“…,” Biden said at a meeting on
Wednesday." then "“Today I'm announcing …,” the president added" is Biden's, though the article
never writes "President Biden". Where no one is named with the office, the title takes the
surname the sentence just before gives as its speaker, if it gives exactly one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from viewer.core.headline import LIMIT
from viewer.core.headline_parts import ROLES
from viewer.core.holds import lowers_as_blind
from viewer.core.lowered import lowercase
from viewer.core.model import Event, Span
from viewer.core.title_event import speakers_of
from viewer.core.title_referent import is_person

# A title naming its speaker by one word: "President: …".
_OFFICE_SPEAKER = re.compile(r"(?P<office>[A-Z][a-z-]+): ")
# A surname may hold capitals inside it: "DelGiudice", "McMeekin", "O'Brien".
_NAME = r"(?:[A-Z][a-z’'-]+\s+){0,2}(?P<surname>[A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)*)\b"
# "the president added", "the US president added": the office goes on from the speaker before.
_ADDED = re.compile(r"\b[Tt]he\s+(?:[A-Z]{2,}\s+)?(?P<office>[a-z-]+)\s+added\b")


def name_office_titles(text: str, sentences: Sequence[Span], events: Sequence[Event]) -> None:
    """Titles whose speaker is an office take the surname of the one person the article names
    with it before the event, else of the speaker before who the office "added" to."""
    starts = [sentence.start for sentence in sentences]
    named: dict[str, _Named | None] = {}  # each office's holders, read once for the article
    for event in events:
        found = _OFFICE_SPEAKER.match(event.title)
        if found is None or found["office"].lower() not in ROLES:
            continue
        office = found["office"].lower()
        if office not in named:
            named[office] = _named_with(text, office)
        holders = _before(named[office], event.primary.start)
        if not holders:
            holders = _speaker_added_to(text, sentences, starts, event, office)
        if len(holders) == 1:
            (surname,) = holders
            titled = f"{surname}: {event.title[found.end() :]}"
            if len(titled) <= max(LIMIT, len(event.title)):  # no longer than a title may be
                event.title = titled


@dataclass(frozen=True, slots=True)
class _Named:
    """Who the article names with an office: the first surname and where its naming ends, and
    where a naming of another surname first ends (none: the end of the text)."""

    first_end: int
    surname: str
    other_end: int


def _named_with(text: str, office: str) -> _Named | None:
    """The people the article names with an office, read once: each event asks only which of
    them come before it (reading the text before each event again took a 4 MB article minutes)."""
    first: tuple[int, str] | None = None
    for named in _holdings(text, office):
        if first is None:
            first = (named.end(), named["surname"])
        elif named["surname"] != first[1]:
            return _Named(first[0], first[1], named.end())
    return None if first is None else _Named(first[0], first[1], len(text) + 1)


def _before(named: _Named | None, start: int) -> set[str]:
    """The surnames named with the office before `start`: none, one, or two (of the many)."""
    if named is None or named.first_end > start:
        return set()
    return {named.surname} if named.other_end > start else {named.surname, ""}


def _holdings(text: str, office: str) -> Iterator[re.Match[str]]:
    """`_holders(office).finditer(text)`, the pattern tried only where the office word stands in
    the text lowercased: its case-blind `\\b` search tried it at every character of the article
    (a quarter of a million instructions for a short one)."""
    pattern = _holders(office)
    if not lowers_as_blind(text):
        yield from pattern.finditer(text)
        return
    low = lowercase(text)  # as long as the text: the places are the same
    at = low.find(office)
    while at >= 0:
        named = pattern.match(text, at)
        if named is not None:
            yield named
        at = low.find(office, at + 1 if named is None else named.end())


@cache
def _holders(office: str) -> re.Pattern[str]:
    """The office word, then a name: "Governor Mehdi Irannejad". Kept for each of the few
    office words: made for each event, it would be compiled again and again in a long export,
    as the pattern cache fills with others."""
    return re.compile(rf"\b(?i:{re.escape(office)})\s+{_NAME}")


def _speaker_added_to(
    text: str, sentences: Sequence[Span], starts: list[int], event: Event, office: str
) -> set[str]:
    """The speakers the sentence before names, where the event's sentence has its office add
    to it ("…,” the president added"); none otherwise."""
    at = bisect_right(starts, event.primary.start) - 1
    if at < 1:
        return set()
    own = sentences[at]
    added = _ADDED.search(text, own.start, own.end)
    if added is None or added["office"] != office:
        return set()
    before = sentences[at - 1]
    names = speakers_of(text[before.start : before.end])  # "Biden said", "said Joe Biden"
    return {name for name in names if is_person(text, name)}
