"""What a lede's news followed, dated where the story tells it again.

"A man has been charged with arson after a fire at the Waitrose supermarket in Wellington,
Somerset." and "Rescue operations are under way after a 6.1 magnitude earthquake hit
Indonesia's Aceh province": a lede with no time of its own tells its news (the charge, the
rescue) and, after "after", the happening it followed, told as new ("a fire", "an
earthquake"). The story tells that happening again further on, with its day: "…collapsed
during the blaze, shortly after 06:00 BST on Sunday", "…injured by the quake, which struck the
western tip of Sumatra island on Tuesday". The "after" phrase is a happening of its own, of
that day; the news keeps the day the story is told on.

The phrase is cut only in the lede, only when it names a happening by a noun after "a" or
"an", and only when one of the next paragraphs names it again ("the blaze", "the quake") with
a day before publication: otherwise nothing says it happened at another time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from viewer.core.happenings import Piece
from viewer.core.model import Precision, Span
from viewer.core.temporal.timex import Timex

# Nouns of a happening and the words a story names it again by.
_KINDS = {
    "fire": ("fire", "blaze", "inferno"),
    "blaze": ("fire", "blaze", "inferno"),
    "earthquake": ("earthquake", "quake", "tremor"),
    "quake": ("earthquake", "quake", "tremor"),
    "explosion": ("explosion", "blast"),
    "blast": ("explosion", "blast"),
    "shooting": ("shooting",),
    "crash": ("crash",),
    "attack": ("attack",),
    "storm": ("storm",),
}
_NEW = re.compile(
    r"\b(?:after|following)\s+an?\s+(?:[\w.'’-]+\s+){0,3}?(" + "|".join(_KINDS) + r")\b",
    re.IGNORECASE,
)
_REACH = 4  # how many paragraphs on the happening may be told again
_PARAGRAPH = re.compile(r"\n")  # a line: a paragraph, or a blank between two
_TRAILING = " \t\n,;:—–-"


def _start(t: Timex) -> int:
    return t.start


def _again(kind: str) -> re.Pattern[str]:
    words = "|".join(_KINDS[kind])
    return re.compile(rf"\bthe\s+(?:[\w'’-]+\s+){{0,2}}?(?:{words})\b", re.IGNORECASE)


def _day_told_again(
    text: str, kind: str, at: int, timexes: Sequence[Timex], today: date
) -> Timex | None:
    """The first day before `today` named in the paragraph, of the next few from `at`, that
    names the happening again."""
    again, seen = _again(kind), 0
    while seen < _REACH:
        end = _PARAGRAPH.search(text, at)
        stop = end.start() if end else len(text)
        seen += bool(text[at:stop].strip())  # blank lines are no paragraph
        if again.search(text, at, stop):
            for t in timexes[bisect_left(timexes, at, key=_start) :]:
                if t.start >= stop:
                    break
                past = t.last is not None and t.last <= today
                if t.precision is Precision.DAY and t.first is not None and past:
                    return t
        if end is None:
            return None
        at = end.end()
    return None


def cause_told_later(
    text: str, sentence: Span, pieces: list[Piece], timexes: Sequence[Timex], today: date | None
) -> list[Piece]:
    """The lede `sentence` cut into its news and the "after" phrase of what it followed, that
    phrase dated by the day the story tells it again on; its `pieces` when the lede is not so
    (cut already, or with a time of its own)."""
    if today is None or len(pieces) > 1:
        return pieces
    first = bisect_left(timexes, sentence.start, key=_start)
    if first < len(timexes) and timexes[first].start < sentence.end:
        return pieces  # a time of its own: the lede is dated as it tells
    m = _NEW.search(text, sentence.start, sentence.end)
    if m is None or len(text[sentence.start : m.start()].split()) < 3:
        return pieces
    found = _day_told_again(text, m.group(1).lower(), sentence.end, timexes, today)
    if found is None:
        return pieces
    head_end = len(text[sentence.start : m.start()].rstrip(_TRAILING)) + sentence.start
    day = Timex(
        found.start,
        found.end,
        found.text,
        found.value,
        found.type,
        found.precision,
        found.first,
        found.last,
        found.relative,
    )
    opener = m.start() + len(m.group(0).split()[0])
    return [
        Piece(Span(sentence.start, head_end), False, sentence.start),
        Piece(Span(m.start(), sentence.end), True, opener, day),
    ]
