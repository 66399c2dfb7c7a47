"""A project damaged by hand, value by value: each damaged row or field is named in one line
(which event, which field), the rest opens and exports, and nothing ends in a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.viewer_process import ROOT, run_viewer
from viewer.core.annotations import Status
from viewer.store import Project, ProjectError
from viewer.workspace import Workspace, WorkspaceError

SEEDS = ROOT / "seeds"
Damage = Callable[[sqlite3.Connection, list[str]], None]


def _annotation(column: str, value: object) -> Damage:
    def damage(conn: sqlite3.Connection, events: list[str]) -> None:
        conn.execute(
            f"UPDATE annotations SET {column} = ? WHERE event_id = ?", (value, events.pop())
        )

    return damage


def _dates(first: object, last: object, precision: object) -> Damage:
    def damage(conn: sqlite3.Connection, events: list[str]) -> None:
        conn.execute(
            "UPDATE annotations SET date_first = ?, date_last = ?, date_precision = ? "
            "WHERE event_id = ?",
            (first, last, precision, events.pop()),
        )

    return damage


def _table(sql: str, *params: object) -> Damage:
    def damage(conn: sqlite3.Connection, events: list[str]) -> None:
        conn.execute(sql, params)

    return damage


# Each kind of damage, with words its one line must hold.
KINDS: list[tuple[str, Damage, str]] = [
    ("a bad status", _annotation("status", "bogus"), "status “bogus”"),
    ("tags not JSON", _annotation("tags", "troops, nato"), "tags “troops, nato” are not a list"),
    ("tags an object", _annotation("tags", '{"a": 1}'), 'tags “{"a": 1}”'),
    ("tags not words", _annotation("tags", "[1, 2]"), "tags “[1, 2]”"),
    ("starred as a word", _annotation("starred", "yes"), "starred “yes”"),
    ("a note as bytes", _annotation("note", b"\x00\xff"), "note “00ff” is not text"),
    ("a title as bytes", _annotation("title", b"\x01\x02"), "title “0102” is not text"),
    ("a date not a date", _dates("soon", "2022-03-08", "day"), "first day “soon”"),
    ("an unknown precision", _dates("2022-03-08", "2022-03-08", "fortnight"), "fortnight"),
    ("a date ending first", _dates("2022-03-08", "2022-03-01", "range"), "before the first"),
    ("year 9999", _dates("9999-12-31", "9999-12-31", "week"), "outside the years 1000–2999"),
    ("a passage offset", _annotation("start", "abc"), "start “abc”"),
    (
        "your event's date",
        _table("UPDATE user_events SET date_first = 'later'"),
        "your event",
    ),
    (
        "a merge's action",
        _table("UPDATE groupings SET action = 'merge-ish'"),
        "action “merge-ish” is neither join nor split",
    ),
    (
        "a corrected publication date",
        _table("UPDATE document_dates SET value = 'yesterday'"),
        "corrected publication date “yesterday”",
    ),
    (
        "the kept timeline's sources",
        _table("UPDATE kept_timeline SET sources = 'not json'"),
        "kept timeline's sources are damaged",
    ),
]


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A seed project with an annotation on many events, an event of the user's, a split, a
    corrected publication date and a kept timeline; and the annotated events' ids."""
    folder = tmp_path_factory.mktemp("annotated")
    project = folder / "good.tlproj"
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    events = [e.id for e in ws.events[:20]]
    for n, event_id in enumerate(events):
        ws.edit_annotation(
            event_id,
            note=f"note {n}",
            tags=("t",),
            status=Status.CONFIRMED,
            starred=True,
            title=f"Title {n}",
        )
    doc = ws.documents[0]
    ws.add_event(doc.id, 0, 40)
    merged = next(e for e in ws.events if len(e.passages) > 1)
    ws.split(merged.id, merged.passages[-1])
    ws.set_document_date(ws.documents[1].id, date(2022, 3, 9))
    ws.close()
    return project, events


def _damaged(annotated: tuple[Path, list[str]], tmp_path: Path, kinds: list[Damage]) -> Path:
    source, events = annotated
    project = tmp_path / "damaged.tlproj"
    project.write_bytes(source.read_bytes())
    conn = sqlite3.connect(project)
    pending = list(events)
    for damage in kinds:
        damage(conn, pending)
    conn.commit()
    conn.close()
    return project


def test_fifteen_kinds_of_damage_one_line_each_and_the_rest_exports(
    annotated: tuple[Path, list[str]], tmp_path: Path
) -> None:
    project = _damaged(annotated, tmp_path, [damage for _, damage, _ in KINDS])
    out = tmp_path / "e.csv"
    result = run_viewer(
        "export", str(SEEDS), "--project", str(project), "--csv", str(out), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for kind, _, words in KINDS:
        assert sum(words in line for line in lines) == 1, (kind, result.stderr)
    assert len(lines) == len(KINDS), result.stderr
    assert all(line.startswith("timeline-viewer: damaged.tlproj: ") for line in lines)
    # Fields that were not damaged still export: every note but the one made unreadable.
    notes = out.read_text(encoding="utf-8")
    assert sum(f"note {n}" in notes for n in range(20)) >= 18


@pytest.mark.parametrize(("kind", "damage", "words"), KINDS, ids=[k for k, _, _ in KINDS])
def test_each_kind_alone_opens_with_its_line(
    annotated: tuple[Path, list[str]], tmp_path: Path, kind: str, damage: Damage, words: str
) -> None:
    project = _damaged(annotated, tmp_path, [damage])
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    try:
        assert [p for p in ws.project.problems if words in p] == ws.project.problems[:1]
        assert len(ws.project.problems) == 1
        assert ws.events
    finally:
        ws.close()


def test_a_damaged_history_line_is_named_and_the_rest_kept(
    annotated: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _, events = annotated
    project = _damaged(annotated, tmp_path, [])
    with Project.open(project) as store:
        store.add_history(events[0], "checked")
        store.add_history(events[0], "checked again")
    conn = sqlite3.connect(project)
    conn.execute("UPDATE history SET at = ? WHERE message = 'checked'", (b"\x01",))
    conn.commit()
    conn.close()
    with Project.open(project) as store:
        assert [m for _, m in store.history(events[0])] == ["checked again"]
        assert len(store.problems) == 1 and events[0] in store.problems[0]


def test_editing_an_event_whose_saved_annotation_cannot_be_placed_is_refused(
    annotated: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _, events = annotated
    project = _damaged(annotated, tmp_path, [_annotation("start", "abc")])
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    try:
        with pytest.raises(WorkspaceError, match="is damaged: it was not changed"):
            ws.edit_annotation(events[-1], note="mine")
    finally:
        ws.close()


@pytest.mark.parametrize("table", ["annotations", "user_events", "document_dates", "history"])
def test_a_dropped_table_is_refused_with_one_line(
    annotated: tuple[Path, list[str]], tmp_path: Path, table: str
) -> None:
    project = _damaged(annotated, tmp_path, [_table(f"DROP TABLE {table}")])
    before = project.read_bytes()
    with pytest.raises(ProjectError) as caught:
        Project.open(project)
    assert str(caught.value) == f"damaged.tlproj is damaged: its {table} table is missing"
    assert project.read_bytes() == before


def test_a_read_only_project_opens_read_only_and_refuses_edits(
    annotated: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _, events = annotated
    project = _damaged(annotated, tmp_path, [])
    before = project.read_bytes()
    with Project.open(project, read_only=True) as store:
        assert store.read_only
        assert store.annotations()[events[0]].note == "note 0"
        store.set_sources(["/elsewhere"])  # kept for speed only: quietly not written
        anchor = store.annotations()[events[0]].anchor
        with pytest.raises(ProjectError, match="read-only: nothing can be saved"):
            store.update_annotation(events[0], anchor, {"note": "mine"})
        with pytest.raises(ProjectError, match="read-only: nothing can be saved"):
            store.delete_annotation(events[0])
    assert project.read_bytes() == before
