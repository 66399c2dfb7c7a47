"""Words news writes many ways, brought together for merging: the kind of act, names in
headlines, a place and its people, a magnitude written with a hyphen; and whom a passage
names, which keeps two people's like deeds apart."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_merge import _single
from viewer.core.merge import merge_events
from viewer.core.merge_tokens import passage_actors, passage_places, passage_tokens
from viewer.core.merge_words import contrary_acts, resolve
from viewer.core.model import Event


def _resolved(*texts: str) -> list[set[str]]:
    tokens = [passage_tokens(text) for text in texts]
    resolve(tokens, "^", "~")
    return [set(t) for t in tokens]


def _merged(*texts: str, day: date = date(2013, 7, 2)) -> list[Event]:
    """The texts as articles of one day, among other news (so that their words are rare)."""
    events = [_single(f"{k}.txt", text, day) for k, text in enumerate(texts)]
    others = [_single(f"x{k}.txt", f"Item w{k}a on w{k}b and w{k}c", day) for k in range(50)]
    return [e for e in merge_events(events + others) if e.primary.document_id[0] != "x"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jury Convicts Spiro Man In Shooting Death Of Pregnant Girlfriend", "convict"),
        ("A Spiro man was found guilty of two counts of first-degree murder", "convict"),
        ("Deputy Jerry Ortiz was shot and killed after knocking on a door", "shoot"),
        ("The gang member shot Jerry Ortiz outside a Hawaiian Gardens building", "shoot"),
        ("A young girl was killed and dozens of others were seriously injured", "kill"),
        ("An Oklahoma man was found guilty for the deaths of an Arkansas woman", "kill"),
        ("Ram-raiders made off with jewels in a dramatic dawn robbery", "rob"),
        ("Crooks at $2.6 million heist on Paris jewelry store", "rob"),
    ],
)
def test_the_words_of_one_kind_of_act_are_one_token(text: str, kind: str) -> None:
    assert kind in passage_tokens(text)


def test_words_that_tell_several_kinds_of_act_are_left_alone() -> None:
    # A blaze, a dismissal and shots are all "fire": it joins none of them.
    tokens = passage_tokens("Sixers' Coach Jim O'Brien was fired today")
    assert not {"shoot", "blaze"} & set(tokens)


def test_a_headline_s_capitals_are_names_only_where_the_corpus_never_writes_them_small() -> None:
    headline, sentence = _resolved(
        "Teen Arrested in Shooting of Hero Brooklyn Mom",
        "A teenager was arrested over the shooting of a hero mom in Brooklyn.",
    )
    assert {"hero", "mom", "^brooklyn"} <= headline
    assert {"hero", "mom", "^brooklyn"} <= sentence


def test_a_sentence_with_many_names_is_no_headline() -> None:
    tokens = passage_tokens(
        "After a witty intro by Siri herself, Apple CEO Tim Cook took the stage in "
        "San Francisco to welcome developers and announce new stuff."
    )
    assert {"^apple", "^cook", "^francisco"} <= set(tokens)


def test_words_in_capitals_are_designations_unless_the_corpus_writes_them_small() -> None:
    shouted, _ = _resolved(
        "A PROVISIONAL trial date has been set for the NATO case.",
        "A provisional trial date has been set.",
    )
    assert "provisional" in shouted and "#nato" in shouted


def test_a_people_is_its_place() -> None:
    one, other = _resolved(
        "A strong 6.1-magnitude earthquake struck the northwestern Indonesian province of Aceh",
        "A magnitude-6.1 earthquake struck Indonesia's Aceh province on Tuesday",
    )
    assert {"^indonesia", "^aceh", "6.1", "magnitude"} <= one & other
    # A name with no place of its spelling in the corpus is left as it is.
    (alone,) = _resolved("The founder Julian Assange spoke from the embassy in London.")
    assert "^julian" in alone


def test_a_passage_names_the_last_word_of_a_run_of_capitals() -> None:
    assert passage_actors(
        "The New Orleans Saints placed Pierre Thomas on injured reserve Wednesday."
    ) == {"^saint", "^thoma"}
    assert passage_actors("The Saints placed Bush on the injured reserve list.") == set()
    assert passage_actors("Pierre Thomas Placed on Injured Reserve by New Orleans Saints") == set()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The New Orleans Saints placed running back Reggie Bush on injured reserve because "
            "of a sprained knee.",
            "The New Orleans Saints placed Pierre Thomas on injured reserve Wednesday because "
            "of an ankle injury.",
        ),
        (
            "San Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of "
            "drunken driving.",
            "Jamal Williams, the defensive tackle for the San Diego Chargers was arrested on "
            "suspicion of drunk driving.",
        ),
    ],
)
def test_like_deeds_of_two_people_stay_apart(one: str, other: str) -> None:
    assert len(_merged(one, other)) == 2


def test_a_passage_tells_the_place_of_its_happening_after_in() -> None:
    assert passage_places(
        "Residents evacuated from their homes after a huge fire at a Waitrose store in "
        "Banstead on Friday night have been allowed to return to their homes."
    ) == {"^banstead"}
    assert passage_places("Protesters marched in New York.") == {"^york"}
    assert passage_places("A Waitrose supermarket in a Somerset town caught fire.") == set()
    assert passage_places("Pierre Thomas Placed on Injured Reserve by New Orleans Saints") == set()


# Like happenings at two places: fires at two stores of one chain, told in two articles
# (the first a passage of "Residents evacuated from their homes after a huge fire …").
def test_like_happenings_at_two_places_stay_apart() -> None:
    one = "after a huge fire at a Waitrose store in Banstead on Friday night"
    other = (
        "A man has been charged with arson after a fire at the Waitrose supermarket in "
        "Wellington, Somerset."
    )
    assert len(_merged(one, other)) == 2


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The New Orleans Saints placed running back Reggie Bush on injured reserve because "
            "of a sprained knee.",
            "The Saints placed Bush on the injured reserve list Wednesday with a sprained left "
            "knee, meaning he will miss the team's final two games.",
        ),
        (
            "Wladimir Klitschko stopped Tony Thompson in the sixth round to retain his WBA, IBF "
            "and WBO heavyweight title belts Saturday night.",
            "Wladimir Klitschko stops Tony Thompson in 6 with efficient execution",
        ),
        (
            "Jury Convicts Spiro Man In Shooting Death Of Pregnant Girlfriend",
            "A Spiro man was found guilty of two counts of first-degree murder Thursday evening "
            "in the 2012 shooting death of his pregnant girlfriend.",
        ),
        (
            "A strong 6.1-magnitude earthquake struck the northwestern Indonesian province of "
            "Aceh on Tuesday, the US Geological Survey said",
            "A magnitude-6.1 earthquake struck Indonesia's Aceh province on Tuesday at 07:37 a.m.",
        ),
        # One place named by one passage only: the other does not say it was elsewhere.
        (
            "A Waitrose supermarket in a Somerset town caught fire yesterday, causing "
            "substantial damage to the roof.",
            "Half of the roof of the Waitrose store in Wellington collapsed during the fire.",
        ),
    ],
)
def test_one_deed_told_two_ways_merges(one: str, other: str) -> None:
    (event,) = _merged(one, other)
    assert event.source_count == 2


def test_two_passages_of_one_article_that_report_one_happening_alike_join_one_event() -> None:
    day = date(2013, 7, 2)
    quake = "A 6.1-magnitude earthquake struck Indonesia's Aceh province, killing a child."
    events = [
        _single("a.txt", quake, day),
        _single("a.txt", "The 6.1-magnitude earthquake in Aceh province killed a child.", day),
        _single("b.txt", "A magnitude-6.1 earthquake struck Aceh province, killing a child.", day),
    ]
    events[1].id = "a-2"
    (event,) = merge_events(events)
    assert len(event.passages) == 3


def test_two_happenings_of_one_article_stay_apart_though_another_reports_both() -> None:
    day = date(2013, 6, 8)
    arrest = (
        "John Jenkin, 23, of Newton Street, Millom was arrested Saturday morning after police "
        "found two women dead in a house."
    )
    charge = (
        "23-year-old John Jenkin, of Millom, has been charged with the murder of his "
        "58-year-old mother, Alice McMeekin, and sister, Kathryn Jenkin."
    )
    both = (
        "John Jenkin, 23, was arrested in Millom on Saturday and has been charged with the "
        "murder of his mother, Alice McMeekin, and sister, Kathryn Jenkin."
    )
    events = [_single("a.txt", arrest, day), _single("a.txt", charge, day)]
    events[1].id = "a-2"
    merged = merge_events([*events, _single("b.txt", both, day)])
    assert len(merged) == 2


# A hiring and a dismissal of one person: two happenings (5_3ecbplus, 5_13ecb).
def test_a_hiring_and_a_dismissal_stay_apart() -> None:
    fired = (
        "Philadelphia 76ers management had enough of the NBA team lurking near the bottom of "
        "the Eastern Conference standings and fired head coach Maurice Cheeks on Saturday."
    )
    assert len(_merged(fired, "Named Maurice Cheeks coach.")) == 2


@pytest.mark.parametrize(
    ("one", "other", "contrary"),
    [
        ("fired head coach Maurice Cheeks", "Named Maurice Cheeks coach.", True),
        ("The Sixers hired Maurice Cheeks as head coach.", "the Sixers fired Jim O'Brien", True),
        # A passage that tells both acts may report either.
        (
            "the Philly Sixers canned Jim O'Brien and quickly hired Mo Cheeks.",
            "Maurice Cheeks was relieved of his duties and sacked.",
            False,
        ),
        ("fired head coach Maurice Cheeks", "Cheeks was dismissed on Saturday.", False),
    ],
)
def test_hiring_and_dismissal_are_contrary_acts(one: str, other: str, contrary: bool) -> None:
    assert contrary_acts(passage_tokens(one), passage_tokens(other)) is contrary
