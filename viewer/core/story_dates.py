"""The dates a clause takes from the story it is told in, when it states none of its own or
states one its story reads otherwise: the run of happenings it continues, the story's news
day, a happening it is counted from, the sentence's main happening, a step after it.

`StoryDates` is the part of extract.py's reader that finds them; the reader keeps the state
they are read from, declared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from viewer.core.clause_dates import (
    SURE,
    Dated,
    Tenses,
    counted_date,
    fallback,
    inside,
    lies_before,
    own_date,
)
from viewer.core.come_count import counted_from_come
from viewer.core.counted_clause import counted_back
from viewer.core.counted_from_happening import counted_day
from viewer.core.counted_phrases import Counted, counts_from_named
from viewer.core.cue_words import outside_quotations
from viewer.core.detail_cues import told_ahead
from viewer.core.happenings import Piece
from viewer.core.introduced_noun import introduced_day
from viewer.core.model import DateBasis, DateValue, Dating, Document, Event, Precision, Span
from viewer.core.narrative_time import NarrativeClock, Reference, reports_actors
from viewer.core.news_day import NewsDay, told_by
from viewer.core.news_time_cues import of_the_news_day
from viewer.core.past_tense import past_perfect_in
from viewer.core.quoted_day import QuoteMarks, spoken_day
from viewer.core.referred_back import referred_day
from viewer.core.repeated_verb import told_again
from viewer.core.report_period import is_period, market_move, results_reported
from viewer.core.speaker_refusal import refused_then
from viewer.core.temporal import Timex
from viewer.core.temporal.small_hours import after_midnight, evening_clock

# A day named by its evening or night: "Friday evening", "Tuesday night", "late Sunday".
_EVENING = re.compile(r"\b(?:evening|night|late)\b", re.IGNORECASE)

# A clock time opening its sentence after "By": "By midday,", "By 2pm,", "By about 6.30pm,".
_BY_CLOCK = re.compile(
    r"By\s+(?:about\s+|around\s+)?(?:midday|noon|midnight|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b)"
)


class StoryDates:
    """The dates of an article's clauses found from its story, as read so far."""

    doc: Document
    text: str
    lower: str
    tenses: Tenses
    today: Dated | None
    clock: NarrativeClock
    news: NewsDay
    quotes: QuoteMarks
    events: list[Event]
    statement: Event | None
    paragraph: int
    statement_paragraph: int
    statement_reached: int
    sentence_start: int
    sentence_end: int
    main: DateValue | None
    main_dated: Dating | None
    untold: Dated | tuple[str, bool, bool] | None
    before: str  # the sentence before the one read

    def _statement_near(self) -> bool:
        """A statement carries on in its own paragraph or the next, not further."""
        return self.paragraph - self.statement_paragraph <= 1

    def _market_day(self, found: Dated, span: Span) -> bool:
        """Whether a passage names the day of a market's move told before publication, which
        the story's undated moves share ("in composite trading yesterday")."""
        if self.today is None or found.value.last > self.today.value.first:
            return False
        return market_move(self.lower, span.start, span.end)

    def _run(self, shown: str, statement: bool) -> Dated | None:
        """The day of the run of past happenings an undated action continues (narrative_time.py:
        "She was suspended on the spot" after that day's outburst)."""
        run = self.clock.run_for(shown, statement)
        if run is None or not lies_before(run, self.today):
            return None
        sure = SURE[DateBasis.CONTEXT]
        return Dated(run.value, run.text, DateBasis.CONTEXT, sure, run.sentence)

    def _news_day(
        self, shown: str, today: Dated | None, at: int | None = None, clock: bool = False
    ) -> Dated | None:
        """The story's news day (news_day.py) for a happening told in the simple past with no
        day of its own (at `at`: an action, or a `clock` time), in a story with no dateline."""
        if today is None or today.basis is not DateBasis.PUBLICATION:
            return None
        day = self.news.day(self.clock.lede, self.clock.lede_end, at, clock=clock)
        if day is None:
            return None
        # "By midday, security men had locked the gates": the state the news day had come to
        # by its clock time, told in the past perfect.
        by_clock = clock and _BY_CLOCK.match(shown) is not None and past_perfect_in(shown.lower())
        # "He says most of the other 100 workers were able to get out": an account of what its
        # actors did, its teller's verb in the present as broadcast copy tells it.
        if not (by_clock or of_the_news_day(shown) or reports_actors(shown)):  # the day first
            return None
        sure = SURE[DateBasis.CONTEXT]
        return Dated(day.value, day.text, DateBasis.CONTEXT, sure, day.sentence)

    def _by_the_telling(self, shown: str, own: Dated, at: int) -> Dated:
        """A clause's clock time ("about 8.40pm"), or a day it was told on, read by the story's
        telling: the news day's, the night after it ("claimed victory shortly after 1 a.m."),
        or the day ahead a plan is of ("The ceremony will begin at 11 a.m.")."""
        clock = own.clock
        day = self._news_day(shown, self.today, at, clock=clock)
        if day is not None and clock and after_midnight(own.text):
            day = self._night_after(day)
        elif day is None and clock:
            day = self._day_ahead(shown)
        return day if day and (clock or day.value.first <= own.value.last) else own

    def _night_after(self, day: Dated) -> Dated:
        """The day after a news day named by its evening or night ("on Friday evening"), for
        a clock time of the small hours told of it ("brought under control at about 3am"), when
        that day is no later than the one the story is told on."""
        today = self.today
        after = day.value.first + timedelta(days=1)
        evening = _EVENING.search(day.text) or evening_clock(day.text)  # "at 8 p.m."
        if today is None or after > today.value.last or not evening:
            return day
        return Dated(DateValue.day(after), day.text, day.basis, day.confidence, day.origin)

    def _day_ahead(self, shown: str) -> Dated | None:
        """The day ahead the story last named, for a clock time told of a plan with no day of
        its own: "The prince will marry at the abbey on Sept. 12. | The ceremony will begin at
        11 a.m." is of Sept. 12, not of the day the story is told on."""
        story, today = self.clock.story, self.today
        if story is None or today is None or story.value.precision is not Precision.DAY:
            return None
        if story.value.first <= today.value.last or not told_ahead(outside_quotations(shown)):
            return None
        sure = SURE[DateBasis.CONTEXT]
        return Dated(story.value, story.text, DateBasis.CONTEXT, sure, story.sentence)

    def _from_main(self, span: Span, timexes: Sequence[Timex], own: Dated | None) -> Dated | None:
        """A side clause counted back from its sentence's main happening: one cut after a count,
        its only time a relative clause's (counted_clause.py); one with no time of its own cut
        after "came <count>" ("The raid comes little over a month | after …": come_count.py)."""
        if own is None:
            back = counted_from_come(self.text, span.start, self.sentence_start, self._main_day)
        else:
            back = None if self.main is None else counted_back(self.text, span, timexes, self.main)
        if back is None:
            return own
        sentence = self._source(Span(self.sentence_start, self.sentence_end))
        return Dated(back[0], back[1], DateBasis.CONTEXT, SURE[DateBasis.CONTEXT], sentence)

    def _main_day(self) -> DateValue | None:
        """The date of the sentence's main happening, an event or not (then as if it were):
        with no time of its own, a happening told again by a definite noun ("The decision
        comes three weeks | after …") is of the story's news day, not of the day it is told."""
        told = self.untold
        if self.main is not None or told is None:
            return self.main
        found = told if isinstance(told, Dated) else fallback(self.today, self.clock, *told)
        if found is not None and found.basis is DateBasis.PUBLICATION:
            news = self._story_news(self.sentence_start)
            return found.value if news is None else news.value
        return None if found is None else found.value

    def _story_news(self, at: int) -> Reference | None:
        """The day of the happening a story is about, for a passage at `at`: its news day, else
        its lede's day, else its dateline's."""
        today = self.today
        if today is None:
            return None
        if today.basis is DateBasis.PUBLICATION:
            return self.news.day(self.clock.lede, self.clock.lede_end, at) or self.clock.lede
        return None if today.origin is None else Reference(today.value, today.text, today.origin)

    def _counted(
        self, span: Span, timexes: Sequence[Timex], shown: str
    ) -> tuple[Dated | None, Counted | None]:
        """A date counted from the story's last time ("two days later") or from a happening
        it dated before ("On the night of the shooting"); and the count from a named one."""
        counted = counted_date(span, timexes, self.clock, shown) if timexes else None
        count = None if counted else counts_from_named(shown)
        day = counted_day(count, self.events, self._story_news(span.start)) if count else None
        if day is None:
            return counted, count
        sure = SURE[DateBasis.CONTEXT]
        return Dated(day.value, day.text, DateBasis.CONTEXT, sure, day.sentence), count

    def _source(self, span: Span) -> Span:
        return Span(*self.doc.visible.to_source(span.start, span.end))

    def _step_after(self, piece: Piece) -> Dated | None:
        """A step told as coming later than the sentence's happening before it, with no time of
        its own ("… was booked into county jail | and later released on bond"): of that
        happening's date as the story knows it, the earliest it can be."""
        told = self.main_dated
        if not piece.later or told is None:
            return None
        sentence = self._source(Span(self.sentence_start, self.sentence_end))
        return Dated(told.value, told.text, DateBasis.CONTEXT, SURE[DateBasis.CONTEXT], sentence)

    def _story_time(self, shown: str, today: Dated, statement: bool, start: int) -> Dated:
        """The day an undated clause takes from its story: the run of happenings it goes on,
        the statement a refusal follows, a first telling it repeats, or the news day."""
        # An account told before its teller or after it is an action (news_day.py).
        account = told_by(shown) or reports_actors(shown)
        at = None if statement and not account else start
        near = self.paragraph - max(self.statement_paragraph, self.statement_reached) <= 1
        earlier = refused_then(shown, self.statement if near else None, today)
        earlier = earlier or told_again(shown, self.events, today, statement)
        earlier = earlier or introduced_day(shown, self.events, today, statement)
        earlier = earlier or referred_day(shown, self.before, self.events, today, statement)
        return self._run(shown, statement) or earlier or self._news_day(shown, today, at) or today

    def _own_date(
        self, span: Span, piece: Piece, timexes: Sequence[Timex], shown: str
    ) -> Dated | None:
        """The date a clause states itself, as its story reads it: a day a speaker's words
        count from, none for one counted from the story's time, one counted back from its
        sentence's main happening."""
        if not timexes and not piece.side and piece.counted is None:
            return None  # no time in the sentence (most): none of its own to read
        own = own_date(self.text, span, piece, timexes, self.lower, self.tenses)
        near = self.statement if self._statement_near() else None
        if own and (
            said := spoken_day(self.quotes, span, timexes, own.text, self.clock.today, near)
        ):
            own = Dated(said, own.text, DateBasis.CONTEXT, own.confidence)  # quoted_day.py
        if own is not None and self.clock.from_story(own.text, shown):
            own = None  # "the previous month" in a story told of another time: counted from it
        if (
            own is not None
            and not piece.side
            and (period := _of_results(own, span, timexes, shown))
        ):
            # The report is of its own day, or of one the story tells of; its period, the one
            # the story's figures are of ("Sales rose 50%"), as if it were dated by it.
            self.clock.figures_of(Reference(period[0], period[1], self._source(span)))
            if own.text == period[1]:
                return None
        return self._from_main(span, timexes, own) if piece.side else own


def _of_results(
    own: Dated, span: Span, timexes: Sequence[Timex], shown: str
) -> tuple[DateValue, str] | None:
    """The period of the results a clause reports, as their noun's modifier ("The company
    reported a third-quarter net loss of $5.1 million"), and its words: its own time, or
    another beside the day the report is of ("… third-quarter earnings yesterday")."""
    if is_period(own.value):
        return (own.value, own.text) if results_reported(shown, own.text) else None
    if len(timexes) < 2 or not results_reported(shown):
        return None  # the sentence names no other time, or reports no results (most)
    for t in inside(timexes, span.start, span.end):
        value = t.date_value()
        if value is not None and is_period(value) and results_reported(shown, t.text):
            return value, t.text
    return None
