"""Why, hopes and what might have been are passages of the happening they explain: a source's
motive or hope, a counterfactual told by a source, how someone made up their mind. Past the
lede and with no time of their own, they are no events; a sentence with a time of its own, an
act told beside a counterfactual, or who a source is stay as they were. Real sentences of the
ECB+ development articles."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import events_in, seed_sentences
from viewer.core import motive_cues
from viewer.core.motive_cues import motive

OSCARS = (
    "Hugh Jackman, the Australian actor known to film audiences for playing a furry comic-book "
    "hero in the X-Men movies, will be host of the 81st incarnation of the Oscars, the Academy "
    "of Motion Picture Arts and Sciences announced on Friday.\n\n"
)
RETURN = (
    "Shortly before hitting the court on Wednesday, McDermott had told his father, Creighton "
    "coach Greg McDermott, that he intended to return for his senior season rather than "
    "declare for the NBA draft.\n\n"
)
PUBLISHED = date(2013, 4, 25)

MOTIVES = [
    # A motive or a hope, told by a source.
    (
        OSCARS,
        "Its producers said they hoped to achieve multiple goals with the casting of Mr. Jackman.",
    ),
    (
        OSCARS,
        "Laurence Mark, a co-producer of the Oscars telecast, with Bill Condon, said there was "
        "also a desire to steer clear of stand-up comedians.",
    ),
    # What might have been, told by a source.
    (
        RETURN,
        "He admitted had Creighton remained in the Missouri Valley it might have made it easier "
        "to turn pro.",
    ),
    (
        RETURN,
        "But Doug said his father and Creighton would have been fine had he decided to leave.",
    ),
    (
        RETURN,
        "Based on evaluations he received from the NBA Draft Advisory Committee, McDermott said, "
        "“There was no doubt in my mind that I would have been a first-round pick.”",
    ),
    # How someone made up their mind.
    (RETURN, "In trying to make up his mind, McDermott said, he put his emotions to a test."),
    (RETURN, "The agony of the decision-making process was apparent as he spoke."),
]


@pytest.mark.parametrize(("lede", "sentence"), MOTIVES)
def test_a_motive_is_a_passage_of_the_happening_before(lede: str, sentence: str) -> None:
    assert motive(sentence)
    events = events_in(lede + sentence, PUBLISHED)
    assert len(events) == 1
    assert any(sentence[:40] in p.text for p in events[0].passages)


NOT_MOTIVES = [
    # Who the source is, not a hope.
    "The police source, who wished to remain anonymous, said the men drove a large "
    "four-by-four car into the store in the early hours of the morning and grabbed jewelry and "
    "luxury watches worth an estimated two million euros.",
    # A happening told beside what might have been.
    "The temblor rattled homes in Napa, but would not have been expected to do any local damage.",
    "And that's why, even though she could have left the state to make more money as a "
    "specialist or as a doctor in a wealthier community, Regina Benjamin returned to Alabama and "
    "opened a small clinic in Bayou La Batre.",
    # A comparison, not what might have been.
    "\"He'll probably live a much longer, healthier life on death row than he would have on the "
    'streets,"',
    # A hope told in the present: a plan.
    "Cheeks, who once famously came to the rescue of a girl who forgot the words to the "
    "national anthem before a playoff game, now hopes to bail out his former team and bring "
    "them another championship.",
    # What a thing would have done, in a clause describing it.
    "Talks broke down on a deal that would have created the largest carrier, officials said.",
]


@pytest.mark.parametrize("sentence", NOT_MOTIVES)
def test_acts_and_descriptions_are_no_motives(sentence: str) -> None:
    assert not motive(sentence)


def test_a_decision_told_at_a_time_of_its_own_stays_an_event() -> None:
    sentence = (
        "In discussing his decision Wednesday night, McDermott said he never intended to take "
        "so long in making up his mind."
    )
    events = events_in(RETURN + sentence, PUBLISHED)
    assert len(events) == 2


def test_the_same_source_goes_on_with_the_happening_its_motive_joined() -> None:
    text = (
        OSCARS
        + "Laurence Mark, a co-producer of the Oscars telecast, with Bill Condon, said there was "
        "also a desire to steer clear of stand-up comedians.\n\n"
        "“We are trying to get away from this late-night talk show rut,” Mr. Mark said in a "
        "telephone interview."
    )
    events = events_in(text, date(2013, 8, 2))
    assert len(events) == 1
    assert any("late-night talk show rut" in p.text for p in events[0].passages)


# The cues' patterns as plainly written; motive_cues spells them by first letters.
_PLAIN = [
    (
        motive_cues._MOTIVE,
        r"\b(?:(?<!\bwho )(?:hoped|wished)\s+to\b|"
        r"there\s+(?:was|is)\s+(?:also\s+)?(?:a|the)\s+(?:strong\s+)?(?:desire|wish|hope)\s+to\b|"
        r"the\s+(?:goal|aim|idea|hope|intent|intention|motive|thinking)\s+(?:was|had\s+been)\s+to\b)",
    ),
    (
        motive_cues._MIGHT_HAVE_BEEN,
        r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:would|might|could)(?:\s+not)?\s+have\s+"
        r"(?!to\b)\w+",
    ),
    (
        motive_cues._DECIDING,
        r"\b(?:mak(?:e|ing)\s+up\s+(?:his|her|their|my|our)\s+minds?|"
        r"weigh(?:ed|ing)\s+(?:his|her|their|my|our)\s+(?:options|choices)|"
        r"decision-making\s+process)\b",
    ),
]
_PIECES = """who which that hoped wished to there was is also a the strong desire wish hope goal
aim idea intent motive thinking had been would might could not have make making up his minds
weighed options decision-making process xwould whoh , . ’ 1""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n"]), max_size=30).map(
    "".join
) | st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join)


def _same(low: str) -> None:
    for spelt, plain in _PLAIN:
        found = [m.span() for m in spelt.finditer(low)]
        assert found == [m.span() for m in re.finditer(plain, low)]


def test_spelt_cues_agree_on_seed_sentences_and_cases() -> None:
    for low in [s.lower() for s in seed_sentences()] + [
        "they hoped to win",
        "who hoped to win",
        "hoped to",
        "the source, who wished to stay",
        "a deal that would have created",
        "which could not have been",
        "would have to",
        "she might have left",
        "making up his mind",
        "weighed their options",
        "the decision-making process",
        "xwould have been",
    ]:
        _same(low)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_spelt_cues_agree_on_made_up_text(text: str) -> None:
    _same(text)
