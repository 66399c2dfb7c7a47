"""A statement told again by its speaker's pronoun and the day it was made ("He said Tuesday
that …") is one event with the same speaker's statement of that day further up, the pronoun
naming the person last named as a speaker, no one else named between (docs/events.md,
section 1, statements: the same source's later lines are continuations). Written articles of
police, court, business, politics and sports news. Kept apart: another speaker named between,
"he" being another person named after the speaker (the suspect), a person told by what they
are between, the other pronoun's speaker between, another day, "they" and "it", and a
pronoun whose passage is an act ("He was arrested Tuesday")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events
from tests.core.test_said_again import told_as_one
from viewer.core.model import Event


def _holding(events: list[Event], words: str) -> Event | None:
    """The event with a passage that opens on `words`, if any."""
    found = [e for e in events if any(p.text.startswith(words) for p in e.passages)]
    assert len(found) <= 1
    return found[0] if found else None


# A Thursday: the days the articles tell are the days before it.
_PUBLISHED = date(2014, 10, 16)
_HARDY = "Police Chief Tom Hardy said Tuesday that investigators had found the getaway car.\n\n"
_GARAGE = "The car was found in a parking garage near the river.\n\n"

# (headline, body, the first telling's opening, the later telling's opening)
JOINED = [
    (
        "Getaway car found after bank robbery",
        _HARDY + _GARAGE + "He said Tuesday that detectives were checking cameras in the area.",
        "Police Chief Tom Hardy",
        "He said Tuesday",
    ),
    (
        "Prosecutor to seek maximum sentence",
        "District Attorney Laura Chen told reporters Tuesday that her office would seek the "
        "maximum sentence.\n\nThe trial is expected to last three weeks.\n\n“This was a "
        "calculated crime,” Chen said.\n\nShe told reporters Tuesday that no plea deal had been "
        "offered.",
        "District Attorney Laura Chen",
        "She told reporters Tuesday",
    ),
    (
        "Carmaker to close two plants",
        "Chief executive Mark Dalton said on Tuesday that the company would close two plants in "
        "Ohio.\n\nThe closures would be completed by the end of next year.\n\nHe said on "
        "Tuesday that about 600 jobs would be cut.",
        "Chief executive Mark Dalton",
        "He said on Tuesday",
    ),
    (
        "Governor orders review of prison deaths",
        "“Every one of these deaths will be looked at,” Governor Maria Lopez said Tuesday.\n\n"
        "The review will cover the past five years.\n\n“We owe the families answers,” she said "
        "on Tuesday.",
        "“Every one of these",
        "“We owe the families",
    ),
    (
        "Club stands by coach after defeat",
        "Club chairman Peter Walsh told reporters Tuesday that the coach retained his full "
        "support.\n\nThe team has lost six of its last seven games.\n\nHe told reporters Tuesday "
        "that no change was planned before the winter break.",
        "Club chairman Peter Walsh",
        "He told reporters Tuesday",
    ),
    (
        "Government to raise sales tax",
        "Prime Minister Kenji Sato said on Tuesday that the government would raise the sales "
        "tax.\n\nThe rise would take effect in April next year.\n\nHe also said on Tuesday that "
        "pensions would be protected.",
        "Prime Minister Kenji Sato",
        "He also said on Tuesday",
    ),
    (
        "City to hire 200 officers",
        "Mayor Ellen Park said Tuesday that the city would hire 200 officers.\n\n“We need more "
        "people on the street,” Park said.\n\nShe said Tuesday that the money would come from "
        "the reserve fund.",
        "Mayor Ellen Park",
        "She said Tuesday",
    ),
]


@pytest.mark.parametrize(("title", "body", "first", "later"), JOINED)
def test_a_statement_told_again_by_its_pronoun_and_day_is_one_event(
    title: str, body: str, first: str, later: str
) -> None:
    told_as_one(title, body, first, later)


APART = [
    # Another speaker named between: "he" is the councilman, who spoke on no day of his own.
    (
        "Getaway car found after bank robbery",
        _HARDY + "Councilman Jim Reyes said the department had been slow to act.\n\n"
        "He said Tuesday that detectives were checking cameras in the area.",
    ),
    # The suspect named after the speaker: "he" is the suspect.
    (
        "Man held in bank robbery",
        _HARDY + "The suspect, Daniel Moore, 34, was held at the county jail.\n\n"
        "He said Tuesday that he had never been to the bank.",
    ),
    # A person told by what they are between.
    (
        "Bus crash on highway",
        "State Police Captain Ann Ruiz said Tuesday that the bus had skidded on ice.\n\n"
        "The driver was taken to a hospital with minor injuries.\n\n"
        "He said Tuesday that he had been driving slowly.",
    ),
    # The other pronoun's line between: another speaker.
    (
        "Carmaker to close two plants",
        "Chief executive Mark Dalton said on Tuesday that the company would close two plants."
        "\n\n“It was a hard choice,” he said.\n\n“Nobody here saw it coming,” she said.\n\n"
        "She said on Tuesday that workers had been told by email.",
    ),
    # The same speaker, another day.
    (
        "Getaway car found after bank robbery",
        _HARDY + _GARAGE + "He said Monday that detectives were checking cameras in the area.",
    ),
    # "They": a body, not the speaker.
    (
        "Ministry reviews rail safety",
        "Transport Minister Olga Petrov said Tuesday that every bridge would be inspected.\n\n"
        "The inspections would take a year.\n\n"
        "They said Tuesday that the trains would keep running.",
    ),
    # "It": the company, not its chief.
    (
        "Airline cancels flights",
        "Chief executive Ravi Menon said Tuesday that 40 flights had been cancelled.\n\n"
        "The cancellations affect routes to Asia.\n\n"
        "It said Tuesday that passengers would be rebooked.",
    ),
    # A pronoun whose passage is an act, not a statement.
    (
        "Man held in bank robbery",
        _HARDY + _GARAGE + "He was arrested Tuesday at a motel outside the city.",
    ),
    # Another speaker in the same sentence before the pronoun's tag.
    (
        "Getaway car found after bank robbery",
        _HARDY + _GARAGE + "After Sheriff Dan Cole arrived, he said Tuesday that the roads "
        "would be closed.",
    ),
]

_LATER = (
    "He said",
    "She said",
    "They said",
    "It said",
    "He was arrested",
    "After Sheriff",
)


@pytest.mark.parametrize(("title", "body"), APART)
def test_another_speaker_or_day_stays_apart(title: str, body: str) -> None:
    events = headed_events(title, body, _PUBLISHED)
    first = _holding(events, body[:20])
    later = next((e for e in events for p in e.passages if p.text.startswith(_LATER)), None)
    assert first is not None
    assert later is not first
