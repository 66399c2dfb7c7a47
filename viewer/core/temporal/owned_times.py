"""Times told as a thing's, not as when the sentence's happening is: a possessive that reaches
now or lies ahead ("this year's election"), a year before the noun a verb acts on ("defended the
2016 decision"), the time of a chance ("a 2% chance of striking Earth on December 22, 2032"),
a time its sentence ranks as its subject ("Last year was the hottest since records began"). The
governing rule (`governing_timex`) passes them over."""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.cue_words import WORDS
from viewer.core.holds import holds_any_blind
from viewer.core.past_tense import first_finite
from viewer.core.temporal.compared_times import POSSESSIVE as _POSSESSIVE
from viewer.core.temporal.nearest_tense import heading_to
from viewer.core.temporal.tense_cues import RESULTS
from viewer.core.temporal.timex import Timex

# A time that reaches now or lies ahead, told as a noun's possessive ("this year's election",
# "next week's talks", "this coming Sunday's Calendar"), after a verb told in the past: it is
# the noun's time, not the verb's. "Supporters began a two day rally in the capital to urge him
# to compete in this year's election" is of the day the rally began, not of the year.
_NOW_OR_AHEAD = re.compile(
    r"(?:this|next|coming|this\s+coming)\s+(?:year|month|week|weekend|season|[a-z]+day)$|tomorrow$",
    re.IGNORECASE,
)
# (Not a copula: in "Putting the show in jeopardy was this week's announcement", the noun is
# the happening, and its time the announcement's.)
_PAST_VERB = re.compile(r"\b(?:began|came|went|made|took|[a-z]{2,}ed)\b")


def _possessive_ahead(text: str, t: Timex) -> bool:
    """Whether a time is told as a possessive that reaches now or lies ahead ("next year's"),
    or that a phrase of heading to it lies ahead of ("moving the Bluejays along to Saturday's
    semifinals": the semifinals' day, not the win's)."""
    if _POSSESSIVE.match(text, t.end) is None:
        return False
    return _NOW_OR_AHEAD.match(t.text) is not None or heading_to(text, t.start, t.end)


def owned_ahead(text: str, t: Timex) -> bool:
    """Whether a time told as a possessive reaches now or lies ahead ("next year's awards"),
    not after a copula, whose noun is the happening told ("was this week's announcement")."""
    if not _possessive_ahead(text, t):
        return False
    return _COPULA_BEFORE.search(text, max(0, t.start - 8), t.start) is None


_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.IGNORECASE)


def owned_by_object(text: str, start: int, t: Timex) -> bool:
    """Whether a time is told as a possessive after its sentence's first finite verb (from
    `start`): the time of the noun the verb acts on, not the verb's own ("Police named the
    victims of Tuesday's shooting on Wednesday", "will publish last year's accounts in June").
    One told before the verb is the subject's happening ("Sunday's election was the first"),
    and so is one after a copula ("Putting the show in jeopardy was this week's announcement")."""
    if _POSSESSIVE.match(text, t.end) is None:
        return False
    if _COPULA_BEFORE.search(text, max(0, t.start - 8), t.start) is not None:
        return False
    return first_finite(WORDS.findall(text[start : t.start].lower())) >= 0


def nouns_times(text: str, start: int, kept: Sequence[Timex]) -> list[bool]:
    """For each time a sentence (from `start`) keeps, whether it is told as a noun's, not as
    the main clause's own: a possessive's ahead or now ("Nominations for next year's awards
    will open in September"; not a day past, the happening's own: "Wednesday's shallow quake
    hit at 7:48 am"), or one after the verb where the sentence names a time as fine or finer
    not told as a possessive ("named the victims of Tuesday's shooting on Wednesday", "will
    publish last year's accounts in June"; not "expected yesterday's report to show a rise in
    March", the report's content)."""
    widths = [_width(t) for t in kept if _POSSESSIVE.match(text, t.end) is None]
    finest = min(widths, default=None)
    return [
        owned_ahead(text, t)
        or (finest is not None and finest <= _width(t) and owned_by_object(text, start, t))
        for t in kept
    ]


def _width(t: Timex) -> int:
    """How many days a time spans, less one."""
    return (t.last - t.first).days if t.first is not None and t.last is not None else 0


def noun_time_ahead(text: str, start: int, t: Timex) -> bool:
    """Whether a time told as a possessive reaches now or lies ahead and follows a verb told in
    the past: the time of the noun it is the possessive of."""
    return _possessive_ahead(text, t) and _PAST_VERB.search(text, start, t.start) is not None


# A time of what may happen, told as a chance of it: "has a 2% chance of striking Earth on
# December 22, 2032", "the risk of flooding on Sunday". The possibility's time, not the
# sentence's happening's.
_CHANCE_OF = re.compile(
    r"\b(?:chances?|risk|possibility|likelihood|probability|odds)\s+(?:of|that)\s+"
    r"[a-z]+ing\b[^,;:()“”\"]{0,60}$",
    re.IGNORECASE,
)
_CHANCE_WORDS = ("chance", "risk", "possibility", "likelihood", "probability", "odds")


def chance_of(text: str, start: int, t: Timex) -> bool:
    """Whether a time is told of a chance of a happening, after its "chance of …ing"."""
    if not holds_any_blind(text[max(start, t.start - 90) : t.start], _CHANCE_WORDS):
        return False  # most times: no word of a chance before them, which the pattern needs
    return _CHANCE_OF.search(text, max(start, t.start - 90), t.start) is not None


# A year written before a noun that a verb takes as its object, or that a participle after a
# noun governs: "The minister defended the 2016 decision", "examined footage recorded during
# the 2021 protests", "admitted emails seized during a 2019 raid". The year is the noun's
# time, not the verb's (not "won gold at the 2012 Olympics": the verb's occasion).
_YEAR_WORDS = re.compile(r"(?:1[89]|20)\d\d$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:[a-z]{2,}ed|took|made|saw|won|lost|held|kept|read|heard)\s+"
    r"(?:(?:during|in)\s+)?(?:the|a|an|its|his|her|their)\s+$"
)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")


# A time that is its sentence's subject, ranked by a copula: "Last year was the hottest since
# records began", "July and August were the two hottest months ever recorded". What is told
# of, not when (not "Tonight was a peaceful vigil": a happening of that time).
_RANKED_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][a-z]+)?\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:[a-z]{3,}est|most|least|worst|best|first|second|third)\b"
)
_SUBJECT_BEFORE = re.compile(r"[\s“\"‘']*(?:[A-Z][a-z]+\s+and\s+)?")


def subject_time(text: str, start: int, t: Timex) -> bool:
    """Whether time t opens its sentence (maybe second of two joined by "and") as the subject
    of a copula that ranks it."""
    before = _SUBJECT_BEFORE.match(text, start, t.start)
    if before is None or before.end() != t.start:
        return False
    return _RANKED_AFTER.match(text, t.end) is not None


def object_year(text: str, start: int, t: Timex) -> bool:
    """Whether a bare year names the time of a noun after a verb that acts on it (above)."""
    if _YEAR_WORDS.match(t.text) is None or _NOUN_AFTER.match(text, t.end) is None:
        return False
    before = _OBJECT_BEFORE.search(text, max(start, t.start - 40), t.start)
    if before is None:
        return False
    # "during" or "in" after a participle of a noun ("footage recorded during"), not after the
    # sentence's own verb ("was injured during the 2019 protests": its occasion).
    prepositional = before.group(0).split()[1] in ("during", "in")
    return not prepositional or _AFTER_A_NOUN.search(text, start, before.start()) is not None


# A participle right after a noun: "footage recorded", "emails seized" (not "was recorded").
_AFTER_A_NOUN = re.compile(r"\b(?!(?:was|were|is|are|been|be|had|has|have)\b)[a-z]{3,}\s+$")


# A period results are told for: "The results for the third quarter will be published on
# Friday" tells of the publication's Friday; the quarter is the results'.
_RESULTS_FOR = re.compile(rf"\b(?:{'|'.join(sorted(RESULTS))})\s+for\s+$", re.IGNORECASE)


def results_for(text: str, t: Timex) -> bool:
    """Whether a time is the period results are told for (above): the noun's, not the time of
    the sentence's happening when the sentence names one of its own."""
    return _RESULTS_FOR.search(text, max(0, t.start - 20), t.start) is not None
