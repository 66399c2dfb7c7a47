"""The clause openers spelt by first letters (temporal/spelt_openers.py) find what the plain
patterns find in a lowercased sentence: on the seeds' sentences and on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core.temporal import governing_timex
from viewer.core.temporal.spelt_openers import top_level

# Each opener pattern as governing_timex spells it for a lowercased sentence, and the plain
# pattern (its own, without IGNORECASE) it stands for.
_PAIRS = [(re.compile(plain.pattern), spelt) for plain, spelt in governing_timex._LOWERED.items()]
_SUBORDINATE = re.compile(governing_timex._SUBORDINATE.pattern)
_PIECES = """since after before until till because although though unless whereas ahead of
following prior to compared with versus as when while if whenever once that which who whom
whose sinced asif whence whoever thatch wheneverr the a , ; : — – " “ ‘ ’ ( ) . x1 _as as_
2022""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", "\t", "-", ", ", "“ "]), max_size=40
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


def _same(low: str) -> None:
    for plain, spelt in _PAIRS:
        assert [m.span() for m in spelt.finditer(low)] == [m.span() for m in plain.finditer(low)]
    # The look-ups that spare the scan of a subordinate clause's openers never spare one that
    # would find something.
    if _SUBORDINATE.search(low) is not None:
        assert governing_timex._may_subordinate(low)


def test_top_level_splits_outside_parentheses() -> None:
    assert top_level(r"a|b\s+(?:c|d)|e") == ["a", r"b\s+(?:c|d)", "e"]
    assert top_level("one") == ["one"]


def test_spelt_openers_agree_on_seed_sentences() -> None:
    sentences = [sentence.lower() for sentence in seed_sentences()]
    assert len(sentences) > 100
    for low in sentences:
        _same(low)


def test_spelt_openers_agree_on_cases() -> None:
    for low in [
        "as he left",
        " as he left",
        "x as he left",
        ", as",
        "“when",
        "whenever, as",
        "as",
        "a",
        "",
        "once",
        "whence",
        "since1",
        "ahead  of",
        "compared to",
        ";  while",
    ]:
        _same(low)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_spelt_openers_agree_on_made_up_text(text: str) -> None:
    _same(text)
