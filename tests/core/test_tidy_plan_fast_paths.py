"""Pre-checks that spare work change nothing: a title's tidying asked only where a mark has a
space on its wrong side, its dateline looked for only where a capital opens it and a dash is in
it, its day words looked for only where it has some, and a plan's "to" read only where a word
that stands before it is there. Each agrees with the plain version on the seeds' sentences, a
table and made-up text (with letters that change when lowered: "ſ", the Kelvin sign, "İ",
"ı")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import headline, headline_deletions, plan_cues
from viewer.core.cue_words import words_of
from viewer.core.fronted_phrase import MIN_WORDS, words
from viewer.core.headline_parts import (
    APPOSITIVE,
    DATELINE,
    MID_PARTICIPLE,
    MID_PHRASE,
    MIN_TITLE_CHARS,
    RELATIVE,
)

_PIECES = """WASHINGTON LONDON (Reuters) - — – -- Paris A Z a z É Über Tuesday yesterday
said to To TO plans plan intend intends set due aim aims expected is are was be
been to. to, due to is due to are set to report due to it the a Moon ſ \u212a İ ı ’ ' , ; : . !
? ” “ ( ) ,, ;; today Mark Hertling, a CNN analyst, which who including made
an his""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", ", ", " ,", "( ", " )", "“ ", " ”", " .", " ;"]),
    max_size=40,
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


def _plain_tidied(text: str) -> str:
    """headline_deletions.tidied as it read before its pre-check: both loops, always."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    for spaced, mark in (
        *headline_deletions._SPACE_BEFORE_MARK,
        *headline_deletions._SPACE_AFTER_OPENING,
    ):
        if spaced in text:
            text = text.replace(spaced, mark)
    if ",," in text or ";" in text:
        text = headline_deletions._DOUBLE_COMMA.sub(",", text)
    return text.strip(",;: ")


def _plain_planned(words: list[str], low: str) -> bool:
    """plan_cues.planned as it read before its pre-check: every "to" read in turn."""
    if "'ll " in low or "’ll " in low:
        return True
    for i, w in enumerate(words):
        if w in plan_cues.FUTURE_WORDS and words[i + 1 : i + 2] not in (plan_cues.FORECAST):
            return True
    for at in range(1, len(words)):
        before = words[at - 1]
        if words[at] != "to" or before not in plan_cues.BEFORE_TO:
            continue
        if before != "due" or plan_cues.due(words, at):
            return True
    return False


def _plain_deleted(text: str, pattern: re.Pattern[str], kept: re.Pattern[str] | None) -> str:
    """headline_deletions.deleted as it read before its pre-check for a comma."""
    cut, found = pattern.subn(
        " " if kept is None else lambda m: headline_deletions._unless(kept, m), text
    )
    if not found or cut == text:
        return text
    shorter = headline_deletions.tidied(cut)
    return shorter if words(shorter) >= MIN_WORDS and len(shorter) >= MIN_TITLE_CHARS else text


def _assert_agree(text: str) -> None:
    for pattern, kept in (
        (MID_PHRASE, None),
        (MID_PARTICIPLE, headline_deletions.APPOSED),
        (RELATIVE, None),
    ):
        assert headline_deletions.deleted(text, pattern, kept) == _plain_deleted(
            text, pattern, kept
        )
    if text.count(",") < 2:  # `drop_appositives` returns such a text as it is: no match
        assert APPOSITIVE.search(text) is None, text
    # `tidied` keeps its last answer: the inner function is the one checked.
    assert headline_deletions.tidied.__wrapped__(text) == _plain_tidied(text), text  # type: ignore[attr-defined]
    plain = DATELINE.sub("", text)
    assert (DATELINE.sub("", text) if headline._may_open_on_dateline(text) else text) == plain
    if "\x00" not in text:  # a day word that is not there: the loop over day words runs
        assert headline_deletions.drop_day_words(text, []) == headline_deletions.drop_day_words(
            text, ["\x00"]
        )
    low = text.lower()
    words = words_of(low)
    assert plan_cues.planned(words, low) == _plain_planned(words, low), text


@pytest.mark.parametrize("sentence", [*seed_sentences(), *_PIECES])
def test_fast_paths_on_the_seeds_and_single_words(sentence: str) -> None:
    _assert_agree(sentence)


def test_fast_paths_on_a_table() -> None:
    cases = [
        ("The council plans to vote on Tuesday", "The council plans to vote on Tuesday", True),
        ("Sure , the report is due to appear", "Sure, the report is due to appear", True),
        ("Prone to it due to its site ( it )", "Prone to it due to its site (it )", False),
        ("“ We went to the park ” , he said", "“We went to the park”, he said", False),
        ("to to to is", "to to to is", False),
        ("WASHINGTON - The Senate voted", "WASHINGTON - The Senate voted", False),
    ]
    for text, tidy, planned in cases:
        assert headline_deletions.tidied.__wrapped__(text) == tidy  # type: ignore[attr-defined]
        low = text.lower()
        assert plan_cues.planned(words_of(low), low) is planned
        _assert_agree(text)


def test_dateline_on_a_table() -> None:
    for text, kept in [
        ("WASHINGTON - The Senate voted on Tuesday", "The Senate voted on Tuesday"),
        ("LONDON (Reuters) — Shares fell", "Shares fell"),
        ("Washington voted on Tuesday", "Washington voted on Tuesday"),
        ("the well-known rule", "the well-known rule"),
    ]:
        may = headline._may_open_on_dateline(text)
        assert (DATELINE.sub("", text) if may else text) == kept
        assert DATELINE.sub("", text) == kept


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
def test_fast_paths_on_made_up_text(text: str) -> None:
    _assert_agree(text)
