"""The day a news story tells of, for what it tells in the past without a time of its own.

A story published on Friday whose lede says "…, the minister said Thursday" goes on telling of
Thursday's occasion: "The opposition criticised the plan" further down, with no time of its
own, is of Thursday, not of the publication day, though it is in another paragraph. A story
whose lede names no time but which names a day of the week before publication elsewhere ("In
composite trading yesterday, its shares rose") is of that day: "Intelogic said it bought 2.7
million shares" is yesterday's news in Thursday's paper. A story that names a later day, up
to publication, after that day has moved on from it ("said on Tuesday", then "the plans
announced on Wednesday"): a statement it tells undated may be of either, and keeps its
publication (a plan the story closes on, "Testimony continues today.", is what comes next, not
a later day it moved on to); an action told before the story moves on is of the news day
("A SWAT unit was dispatched", before an update "authorities said today"). A story that
names the publication day before any earlier day tells of the publication day: the earlier
day is a flashback.
A day named as the limit a state was reached by ("they had all been allowed to return by Saturday
evening") ends a stretch from the news day's happening: it moves the story on to no day either.
A teller's later day closing its sentence ("A quake struck on Friday evening, killing 30,
officials said on Sunday.", "…, police said in a statement on Wednesday.") is the saying's:
it moves the story on to no day, and the story is still at Friday's quake.
A clock time with no day of its own is of the day the story is at where it is told: "the
blaze broke out about 8.40pm" after "a fire on Friday night" and before "still burning on
Saturday morning" is of Friday; it names no later day itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from viewer.core.cue_words import outside_quotations
from viewer.core.deadline_words import bound_before, named_as_limit
from viewer.core.detail_cues import told_ahead
from viewer.core.holds import holds_any
from viewer.core.model import DateValue, Precision, Span
from viewer.core.narrative_time import Reference
from viewer.core.sentence_tense import told_in_past
from viewer.core.temporal.timex import Timex

# A day more than a week before publication told by a story with no day in its lede is a
# flashback ("last month's vote"), not the day its news is of.
_NEWS_DAYS = timedelta(days=7)
# A day named as of last week ("on Tuesday last week") is of the week before publication's
# week: as far back as 13 days, a Monday told on a Sunday.
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)
_LAST_WEEKS_DAYS = timedelta(days=13)
# Where a sentence starts: after a line break, or after its end mark and white space. Opened
# on that character, as _SENTENCE_END is (a search with "^" among its alternatives tried every
# character): at the text's start, where "^" would match, the sentence opens at `head` anyway.
_SENTENCE_START = re.compile(r"[\n.!?](?:(?<=\n)|(?<=[.!?])[\"”’)]?\s+)(?=\S)")
_SENTENCE_REACH = 1000
# Opened on its character, then told which end it is (plainly: \n|[.!?](?=["”’)]?(?:\s|$))):
# a search passes over every other character at once.
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=\n)|(?=[\"”’)]?(?:\s|$)))")
# A quotation, within its paragraph: a speaker's "This morning" or "yesterday" is counted
# from the day the speaker spoke, which need not be the publication day.
_QUOTATION = re.compile(r"[“\"][^”\"\n]*(?:[”\"]|(?=\n)|$)")


def in_spans(timexes: Sequence[Timex], spans: Sequence[Span]) -> list[Timex]:
    """The time expressions (in text order) that lie inside one of `spans` (in text order)."""
    ends = [span.end for span in spans]
    found = []
    for t in timexes:
        i = bisect_right(ends, t.start)
        if i < len(spans) and spans[i].start <= t.start and t.end <= spans[i].end:
            found.append(t)
    return found


class NewsDay:
    """One article's news day, asked for as its sentences are read: looks ahead over its
    time expressions at most once per question, and keeps each answer. `source` maps a span
    of the visible text to the source span a reader is shown."""

    def __init__(
        self,
        text: str,
        timexes: Sequence[Timex],
        published: date | None,
        source: Callable[[Span], Span],
        body: Sequence[Span] = (),
    ) -> None:
        self._text = text
        self._start = body[0].start if body else 0  # where the article's text begins
        # Where its first paragraph ends: at a line break, or where the article's next
        # paragraph begins in a file that gives each paragraph a line, shown run together.
        self._lede_end = body[1].start if len(body) > 1 else len(text)
        self._timexes = timexes
        self._published = published
        self._source = source
        self._looked = False
        self._first: tuple[Reference, int] | None = None
        self._said: int | None = None
        self._moved: dict[int, int] = {}
        self._quoted: list[tuple[int, int]] | None = None
        # Where its last paragraph begins: a plan the story closes on ("Testimony continues
        # today.") tells what comes next, not a later day the story moved on to.
        self._closing = max(text.rstrip().rfind("\n"), body[-1].start - 1 if body else -1)

    def day(
        self, lede: Reference | None, lede_end: int, at: int | None = None, *, clock: bool = False
    ) -> Reference | None:
        """The story's news day: its lede's (`lede`, told in a sentence ending at
        `lede_end`) if that is a day before publication; with no time in the lede yet, the
        first day of the week before publication the story names. None when the lede is of
        another time, or when the story moves on to a later day; None for an undated story.
        At offset `at` the story is at it until it names a later day; for a clock time
        (`clock`), the day must also be named before it."""
        published = self._published
        if published is None:
            return None
        today = DateValue.day(published)
        if lede is not None and lede.value == today and self._said_in_lede(published):
            lede = None  # "…, police said Friday": the lede names no time of its own
        if lede is not None:
            if lede.value.precision is not Precision.DAY or lede.value.last >= published:
                return None
            day, after = lede, lede_end
        else:
            first = self._first_of_week(published)
            if first is None or (clock and at is not None and first[1] > at):
                return None
            day, after = first
        moved = self._moved_on(day.value, after, published)
        return day if moved > (len(self._text) if at is None else at) else None

    def _tellers_day(self, t: Timex) -> bool:
        """Whether a day closes its sentence as the day its teller told it ("…, police said
        in a statement on Wednesday."): the saying's, which moves the story on to no day."""
        told = _teller_before(self._shown(t), t.text)
        return told is not None and told[1] is not None

    def _first_of_week(self, published: date) -> tuple[Reference, int] | None:
        """The first day the story names in the week before publication, and where it ends;
        the publication day named first makes an earlier day a flashback, unless named in a
        first paragraph only as the day its teller told it."""
        if not self._looked:
            self._looked = True
            said = self._said_in_lede(published)
            for t in self._timexes:
                if t.precision is not Precision.DAY or t.first is None or t.start < self._start:
                    continue
                value = t.date_value()
                if value is None or "clock" in t.flags or bound_before(self._text, t.start):
                    continue  # "until 5 p.m. EST, Nov. 6": a bound, not a day told of
                if value.first == published and t.start >= said:
                    break  # of the publication day first: an earlier day is a flashback
                reach = _LAST_WEEKS_DAYS if _LAST_WEEK.search(t.text) else _NEWS_DAYS
                if published - reach <= value.first < published:
                    origin = self._source(self._sentence(t))
                    self._first = (Reference(value, t.text, origin), t.end)
                    break
        return self._first

    def _shown(self, t: Timex) -> str:
        """The sentence a time expression is in, on one line."""
        sentence = self._sentence(t)
        return " ".join(self._text[sentence.start : sentence.end].split())

    def _said_in_lede(self, published: date) -> int:
        """Where the story's first paragraph ends when the only day it names is the
        publication day, as the day its teller told it ("… and executed two of them with a
        single bullet each, police said Friday"), or names it only so before an earlier day
        of what the teller told ("Police said Friday they believe …, after three masked men
        held up a branch on Thursday morning": the news is Thursday's); else 0."""
        if self._said is None:
            end = self._text.find("\n", self._start, self._lede_end)
            end = self._lede_end if end < 0 else end
            today = DateValue.day(published)
            named = [
                t
                for t in self._timexes
                if self._start <= t.start < end and t.precision is Precision.DAY
            ]
            of_today = [t for t in named if t.date_value() == today]
            told = bool(of_today) and all(
                told_on(self._shown(t), t.text)
                if len(of_today) == len(named)
                else _told_first(self._shown(t), t.text)
                for t in of_today
            )
            self._said = end if told else 0
        return self._said

    def _sentence(self, t: Timex) -> Span:
        """The sentence a time expression is in (in the visible text), to name as its origin."""
        head = max(0, t.start - _SENTENCE_REACH)  # a sentence is seldom longer
        starts = [m.end() for m in _SENTENCE_START.finditer(self._text, head, t.start)]
        end = _SENTENCE_END.search(self._text, t.end, t.end + _SENTENCE_REACH)
        start = starts[-1] if starts else head
        return Span(start, end.end() if end else min(len(self._text), t.end + _SENTENCE_REACH))

    def _moved_on(self, day: DateValue, after: int, published: date) -> int:
        """Where the story first names, after offset `after`, a later day up to publication
        (past the text's end when it does not)."""
        moved = self._moved.get(after)
        if moved is None:
            moved = next(
                (
                    t.start
                    for t in self._timexes
                    if t.start >= after
                    and t.precision is Precision.DAY
                    and t.first is not None
                    and day.last < t.first <= published
                    and "clock" not in t.flags
                    and not (t.relative and self._in_quotation(t.start))
                    and not self._tellers_day(t)
                    and not self._limit(t)
                    and not (t.start > self._closing and _ahead(self._shown(t)))
                ),
                len(self._text) + 1,
            )
            self._moved[after] = moved
        return moved

    def _limit(self, t: Timex) -> bool:
        """Whether a day is named as the limit a state was reached by ("they had all been
        allowed to return by Saturday evening"): the end of a stretch from the news day's
        happening, which moves the story on to no later day."""
        return named_as_limit(self._text, t.start)

    def _in_quotation(self, at: int) -> bool:
        """Whether an offset is inside a quotation: a speaker's own time word ("“This morning I
        was stopped by an officer,” Jackson said in the statement" of a statement released the
        day before) does not move the story on to a later day."""
        if self._quoted is None:
            self._quoted = quotation_spans(self._text)
        k = bisect_right(self._quoted, (at, len(self._text) + 1)) - 1
        return k >= 0 and self._quoted[k][0] <= at < self._quoted[k][1]


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """`[m.span() for m in _QUOTATION.finditer(text)]`, found from mark to mark: the pattern
    asks every character of the article whether it opens a quotation, where a look for the
    next of each mark skips to it. Each mark's next place is looked for again only once the
    reading has passed it, so that the text is read once per mark."""
    ahead: dict[str, int] = {}

    def next_of(mark: str, at: int) -> int:
        found = ahead.get(mark, -2)
        if found != -1 and found < at:  # not yet looked for, or passed: look again
            found = ahead[mark] = text.find(mark, at)
        return len(text) if found < 0 else found

    spans = []
    at = 0
    while (start := min(next_of("“", at), next_of('"', at))) < len(text):
        # The quotation runs to its closing mark, or up to its paragraph's end or the text's.
        stop = min(next_of("”", start + 1), next_of('"', start + 1), next_of("\n", start + 1))
        at = stop + 1 if stop < len(text) and text[stop] != "\n" else stop
        spans.append((start, at))
    return spans


# An action told in the past, then who told it, and maybe when: "She then opened fire on the
# others, Philadelphia Homicide Capt. James Clark said.", "…, police said Friday."
_TELLER = r",\s+[^,“”\"]{1,60}?\s(?:said|says)"
# Or its source after it: "…, according to police."; or its teller after the verb: "…, said
# Ed Lee, a city official."
_TOLD_BY = re.compile(
    rf"(?:{_TELLER}|,\s+according\s+to\s+[^,“”\"]{{1,60}}?"
    r"|,\s+(?:said|says)\s+[A-Z][^,“”\"]{1,40}?(?:,\s+[^,“”\"]{1,50}?)?)\s*\.?$"
)
# "…, police said Friday", "…, police said in a statement on Friday".
_TOLD_ON = re.compile(
    _TELLER + r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:statement|interview))?\s+(?:on\s+)?$"
)


def _action_told(shown: str, teller: re.Match[str] | None) -> bool:
    """Whether the clause right before a teller is an action told in the simple past,
    unquoted: "…, returned minutes later with a handgun, found her foes in a break room and
    executed two of them…, police said Friday"."""
    if teller is None or holds_any(_SCARE_QUOTED.sub("", shown), '“”"'):
        return False
    told = shown[: teller.start()]
    clause = told[told.rfind(",") + 1 :]
    if _PARTICIPLE_TAIL.match(clause) and told.count(",") == 1:
        clause = told[: told.rfind(",")]  # "Officers responded …, arriving with SWAT teams"
    return told_in_past(clause)


# A word or two in quotation marks inside a sentence: a term, not a speaker's words
# ("personnel who were trained in an “active shooter” situation").
_SCARE_QUOTED = re.compile(r"(?<=\w )[“\"][\w-]+(?: [\w-]+)?[”\"](?= \w)")
# A participle phrase closing the account before its teller: what went with the main verb.
_PARTICIPLE_TAIL = re.compile(r"\s*[a-z]+ing\b")


def told_by(shown: str) -> bool:
    """Whether a statement is an action told in the simple past with only its teller after
    it: it is of the day the story's news is of until the story moves on, like an action."""
    if "said" not in shown and "says" not in shown and "according" not in shown:
        return False  # its teller's words: most passages are spared the pattern's scan
    return _action_told(shown, _TOLD_BY.search(shown))


def told_on(shown: str, words: str) -> bool:
    """Whether a passage's only time is the day its teller told it, at its end ("… and
    executed two of them with a single bullet each, police said Friday"): that day is the
    saying's; the action is of the story's news day, when the story has an earlier one."""
    told = _teller_before(shown, words)
    return told is not None and _action_told(*told)


# A sentence opening on its teller and the day of the telling: "Police said Friday (that) …",
# "The company announced on Monday …".
_TELLS_FIRST = re.compile(
    r"\W*(?:[\w'’.-]+\s+){1,6}?(?:said|says|announced|confirmed|reported)\s+(?:on\s+)?$"
)


def _told_first(shown: str, words: str) -> bool:
    """Whether a day is named right after the teller that opens its sentence."""
    at = shown.find(words)
    return at > 0 and _TELLS_FIRST.fullmatch(shown, 0, at) is not None


def _teller_before(shown: str, words: str) -> tuple[str, re.Match[str] | None] | None:
    """The sentence before the time words closing it, and its teller there ("…, police said
    [in a statement] on"), if any; None when the words do not close it or no verb of saying
    is in it (most passages are spared the pattern's scan)."""
    end = shown.rstrip(" .")
    if not end.endswith(words):
        return None
    head = end[: len(end) - len(words)]
    if "said" not in head and "says" not in head:
        return None
    return head, _TOLD_ON.search(head)


# What goes on, told in the present of a day ahead: "Testimony continues today."
_GOES_ON = re.compile(r"\b(?:continues|resumes|begins|starts|opens)\b")


def _ahead(shown: str) -> bool:
    """Whether a sentence tells, outside quotation marks, a plan or what goes on ahead of it
    ("is expected to discuss the case at a news conference Wednesday afternoon", "Testimony
    continues today."): the story has not moved on to its day."""
    told = outside_quotations(shown)
    return told_ahead(told) or _GOES_ON.search(told.lower()) is not None
