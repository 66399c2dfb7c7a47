"""The headline's or the lede's act told again further down by another verb of its kind
("Suspect held" / "Orozco was arrested around midnight Friday"; "Police detain man" / "The man
was arrested on Tuesday") is one event. Kept apart: another one, another kind, another day, a
plan or a denial, a step told as one, a statement, the same verb. Written articles (headline,
lede and body) in several outlets' shapes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import Event
from viewer.corpus.reader import read_document


def _events(folder: Path, text: str, published: date) -> list[Event]:
    """The events of an article file as news sites' copies are saved: its date line, its
    headline, then its paragraphs."""
    path = folder / "a.txt"
    path.write_text(f"{published.isoformat()}\n\n{text}\n", encoding="utf-8")
    return extract_events(read_document(path))


_JOINED = [
    (
        "Deputy's Alleged Killer Held\n\n"
        "A 27-year-old parolee is found 'cowering in a bathtub' near the house where Jerry "
        "Ortiz had been shot in the head a few hours earlier.\n\n"
        "Before he was fatally shot, Deputy Jerry Ortiz was looking for a man considered to be "
        "a career criminal, officials said Saturday.\n\n"
        "Orozco was arrested around midnight Friday by a sheriff's SWAT team.",
        date(2005, 6, 26),
        "Orozco was arrested around midnight Friday by a sheriff's SWAT team.",
    ),
    (
        "Police detain suspect in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The man was arrested on Tuesday at his flat in the old town.",
        date(2019, 4, 3),
        "The man was arrested on Tuesday at his flat in the old town.",
    ),
    (
        "Gunman in custody after Ohio mall shooting\n\n"
        "Shoppers fled as shots rang out at the Dayton mall, witnesses told reporters.\n\n"
        "The 34-year-old was arrested on Saturday evening in a parking lot nearby.",
        date(2016, 8, 14),
        "The 34-year-old was arrested on Saturday evening in a parking lot nearby.",
    ),
    (
        "Two held over Kenya bank raid\n\n"
        "Armed men stormed a bank branch in the Nairobi suburb, the newspaper reported.\n\n"
        "They were arrested on Thursday night in Mombasa.",
        date(2012, 10, 13),
        "They were arrested on Thursday night in Mombasa.",
    ),
    (
        "Protest leader detained in Minsk\n\n"
        "Hundreds marched through the capital in a rally against the election result.\n\n"
        "Kolesnikova was arrested on Monday near the border with Ukraine.",
        date(2020, 9, 8),
        "Kolesnikova was arrested on Monday near the border with Ukraine.",
    ),
]


@pytest.mark.parametrize(("text", "published", "body"), _JOINED)
def test_an_act_told_again_by_another_verb_of_its_kind_is_one_event(
    tmp_path: Path, text: str, published: date, body: str
) -> None:
    headline = text.split("\n\n", 1)[0]
    events = _events(tmp_path, text, published)
    (event,) = [e for e in events if any(p.text == body for p in e.passages)]
    assert headline in [p.text for p in event.passages]


@pytest.mark.parametrize(
    "text",
    [
        # Another one.
        "Police detain suspect in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "A second man was arrested on Tuesday at his flat in the old town.",
        # Another kind of act.
        "Police detain suspect in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The man was charged on Tuesday with arson at a court in the old town.",
        # Another day: long before the story.
        "Police detain suspect in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The man was arrested in 2011 for setting fire to a car.",
        # A plan, not an act done.
        "Police will detain anyone who returns to the square\n\n"
        "Hundreds marched through the capital in a rally against the election result.\n\n"
        "Kolesnikova was arrested on Monday near the border with Ukraine.",
        # A denial.
        "Ministry denies protest leader detained\n\n"
        "Hundreds marched through the capital in a rally against the election result.\n\n"
        "Kolesnikova was arrested on Monday near the border with Ukraine.",
        # A step told as one.
        "Police detain suspect in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The man was later arrested on Tuesday at his flat in the old town.",
        # A statement of someone's account.
        "Police detain suspect in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The mayor said the man was arrested on Tuesday because he had threatened the baker.",
        # No act of the kind told in the headline or the lede.
        "Fire guts Lyon bakery\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The man was arrested on Tuesday at his flat in the old town.",
        # Another one, told in the headline.
        "Another suspect held in Lyon bakery fire\n\n"
        "Firefighters battled the blaze for three hours before dawn, the city said.\n\n"
        "The man was arrested on Tuesday at his flat in the old town.",
    ],
)
def test_other_tellings_stay_apart(tmp_path: Path, text: str) -> None:
    headline = text.split("\n\n", 1)[0]
    for event in _events(tmp_path, text, date(2019, 4, 3)):
        texts = [p.text for p in event.passages]
        assert headline not in texts or not any("arrested" in t for t in texts)
