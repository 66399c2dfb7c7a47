"""A title that opens on "He" or "She" names the person the sentence before names, where the
reading is plain. Excerpts of development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import titles_in

_DAY = date(2005, 5, 24)


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
        (  # past an opening phrase and its comma
            "Warren Jeffs was arrested in 2006.\n\nAfter his arrest, Jeffs stood trial and was "
            "convicted in Utah.\n\nHe was found guilty in 2007, but the conviction was "
            "overturned on appeal.",
            "Jeffs was found guilty in 2007",
        ),
        (  # the pronoun after a phrase that describes them
            "Maurice Cheeks played 15 seasons.\n\nCheeks is also a five-time NBA "
            "All-Defensive Team honoree.\n\nThe native of Chicago, Ill., he averaged 11.1 "
            "points in 1,101 career games by 1993.",
            "Cheeks averaged 11.1 points in 1,101 career games by 1993",
        ),
        (  # a run of the pronoun goes on past an opening phrase
            "Warren Jeffs spoke for an hour on Thursday.\n\nIn that statement, he evoked images "
            "of the civil rights movement.\n\nHe also asked the jury on Thursday to remember "
            "constitutional guarantees.",
            "Jeffs also asked the jury to remember constitutional guarantees",
        ),
        (  # a name with an apostrophe after its first letter
            "The 76ers fired coach Jim O'Brien on Monday.\n\nO'Brien is the son-in-law of "
            "Hall of Fame coach Jack Ramsay.\n\nHe led the Sixers to a 10-win improvement in "
            "2005.",
            "O'Brien led the Sixers to a 10-win improvement in 2005",
        ),
        (  # a name after a title of address
            "A mother of three died in a crash on Monday.\n\nMrs McMeekin was brought up in "
            "Millom and was the daughter of a greengrocer.\n\nShe moved to Merthyr Tydfil, "
            "South Wales, in 1999 'to give her kids a better life'.",
            "McMeekin moved to Merthyr Tydfil, South Wales…",
        ),
        (
            "Two officers fired at a teenager on Saturday.\n\nMr. Gray was 16.\n\nHe bought "
            "a revolver in 2012.",
            "Gray bought a revolver in 2012",
        ),
    ],
)
def test_a_pronoun_title_names_the_person_before_it(text: str, expected: str) -> None:
    assert expected in titles_in(text, _DAY)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the name is in the title: the pronoun is someone else
            "Carlos Gomes was arrested in 2005.\n\nRobyn Mendes was the victim in that case.\n\n"
            "He was charged with assault and battery on Mendes in 2005.",
            "He was charged with assault and battery on Mendes",
        ),
        (  # the sentence names two people: "he" may be either
            "Ortiz went to the house on June 24.\n\nAs Ortiz spoke to her, Orozco steadied "
            "his hand.\n\nHe fired just one shot on June 24.",
            "He fired just one shot",
        ),
        (
            "Jeffs appeared in court on Wednesday.\n\nDuring the hearing, District Judge "
            "Barbara Walther read Jeffs the indictment.\n\nHe declined to sign a scheduling "
            "order on Wednesday.",
            "He declined to sign a scheduling order",
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
    assert any(title.startswith(kept) for title in titles_in(text, _DAY))
