"""Choosing an article's date among the dates its lines state, each with a rank."""

from __future__ import annotations

import re

from viewer.core.model import Span
from viewer.corpus.dates import DateLine, DateMatch, parse_date_words
from viewer.corpus.either_way import either_way

_PARENTHESISED = re.compile(r"\(([^()\n]{3,40})\)")
# The label of the day a page was saved, clipped or archived, just before its date.
_SAVED_LABEL = re.compile(
    r"\b(?i:saved|clipped|archived|captured|retrieved|accessed|bookmarked)\b(?:\s+(?i:on|at))?"
    r"[\s*_:|]*$"
)
_LABEL_REACH = 30
_SAVED_RANK = 9


def shift(found: DateMatch, offset: int) -> DateMatch:
    """A date found in a part of the text, its offsets made the text's."""
    return DateMatch(found.start + offset, found.end + offset, found.year, found.month, found.day)


class DateChoice:
    """The dates an article's lines state, each with a rank: the lowest rank wins (0: front
    matter; 1: a date line in the header; then updated dates, footers, datelines)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.dates: list[tuple[int, DateMatch]] = []
        self.either: list[tuple[int, DateLine]] = []  # numeric dates either way round

    def add(self, rank: int, found: DateMatch) -> None:
        self.dates.append((_SAVED_RANK if self._saved(found.start) else rank, found))

    def _saved(self, at: int) -> bool:
        """Whether the date at `at` is labelled as the day the article was saved, clipped or
        archived ("| Saved | 2024-05-02 09:14 |"): a last resort, after any other."""
        line_start = self.text.rfind("\n", 0, at) + 1
        return _SAVED_LABEL.search(self.text, max(line_start, at - _LABEL_REACH), at) is not None

    def add_line(self, rank: int, dated: DateLine) -> None:
        """Record a date line's date; an updated date ranks after a published one."""
        rank += 1 if dated.updated else 0
        rank = _SAVED_RANK if self._saved(dated.date.start) else rank
        if dated.day_first is None:
            self.dates.append((rank, dated.date))
        else:  # "12/10/2023": which way round is known only once the article is read
            self.either.append((rank, dated))

    def choose(self, first_paragraph: Span | None) -> DateMatch | None:
        """The article's date: the best ranked, a numeric date either way round only as the
        article says (`either_way`), else a date in brackets in the first paragraph."""
        for rank, dated in self.either:
            assert dated.day_first is not None
            line_start = self.text.rfind("\n", 0, dated.label_start) + 1
            line_end = self.text.find("\n", dated.date.end)
            line_end = len(self.text) if line_end < 0 else line_end
            line = self.text[line_start:line_end]
            elsewhere = self.text[:line_start] + "\n" + self.text[line_end:]
            found = either_way(line, (dated.date, dated.day_first), elsewhere)
            if found is not None:
                self.dates.append((rank, found))
        if not self.dates and first_paragraph is not None:
            self._in_brackets(first_paragraph)
        return min(self.dates, key=lambda item: item[0])[1] if self.dates else None

    def _in_brackets(self, paragraph: Span) -> None:
        """A date in brackets in the opening paragraph, "(29 June)", dates the article."""
        for match in _PARENTHESISED.finditer(self.text, paragraph.start, paragraph.end):
            found = parse_date_words(match.group(1))
            if found is not None:
                inner = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
                self.dates.append((5, shift(found, inner)))
                return
