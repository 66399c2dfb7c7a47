"""The project keeps its merge plan, so reopening does not merge again, with the same result."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

import viewer.workspace.merged_events as merged_events
from tests.core.test_merge import _single
from viewer.core.versions import MERGE_VERSION
from viewer.store.codecs import merge_plan
from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _timeline(project: Path) -> list[tuple[str, str, tuple[str, ...], str]]:
    workspace = Workspace.open([SEEDS], project)
    workspace.load_all()
    events = [
        (e.id, e.date.first.isoformat(), tuple(p.key() for p in e.passages), e.merge_reason)
        for e in workspace.events
    ]
    workspace.close()
    return events


def test_reopening_uses_the_kept_plan_and_shows_the_same_timeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    first = _timeline(project)
    assert any(len(passages) > 1 for _, _, passages, _ in first)

    def no_merging(*_: object) -> object:
        raise AssertionError("merged again although the project kept its plan")

    monkeypatch.setattr(merged_events, "plan_merge", no_merging)
    assert _timeline(project) == first


def test_a_damaged_plan_is_made_again(tmp_path: Path) -> None:
    project = tmp_path / "p.tlproj"
    first = _timeline(project)
    workspace = Workspace.open([SEEDS], project)
    workspace.project.set_setting(merge_plan.SETTING, '{"key": 12, "groups": "nonsense"}')
    workspace.close()
    assert _timeline(project) == first


def test_a_plan_s_key_is_the_digest_of_its_events_lines_as_projects_kept_it() -> None:
    """The key a project's kept plan is found by: the digest of the merge version, then a
    line per event (its id and its first and last days), as plans already kept were keyed."""
    events = [_single("a.txt", "One", date(2022, 3, 7)), _single("b.txt", "Two", date(2022, 6, 29))]
    digest = hashlib.sha1(MERGE_VERSION.encode())
    for event in events:
        digest.update(f"{event.id}@{event.date.first}/{event.date.last}\n".encode())
    assert merge_plan.plan_key(events) == digest.hexdigest()
    assert merge_plan.plan_key([]) == hashlib.sha1(MERGE_VERSION.encode()).hexdigest()
