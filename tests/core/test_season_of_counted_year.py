"""A season told with a year counted from now ("Spring this year", "the spring of last
year") is that season of that year, one time expression, not the whole year with the season
left out. A sentence of an ECB+ development article (40_7ecb), Steve Jobs' letter of 14
January 2009, and the same shape counted back and ahead."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import tag

LETTER_DAY = date(2009, 1, 14)


@pytest.mark.parametrize(
    ("text", "extent", "value", "first", "last"),
    [
        (
            "“The remedy for this nutritional problem is relatively simple and straightforward, "
            "and I've already begun treatment,” he wrote, adding that he would remain as Apple's "
            "CEO and expects to be back in shape by Spring this year.",
            "Spring this year",
            "2009-SP",
            "2009-03-01",
            "2009-05-31",
        ),
        (
            "The plant reopened in the spring of last year.",
            "spring of last year",
            "2008-SP",
            "2008-03-01",
            "2008-05-31",
        ),
        (
            "The museum will reopen in the autumn of next year.",
            "autumn of next year",
            "2010-FA",
            "2010-09-01",
            "2010-11-30",
        ),
    ],
)
def test_a_season_of_a_counted_year_is_that_season(
    text: str, extent: str, value: str, first: str, last: str
) -> None:
    (t,) = [t for t in tag(text, LETTER_DAY) if t.text == extent]
    assert (t.value, str(t.first), str(t.last)) == (value, first, last)


def test_a_year_after_a_name_is_no_season_of_it() -> None:
    texts = [t.text for t in tag("Protests spread across the Arab Spring last year.", LETTER_DAY)]
    assert texts == ["last year"]
