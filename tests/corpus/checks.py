"""Checks every corpus test applies to the Documents it reads."""

from __future__ import annotations

from itertools import pairwise

from viewer.core.model import Document, Span


def texts(doc: Document, spans: list[Span]) -> list[str]:
    return [doc.text[s.start : s.end] for s in spans]


def body_text(doc: Document) -> str:
    return "\n".join(texts(doc, doc.body))


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def check_invariants(doc: Document) -> None:
    """Offsets true and in bounds; body apart from header and boilerplate."""
    every = [*doc.body, *doc.boilerplate, *doc.markup, *doc.header]
    if doc.date_span is not None:
        every.append(doc.date_span)
        assert doc.text[doc.date_span.start : doc.date_span.end] == doc.date_text
    for span in every:
        assert 0 <= span.start < span.end <= len(doc.text), span
    for body in doc.body:
        for other in [*doc.boilerplate, *doc.header]:
            assert not overlaps(body, other), (doc.text[body.start : body.end], other)
    ordered = sorted(doc.body, key=lambda s: s.start)
    for first, second in pairwise(ordered):
        assert first.end <= second.start
