"""What a lede's news followed ("after a fire at the Waitrose supermarket"), told with no time
of its own, is a happening of its own, of the day the story tells it again on ("…collapsed
during the blaze, shortly after 06:00 BST on Sunday"); the news keeps the day the story is
told on. Real articles of the development part."""

from __future__ import annotations

from datetime import date

from viewer.core.extract import extract_events
from viewer.core.model import Document, Event, Span

_WAITROSE = [
    "A man has been charged with arson after a fire at the Waitrose supermarket in Wellington, "
    "Somerset.",
    "Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' Court "
    "on Tuesday.",
    "Half of the roof at the entrance of the store in the High Street collapsed during the "
    "blaze, shortly after 06:00 BST on Sunday.",
    "No-one was injured in the fire.",
]
_ACEH = [
    "Soldiers and police are leading rescue operations in Indonesia after a 6.1 magnitude "
    "earthquake hit Aceh province leaving 24 dead and over 200 injured.",
    "The quake struck yesterday afternoon at a depth of just six miles and was centred on the "
    "far western tip of Sumatra island in Aceh province.",
]


def _events(paragraphs: list[str], published: date) -> dict[str, date]:
    text = "\n\n".join(paragraphs)
    document = Document(
        id="a.txt",
        path="a.txt",
        text=text,
        title="",
        body=[Span(0, len(text))],
        header=[],
        date=published,
    )
    found: list[Event] = extract_events(document)
    return {e.passages[0].text: e.date.first for e in found}


def test_the_fire_is_of_the_day_the_blaze_is_told_on() -> None:
    dated = _events(_WAITROSE, date(2013, 7, 22))
    assert dated["A man has been charged with arson"] == date(2013, 7, 22)
    assert dated["after a fire at the Waitrose supermarket in Wellington, Somerset."] == date(
        2013, 7, 21
    )


def test_the_earthquake_is_of_the_day_the_quake_is_told_on() -> None:
    dated = _events(_ACEH, date(2013, 7, 3))
    assert dated["Soldiers and police are leading rescue operations in Indonesia"] == date(
        2013, 7, 3
    )
    clause = (
        "after a 6.1 magnitude earthquake hit Aceh province leaving 24 dead and over 200 injured."
    )
    assert dated[clause] == date(2013, 7, 2)


# Told again with no day (or not at all), the lede stays one event of its day.
def test_a_lede_whose_cause_is_not_dated_again_stays_whole() -> None:
    dated = _events([_WAITROSE[0], _WAITROSE[3]], date(2013, 7, 22))
    assert dated == {_WAITROSE[0]: date(2013, 7, 22)}
