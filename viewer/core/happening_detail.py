"""How a happening already told was felt, heard, how long it lasted or what it measured: a
passage of its event.

Past its lede, news tells how a quake or a blast was felt, how long it lasted and what it
measured, in sentences of their own and often on someone's word: "Residents of Cobb,
Kelseyville and Hidden Valley Lake told Lake County News that they felt the quake", "It was
described as having a rolling-type movement", "Officials say that the quake was felt for around
15 seconds", "Numerous residents of Santa Rosa … also reported feeling it", "Others reported
the shaking on Twitter". Such a sentence tells no happening of its own: it is a detail of the
one told (docs/events.md, section 3: two passages about one happening are one event), and its
passage joins that happening's event.

Told so, with no time of its own or of the happening's day: a pronoun opening the sentence,
"It", with a verb of such a detail ("lasted", "measured", "was felt", "was heard", "was
described as"), of the happening the sentence just before tells (a word of a family,
happening_families.py); a source's report up to "that" of the happening's definite noun with
such a verb ("Officials say that the quake was felt …"); people who felt or heard it ("felt
the quake", "reported feeling it", "said they heard the blast", "reported the shaking"), of a
quake or a blast. The sentence joins the first event of its day naming the happening's family
(the story's headline or lede), or for "It" the event of the sentence just before.

Kept apart: a toll or a ruin (told on someone's word, a count of the dead or of the houses
damaged is news of its own), a new act told after ("felt the quake and fled"), another one of
the family ("a second quake was felt"), a time of its own on another day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.happening_families import KIND_OF
from viewer.core.happening_noun_retold import ANOTHER, NOUNS, names_it
from viewer.core.holds import holds_any
from viewer.core.model import STATED_BASES, Event

# A cheap test first: a word such a detail is told by (as a part of the text, `holds_any`).
_CUE = tuple("felt heard lasted measured registered described feeling hearing shaking".split())
# What is told of the happening itself: how long, how strong, how felt, heard or described.
_DETAIL = (
    r"(?:lasted|measured|registered|(?:was|were)\s+(?:also\s+|even\s+)?"
    r"(?:felt|heard|described\s+as|recorded|measured|registered))\b"
)
_QUOTE = r"[\"“‘']?"
# "It lasted around 30 seconds", "It was described as having a rolling-type movement".
_IT = re.compile(_QUOTE + r"It\s+(?:\w+ly\s+)?" + _DETAIL)
_NOUN = r"(?P<mods>(?:[\w'’.-]+\s+){0,3}?)(?P<noun>" + "|".join(NOUNS) + r")\b(?P<of>)"
# "Officials say that the quake was felt …", "Kinney initially reported that the quake lasted".
_REPORTED = re.compile(
    r"[^.;:\"“]{1,80}?\s+(?:\w+ly\s+)?(?:say|says|said|reported|reports|told\s+[^,.;]{1,50}?)"
    r"\s+(?:that\s+)?the\s+" + _NOUN + r"\s+(?:\w+ly\s+)?" + _DETAIL,
    re.IGNORECASE,
)
# "… told Lake County News that they felt the quake", "also reported feeling it", "reported the
# shaking on Twitter".
_FELT = re.compile(
    r"[^.;:\"“]{1,80}?\s+(?:also\s+)?(?:felt|heard|reported\s+(?:feeling|hearing)"
    r"|(?:said|say|says|told\s+[^,.;]{1,50}?)\s+(?:that\s+)?(?:they|he|she|we|I)\s+(?:had\s+)?"
    r"(?:felt|heard)|reported(?=\s+the\s+shaking))"
    r"\s+(?:(?P<it>it)\b|the\s+(?P<shaking>shaking)\b|the\s+" + _NOUN + ")",
    re.IGNORECASE,
)
# What a quake and a blast are: the families a feeling or a hearing is told of.
_FELT_KINDS = frozenset((KIND_OF["quake"], KIND_OF["blast"]))
# A toll or a ruin: news of its own. A new act told after: "… and fled".
_TOLL = re.compile(
    r"\b(?:killed|died|dead|deaths?|injur\w*|wounded|hurt|damag\w*|destroy\w*|collaps\w*)\b",
    re.IGNORECASE,
)
_THEN_ACT = re.compile(
    r"\b(?:and|then)\s+(?:then\s+)?(?:\w+ly\s+)?(?!was\b|were\b)(?:ran|fled|rushed|\w+ed)\b"
)
_ANY_KIND = frozenset(KIND_OF.values())
_WORD = re.compile(r"[a-z]+")


def _kind_named(text: str, kinds: frozenset[int], another: bool = False) -> bool:
    """Whether a text names a happening of one of some families (not as another one, unless
    `another`: "It" takes up the one just told, whichever it is)."""
    words = _WORD.findall(text.lower())
    return any(
        KIND_OF.get(w) in kinds and (another or k == 0 or words[k - 1] not in ANOTHER)
        for k, w in enumerate(words)
    )


def _first_naming(kept: Sequence[Event], later: Event, told: re.Match[str]) -> Event | None:
    """The first event of the later passage's day naming the happening it tells a detail of:
    the noun's family, or a quake's or a blast's for "it" and "the shaking"."""
    noun = told["noun"]
    if noun is not None and not ANOTHER.isdisjoint(told["mods"].lower().split()):
        return None  # "the second quake"
    for event in kept:
        if not event.date.overlaps(later.date):
            continue
        text = " ".join(p.text for p in event.passages)
        if noun is not None and names_it(text, told):
            return event
        if noun is None and _kind_named(text, _FELT_KINDS):
            return event
    return None


def _felt_told(text: str) -> re.Match[str] | None:
    """The report of a detail or of a feeling a passage opens on, or None."""
    told = _REPORTED.match(text)
    if told is not None:
        return told
    felt = _FELT.match(text)
    if felt is None or felt["noun"] is None or KIND_OF[felt["noun"].lower()] in _FELT_KINDS:
        return felt
    return None


def detail_of(kept: Sequence[Event], later: Event, last: Event | None) -> Event | None:
    """The event of the happening a passage tells how it was felt, heard, how long it lasted
    or what it measured, with no time of its own or of that event's day (`last`: the event of
    the sentence just before), or None."""
    text = later.primary.text
    if not holds_any(text, _CUE) or _TOLL.search(text) or _THEN_ACT.search(text):
        return None
    if _IT.match(text):
        undated = later.date_basis not in STATED_BASES
        if last is None or not (undated or last.date.overlaps(later.date)):
            return None
        return last if _kind_named(last.passages_text(), _ANY_KIND, another=True) else None
    told = _felt_told(text)
    return None if told is None else _first_naming(kept, later, told)
