"""One more item of the news day told in the perfect with "also" ("Apple has also introduced a
separate chip") is of the story's news day, as the simple past before it is. Real sentences of
the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.news_time_cues import adds_to_news

_KEYNOTE = [
    "Apple's big announcement at Macworld yesterday was not a new iMac, Mini or netbook, all "
    "of which had been rumoured, but a battery.",
    "The firm announced a widely expected refresh of its 17in MacBook Pro, with a battery that "
    "the firm said will offer eight hours of operation, but which is not removable from the "
    "case.",
    "Apple has also introduced a separate chip that monitors the power used by each cell and "
    "adjusts the charging current accordingly, which the firm says extends the life of the "
    "battery.",
]


def test_the_item_added_is_of_the_news_day() -> None:
    text = "\n\n".join(_KEYNOTE)
    document = article(text, date(2012, 6, 11))
    dated = {e.passages[0].text: e.date.first for e in extract_events(document)}
    assert dated[_KEYNOTE[2]] == date(2012, 6, 10)


@pytest.mark.parametrize(
    ("sentence", "added"),
    [
        (_KEYNOTE[2], True),
        # A state, and a perfect with no "also": what holds now.
        ("Paris has also been the scene of high-profile robberies.", False),
        ("Witnesses have refused to testify in the cases against Jeffs.", False),
    ],
)
def test_only_the_perfect_with_also_adds(sentence: str, added: bool) -> None:
    assert adds_to_news(sentence) is added
