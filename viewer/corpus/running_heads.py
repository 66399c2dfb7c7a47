"""A printed page's running head, as a copy of a print or PDF page keeps it between its
lines: "THE VALLEY HERALD WEDNESDAY, APRIL 3, 2024 A3", "NEWS | Wednesday, April 3, 2024 |
The Valley Herald", "Page 2 THE VALLEY HERALD April 3, 2024"."""

from __future__ import annotations

import re

from viewer.corpus.boilerplate import ends_sentence
from viewer.corpus.dates import DateMatch, find_full_dates

_HEAD_WORDS = 12  # the most words of a running head: a publication's name, a date, a page
_WEEKDAY = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?")
# A page's number or its section's letter and number: "A3", "B12", "Page 2", "p. 4", "14".
_PAGE = r"(?:[A-H]\d{1,2}|\d{1,3}|(?i:page|p\.)\s*\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?)"
_PAGE_FIRST = re.compile(rf"\s*{_PAGE}\s+")
_PAGE_LAST = re.compile(rf"\s+{_PAGE}\s*$")
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
_YEAR = re.compile(r"(?<!\d)(?:1\d|2\d)\d\d(?!\d)")
# Words of a byline's or a date line's, never of a running head.
_NOT_HEAD = re.compile(r"(?i)\b(?:by|posted|updated|published|min|read|said|says)\b")
_MARKS = re.compile(r"\s*[|·•—–]\s*|\s+-\s+")
_WORD = re.compile(r"[A-Za-z][\w&'’.-]*")


def running_head(line: str, parts_alone: bool = True) -> DateMatch | None:
    """The date of a running head, when `line` is one: a few words with a full date and no
    sentence, the rest a page's number at an end of the line and the paper's name and
    section, in capitals or (with `parts_alone`) in parts set apart by bars or dashes, as a
    meta line of the header may be too ("Jane Doe | The Valley Herald | April 3, 2024")."""
    words = line.split(None, _HEAD_WORDS)  # one more than a head has is enough to tell
    if not 3 <= len(words) <= _HEAD_WORDS or _CLOCK.search(line) or not _YEAR.search(line):
        return None  # cheap checks first: most lines of an article are tried
    if ends_sentence(line):
        return None
    dates = find_full_dates(line)
    if len(dates) != 1:
        return None
    before, after = line[: dates[0].start], line[dates[0].end :]
    first, last = _PAGE_FIRST.match(before), _PAGE_LAST.search(after)
    paged = first is not None or last is not None
    before = before[first.end() :] if first else before
    after = after[: last.start()] if last else after
    parts = [
        part.strip(" ,")
        for part in _MARKS.split(_WEEKDAY.sub(" ", before) + " | " + after)
        if part.strip(" ,")
    ]
    named = [word for part in parts for word in _WORD.findall(part)]
    if not named or len(named) > _HEAD_WORDS - 3 or _NOT_HEAD.search(" ".join(named)):
        return None
    capitals = len(named) >= 2 and all(word.isupper() for word in named)
    marked = parts_alone and len(parts) >= 2 and all(word[0].isupper() for word in named)
    return dates[0] if paged or capitals or marked else None
