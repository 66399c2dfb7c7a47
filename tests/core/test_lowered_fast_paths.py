"""Lowercase asked for more cheaply gives what `str.lower` gives: a clause's lowercase as the
slice of its article's, the headline's "ccord" check on an ASCII copy, and the headline's
look-up of a verb of saying answered again for the text it was just asked. On the seeds'
articles and sentences, and on made-up text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import SEEDS, seed_sentences
from viewer.core import headline_parts
from viewer.core.lowered import lowercase, lowered, remember, slices_lower
from viewer.core.model import Span
from viewer.core.sentences import split_sentences
from viewer.core.temporal.context import lowercase_same_length

_SENTENCES = seed_sentences()
_PIECES = """According ACCORDING aCcOrD ccord cord record said Said SAID told “ ” ’ é É ß İ ı Σ σ ς
ΣΑΣ Οδυσσεύς \u212a ſ ﬁ Ǆ ǅ ǆ ΐ ŉ the Mr. 2004 , . ; according to police""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "\n", "  ", "\u00a0", "\t"]), max_size=40).map(
    "".join
) | (st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))


def _slices_hold(text: str) -> None:
    """Where `slices_lower` says so, each slice of the article's lowercase (as the reader
    makes it) is the slice lowered."""
    if not slices_lower(text):
        return
    lower = lowercase_same_length(text)
    assert lower == text.lower()
    for start in range(0, len(text), 3):
        for end in range(start, min(len(text), start + 40) + 1, 2):
            assert lower[start:end] == text[start:end].lower(), (text, start, end)


def test_the_seed_articles_lowered_in_slices() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts and all(slices_lower(t) for t in texts)
    for text in texts:
        lower = lowercase_same_length(text)
        for s in split_sentences(text, [Span(0, len(text))]):
            assert lower[s.start : s.end] == text[s.start : s.end].lower()


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_made_up_text_lowered_in_slices(text: str) -> None:
    _slices_hold(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS | st.text())
def test_made_up_text_lowered_as_bytes(text: str) -> None:
    assert lowercase(text) == text.lower()


def test_every_character_lowered_as_bytes() -> None:
    """Each character alone and between letters (the final sigma's neighbours), and a lone
    surrogate, which a file read with its undecodable bytes escaped may hold."""
    for first in range(0, 0x110000, 256):
        chars = [chr(c) for c in range(first, first + 256)]
        for text in ("A".join(chars), "".join(f"“A{c} " for c in chars), *chars[:: 256 // 8]):
            assert lowercase(text) == text.lower(), hex(first)


def test_the_characters_that_lower_apart() -> None:
    """Every character that does not lower to one character of its own is one the check
    looks for (the final sigma is the one whose lowercase depends on its neighbours)."""
    uneven = [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1]
    assert all(not slices_lower(f"a{c}b") for c in uneven)
    assert "ΑΣ b".lower()[1:2] != "ΑΣ b"[1:2].lower()  # "ς" at a word's end, else "σ"
    assert not slices_lower("ΑΣ b")


def test_a_remembered_lowercase_is_given_again() -> None:
    text = "The Mayor Said “Yes”"
    remember(text, text.lower())
    assert lowered(text) == text.lower()
    assert lowered("Another TEXT") == "another text"


def test_lowercases_kept_are_given_again_in_any_order() -> None:
    """More texts than are kept, asked in turn and then again in another order."""
    texts = [f"The Court SENTENCED “Him” {i}" for i in range(1300)]
    for order in (texts, texts[::-1], texts[::7], texts):
        for text in order:
            assert lowered(text) == text.lower()


def _ccord_holds(text: str) -> None:
    found = headline_parts.TRAILING_ACCORDING.search(text)
    fast = headline_parts.trailing_according(text)
    assert (fast and (fast.span(), fast.groupdict())) == (
        found and (found.span(), found.groupdict())
    ), text


def _saying_holds(text: str) -> None:
    plain = headline_parts.has_saying_verb.__wrapped__  # type: ignore[attr-defined]
    expected = plain(text)
    assert headline_parts.has_saying_verb(text) == expected
    assert headline_parts.has_saying_verb(text) == expected  # answered again
    assert headline_parts.has_saying_verb(text + " said") is True


def test_the_seed_sentences_give_the_same_answers() -> None:
    assert len(_SENTENCES) > 100
    for sentence in _SENTENCES:
        _ccord_holds(sentence)
        _saying_holds(sentence)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_made_up_text_gives_the_same_answers(text: str) -> None:
    _ccord_holds(text)
    _saying_holds(text)
