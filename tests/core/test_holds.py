"""`holds_any` answers as `any(part in text for part in parts)`: on the seeds' sentences with
the word lists the cues ask, and on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import court_cues, detail_cues, reaction_cues, statement_cues, title_event
from viewer.core.headline_parts import QUOTES
from viewer.core.holds import holds_any, holds_word

_LISTS: list[tuple[str, ...]] = [
    tuple(reaction_cues._FELT_STEMS),
    tuple(statement_cues._CARRY_ON_VERBS),
    tuple(statement_cues._NEWS_STEMS),
    tuple(title_event._SPEAKER_VERBS),
    tuple(court_cues._NEEDS),
    tuple(detail_cues._WOUND_WORDS),
    tuple(QUOTES),
    tuple('“”"'),
]


def test_the_seed_sentences_as_any() -> None:
    sentences = seed_sentences()
    assert sentences
    for sentence in sentences:
        for text in (sentence, sentence.lower()):
            for parts in _LISTS:
                assert holds_any(text, parts) == any(p in text for p in parts), (text, parts)


def test_a_table_of_texts() -> None:
    cases = [
        ("", ("a",), False),
        ("abc", (), False),
        ("He said he was grateful", reaction_cues._FELT_STEMS, True),
        ("He said he was Grateful", ("grateful",), False),  # as written: case counts
        ("“Yes,” she said", '“”"', True),
        ("no marks here", '“”"', False),
    ]
    for text, parts, held in cases:
        assert holds_any(text, parts) is held


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdegrt “”\"'", max_size=30),
    st.lists(st.text(alphabet="abcdegrt “”\"'", min_size=1, max_size=4), max_size=6),
)
def test_made_up_text(text: str, parts: list[str]) -> None:
    assert holds_any(text, parts) == any(p in text for p in parts)


def _as_pattern(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def test_holds_word_as_the_pattern_on_seed_sentences() -> None:
    """The names a statement gives its speaker, looked for in the seeds' sentences."""
    sentences = seed_sentences()
    names = {name for s in sentences for name in title_event.speakers_of(s)}
    assert names
    for sentence in sentences:
        for name in names:
            assert holds_word(sentence, name) == _as_pattern(sentence, name), (sentence, name)


def test_holds_word_a_table() -> None:
    cases = [
        ("Biden stated the plan, Biden said.", "Biden", True),
        ("The Bidens arrived", "Biden", False),  # part of a longer word
        ("Obiden", "Biden", False),
        ("Biden", "Biden", True),  # the whole text
        ("Biden_x said", "Biden", False),  # "_" is a word character
        ("Peña said", "Peña", True),
        ("Peñas said", "Peña", False),
        ("St. Louis", "St.", False),  # "\b" after a mark wants a word character after it
        ("St. Louis", "St", True),
        ("St.Louis", "St.", True),
        ("Mr Jones and Jones", "Jones", True),
        ("Jonesboro Jones", "Jones", True),  # the second telling
    ]
    for text, word, expected in cases:
        assert holds_word(text, word) is expected, (text, word)
        assert _as_pattern(text, word) is expected, (text, word)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab _.é-", max_size=12), st.text(alphabet="ab _.é-", min_size=1, max_size=3)
)
def test_holds_word_as_the_pattern_on_made_up_text(text: str, word: str) -> None:
    assert holds_word(text, word) == _as_pattern(text, word)
