"""Closing a workspace whose project cannot be written just then (its disk full, the file
held by another program): keeping the timeline for a faster next opening is given up, the
project is closed all the same, and every edit saved before is there when it opens again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import SEEDS
from viewer.workspace import Workspace


def test_a_project_that_cannot_be_written_at_closing_still_closes(tmp_path: Path) -> None:
    ws = Workspace.open([SEEDS], tmp_path / "p.tlproj")
    ws.load_all()
    event_id = ws.events[0].id
    ws.edit_annotation(event_id, note="checked against the wire copy")
    ws.project._conn.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(tmp_path / "p.tlproj", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # held by another program: nothing can be written
    try:
        ws.close()  # before, "could not be saved: database is locked", and left open
        assert not ws.is_open
    finally:
        other.execute("ROLLBACK")
        other.close()
    again = Workspace.open([SEEDS], tmp_path / "p.tlproj")
    again.load_all()
    assert again.annotation(event_id).note == "checked against the wire copy"
    again.close()
