"""The scene cues' patterns, spelt by their words' first letters, find what they found spelt
with `\\b` before their words: on the seeds' sentences and on made-up text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import scene_cues

_THERE = (
    r"(?:\w+\s+)?(?:(?:eye)?witness(?:es)?|neighbou?rs?|residents?|passers?-by|"
    r"bystanders?|onlookers?)"
)
_PROGRESSIVE = r"(?:was|were)\s+(?:still\s+|just\s+)?(?!being\b|going\b)[a-z]{3,}ing"
# The patterns as they were spelt.
_PLAIN = {
    "under way": re.compile(
        rf"\b(?:{_PROGRESSIVE}|had\s+been\s+(?:on|in|at|[a-z]{{3,}}ing)\b)\b[^.;]{{0,120}}?\bwhen\b"
    ),
    "state then": re.compile(
        rf"\b(?:{_PROGRESSIVE}|"
        r"had\s+been\s+(?:[a-z]{3,}(?:ed|en|wn)|left|kept|held)|had\s+(?:a|an)\s)"
        r"\b[^.;:\"“”]{0,120}?,\s+"
        r"(?:[a-z.'’]+\s+){1,3}?said(?:\W*$|,\s+[a-z]{3,}ing\b)"
    ),
    "witness": re.compile(
        rf"\b(?:a|another|one|the|two|several)\s+{_THERE}\s+"
        r"(?:said|says|told|described|recalled|saw|heard|called)\b"
        rf"|\b(?:said|says|according\s+to)\s+(?:a|another|one|the)\s+{_THERE}\W*$"
    ),
}
_SPELT = {
    "under way": scene_cues._UNDER_WAY,
    "state then": scene_cues._STATE_THEN,
    "witness": scene_cues._WITNESS,
}
_PIECES = """he was were driving being going still just had been on patrol walked a an permit
when , she said police the another one two several witness neighbours neighbors resident
passer-by bystanders says according to told saw é x9 washing hadn't swas . ; " running""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n"]), max_size=30).map("".join) | (
    st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join)
)


def _agree(low: str) -> None:
    for name, plain in _PLAIN.items():
        found, spelt = plain.search(low), _SPELT[name].search(low)
        assert (found and found.span()) == (spelt and spelt.span()), (name, low)


def test_the_seed_sentences_agree() -> None:
    for sentence in seed_sentences():
        _agree(sentence.lower())


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_the_spellings_match_the_same_words(name: str) -> None:
    assert _SPELT[name].search("police said a neighbour told them he was running when , she said")


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_made_up_text_agrees(low: str) -> None:
    _agree(low)
