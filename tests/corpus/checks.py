"""Checks every corpus test applies to the Documents it reads."""

from __future__ import annotations

import html
import os
import re
from datetime import datetime
from itertools import pairwise
from pathlib import Path

from viewer.core.model import Document, Span
from viewer.corpus import read_document

_REFERENCE = re.compile(r"&#?[0-9A-Za-z]+;?")
_ESCAPES = re.compile(r"(?:=[0-9A-Fa-f]{2})+")


def texts(doc: Document, spans: list[Span]) -> list[str]:
    """The spans as written in the source."""
    return [doc.text[s.start : s.end] for s in spans]


def shown(doc: Document, spans: list[Span]) -> list[str]:
    """The spans as a reader sees them, each on one line."""
    return [doc.visible.reading(s.start, s.end) for s in spans]


def body_text(doc: Document) -> str:
    return "\n".join(texts(doc, doc.body))


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def check_invariants(doc: Document) -> None:
    """Offsets true and in bounds; body apart from header and boilerplate; the visible text
    made of the source's characters, in order."""
    every = [*doc.body, *doc.boilerplate, *doc.header]
    if doc.date_span is not None:
        every.append(doc.date_span)
        start, end = doc.date_span.start, doc.date_span.end
        written = " ".join(html.unescape(doc.text[start:end]).split())
        assert doc.date_text == (doc.visible.reading(start, end) or written)
    for span in every:
        assert 0 <= span.start < span.end <= len(doc.text), span
    for body in doc.body:
        assert doc.visible.reading(body.start, body.end), "a body span a reader sees nothing of"
        for other in [*doc.boilerplate, *doc.header]:
            assert not overlaps(body, other), (doc.text[body.start : body.end], other)
    ordered = sorted(doc.body, key=lambda s: s.start)
    for first, second in pairwise(ordered):
        assert first.end <= second.start
    check_visible(doc)


def check_visible(doc: Document) -> None:
    """Each visible character comes from source characters of its own, in order: itself as
    written, or (when it stands for several) a character reference."""
    visible = doc.visible
    assert visible.source is doc.text
    previous = 0
    for at, char in enumerate(visible.render()):
        start, end = visible.source_start(at), visible.source_end(at + 1)
        assert previous <= start < end <= len(doc.text), (at, char)
        if not char.isspace() and doc.text[start:end] != char:
            # One of the characters of a reference ("&amp;", "&#8217;", "&NotEqualTilde;"), or
            # of a mail's quoted-printable escapes ("=C3=A9").
            opened = doc.text.rfind("&", 0, start + 1)
            reference = _REFERENCE.match(doc.text, max(opened, 0))
            escaped = _ESCAPES.fullmatch(doc.text, start, end) is not None
            assert escaped or (opened >= 0 and reference and reference.end() >= end), (
                char,
                start,
                end,
            )
        previous = end


def read_text(tmp_path: Path, text: str) -> Document:
    """`text` saved as an article in `tmp_path`, read, and checked for the invariants."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    return doc


# When the saved files of the loading tables were written: a Saturday (14 May 2026 is a
# Thursday), for pages dated by their age or by the day they were saved.
SAVED = datetime(2026, 12, 5, 12, 0).timestamp()


def read_saved(tmp_path: Path, text: str, name: str = "article.txt") -> Document:
    """`text` saved as `name` in `tmp_path` on `SAVED`, read, and checked for the invariants."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, (SAVED, SAVED))
    doc = read_document(path)
    check_invariants(doc)
    return doc
