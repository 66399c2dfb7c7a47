"""A happening told again further down its article: one event, dated by its more precise telling.

News names its happening early, often with no time of its own, and tells it again further
down by a definite noun of the same family, with its time or its details: "Rescue operations
are under way after a 6.1 magnitude earthquake hit Indonesia's Aceh province…", then "…injured
by the quake, | which struck the western tip of Sumatra island on Tuesday"; "An earthquake with
a preliminary magnitude of 4.4 struck in Sonoma County this morning…", then "The earthquake
struck at about 9:30 a.m."; "A man has been charged with arson after a fire at the Waitrose
supermarket…", then "Half of the roof … collapsed during the blaze, shortly after 06:00 BST on
Sunday" (docs/events.md, section 3: two sentences about one happening are one event).

The telling again (`told_again`): a passage that opens on a definite noun of a happening ("the
quake", "that temblor", "after the blaze") whose verb says it came about ("struck", "occurred",
"broke out", "took place") or where it was centred and when it was felt or recorded ("The quake
was centred near Qeshm Island"); a relative clause cut out of its sentence whose noun is one ("…by
the quake, | which struck … on Tuesday"); what the happening ruined, at a time of its own
("collapsed during the blaze, shortly after 06:00 BST on Sunday").

What it tells again: the nearest event before it that introduces a happening of the same family
with an indefinite noun (`introduced`: "an earthquake … struck", "after a fire at the Waitrose
supermarket", "was first rocked by a magnitude-5.9 earthquake", or by the toll or the ruin it
brought: "Police say two people have been killed and another wounded in a shooting at the Kraft
Foods plant", "A warehouse has been destroyed in a fire", "gutted by a fire"), at a date the
two can share. A report opening the later passage up to its verb or "that" tells it again too:
"KYW's Pat Loeb reports that the shooting took place just after 8:30pm Thursday night",
"Tehran's seismologic center said the quake measured magnitude-5.9" (its measure told actively,
as "was measured" is). Where that happening is the event's own, the later passage is one more
passage of it, and the event takes the later date where its own was no time of its own (the
publication's or the narrative's). Where it is named beside the event's own happening, after it
("Rescue operations are under way | after a 6.1 magnitude earthquake hit…"), the later telling
at another day, that phrase is cut out of the passage and joins the later telling's event: it
is of that day.

Kept apart: another one of the kind ("another fire", "the second quake"), one at a date apart
(the lede's quake of Sunday and "the 2003 quake"), a noun naming a place or a figure the
earlier telling does not ("the Bam quake" after a quake in Qeshm), a happening named as what
another is about or came from ("were killed by the quake", "the cause of the fire"), a noun
of something else ("the fire service").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from viewer.core.clause_dates import date_from_context
from viewer.core.happening_families import KIND_OF
from viewer.core.holds import lowers_as_blind
from viewer.core.lowered import lowered
from viewer.core.model import (
    STATED_BASES,
    Document,
    Event,
    Passage,
    Span,
    passage_id,
)
from viewer.core.same_happening import ruined
from viewer.core.statement_cues import is_statement
from viewer.core.word_patterns import alternation

# The nouns of the families (not their verbs: "a man was shot" names no shooting by a noun).
_NOUN_WORDS = frozenset(w for w in KIND_OF if not w.endswith("ed") and w not in ("shot", "slain"))
_NOUN = "(?P<noun>" + alternation((w, "") for w in _NOUN_WORDS) + r")\b"
# Up to four words between the determiner and its noun ("a 6.1 magnitude earthquake", "the
# strong 6.1-magnitude quake", "the strong and shallow quake"), none a word of grammar that
# would carry past a noun phrase ("and" joins two of its words, not two noun phrases: "the"
# after it ends the run).
_MODIFIERS = (
    r"(?P<mods>(?:(?!(?:a|an|the|in|on|at|of|for|to|or|by|with|from|was|were|is|are|be|been"
    r"|has|had|have|who|which|that)\s)[\w'’.-]+\s+){0,4}?)"
)
# Verbs telling that a happening came about.
_CAME_ABOUT = (
    r"(?:(?:first|just)\s+)?(?:struck|strikes|hit|hits|occurred|occurs|ocurred|happened"
    r"|broke\s+out|started|began|erupted|took\s+place|rocked|shook|rattled|jolted)\b"
)
# Verbs telling what it did, told again on no one's authority: "That temblor killed at least
# six people", "The strong 6.1-magnitude quake left hundreds more injured" (a toll told by a
# source is a step of its own: "The quake … injured more than 200 people …, said …").
_DID = (
    r"(?:killed|injured|wounded|left|damaged|destroyed|flattened|razed|levell?ed|gutted|caused"
    r"|triggered|sparked|knocked|reduced|toppled|tore|swept|spread)\b"
)
# Where it was centred, how it was felt or recorded, told again of it as its measurer tells it
# or on no one's authority ("The quake was centred near Qeshm Island, …, the U.S. Geological
# Survey said", "The 4.2-magnitude earthquake was recorded at approximately 9:27 a.m. Sunday"):
# not what followed it ("was followed by four aftershocks" tells those), nor a state ("was
# still burning").
_WAS = (
    r"(?:(?:was|were)\s+(?:(?:first|widely|strongly)\s+)?"
    r"(?:centred|centered|felt|recorded|measured|registered)\b"
    r"|(?:measured|registered)\s+(?:a\s+)?(?:magnitude|\d))"
)
# A happening introduced as the passage's own: opening it ("An earthquake … struck", "after a
# huge fire at a Waitrose store…", after a time phrase: "Earlier this morning, an earthquake…").
# Not with a relative clause, whose verb is not what the sentence tells of it: "A fire that
# ripped through a Waitrose store in Surrey is being treated as 'potentially suspicious'".
_OPENS_ON = re.compile(
    r"(?:[^,]{1,40},\s+)?(?:(?:after|following)\s+)?(?:a|an)\s+"
    + _MODIFIERS
    + _NOUN
    + r"(?!,?\s+(?:that|which|who)\b)",
    re.IGNORECASE,
)
# Or told by what it hit: "The same island was hit by a 6.1 quake", "since it was first rocked
# by a magnitude-5.9 earthquake".
_HIT_BY = re.compile(
    r"\b(?:was|were|been)\s+(?:first\s+)?(?:hit|struck|rocked|shaken|jolted|rattled|razed"
    r"|destroyed|devastated|flattened)\s+by\s+(?:a|an)\s+" + _MODIFIERS + _NOUN,
    re.IGNORECASE,
)
# Or told by the toll or the ruin it brought, its noun after "in" or "by": "Two people were
# killed and another wounded in a shooting at a factory", "A warehouse has been destroyed in a
# fire", "A school has been gutted by a fire" (not with a relative clause, whose verb tells
# it: "killed in an attack that began on Monday").
_TOLL_IN = re.compile(
    r"\b(?:killed|injured|wounded|hurt|died|dead|destroyed|damaged|gutted)\s+(?:in|by)\s+(?:a|an)\s+"
    + _MODIFIERS
    + _NOUN
    + r"(?!,?\s+(?:that|which|who)\b)",
    re.IGNORECASE,
)
# Named beside the passage's own happening, after it: "A man has been charged with arson |
# after a fire at the Waitrose supermarket in Wellington, Somerset."
_BESIDE = re.compile(r"\s(?:after|following)\s+(?:a|an)\s+" + _MODIFIERS + _NOUN, re.IGNORECASE)
# A definite noun told again, the happening coming about ("The earthquake struck at about 9:30
# a.m.", "after the blaze broke out about 8.40pm"), its relative clause told between.
_TOLD_AGAIN_SPELT = (
    r"(?:(?:but|however|and|so)\b,?\s+)?(?:(?:after|when|as|before|until|once)\s+)?"
    r"(?:the|that|this)\s+" + _MODIFIERS + _NOUN + r"(?:,\s+(?:which|that)\s+[^,]{1,80},)?"
    r"\s+(?:\w+ly\s+)?(?:" + _CAME_ABOUT + "|(?P<did>" + _DID + ")|(?P<was>" + _WAS + "))"
)
_TOLD_AGAIN = re.compile(_TOLD_AGAIN_SPELT, re.IGNORECASE)
# The same for a passage lowercased where that finds the same (`lowers_as_blind`): tried
# first, as a case-blind try looks up the case of each character it reads.
_TOLD_AGAIN_LOWERED = re.compile(_TOLD_AGAIN_SPELT)
# The letters _TOLD_AGAIN opens on, lowercase ("the", "but", "however", "and", "so", "when",
# "until", "once"): a passage opening on another is spared its try (most open on a name).
_TOLD_AGAIN_FIRSTS = frozenset("tbhaswuo")


def _may_open_told_again(first: str) -> bool:
    """Whether _TOLD_AGAIN may match a passage opening on `first`: a letter it opens on, or
    a character past ASCII, which may match one case-blind ("ſ" matches "s")."""
    return first.lower() in _TOLD_AGAIN_FIRSTS or not first.isascii()


def _may_tell_again(text: str, lower: str) -> bool:
    """Whether _TOLD_AGAIN may match a passage (`lower`, its lowercase): it opens on a letter
    the pattern opens on, and, where its lowercase finds the same, matches there."""
    if not _may_open_told_again(text[:1]):
        return False
    return not lowers_as_blind(text) or _TOLD_AGAIN_LOWERED.match(lower) is not None


# A report of it opening the passage, up to its verb or "that": "KYW's Pat Loeb reports that
# the shooting took place just after 8:30pm Thursday night", "Tehran's seismologic center said
# the quake measured magnitude-5.9".
_REPORTED_THAT = re.compile(
    r"[^,.;:]{1,60}?\s(?:reports|reported|says|said|confirmed|confirms)\s+(?:that\s+)?(?=th)",
    re.IGNORECASE,
)
_REPORT_WORDS = ("said th", "says th", "reports th", "reported th", "confirm")


def _may_report(lower: str) -> bool:
    """Whether a passage (lowercase) may open on a report of a happening (`_REPORTED_THAT`)."""
    return any(word in lower for word in _REPORT_WORDS)


# A relative clause of a happening, cut out of its sentence: "which struck … on Tuesday".
_RELATIVE = re.compile(r"(?:which|that)\s+(?:\w+ly\s+)?" + _CAME_ABOUT, re.IGNORECASE)
_ANTECEDENT = re.compile(
    r"\b(?:the|that|this)\s+" + _MODIFIERS + _NOUN + r"\s*,?\s*$", re.IGNORECASE
)
# What the happening ruined, at its time: "collapsed during the blaze".
_DURING = re.compile(r"\bduring\s+the\s+" + _MODIFIERS + _NOUN, re.IGNORECASE)
# Another one of the kind, not the one told: "the second quake", "the other fire".
_ANOTHER = frozenset(
    "another other second third fourth next new previous earlier first last same latest".split()
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_SHORTEST = 20  # the shortest passage left of a happening once the phrase beside it is cut


@dataclass(frozen=True, slots=True)
class _Mention:
    """A noun of a happening in a passage: its family, its words (with those before it in its
    noun phrase), and whether it is beside the passage's own happening (after it) rather than
    that happening."""

    kind: int
    words: str
    beside: bool


def _mention(m: re.Match[str], beside: bool) -> _Mention:
    return _Mention(KIND_OF[m["noun"].lower()], m["mods"] + m["noun"], beside)


def introduced(text: str) -> _Mention | None:
    """The happening a passage introduces by an indefinite noun, as its own ("An earthquake
    … struck…") or beside its own, after it ("…are under way after a 6.1 magnitude earthquake
    hit…"); None when it introduces none."""
    lower = text.lower()
    if " a" not in lower and not lower.startswith("a"):
        return None  # no indefinite article: most passages are spared the patterns
    if (m := _OPENS_ON.match(text)) is not None or (m := _HIT_BY.search(text)) is not None:
        return _mention(m, beside=False)
    if (" in a" in lower or " by a" in lower) and (m := _TOLL_IN.search(text)) is not None:
        return _mention(m, beside=False)
    if ("after " in lower or "following " in lower) and (m := _BESIDE.search(text)):
        return _mention(m, beside=True)
    return None


def told_again(text: str, before: str) -> _Mention | None:
    """The happening a passage tells again by a definite noun (`before`: its sentence's words
    before it, for a relative clause cut out of it): "The earthquake struck at about 9:30
    a.m.", "which struck … on Tuesday" after "…by the quake,", "collapsed during the blaze"."""
    lower = lowered(text)
    if "th" not in lower:
        return None  # no "the", "that" or "this": most passages are spared the patterns
    m = _TOLD_AGAIN.match(text) if _may_tell_again(text, lower) else None
    if m is None and _may_report(lower) and (r := _REPORTED_THAT.match(text)) is not None:
        m = _TOLD_AGAIN.match(text, r.end())
    if m is not None and m["did"] and is_statement(text):
        m = None
    if m is None and _RELATIVE.match(text) and before:
        m = _ANTECEDENT.search(before)
    if m is None and "during the" in lower and ruined(text):
        m = _DURING.search(text)
    if m is None or not _ANOTHER.isdisjoint(m["mods"].lower().split()):
        return None
    return _mention(m, beside=False)


def _apart(told: _Mention, earlier: _Mention, earlier_text: str) -> bool:
    """Whether a noun told again names a place or a figure the earlier telling does not ("the
    Bam quake" after a quake in Qeshm, "the 7.5 magnitude quake" after a 6.1 one)."""
    if any(w[:1].isupper() and w not in earlier_text for w in told.words.split()[:-1]):
        return True
    figures, earlier_figures = _FIGURE.findall(told.words), _FIGURE.findall(earlier.words)
    return bool(figures and earlier_figures and set(figures).isdisjoint(earlier_figures))


def _dated(event: Event) -> bool:
    return event.date_basis in STATED_BASES


def _told_of(event: Event, told: _Mention, later: Event) -> _Mention | None:
    """The mention of the happening `later` tells again (`told`) in an earlier event, if that
    event introduces one of its family at a date they can share."""
    earlier = introduced(event.primary.text)
    if earlier is None or earlier.kind != told.kind:
        return None
    if _apart(told, earlier, event.primary.text):
        return None
    if event.date.overlaps(later.date):
        return None if earlier.beside else earlier  # beside it, of its day: no time apart
    if not _dated(later) or later.date.last > event.date.last:
        return None  # told again at no time of its own, or after the earlier telling's day
    return earlier if earlier.beside or not _dated(event) else None


def _take_date(event: Event, later: Event) -> None:
    """An event with no time of its own takes the day its later telling states, as a date
    from the context, from the sentence that states it."""
    if _dated(event) or not _dated(later) or event.date.overlaps(later.date):
        return
    origin = Span(later.primary.start, later.primary.end)
    date_from_context(event, later.date, later.date_text, origin)


def join_telling(event: Event, later: Event) -> None:
    """One event of the two tellings: the later's passages added to the earlier's."""
    _take_date(event, later)
    for k, passage in enumerate(later.passages):
        event.add_passage(passage, later.dating_of(k))
    event.event_confidence = max(event.event_confidence, later.event_confidence)


def _cut(doc: Document, event: Event, later: Event) -> bool:
    """Cut the phrase naming a happening beside the event's own (from "after" to the end of
    its passage) out of its passage, into the later telling's event; False when what is left
    would be too short to be a happening, or the phrase holds the event's own time."""
    primary = event.primary
    start, shown = doc.visible.shown_at(primary.start, primary.end)
    m = _BESIDE.search(shown)
    if m is None:
        return False
    kept = len(shown[: m.start()].rstrip(" ,;:\n"))
    if kept < _SHORTEST or (_dated(event) and event.date_text in shown[m.start() :]):
        return False
    source = doc.visible.to_source
    event.passages[0] = Passage.of(doc.id, doc.visible, *source(start, start + kept))
    event.id = passage_id(doc.id, event.passages[0].source_text)
    phrase = source(start + m.start() + 1, start + len(shown))  # past the space before "after"
    later.add_passage(Passage.of(doc.id, doc.visible, *phrase), later.dating_of(0))
    return True


@dataclass(frozen=True, slots=True)
class Retold:
    """An article's events once each happening told again is one event with its earlier
    telling, and the events whose passage was cut shorter."""

    events: list[Event]
    shortened: list[Event]


def join_retold(doc: Document, events: Sequence[Event], before: Mapping[int, str]) -> Retold:
    """Join each happening told again (`told_again`) to its earlier telling; `before`: the
    words of its sentence before each event's passage, by the event's id() (for a relative
    clause cut out of it)."""
    retold = Retold([], [])
    for event in events:
        told = told_again(event.primary.text, before.get(id(event), ""))
        earlier = None if told is None else _earlier(retold.events, told, event)
        if earlier is None:
            retold.events.append(event)
        elif earlier[1].beside:
            if _cut(doc, earlier[0], event):
                retold.shortened.append(earlier[0])
            retold.events.append(event)
        else:
            join_telling(earlier[0], event)
    return retold


def _earlier(kept: Sequence[Event], told: _Mention, event: Event) -> tuple[Event, _Mention] | None:
    """The nearest event before that introduces the happening an event tells again."""
    for earlier in reversed(kept):
        mention = _told_of(earlier, told, event)
        if mention is not None:
            return earlier, mention
    return None
