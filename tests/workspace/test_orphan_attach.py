"""Attaching an orphan through the workspace: saved at once, undone and redone as a whole,
refused when another window took the orphan first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from viewer.core.annotations import Status
from viewer.workspace import Workspace, WorkspaceError

ARTICLE = "003_4562f5bd9218622e.txt"
WAS = "NATO foreign ministers met in Bucharest, Romania on Tuesday, along with"
NOW = "The alliance held talks in the Romanian capital on Tuesday with"


def _orphaned(seeds: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    corpus, project = tmp_path / "corpus", tmp_path / "p.tlproj"
    shutil.copytree(seeds, corpus)
    ws = Workspace.open([corpus], project_path=project)
    ws.load_all()
    (old,) = [e.id for e in ws.events if any(WAS in p.text for p in e.passages)]
    ws.edit_annotation(old, note="kept", status=Status.DISPUTED)
    ws.close()
    path = corpus / ARTICLE
    text = path.read_text(encoding="utf-8").replace(WAS, NOW)
    path.write_text(text.replace("members Ukraine, Finland and Sweden", "envoys"), "utf-8")
    return corpus, project, old


def _opened(corpus: Path, project: Path) -> Workspace:
    ws = Workspace.open([corpus], project_path=project)
    ws.load_all()
    return ws


def test_attach_undo_and_redo_each_saved_as_a_whole(seeds: Path, tmp_path: Path) -> None:
    corpus, project, old = _orphaned(seeds, tmp_path)
    ws = _opened(corpus, project)
    (new,) = [e.id for e in ws.events if any(NOW in p.text for p in e.passages)]
    assert [o.event_id for o in ws.orphans()] == [old]

    done = ws.attach_orphan(old, new)
    assert ws.orphans() == []
    assert (ws.annotation(new).note, ws.annotation(new).status) == ("kept", Status.DISPUTED)
    assert any("Attached" in line for line in ws.history(new))

    ws.undo_attach(done)
    assert [o.event_id for o in ws.orphans()] == [old]
    assert ws.annotation(new).note == ""
    ws.close()
    again = _opened(corpus, project)  # the undo is what the project keeps
    assert [o.event_id for o in again.orphans()] == [old]

    done = again.attach_orphan(old, new)
    again.undo_attach(done)
    again.redo_attach(done)
    again.close()
    last = _opened(corpus, project)
    assert last.orphans() == []
    assert last.annotation(new).note == "kept"
    last.close()


def test_an_orphan_another_window_attached_is_not_attached_twice(
    seeds: Path, tmp_path: Path
) -> None:
    corpus, project, old = _orphaned(seeds, tmp_path)
    mine, theirs = _opened(corpus, project), _opened(corpus, project)
    (new,) = [e.id for e in mine.events if any(NOW in p.text for p in e.passages)]
    theirs.attach_orphan(old, new)

    with pytest.raises(WorkspaceError, match="another window"):
        mine.attach_orphan(old, new)
    assert [o.event_id for o in mine.orphans()] == [old]  # nothing changed here
    mine.close()
    theirs.close()


def test_the_event_shows_the_history_the_orphan_had(seeds: Path, tmp_path: Path) -> None:
    corpus, project = tmp_path / "corpus", tmp_path / "p.tlproj"
    shutil.copytree(seeds, corpus)
    path = corpus / ARTICLE
    ws = _opened(corpus, project)
    (old,) = [e.id for e in ws.events if any(WAS in p.text for p in e.passages)]
    ws.edit_annotation(old, note="kept")
    ws.close()
    text = path.read_text(encoding="utf-8")  # a line added above: the annotation follows
    path.write_text(text.replace("NATO foreign", "An editor's note.\n\nNATO foreign", 1), "utf-8")
    ws = _opened(corpus, project)
    (line,) = ws.history(old)
    moved = line.split(" ", 1)[1]  # without its day
    ws.close()
    path.write_text(path.read_text(encoding="utf-8").replace(WAS, NOW), "utf-8")
    ws = _opened(corpus, project)
    (new,) = [e.id for e in ws.events if any(NOW in p.text for p in e.passages)]
    done = ws.attach_orphan(old, new)
    lines = ws.history(new)
    assert lines[0].endswith(f"On the orphaned annotation: {moved}")
    assert "Attached" in lines[-1]

    ws.undo_attach(done)  # the orphan has its own past again, and the event not the orphan's
    assert ws.history(old) == [line]
    assert moved not in " ".join(ws.history(new))
    ws.redo_attach(done)
    assert sum(moved in line for line in ws.history(new)) == 1
    ws.close()
