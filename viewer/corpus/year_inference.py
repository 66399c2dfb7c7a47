"""Years for articles dated only by day and month, taken from the rest of the corpus."""

from __future__ import annotations

from collections import Counter
from datetime import date

from viewer.core.model import DocDateBasis, Document
from viewer.corpus.dates import parse_date_words

YEAR_NOT_STATED = "year not stated in “{words}”: "
YEAR_FROM_FILE = YEAR_NOT_STATED + "{year} taken from the file's modification date"
YEAR_FROM_CORPUS = YEAR_NOT_STATED + "{year} taken from the other articles of the corpus"


def safe_date(year: int, month: int, day: int) -> date:
    """29 February in a year without one falls back to the 28th rather than failing."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, day - 1)


def infer_years(documents: list[Document]) -> None:
    """Give each year-less date the corpus's most common year (ties: the one nearest the rest).

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
    for document in documents:
        if document.date_basis is not DocDateBasis.YEAR_INFERRED:
            continue
        words = parse_date_words(document.date_text)
        if words is None:
            continue
        month, day = words.month, words.day

        def distance(year: int, month: int = month, day: int = day) -> int:
            guess = safe_date(year, month, day)
            return min(abs((guess - other).days) for other in dated)

        year = min(candidates, key=lambda y: (distance(y), y))
        document.date = safe_date(year, month, day)
        stale = YEAR_NOT_STATED.format(words=document.date_text)
        document.problems = [p for p in document.problems if not p.startswith(stale)]
        document.problems.append(YEAR_FROM_CORPUS.format(words=document.date_text, year=year))
