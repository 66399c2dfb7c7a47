"""A phrase opening the sentence before its subject, told by a participle with a place ("Born
in Memphis, Tennessee, in 1935, Holt joined the Army in 1953"): its time is the participle's,
even after the commas of a place, and the main clause's own time dates the main clause; a
title leaves the whole phrase out, and a clause cut after "and" takes the subject after it
("Holt moved to New York in 1955", not "Born in Memphis in 1935 moved …")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events

_WRITTEN = date(2024, 2, 9)


@pytest.mark.parametrize(
    ("sentence", "first", "title"),
    [
        (
            "Born in Memphis, Tennessee, in 1935, Holt joined the Army in 1953.",
            date(1953, 1, 1),
            "Holt joined the Army in 1953",
        ),
        (
            "Founded in Lyon, France, in 1890, the firm opened its first office abroad in 1925.",
            date(1925, 1, 1),
            "The firm opened its first office abroad in 1925",
        ),
        (
            "Educated at Eton, Oxford and Harvard, he joined the bank in 1980.",
            date(1980, 1, 1),
            "He joined the bank in 1980",
        ),
        (
            "Raised in Lyon, France, she moved to Paris in 1990.",
            date(1990, 1, 1),
            "She moved to Paris in 1990",
        ),
    ],
)
def test_a_fronted_participle_with_a_place_is_its_own(
    sentence: str, first: date, title: str
) -> None:
    (event,) = headed_events("Obituary", sentence, _WRITTEN)
    assert (event.date.first, event.title) == (first, title)


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Born in Memphis in 1935, Holt began playing piano at the age of four and moved to "
            "New York in 1955.",
            ["Holt began playing piano at the age of four", "Holt moved to New York in 1955"],
        ),
        (
            "A native of Memphis, Holt joined the Army in 1953 and moved to New York in 1955.",
            ["Holt joined the Army in 1953", "Holt moved to New York in 1955"],
        ),
        (
            "In 1950, Holt began playing piano and moved to New York in 1955.",
            ["Holt began playing piano", "Holt moved to New York in 1955"],
        ),
        # As before: a subject with its appositive.
        (
            "Smith, a lawyer, joined the firm in 1990 and became a partner in 1995.",
            ["Smith, a lawyer, joined the firm in 1990", "Smith became a partner in 1995"],
        ),
    ],
)
def test_a_clause_after_and_takes_the_subject_after_a_fronted_phrase(
    sentence: str, titles: list[str]
) -> None:
    assert [e.title for e in headed_events("Obituary", sentence, _WRITTEN)] == titles
