"""What neither of two did is what did not happen, as "No decision has been made" is: no event,
even told with a time or beside a description. Real sentences of the ECB+ development
articles; what one did stays an event."""

from __future__ import annotations

import pytest

from viewer.core.event_selection import judge
from viewer.core.extract import UNDATED_THRESHOLD

NEITHER = [
    (
        "Neither Perlo nor his co-counsel, Robin Yanes, ever claimed their client's innocence.",
        False,
    ),
    (
        "Neither RIM nor T-Mobile has announced U.S. pricing plans for the Curve 8900, but the "
        "device, which is already on the market in Canada, sells over the Internet at prices "
        "ranging from $499 to $599.",
        False,
    ),
]
LEFT_ALONE = [
    "Apple announced a new collaborative site called iWork.com that's built around iWork.",
    "Apple also expanded the iPhone music store from WiFi only to 3G service.",
]


@pytest.mark.parametrize(("sentence", "dated"), NEITHER)
def test_what_neither_did_is_no_event(sentence: str, dated: bool) -> None:
    # Undated, not worth a guess at a date where nothing in the story says when (extract.py).
    assert judge(sentence, dated).confidence < (0.5 if dated else UNDATED_THRESHOLD)


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_what_both_did_stays_an_event(sentence: str) -> None:
    assert judge(sentence, False).confidence >= UNDATED_THRESHOLD
