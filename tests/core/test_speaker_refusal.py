"""A speaker's refusal to say more (docs/events.md section 4, item 3): told with no time of its
own after the speaker's dated statement, in the paragraph that statement reached or the next,
it is of the statement's day; not another person's refusal, one with a day of its own, one
after a statement with no day of its own, nor one paragraphs away.

Real sentences of the ECB+ development articles, shortened.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue

PUBLISHED = date(2009, 2, 4)
YESTERDAY = DateValue.day(date(2009, 2, 3))

# A lede of the day the story is told on: what it tells undated is of that day.
LEDE = "Chargers nose tackle Jamal Williams pleaded not guilty today to a charge of DUI.\n\n"
STATEMENT = LEDE + (
    "“Anytime anybody's arrested for DUI, I get very disappointed, and not just when athletes "
    "are involved,” said Lawrence yesterday.\n\n"
    "“We're talking about a crime where people are killed or injured, a crime where people go "
    "to jail, and it's 100 percent preventable.”\n\n"
)
REFUSAL = (
    "Citing his company's confidentiality agreement with clients, Lawrence declined to discuss "
    "anything specific pertaining to the Chargers and their players."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # Past the statement's quotation carried on: the interview's day.
        (STATEMENT + REFUSAL, "Lawrence declined", YESTERDAY),
        # Another person's refusal: the day the story is told on.
        (
            STATEMENT + "A request to interview club President Dean Spanos was declined by a "
            "spokesman, who declined to comment on the arrest.",
            "A request to interview",
            DateValue.day(PUBLISHED),
        ),
        # A person the speaker spoke of, not the speaker: the day the story is told on.
        (
            LEDE + "“Williams made a mistake,” said Lawrence yesterday.\n\n"
            "Williams declined to comment on the arrest through his agent.",
            "Williams declined",
            DateValue.day(PUBLISHED),
        ),
        # A refusal with a day of its own keeps it.
        (
            STATEMENT + "Lawrence declined on Monday to discuss the Chargers and their players.",
            "Lawrence declined",
            DateValue.day(date(2009, 2, 2)),
        ),
        # A statement with no day of its own: nothing to carry.
        (
            LEDE
            + "“Anytime anybody's arrested for DUI, I get very disappointed,” said Lawrence.\n\n"
            + REFUSAL,
            "Lawrence declined",
            DateValue.day(PUBLISHED),
        ),
        # Paragraphs away from the statement, the refusal is not told on its occasion.
        (
            STATEMENT + "The Chargers won an NFL award for the program.\n\n"
            "The team has expanded it to other cities since then.\n\n" + REFUSAL,
            "Lawrence declined",
            DateValue.day(PUBLISHED),
        ),
    ],
)
def test_a_refusal_is_of_its_speaker_s_statement_day(
    text: str, words: str, expected: DateValue
) -> None:
    event = _found(_events(text, PUBLISHED), words)
    assert event.date == expected


def test_the_refusal_stays_an_event_of_its_own_dated_by_the_statement() -> None:
    events = _events(STATEMENT + REFUSAL, PUBLISHED)
    refusal = _found(events, "Lawrence declined")
    assert refusal is not _found(events, "Anytime anybody")
    assert refusal.date_basis is DateBasis.CONTEXT
    assert refusal.dating_of(0).text == "yesterday"
