"""A file of the same name added from another folder leaves the open article's work shown."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NAME = "003_4562f5bd9218622e.txt"  # an article of the seeds
OTHER = "001_a77c1693b97e3827.txt"


def _event_with(workspace: Workspace, words: str) -> str:
    (found,) = [e.id for e in workspace.events if any(words in p.text for p in e.passages)]
    return found


def test_an_article_keeps_its_name_and_its_work_when_a_namesake_is_added(
    tmp_path: Path,
) -> None:
    """Adding b/NAME beside a/NAME renamed the open article "a/NAME": its note showed as an
    orphan, its corrected publication date went back, and nothing said so."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    shutil.copy(SEEDS / NAME, first / NAME)
    shutil.copy(SEEDS / OTHER, first / OTHER)
    shutil.copy(SEEDS / OTHER, second / NAME)  # another article under the same name
    project = tmp_path / "p.tlproj"
    ws = Workspace.open([first], project)
    ws.load_all()
    event_id = _event_with(ws, "met in Bucharest")
    ws.edit_annotation(event_id, note="checked against the ministry's release")
    ws.set_document_date(NAME, date(2022, 11, 28))
    ws.close()

    ws = Workspace.open([first, second / NAME], project)
    ws.load_all()
    known = ws.document(NAME)
    assert known is not None and known.path == str(first / NAME)
    assert ws.document(f"b/{NAME}") is not None
    event = ws.event(_event_with(ws, "met in Bucharest"))
    assert ws.annotation(event.id).note == "checked against the ministry's release"
    assert known.date == date(2022, 11, 28)
    assert not ws.orphans()
    ws.close()
