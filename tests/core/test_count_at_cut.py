"""A main clause cut before "after" or "before" is titled without the count it ends on: "The
minister resigned a day | after the report was published on Monday" is "The minister
resigned", not "The minister resigned a day" (ECB+ development, 19_5ecbplus: "… about 12:30
a.m. Tuesday — more than four hours | after …")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The minister resigned a day after the report was published on Monday.",
            "The minister resigned",
        ),
        (
            "The man died in hospital three days after the attack on Saturday.",
            "The man died in hospital",
        ),
        (
            "The company collapsed weeks after it issued a profit warning in January.",
            "The company collapsed",
        ),
        # As before: a count of what the clause tells, with no cut after it.
        ("The trial lasted three weeks in January.", "The trial lasted three weeks in January"),
    ],
)
def test_a_count_before_the_cut_leaves_with_it(sentence: str, title: str) -> None:
    titles = [e.title for e in events_in(sentence, _WRITTEN)]
    assert title in titles, titles
