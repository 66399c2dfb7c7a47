"""What a sentence tells is its main clause's: a present or hedged main clause with a past
happening hung on it ("Still, it takes a special individual to eclipse a record that has
stood") is a judgement or a standing fact, not that happening. Real sentences of ECB+ and
TempEval-3 development articles and of the seeds."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.cue_words import outside_quotations, words_of
from viewer.core.extract import extract_events
from viewer.core.main_clause import tells_now

NOW = [
    "It is instructive that while Hansbrough remains ninth on the ACC's alltime scoring list, "
    "he is already the league's career leader in free throws attempted.",
    "Still, it takes a special individual to eclipse a record that has stood at a place like "
    "North Carolina for 30 years.",
    "Hansbrough would probably not have been a top-five draft pick had he left, but it's "
    "unlikely he will signifcantly improve his draft status by playing another year.",
    "Pol Pot is considered responsible for the radical policies that led to the deaths of as "
    "many as 1.7 million Cambodians.",
    "The heist near Place Vendome is the latest to hit France after a spate of high-profile "
    "robberies in the southern resort of Cannes.",
    "However, Lynch has a tough job ahead of him in proving that his client did not pull the "
    "trigger and, in the end, kill Thomas.",
    # Contractions: the present and the modals as words read them ("don't", "wouldn't").
    "I just don't see it, and I've grown tired of tuning in for passionless exhibitions of "
    "superiority.",
    "If it had, we wouldn't have 355 damaged shops in Athens.",
]
TOLD = [
    # A past or perfect main clause.
    "Hansbrough came back anyway, and for all the right reasons.",
    "The Saints placed Bush on the injured reserve list Wednesday with a sprained left knee.",
    "Despite these demands, the White House has for now resisted calls to directly engage "
    "Russian aircraft.",
    "A GREEK police officer has been formally charged with voluntary homicide over the killing "
    "of a teenager that sparked nationwide riots, a court source said.",
    # A past opening clause, a past main clause.
    "When police arrived, the gunman had fled.",
    # Under way, or a statement told in the present.
    "While the first movie was a huge success, THR is saying that director Gary Ross is still "
    "in negotiations to direct the sequel, Catching Fire.",
    "The UN security council insists any deal must allow UN inspectors unrestricted access to "
    "all suspected sites.",
]


def _tells_now(sentence: str) -> bool:
    low = outside_quotations(sentence.lower())
    return tells_now(words_of(low), low)


@pytest.mark.parametrize("sentence", NOW)
def test_a_present_or_hedged_main_clause_tells_now(sentence: str) -> None:
    assert _tells_now(sentence)


@pytest.mark.parametrize("sentence", TOLD)
def test_a_past_main_clause_or_a_statement_does_not(sentence: str) -> None:
    assert not _tells_now(sentence)


LEDE = "Tyler Hansbrough broke the school's scoring record on Thursday night.\n\n"


def _events(text: str) -> list[str]:
    doc = article(text, date(2008, 3, 7))
    return [e.passages[0].text for e in extract_events(doc)]


@pytest.mark.parametrize("sentence", NOW[:3] + NOW[4:])
def test_such_a_sentence_past_the_lede_is_no_event(sentence: str) -> None:
    assert not any(sentence[:40] in passage for passage in _events(LEDE + sentence))


def test_one_with_a_date_of_its_own_stays_an_event() -> None:
    sentence = "He remains as unassuming as the day he stepped on campus in June 2010."
    assert any(sentence[:40] in passage for passage in _events(LEDE + sentence))


def test_a_lede_stays_an_event() -> None:
    lede = (
        "Rescue operations are under way after a 6.1 magnitude earthquake hit Indonesia's "
        "Aceh province, flattening houses and causing landslides."
    )
    assert _events(lede)[0].startswith("Rescue operations")
