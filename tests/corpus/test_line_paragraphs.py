"""A plain-text file that gives each paragraph a line of its own, no blank line between them
(text copied from a page, a feed written out line by line): its paragraphs are its lines, as
in the same story with blank lines between them; a file wrapped by hand is not split."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.corpus.checks import body_text
from tests.corpus.checks import read_text as _read
from viewer.core.extract import extract_events
from viewer.core.model import DateValue

_HEAD = "2011-05-19\n\nDockworkers walk out at three ports\n\n"
_PARAGRAPHS = [
    "Dockworkers at three East Coast ports walked off the job after the night shift ended "
    "early yesterday, halting cargo traffic worth billions of dollars a week.",
    "The strike began after talks between the union and the port operators broke down on "
    "Tuesday in Baltimore.",
    "A union spokesman said no new talks had been scheduled.",
    "The operators offered in March to raise wages by 2 percent a year over five years in "
    "return for changes to work rules.",
    "Two container ships were turned away from the port of Savannah in the hours before the "
    "walkout.",
    "Federal mediators said they would call both sides to Washington next week.",
]


def _events(tmp_path: Path, between: str) -> list[tuple[DateValue, str]]:
    doc = _read(tmp_path, _HEAD + between.join(_PARAGRAPHS) + "\n")
    return [(e.date, " || ".join(p.text for p in e.passages)) for e in extract_events(doc)]


def test_each_line_is_a_paragraph(tmp_path: Path) -> None:
    doc = _read(tmp_path, _HEAD + "\n".join(_PARAGRAPHS) + "\n")
    assert len(doc.body) == len(_PARAGRAPHS)
    assert body_text(doc) == "\n".join(_PARAGRAPHS)


def test_its_events_are_those_of_the_story_with_blank_lines(tmp_path: Path) -> None:
    one_line_each = _events(tmp_path, "\n")
    assert one_line_each == _events(tmp_path, "\n\n")
    day, _ = next(e for e in one_line_each if e[1].startswith("Two container ships"))
    assert day == DateValue.day(date(2011, 5, 18))  # the news day, not the offer's March


def test_a_statement_is_not_joined_to_the_paragraph_before(tmp_path: Path) -> None:
    passages = [text for _, text in _events(tmp_path, "\n")]
    assert "A union spokesman said no new talks had been scheduled." in passages


def test_a_wrapped_paragraph_stays_one(tmp_path: Path) -> None:
    """Lines broken at 70 columns, one of them ending a sentence: one paragraph."""
    wrapped = (
        "Dockworkers at three East Coast ports walked off the job early\n"
        "yesterday. Cargo traffic worth billions of dollars a week was\n"
        "halted at Baltimore, Savannah and Charleston.\n"
    )
    doc = _read(tmp_path, _HEAD + wrapped)
    assert len(doc.body) == 1
