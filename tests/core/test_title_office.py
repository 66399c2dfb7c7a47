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


_SUMMIT = date(2022, 6, 29)
_ADDED_AFTER = (
    "Joe Biden said the United States will boost its forces in Europe.\n\n"
    "“NATO is strong and united,” {before} said at a meeting on Wednesday with NATO "
    "Secretary-General Jens Stoltenberg.\n\n“Today I’m announcing the United States will "
    "enhance our force posture in Europe,” the president added."
)


def test_an_office_that_added_takes_the_speaker_of_the_sentence_before() -> None:
    titles = titles_in(_ADDED_AFTER.format(before="Biden"), _SUMMIT)
    assert any(t.startswith("Biden: I’m announcing the United States") for t in titles), titles
    assert not any(t.startswith("President:") for t in titles)


def test_an_office_that_added_stays_where_the_sentence_before_names_no_one_speaking() -> None:
    text = _ADDED_AFTER.replace("” {before} said at a meeting", ",” it was said at a meeting")
    titles = titles_in(text, _SUMMIT)
    assert any(t.startswith("President: I’m announcing the United States") for t in titles), titles
