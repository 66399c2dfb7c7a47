"""A case-blind search asked only when the passage lowercased holds a word it needs answers as
the plain search: on the seeds' sentences, a table of sentences, and made-up text with letters
a case-blind pattern matches beyond ASCII."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import clause_dates

_PIECES = """after After AFTER aFTER follow followed Following FOLLOWING that this he they
the vigils shooting ſ K İ ı Å ﬀ ﬁ ﬂ , . “ ” afterwards""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n", "\u00a0"]), max_size=30).map(
    "".join
) | st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join)


def _plain_following(text: str) -> bool:
    return clause_dates._FOLLOWED_THAT.search(text) is not None


def test_following_on_the_seed_sentences() -> None:
    sentences = seed_sentences()
    assert sentences
    for sentence in sentences:
        assert clause_dates._names_following(sentence) == _plain_following(sentence), sentence


def test_following_on_a_table() -> None:
    cases = [
        ("Vigils followed that shooting as well.", True),
        ("VIGILS FOLLOWED THAT SHOOTING AS WELL.", True),
        ("After this he left the room.", False),
        ("After this week's vote the council met", True),
        ("The council met on Tuesday.", False),
    ]
    for text, found in cases:
        assert clause_dates._names_following(text) is found
        assert _plain_following(text) is found


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_following_on_made_up_text(text: str) -> None:
    assert clause_dates._names_following(text) == _plain_following(text)
