"""A clause set off by commas between a subject and its verb tells its own time: a past verb in
it does not turn the main verb's present of a schedule into the past ("The rules, which were
approved in January, take effect on July 1" is the July ahead). A hearing told in the present
("appears in court on Friday") is ahead too."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2024, 3, 14)  # a Thursday


def _main_clause_day(text: str) -> date:
    """The first day of the event holding the sentence's last words (its main clause)."""
    (event,) = [e for e in events_in(text, _WRITTEN) if text[-12:] in e.passages[-1].text]
    return event.date.first


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The new rules, which were approved in January, take effect on July 1.", date(2024, 7, 1)),
        ("The rules, approved by parliament in January, take effect on July 1.", date(2024, 7, 1)),
        ("The Lakers, who lost to Boston on Tuesday, host Denver on Saturday.", date(2024, 3, 16)),
        ("The talks, which collapsed in December, resume on Monday in Geneva.", date(2024, 3, 18)),
        ("Smith, who was arrested in May, appears in court on Friday.", date(2024, 3, 15)),
        ("The two men appear before magistrates on Monday.", date(2024, 3, 18)),
        # Stays in the past: the main verb's own past, a verb with its object after a comma.
        ("The man, who was charged on Tuesday, appeared in court on Friday.", date(2024, 3, 8)),
        ("He did not appear in court on Friday.", date(2024, 3, 8)),
        ("It appears the vote was held on Friday.", date(2024, 3, 8)),
        (
            "First of America, which now has 45 banks, announced an agreement to buy the "
            "company in a deal worth $250 million, a spokesman said on Tuesday.",
            date(2024, 3, 12),
        ),
    ],
)
def test_the_main_clause_keeps_its_own_tense(text: str, day: date) -> None:
    assert _main_clause_day(text) == day
