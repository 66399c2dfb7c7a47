"""How a happening already told was felt, heard, how long it lasted or what it measured is a
passage of its event, not an event of its own: "Residents … told Lake County News that they
felt the quake", "It was described as having a rolling-type movement", "Officials say that the
quake was felt for around 15 seconds". Kept apart: a toll or a ruin, a new act, another one of
the family, another day's happening, another person's act. Real development sentences and
written ones in other outlets' shapes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in


def _holding(text: str, published: date) -> list[str]:
    """The passages of the event holding the last paragraph of `text`."""
    later = text.rsplit("\n\n", 1)[1]
    events = events_in(text, published)
    holding = [e for e in events if any(p.text.startswith(later[:30]) for p in e.passages)]
    return [p.text for e in holding for p in e.passages]


_QUAKE = (
    "A powerful earthquake centered near The Geysers shook communities on Cobb on Sunday "
    "morning, startling residents in other parts of the county.\n\n"
)
_BLAST = (
    "An explosion ripped through a chemical plant in Tianjin on Wednesday night, sending a "
    "fireball into the sky.\n\n"
)
_LIMA = "A magnitude-6.8 earthquake struck southern Peru on Monday, officials said.\n\n"


@pytest.mark.parametrize(
    ("text", "published", "joined"),
    [
        (  # real (38_3ecb)
            _QUAKE + "Residents of Cobb, Kelseyville and Hidden Valley Lake told Lake County "
            "News that they felt the quake.",
            date(2013, 3, 12),
            "A powerful earthquake",
        ),
        (
            _QUAKE + "Residents of Cobb told Lake County News that they felt the quake.\n\n"
            "It was described as having a rolling-type movement.",
            date(2013, 3, 12),
            "A powerful earthquake",
        ),
        (
            _QUAKE + "Numerous residents of Santa Rosa, Healdsburg, Napa and San Francisco also "
            "reported feeling it.",
            date(2013, 3, 12),
            "A powerful earthquake",
        ),
        (
            _QUAKE + "Cobb resident Roger Kinney initially reported that the quake lasted about "
            "10 seconds, with it coming on quickly.",
            date(2013, 3, 12),
            "A powerful earthquake",
        ),
        (
            _QUAKE + "The last earthquake measuring 3.0 or above occurred on Dec. 30, three "
            "miles east of The Geysers.\n\n"
            "It measured 3.0 on the Richter scale, as Lake County News has reported.",
            date(2013, 3, 12),
            "The last earthquake",
        ),
        (  # real (38_7ecbplus)
            "A 4.6-magnitude earthquake rattled Northern California overnight Thursday, shaking "
            "residents from San Francisco to north of Sacramento.\n\n"
            "Others reported the shaking on Twitter.",
            date(2013, 3, 14),
            "A 4.6-magnitude earthquake",
        ),
        (  # real (37_6ecbplus)
            "A 6.1 magnitude earthquake hit Indonesia's Aceh province on Tuesday, flattening "
            "houses.\n\n"
            "Officials say that the quake was felt for around 15 seconds, from Banda Aceh, the "
            "regional capital, to Bener Meriah.",
            date(2013, 7, 3),
            "A 6.1 magnitude earthquake",
        ),
        (  # real (20_3ecbplus)
            "An earthquake measuring at least magnitude-5.9 shook a sparsely populated area of "
            "southern Iran on Sunday.\n\n"
            '"It lasted around 30 seconds or so," said public relations executive Bina Mathews.',
            date(2005, 11, 27),
            "An earthquake measuring",
        ),
        (
            _BLAST + "Residents as far as 10 kilometres away said they heard the blast.",
            date(2015, 8, 13),
            "An explosion ripped",
        ),
        (
            _BLAST + "It was felt by people living several miles away, state media reported.",
            date(2015, 8, 13),
            "An explosion ripped",
        ),
        (
            _LIMA + "Witnesses in Arequipa said the tremor lasted nearly a minute.",
            date(2019, 5, 27),
            "A magnitude-6.8 earthquake",
        ),
        (
            _LIMA + "People in Lima, more than 600 km away, reported feeling the quake.",
            date(2019, 5, 27),
            "A magnitude-6.8 earthquake",
        ),
        (
            "Thunderstorms and a tornado tore through Joplin, Missouri, on Sunday evening.\n\n"
            "The National Weather Service said the tornado was on the ground for 38 minutes.\n\n"
            "It lasted longer than any twister in the state's recorded history.",
            date(2011, 5, 23),
            "The National Weather Service",
        ),
    ],
)
def test_a_detail_of_the_happening_joins_its_event(text: str, published: date, joined: str) -> None:
    assert any(p.startswith(joined) for p in _holding(text, published))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A toll or a ruin on someone's word: news of its own.
        (_QUAKE + "Officials said that the quake damaged 300 homes in Cobb.", date(2013, 3, 12)),
        (_LIMA + "Residents said they felt it and 12 people were killed.", date(2019, 5, 27)),
        # A new act told after the feeling.
        (_LIMA + "Residents felt the quake and fled into the streets.", date(2019, 5, 27)),
        # Another one of the family.
        (_QUAKE + "Residents said they felt the second quake as well.", date(2013, 3, 12)),
        # Another day's happening, with a time of its own.
        (
            _QUAKE + "Residents said they felt an aftershock on Tuesday afternoon.",
            date(2013, 3, 12),
        ),
        # Another person's act, no feeling of the happening.
        (_QUAKE + "The governor said the state would send aid to Cobb.", date(2013, 3, 12)),
        (_QUAKE + "Residents said they heard the governor on the radio.", date(2013, 3, 12)),
        # A quake's feeling is no detail of a fire or an arrest.
        (
            "Police arrested a 34-year-old man in Leeds on Tuesday over a series of "
            "burglaries.\n\nNeighbours said they heard the arrest.",
            date(2019, 3, 6),
        ),
        # "It" after no happening of a family.
        (
            "The city council approved a new budget on Monday.\n\n"
            "It was described as the most generous in a decade.",
            date(2019, 3, 6),
        ),
        # A measure of another thing told in the sentence before.
        (
            _QUAKE + "The governor toured a flooded school in Cobb on Monday.\n\n"
            "It was described by his staff as a visit of comfort.",
            date(2013, 3, 12),
        ),
    ],
)
def test_a_near_sentence_stays_an_event_of_its_own(text: str, published: date) -> None:
    held = _holding(text, published)
    assert held
    assert not any(p.startswith(text[:20]) for p in held)
