"""A report of figures told by its gerund ("after reporting a 30% drop in fourth-quarter
sales") is of a period already begun or ended, whatever verb of the clause it hangs on comes
before ("said it would cut jobs"); and a title that leaves out a period told as a noun's
modifier keeps the noun's preposition ("a drop in sales", not "a drop sales")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.headline_deletions import drop_day_words
from viewer.core.temporal import tag

_WRITTEN = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Acme said on Wednesday it would cut 2,000 jobs, after reporting a 30% drop in "
            "fourth-quarter sales.",
            "2023-Q4",
        ),
        ("The firm will shut two plants after posting a third-quarter loss.", "2023-Q3"),
        # Still to come: a report ahead, or figures told with no report.
        ("Acme will be reporting fourth-quarter sales next month.", "2024-Q4"),
        ("Acme is reporting fourth-quarter results on Friday.", "2024-Q4"),
        ("Analysts said the firm would cut prices in the fourth quarter.", "2024-Q4"),
    ],
)
def test_figures_reported_are_of_a_period_begun(text: str, value: str) -> None:
    (quarter,) = [t for t in tag(text, _WRITTEN) if "quarter" in t.text]
    assert quarter.value == value


def test_the_report_is_not_put_after_the_story() -> None:
    events = events_in(
        "Acme Corp said on Wednesday it would cut 2,000 jobs, or about 8% of its workforce, "
        "after reporting a 30% drop in fourth-quarter sales.",
        _WRITTEN,
    )
    assert all(event.date.first <= _WRITTEN for event in events)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "after reporting a 30% drop in fourth-quarter sales",
            "after reporting a 30% drop in sales",
        ),
        ("Acme reported fourth-quarter earnings on Tuesday", "Acme reported earnings"),
        ("Profit rose in the fourth quarter, the company said", "Profit rose, the company said"),
    ],
)
def test_a_period_told_as_a_modifier_leaves_the_noun_its_preposition(text: str, title: str) -> None:
    assert drop_day_words(text) == title
