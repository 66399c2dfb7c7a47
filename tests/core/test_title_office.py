"""A statement titled by its speaker's office names the person where the article names exactly
one holder of that office before it. Excerpts of development articles."""

from __future__ import annotations

from datetime import date

from tests.core.articles import titles_in

_DAY = date(2005, 11, 27)


def test_the_office_gives_way_to_the_one_person_named_with_it() -> None:
    text = (
        "A strong earthquake struck the island of Qeshm on Sunday, killing at least 10 "
        "people.\n\n“So far only the collapse of walls of houses in two villages has been "
        "reported,” Qeshm Governor Mehdi Irannejad told ISNA news agency on Sunday.\n\nThe "
        "governor told Iranian media on Sunday that 2,000 tents were ready in case they were "
        "needed."
    )
    titles = titles_in(text, _DAY)
    assert "Irannejad: 2,000 tents were ready in case they were needed" in titles
    assert not any(t.startswith("Governor:") for t in titles)


def test_the_office_stays_where_two_people_or_none_hold_it() -> None:
    two = (
        "Governor Mehdi Irannejad and Governor Ali Rezaei met on Sunday.\n\nThe governor "
        "told Iranian media on Sunday that 2,000 tents were ready in case they were needed."
    )
    none = (
        "A strong earthquake struck the island of Qeshm on Sunday.\n\nThe governor told "
        "Iranian media on Sunday that 2,000 tents were ready in case they were needed."
    )
    for text in (two, none):
        assert "Governor: 2,000 tents were ready in case they were needed" in titles_in(text, _DAY)
