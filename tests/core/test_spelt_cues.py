"""Cue patterns spelt by first letters (word_patterns.py), or opened on their first character,
find what the plain patterns they stand for find: on the seeds' sentences, lowercased and as
written, and on made-up text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import event_selection, news_day, opinion_cues, state_cues, statement_cues

# Each pattern as its module spells it, and the plain pattern it stands for.
_PAIRS = [
    (
        event_selection._FEATURES,
        r"\b(?:will|won['’]t)\s+(?:not\s+|also\s+|only\s+)?(?:have|include|feature|support|offer|"
        r"cost|sport|boast|weigh|measure|come\s+with|run\s+on|be\s+(?:a|an|available|compatible|"
        r"similar|able|equipped|powered|priced)\b)",
    ),
    (event_selection._ONGOING, r"\b(?:is|are) (?:\w+ )?being \w+ed\b"),
    (event_selection._HYPOTHETICAL, r"\b(?:in the event of|if)\b"),
    (statement_cues._NEWS_WORDS, r"\b(?:will|would|plans?|agreed|decided|announced) \w"),
    (
        opinion_cues._OPINION_PIECE,
        r"\b(?:op-?eds?|essays?|editorials?|opinion (?:pieces?|columns?)|columns?|"
        r"in an? (?:article|commentary|blog post))\b",
    ),
    (
        opinion_cues._STANCE,
        r"\bi\s+(?:don['’]t\s+|do\s+not\s+)?(?:think|believe|want|feel|hope)\b",
    ),
    (
        state_cues._FREQUENCY,
        r"\b(?:often|usually|sometimes|frequently|rarely|seldom|as usual|at times|"
        r"from time to time|many times|occasional(?:ly)?|for some time)\b",
    ),
    (news_day._SENTENCE_END, r"\n|[.!?](?=[\"”’)]?(?:\s|$))"),
]
_PIECES = """will won't won’t not also only have include be a an available is are being
filled accompanied in the event of if would plans plan agreed decided announced op-ed oped
eds essay essays editorial opinion pieces column columns article commentary blog post i don't
do think believe want feel hope often usually sometimes frequently rarely seldom as usual at
times from time to time many occasional occasionally for some xwill willy iif ifs . ! ? "
” ’ ) ( , 1 é_""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n", "\t"]), max_size=40).map(
    "".join
) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


def _same(text: str) -> None:
    for spelt, plain in _PAIRS:
        for pos in (0, len(text) // 3):
            found = [m.span() for m in spelt.finditer(text, pos)]
            assert found == [m.span() for m in re.compile(plain).finditer(text, pos)], plain


def test_spelt_cues_agree_on_seed_sentences() -> None:
    for sentence in seed_sentences():
        _same(sentence)
        _same(sentence.lower())


@pytest.mark.parametrize(
    "text",
    [
        "It will not have 3G, but it won’t include Wi-Fi.",
        "The forms are being filled out. Xis being done.",
        "In the event of escalation, if needed; iff",
        "He would say; they agreed to it; plans announced",
        "In an op-ed and two editorials, an opinion piece in a blog post",
        "I don't think so; i do not want; hi think",
        "as usual, at times, from time to time, occasionally, for some time",
        "End.\nNext. “Quoted.” Done!",
    ],
)
def test_spelt_cues_agree_on_cases(text: str) -> None:
    _same(text)
    _same(text.lower())


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_spelt_cues_agree_on_made_up_text(text: str) -> None:
    _same(text)
