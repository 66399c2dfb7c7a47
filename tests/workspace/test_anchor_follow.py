"""An annotation moves with its passage when the file changes around it, and says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = "003_4562f5bd9218622e.txt"
WORDS = "met in Bucharest"
INSERTED = "An editor's note added after publication, with no date in it.\n\n"


def _open(corpus: Path, project: Path) -> Workspace:
    workspace = Workspace.open([corpus], project)
    workspace.load_all()
    return workspace


def _annotated(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """A copy of the seeds, a project with a note on one event, and that event's quote."""
    corpus, project = tmp_path / "corpus", tmp_path / "p.tlproj"
    shutil.copytree(SEEDS, corpus)
    ws = _open(corpus, project)
    (event,) = [e for e in ws.events if any(WORDS in p.text for p in e.passages)]
    ws.edit_annotation(event.id, note="check the date")
    quote = ws.annotation(event.id).anchor.quote
    ws.close()
    return corpus, project, event.id, quote


def _edit(corpus: Path, change: str) -> None:
    path = corpus / ARTICLE
    text = path.read_text(encoding="utf-8")
    start = text.index("NATO foreign ministers met")
    paragraph = text.rindex("\n\n", 0, start) + 2
    end = text.index("\n", start)
    if change == "before":
        text = text[:paragraph] + INSERTED + text[paragraph:]
    elif change == "after":
        text = text[:end] + "\n\n" + INSERTED + text[end:]
    path.write_text(text, encoding="utf-8")


def test_text_inserted_before_moves_the_anchor_and_the_history_says_so(tmp_path: Path) -> None:
    corpus, project, event_id, quote = _annotated(tmp_path)
    _edit(corpus, "before")
    ws = _open(corpus, project)
    try:
        note = ws.annotation(event_id)
        text = ws.documents_by_id[ARTICLE].text
        assert note.note == "check the date"
        assert text[note.anchor.start : note.anchor.end] == quote
        assert note.anchor.start == ws.event(event_id).primary.start
        (line,) = ws.history(event_id)
        assert f"moved {len(INSERTED)} characters later" in line
        assert ws.orphans() == []
    finally:
        ws.close()
    # The move was saved: reopening finds the anchor in place and adds nothing to the history.
    ws = _open(corpus, project)
    try:
        assert len(ws.history(event_id)) == 1
    finally:
        ws.close()


def test_text_inserted_after_leaves_the_anchor_where_it_was(tmp_path: Path) -> None:
    corpus, project, event_id, quote = _annotated(tmp_path)
    _edit(corpus, "after")
    ws = _open(corpus, project)
    try:
        note = ws.annotation(event_id)
        assert ws.documents_by_id[ARTICLE].text[note.anchor.start : note.anchor.end] == quote
        assert ws.history(event_id) == []
        assert note.note == "check the date"
    finally:
        ws.close()
