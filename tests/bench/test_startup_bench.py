"""The start-up benchmark's launches: `python -m viewer` on the seeds paints its kept
timeline in its first frame, with nothing heavy loaded; a bare window paints too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.startup_bench import keep_seeds_timeline, launch


def test_a_reopened_seeds_project_paints_its_timeline_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    events = keep_seeds_timeline(tmp_path)  # sets XDG_DATA_HOME: monkeypatched back after
    seconds, report = launch("viewer", tmp_path)
    assert report == {"events": events, "loaded": []}
    assert seconds > 0
    _, bare = launch("bare", tmp_path / "bare")
    assert bare == {"events": 0, "loaded": []}
