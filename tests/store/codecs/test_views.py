"""Named views and the strip's display survive the project, and what cannot be read is left
out rather than stopping the window."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.core.lanes import LaneKind
from viewer.core.timeline_display import TimelineDisplay
from viewer.store.codecs import views
from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_a_filter_round_trips_and_unknown_statuses_are_ignored() -> None:
    f = Filter(
        "a b",
        date(2022, 3, 1),
        None,
        frozenset({"x"}),
        frozenset({"t"}),
        frozenset(Status),
        True,
        True,
    )
    assert views.filter_from_json(views.filter_to_json(f)) == f
    assert views.filter_from_json(views.filter_to_json(Filter())) == Filter()
    stored = '{"statuses": ["bogus", "confirmed"]}'
    assert views.filter_from_json(stored).statuses == {Status.CONFIRMED}


def test_named_views_keep_their_names_and_an_unreadable_one_is_left_out() -> None:
    kept = {"Summit": Filter(text="madrid"), "Stars": Filter(starred_only=True)}
    text = views.encode_named_views(kept)
    assert views.decode_named_views(text) == kept
    damaged = json.loads(text) | {"Broken": "[1, 2]", "Worse": "{not json"}
    assert views.decode_named_views(json.dumps(damaged)) == kept
    assert views.decode_named_views("{nonsense") == {}
    assert views.decode_named_views(None) == {}


def test_the_display_round_trips_and_a_damaged_one_is_none() -> None:
    display = TimelineDisplay(key_only=True, threshold=0.3, lanes=LaneKind.TAG)
    assert views.decode_display(views.encode_display(display)) == display
    assert views.decode_display(None) is None
    assert views.decode_display('{"key_only": true}') is None
    assert views.decode_display('{"key_only": 1, "threshold": 7, "lanes": "status"}') == (
        TimelineDisplay(True, 1.0, LaneKind.STATUS)
    )


def test_a_workspace_keeps_views_and_display_for_its_next_opening(tmp_path: Path) -> None:
    project = tmp_path / "p.tlproj"
    workspace = Workspace.open([SEEDS], project)
    assert workspace.named_views() == {}
    assert workspace.timeline_display() is None
    workspace.save_named_view("Summit", Filter(text="madrid"))
    workspace.save_named_view("Troops", Filter(text="troops"))
    workspace.save_named_view("Summit", Filter(text="madrid", starred_only=True))
    workspace.set_timeline_display(TimelineDisplay(True, 0.6, LaneKind.SOURCE))
    workspace.close()
    again = Workspace.open([SEEDS], project)
    assert again.named_views() == {
        "Summit": Filter(text="madrid", starred_only=True),
        "Troops": Filter(text="troops"),
    }
    assert again.timeline_display() == TimelineDisplay(True, 0.6, LaneKind.SOURCE)
    again.close()
