"""The recipe of a kept timeline: a timeline with merges or splits by hand made before a
split gave each event its own title and id is made again; any other is reused as it was."""

from __future__ import annotations

from viewer.core.annotations import GroupAction, Grouping
from viewer.core.versions import EXTRACTOR_VERSION, MERGE_VERSION, READER_VERSION
from viewer.store.codecs.annotation_rows import grouping_row
from viewer.store.codecs.recipe import recipe_key, timeline_recipe


def _before(groupings: list[Grouping]) -> str:
    """The recipe as it was written before how groupings apply was part of it."""
    return recipe_key(
        {
            "extractor": EXTRACTOR_VERSION,
            "merge": MERGE_VERSION,
            "reader": READER_VERSION,
            "annotations": [],
            "user_events": [],
            "groupings": [grouping_row(g) for g in groupings],
        }
    )


def test_a_timeline_with_a_split_made_before_is_made_again() -> None:
    groupings = [Grouping("e1", GroupAction.JOIN, "e2"), Grouping("e2", GroupAction.SPLIT)]
    assert timeline_recipe({}, [], groupings) != _before(groupings)


def test_a_timeline_with_no_merge_or_split_by_hand_is_reused() -> None:
    assert timeline_recipe({}, [], []) == _before([])
