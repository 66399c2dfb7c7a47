"""The cheap tests that spare a scan change no answer: each says no only where the pattern it
spares finds nothing, on made-up text of the words and marks the patterns turn on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core import date_lists, news_day
from viewer.core.cue_words import WORDS, words_of
from viewer.core.holds import holds_any_blind, holds_digit
from viewer.core.temporal import compared_times, owned_times
from viewer.core.temporal.context import lowercase_same_length

# Dates as lists write them, and what stands between them, with spaces, digits and letters
# past ASCII ("\xa0", "٣", "é", "ſ", "K" the Kelvin sign).
_DATES = """12 march 2024|march 12, 2024|2024-03-12|12/03/2024|14:05|2:05 pm|2:05p.m.|3 mar.|sept 9
|5th|1st may|٣ march|12.3.24|7|07:15:00 am|2:05 a.m.""".split("|")
_BETWEEN = [" ", ", ", ",\xa0", "\u2009", "–", " — ", "|", "; ", "\n", " and ", " to ", "", "-"]
_WORDS = [
    *"""than premium discount chance chances risk odds of to on in higher ing flooding THAN Than
    ſ ı İ \u212a é ’ ' '' x 1 ٣ a b""".split(),
    *[" ", "  ", ",", '"', "“", "\n"],
]
_OLD_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’)]?\s+)(?=\S)")


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(_DATES), st.sampled_from(_BETWEEN)), max_size=14))
def test_date_lists_test_passes_every_run(items: list[tuple[str, str]]) -> None:
    lower = lowercase_same_length("on " + "".join(a + b for a, b in items))
    if date_lists._RUN.search(lower) is not None:
        assert date_lists.listed_runs(lower) != []


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join))
def test_word_tests_pass_every_match(text: str) -> None:
    for pattern, words in (
        (compared_times._THAN_A_TIME, compared_times._THAN),
        (compared_times._PREMIUM_TO, compared_times._PREMIUM_WORDS),
        (owned_times._CHANCE_OF, owned_times._CHANCE_WORDS),
    ):
        assert pattern.search(text) is None or holds_any_blind(text, words)
    assert holds_digit(text) == (re.search(r"\d", text) is not None)
    assert words_of(text) == WORDS.findall(text.replace("’", "'"))


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["a b", ".", "!", "\n", " ", '"', "”", ")", "\xa0"]), max_size=12))
def test_last_sentence_start(pieces: list[str]) -> None:
    text = "".join(pieces)
    for head in range(len(text) + 1):
        old = [m.end() for m in _OLD_SENTENCE_START.finditer(text, head, len(text))]
        new = [m.end() for m in news_day._SENTENCE_START.finditer(text, head, len(text))]
        assert (old[-1] if old else head) == (new[-1] if new else head)
