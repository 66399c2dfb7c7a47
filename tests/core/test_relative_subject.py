"""A relative clause set off by commas right after a sentence's subject ("Vestager, who is on
leave …, returned to Brussels") describes the subject: its present is not the main clause's,
and the sentence tells the act its main verb tells, in the past. A sentence whose main verb
is in the present after such a clause ("Smith, who is 45, is a former lawyer.") still tells a
state. The first sentence is from a development probe article (an EU merger ruling), one more
from an ECB+ development article; the rest are written in the plain style of wire news. Each is
read after a dated lede."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.cue_words import outside_quotations, words_of
from viewer.core.main_clause import tells_now

_LEDE = "Floods hit the city on Monday. "
_PUBLISHED = date(2011, 3, 4)

_ACTS = [
    "Vestager, who is on leave from her role to campaign for the presidency of the European "
    "Investment Bank, returned to Brussels for the announcement.",
    "The company, which is based in Ohio, cut 200 jobs.",
    "Brown, whose son is a police officer, fled the country.",
    "The mayor, who is seeking a third term, resigned from the party.",
    "Jones, who has three children, was arrested at his home.",
]
_STATES = [
    "Smith, who is 45, is a former lawyer.",
    "The town, which lies on a river, is popular with tourists.",
    "Harris, who is the club's captain, remains doubtful for the match.",
]


def _on_timeline(sentence: str) -> bool:
    events = events_in(_LEDE + sentence, _PUBLISHED)
    return any(p.text == sentence for e in events for p in e.passages)


@pytest.mark.parametrize("sentence", _ACTS)
def test_the_act_after_a_relative_clause_is_on_the_timeline(sentence: str) -> None:
    assert _on_timeline(sentence)


@pytest.mark.parametrize("sentence", _STATES)
def test_a_state_after_a_relative_clause_stays_off(sentence: str) -> None:
    assert not _on_timeline(sentence)


# Real sentences: of the probe article, and of an ECB+ development article (a murder charge).
_REAL = [
    _ACTS[0],
    "Prosecutors allege that Simpson, who has at least one child from a past relationship, "
    "shot Flynn twice in the head because he did not want another baby to support.",
]


@pytest.mark.parametrize("sentence", [*_REAL, *_ACTS[1:3]])
def test_the_relative_clause_is_not_the_main_clause(sentence: str) -> None:
    low = outside_quotations(sentence.lower())
    assert not tells_now(words_of(low), low)
