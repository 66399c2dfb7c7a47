"""The shown text of a document: markup removed, offsets mapped both ways."""

from __future__ import annotations

from viewer.core.model import Span
from viewer.ui.display_text import DisplayText

TEXT = "# Title\n\nSome *bold* words and \\$5."
MARKUP = [Span(0, 2), Span(14, 15), Span(19, 20), Span(31, 32)]


def test_markup_is_hidden() -> None:
    shown = DisplayText(TEXT, MARKUP)
    assert shown.text == "Title\n\nSome bold words and $5."


def test_offsets_round_trip_on_shown_characters() -> None:
    shown = DisplayText(TEXT, MARKUP)
    hidden = {i for s in MARKUP for i in range(s.start, s.end)}
    for original in range(len(TEXT)):
        if original in hidden:
            continue
        at = shown.to_shown(original)
        assert shown.text[at] == TEXT[original]
        assert shown.to_original(at) == original


def test_a_range_with_markup_inside_maps_to_the_reader_text() -> None:
    shown = DisplayText(TEXT, MARKUP)
    start, end = TEXT.index("*bold*"), TEXT.index(" words") + len(" words")
    lo, hi = shown.shown_range(start, end)
    assert shown.text[lo:hi] == "bold words"
    assert shown.original_range(lo, hi) == (start + 1, end)


def test_no_markup_is_the_identity() -> None:
    shown = DisplayText("plain text", [])
    assert shown.text == "plain text"
    assert shown.original_range(2, 6) == (2, 6)
    assert shown.to_shown(10) == 10
