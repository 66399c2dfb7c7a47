"""What "is forecast" on a day lies ahead, as what "is expected" does: "Snow is forecast on
Monday", written on a Wednesday, is the Monday to come."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Snow is forecast on Monday.", date(2025, 3, 17), date(2025, 3, 17)),
        (
            "Snow is forecast between Monday and Wednesday.",
            date(2025, 3, 17),
            date(2025, 3, 19),
        ),
        ("Gales are forecast on Saturday.", date(2025, 3, 15), date(2025, 3, 15)),
        # As before: forecast told in the past; what is expected.
        ("Forecasters forecast snow on Monday.", date(2025, 3, 10), date(2025, 3, 10)),
        (
            "Heavy rain is expected between Monday and Wednesday.",
            date(2025, 3, 17),
            date(2025, 3, 19),
        ),
    ],
)
def test_what_is_forecast_lies_ahead(sentence: str, first: date, last: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)
