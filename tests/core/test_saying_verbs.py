"""The verbs of saying spelt as a tree of shared prefixes find what the flat list finds, with
the same speaker and statement: on the seeds' sentences, a table of attributions, and made-up
text (with letters a case-blind pattern matches beyond ASCII: "ſ", "K", "İ", "ı")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import headline_parts as hp

_FLAT = "(?:" + "|".join(hp._SAYING_LIST) + ")"
_FLAT_AFTER = "(?:" + "|".join(hp._SAYING_AFTER_LIST) + ")"


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(
        pattern.pattern.replace(hp._SAYING_AFTER, _FLAT_AFTER).replace(hp._SAYING, _FLAT)
    )


_PAIRS = [
    (hp.LEADING_SAYS, _plain(hp.LEADING_SAYS), "match"),
    (hp.TRAILING_SAYS, _plain(hp.TRAILING_SAYS), "search"),
    (hp.MID_SAYS, _plain(hp.MID_SAYS), "search"),
]


def _same(text: str) -> None:
    for tree, flat, how in _PAIRS:
        assert flat.pattern != tree.pattern
        found, plain = getattr(tree, how)(text), getattr(flat, how)(text)
        assert (found is None) == (plain is None), (text, tree.pattern[:40])
        if found is not None and plain is not None:
            assert found.span() == plain.span() and found.groupdict() == plain.groupdict()


def test_saying_verbs_on_the_seed_sentences() -> None:
    sentences = seed_sentences()
    assert sentences
    for sentence in sentences:
        _same(sentence)
        _same(sentence.rstrip("."))


def test_saying_verbs_on_a_table() -> None:
    cases = [
        ("The minister said on Tuesday that the talks would go on", "LEADING_SAYS"),
        ("Officials noted, quietly, that the border stayed open", "LEADING_SAYS"),
        ("The talks will go on next week, the minister notes", "TRAILING_SAYS"),
        ("“The talks will go on,” she declared in Brussels", "TRAILING_SAYS"),
        ("The talks will go on, officials say", "TRAILING_SAYS"),
        ("The bullet, he said, went over his left shoulder", "MID_SAYS"),
    ]
    for text, name in cases:
        pattern = getattr(hp, name)
        how = "match" if name == "LEADING_SAYS" else "search"
        assert getattr(pattern, how)(text) is not None, text
        _same(text)
    for text in ("The note said nothing", "He declares he declared it, notes say"):
        _same(text)


_PIECES = """said says say told tells note notes noted noteworthy declare declared declares
declarer acknowledged acknowledges conceded sayings the minister officials he police that
on Tuesday in Brussels reporters: , ; . ” “ " ſaid \u212aill İ ı has have repeatedly""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", ", ", "” ", '" ', ": "]), max_size=30
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_saying_verbs_on_made_up_text(text: str) -> None:
    _same(text)
