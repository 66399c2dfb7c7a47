"""The event list model: a valid Qt model over the workspace, a view over the filters' mask."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from viewer.core import filters
from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.core.model import DateValue, Precision
from viewer.core.source_names import document_label, short_date
from viewer.ui.event_model import EVENT_ID_ROLE, SENTENCE_ROLE, Column, EventTableModel
from viewer.workspace import Workspace


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    qtmodeltester.check(model)
    assert model.rowCount() == len(workspace.events) > 0


def test_rows_show_date_at_its_precision_title_and_source_by_name(workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    for row, event in enumerate(workspace.events):
        assert model.index(row, Column.DATE).data() == short_date(event.date)
        assert model.index(row, Column.TITLE).data() == event.title
        doc = workspace.documents_by_id[event.primary.document_id]
        source = model.index(row, Column.SOURCES).data()
        assert source.startswith(document_label(doc)) and doc.id not in source
        assert doc.id in model.index(row, Column.SOURCES).data(Qt.ItemDataRole.ToolTipRole)
        assert model.index(row, 0).data(EVENT_ID_ROLE) == event.id
        sentence = model.index(row, Column.TITLE).data(SENTENCE_ROLE)
        assert sentence == " ".join(event.primary.text.split())


def test_star_status_note_and_tags_show_at_a_glance(workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    event = workspace.events[0]
    workspace.edit_annotation(
        event.id, starred=True, status=Status.DISPUTED, note="check", tags=("nato",)
    )
    model.refresh_event(event.id)
    row = model.row_of(event.id)
    assert row is not None
    assert model.index(row, Column.STAR).data() == "★"
    assert model.index(row, Column.STATUS).data() == "?"
    assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Disputed"
    assert model.index(row, Column.TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "✎" in model.index(row, Column.MARKS).data()
    assert "#nato" in model.index(row, Column.MARKS).data()


def test_the_list_shows_what_the_filters_mask_keeps_in_the_workspaces_order(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    model = EventTableModel(workspace)
    data, texts = workspace.timeline_columns(), workspace.search_texts()
    target = next(e for e in workspace.events if "500" in e.primary.text)
    model.set_shown(workspace, data, filters.apply(Filter(text="500 troops"), data, texts))
    assert 0 < model.rowCount() < len(workspace.events)
    assert model.row_of(target.id) is not None
    order = [e.id for e in workspace.events]
    assert [e.id for e in model.events()] == sorted((e.id for e in model.events()), key=order.index)
    assert model.is_filtered()
    qtmodeltester.check(model)
    model.set_shown(workspace, data, np.ones(len(data), np.bool_))
    assert model.rowCount() == len(workspace.events)
    assert not model.is_filtered()


def test_a_rejected_event_stays_in_the_list_unless_the_filters_hide_it(
    workspace: Workspace,
) -> None:
    model = EventTableModel(workspace)
    event = workspace.events[1]
    workspace.edit_annotation(event.id, status=Status.REJECTED)
    model.refresh_event(event.id)
    assert model.index(model.row_of(event.id) or 0, Column.STATUS).data() == "✗"
    data, texts = workspace.timeline_columns(), workspace.search_texts()
    model.set_shown(workspace, data, filters.apply(Filter(), data, texts))
    assert model.row_of(event.id) is None
    assert model.rowCount() == len(workspace.events) - 1
    model.set_shown(workspace, data, filters.apply(Filter(show_rejected=True), data, texts))
    assert model.row_of(event.id) is not None


def test_the_sure_tooltip_says_the_date_confidence_the_csv_holds(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A date the user corrected is wholly sure in the CSV; the list's tooltip says the same,
    not the extractor's confidence in the date it had found."""
    model = EventTableModel(workspace)
    found, corrected = workspace.events[0], workspace.events[1]
    day = DateValue(date(2022, 3, 1), date(2022, 3, 1), Precision.DAY)
    workspace.edit_annotation(corrected.id, date=day)
    model.refresh_event(corrected.id)
    out = tmp_path / "events.csv"
    workspace.export_csv(out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {row["event_id"]: row for row in csv.DictReader(handle)}
    for event in (found, corrected):
        row = model.row_of(event.id)
        assert row is not None
        tip = model.index(row, Column.SURE).data(Qt.ItemDataRole.ToolTipRole)
        sure = float(rows[event.id]["date_confidence"])
        assert f"Sure of its date: {sure:.0%}" in tip
    assert float(rows[corrected.id]["date_confidence"]) == 1.0 != corrected.date_confidence
