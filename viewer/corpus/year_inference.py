"""Years for articles dated only by day and month, taken from the rest of the corpus."""

from __future__ import annotations

import bisect
from collections import Counter
from datetime import date

from viewer.core.model import DocDateBasis, Document
from viewer.corpus.dates import parse_date_words

YEAR_NOT_STATED = "year not stated in “{words}”: "
YEAR_FROM_FILE = YEAR_NOT_STATED + "{year} taken from the file's modification date"
YEAR_FROM_CORPUS = YEAR_NOT_STATED + "{year} taken from the other articles of the corpus"
_SAME_DAYS = 7  # an article dated this close to a year-less day reports the same days


def safe_date(year: int, month: int, day: int) -> date:
    """29 February in a year without one falls back to the 28th rather than failing."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, day - 1)


def _nearest(days: list[int], day: int) -> int:
    """How many days from `day` to the nearest of `days` (sorted, not empty)."""
    at = bisect.bisect_left(days, day)
    return min(abs(days[k] - day) for k in (at - 1, at) if 0 <= k < len(days))


def infer_years(documents: list[Document]) -> None:
    """Give each year-less date the year of the articles dated within days of it, else the
    corpus's most common year (ties: the one nearest the rest).

    Documents read alone got their file's modification year; a corpus with fully dated
    articles is better evidence, so their year replaces it. With no dated article, nothing
    changes.
    """
    dated = [d.date for d in documents if d.date and d.date_basis is DocDateBasis.FOUND]
    if not dated:
        return
    counts = Counter(day.year for day in dated)
    top = max(counts.values())
    candidates = sorted(year for year, count in counts.items() if count == top)
    days = sorted(day.toordinal() for day in dated)
    for document in documents:
        if document.date_basis is not DocDateBasis.YEAR_INFERRED:
            continue
        words = parse_date_words(document.date_text)
        if words is None:
            continue
        month, day = words.month, words.day

        def distance(year: int, month: int = month, day: int = day) -> int:
            return _nearest(days, safe_date(year, month, day).toordinal())

        # An article dated within days of this day and month is coverage of the same days: its
        # year is better evidence than the corpus's most common one, which a folder of
        # stories from several years may well hold.
        close = [y for y in counts if distance(y) <= _SAME_DAYS]
        if close:
            year = min(close, key=lambda y: (-counts[y], distance(y), y))
        else:
            year = min(candidates, key=lambda y: (distance(y), y))
        document.date = safe_date(year, month, day)
        stale = YEAR_NOT_STATED.format(words=document.date_text)
        document.problems = [p for p in document.problems if not p.startswith(stale)]
        document.problems.append(YEAR_FROM_CORPUS.format(words=document.date_text, year=year))
