"""What a format reader finds in one text: metadata and the spans of each kind of region."""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.model import Span
from viewer.core.visible import VisibleText
from viewer.corpus.dates import DateMatch

# Marks of writing direction that show nothing: a page laid out right to left, and a text
# copied from one, sets them around its lines ("\u200f3 June 2024\u200f", "&rlm;By …&rlm;");
# with a zero-width space, joiner or no-break mark, they are no part of a line's words.
UNSEEN_MARKS = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069"
    "\ufeff"
)


@dataclass(slots=True)
class Layout:
    """The regions and metadata of one document's text, before it becomes a Document."""

    title: str = ""
    author: str = ""
    date: DateMatch | None = None  # year 0: only day and month were written
    body: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    header: list[Span] = field(default_factory=list)
    dateline: Span | None = None  # "JOHANNESBURG, August 7 (Xinhua) --", part of the header
    problems: list[str] = field(default_factory=list)
    visible: VisibleText = field(default_factory=lambda: VisibleText.verbatim(""))


def trimmed(text: str, start: int, end: int) -> Span | None:
    """`text[start:end]` without its surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def shown_span(visible: VisibleText, start: int, end: int) -> Span | None:
    """The source span of what a reader sees of `start`-`end`, without white space at its
    edges: a line or block without its markup ("# ", "<p>"); None when nothing shows."""
    found = shown_words(visible, start, end)
    return found[0] if found is not None else None


def shown_words(visible: VisibleText, start: int, end: int) -> tuple[Span, str] | None:
    """`shown_span`, and the words a reader sees there."""
    if visible.as_written(start, end):  # what a reader sees is the source: no map to read
        span = trimmed(visible.source, start, end)
        return None if span is None else (span, visible.source[span.start : span.end])
    first, words = visible.shown_at(start, end)
    kept = words.strip()
    if not kept:
        return None
    first += len(words) - len(words.lstrip())
    return Span(*visible.to_source(first, first + len(kept))), kept
