"""Reopening unchanged articles takes the timeline the project kept: nothing is extracted or
merged again, and it is the timeline a load from scratch would give, passage texts and all."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

import viewer.store.codecs.kept_timeline as kept_timeline
import viewer.workspace.loading as loading
import viewer.workspace.merged_events as merged_events
from tests.workspace.opening import loaded
from viewer import cli
from viewer.core.annotations import GroupAction, Grouping
from viewer.core.model import Event, passage_id
from viewer.store import Project
from viewer.workspace import Workspace

Row = tuple[str, str, str, str, str, str, tuple[tuple[str, int, int, str], ...], int]


def _rows(events: list[Event]) -> list[Row]:
    """Everything a user sees of each event, passage texts included."""
    return [
        (
            e.id,
            e.date.label(),
            e.date_basis.value,
            e.title,
            e.merge_reason,
            e.date_conflict,
            tuple((p.document_id, p.start, p.end, p.text) for p in e.passages),
            len(e.dating),
        )
        for e in events
    ]


def _no_extracting(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> object:
        raise AssertionError("extracted or merged again, though nothing changed")

    monkeypatch.setattr(loading, "extract_events", refuse)
    monkeypatch.setattr(loading, "merged_by_plan", refuse)
    monkeypatch.setattr(merged_events, "extract_all", refuse)
    monkeypatch.setattr(merged_events, "merged_by_plan", refuse)


def _from_scratch(corpus: Path, project: Path, tmp_path: Path) -> list[Row]:
    """The same articles and user work, loaded with no kept timeline at all."""
    copy = tmp_path / "scratch.tlproj"
    shutil.copy(project, copy)
    with Project.open(copy) as plain:
        plain.keep_timeline([], b"", b"")
    workspace = loaded(corpus, copy)
    rows = _rows(workspace.events)
    workspace.project.close()
    return rows


def test_unchanged_articles_reopen_without_extracting_or_merging(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    expected = _rows(first.events)
    first.close()

    _no_extracting(monkeypatch)
    reopened = loaded(corpus, project)
    monkeypatch.undo()

    assert _rows(reopened.events) == expected
    for event in reopened.events:
        for p in event.passages:
            doc = reopened.documents_by_id[p.document_id]
            assert doc.visible.reading(p.start, p.end) == p.text != ""
            assert doc.text[p.start : p.end] == p.source_text
    # Clicking a passage in an article finds its event.
    event = reopened.events[0]
    assert event in reopened.events_at(event.primary.document_id, event.primary.start)
    reopened.close()
    assert expected == _from_scratch(corpus, project, tmp_path)


def test_a_reused_timeline_can_be_merged_and_split_as_before(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    a, b = first.events[0], first.events[-1]
    first.merge(a.id, b.id)
    first.close()

    _no_extracting(monkeypatch)
    reopened = loaded(corpus, project)
    monkeypatch.undo()
    joined = reopened.event(a.id)
    assert {p.document_id for p in joined.passages} >= {b.primary.document_id}

    # The user's merge is in the kept timeline: splitting it out needs the automatic merge,
    # made again from the cache, and gives what a workspace that never reused would give.
    reopened.split(joined.id, joined.passages[-1])
    after = _rows(reopened.events)
    reopened.close()
    assert after == _from_scratch(corpus, project, tmp_path)
    assert any(row[0] == b.id for row in after)


def test_a_merge_saved_after_the_timeline_was_kept_is_shown(corpus: Path, tmp_path: Path) -> None:
    # A crash after an edit: the project has the edit, its kept timeline does not.
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    a, b = first.events[0], first.events[-1]
    first.close()
    with Project.open(project) as store:
        store.save_grouping(
            Grouping(
                passage_id(b.primary.document_id, b.primary.text),
                GroupAction.JOIN,
                passage_id(a.primary.document_id, a.primary.text),
            )
        )
    reopened = loaded(corpus, project)
    assert not reopened.has_event(b.id)
    assert len(reopened.event(a.id).passages) == len(a.passages) + len(b.passages)
    reopened.close()


def test_a_date_corrected_after_the_timeline_was_kept_redates_its_events(
    corpus: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    doc = first.documents[1]
    relative = [
        e for e in first.events if e.primary.document_id == doc.id and e.date_basis == "relative"
    ]
    assert relative
    first.close()
    with Project.open(project) as store:
        store.set_document_date(doc.id, date(2023, 3, 9))
    reopened = loaded(corpus, project)
    assert reopened.documents_by_id[doc.id].date == date(2023, 3, 9)
    for event in relative:
        assert reopened.event(event.id).date.first.year == 2023
    reopened.close()


def test_closing_a_reused_timeline_does_not_keep_it_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    loaded(corpus, project).close()
    reopened = loaded(corpus, project)

    def refuse(*_: object, **__: object) -> bytes:
        raise AssertionError("the unchanged timeline was encoded again at closing")

    monkeypatch.setattr(kept_timeline, "encode", refuse)
    reopened.close()


def test_a_note_saved_after_the_timeline_was_kept_is_not_lost(corpus: Path, tmp_path: Path) -> None:
    # A crash after a note: the project has the note, its kept timeline does not.
    project = tmp_path / "p.tlproj"
    first = loaded(corpus, project)
    event = first.events[3]
    annotation = dataclasses.replace(first.annotation(event.id), note="checked by phone")
    first.close()
    with Project.open(project) as store:
        store.save_annotation(annotation)
    reopened = loaded(corpus, project)
    assert reopened.annotation(event.id).note == "checked by phone"
    columns = reopened.timeline_columns()
    assert bool(columns.has_note[columns.index_of(event.id)])
    reopened.close()


def _refuse_keeping(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> bytes:
        raise AssertionError("the timeline was kept in a project thrown away once closed")

    monkeypatch.setattr(kept_timeline, "encode", refuse)


def test_a_project_closed_without_keeping_keeps_no_timeline(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refuse_keeping(monkeypatch)
    loaded(corpus, tmp_path / "p.tlproj").close(keep=False)


@pytest.mark.parametrize("own_project", [False, True])
def test_an_export_keeps_the_timeline_only_in_the_users_project(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_project: bool
) -> None:
    kept: list[bool] = []
    close = Workspace.close

    def closing(workspace: Workspace, keep: bool = True) -> None:
        kept.append(keep)
        close(workspace, keep)

    monkeypatch.setattr(Workspace, "close", closing)
    project = ["--project", str(tmp_path / "p.tlproj")] if own_project else []
    out = tmp_path / "out.json"
    assert cli.main(["export", str(corpus), "--json", str(out), *project]) == 0
    assert kept == [own_project] and out.is_file()
