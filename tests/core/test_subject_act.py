"""The same act told again of the same subject in the passive, taken up by a definite noun on
the same day, is one event, whether or not a source tag closes the later telling ("…, police
said."): the tag tells whose account it is. Kept apart: another participle, another noun,
another day, a step told as one, a tag saying more than who said it. Written sentences in
several outlets' shapes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Two men were arrested after the robbery on Friday.\n\n"
            "The men, aged 24 and 31, were arrested in Leeds, police said.",
            date(2013, 11, 16),
        ),
        (
            "Two men were arrested after the robbery on Friday.\n\n"
            "The men, aged 24 and 31, were arrested in Leeds.",
            date(2013, 11, 16),
        ),
        (
            "A woman was injured when the roof of a school fell in on Monday.\n\n"
            "The woman was injured in the head, the fire service said.",
            date(2018, 2, 6),
        ),
        (
            "Three climbers were rescued from the north face of the mountain on Sunday.\n\n"
            "The climbers were rescued by helicopter, a park spokesman told reporters.",
            date(2021, 8, 9),
        ),
        (
            "A 19-year-old student was stabbed outside a nightclub in Brisbane on Saturday.\n\n"
            "The student was stabbed twice in the back, Queensland police said.",
            date(2016, 4, 10),
        ),
    ],
)
def test_the_same_act_of_the_same_subject_told_again_is_one_event(
    text: str, published: date
) -> None:
    (event,) = events_in(text, published)
    assert len(event.passages) == 2


@pytest.mark.parametrize(
    "text",
    [
        # Another participle: a step of its own.
        "Two men were arrested after the robbery on Friday.\n\n"
        "The men were charged with robbery, police said.",
        # Another day.
        "Two men were arrested after the robbery on Friday.\n\n"
        "The men were arrested in Leeds on Tuesday, police said.",
        # A step told as one.
        "Two men were arrested after the robbery on Friday.\n\n"
        "The men were arrested again on Sunday, police said.",
        # Another subject.
        "Two men were arrested after the robbery on Friday.\n\n"
        "The women were arrested in Leeds, police said.",
    ],
)
def test_another_act_or_subject_stays_an_event(text: str) -> None:
    assert len(events_in(text, date(2013, 11, 16))) == 2


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # The same name and verb, no time of its own.
        (
            "Police arrested two men after the robbery on Friday.\n\n"
            "Police arrested the men at a flat in Leeds, a spokesman said.",
            date(2013, 11, 16),
        ),
        # The noun of the act, at a time of its own.
        (
            "Holden has recalled more than 41,000 Cruze small cars.\n\n"
            "The recall, lodged with the commission on Monday, covers Cruze sedans, the "
            "company said.",
            date(2014, 8, 5),
        ),
    ],
)
def test_a_closing_tag_keeps_no_retelling_apart(text: str, published: date) -> None:
    (event,) = events_in(text, published)
    assert len(event.passages) == 2
