"""A title keeps what was reported and leaves out a person's age: "Nexa reported quarterly
revenue of $4.1 billion last month, down 12%" names no speaker "Nexa" saying "down 12%" (a
"quarterly", "monthly" or "daily" is no adverb of how it was said); "Tom Bradley, 61, was
convicted …" is titled "Tom Bradley was convicted …" when the title must be shortened."""

from __future__ import annotations

import pytest

from viewer.core.headline import headline


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nexa reported quarterly revenue of $4.1 billion last month, down 12% from a year "
            "earlier.",
            "Nexa reported quarterly revenue of $4.1 billion…",
        ),
        (
            "The agency reported monthly sales of 1.2 million homes in March, up 3% from February.",
            "The agency reported monthly sales of 1.2 million homes in March…",
        ),
        # As before: an adverb of how it was said, then what was said.
        (
            "The minister said repeatedly on Monday, in a series of interviews, that the plan "
            "would go ahead.",
            "Minister: The plan would go ahead",
        ),
    ],
)
def test_an_adjective_in_ly_is_no_adverb_of_saying(sentence: str, expected: str) -> None:
    assert headline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tom Bradley, 61, was convicted in August of 14 counts of bribery and fraud after a "
            "three-week trial.",
            "Tom Bradley was convicted in August of 14 counts of bribery…",
        ),
        (
            "Grant, 52, was appointed in June 2022 on a three-year contract and led the club to "
            "promotion last season.",
            "Grant was appointed in June 2022 on a three-year contract…",
        ),
        (
            "Cheeks, 48, a four-time NBA all-star while with the Sixers, was fired from the "
            "Blazers yesterday.",
            "Cheeks, 48, a four-time NBA all-star while with the Sixers…",
        ),
        # A short title keeps it; a list of figures is no age.
        ("Mr Jones, 54, died in hospital.", "Mr Jones, 54, died in hospital"),
        (
            "The scores were 3, 4, and 5 in the three rounds of the competition held in the city "
            "last year.",
            "The scores were 3, 4, and 5 in the three rounds of the competition…",
        ),
    ],
)
def test_an_age_set_off_after_a_name_goes_from_a_long_title(sentence: str, expected: str) -> None:
    assert headline(sentence) == expected
