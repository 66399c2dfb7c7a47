"""The attribution patterns of headline_parts.py, spelt with the white space before a verb of
saying first, find what they found spelt with an optional auxiliary first: on the seeds'
sentences, a table of sentences, and made-up text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import headline_parts

_AS_IT_WAS = r"(?:\s+(?:has|have|had)(?:\s+[a-z]+ly)?)?\s+"
_PATTERNS = [
    headline_parts.LEADING_SAYS,
    headline_parts.TRAILING_SAYS,
    headline_parts.ATTRIBUTION_ONLY,
    headline_parts.BARE_REPORT,
]
_PLAIN = [
    re.compile(p.pattern.replace(headline_parts._AUXILIARY, _AS_IT_WAS), p.flags) for p in _PATTERNS
]


def _check(text: str) -> None:
    for spelt, plain in zip(_PATTERNS, _PLAIN, strict=True):
        for pos in (0, 1):
            found, expected = spelt.search(text, pos), plain.search(text, pos)
            assert (found and (found.start(), found.groupdict())) == (
                expected and (expected.start(), expected.groupdict())
            ), (spelt.pattern[:40], text)


def test_the_old_spelling_is_replaced() -> None:
    assert all(headline_parts._AUXILIARY in p.pattern for p in _PATTERNS)
    assert all(p.pattern != q.pattern for p, q in zip(_PATTERNS, _PLAIN, strict=True))
    # Which of the two follows a speaker is told by its next word only while no verb opens
    # on the letter of "has", "have" and "had".
    verbs = [*headline_parts._SAYING_AFTER_LIST, *headline_parts.REPORT_VERBS]
    assert not [v for v in verbs if v.startswith("h")]


def test_the_seed_sentences() -> None:
    sentences = seed_sentences()
    assert len(sentences) > 100
    for sentence in sentences:
        _check(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” the mayor said Tuesday.",
        "Earlier staff-reduction moves have trimmed about 300 jobs, the spokesman said.",
        "The officials have repeatedly stressed that the plan is sound.",
        "Prices rose 4%, analysts have  said, and more is ahead.",
        "The company had said it would cut jobs, said Eitan, the science minister",
        "District Attorney Steve Cooley announced today",
        "The Maariv newspaper said Sunday.",
        "He has has said, she had quickly told",
        "“It was over,” ſaid the \u212aing; İt has\u00a0said ıt",
    ],
)
def test_a_table(text: str) -> None:
    _check(text)


_PIECES = """has have had repeatedly quickly said says told say stated announced confirmed
the spokesman he she police , ; : “ ” " that on Tuesday today ſ K İ ı hAs""".split()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n", "\u00a0", ", "]), max_size=30).map("".join)
    | st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join)
)
def test_made_up_text(text: str) -> None:
    _check(text)
