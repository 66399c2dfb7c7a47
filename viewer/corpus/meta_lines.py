"""Meta lines of a news article's header: a byline's name and its date, an outlet and a date,
a date and a reading time, set apart by commas, bars, bullets or dashes."""

from __future__ import annotations

import re

from viewer.corpus.boilerplate import ends_sentence
from viewer.corpus.dates import (
    WEEKDAY_FIRST,
    DateLine,
    DateMatch,
    date_line,
    find_full_dates,
    glued_date,
    parse_date_words,
)

# What sets a date apart from the name before it: "By Jane Doe | March 5, 2013",
# "Jane Doe - 5 March 2013", "By Jane Doe, Staff Writer • Published March 5, 2013", "By Jane
# Doe on March 5, 2013", "By Jane Doe (Reuters) March 5, 2013", "Jane Doe / Updated: Apr 16,
# 2024, 18:42 IST", a forum's "Post by Jane Doe » Tue May 14, 2024 10:22 am".
_NAME_DATE_SEPARATOR = re.compile(
    r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:[,|•·/»]|[-–—]+|on\b)?[^\S\n]*"
)
# The marks between the parts of a meta line: a bar, a bullet or a middle dot, or a dash or a
# slash with spaces around it (not the hyphen of "Jean-Luc", nor "12/10/2023").
_PART_MARK = re.compile(r"[^\S\n]*[|•·][^\S\n]*|[^\S\n]+(?:[-–—]+|--|/)[^\S\n]+")
# An outlet or a role between a byline's name and its date, set apart by commas: "Reuters, ",
# "Staff Writer, ".
_OUTLET_COMMA = re.compile(
    r"[^\W\d_][\w&.'’-]*(?:[^\S\n]+[^\W\d_][\w&.'’-]*){0,3}[^\S\n]*,[^\S\n]*"
)
_PART_WORDS = 6  # the most words of a meta line's part: an outlet, a role, a reading time


def date_after(text: str, start: int, end: int, explicit: bool) -> DateLine | None:
    """A date line after a byline's name, set apart from it by a comma, bar, bullet or dash.
    After a bare name the date ends the line: "NEW YORK, March 3, 2021 /PRNewswire/ -- Acme
    …" is a dateline opening the article; or it is a part of a meta line (`part_date`)."""
    separator = _NAME_DATE_SEPARATOR.match(text, start, end)
    if separator is None or separator.end() == start:
        return date_line(text, start, end, either=True)  # "Andre Damon 29 November 2022"
    dated = date_line(text, separator.end(), end, either=True)
    if dated is None and text[start : separator.end()].strip() in "|•·":
        dated = glued_date(text, separator.end(), end)  # "Jane Doe | Reuters12 March 2024"
    if dated is not None and (explicit or text[dated.rest_start : end].strip() == ""):
        return dated
    if "/" in text[start : separator.end()]:
        return None  # "Jane Doe / Updated: …"; "Web Desk / Site.com / Updated: …" is a desk
    outlet = _OUTLET_COMMA.match(text, separator.end(), end)  # "Jane Doe, Reuters, March 5, …"
    if (
        outlet is not None
        and (dated := date_line(text, outlet.end(), end, either=True)) is not None
    ):
        return dated if not text[dated.rest_start : end].strip() else None
    return part_date(text, separator.end(), end)


def day_month_after(text: str, start: int, end: int) -> DateMatch | None:
    """A day and month with its weekday, no year, after a byline's name and a mark, ending
    the line: "By Jane Doe · Tue, May 14" (the weekday fixes its year)."""
    separator = _NAME_DATE_SEPARATOR.match(text, start, end)
    if separator is None or separator.end() == start or end - start > 40:
        return None
    words = text[separator.end() : end].rstrip()
    found = parse_date_words(words) if WEEKDAY_FIRST.match(words) else None
    if found is None or found.year:
        return None
    at = separator.end()
    return DateMatch(found.start + at, found.end + at, 0, found.month, found.day)


_META_LINE_CHARS = 400  # the longest meta line: an outlet, names, a date, a time, a reading time


def part_date(text: str, start: int, end: int) -> DateLine | None:
    """The date of a meta line: short parts set apart by bars, bullets, middle dots or spaced
    dashes, one of which is a date (with maybe its clock time) and nothing else: "Reuters |
    October 12, 2023", "October 12, 2023 · 4 min read", "Source: Reuters | 12 Oct 2023"."""
    if end - start > _META_LINE_CHARS:
        return None  # a paragraph, not a meta line of short parts
    parts = line_parts(text, start, end)
    if len(parts) < 2:
        return None
    found: DateLine | None = None
    for a, b in parts:
        dated = date_line(text, a, b, either=True) or glued_date(text, a, b)  # "Reuters12 Mar 2024"
        if dated is not None and not text[dated.rest_start : b].strip():
            # A date part may be long ("Last Updated: Oct 12, 2023, 14:05 IST"); the
            # published date is the line's, before or after the updated one.
            found = dated if found is None or (found.updated and not dated.updated) else found
        elif len(text[a:b].split()) > _PART_WORDS or ends_sentence(text[a:b]):
            return None  # a part of prose: "WASHINGTON — Oct. 12 — The Senate voted."
    return found


def line_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each part of a meta line starts and ends, its marks between them left out."""
    parts: list[tuple[int, int]] = []
    at = start
    for mark in _PART_MARK.finditer(text, start, end):
        parts.append((at, mark.start()))
        at = mark.end()
    parts.append((at, end))
    return parts


def meta_line(line: str) -> bool:
    """A meta line of the header whose date is not the story's (`part_date` finds none): short
    parts, one holding a full date, as a clipping tool writes ("From example.com · Saved
    October 13, 2023"); or who issued a statement, as a government's page names its offices
    ("From:Department of Health and Social Care")."""
    if from_line(line):
        return True
    if len(line) > _META_LINE_CHARS:
        return False  # a paragraph, not a meta line of short parts
    parts = [part for part in _PART_MARK.split(line) if part.strip()]
    return (
        len(parts) >= 2
        and all(len(p.split()) <= _PART_WORDS and not ends_sentence(p) for p in parts)
        and any(find_full_dates(p) for p in parts)
    )


_FROM = re.compile(r"From:[^\S\n]*[A-Z]")
_FROM_WORDS = 25  # the most words of the offices a statement is from


def from_line(line: str) -> bool:
    """Who a page's statement is from, labelled: "From:Department of Health and Social Care
    and The Rt Hon Jane Smith MP"."""
    return (
        _FROM.match(line) is not None
        and len(line.split()) <= _FROM_WORDS
        and not ends_sentence(line)
    )


_TABLE_ROW = re.compile(
    r"\|?[^\S\n]*([^|\n]*?[^\W\d_][^|\n]*?)[^\S\n]*\|[^\S\n]*([^|\n]+?)[^\S\n]*\|?"
)


def table_row(line: str) -> str | None:
    """A table's row of two cells, a name and its value, as a labelled line: "| Date | 12
    October 2023 |" is "Date: 12 October 2023"."""
    if not line.startswith("|"):
        return None
    match = _TABLE_ROW.fullmatch(line.strip())
    return None if match is None else f"{match.group(1)}: {match.group(2)}"


# A field a read-later app or a clipping tool writes over what it saved, not the article's:
# "Source: …", "URL: …", "Saved: 2024-05-02", "Date saved: …", "Tags: …", "Reading time: …".
_SAVED_FIELD = re.compile(
    r"(?i:source|url|link|original(?:\s+url)?|saved(?:\s+on)?|date\s+saved|clipped(?:\s+on)?|"
    r"archived(?:\s+on)?|tags?|labels?|reading\s+time|word\s+count|site(?:\s+name)?|domain|"
    r"highlights?|folder|status)\s*:\s*\S"
)


def saved_field(line: str) -> bool:
    """Whether a header line is a field of what saved the article ("Date saved: 2024-06-20",
    "Source: southwater.example"), as a read-later app's export lists them over it."""
    return _SAVED_FIELD.match(line) is not None
