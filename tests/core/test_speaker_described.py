"""A time in the words describing a speaker after a speech tag is the speaker's, not the
saying's."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import governing, tag

FRI = date(2013, 8, 2)

# (sentence, the time that dates it or None)
SENTENCES: list[tuple[str, str | None]] = [
    (
        "Having an entertainer such as Jackman host the show necessitates a change in the "
        "well-established standard of opening the show with a jokes, said Steve Pond, author of "
        "the 2005 book “The Big Show: High Times and Dirty Dealings Backstage at the Academy "
        "Awards.”",
        None,
    ),
    (
        "The decision was a surprise, said Mark Harris, a producer of the 2009 telecast.",
        None,
    ),
    # A time told of the saying after the description stays its time.
    ("The plan was sound, said John Smith, a company spokesman, on Tuesday.", "Tuesday"),
    # A description with a verb of its own is a clause: not read here.
    ("The plan was sound, said John Smith, the mayor who was elected in 2009.", "2009"),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_speakers_description_does_not_date_the_saying(sentence: str, expected: str | None) -> None:
    timexes = tag(sentence, FRI)
    found = governing(sentence, 0, len(sentence), timexes)
    assert (found.text if found else None) == expected
