"""A past perfect inside a relative clause set off by commas is the noun's background, not
the tense its sentence is told in: it opens no past-perfect episode of the day the story named
last ("The two men, who had not been seen since their arrest, appeared at the court" is the
hearing the story tells, not the arrest's day)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events

# (title, the dateline's lede, the earlier day's line, the line with a relative past perfect,
# the day the story is told on)
CASES = [
    (
        "Myanmar court extends detention of two Reuters journalists",
        "YANGON, Dec 27 (Reuters) - A court in Myanmar on Wednesday remanded two Reuters"
        " journalists in custody for a further two weeks.",
        "Wa Lone, 31, and Kyaw Soe Oo, 27, were detained on the evening of Dec. 12 after they"
        " were invited to meet police officers over dinner on the outskirts of Yangon.",
        "The two men, who had not been seen since their arrest, appeared at the court in"
        " Mingaladon township in handcuffs.",
        date(2017, 12, 27),
    ),
    (
        "Judge denies bail in museum theft",
        "A judge on Thursday denied bail to a man charged over the theft of two paintings from"
        " the city museum.",
        "Martin Hale, 44, was arrested on Jan. 3 at his home in Leeds.",
        "Hale, who had been held at the county jail since his arrest, appeared in court by"
        " video link.",
        date(2019, 1, 18),
    ),
]


@pytest.mark.parametrize(("title", "lede", "earlier", "line", "today"), CASES)
def test_a_relative_clause_s_past_perfect_opens_no_episode(
    title: str, lede: str, earlier: str, line: str, today: date
) -> None:
    text = f"{lede}\n\n{earlier}\n\n{line}"
    events = headed_events(title, text, today)
    (event,) = [e for e in events if any(p.text == line for p in e.passages)]
    told_earlier = next(e for e in events if e.primary.text == earlier)
    assert event.date != told_earlier.date
