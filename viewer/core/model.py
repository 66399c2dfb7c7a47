"""The shared vocabulary: documents, passages, dates and events, with no Qt and no I/O."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from viewer.core.day_words import day_span, short_day, whole_months
from viewer.core.visible import VisibleText, one_line


class Precision(StrEnum):
    """How finely a date is known; a range covers anything that is not one calendar unit."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class DateBasis(StrEnum):
    """How an event's date was found."""

    EXPLICIT = "explicit"
    RELATIVE = "relative"
    CONTEXT = "context"  # no date of its own: the time of the narrative it continues
    PUBLICATION = "publication"
    USER = "user"


# The bases of a date the text states for the event itself, or the user set: not taken from
# the narrative around it nor from the publication.
STATED_BASES = frozenset({DateBasis.USER, DateBasis.EXPLICIT, DateBasis.RELATIVE})


class DocDateBasis(StrEnum):
    """How a document's publication date was found."""

    FOUND = "found"  # a full date in the document's own header or metadata
    YEAR_INFERRED = "year_inferred"  # day and month found, year taken from the rest of the corpus
    FILE = "file"  # no date in the text: the file's modification time
    USER = "user"  # corrected by the user
    NONE = "none"  # undated


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class DateValue:
    """A calendar interval, both ends inclusive, with the precision it was stated at."""

    first: date
    last: date
    precision: Precision

    @staticmethod
    def day(d: date) -> DateValue:
        return DateValue(d, d, Precision.DAY)

    @staticmethod
    def week_of(d: date) -> DateValue:
        monday = d - timedelta(days=d.weekday())
        return DateValue(monday, monday + timedelta(days=6), Precision.WEEK)

    @staticmethod
    def month_of(d: date) -> DateValue:
        first = d.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return DateValue(first, nxt - timedelta(days=1), Precision.MONTH)

    @staticmethod
    def year_of(d: date) -> DateValue:
        return DateValue(date(d.year, 1, 1), date(d.year, 12, 31), Precision.YEAR)

    def contains(self, other: DateValue) -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: DateValue) -> bool:
        return self.first <= other.last and other.first <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def order(self) -> tuple[date, int]:
        """Where the date sorts: by its first day, and of those a longer span first, so that
        a month or a week comes before the days it holds ("Mar 2013", then "1 Mar 2013"), as
        a chronology reads from the whole to its parts. The timeline's columns sort alike."""
        return self.first, -self.last.toordinal()

    def iso_span(self) -> str:
        """The date in ISO words, a span by its first and last days: "2011-01-05",
        "2011-01-03–2011-01-09" (what a date conflict names)."""
        if self.days == 1:
            return self.first.isoformat()
        return f"{self.first.isoformat()}–{self.last.isoformat()}"

    def iso_end(self) -> str:
        """The CSV's `date_end`: empty for a single day."""
        return "" if self.precision is Precision.DAY else self.last.isoformat()

    def label(self) -> str:
        """How a person reads this date: a week stays a week, a month a month."""
        if self.precision is Precision.DAY:
            return f"{self.first:%a} {short_day(self.first)}"
        if self.precision is Precision.WEEK:
            iso = self.first.isocalendar()
            return f"Week {iso.week} of {iso.year} ({day_span(self.first, self.last)})"
        if self.precision is Precision.MONTH:
            return self.first.strftime("%B %Y")
        if self.precision is Precision.YEAR:
            return str(self.first.year)
        return whole_months(self.first, self.last) or day_span(self.first, self.last)


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Span:
    """A half-open range of character offsets into a document's text."""

    start: int
    end: int


_NOT_GIVEN = VisibleText.verbatim("")

# What an article with no date is read against, the same on every run: a date it writes in
# full needs no anchor but "the '30s" and "3/4/37" do (the nearer century's, as of this day).
# Never the day of the run, or its export would change on a new year's day.
UNDATED_ANCHOR = date(2026, 12, 6)


@dataclass(slots=True)
class Document:
    """One article: its original text, what a reader sees of it, where its parts are, and its
    metadata.

    Every offset points into `text`, the file's decoded text exactly as read (the source);
    `visible` maps it to the text a reader of the article sees, markup left out.
    """

    id: str  # stable: the file name (unique within a corpus)
    path: str  # where it was read from
    text: str
    title: str = ""
    author: str = ""
    date: date | None = None
    date_basis: DocDateBasis = DocDateBasis.NONE
    date_text: str = ""  # the words that dated it, e.g. "8 March 2022"
    date_span: Span | None = None  # where those words are in `text`
    body: list[Span] = field(default_factory=list)  # article text: events come only from here
    boilerplate: list[Span] = field(default_factory=list)  # set aside: ads, captions, footers
    header: list[Span] = field(default_factory=list)  # title, byline and date lines
    dateline: Span | None = None  # "JOHANNESBURG, August 7 (Xinhua) --": place, maybe a day
    content_hash: str = ""
    problems: list[str] = field(default_factory=list)  # what a reader should know (inferred year…)
    visible: VisibleText = _NOT_GIVEN  # the text as read, when not given: a plain text file's

    def __post_init__(self) -> None:
        if self.visible is _NOT_GIVEN:
            self.visible = VisibleText.verbatim(self.text)

    @property
    def file(self) -> str:
        return self.id


class Passage:
    """A reporting passage: a span of one document's source text, with its text as a reader
    reads it there (markup left out, on one line).

    The text is made when asked from the document the passage was made over: a passage made
    with `Passage.of` shares its whole document's text rather than holding a copy of its
    part (the passages of a large corpus would otherwise hold most of the corpus again).
    Immutable but for `read_in`, and equal to another passage of the same place and text.
    """

    __slots__ = ("_base", "_over", "document_id", "end", "start")

    document_id: str
    start: int  # source offsets, half-open
    end: int
    _over: str | VisibleText  # the document's visible text, or a text this passage is part of
    _base: int  # where a text `_over` starts in the document's source text

    def __init__(self, document_id: str, start: int, end: int, text: str) -> None:
        _init(self, document_id, start, end, text, start)

    @classmethod
    def of(cls, document_id: str, document: str | VisibleText, start: int, end: int) -> Passage:
        """The passage of a document from start to end (source offsets), sharing its text:
        its visible text, or a text shown as written."""
        passage = cls.__new__(cls)
        _init(passage, document_id, start, end, document, 0)
        return passage

    @classmethod
    def unread(cls, document_id: str, start: int, end: int) -> Passage:
        """A passage whose document has not been read yet: no text until `read_in`."""
        return cls.of(document_id, "", start, end)

    def read_in(self, document: str | VisibleText) -> None:
        """Give an unread passage the text of its document, now read: the one change a
        passage allows, so that a timeline kept without its texts need not be made again.
        Another thread reading the passage meanwhile sees either no text or the right one."""
        if isinstance(self._over, VisibleText) or self._over:
            raise ValueError("this passage has its text already")
        object.__setattr__(self, "_over", document)

    @property
    def text(self) -> str:
        """The passage as a reader reads it: no markup, entity or escape, on one line."""
        over = self._over
        if isinstance(over, VisibleText):
            return over.reading(self.start, self.end)
        return over[self.start - self._base : self.end - self._base]

    @property
    def source_text(self) -> str:
        """The passage as written in its file, markup and all: what its id is made from.
        (The reader's text, for a passage given its text alone.)"""
        over = self._over
        if isinstance(over, VisibleText):
            return over.source[self.start : self.end]
        return over[self.start - self._base : self.end - self._base]

    def key(self) -> str:
        return f"{self.document_id}:{self.start}-{self.end}"

    def _fields(self) -> tuple[str, int, int, str]:
        return self.document_id, self.start, self.end, self.text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Passage):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Passage(document_id={self.document_id!r}, start={self.start!r}, "
            f"end={self.end!r}, text={self.text!r})"
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a passage does not change")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a passage does not change")

    def __reduce__(self) -> tuple[type[Passage], tuple[str, int, int, str]]:
        # Pickled with its own text only, never the whole document's.
        return Passage, self._fields()


def _init(
    passage: Passage, document_id: str, start: int, end: int, over: str | VisibleText, base: int
) -> None:
    put = object.__setattr__
    put(passage, "document_id", document_id)
    put(passage, "start", start)
    put(passage, "end", end)
    put(passage, "_over", over)
    put(passage, "_base", base)


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Dating:
    """How one passage dates its happening, before sources are reconciled."""

    value: DateValue
    basis: DateBasis
    text: str
    confidence: float = 1.0  # how sure the extractor is of this date, 0-1
    # Where the date came from when it is not the passage's own: the sentence whose time the
    # narrative carries on (basis CONTEXT), in the passage's document.
    origin: Span | None = None


@dataclass(slots=True)
class Event:
    """A dated happening, reported by one or more passages (the primary first)."""

    id: str
    date: DateValue
    date_text: str
    date_basis: DateBasis
    title: str
    passages: list[Passage]
    merge_reason: str = ""  # why these passages are one event
    date_conflict: str = ""  # where sources disagree on the date, and which was kept
    dating: list[Dating] = field(default_factory=list)  # each passage's own date, in order
    event_confidence: float = 1.0  # how sure the extractor is that this is a happening, 0-1
    date_confidence: float = 1.0  # how sure it is of the date kept

    @property
    def primary(self) -> Passage:
        return self.passages[0]

    def copy(self) -> Event:
        """A copy whose passages and datings can change without touching this event."""
        # Spelled out: dataclasses.replace costs several times more, on every event at load.
        return Event(
            self.id,
            self.date,
            self.date_text,
            self.date_basis,
            self.title,
            list(self.passages),
            self.merge_reason,
            self.date_conflict,
            list(self.dating),
            self.event_confidence,
            self.date_confidence,
        )

    def passages_text(self) -> str:
        """The words of all its passages, in order, one space between them."""
        return " ".join(p.text for p in self.passages)

    @property
    def source_count(self) -> int:
        return len({p.document_id for p in self.passages})

    def dating_of(self, index: int) -> Dating:
        """The date a passage gives on its own (the event's date when unknown)."""
        if index < len(self.dating):
            return self.dating[index]
        return Dating(self.date, self.date_basis, self.date_text, self.date_confidence)

    def add_passage(self, passage: Passage, dating: Dating) -> None:
        self.passages.append(passage)
        self.dating.append(dating)

    def remove_passage(self, index: int) -> tuple[Passage, Dating]:
        dating = self.dating_of(index)
        passage = self.passages.pop(index)
        if index < len(self.dating):
            del self.dating[index]
        return passage, dating


def passage_id(document_id: str, text: str) -> str:
    """A stable event id: the same passage in the same file gets the same id, run after run."""
    norm = one_line(text)
    digest = hashlib.sha1(f"{document_id}\n{norm}".encode()).hexdigest()
    return f"e{digest[:12]}"


def unique_ids(events: list[Event]) -> list[Event]:
    """Keep ids unique when one article repeats a sentence word for word: the second gets
    "-2" after its id, the third "-3". Most articles repeat none: one set says so."""
    if len({event.id for event in events}) == len(events):
        return events
    seen: dict[str, int] = {}
    for event in events:
        count = seen.get(event.id, 0)
        seen[event.id] = count + 1
        if count:
            event.id = f"{event.id}-{count + 1}"
    return events
