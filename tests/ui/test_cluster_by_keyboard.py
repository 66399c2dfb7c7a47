"""A cluster chip opens from the keyboard as by a click, and a screen reader hears what it
holds: Enter or Space lists the chip nearest the selected event."""
# mypy: allow-untyped-calls

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_timeline_cards import laptop
from viewer.ui.cluster_popup import ClusterPopup
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


@pytest.fixture
def small(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """A laptop's screen: some of the seeds' events are clustered."""
    return laptop(qtbot, workspace, 1366, 768)


def _open_popup() -> ClusterPopup:
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, ClusterPopup)
    return popup


def test_enter_on_the_timeline_lists_the_cluster_the_selected_event_was_drawn_in(
    qtbot: QtBot, small: MainWindow
) -> None:
    view = small.timeline_pane.timeline
    cluster = max(view.current_layout().clusters, key=lambda c: len(c.rows))
    data, _ = view.shown()
    inside = int(cluster.rows[0])
    view.setFocus()
    view.select(data.ids[inside])  # reached with Left and Right: now a card by its chip
    card = view.current_layout().card_of(inside)
    assert card is not None
    beside = min(view.current_layout().clusters, key=lambda c: abs(c.x + c.w / 2 - card.anchor))
    assert set(beside.rows.tolist()) & set(cluster.rows.tolist())  # the chip it was one of
    heading = f"{len(beside.rows):,} events"
    description = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)
    assert f"Nearest cluster: {heading}" in description
    assert "Enter lists the events of a cluster" in description

    qtbot.keyClick(view, Qt.Key.Key_Return)

    popup = _open_popup()
    assert popup.heading.text().startswith(heading)
    assert popup.list.model().rowCount() == len(beside.rows)
    assert popup.accessibleDescription() == popup.heading.text()
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)  # picks one, as a click does
    chosen = small.current_event_id()
    assert chosen != data.ids[inside] and data.index_of(chosen) in beside.rows.tolist()


def test_space_opens_the_chip_nearest_the_selected_card(qtbot: QtBot, small: MainWindow) -> None:
    view = small.timeline_pane.timeline
    layout = view.current_layout()
    assert layout.clusters and layout.cards
    row = layout.cards[-1].row
    view.select(view.shown()[0].ids[row])  # a card of its own, not one of a chip's
    card = view.current_layout().card_of(row)
    assert card is not None
    clusters = view.current_layout().clusters
    nearest = min(clusters, key=lambda c: abs(c.x + c.w / 2 - card.anchor))

    qtbot.keyClick(view, Qt.Key.Key_Space)

    assert _open_popup().list.model().rowCount() == len(nearest.rows)
