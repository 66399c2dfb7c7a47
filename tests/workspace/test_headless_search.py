"""A load with no window (the command line's) leaves what a search matches to be made when a
search first asks: it then matches exactly what a window's load made with the timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from viewer.core.timeline import TimelineData
from viewer.store.codecs import timeline_columns
from viewer.workspace import Workspace, run_load


def test_a_search_after_a_headless_load_matches_what_a_windows_load_made(
    corpus: Path, tmp_path: Path
) -> None:
    headless = Workspace.open([corpus], tmp_path / "headless.tlproj")
    headless.load_all()
    windowed = Workspace.open([corpus], tmp_path / "windowed.tlproj")
    loaded = run_load(windowed.load_inputs())
    assert loaded.shown is not None and loaded.shown.searchable is not None
    windowed.apply(loaded)
    assert [e.id for e in headless.events] == [e.id for e in windowed.events]
    assert list(headless.search_texts()) == list(windowed.search_texts())
    # A seed's words, as a reader types them, find their event.
    event = headless.events[0]
    row = headless.timeline_columns().index_of(event.id)
    words = " ".join(event.primary.text.split()[:3]).lower().encode()
    assert words in headless.search_texts()[row]
    headless.close()
    windowed.close()


def test_a_headless_load_makes_the_columns_only_when_asked_and_as_a_window_has_them(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    from_events = TimelineData.from_events.__func__  # type: ignore[attr-defined]

    def counted(cls: type[TimelineData], *args: Any) -> TimelineData:
        made.append(1)
        return from_events(cls, *args)  # type: ignore[no-any-return]

    windowed = Workspace.open([corpus], tmp_path / "windowed.tlproj")
    windowed.apply(run_load(windowed.load_inputs()))
    monkeypatch.setattr(TimelineData, "from_events", classmethod(counted))
    headless = Workspace.open([corpus], tmp_path / "headless.tlproj")
    headless.load_all()
    assert not made  # an export of these events needs no columns
    asked = timeline_columns.to_bytes(headless.timeline_columns())
    assert len(made) == 1
    assert asked == timeline_columns.to_bytes(windowed.timeline_columns())
    headless.close()
    windowed.close()
