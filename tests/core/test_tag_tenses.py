"""The tenses the tagger hands back are the ones `tense_near` finds for the same spans, so
that extraction may take them instead of finding them again."""

from __future__ import annotations

from datetime import date

from viewer.core.temporal import tag
from viewer.core.temporal.context import lowercase_same_length
from viewer.core.temporal.nearest_tense import tense_near
from viewer.core.temporal.tense_cues import Tense

_TEXT = (
    "The ministers met on Tuesday and will meet again on Friday. "
    "The summit opens Monday. Talks collapsed last week, officials said on Wednesday. "
    "It arrives on Thursday, the company said."
)


def test_the_tagger_hands_back_the_tenses_it_found() -> None:
    tenses: dict[tuple[int, int], Tense] = {}
    timexes = tag(_TEXT, date(2022, 3, 9), tenses=tenses)
    assert timexes == tag(_TEXT, date(2022, 3, 9))  # asking for them changes nothing found
    assert len(tenses) >= 4  # each weekday was read against the verbs around it
    lower = lowercase_same_length(_TEXT)
    for (start, end), tense in tenses.items():
        assert tense is tense_near(_TEXT, start, end, lower)
    assert {Tense.PAST, Tense.FUTURE} <= set(tenses.values())
