"""A sentence that refers back to a happening the sentence before told with a time of its own
(by "There,", "In it,", "In that speech," or the happening's noun with "the") is of that
happening's time, not of the day the story is told on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_TOLD_ON = date(2016, 11, 9)  # a Wednesday
_LEDE = "A court in the capital on Wednesday opened the trial of eleven people.\n\n"


def _date_of(before: str, sentence: str) -> date | None:
    """The date of the event holding `sentence`, told after `before`; None when none does."""
    for event in events_in(_LEDE + before + "\n\n" + sentence, _TOLD_ON):
        if any(p.text == sentence for p in event.passages):
            return event.date.first
    return None


@pytest.mark.parametrize(
    ("before", "sentence", "day"),
    [
        (
            "Police had raided the group's remote ranch in West Texas in April 2008, finding "
            "girls who were clearly pregnant.",
            "The call to an abuse hotline that spurred the raid turned out to be a hoax.",
            date(2008, 4, 1),
        ),
        (
            "The mayor gave a speech at the opening of the bridge on March 3, 2009.",
            "In that speech, he praised the engineers who built it.",
            date(2009, 3, 3),
        ),
        (
            "The minister wrote a letter to the hospital's board on May 3, 2010.",
            "In it, she asked the board to close the maternity ward.",
            date(2010, 5, 3),
        ),
        (
            "The finance ministers held a meeting in Brussels on Feb. 11, 2012.",
            "At that meeting, they agreed on a second rescue package for Athens.",
            date(2012, 2, 11),
        ),
        (
            "Rebels attacked an army post near Goma on Nov. 20, 2012.",
            "During the attack, they seized two armoured vehicles.",
            date(2012, 11, 20),
        ),
        (
            "Prosecutors said he took the girl on a car ride on Jan. 18, 2004.",
            "There, he instructed them on their duties and had the session taped.",
            date(2004, 1, 18),
        ),
        (
            "The board of the club held an emergency session on June 2, 2014.",
            "During the session, the chairman handed in his resignation.",
            date(2014, 6, 2),
        ),
        (
            "A magnitude-6.3 quake struck central Italy on April 6, 2009.",
            "The quake destroyed much of the old town of L'Aquila.",
            date(2009, 4, 6),
        ),
        (
            "Scotland voted on independence on Sept. 18, 2014.",
            "The vote split families across the country.",
            date(2014, 9, 18),
        ),
        (
            "Protesters clashed with riot police in Kiev on Jan. 19, 2014.",
            "The clash left dozens of officers injured.",
            date(2014, 1, 19),
        ),
        (
            "Thieves raided a jewellery store on the Champs-Elysees on Aug. 3, 2013.",
            "The raid lasted less than two minutes.",
            date(2013, 8, 3),
        ),
        (
            "Fire broke out at a textile factory outside Dhaka on Nov. 24, 2012.",
            "The fire trapped hundreds of workers on the upper floors.",
            date(2012, 11, 24),
        ),
        (
            "Senator Ames gave an interview to a local radio station on March 2, 2011.",
            "In that interview, he called the bill a disgrace.",
            date(2011, 3, 2),
        ),
    ],
)
def test_a_sentence_referring_back_takes_the_happening_s_time(
    before: str, sentence: str, day: date
) -> None:
    assert _date_of(before, sentence) == day


@pytest.mark.parametrize(
    ("before", "sentence", "earlier"),
    [
        # A new happening of today after a background sentence.
        (
            "The factory opened outside Lodz in March 1995.",
            "Workers walked out of the plant in protest.",
            date(1995, 3, 1),
        ),
        # "the raid" naming today's raid: nothing to carry.
        (
            "Police raided a house in Leeds on Wednesday.",
            "The raid lasted two hours.",
            None,
        ),
        # A speaker's words naming the happening are of when they were said.
        (
            "Police had raided the ranch in April 2008.",
            "The raid was justified, the sheriff said.",
            date(2008, 4, 1),
        ),
        # What holds now, told in the perfect.
        (
            "A quake struck central Italy on April 6, 2009.",
            "The quake has changed the town forever.",
            date(2009, 4, 6),
        ),
        # A time of its own.
        (
            "Police had raided the ranch in April 2008.",
            "The state removed more than 400 children from the ranch on Wednesday.",
            date(2008, 4, 1),
        ),
        # A happening the sentence before does not name.
        (
            "Fire broke out at a textile factory outside Dhaka on Nov. 24, 2012.",
            "The vote on new safety rules failed.",
            date(2012, 11, 24),
        ),
        # A year of its own: the place is pointed back to, not the time.
        (
            "She founded a rural clinic in Alabama in 1990.",
            "There, she served the poor after 1998's Hurricane Georges.",
            date(1990, 1, 1),
        ),
        # A phrase opening the sentence that names nothing the sentence before names.
        (
            "Rebels attacked an army post near Goma on Nov. 20, 2012.",
            "In the meantime, aid groups left the city.",
            date(2012, 11, 20),
        ),
        (
            "The mayor gave a speech at the opening of the bridge on March 3, 2009.",
            "At the hearing, lawyers for the city asked for more time.",
            date(2009, 3, 3),
        ),
        (
            "The mayor gave a speech at the opening of the bridge on March 3, 2009.",
            "In this city, voters rejected a tax on cars.",
            date(2009, 3, 3),
        ),
        (
            "Thieves raided a jewellery store in Paris on Aug. 3, 2013.",
            "The trial lasted three weeks.",
            date(2013, 8, 3),
        ),
    ],
)
def test_near_shapes_keep_their_date(before: str, sentence: str, earlier: date | None) -> None:
    found = _date_of(before, sentence)
    assert found is not None
    assert found != earlier if earlier is not None else found == _TOLD_ON
