"""Event extraction: each reported happening of an article becomes a dated event.

A sentence is cut into its happenings (happenings.py: a "since…" or "who…" clause with a
time of its own is one more; a plain list of actions on one occasion stays one); each part that
reports a happening (event_selection.py) is dated by its own time expression, else by the
time of the narrative it continues (narrative_time.py; what a clause takes from its story:
story_dates.py), else by its article's publication date. The headline is one more passage of
the lede's event, or an event of its own.

Sentences, happenings and dates are found in the visible text; each passage is kept by the
source span its words come from, and its id made from the words as written there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from viewer.core.article_title import Untitled, retold_events, with_headline
from viewer.core.clause_dates import Dated, Tenses, fallback, inside, today_of
from viewer.core.come_count import news_told_again
from viewer.core.counted_from_happening import Pending, date_counted
from viewer.core.counted_phrases import Counted
from viewer.core.date_lists import tag_unlisted
from viewer.core.deadline_words import named_as_limit
from viewer.core.decision_day import dated_by_decision_day
from viewer.core.event_details import placed
from viewer.core.event_of import MIN_CHARS, event_of, passage_of
from viewer.core.event_selection import Judgement, judge
from viewer.core.happening_openers import reported_after
from viewer.core.happenings import Piece, openers_text
from viewer.core.headline import headline
from viewer.core.headline_deletions import day_words, without_count_at_cut
from viewer.core.lowered import remember, slices_lower
from viewer.core.model import (
    UNDATED_ANCHOR,
    DateValue,
    Dating,
    Document,
    Event,
    Precision,
    Span,
    unique_ids,
)
from viewer.core.motive_cues import motive
from viewer.core.narrative_time import NarrativeClock, Reference
from viewer.core.news_day import NewsDay, in_spans, told_on
from viewer.core.news_time_cues import conceded
from viewer.core.plan_cues import forecast
from viewer.core.quoted_day import QuoteMarks
from viewer.core.relative_title import titled_clause
from viewer.core.report_period import is_period, reports_figures
from viewer.core.report_title import bare_report, report_title
from viewer.core.reported_confidence import report_confidence
from viewer.core.retold_act import join_retold_acts
from viewer.core.retold_decision import join_retold_decisions
from viewer.core.said_again import said_again
from viewer.core.sentence_pieces import split_happenings
from viewer.core.sentence_tense import told_in_past, told_without_past
from viewer.core.sentences import split_sentences, visible_body
from viewer.core.speech_tags import tag_time
from viewer.core.statement_cues import adds_news, is_statement, spoken_again, wholly_quoted
from viewer.core.story_dates import StoryDates
from viewer.core.story_day import story_day
from viewer.core.temporal import Timex
from viewer.core.title_event import (
    other_teller,
    same_subject,
    speaker_named_in,
    speakers_of,
)
from viewer.core.title_group import name_group_titles
from viewer.core.title_office import name_office_titles
from viewer.core.title_referent import name_pronoun_titles
from viewer.core.title_thing import name_thing_titles
from viewer.core.transcripts import Transcript
from viewer.core.vague_opener import opens_vaguely
from viewer.core.visible import one_line

# A clause cut for its own time, or the main clause it was cut from when that has a time of
# its own ("Buckley died a day | after …"), may be shorter than a passage (MIN_CHARS,
# event_of.py).
MIN_SIDE_CHARS = 12

# An event dated only by its article's publication must be surer of being a happening: most
# undated sentences past the lede are background, analysis or what a speaker thinks. The lede
# tells the story's news: being an event is enough for it.
UNDATED_THRESHOLD = 0.7


class _Reader(StoryDates):
    """Reads one article's visible text sentence by sentence, keeping its narrative time."""

    def __init__(
        self,
        doc: Document,
        text: str,
        lower: str,  # lowercase_same_length(text)
        timexes: Sequence[Timex],
        tenses: Tenses,
        today: Dated | None,
        body: Sequence[Span],
    ) -> None:
        self.doc = doc
        self.today = today  # what an event told with no time of its own is dated by
        self.text = text
        self.timexes = timexes
        self.tenses = tenses  # the tagger's, by span
        self.starts = [t.start for t in timexes]  # in text order: a sentence's found by bisection
        self.lower = lower
        self.sliced = slices_lower(text)  # a clause's lowercase is its slice of `lower`
        self.openers_lower = openers_text(text, self.lower)
        self.clock = NarrativeClock(None if today is None else today.value.first)
        self.events: list[Event] = []
        self.statement: Event | None = None  # the last statement, which a quote may carry on
        self.paragraph = 0
        self.statement_paragraph = self.statement_reached = -2  # where it began, and reached
        self.last: Event | None = None  # the paragraph's last event, which it may elaborate
        self.last_text = ""  # its words as read
        self.transcript = Transcript()  # a speech told line by line after a colon line
        self.sentences = 0
        self.before = ""  # the sentence before the one read, for a past spelt as its base
        # The story's news day is told in its article text, not in a caption or a footer.
        told = in_spans(timexes, body)
        self.news = NewsDay(text, told, doc.date, self._source, body)
        self.quotes = QuoteMarks(text)  # where its quotation marks are, once asked
        # Titled once the article's headline has said whether it is the lede's (`_with_title`).
        self.untitled: dict[int, Untitled] = {}
        self.sentence_start = self.sentence_end = 0
        self.main: DateValue | None = None  # the date of the sentence's main happening so far
        self.main_dated: Dating | None = None  # how that happening was dated
        self.untold: Dated | tuple[str, bool, bool] | None = None  # its, when it is no event
        # Events told with no time of their own but a count from a named happening ("in the
        # week before the double murder"): dated once the article's events are read.
        self.counted: list[Pending] = []

    def sentence(self, sentence: Span, paragraph_starts: bool) -> None:
        if paragraph_starts:
            self.clock.new_paragraph()
            self.paragraph += 1
            self.last = None
        first = bisect_left(self.starts, sentence.start)
        last = bisect_right(self.starts, sentence.end)
        own = [t for t in self.timexes[first:last] if t.end <= sentence.end]
        self.clock.days(own)  # a day the sentence names may bring the story back to its time
        self.sentence_start, self.sentence_end = sentence.start, sentence.end
        self.main, self.untold, self.main_dated = None, None, None
        pieces = split_happenings(self.text, sentence, own, self.openers_lower, self.clock.story)
        # One piece alone is never told after a "since" clause of its sentence: not looked for.
        split = len(pieces) > 1
        since = split and any(p.side and _SINCE.match(self.text, p.span.start) for p in pieces)
        for piece in pieces:
            # A plain list of actions told on one occasion stays one event.
            self.clause(piece.span, piece, own, _Cue(split, since and not piece.side))
        self.sentences += 1
        self.before = self.text[sentence.start : sentence.end]

    def _narrated(self) -> bool:
        """Whether the sentence before is told in the past (asked only of a past spelt as its
        base after a plural subject: "But at night the flames spread to two more buildings")."""
        return told_in_past(self.before)

    def _judge(
        self, shown: str, piece: Piece, dated: bool, cue: _Cue, ahead: bool = False
    ) -> Judgement:
        judged = judge(
            shown,
            dated or piece.telling,  # a telling cut from what it tells: of the story's time
            side=piece.side,
            split=cue.split,
            lede=self.sentences == 0,
            narrated=self._narrated,
        )
        if cue.since and not dated and _PERFECT.search(shown):
            # "Since Russia invaded…, the US has imposed…": a summary up to now.
            judged = Judgement(
                round(judged.confidence - 0.3, 3), judged.continues, judged.statement
            )
        elif (
            ahead
            and not judged.statement
            and told_without_past(shown)
            and not _A_DATE.match(shown)
            and not forecast(shown)  # "Fuel prices are likely to rise next month"
        ):
            # "Jackson is due in court Feb. 17", "The law takes effect April 1 next year": a
            # happening scheduled on a day ahead, told in the present, is a plan made public.
            judged = Judgement(
                round(judged.confidence + 0.1, 3), judged.continues, judged.statement
            )
        return judged

    def _ahead(self, own: Dated | None) -> bool:
        """Whether a clause's own date lies after the day the story is told on."""
        today = self.today
        return own is not None and today is not None and own.value.first > today.value.last

    def _carries_on(
        self,
        span: Span,
        shown: str,
        judged: Judgement,
        dated: bool,
        statement: bool,
        own: Dated | None,
    ) -> bool:
        """Join a passage to the event it carries on: a quote continuation, or an undated
        sentence of the same paragraph about the same thing ("The mayor said a Russian
        missile strike killed…" after "Russian forces struck…"). `own`: its own time, the day
        its speech tag tells when that is its only time ("“…,” he said on Tuesday.")."""
        said_on = own.value if own is not None and tag_time(shown, own.text) else None
        target = self.transcript.of(span, shown, dated, statement, self.events)
        if target is not None:  # a line of a speech after "… in his remarks:"
            target.add_passage(passage_of(self.doc, span), target.dating_of(0))
            return True
        near = self.statement is not None and self._statement_near()
        # A quotation told on its own, judged no happening of its own, goes on with the
        # statement before it: "“…,” a detective said. “They just started firing.”"
        quoted = not dated and not judged.is_event and wholly_quoted(shown)
        # So does the same speaker's next line, told on the statement's day.
        again = not dated or (near and said_on is not None and self._said_that_day(said_on))
        if near and (
            judged.continues or quoted or (again and self._same_speaker(shown, statement))
        ):
            target = self.statement
        elif not dated and self.last is not None and same_subject(shown, self.last_text):
            target = self.last
        if target is None:
            return False
        if target is self.statement:  # a statement carried on reaches this paragraph
            self.statement_reached = self.paragraph
        target.add_passage(passage_of(self.doc, span), target.dating_of(0))
        return True

    def _said_that_day(self, said_on: DateValue) -> bool:
        """Whether a speech tag's day is the day of the last statement."""
        assert self.statement is not None
        return self.statement.date.overlaps(said_on)

    def _same_speaker(self, shown: str, statement: bool) -> bool:
        """An undated statement by the last statement's speaker, adding no figure or plan:
        "…," he said; "Biden stated, …" after Biden spoke."""
        if not statement or adds_news(shown):
            return False
        assert self.statement is not None
        if spoken_again(shown):
            # Not a speaker the last statement's tag calls otherwise: "…," he said, then
            # "…," she said is another speaker.
            return not other_teller(shown, self.statement.passages_text())
        names = speakers_of(shown)
        if not names:
            return False  # no name to look for: the earlier passages need not be read
        before = self.statement.passages_text()
        return speaker_named_in(names, before)

    def _react(self, target: Event, span: Span, shown: str, undated_statement: bool) -> None:
        """A passage (`shown`) joined to the event it reacts to, or tells of: the speaker of
        an undated statement telling a motive goes on there."""
        target.add_passage(passage_of(self.doc, span), target.dating_of(0))
        if undated_statement and motive(shown):  # the speaker goes on there
            self.statement, self.statement_paragraph = target, self.paragraph

    def clause(self, span: Span, piece: Piece, timexes: Sequence[Timex], cue: _Cue) -> None:
        doc, raw = self.doc, self.text[span.start : span.end]
        shown = one_line(raw)
        short = len(shown) < MIN_CHARS and not piece.side
        if len(shown) < MIN_SIDE_CHARS or (short and not cue.split):
            return
        if shown is raw and self.sliced:  # on one line as written: its lowercase is a slice
            remember(shown, self.lower[span.start : span.end])
        own = self._own_date(span, piece, timexes, shown)
        if short and own is None and not piece.telling:
            if piece.frame:  # "The move came a day | after …" is counted from, for `_main_day`
                self.untold = (shown, False, piece.of_story)
            return  # a main clause cut short keeps a time of its own: "Buckley died a day |"
        clock = own is not None and own.clock  # a clock time read on the anchor's day
        if own is not None and (clock or told_on(shown, own.text)):  # "about 8.40pm"
            own = self._by_the_telling(shown, own, span.start)
        counted, count = (None, None) if own else self._counted(span, timexes, shown)
        dated = own is not None or counted is not None
        judged = self._judge(shown, piece, dated, cue, self._ahead(own))
        statement = is_statement(shown) if judged.statement is None else judged.statement
        if not dated:
            self.clock.told(shown, statement)
        if (
            self._carries_on(span, shown, judged, dated, statement, own)
            or not judged.is_event
            or piece.frame  # "Thursday's shooting came just weeks | after …": come_count.py
        ):
            if not piece.side:  # for `_main_day`
                self.untold = own or counted or (shown, statement, piece.of_story)
            if piece.frame and (lede := news_told_again(self.events, self._main_day())):
                lede.add_passage(passage_of(doc, span), lede.dating_of(0))
            return
        if (found := self._found(own or counted, piece, shown, statement)) is None:
            return
        bar = UNDATED_THRESHOLD if self.sentences else 0.0  # the lede: an event is enough
        if (undated := found is self.today) and judged.confidence >= bar:
            found = self._story_time(shown, found, statement, span.start)
        if found is self.today and judged.confidence < bar:
            return  # nothing in the story says when: only a clear happening is worth a guess
        if not dated and self.today is not None and opens_vaguely(shown):
            found = self.today  # "Recently, speaking of …": no day of the narrative (vague_opener)
        if statement and self._said_again(span, own, piece, shown):
            return
        target, judged = placed(self.events, shown, found.value, judged, dated, undated, clock)
        if target is not None:  # a reaction to the event before it
            return self._react(target, span, shown, statement and not dated)
        if not judged.is_event:  # the writer's own judgement after another time's event
            return
        event = event_of(doc, span, found, judged, "")
        self._add(event, span, piece, timexes, shown)
        if not dated and count is not None:
            self.counted.append((event, count, self._story_news(span.start)))
        if statement:
            self.statement, self.statement_paragraph = event, self.paragraph
        if own is not None:
            self._told_at(found, span, piece, shown, statement)
        elif counted is not None:
            self._counted_at(counted, count, span)

    def _found(self, own: Dated | None, piece: Piece, shown: str, statement: bool) -> Dated | None:
        """A clause's date: its own or counted one, the step it follows, or the story's."""
        found = own or self._step_after(piece)
        return found or fallback(self.today, self.clock, shown, statement, piece.of_story)

    def _said_again(self, span: Span, own: Dated | None, piece: Piece, shown: str) -> bool:
        """Join a statement told on its own day to the same speaker's statement of that day
        further up ("Mr. Kelly … said Tuesday that …" after "… Kelly, said Tuesday that …")."""
        if own is None:
            return False
        target = said_again(shown, own.text, own.value, self.events, self.text, span.start)
        if target is None:
            return False
        target.add_passage(passage_of(self.doc, span), target.dating_of(0))
        self.statement, self.statement_paragraph = target, self.paragraph
        self._told_at(own, span, piece, shown, True)
        return True

    def _counted_at(self, counted: Dated, count: Counted | None, span: Span) -> None:
        """The story goes on at a time counted from another: "Less than two weeks later", a
        span of days the narrative goes on at; "On the night of the shooting, …"."""
        reference = Reference(counted.value, counted.text, self._source(span))
        narrative = counted.value.precision in _NARRATIVE or counted.value.days <= 14
        self.clock.set(reference, narrative=narrative, counted=True)
        if count is not None and count.opens:
            self.clock.night_of(reference)

    def _add(
        self, event: Event, span: Span, piece: Piece, timexes: Sequence[Timex], shown: str
    ) -> None:
        """Keep a new event, to be titled (or titled now, a bare report)."""
        if not piece.side:
            self.main, self.main_dated = event.date, event.dating_of(0)
        known = day_words(t for t in inside(timexes, span.start, span.end) if _dates(t, event))
        before = one_line(self.text[self.sentence_start : span.start])
        if bare_report(shown):  # "…, the Academy announced Friday": titled by what was said
            after = one_line(self.text[span.end : self.sentence_end])
            event.title = report_title(shown, before, after)
        else:
            cut = not piece.side and _CUT_BEFORE.match(self.text, span.end) is not None
            said = without_count_at_cut(shown) if cut else shown  # "resigned a day | after"
            self.untitled[id(event)] = (event, said, known, before, piece.side)
        self.events.append(event)
        self.last, self.last_text = event, shown

    def _told_at(self, found: Dated, span: Span, piece: Piece, shown: str, said: bool) -> None:
        """The story goes on at a clause's own time; the source span a reader is shown is the
        sentence it was taken from. A side clause's own time is only the last the story named:
        "A week later" after "… after breaking his fibula in the Sept. 20 win" counts from it."""
        if piece.side and not conceded(self.text, span.start):
            # Not a report cut after what it reports ("…, a police spokeswoman said at a news
            # conference on Thursday"): the telling's day, not one counted from; nor a time
            # counted from the main clause's ("fell … on 14 March, three days | after being
            # admitted"): the story stays at the fall, which "the following day" counts from.
            reported = reported_after(", " + shown, 0, len(shown) + 2)
            if not reported and not _FROM_MAIN.search(found.text):
                named = Reference(found.value, found.text, self._source(span))
                self.clock.named(named)
                if is_period(found.value) and reports_figures(shown):
                    self.clock.period = named  # "said yesterday | that it lost $202 million in
                    # the third quarter": the period the story's figures are of
            return
        origin = self._source(
            Span(min(span.start, piece.span.start), max(span.end, piece.span.end))
        )
        if (at := shown.find(found.text)) > 0 and named_as_limit(shown, at):
            return  # "The water had gone down by Saturday afternoon": the story stays where it is
        # Only a day or a week is a time a following statement can be said to share.
        reference = Reference(found.value, found.text, origin)
        # A month or a year in what a speaker said is the story's, not the narrative's.
        narrative = found.value.precision in _NARRATIVE
        self.clock.set(reference, narrative=narrative, shared=not said, end=span.end, shown=shown)
        if found.value.precision is Precision.DAY and self._market_day(found, span):
            self.clock.market, self.clock.run = reference, None  # a figure, not a run


def _dates(t: Timex, event: Event) -> bool:
    """Whether a time in an event's passage may be left out of its title, the card showing
    the date: not a period that does not date it ("Savin Corp. reported a third-quarter net
    loss", dated by the report's day, keeps "third-quarter")."""
    if t.precision is not Precision.RANGE and t.precision is not Precision.MONTH:
        return True  # no period (most): asked nothing more
    value = t.date_value()
    return value is None or not is_period(value) or one_line(t.text) == event.date_text


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class _Cue:
    """What a clause's sentence says of it: one of several happenings; opened by "since"."""

    split: bool
    since: bool


_SINCE = re.compile(r"since\b", re.IGNORECASE)
_CUT_BEFORE = re.compile(r"\s*(?:after|before)\b", re.IGNORECASE)  # the next piece's opener
_FROM_MAIN = re.compile(r"\b(?:after|before)$", re.IGNORECASE)  # "three days after"
# A date named as what a date is, no happening: "The record date is Nov. 9."
_A_DATE = re.compile(
    r"\W*(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}(?:date|deadline)\s+(?:is|are|was|were)\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|ght)\b", re.IGNORECASE)
_NARRATIVE = frozenset({Precision.DAY, Precision.WEEK})


def _run_together(text: str, body: Sequence[Span]) -> list[int]:
    """Where the article text's paragraphs start, when two of them follow each other with no
    line break between (a file that gives each paragraph a line, shown run together); else
    none, and a line break alone tells where a paragraph starts."""
    if all("\n" in text[a.end : b.start] for a, b in pairwise(body)):
        return []
    return [span.start for span in body]


def extract_events(doc: Document) -> list[Event]:
    """The dated events of one document, in text order. A pure function of the document."""
    # Undated, an article can only give events the dates it states in full, or counts from
    # them: one fixed anchor finds them (a two-figure year needs one), and every date counted
    # from publication is dropped.
    # A dateline's day is the story's today: "yesterday" and "on Friday" count from it.
    story = story_day(doc)
    anchor = story.day if story else doc.date or UNDATED_ANCHOR
    text, body = visible_body(doc)
    tenses: Tenses = {}
    timexes, lower = tag_unlisted(text, anchor, tenses)
    if doc.date is None:
        timexes = [t for t in timexes if not t.relative or "anaphoric" in t.flags]
    today = today_of(doc, story)
    reader = _Reader(doc, text, lower, timexes, tenses, today, body)
    previous_end, starts = -1, _run_together(text, body)
    sentences = split_sentences(text, body)
    for sentence in sentences:
        # A new paragraph: a line break between this sentence and the last, or a paragraph of
        # the article text begun after the one the last sentence ended in (a file that gives
        # each paragraph a line of its own, shown run together).
        breaks = previous_end < 0 or text.find("\n", previous_end, sentence.start) >= 0
        if not breaks and starts:
            breaks = bisect_right(starts, previous_end - 1) < bisect_right(starts, sentence.start)
        reader.sentence(sentence, breaks)
        previous_end = sentence.end
    date_counted(reader.counted, reader.events)
    events = retold_events(doc, reader.events, reader.untitled)
    events = with_headline(doc, text, events, reader.untitled, today)
    events = join_retold_decisions(events)
    events = join_retold_acts(events)
    dated_by_decision_day(events)
    for event, shown, known, before, side in reader.untitled.values():
        event.title = headline(titled_clause(before, shown, side), day_words=known)
    name_pronoun_titles(text, sentences, events)
    name_thing_titles(text, sentences, events)
    name_group_titles(text, sentences, events)
    name_office_titles(text, sentences, events)
    report_confidence(events)  # the last step: no decision reads it after this
    return unique_ids(events)
