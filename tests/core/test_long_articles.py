"""The one-pass readings that keep a long article's extraction linear agree with the plain
scans they replace: same sentences, same clauses, same visible text, same events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core import sentences
from viewer.core.extract import extract_events
from viewer.core.model import Document, Span
from viewer.core.sentences import split_sentences
from viewer.core.visible import VisibleBuilder

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_inside_quotation(text: str, start: int, position: int, end: int) -> bool:
    """sentences._inside_quotation as it was: every mark before the stop counted again."""
    before = text[start:position]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return "”" in text[position:end]
    if before.count('"') % 2 == 1:
        return '"' in text[position:end]
    return False


def _plain_join(text: str, body: Sequence[Span]) -> list[Span]:
    joined: list[Span] = []
    for span in sorted(body, key=lambda s: s.start):
        if joined:
            prev = joined[-1]
            head = text[prev.start : prev.end].rstrip()
            nxt = text[span.start : span.end].lstrip()
            if sentences._broken_off(head, nxt):
                joined[-1] = Span(prev.start, span.end)
                continue
        joined.append(span)
    return joined


def _plain_split_sentences(text: str, body: Sequence[Span]) -> list[Span]:
    found: list[Span] = []
    for region in _plain_join(text, body):
        cursor = region.start
        for match in sentences._BOUNDARY.finditer(text, region.start, region.end):
            if not sentences._is_boundary(text, match):
                continue
            if _plain_inside_quotation(text, region.start, match.end(2), region.end):
                continue
            span = sentences._trimmed(text, cursor, match.start(3))
            if span:
                found.append(span)
            cursor = match.end()
        span = sentences._trimmed(text, cursor, region.end)
        if span:
            found.append(span)
    return found


def _plain_shown_text(text: str, start: int, end: int, markup: Sequence[Span]) -> str:
    parts: list[str] = []
    cursor = start
    for span in markup:
        if span.end <= start or span.start >= end:
            continue
        parts.append(text[cursor : max(cursor, span.start)])
        cursor = max(cursor, span.end)
    parts.append(text[cursor:end])
    return " ".join("".join(parts).split())


_PIECES = [
    "The minister said",
    " troops",
    " arrived",
    ".",
    ". ",
    "! ",
    "? ",
    "… ",
    "“",
    "”",
    '"',
    "'",
    " ",
    "\n",
    "\n\n",
    "\u2003",
    "\x1f",
    " Mr. Smith",
    " and will send",
    ", sending jets to the UK",
    ", and would base ships",
    " He left. ",
    " to",
    " in",
    " x",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


def _paragraphs(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return spans or [Span(0, len(text))]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_sentences_as_the_plain_scan_found_them(text: str) -> None:
    for body in ([Span(0, len(text))], _paragraphs(text)):
        assert split_sentences(text, body) == _plain_split_sentences(text, body)


@settings(max_examples=400, deadline=None)
@given(
    _TEXTS,
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 6)), max_size=12),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_visible_text_as_the_plain_scan_found_it(
    text: str, marks: list[tuple[int, int]], a: int, b: int
) -> None:
    markup: list[Span] = []
    for start, length in sorted(marks):
        if length and (not markup or start >= markup[-1].end):
            markup.append(Span(start, start + length))
    start, end = min(a, b), max(a, b)
    out = VisibleBuilder(text)
    for span in markup:
        out.copy(min(span.start, len(text)))
        out.hide(min(span.end, len(text)))
    out.copy(len(text))
    visible = out.finish()
    assert visible.reading(start, end) == _plain_shown_text(text, start, end, markup)


def test_a_long_article_gives_each_paragraph_the_events_it_gives_alone() -> None:
    """Extraction of a long article (a seed paragraph many times over) finds, for each copy,
    the events the paragraph alone gives: each a passage of the first copy's, a telling
    printed again in the same words (told_twice.py)."""
    paragraph = (SEEDS / "002_609513afdff7ba00.txt").read_text(encoding="utf-8").split("\n\n")[1]
    copies = 400
    text = "\n\n".join([paragraph] * copies)
    body = _paragraphs(text)
    one = extract_events(_document(paragraph, [Span(0, len(paragraph))]))
    many = extract_events(_document(text, body))
    assert one
    assert len(many) == len(one)
    assert sum(len(e.passages) for e in many) == copies * sum(len(e.passages) for e in one)
    assert {(e.date, e.title) for e in many} == {(e.date, e.title) for e in one}


def _document(text: str, body: list[Span]) -> Document:
    return Document(id="long.txt", path="long.txt", text=text, date=date(2022, 6, 29), body=body)
