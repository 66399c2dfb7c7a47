"""A calendar time between a determiner and the noun it modifies does not date a clause told
in the present or the perfect (noun_times.py); in the simple past, or before a noun of a
happening or of a period, it still may. Real sentences of the TempEval-3 and ECB+ development
articles."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.framed_times import governing_time
from viewer.core.temporal import tag


def _governing(sentence: str, published: date) -> str | None:
    found = governing_time(sentence, 0, len(sentence), tag(sentence, published))
    return None if found is None else found.text


@pytest.mark.parametrize(
    ("sentence", "published", "words"),
    [
        # A thing made then, told of in the present or the perfect: its year is not the clause's.
        (
            "That 1978 resolution calls for Israel's unconditional withdrawal from the "
            "self-declared security zone it occupies in south Lebanon, and for the deployment "
            "of the Lebanese army and U.N. forces to ensure security along the Lebanese-Israeli "
            "border.",
            date(1998, 3, 1),
            None,
        ),
        (
            "He's written books on the topic, including the 2007 best-seller The Language of "
            "God: A Scientist Presents Evidence for Belief.",
            date(2009, 7, 20),
            None,
        ),
        # Told in the simple past, the noun's time may be the verb's occasion.
        (
            "In the 1988 period, the company earned $20.6 million, or 26 cents a share.",
            date(1989, 10, 25),
            "1988",
        ),
        (
            "According to the filing, Hewlett-Packard acquired 730,070 common shares from Octel "
            "as a result of an Aug. 10, 1988, stock purchase agreement.",
            date(1989, 10, 30),
            "Aug. 10, 1988",
        ),
        # A period's noun: the time is the period itself.
        (
            "Any discipline by the league would be meted out for the 2009 season, several "
            "sources said.",
            date(2009, 2, 4),
            "2009",
        ),
        # A noun of happening: the phrase tells a happening of that time (happening_nouns.py).
        (
            "Army of god letters claim responsibility for the Atlanta abortion clinic bombing, "
            "a nineteen ninety-seven attack on a gay lounge and the Birmingham assault.",
            date(1998, 2, 27),
            "nineteen ninety-seven",
        ),
    ],
)
def test_a_time_modifying_a_noun_dates_no_clause_told_now(
    sentence: str, published: date, words: str | None
) -> None:
    assert _governing(sentence, published) == words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # A vehicle's model year is when it was made, in any tense: the clause has no time of
        # its own (it then takes the narrative's, the arrest's day).
        ("Jackson was driving a 2008 GMC Sierra registered to him, Baehr said.", None),
        (
            "An officer stopped Jackson after spotting the player braking abruptly, speeding "
            "and weaving in a 2008 GMC Sierra, said Highway Patrol Officer Brad Baehr.",
            None,
        ),
        # A year before a name that is no make still dates its clause told in the past.
        (
            "Jared Allen, then with Kansas City, was suspended for the first four games of the "
            "2007 season after being charged with DUI twice in one year.",
            "2007",
        ),
    ],
)
def test_a_model_year_does_not_date_its_clause(sentence: str, words: str | None) -> None:
    assert _governing(sentence, date(2009, 2, 4)) == words


@pytest.mark.parametrize(
    ("sentence", "published", "words"),
    [
        # Told in the simple past beside a finer time of its own: that time is the verb's.
        (
            "A 1929 Hopper painting sold for $61.5 million on Tuesday night.",
            date(2018, 5, 16),
            "Tuesday night",
        ),
        (
            "The council voted to replace the 1926 building in November 2008.",
            date(2013, 5, 16),
            "November 2008",
        ),
        # Not beside a time counted from another, nor one that is no finer.
        (
            "The 2008 telecast delivered 32 million total viewers, a 24% drop compared with "
            "the previous year's ceremony.",
            date(2009, 2, 4),
            "2008",
        ),
        ("The 1995 Dayton accords ended the war.", date(2009, 2, 4), "1995"),
        (
            "The 2008 telecast drew 32 million viewers, down from the previous year’s show.",
            date(2009, 2, 4),
            "2008",
        ),
    ],
)
def test_a_noun_s_time_gives_way_to_a_finer_time_of_the_clause(
    sentence: str, published: date, words: str
) -> None:
    assert _governing(sentence, published) == words
