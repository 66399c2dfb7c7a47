"""A résumé line (a step of someone's past told with an earlier-time word, no time of its own
and no source, past the lede) is background, not a happening; a career step told with its
time, the lede, a source's statement and a clause hung on the main one stay as they were. Real
sentences of the ECB+ development articles and of the seeds."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.cue_words import outside_quotations, words_of
from viewer.core.event_selection import judge
from viewer.core.extract import extract_events
from viewer.core.lowered import lowered
from viewer.core.resume_cues import resume_line

RESUME_LINES = [
    "Prior to joining the organization he had amateur coaching experience.",
    "Prior to getting injured, Bush was having a standout year.",
    "He also served as a past presenter on the Oscar show.",
    "She previously served as Chair of the Federation of State Medical Boards of the United "
    "States.",
    # The part of a sentence left when its dated clause is cut out.
    "Weitz previously penned ABOUT A BOY",
    # A step of schooling told with no time of its own, no earlier-time word needed.
    "The nominee graduated from Xavier University in New Orleans, a Catholic school descended "
    "from the educational work of St. Katharine Drexel.",
    "Dr. Benjamin received her medical degree from the University of Alabama, Birmingham.",
    "She was in the 2nd class at Morehouse School of Medicine and received her MD degree from "
    "the University of Alabama, Birmingham, as well as an MBA from Tulane University.",
]
NOT_RESUME_LINES = [
    # A source's statement, a clause hung on the main one, a name a thing was known by.
    "He had also boasted prior to Ortiz's killing that he wanted to kill a cop, that he wanted "
    "to make a name for his gang, the judge added.",
    "Prosecutors allege that Simpson, who has at least one child from a past relationship, shot "
    "Flynn twice in the head because he did not want another baby to support.",
    "The BlackBerry Curve 8900 -- formerly known as the Javelin -- will have a full QWERTY "
    "keyboard.",
    # "prior to" before no gerund: a time, not a step before another.
    "The former 76ers point guard for much of the 1980s came back to the city to assume "
    "coaching duties prior to the 2005 season.",
    # Schooling in a clause hung on the main one.
    "And it was confirmed several days later when the sorority's national president announced "
    "Dr. Benjamin became a member while completing her undergraduate degree at Xavier "
    "University.",
]
# Career steps with a time of their own, and a lede: events whatever earlier-time word they hold.
DATED_OR_LEDE = [
    (
        "The former 76ers point guard for much of the 1980s came back to the city to assume "
        "coaching duties prior to the 2005 season.",
        True,
        False,
    ),
    (
        "Weitz previously penned ABOUT A BOY, which led to an Academy Award Nomination for Best "
        "Adapted Screenplay in 2002,",
        True,
        False,
    ),
    (
        "Benjamin received a bachelor's degree in 1979 from Xavier University of Louisiana, "
        "attended Morehouse School of Medicine from 1980 to 1982",
        True,
        False,
    ),
    (
        "Russia will be labelled as NATO’s “primary threat” in the alliance’s new Strategic "
        "Concept, whereas it was previously classified as NATO’s “strategic partner.”",
        False,
        True,
    ),
]


def _read(sentence: str) -> tuple[list[str], str]:
    low = lowered(sentence)
    return words_of(outside_quotations(low)), low


@pytest.mark.parametrize("sentence", RESUME_LINES)
def test_an_undated_resume_line_is_no_happening(sentence: str) -> None:
    assert resume_line(*_read(sentence))
    assert not judge(sentence, False).is_event


@pytest.mark.parametrize("sentence", NOT_RESUME_LINES)
def test_a_statement_a_hung_clause_or_a_name_is_no_resume_line(sentence: str) -> None:
    assert not resume_line(*_read(sentence))


@pytest.mark.parametrize(("sentence", "dated", "lede"), DATED_OR_LEDE)
def test_a_dated_career_step_or_the_lede_stays_an_event(
    sentence: str, dated: bool, lede: bool
) -> None:
    assert judge(sentence, dated, lede=lede).is_event


def test_a_career_step_with_its_year_stays_an_event_of_that_year_its_undated_rest_none() -> None:
    text = (
        "Chris Weitz will direct the sequel, the studio announced on Wednesday.\n\n"
        "Weitz previously penned ABOUT A BOY, which led to an Academy Award Nomination for Best "
        "Adapted Screenplay in 2002, and adapted and directed THE GOLDEN COMPASS (2007)."
    )
    events = extract_events(article(text, date(2012, 4, 4)))
    told = [(e.date.first.year, " ".join(p.text for p in e.passages)) for e in events]
    assert any(year == 2002 and "Academy Award Nomination" in text for year, text in told)
    assert not any(text.startswith("Weitz previously penned") for _, text in told)
