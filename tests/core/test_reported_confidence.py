"""The confidence an event is shown with: the share right among events of its kind on the
development golds, by three signs (a high score, a date of its own, an early place).

Table cases from real news (sentences of the ECB+ development articles).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.reported_confidence import REPORTED

STORY = (
    "Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday to keep his "
    "heavyweight titles.\n\n"
    "Thompson, the mandatory challenger nominated by the IBF, fell to 36-3 (24 KOs).\n\n"
    "Klitschko said on Sunday he would fight again in the autumn.\n\n"
    "High winds meant the fire spread rapidly through the store, which was almost totally "
    "destroyed.\n\n"
    "The promoter announced on Monday that the rematch will be held in Berlin.\n\n"
    "Other premises suffered some damage, such as smashed windows and smoke damage.\n\n"
)

# Each event's first words and the confidence a reader is shown.
SHOWN = [
    ("Wladimir Klitschko stopped", 0.95),  # sure, dated by its words, the lede
    ("Klitschko said on Sunday", 0.95),  # the same signs, the second event
    ("High winds meant", 0.68),  # third: early, but no time of its own, and a lower score
    ("The promoter announced", 0.80),  # a time of its own and a sure score, told later
    ("Other premises suffered", 0.39),  # none of the signs: background told late
]


def test_each_event_is_shown_with_the_share_right_of_its_kind() -> None:
    events = events_in(STORY, date(2012, 7, 8))
    assert len(events) == len(SHOWN)
    pairs = zip(events, SHOWN, strict=True)
    shown = [(e.primary.text[: len(words)], e.event_confidence) for e, (words, _) in pairs]
    assert shown == SHOWN


def test_the_shares_rise_with_the_signs() -> None:
    assert list(REPORTED) == sorted(REPORTED)
    assert all(0.0 < share < 1.0 for share in REPORTED)


# Ledes with no time of their own (ECB+ development articles): news gives its lede to its
# main happening, and the first event counts two points of the three.
LEDES = [
    "A GREEK police officer has been formally charged with voluntary homicide over the killing "
    "of a teenager that sparked nationwide riots, a court source said.",
    "A jury has handed down a guilty verdict for one of the two men accused of murdering a "
    "Brownsville mother of 12.",
    "Rescue operations are under way after a 6.1 magnitude earthquake hit Indonesia's Aceh "
    "province, flattening houses and causing landslides.",
]


@pytest.mark.parametrize("sentence", LEDES)
def test_a_lede_dated_by_its_article_is_shown_as_likely(sentence: str) -> None:
    (event,) = events_in(sentence, date(2008, 12, 10))
    assert event.date_basis == "publication"
    assert event.event_confidence >= REPORTED[2]
