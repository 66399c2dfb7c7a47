"""A sentence or paragraph an article prints twice in the same words (the lede again as a
summary or a pull quote, a paragraph copied twice) is one event with both passages; a near
repeat with another figure, name or date is a telling of its own. Written sentences in several
outlets' shapes, and two real repeats of ECB+ development articles (19_10ecb, 25_4ecb)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.told_twice import closing_tag, same_words

RATE = "The central bank raised its main rate to 4.5% on Thursday, its first rise in a decade."
TEEN = (
    "The teenager was shot and killed by police in Athens eight days ago, triggering violent "
    "protests which have spread across the country."
)
SAINTS = (
    "However, given his limited effectiveness last week, the Saints decided to shut him down "
    "for the remainder of the regular season."
)


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        (f"{RATE}\n\nMarkets fell after the decision.\n\n{RATE}", date(2013, 11, 15), 2),
        (f"{TEEN}\n\n{TEEN}\n\nRiot police fired tear gas.", date(2008, 12, 14), 2),
        (f"{SAINTS}\n\nBush was hurt in Week 15.\n\n{SAINTS}", date(2011, 1, 5), 1),
        # Another case, spacing and curly marks.
        (
            "The club's board sacked manager Tom Hale on Monday after five defeats.\n\n"
            "Fans protested outside the ground.\n\n"
            "THE CLUB’S BOARD  SACKED MANAGER TOM HALE ON MONDAY AFTER FIVE DEFEATS",
            date(2019, 3, 12),
            2,
        ),
        # A pull quote printed again.
        (
            "“We will not rest until the last family is housed,” the mayor said on Tuesday.\n\n"
            "Crews cleared roads across the city.\n\n"
            "“We will not rest until the last family is housed,” the mayor said on Tuesday.",
            date(2021, 2, 10),
            2,
        ),
        # The same report, once with its source closing it.
        (
            "Two trains collided near the station in Lyon on Sunday, police said.\n\n"
            "Traffic was halted on the line for hours.\n\n"
            "Two trains collided near the station in Lyon on Sunday.",
            date(2016, 5, 2),
            2,
        ),
    ],
)
def test_a_telling_repeated_word_for_word_is_one_event(
    text: str, published: date, count: int
) -> None:
    events = events_in(text, published)
    assert len(events) == count
    assert len(events[0].passages) == 2


@pytest.mark.parametrize(
    "text",
    [
        # Another figure.
        f"{RATE}\n\nMarkets fell after the decision.\n\n"
        "The central bank raised its main rate to 4.75% on Thursday, its first rise in a decade.",
        # Another day.
        "Two trains collided near the station in Lyon on Sunday.\n\n"
        "Traffic was halted on the line for hours.\n\n"
        "Two trains collided near the station in Lyon on Monday.",
        # Another place.
        "Two trains collided near the station in Lyon on Sunday.\n\n"
        "Traffic was halted on the line for hours.\n\n"
        "Two trains collided near the station in Dijon on Sunday.",
    ],
)
def test_a_near_repeat_is_a_telling_of_its_own(text: str) -> None:
    events = events_in(text, date(2016, 5, 2))
    assert len(events) == 3
    assert all(len(event.passages) == 1 for event in events)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("The men were arrested in Leeds, police said.", ", police said."),
        ("The plant closed in May, the ministry said on Monday.", ", the ministry said on Monday."),
        ("He was freed, his lawyer told reporters.", ", his lawyer told reporters."),
        ("The men were arrested, police said 46 people were held.", ""),  # what was said
        ("The plant, which closed in May, was sold.", ""),
        ("“It was sold,” he said.", ""),
    ],
)
def test_a_closing_source_tag(text: str, tag: str) -> None:
    at = closing_tag(text)
    assert (text[at:] if at >= 0 else "") == tag


def test_the_same_words_whatever_case_spacing_marks_and_tag() -> None:
    assert same_words("It’s  OVER,  police said.") == same_words("it's over")
    assert same_words("It rose 4.5%.") != same_words("It rose 4.75%.")
