"""The clause openers of the governing-date rules, found in a lowercased copy of a sentence,
are the ones the IGNORECASE patterns find in the sentence as written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.temporal import governing_timex

_PIECES = [
    "Since",
    "since",
    "SINCE",
    " AS ",
    "As",
    "when",
    "WhenEver",
    "while",
    "once",
    "if",
    "ahead of",
    "Prior  to",
    "compared with",
    "Versus",
    "That",
    "which",
    "WHO",
    "whose",
    ", ",
    "; ",
    "— ",
    '"',
    "“",
    "‘",
    " ",
    "the board met",
    "K",  # Kelvin sign: lowers to k
    "İ",  # dotted capital I: lowers to two characters
    "ı",  # dotless i: IGNORECASE takes it for i
    "ſ",  # long s: IGNORECASE takes it for s
    "ſince",
    "whıch",
    "İf",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_openers_found_lowercased_are_those_found_ignoring_case(text: str) -> None:
    for pattern in (governing_timex._SUBORDINATE, governing_timex._COMPLEMENT):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in governing_timex._openers(text, pattern)] == expected
