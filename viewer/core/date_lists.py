"""Runs of dates or clock times with nothing else between them: a calendar's, an index's or a
timetable's list, which tells no happening, so that extraction does not tag its every date.

A sentence that dates what happened names a date or a few ("on 12 March 2024", "from 3 to 5
March", "on 10, 11 and 12 March"); more than `_LISTED` dates or clock times one after another,
with nothing but spaces, line breaks, commas or dashes between them, are a list: a page of
dates pasted as one line, a column of times. Each of those was tagged, at the cost of a
date in a sentence (about 8 s a MB of such a line, for no event). The text stays as it is;
the tagger is given blanks in its place.
"""

from __future__ import annotations

import re
from datetime import date

from viewer.core.temporal import Timex, tag
from viewer.core.temporal.calendar_words import MONTH_ABBREVIATIONS, MONTHS
from viewer.core.temporal.context import lowercase_same_length
from viewer.core.temporal.leads import ascii_copy
from viewer.core.temporal.tense_cues import Tense
from viewer.core.word_patterns import alternation

_LISTED = 8  # the most dates a sentence names one after another
_MONTH = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_ONE = (
    rf"(?:{_ORDINAL}\s+(?:{_MONTH})\.?(?:,?\s+\d{{4}})?"  # "12 March 2024"
    rf"|(?:{_MONTH})\.?\s+{_ORDINAL}(?:,?\s+\d{{4}})?"  # "March 12, 2024"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"  # "2024-03-12", "12/03/2024"
    r"|\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?)"  # "14:05", "2:05 pm"
)
_BETWEEN = r"[\s,;|/–—-]*(?:(?:and|or|to)\s+)?"
# A run is found from its first digit, which the search skips to at once (a run opened by a
# month's name is found from its day: "March 12, 2024, March 13, 2024, …"): "12 March 2024",
# "12, 2024", "2024-03-12", "12/03/2024", "14:05".
_FIRST = (
    rf"\d(?<!\w\d)(?:\d{{3}}-\d\d-\d\d|\d?[/.]\d{{1,2}}[/.]\d{{2,4}}"
    r"|\d?:\d\d(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?"
    rf"|\d?(?:st|nd|rd|th)?(?:\s+(?:{_MONTH})\.?)?(?:,?\s+\d{{4}})?)\b"
)
# Searched in the lower-case text.
_RUN = re.compile(rf"{_FIRST}{_BETWEEN}(?:{_ONE}\b{_BETWEEN}){{{_LISTED - 1},}}{_ONE}\b")
_NOT_LINE_BREAK = re.compile(r"[^\n]")

# _RUN skips to each digit by asking every character's Unicode category (a sixth of a scan's
# instructions went there). Most articles have no run: a cheaper test says so first, on an
# ASCII copy of the text with every digit, every character past ASCII and "?" a "0". A run's
# letters are whole words of `_RUN_WORDS` (months, ordinal endings, "a.m.", "and"), and it
# holds at least `_LISTED` + 1 digits with nothing else but other marks between them: where
# the copy has no such stretch, `_RUN` finds nothing. (Its digits are "0" in the copy, whether
# ASCII or not; a "0" too many only makes the test pass more often, never fail a run.)
_RUN_WORDS = sorted(
    {*MONTHS, *MONTH_ABBREVIATIONS, "st", "nd", "rd", "th", "a", "p", "m", "am", "pm", "and"}
    | {"or", "to"}
)
_MAY_RUN = re.compile(
    rb"0(?<!00)(?:[^a-z0]*+(?:(?<![a-z])"  # from the first digit of a number; possessive: a
    + alternation((w, "") for w in _RUN_WORDS).encode()  # word or a mark never holds a "0"
    + rb"(?![a-z])[^a-z0]*+)*+0){%d}" % _LISTED
)
_DIGITS_ZERO = bytes(48 if 48 <= c <= 57 or c == 63 else c for c in range(256))


def tag_unlisted(
    text: str, anchor: date, tenses: dict[tuple[int, int], Tense]
) -> tuple[list[Timex], str]:
    """`tag(text)`, the lists of dates left out (no time expression is found in them), and
    `lowercase_same_length(text)`, made for it and read by the caller too."""
    lower = tagged_lower = lowercase_same_length(text)
    runs = listed_runs(lower)
    if runs:
        text, tagged_lower = _blanked(text, runs), _blanked(lower, runs)
    return tag(text, anchor, tenses=tenses, lower=tagged_lower), lower


def listed_runs(lower: str) -> list[tuple[int, int]]:
    """The spans of the lists of more than `_LISTED` dates or times in a lower-case text."""
    if _MAY_RUN.search(ascii_copy(lower).translate(_DIGITS_ZERO)) is None:
        return []  # most texts: no stretch of digits a run needs
    return [match.span() for match in _RUN.finditer(lower)]


def _blanked(text: str, runs: list[tuple[int, int]]) -> str:
    """`text` with each run's characters but its line breaks made spaces: its offsets kept."""
    pieces: list[str] = []
    at = 0
    for start, end in runs:
        pieces.append(text[at:start])
        pieces.append(_NOT_LINE_BREAK.sub(" ", text[start:end]))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
