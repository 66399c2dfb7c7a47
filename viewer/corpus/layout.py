"""What a format reader finds in one text: metadata and the spans of each kind of region."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from viewer.core.model import Span
from viewer.corpus.dates import DateMatch


@dataclass(slots=True)
class Layout:
    """The regions and metadata of one document's text, before it becomes a Document."""

    title: str = ""
    author: str = ""
    date: DateMatch | None = None  # year 0: only day and month were written
    body: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    markup: list[Span] = field(default_factory=list)
    header: list[Span] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def trimmed(text: str, start: int, end: int) -> Span | None:
    """`text[start:end]` without its surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def first_reaching(markup: list[Span], at: int) -> int:
    """The index of the first span of `markup` (sorted, disjoint) that ends after `at`."""
    return bisect_right(markup, at, key=_end)


def skip_markup(start: int, end: int, markup: list[Span]) -> tuple[int, int]:
    """`start` moved past, and `end` back before, the spans of `markup` they fall inside
    (`start` < `end`).

    One pass over the spans (sorted, disjoint) in order, so a span that `end` reaches only
    once it has moved is left for another pass. The pass starts at the first span that can
    hold `start` and stops past `end`: an HTML page has thousands of tags and hundreds of
    paragraphs, and looking at every tag for every paragraph made pages slow to read.
    """
    for index in range(first_reaching(markup, start), len(markup)):
        mark = markup[index]
        if mark.start > start and mark.start >= end:
            break  # this span and every later one lie beyond both edges
        if mark.start <= start < mark.end:
            start = mark.end
        if mark.start < end <= mark.end:
            end = mark.start
    return start, end


def _end(span: Span) -> int:
    return span.end
