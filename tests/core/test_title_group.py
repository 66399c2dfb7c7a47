"""A title that opens on "They" names the group the sentence before opens on, where the
reading is plain. Excerpts of development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_DAY = date(2011, 8, 9)


def _titles(text: str) -> list[str]:
    return [event.title for event in events_in(text, _DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters threw two petrol bombs at Athens's main courthouse on Monday.\n\n"
            "They also attacked a television crew's truck, injuring at least two people.",
            "Protesters also attacked a television crew's truck",
        ),
        (  # one capitalised word before the group's noun
            "Creighton fans overtook the turnstiles in St. Louis Friday afternoon.\n\nThey "
            "came from all over the Midwest and beyond to see CU win on Friday.",
            "Creighton fans came from all over the Midwest and beyond to see CU win",
        ),
        (
            "Jurors came back with the sentence after 30 minutes of deliberations Tuesday.\n\n"
            "They began their work Tuesday morning following brief closing statements.",
            "Jurors began their work following brief closing statements",
        ),
    ],
)
def test_a_they_title_names_the_group_before_it(text: str, expected: str) -> None:
    assert any(title.startswith(expected) for title in _titles(text)), _titles(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # another group named: "they" may be either
            "Police arrested three men in Brooklyn on Friday.\n\nThey were charged with "
            "robbery on Saturday.",
            "They were charged with robbery",
        ),
        (  # a statement: "they" may be of whom it tells
            "Analysts said the companies cut prices on Monday.\n\nThey raised their "
            "estimates for the quarter on Tuesday.",
            "They raised their estimates",
        ),
    ],
)
def test_a_they_title_stays_where_the_reading_is_not_plain(text: str, kept: str) -> None:
    titles = _titles(text)
    assert any(title.startswith(kept) for title in titles), titles
