"""Reopening a project shows the timeline it kept at once, then checks it against the files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import viewer.workspace.loading as loading
from tests.workspace.opening import loaded
from viewer.core.event_index import EventIndex
from viewer.core.model import Event
from viewer.store import Project
from viewer.store.codecs.kept_timeline import KeptTimeline, decode, encode
from viewer.workspace import SessionState, Workspace, WorkspaceError, run_load
from viewer.workspace.load_progress import PartialResults

Row = tuple[str, str, str, str, str, tuple[tuple[str, int, int], ...], int]


def _rows(events: list[Event]) -> list[Row]:
    """What the timeline shows of each event (passage text aside: kept without it)."""
    return [
        (
            e.id,
            e.date.label(),
            e.date_basis.value,
            e.title,
            e.merge_reason,
            tuple((p.document_id, p.start, p.end) for p in e.passages),
            len(e.dating),
        )
        for e in events
    ]


class _StopError(Exception):
    """Ends a load where a test has seen enough."""


def _show_kept(workspace: Workspace) -> bool:
    """What the window does on opening: the kept columns at once, then the kept events,
    which the load hands over before it reads any article (stopped right there)."""
    columns = workspace.kept_columns()
    if columns is None:
        return False
    workspace.show_columns(columns)
    inputs = workspace.load_inputs()
    handed: list[tuple[KeptTimeline, EventIndex]] = []

    def preview(kept: KeptTimeline, index: EventIndex) -> None:
        handed.append((kept, index))
        raise _StopError

    with pytest.raises(_StopError):
        run_load(inputs, preview=preview)
    workspace.show_kept(*handed[0], columns)
    return True


def test_the_kept_timeline_reads_back_as_it_was_shown(corpus: Path, tmp_path: Path) -> None:
    workspace = loaded(corpus, tmp_path / "p.tlproj")
    kept = decode(encode(workspace.documents, workspace.events))
    assert kept is not None
    assert _rows(kept.events) == _rows(workspace.events)
    assert [e.dating for e in kept.events] == [e.dating for e in workspace.events]
    shown = [(d.id, d.title, d.author, d.date, d.date_basis, d.problems) for d in kept.documents]
    assert shown == [
        (d.id, d.title, d.author, d.date, d.date_basis, d.problems) for d in workspace.documents
    ]
    workspace.close()


def test_reopening_shows_the_same_timeline_before_reading_any_article(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    expected = _rows(first.events)
    first.close()

    reopened = Workspace.open([corpus], project)

    def no_reading(*_: object, **__: object) -> object:
        raise AssertionError("read the corpus before showing the kept timeline")

    monkeypatch.setattr(loading, "read_corpus", no_reading)
    columns = reopened.kept_columns()
    assert columns is not None and sorted(columns.ids) == sorted(e.id for e in first.events)
    assert _show_kept(reopened)
    assert _rows(reopened.events) == expected
    assert reopened.state is SessionState.KEPT and not reopened.editable
    monkeypatch.undo()

    # Opening an article reads that one file, with the text the passages point into.
    event = reopened.events[0]
    doc = reopened.document(event.primary.document_id)
    assert doc is not None and doc.text
    assert doc.text[event.primary.start : event.primary.end].strip()

    with pytest.raises(WorkspaceError, match="still being read"):
        reopened.split(event.id, event.primary)
    with pytest.raises(WorkspaceError, match="still being read"):
        reopened.export_csv(tmp_path / "out.csv")

    reopened.load_all()
    assert reopened.state.checked and reopened.editable  # READY
    assert _rows(reopened.events) == expected
    reopened.export_csv(tmp_path / "out.csv")
    reopened.close()


def test_other_articles_do_not_get_this_projects_timeline(corpus: Path, tmp_path: Path) -> None:
    project = tmp_path / "p.tlproj"
    loaded(corpus, project).close()
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(next(iter(sorted(corpus.iterdir()))), other)
    workspace = Workspace.open([other], project)
    assert not _show_kept(workspace)
    workspace.close()


def test_a_changed_article_is_shown_as_kept_then_as_it_now_reads(
    corpus: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    count = len(first.events)
    first.close()
    article = sorted(corpus.iterdir())[0]
    article.write_text(
        article.read_text(encoding="utf-8") + "\n\nOn Monday the council approved 40 new buses.\n",
        encoding="utf-8",
    )
    reopened = Workspace.open([corpus], project)
    assert _show_kept(reopened)
    assert len(reopened.events) == count
    # The changed file is not shown against passages found in its old text.
    doc = reopened.document(reopened.documents[0].id)
    assert doc is not None and doc.text == ""
    reopened.load_all()
    assert len(reopened.events) == count + 1
    assert any("40 new buses" in e.primary.text for e in reopened.events)
    reopened.close()


def test_a_users_merge_is_in_the_kept_timeline(corpus: Path, tmp_path: Path) -> None:
    project = tmp_path / "p.tlproj"
    workspace = loaded(corpus, project)
    a, b = workspace.events[0], workspace.events[-1]
    workspace.merge(a.id, b.id)
    expected = _rows(workspace.events)
    workspace.close()
    reopened = Workspace.open([corpus], project)
    assert _show_kept(reopened)
    assert _rows(reopened.events) == expected
    reopened.close()


def test_a_damaged_kept_timeline_is_ignored(corpus: Path, tmp_path: Path) -> None:
    project = tmp_path / "p.tlproj"
    loaded(corpus, project).close()
    with Project.open(project) as damaged:
        damaged.keep_timeline([str(corpus)], b"not a timeline", b"nor columns")
    reopened = Workspace.open([corpus], project)
    assert reopened.kept_columns() is None
    handed: list[object] = []
    reopened.apply(run_load(reopened.load_inputs(), preview=lambda *kept: handed.append(kept)))
    assert not handed
    assert reopened.events
    reopened.close()


def test_a_load_hands_over_the_events_found_so_far(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PartialResults, "FIRST_AFTER", 0.0)
    seen: list[tuple[int, int]] = []
    workspace = Workspace.open([corpus], tmp_path / "p.tlproj")
    loaded = run_load(
        workspace.load_inputs(), partial=lambda docs, events: seen.append((len(docs), len(events)))
    )
    assert seen, "no events were handed over before the load ended"
    assert all(docs == len(loaded.documents) for docs, _ in seen)
    counts = [events for _, events in seen]
    assert counts == sorted(counts) and counts[0] > 0
    extracted = sum(len(x.events) for x in loaded.extracted.values())
    assert counts[-1] <= extracted
    workspace.close()


def test_a_timeline_kept_in_many_lines_reads_back_whole(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import viewer.store.codecs.kept_timeline as kept_timeline

    monkeypatch.setattr(kept_timeline, "CHUNK", 10)  # the seeds' 113 events in 12 lines
    workspace = loaded(corpus, tmp_path / "p.tlproj")
    kept = decode(encode(workspace.documents, workspace.events))
    assert kept is not None
    assert _rows(kept.events) == _rows(workspace.events)
    workspace.close()


def test_a_kept_timeline_cut_short_is_ignored(corpus: Path, tmp_path: Path) -> None:
    workspace = loaded(corpus, tmp_path / "p.tlproj")
    data = encode(workspace.documents, workspace.events)
    workspace.close()
    assert decode(data) is not None
    assert decode(data[: len(data) // 2]) is None
    assert decode(data[:-4]) is None


def test_a_load_leaves_the_workspace_and_the_timeline_on_screen_as_they_are(
    corpus: Path, tmp_path: Path
) -> None:
    """The load runs on another thread: until the window installs its result, the workspace
    and the kept timeline it shows are not changed, not even the passages' texts."""
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    expected = _rows(first.events)
    first.close()
    reopened = Workspace.open([corpus], project)
    columns = reopened.kept_columns()
    assert columns is not None
    reopened.show_columns(columns)
    handed: list[tuple[KeptTimeline, EventIndex]] = []
    result = run_load(reopened.load_inputs(), preview=lambda *kept: handed.append(kept))
    assert result.reused
    kept, index = handed[0]
    reopened.show_kept(kept, index, columns)
    assert reopened.state is SessionState.KEPT
    on_screen = reopened.events
    assert all(p.text == "" for e in on_screen for p in e.passages)
    # The documents on screen are the window's own: reading one there leaves the load's alone.
    shown = reopened.document(on_screen[0].primary.document_id)
    assert shown is not None and shown.text
    assert all(d.text for d in result.documents)

    reopened.apply(result)
    assert reopened.state.checked  # READY
    assert _rows(reopened.events) == expected
    assert all(p.text for e in reopened.events for p in e.passages)
    # A search finds the words of the passages, now that they are read.
    words = reopened.events[0].primary.text.split()[:3]
    row = reopened.timeline_columns().index_of(reopened.events[0].id)
    assert " ".join(words).lower().encode() in reopened.search_texts()[row]
    reopened.close()
