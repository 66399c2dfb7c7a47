"""A happening named again further down by its definite noun, telling of it: one event.

News tells its happening in the headline and the lede, by a verb as often as by a noun, and
further down opens a line on the happening's definite noun to tell its cause, its toll, its
place or what came of it: "Strong earthquake jolts southern Iran", then "The quake cut
telephone links between Qeshm Island and the mainland, the report said"; "Christopher Simpson
shoots pregnant girlfriend dead", then "The murder came after Flynn resisted Simpson's
demands"; "Police arrested a man in Leeds on Tuesday …", then "The arrest came after a
three-month inquiry" (docs/events.md, section 3: two passages about one happening are one
event).

Told again so: the passage opens on "the", "that" or "this" and a noun of a happening's family
(happening_families.py: "the quake" after "earthquake", "the murder" after "shot … dead", "the
blaze" after "fire"), its verb telling of the happening itself: that it came about or came
after something, what it did, left or drew, where it was felt or what caused it. Of the day of
the first event naming a happening of that family (the story's headline or lede), the passage
on that day or with no time of its own.

Kept apart: another one of the family ("another quake", "the second arrest"), a noun naming a
person or a place the earlier event does not ("the arrest of Jones" after Smith's arrest), a
noun of another family (an aftershock, "the investigation", "the funeral" after a death), a
happening told ahead ("The arrest will not affect …"), another day, an earlier event telling
a crime's pursuit when the noun is the crime's ("Two men were arrested over the murder").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.happening_families import FAMILY_OF, KIND_OF
from viewer.core.model import Event
from viewer.core.retold_crime import pursuit

# The nouns of the families (not their verbs: "the killed" is no noun of a happening); the
# noun of a detail told of the happening is one of them (happening_detail.py).
NOUNS = sorted(
    (w for w in KIND_OF if not w.endswith("ed") and w not in ("shot", "slain", "dead")),
    key=len,
    reverse=True,
)
# What the passage tells of the happening itself: it came about or after something, what it
# did, left or drew, where it was felt, what caused it; "is said to have taken place".
_TELLS = (
    r"(?:came|comes|followed|follows|took\s+place|happened|occurred|struck|hit|began|started"
    r"|erupted|broke\s+out|unfolded|lasted|drew|left|killed|injured|wounded|claimed|damaged"
    r"|destroyed|cut|forced|caused|sparked|triggered|prompted|shook|rocked|toppled"
    r"|(?:was|were|is|are)\s+(?:(?:said|believed|thought|reported)\s+to\s+have"
    r"|(?:first\s+)?(?:carried\s+out|caused|sparked|triggered|felt|centred|centered"
    r"|recorded|measured|registered|reported)\b))\b"
)
_TOLD_AGAIN = re.compile(
    r"(?:(?:but|and|however)\b,?\s+)?(?:the|that|this)\s+(?P<mods>(?:[\w'’.-]+\s+){0,3}?)"
    r"(?P<noun>" + "|".join(NOUNS) + r")\b(?P<of>\s+of\s+[^,]{1,60}?)??"
    r"(?:,\s+[^,]{1,80},)?\s+(?:\w+ly\s+)?" + _TELLS,
    re.IGNORECASE,
)
# Another one of the family, not the one told: "the second quake", "the earlier arrest" (and
# of a detail told of it, happening_detail.py).
ANOTHER = frozenset(
    "another other second third fourth next new previous earlier first last latest 2nd".split()
)
_WORD = re.compile(r"[a-z]+")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_CRIMES = frozenset(
    KIND_OF[w] for w in ("murder", "shooting", "attack", "bombing", "robbery", "kidnapping")
)


def _noun_told(text: str) -> re.Match[str] | None:
    """The definite noun of a happening a passage opens on, telling of it, or None."""
    if text[:1] not in "TtBbAaHh":
        return None  # most passages open on a name or a time: no pattern need be run
    m = _TOLD_AGAIN.match(text)
    if m is None or not ANOTHER.isdisjoint(m["mods"].lower().split()):
        return None
    return m


def names_it(text: str, told: re.Match[str]) -> bool:
    """Whether an earlier passage names the happening a noun tells again: a word of its
    family, not another one of it, and every name the noun's phrase holds."""
    family = FAMILY_OF[told["noun"].lower()]
    words = _WORD.findall(text.lower())
    found = [k for k, w in enumerate(words) if w in family]
    if not found or all(k > 0 and words[k - 1] in ANOTHER for k in found):
        return False
    phrase = told["mods"] + (told["of"] or "")
    if not all(w in text for w in re.findall(r"\b[A-Z][\w'’-]+", phrase)):
        return False  # "the arrest of Jones" after Smith's
    figures, earlier = _FIGURE.findall(told["mods"]), _FIGURE.findall(text)
    return not (figures and earlier and set(figures).isdisjoint(earlier))


def noun_retold(kept: Sequence[Event], later: Event) -> Event | None:
    """The first event of its day naming the happening a passage tells again by its definite
    noun, the story's headline or lede ("The quake cut telephone links …" after "Strong
    earthquake jolts southern Iran"), not a crime's pursuit where the noun is the crime's."""
    told = _noun_told(later.primary.text)
    if told is None:
        return None
    crime = KIND_OF[told["noun"].lower()] in _CRIMES
    for event in kept:
        if not event.date.overlaps(later.date):
            continue
        text = " ".join(p.text for p in event.passages)  # a headline and its lede
        if names_it(text, told) and not (crime and pursuit(event.primary.text)):
            return event
    return None
