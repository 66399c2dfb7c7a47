"""Every time expression of the shipped seed articles, checked by hand against a calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from viewer.core.temporal import tag

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Publication dates: 2022-06-29 and 2022-03-09 are Wednesdays, 2022-11-29 and 2022-03-08
# Tuesdays. ISO week 2022-W09 is 28 Feb..6 Mar, W10 is 7..13 Mar, W47 is 21..27 Nov,
# W48 is 28 Nov..4 Dec.
ANCHORS = {
    "000": date(2022, 6, 29),
    "001": date(2022, 3, 9),
    "002": date(2022, 6, 29),
    "003": date(2022, 11, 29),
    "004": date(2022, 3, 8),
}

EXPECTED: dict[str, list[tuple[str, str]]] = {
    "000": [
        ("Tuesday", "2022-06-28"),  # "Biden said on Tuesday": the day before publication
        ("29 June", "2022-06-29"),
        ("late February", "2022-02"),  # the invasion, 24 February
        ("Wednesday", "2022-06-29"),  # "The plans announced on Wednesday": publication day
        ("February", "2022-02"),
        ("now", "PRESENT_REF"),
        ("previously", "PAST_REF"),
        ("Tuesday evening", "2022-06-28"),
        ("Now", "PRESENT_REF"),
    ],
    "001": [
        ("2022-03-09", "2022-03-09"),  # the header line; the caption's "2:43" is not a time
        ("Monday", "2022-03-07"),  # "500 US troops announced Monday"
        ("late Tuesday", "2022-03-08"),
        ("now", "PRESENT_REF"),
        ("Tuesday", "2022-03-08"),  # "Stoltenberg said Tuesday"
        ("this week", "2022-W10"),
        ("daily", "P1D"),
        ("Last week", "2022-W09"),
        ("February 24", "2022-02-24"),
        ("Tuesday", "2022-03-08"),  # "On Tuesday, the Pentagon dismissed a plan"
        ("the past", "PAST_REF"),
        ("now", "PRESENT_REF"),
        ("this week", "2022-W10"),
    ],
    "002": [
        ("2022-06-29", "2022-06-29"),
        ("annual", "P1Y"),
        ("Wednesday", "2022-06-29"),
        ("Today", "2022-06-29"),
        ("Tuesday", "2022-06-28"),
        ("Monday", "2022-06-27"),
        ("Tuesday", "2022-06-28"),
        ("Tuesday", "2022-06-28"),
        ("Wednesday", "2022-06-29"),
    ],
    "003": [
        ("29 November 2022", "2022-11-29"),
        ("Tuesday", "2022-11-29"),  # "met in Bucharest ... on Tuesday": publication day
        ("last week", "2022-W47"),
        ("today", "2022-11-29"),
        ("this week", "2022-W48"),
        ("weeks", "PXW"),  # "weeks of strikes"
    ],
    "004": [
        ("8 March 2022", "2022-03-08"),
        ("Monday", "2022-03-07"),  # "made public by the Pentagon on Monday"
        ("last week", "2022-W09"),
        ("Monday", "2022-03-07"),  # "CNN reported Monday"
        ("the weekend", "2022-W09-WE"),  # "Over the weekend": 5..6 March
        ("now", "PRESENT_REF"),
        ("Sunday", "2022-03-06"),
        ("Monday morning", "2022-03-07"),
        ("Feb. 26", "2022-02-26"),
        ("five days", "P5D"),
        ("weeks", "PXW"),
        ("now", "PRESENT_REF"),
    ],
}


def _seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_time_expression_of_the_seed(prefix: str) -> None:
    text = _seed(prefix).read_text(encoding="utf-8")
    timexes = tag(text, ANCHORS[prefix])
    assert [(t.text, t.value) for t in timexes] == EXPECTED[prefix]
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_weekend_of_004_is_saturday_and_sunday() -> None:
    text = _seed("004").read_text(encoding="utf-8")
    (weekend,) = [t for t in tag(text, ANCHORS["004"]) if t.text == "the weekend"]
    assert (weekend.first, weekend.last) == (date(2022, 3, 5), date(2022, 3, 6))


def test_late_february_of_000_lies_at_the_end_of_february() -> None:
    text = _seed("000").read_text(encoding="utf-8")
    (late,) = [t for t in tag(text, ANCHORS["000"]) if t.text == "late February"]
    assert late.last == date(2022, 2, 28)
    assert late.first is not None and late.first.month == 2 and late.first.day > 15


def test_correcting_the_publication_date_redates_relative_expressions() -> None:
    text = _seed("004").read_text(encoding="utf-8")
    moved = {t.text: t.value for t in tag(text, date(2022, 3, 15))}
    assert moved["Monday morning"] == "2022-03-14"
    assert moved["8 March 2022"] == "2022-03-08"
