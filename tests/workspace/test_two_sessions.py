"""Two sessions on one project (two windows, or a window and an import) keep each other's
edits: each writes only the fields it changed, picks up what the other saved, and an undo
never puts an older value over a newer one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.viewer_process import ROOT
from viewer.core.annotations import Status
from viewer.store import Project
from viewer.workspace import Workspace, WorkspaceError

SEEDS = ROOT / "seeds"
EDITS = 20


def _open(project: Path) -> Workspace:
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    return ws


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    project = tmp_path / "shared.tlproj"
    _open(project).close()
    first, second = _open(project), _open(project)
    yield first, second
    first.close()
    second.close()


def test_edits_of_different_fields_of_one_event_are_both_kept(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two
    event_id = a.events[0].id
    a.edit_annotation(event_id, note="from a")
    b.edit_annotation(event_id, status=Status.CONFIRMED, tags=("b",))  # b never saw a's note
    a.edit_annotation(event_id, starred=True)
    with Project.open(a.project.path) as store:
        stored = store.annotations()[event_id]
    assert (stored.note, stored.status, stored.tags, stored.starred) == (
        "from a",
        Status.CONFIRMED,
        ("b",),
        True,
    )


def test_a_note_and_tags_typed_in_both_sessions_at_once_keep_both(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two
    event_id = a.events[0].id
    a.edit_typed(event_id, "note", "", "from a")
    a.edit_typed(event_id, "tags", (), ("x", "y"))
    b.edit_typed(event_id, "note", "", "from b")  # b never saw a's note nor its tags
    b.edit_typed(event_id, "tags", (), ("z",))
    with Project.open(a.project.path) as store:
        stored = store.annotations()[event_id]
        history = [line for _at, line in store.history(event_id)]
    assert (stored.note, stored.tags) == ("from b\n\nfrom a", ("x", "y", "z"))
    assert history == ["Note typed here and in another window at once: both texts kept"]


def test_each_session_picks_up_what_the_other_saved(two: tuple[Workspace, Workspace]) -> None:
    a, b = two
    event_id = a.events[1].id
    assert not b.pick_up_changes()
    a.edit_annotation(event_id, note="seen by b", tags=("x",))
    picked = b.pick_up_changes()
    assert [c.event_id for c in picked.annotations] == [event_id]
    assert picked.annotations[0].fields == {"note", "tags"}
    assert b.annotation(event_id).note == "seen by b"
    assert not b.pick_up_changes()  # nothing new since


def test_a_corrected_date_elsewhere_moves_the_event_here(two: tuple[Workspace, Workspace]) -> None:
    a, b = two
    from viewer.core.model import DateValue

    event_id = a.events[0].id
    a.edit_annotation(event_id, date=DateValue.day(date(2030, 1, 1)))
    b.pick_up_changes()
    assert b.events[-1].id == event_id


def test_an_undo_keeps_a_newer_value_from_elsewhere(two: tuple[Workspace, Workspace]) -> None:
    a, b = two
    event_id = a.events[2].id
    change = a.edit_annotation(event_id, note="a's first thought")
    b.pick_up_changes()
    b.edit_annotation(event_id, note="b's better note")
    with pytest.raises(WorkspaceError, match="changed in another window since"):
        a.undo_annotation(change)
    a.pick_up_changes()
    assert a.annotation(event_id).note == "b's better note"
    # An undo whose field nobody else touched goes through.
    own = a.edit_annotation(event_id, status=Status.DISPUTED)
    a.undo_annotation(own)
    assert a.annotation(event_id).status is Status.UNREVIEWED


def test_merges_splits_and_dates_made_elsewhere_rebuild_the_events(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two
    merged = next(e for e in a.events if len(e.passages) > 1)
    a.split(merged.id, merged.passages[-1])
    picked = b.pick_up_changes()
    assert picked.rebuilt
    assert len(b.event(merged.id).passages) == len(merged.passages) - 1
    doc = a.documents[1]
    a.set_document_date(doc.id, date(2022, 3, 1))
    assert b.pick_up_changes().rebuilt
    assert b.documents_by_id[doc.id].date == date(2022, 3, 1)


# One session of a process: opens the shared project, waits for "go", makes its edits
# (printing each once saved), then picks up the other's and prints what it sees.
CHILD = """
import json, random, sys, time
from pathlib import Path
from viewer.core.annotations import Status
from viewer.workspace import Workspace

role, project, seeds, count = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
ws = Workspace.open([seeds], project)
ws.load_all()
events = [e.id for e in ws.events[:count]]
print("ready", flush=True)
sys.stdin.readline()
rng = random.Random(role)
for i, event_id in enumerate(events):
    if role == "a":
        ws.edit_annotation(event_id, note=f"a{i}")
        ws.edit_annotation(event_id, starred=True)
    else:
        ws.edit_annotation(event_id, status=Status.CONFIRMED, tags=(f"b{i}",))
        ws.edit_annotation(event_id, title=f"Title by b {i}")
    print("saved", i, flush=True)
    time.sleep(rng.uniform(0, 0.02))
time.sleep(0.3)
ws.pick_up_changes()
seen = {e: [ws.annotation(e).note, ws.annotation(e).status.value, list(ws.annotation(e).tags),
            ws.annotation(e).starred, ws.annotation(e).title] for e in events}
print(json.dumps(seen), flush=True)
ws.close()
"""


def test_two_processes_editing_the_same_events_lose_nothing(tmp_path: Path) -> None:
    project = tmp_path / "shared.tlproj"
    _open(project).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, role, str(project), str(SEEDS), str(EDITS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for role in ("a", "b")
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        lines = out.splitlines()
        assert lines[:EDITS] == [f"saved {i}" for i in range(EDITS)]  # every edit acknowledged
        outputs.append(json.loads(lines[-1]))

    with Project.open(project) as store:
        stored = store.annotations()
    events = list(outputs[0])
    assert len(events) == EDITS
    expected = {
        event_id: [f"a{i}", "confirmed", [f"b{i}"], True, f"Title by b {i}"]
        for i, event_id in enumerate(events)
    }
    found = {
        e: [a.note, a.status.value, list(a.tags), a.starred, a.title]
        for e, a in stored.items()
        if e in expected
    }
    assert found == expected  # not one acknowledged edit lost
    assert outputs[0] == expected and outputs[1] == expected  # each sees the other's


def test_a_date_corrected_elsewhere_is_shown_after_an_edit_here_that_rebuilt_first(
    two: tuple[Workspace, Workspace],
) -> None:
    """An edit here rebuilt the events with the other window's correction not yet read:
    the article kept its old date here for good, its events dated by it."""
    a, b = two
    doc = a.documents[1]
    a.set_document_date(doc.id, date(2022, 3, 1))
    single = [e for e in b.events if len(e.passages) == 1]
    b.merge(single[0].id, single[1].id)  # before b looked at what a saved
    b.pick_up_changes()
    assert b.documents_by_id[doc.id].date == date(2022, 3, 1)
    dated = sorted((e.id, e.date) for e in a.events if e.primary.document_id == doc.id)
    assert sorted((e.id, e.date) for e in b.events if e.primary.document_id == doc.id) == dated
