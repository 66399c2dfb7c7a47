"""A clause's date, as extraction chooses it: the time it states itself (the expression that
governs its verb, or a clause cut out for its own time), a time counted from the story's
("two days later"), the narrative's time, or the day the story is told on; and how sure each
is, by how it was found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.cue_words import SAYING_VERBS, outside_quotations, words_of
from viewer.core.framed_times import governing_time
from viewer.core.happenings import Piece
from viewer.core.lowered import lowered
from viewer.core.model import (
    DateBasis,
    DateValue,
    Dating,
    Document,
    Event,
    Precision,
    Span,
)
from viewer.core.narrative_time import NarrativeClock, Reference
from viewer.core.report_period import market_day, reports_figures, results_reported
from viewer.core.sentence_tense import told_in_past, told_in_present
from viewer.core.story_day import StoryDay
from viewer.core.temporal import Timex
from viewer.core.temporal.aged_years import aged_after_birth, aged_year
from viewer.core.temporal.nearest_tense import tense_near
from viewer.core.temporal.tense_cues import Tense
from viewer.core.visible import one_line

# How sure a date is, by how it was found.
SURE = {
    DateBasis.EXPLICIT: 0.93,
    DateBasis.RELATIVE: 0.86,
    DateBasis.CONTEXT: 0.66,
    DateBasis.PUBLICATION: 0.45,
}
_ANAPHORIC_SURE = 0.72


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Dated:
    """A passage's own date: the value, the words, how it was found and how sure it is."""

    value: DateValue
    text: str
    basis: DateBasis
    confidence: float
    origin: Span | None = None
    clock: bool = False  # a clock time read on the anchor's day: "about 8.40pm"

    def dating(self) -> Dating:
        return Dating(self.value, self.basis, self.text, self.confidence, self.origin)


def date_from_context(event: Event, value: DateValue, words: str, origin: Span | None) -> None:
    """An event dated after its article is read, by another sentence of it (`origin`): a count
    from a happening named there, a later telling of the same happening. Its first passage's
    dating becomes that context's."""
    sure = SURE[DateBasis.CONTEXT]
    dating = Dating(value, DateBasis.CONTEXT, words, sure, origin)
    event.date, event.date_text, event.date_basis = value, words, DateBasis.CONTEXT
    event.date_confidence = sure
    event.dating = [dating, *event.dating[1:]]


def inside(timexes: Sequence[Timex], start: int, end: int) -> list[Timex]:
    """The expressions within start-end, of a sentence's own (a few: a scan is enough)."""
    return [t for t in timexes if start <= t.start and t.end <= end]


Tenses = dict[tuple[int, int], Tense]  # `tag`'s `tenses`: the tense around each span it read


def _tense(text: str, t: Timex, lower: str, tenses: Tenses) -> Tense:
    """tense_near of an expression, taken from the tagger's when it found it already."""
    found = tenses.get((t.start, t.end))
    return tense_near(text, t.start, t.end, lower) if found is None else found


def _confidence(
    t: Timex, basis: DateBasis, rivals: int, text: str, lower: str, tenses: Tenses
) -> float:
    sure = SURE[basis]
    if basis is DateBasis.RELATIVE and _tense(text, t, lower, tenses) is Tense.FUTURE:
        sure -= 0.06  # a date ahead is a plan: it may move
    if t.precision is Precision.RANGE:
        sure -= 0.04
    return round(sure - 0.05 * min(rivals, 2), 3)


_PLACE_BETWEEN = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:on\s+)?$")


def _day_of_clock(text: str, clock: Timex, own: Sequence[Timex]) -> Timex:
    """The day a clock time is told on when a place stands between them ("as of 9:20 a.m. in
    London on Tuesday"): that day, not the clock read on the story's day."""
    for t in own:
        if t.start > clock.end and "clock" not in t.flags and t.precision is Precision.DAY:
            if _PLACE_BETWEEN.match(text[clock.end : t.start]):
                return t
            break
    return clock


def own_date(
    text: str, span: Span, piece: Piece, timexes: Sequence[Timex], lower: str, tenses: Tenses
) -> Dated | None:
    """The date a passage states itself: for a clause cut out for its own time, its first
    date; otherwise the expression that governs its main verb."""
    if piece.side:
        own = [t for t in inside(timexes, piece.opener, span.end) if t.dated()]
        chosen = piece.counted or (own[0] if own else None)
    else:
        within = inside(timexes, span.start, span.end)
        if not within and piece.counted is None:
            return None  # no time named: most clauses are spared the search for the governing one
        chosen = piece.counted or governing_time(text, span.start, span.end, within)
        own = [t for t in within if t.dated()]
        if chosen is not None and "clock" in chosen.flags:
            chosen = _day_of_clock(text, chosen, own)
    value = chosen.date_value() if chosen else None
    if chosen is None or value is None:
        return None
    basis = DateBasis.RELATIVE if chosen.relative else DateBasis.EXPLICIT
    sure = _confidence(chosen, basis, len(own) - 1, text, lower, tenses)
    words = one_line(chosen.text)  # "Feb.&nbsp;26" in a page reads "Feb. 26"
    if not piece.side and (aged := aged_year(text, span.start, span.end, chosen)) is not None:
        value, words = aged  # "Born in 1935, he began playing piano at the age of four": 1939
    return Dated(value, words, basis, sure, clock="clock" in chosen.flags)


def counted_date(
    span: Span, timexes: Sequence[Timex], clock: NarrativeClock, shown: str
) -> Dated | None:
    """A date counted from the story's last one: "two days later", "the following week"."""
    for t in inside(timexes, span.start, span.end):
        reference = clock.counted_from(t, shown)
        if reference is None:
            continue
        if "anaphoric" in t.flags or clock.from_story(t.text, shown):
            value = resolve_anaphoric(t, reference.value)
            if value is not None:
                words = one_line(t.text)
                return Dated(value, words, DateBasis.CONTEXT, _ANAPHORIC_SURE, reference.sentence)
    return None


# What followed a happening just told, named back by "that" or "this": "Vigils followed that
# shooting as well" is of the shooting's time, not of the day the story is told on.
_FOLLOWED_THAT = re.compile(
    r"\b(?:followed|after|following)\s+(?:that|this)\s+(?!(?:he|she|they|it|we|i)\b)[a-z]",
    re.IGNORECASE,
)


def _followed_that(story: Reference | None, today: Dated | None, shown: str) -> bool:
    """Whether an undated sentence tells in the past what followed the happening just told."""
    if story is None or lies_after(story, today) or not _names_following(shown):
        return False
    return told_in_past(shown)


def _names_following(shown: str) -> bool:
    """`_FOLLOWED_THAT.search(shown)`, searched only when the passage lowercased holds "after"
    or "follow": a case-blind search after `\b` tries its words at every character, some
    fifty times the cost of lowering (`lowered`, which the passage's cues share). No letter
    but an ASCII one matches these letters case-blind, nor lowers to one."""
    low = lowered(shown)
    if "after" not in low and "follow" not in low:
        return False
    return _FOLLOWED_THAT.search(shown) is not None


def _period_after(clock: NarrativeClock, reference: Reference | None) -> bool:
    """Whether the period the story's figures are of was named no earlier than the time an
    undated figure would otherwise take (none: the period)."""
    if reference is None:
        return True
    period = clock.period
    return (
        period is not None
        and reference is clock.paragraph
        and (period.sentence.start >= reference.sentence.start)
    )


def fallback(
    today: Dated | None, clock: NarrativeClock, shown: str, statement: bool, story: bool = False
) -> Dated | None:
    """No date of its own: the narrative's time; for a figure of results, the period the
    story's figures are of; else the day the story is told on (`today_of`). `story`: a clause
    of the story's time, undone at a later one ("Roads … were closed for some time, | but …
    they were all reopened by 4.30pm on Saturday": coordinated_times.py)."""
    if story and clock.story is not None:
        sure = SURE[DateBasis.CONTEXT]
        return Dated(
            clock.story.value, clock.story.text, DateBasis.CONTEXT, sure, clock.story.sentence
        )
    reference = clock.paragraph
    if reference is not None and lies_before(reference, today) and told_in_present(_telling(shown)):
        reference = None  # "Iraq still has thousands of Americans…": now, not that past day
    if reference is not None and lies_after(reference, today) and _told_before(shown, statement):
        reference = None  # "Edward L. Kane succeeded Mr. Taylor" after "takes effect Nov. 13"
    reference = clock.earlier(shown, statement) or reference  # a month, a flashback's time
    if clock.market is not None and market_day(shown.lower(), undated=reference is None):
        reference = clock.market  # "Stock prices fell sharply" in a story of yesterday's market
    if (
        clock.period is not None
        and reports_figures(shown)
        and _period_after(clock, reference)
        and not results_reported(shown)  # "The company reported net of $547 million": a
        # report of the story's day, not of the period its figures are of
    ):
        reference = clock.period  # "… said yesterday that it lost $202 million in the third
        # quarter." / "Revenue fell 11 percent": the quarter's, not the telling's day
    if reference is None and _followed_that(clock.story, today, shown):
        reference = clock.story  # "Vigils followed that shooting as well."
    if reference is None:
        return today
    sure = SURE[DateBasis.CONTEXT]
    told = clock.flashback_told if reference is clock.flashback else ""
    told = clock.run_told if reference is clock.run else told
    if told and (aged := aged_after_birth(reference.value, reference.text, told, shown)):
        return Dated(aged[0], aged[1], DateBasis.CONTEXT, sure, reference.sentence)  # at four
    return Dated(reference.value, reference.text, DateBasis.CONTEXT, sure, reference.sentence)


# A verb of saying in the past: a statement told with one was made by the story's day.
_SAID = (SAYING_VERBS - {"says", "tells"}) | {"added"}


def _told_before(shown: str, statement: bool) -> bool:
    """Whether a sentence tells what happened by the story's day: told in the past, or a
    statement its teller made in the past, whatever the tense of what was said ("The 23 crew
    members are unharmed, the ministry said" after "The ship is expected to arrive on
    Friday": said before the story, not on Friday)."""
    if told_in_past(shown):
        return True
    if not statement:
        return False
    return not _SAID.isdisjoint(words_of(lowered(outside_quotations(shown))))


def _telling(shown: str) -> str:
    """The words that tell a sentence, its quotation left out when a tag tells it ("“We will
    not leave anyone without shelter,” he said.": said then, not told in the present)."""
    told = outside_quotations(shown)
    return told if any(c.isalpha() for c in told) else shown


def today_of(doc: Document, story: StoryDay | None) -> Dated | None:
    """The day a story is told on, for what it tells with no time of its own: the day its
    dateline names (the story's time, named by the dateline), else its publication date."""
    sure = SURE[DateBasis.PUBLICATION]
    if story is not None:
        day = DateValue.day(story.day)
        return Dated(day, story.words, DateBasis.CONTEXT, sure, story.dateline)
    if doc.date is None:
        return None
    return Dated(DateValue.day(doc.date), doc.date_text, DateBasis.PUBLICATION, sure)


def lies_after(reference: Reference, today: Dated | None) -> bool:
    """Whether a narrative's time lies after the day the story is told on: what the story
    told in the past did not happen then."""
    return today is not None and reference.value.first > today.value.last


def lies_before(reference: Reference, today: Dated | None) -> bool:
    """Whether a narrative's time lies before the day the story is told on."""
    return today is not None and reference.value.last < today.value.first
