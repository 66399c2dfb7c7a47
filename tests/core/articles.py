"""An article of one body of text, as the extractor's rule tests read it: no headline, no
header, one paragraph per blank line; or one with a headline line before its body."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from viewer.core.extract import extract_events
from viewer.core.model import Document, Event, Span
from viewer.core.sentences import split_sentences


def article(text: str, published: date | None, name: str = "a.txt") -> Document:
    """`text` as an article's body, published on `published`."""
    return Document(id=name, path=name, text=text, body=[Span(0, len(text))], date=published)


def headed_events(title: str, text: str, published: date | None) -> list[Event]:
    """The events of an article of a headline line and paragraphs split by blank lines."""
    head = f"{title}\n\n"
    body, position = [], len(head)
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(
        id="a.txt",
        path="a.txt",
        text=head + text,
        title=title,
        body=body,
        header=[Span(0, len(title))],
        date=published,
    )
    return extract_events(doc)


def events_in(text: str, published: date | None) -> list[Event]:
    """The events extracted from `text` as an article's body, published on `published`."""
    return extract_events(article(text, published))


def days_of(lede: str, sentence: str, published: date | None) -> list[date]:
    """The days a sentence told after a lede is dated on, one per event it is a passage of."""
    return [
        e.date.first
        for e in events_in(lede + sentence, published)
        for p in e.passages
        if p.text == sentence
    ]


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def titles_in(text: str, published: date | None) -> list[str]:
    """The titles of a text's events, in order."""
    return [event.title for event in events_in(text, published)]


def seed_sentences() -> list[str]:
    """Every sentence of the seed articles, each file read as one body: the real text that
    fast paths are checked against their plain versions on."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [
        text[s.start : s.end] for text in texts for s in split_sentences(text, [Span(0, len(text))])
    ]
