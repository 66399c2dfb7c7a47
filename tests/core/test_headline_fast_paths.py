"""The headline's cheap reading of a leading conjunction changes nothing: it agrees with the
plain substitution it spares, on the seeds' sentences and on made-up text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import fronted_phrase, headline_parts

# Conjunctions and words of news sentences in several cases, with the letters a case-blind
# pattern matches beyond ASCII ("İ", "ı", "ſ", the Kelvin sign), and marks.
_PIECES = """saying Telling ADDING described declined call calls called urged warning accused
criticised criticized statement spokesman spokeswoman will Will WILL shall won't won’t aims to
plans to intends to expects to is due to are set to is expected to wİll wıll ſhall \u212aill
ſpokesman sayİng and But so or yet Still also then And, but: , ; : . ! ? ” “ ( ) the police
said fire to Tuesday rescued Speaking Reviewing Founded Ledged ReportedEd The THE that
following same day night Monday, reporters by in""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", "\t", ", ", " ,", "( ", " )", "“ ", " ”"]),
    max_size=40,
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


def _plain_drop_fronted(text: str) -> str:
    """fronted_phrase.drop_fronted with the leading conjunction replaced by a substitution."""
    while True:
        before = text
        text = headline_parts.LEADING_CONJUNCTION.sub("", text)
        not_fronted = fronted_phrase._NAME_OR_CLAUSE.match(text)
        ing = fronted_phrase._ING_OPENS.match(text) is not None
        participle = fronted_phrase._PARTICIPLE_OPENS.match(text)
        time = fronted_phrase._TIME_OPENS.match(text)
        opens = bool(ing or headline_parts.FRONTED.match(text) or participle or time)
        opens = opens and not not_fronted
        comma = fronted_phrase.top_level_comma(text) if opens else -1
        if comma > 0 and not headline_parts.ACCORDING.match(text):
            rest = text[comma + 1 :].strip()
            first = rest.split(" ", 1)[0]
            if first in ("which", "who", "whose", "where"):
                more = fronted_phrase._relative_end(text, rest)
                rest = rest[more + 1 :].strip() if more > 0 else rest
                first = rest.split(" ", 1)[0]
            clause = not (first.islower() and first.endswith("ing")) or first == "according"
            clause = clause and first not in fronted_phrase._GOES_ON
            clause = clause and not (ing and fronted_phrase._inverted(text[:comma], rest))
            described = fronted_phrase._DESCRIBED_BY.match(rest) and len(text[:comma].split()) > 2
            clause = clause and not described
            clause = clause and not fronted_phrase._attribution_only(rest)
            words_before, words_after = len(text[:comma].split()), len(rest.split())
            if words_before <= fronted_phrase._FRONTED_WORDS and words_after >= 3 and clause:
                text = rest
        if text == before:
            return text


def _assert_agree(text: str) -> None:
    assert fronted_phrase.drop_fronted(text) == _plain_drop_fronted(text)


@pytest.mark.parametrize("sentence", [*seed_sentences(), *_PIECES])
def test_detail_fast_paths_on_the_seeds_and_single_words(sentence: str) -> None:
    _assert_agree(sentence)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
def test_detail_fast_paths_on_made_up_text(text: str) -> None:
    _assert_agree(text)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.from_regex(headline_parts.LEADING_CONJUNCTION),
        st.from_regex(headline_parts.FRONTED),
        st.from_regex(fronted_phrase._ING_OPENS),
        st.from_regex(fronted_phrase._PARTICIPLE_OPENS),
        st.from_regex(fronted_phrase._TIME_OPENS),
    )
)
def test_detail_fast_paths_on_text_their_patterns_match(text: str) -> None:
    """Text made to match a pattern, with anything around it: its pre-check lets it through."""
    _assert_agree(text)


# A strong boundary as plainly written; headline_parts opens it on its first character.
_PLAIN_BOUNDARY = (
    r"(?:[,;:](?=\s)|\.\.\.(?=\s)|…(?=\s)|\s[—–]|"
    r"\s(?=(?:but|as|while|after|before|amid|including|which|who|"
    r"because|although|though|when|where|despite|following)\s))"
)
_BOUNDARY_PIECES = """but as while after before amid including which who because although
though when where despite following butter ash , ; : . .. ... … — – - x""".split()
_BOUNDARY_TEXTS = st.lists(
    st.sampled_from([*_BOUNDARY_PIECES, " ", "  ", "\n", "\u00a0"]), max_size=40
).map("".join) | st.lists(st.sampled_from(_BOUNDARY_PIECES), max_size=30).map(" ".join)


def _same_boundaries(text: str) -> None:
    for pos in (0, len(text) // 2):
        found = [m.span() for m in headline_parts.BOUNDARY_STRONG.finditer(text, pos)]
        assert found == [m.span() for m in re.compile(_PLAIN_BOUNDARY).finditer(text, pos)]


def test_strong_boundaries_agree_on_seed_sentences() -> None:
    for text in seed_sentences():
        _same_boundaries(text)


@settings(max_examples=300, deadline=None)
@given(_BOUNDARY_TEXTS)
def test_strong_boundaries_agree_on_made_up_text(text: str) -> None:
    _same_boundaries(text)
