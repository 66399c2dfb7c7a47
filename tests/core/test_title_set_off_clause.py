"""A clause set off by commas after a title's subject is read as that: a figure's comma
("5,000", "1,500") is no clause's comma, so the title leaves the clause out whole, figures and
all, and never reads a figure's comma as the opening of who said it ("1,500 stores in 30
states" is no speaker "500 stores in 30" who "states"); and a verb of reporting after the
subject and its clause is the subject's own verb, not an attribution turned round ("The
company, which runs 40 hotels, reported a loss" names no speaker "a loss")."""

from __future__ import annotations

import pytest

from viewer.core.headline import headline


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The company, which employs 5,000 people across the Midwest, filed for bankruptcy "
            "protection on Monday.",
            "The company filed for bankruptcy protection",
        ),
        (
            "The union, whose 12,500 members walked out in January, accepted the offer by a "
            "wide margin.",
            "The union accepted the offer by a wide margin",
        ),
        (
            "The retailer, which has 1,500 stores in 30 states and 12,000 staff, said it was "
            "in talks with lenders.",
            "The retailer said it was in talks with lenders",
        ),
        (
            "The festival, which drew more than 250,000 visitors last year, was cancelled on "
            "Tuesday after the council withdrew its funding.",
            "The festival was cancelled after the council withdrew its funding",
        ),
        # As before: a figure in the main clause stays, and a clause with none still goes.
        (
            "The company, which is based in Columbus and makes parts for trucks, cut 1,200 "
            "jobs on Monday.",
            "The company cut 1,200 jobs",
        ),
    ],
)
def test_a_figure_s_comma_is_no_clause_s_comma(sentence: str, expected: str) -> None:
    assert headline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The company, which runs 40 hotels, reported a loss on Tuesday.",
            "The company, which runs 40 hotels, reported a loss",
        ),
        (
            "The carmaker, which builds its vans in Ohio and Michigan, announced a recall of "
            "80,000 vehicles on Friday.",
            "The carmaker announced a recall of 80,000 vehicles",
        ),
        (
            "The agency, which monitors air quality across the region, reported record "
            "levels of ozone on Sunday.",
            "The agency reported record levels of ozone",
        ),
        # As before: a statement, then who reported or said it.
        (
            "Sales fell 5% in the quarter, reported the Financial Times.",
            "Financial Times: Sales fell 5%",
        ),
        (
            "Prices will rise again in April, said Mark Carney, the governor of the Bank.",
            "Carney: Prices will rise again in April",
        ),
    ],
)
def test_a_reporting_verb_after_the_subject_s_clause_is_its_own(
    sentence: str, expected: str
) -> None:
    assert headline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The vote, 31 to 18, followed months of protests by residents who say the project "
            "will bring traffic chaos to the area.",
            "The vote, 31 to 18, followed months of protests by residents…",
        ),
        (
            "The ruling, handed down on Friday, angered farmers who say the new rules will put "
            "them out of business.",
            "The ruling angered farmers who say the new rules will put them out…",
        ),
        # As before: who said it, with a relative clause of their own before the verb.
        (
            "The fire spread quickly through the building, residents who fled said on Tuesday.",
            "Residents who fled: The fire spread quickly through the building",
        ),
    ],
)
def test_a_verb_of_saying_of_a_relative_clause_names_no_speaker(
    sentence: str, expected: str
) -> None:
    assert headline(sentence) == expected
