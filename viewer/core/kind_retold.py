"""The headline's or the lede's act told again by another verb of its kind: one event.

News tells its happening in the headline and the lede by one verb and further down by another
of the same kind, of the same one, with its time: "Deputy's Alleged Killer Held", then "Orozco
was arrested around midnight Friday by a sheriff's SWAT team"; "Police detain suspect in
bakery fire", then "The man was arrested on Tuesday". The kind is the one merging reads across
articles (`merge_words.KIND_OF`: "arrested", "detained"), and a headline's "held" or "in
custody" of someone is an arrest told in headlinese (docs/events.md, section 3: two passages
about one happening are one event).

Told again so: the later passage opens on a name, a pronoun or a definite noun and "was" or
"were" with a participle of the kind ("Orozco was arrested", "The man was detained"), by
another word than the earlier one's, on a day it can share (`can_share`); the earlier event is
the story's headline or lede telling that kind by another word.

Kept apart: another one ("A second man was arrested", "another suspect"), a step told as one
("later", "also": the caller asks it), a plan or a denial in the earlier telling ("will be
arrested", "denied"), another kind ("The man was charged"), another day, a statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from viewer.core.merge_words import KIND_OF
from viewer.core.model import Event

# A name, a pronoun or a definite noun opening the passage, and its act in the passive:
# "Orozco was arrested", "The 34-year-old man was detained", "He was arrested".
_TAKEN_UP_PASSIVE = re.compile(
    r"(?:(?i:he|she|they)|(?i:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,[^,]{1,60},)?\s+(?:was|were)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed)\b"
)
# Another one than the one told: "a second man", "another suspect", "the other driver".
_ANOTHER = re.compile(r"\b(?:second|third|fourth|another|other|more)\b", re.IGNORECASE)
# A plan, a wish or a denial: no act told as done.
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|may|might|plans?|planned|wants?|seeks?|sought|to\s+be|"
    r"den(?:y|ies|ied)|not|never|no)\b",
    re.IGNORECASE,
)
# The words of a passage, lowercased.
_WORD = re.compile(r"[a-z]+")
# An arrest told in headlinese: "Suspect held", "Gunman in custody".
_HEADLINE_ARREST = re.compile(r"\b(?:held|in\s+custody)\b", re.IGNORECASE)
# How many of the story's first events are its headline and lede.
_OPENING = 2


def _kinds(text: str) -> dict[str, set[str]]:
    """The kinds of act a passage tells, each with the words it tells it by."""
    kinds: dict[str, set[str]] = {}
    for word in _WORD.findall(text.lower()):
        kind = KIND_OF.get(word)
        if kind is not None:
            kinds.setdefault(kind, set()).add(word)
    if _HEADLINE_ARREST.search(text):
        kinds.setdefault("arrest", set()).add("held")
    return kinds


def kind_retold(
    kept: Sequence[Event], later: Event, can_share: Callable[[Event, Event], bool]
) -> Event | None:
    """The headline's or the lede's event whose act a later passage tells again by another
    verb of its kind, in the passive, of the same one, on a day they can share."""
    text = later.primary.text
    if "was" not in text and "were" not in text:
        return None  # a cheap test before the pattern: no passive
    told = _TAKEN_UP_PASSIVE.match(text)
    if told is None or _ANOTHER.search(text[: told.end()]):
        return None
    kind = KIND_OF.get(told["verb"])
    if kind is None:
        return None
    for event in kept[:_OPENING]:
        # Its own first passage: a headline joined to a lede of another act ("Man held after
        # …" to "A man was being quizzed …") is that act's event, not the arrest's.
        if can_share(event, later) and _tells(event.primary.text, kind, told["verb"]):
            return event
    return None


def _tells(text: str, kind: str, verb: str) -> bool:
    """Whether a passage tells an act of a kind as done, of one alone, by another word than
    `verb` (the same verb told again is told twice by its own words)."""
    words = _kinds(text).get(kind)
    if not words or verb in words:
        return False
    return _NOT_DONE.search(text) is None and _ANOTHER.search(text) is None
