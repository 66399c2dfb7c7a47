"""A title that opens on "He" or "She" names the person the sentence before names, where the
reading is plain. Excerpts of development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_DAY = date(2005, 5, 24)


def _titles(text: str) -> list[str]:
    return [event.title for event in events_in(text, _DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a run of "He …" sentences goes back to its name
            "The 76ers fired coach Maurice Cheeks on Saturday.\n\n"
            "Cheeks was a second-round draft choice of the 76ers in 1978 and played for 11 "
            "seasons with the team.\n\nHe was the point guard and floor leader of the Sixers' "
            "1983 NBA title team.\n\nHe played 15 seasons in the NBA and retired in 1993.",
            "Cheeks played 15 seasons in the NBA and retired in 1993",
        ),
        (  # a name with a capital inside it
            "The 76ers named Tony DiLeo head coach on Saturday.\n\nDiLeo has never been an NBA "
            "coach.\n\nHe became assistant GM in 2003.",
            "DiLeo became assistant GM in 2003",
        ),
        (
            "Yvonne Hiller, 43, had gotten into an argument with co-workers on Thursday.\n\n"
            "Hiller was escorted out of the plant by security.\n\nShe then opened fire on the "
            "others on Thursday night.",
            "Hiller then opened fire on the others",
        ),
    ],
)
def test_a_pronoun_title_names_the_person_before_it(text: str, expected: str) -> None:
    assert expected in _titles(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the name is in the title: the pronoun is someone else
            "Carlos Gomes was arrested in 2005.\n\nRobyn Mendes was the victim in that case.\n\n"
            "He was charged with assault and battery on Mendes in 2005.",
            "He was charged with assault and battery on Mendes",
        ),
        (  # an opening phrase, not a name
            "Warren Jeffs spoke for an hour on Thursday.\n\nIn that statement, he evoked images "
            "of the civil rights movement.\n\nHe also asked the jury on Thursday to remember "
            "constitutional guarantees.",
            "He also asked the jury to remember constitutional guarantees",
        ),
        (  # the one who speaks may not be the one spoken of
            "Deputy Jerry Ortiz was shot on Friday.\n\nSgt. Steve Rifkin said Ortiz became "
            "interested in the gang problem while working as a patrol officer.\n\nHe joined "
            "the gang unit in 2001 after passing a background check.",
            "He joined the gang unit in 2001 after passing a background check",
        ),
    ],
)
def test_a_pronoun_title_stays_where_the_reading_is_not_plain(text: str, kept: str) -> None:
    assert any(title.startswith(kept) for title in _titles(text))
