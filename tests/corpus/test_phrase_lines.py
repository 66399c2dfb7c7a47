"""The lines of page furniture told by a phrase ("Advertisement", "Share on Facebook") are
looked for with the phrases a line's first character can start, not all of them on every
line; what is furniture stays the same. The time it takes is `python -m
bench.long_article_bench`'s to print (an HTML page of many paragraphs); here, what is tried."""

from __future__ import annotations

import re

import pytest

from viewer.corpus import boilerplate
from viewer.corpus.phrase_index import PhraseIndex, top_alternatives

_LINES = [
    ("Advertisement", True),
    ("Share on Facebook", True),
    ("« Previous page", True),
    ("© 2024 Harbor Media", True),
    ("3 min read", True),
    ("^GSPC", True),
    ("Page 2 of 3", True),
    ("Get the best stories delivered to your inbox", True),
    ("Harbor Media 2024. All rights reserved.", True),
    ("Jane Doe/Getty Images", True),
    ("x", False),
    ("The council said on Tuesday the bridge would reopen.", False),
    ("“We will reopen the bridge,” the mayor said.", False),
    ("12 March 2024", False),
    ("Reserved seats sold out within an hour.", False),
]


@pytest.mark.parametrize(("line", "furniture"), _LINES)
def test_a_line_is_furniture_as_the_whole_pattern_says(line: str, furniture: bool) -> None:
    assert boilerplate.is_boilerplate(line) is furniture


def test_a_line_tries_only_the_phrases_its_first_character_can_start() -> None:
    index = boilerplate._PHRASE_LINES
    sentence = "The council said on Tuesday the bridge would reopen."
    tried = index.candidates(sentence)
    assert tried is not None and len(tried) < len(index.phrases) / 4
    assert index.candidates("x") == index.candidates("X")
    assert len(index.candidates("x") or ()) <= 2  # the row of share buttons ("X Facebook …")
    assert index.candidates("“We will”") is None  # not ASCII: every phrase


@pytest.mark.python_only
def test_a_phrase_found_anywhere_is_searched_for_only_in_a_line_with_its_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[str] = []
    real = boilerplate._ANYWHERE

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(boilerplate, "_ANYWHERE", Counted())
    assert not boilerplate.is_boilerplate("The council said on Tuesday the bridge would reopen.")
    assert boilerplate.is_boilerplate("Sign-ups to your inbox: all rights reserved")
    assert len(searched) == 1


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
        (r"a\|b|[|]c|[]|]d", [r"a\|b", "[|]c", "[]|]d"]),
        ("a  # one | two\n|b", ["a  # one | two\n", "b"]),
    ],
)
def test_a_pattern_is_split_into_its_top_alternatives(pattern: str, parts: list[str]) -> None:
    assert top_alternatives(pattern) == parts


def test_an_index_matches_as_its_whole_pattern() -> None:
    whole = re.compile(r"^(?:ad|\d+\s+min|(?:our\s+)?news|.*\bgetty\b.*|[^a]z)$", re.I)
    index = PhraseIndex(whole)
    for line in ("Ad", "ad", "12 min", "Our news", "news", "x getty y", "bz", "az", "x", "Ü"):
        assert index.match(line) is (whole.match(line) is not None), line
