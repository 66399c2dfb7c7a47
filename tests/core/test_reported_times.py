"""A statement of one day and the happening it reports of another: the report after what it
reports with a comment after it, the reported clause after a colon, and a bare reported
clause right after the statement's time are cut apart, each with its own date; a plan told
with its statement, a time inside the subject of the reported clause and a clause not told
in the past are not. Real sentences of the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_happenings_of_other_times import _pieces

CUT = [
    # The report between two commas, a comment after it.
    (
        "The economy created jobs at a surprisingly robust pace in January, the government "
        "reported on Friday, evidence that America's economic stamina has withstood any "
        "disruptions caused so far by the financial tumult in Asia.",
        date(1998, 2, 6),
        "The economy created jobs at a surprisingly robust pace in January",
        date(1998, 1, 1),
        "the government reported on Friday",
        date(1998, 2, 6),
    ),
    # The reported clause after a colon.
    (
        "The New York Times said in an editorial on Saturday, April 25: The Supreme Court took "
        "a detour this week from the core principle of gender fairness it vindicated two years "
        "ago in its ruling invalidating the use of sexual stereotypes to justify denying women "
        "admission to the Virginia Military Institute.",
        date(1998, 4, 24),
        "The Supreme Court took a detour this week",
        date(1998, 4, 20),
        "The New York Times said in an editorial on Saturday, April 25",
        date(1998, 4, 25),
    ),
    # A bare reported clause right after the statement's time ("his left kidney" tells no
    # past after the reported time: "left" is the side).
    (
        "Saints' spokesman Greg Bensel confirmed Wednesday owner Tom Benson underwent surgery "
        "December 10 to remove a cancerous growth on his left kidney.",
        date(2011, 1, 5),
        "owner Tom Benson underwent surgery December 10",
        date(2010, 12, 10),
        "Saints' spokesman Greg Bensel confirmed Wednesday",
        date(2011, 1, 5),
    ),
]


@pytest.mark.parametrize(("text", "published", "reported", "day", "report", "report_day"), CUT)
def test_a_reported_happening_of_another_time_is_cut_from_its_statement(
    text: str, published: date, reported: str, day: date, report: str, report_day: date
) -> None:
    events = events_in(text, published)
    (told,) = [e for e in events if e.primary.text.startswith(reported)]
    assert told.date.first == day
    (statement,) = [e for e in events if e.primary.text.startswith(report)]
    assert statement.date.first == report_day
    assert told.primary.text in text and statement.primary.text in text


KEPT = [
    # A plan told with its statement: one announcement.
    (
        "The Organization of African Unity said Friday it would investigate the "
        "Hutu-organized genocide of more than 500,000 minority Tutsis in Rwanda nearly four "
        "years ago.",
        date(1998, 2, 27),
    ),
    (
        "Comedian Ellen DeGeneres will make her second appearance as an Academy Awards host "
        "next year, organizers said on Friday, in a move widely seen as a less provocative "
        "choice for Hollywood's highest honors after a ribald performance by Seth MacFarlane.",
        date(2013, 8, 2),
    ),
    # The time is inside the subject of the reported clause, whose verb follows it; and what
    # follows the report is a reason, not a comment.
    (
        "A 60-year-old woman charged with killing two young women in a Staunton ice cream shop "
        "41 years ago was released without bail, authorities said Friday, because she is dying "
        "from kidney and heart disease and living in a hospice facility.",
        date(2010, 9, 10),
    ),
    # A "how" clause, and a clause not told in the past.
    (
        "We reported Tuesday how Ivory is done for the year, and it raises the chances of "
        "Seattle pulling off an upset on Saturday.",
        date(2011, 1, 5),
    ),
]


@pytest.mark.parametrize(("text", "published"), KEPT)
def test_a_plan_or_a_time_not_the_reported_happenings_cuts_nothing(
    text: str, published: date
) -> None:
    assert len(_pieces(text, published)) == 1


OPENED_BY_ITS_TIME = [
    # A time that opens a statement, then a comma: the statement's time, not a reported clause.
    (
        "Earlier this month, the bakery said it expected to sell more bread in the winter.",
        date(2020, 11, 20),
        date(2020, 11, 1),
    ),
    (
        "On Tuesday, the council said it would review the budget next month.",
        date(2020, 11, 20),
        date(2020, 11, 17),
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), OPENED_BY_ITS_TIME)
def test_a_time_opening_a_statement_dates_the_statement(
    text: str, published: date, day: date
) -> None:
    assert len(_pieces(text, published)) == 1
    (statement,) = events_in(text, published)
    assert statement.date.first == day


def test_a_present_perfect_takes_no_past_time_and_stays_with_its_statement() -> None:
    """ "He has sent a team" is not of two years ago: the time is the kidnapping's, told in a
    participle after the clause's verb (TempEval-3 development)."""
    text = (
        "The top commander of a Cambodian resistance force said Thursday he has sent a team to "
        "recover the remains of a British mine removal expert kidnapped and presumed killed by "
        "Khmer Rouge guerrillas almost two years ago."
    )
    events = events_in(text, date(1998, 2, 19))
    (statement,) = [e for e in events if "he has sent a team" in e.primary.text]
    assert statement.primary.text.startswith("The top commander")
    assert statement.date.first == date(1998, 2, 19)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "A painting by Vincent van Gogh that was stolen from a closed Dutch museum in 2020 "
            "has been recovered, police said on Monday.",
            date(2024, 3, 18),
            date(2024, 3, 18),
        ),
        (
            "A coin hoard that was found by a farmer in 2019 has been sold at auction for "
            "£40,000, the auctioneers said on Tuesday.",
            date(2024, 3, 20),
            date(2024, 3, 19),
        ),
        # The same with no relative pronoun: the participle opens the clause on the subject.
        (
            "A painting by Vincent van Gogh stolen from a closed Dutch museum in 2020 has been "
            "recovered, police said on Monday.",
            date(2024, 3, 18),
            date(2024, 3, 18),
        ),
        (
            "A coin hoard found by a farmer near Leeds in 2019 has been sold at auction for "
            "£40,000, the auctioneers said on Tuesday.",
            date(2024, 3, 20),
            date(2024, 3, 19),
        ),
        # A participle whose phrase opens on "of", "for" or "with": a conviction, a sentence.
        (
            "A man convicted of arson in 2009 has been granted leave to appeal, the court said "
            "on Tuesday.",
            date(2026, 3, 12),
            date(2026, 3, 10),
        ),
        (
            "A man jailed for fraud in 2015 has been freed early, prison officials said on Monday.",
            date(2026, 3, 12),
            date(2026, 3, 9),
        ),
    ],
)
def test_a_time_of_a_relative_clause_on_the_subject_is_not_the_reported_happenings(
    text: str, published: date, day: date
) -> None:
    """The relative clause's time dates the theft or the disappearance, not what the report
    tells of its subject: the report's day does."""
    (main,) = [e for e in events_in(text, published) if e.primary.text.startswith(text[:12])]
    assert main.date.first == day


def test_a_time_of_what_the_reported_happening_is_compared_with_cuts_nothing() -> None:
    """ "in June" is the forecast's: the easing is told on Thursday, one statement."""
    text = (
        "The governor told reporters in Oslo on Thursday that inflation had eased faster than "
        "the bank forecast in June."
    )
    (statement,) = events_in(text, date(2024, 9, 19))
    assert statement.date.first == date(2024, 9, 19)


def test_a_time_of_a_chance_cuts_no_report_off() -> None:
    """The 2032 date is the impact's chance, not what the agency reports of Tuesday."""
    text = (
        "An asteroid discovered in late December has a roughly 2% chance of striking Earth on "
        "December 22, 2032, the European Space Agency said on Tuesday."
    )
    (event,) = events_in(text, date(2025, 2, 12))
    assert event.date.first == event.date.last == date(2025, 2, 11)
    assert event.primary.text == text
