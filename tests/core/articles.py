"""An article of one body of text, as the extractor's rule tests read it: no headline, no
header, one paragraph per blank line."""

from __future__ import annotations

from datetime import date

from viewer.core.extract import extract_events
from viewer.core.model import Document, Event, Span


def article(text: str, published: date | None, name: str = "a.txt") -> Document:
    """`text` as an article's body, published on `published`."""
    return Document(id=name, path=name, text=text, body=[Span(0, len(text))], date=published)


def events_in(text: str, published: date | None) -> list[Event]:
    """The events extracted from `text` as an article's body, published on `published`."""
    return extract_events(article(text, published))
