"""A passage's lowercase, where it finds what a case-blind pattern finds, is tried first: for a
happening told again and for a count from a named happening. The pattern never matches a
passage whose lowercase it does not match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import counted_phrases, retold_happening
from viewer.core.holds import lowers_as_blind

_PIECES = """The the THE This that But however And so after When until once strong 6.1 magnitude
Earthquake earthquake QUAKE quake fire Fire blaze struck Struck hit occurred broke out
killed Killed left injured , which that ſtruck kılled İn \u212a é “ ” x9 first just
quickly""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n"]), max_size=30).map(
    "".join
) | st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join)


def _agree(text: str) -> None:
    found = retold_happening._TOLD_AGAIN.match(text) is not None
    if lowers_as_blind(text):
        assert (retold_happening._TOLD_AGAIN_LOWERED.match(text.lower()) is not None) == found
    if found:
        assert retold_happening._may_tell_again(text, text.lower())


def test_the_seed_sentences_agree() -> None:
    for sentence in seed_sentences():
        _agree(sentence)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_made_up_text_agrees(text: str) -> None:
    _agree(text)


_COUNT_PIECES = """Two TWO two days Days hours Hours moments Shortly a short time after AFTER before
the The his shooting SHOOTING murder quake double father's 12 ſhooting İn \u212a é , x9""".split()


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*_COUNT_PIECES, " ", "  "]), max_size=30).map("".join)
    | st.lists(st.sampled_from(_COUNT_PIECES), max_size=20).map(" ".join)
)
def test_a_count_is_searched_first_in_the_lowercase(text: str) -> None:
    """The count from a named happening is found in a passage only if its lowercase finds one
    (where that finds the same)."""
    found = counted_phrases._COUNTED.search(text) is not None
    if lowers_as_blind(text):
        assert (counted_phrases._COUNTED_LOWERED.search(text.lower()) is not None) == found
    if found:
        assert counted_phrases._may_count_from(text)
