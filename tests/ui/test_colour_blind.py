"""A review status is told by a sign as well as by its colour: on the timeline's cards and
on a picture of them, with the signs explained under the picture's title."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_dark_theme import ink_on_face
from tests.ui.test_timeline_cards import laptop
from viewer.core.annotations import Status
from viewer.ui.card_text import CardTexts
from viewer.ui.cluster_popup import ClusterPopup
from viewer.ui.main_window import MainWindow
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.ui.strip_painter import card_fonts
from viewer.workspace import Workspace


def reviewed(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    """The first event confirmed and the second disputed, by their keys in the list."""
    table = window.event_list.table
    window.event_list.select_row(0)
    qtbot.keyClick(table, Qt.Key.Key_C)
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClick(table, Qt.Key.Key_D)
    model = window.event_list.model
    return model.event_at(0).id, model.event_at(1).id


def test_a_picture_tells_the_review_status_by_signs_and_says_what_they_mean(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    reviewed(qtbot, window)
    dialog = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    dialog.all_button.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "reviewed.svg"))
    dialog.save()
    text = html.unescape((tmp_path / "reviewed.svg").read_text(encoding="utf-8"))
    # only a green and an orange stripe told them apart: alike to a red-green blind reader
    assert "✓ confirmed" in text and "? disputed" in text and "rejected" not in text
    assert text.count("✓") >= 2  # on the card, and in the key


def test_a_card_on_screen_shows_its_status_sign(qtbot: QtBot, window: MainWindow) -> None:
    confirmed, disputed = reviewed(qtbot, window)
    view = window.timeline_pane.timeline
    texts = CardTexts(card_fonts(view.font()))
    for event_id, sign in ((confirmed, "✓"), (disputed, "?")):
        view.select(event_id)  # its card brought out of any cluster
        data, _mask = view.shown()
        card = view.current_layout().card_of(data.index_of(event_id))
        assert card is not None
        words = [text for _x, _y, text, _kind in texts.pieces(data, card)]
        # only its stripe's colour told it
        assert any(sign in word.split() for word in words), words


def test_a_checked_status_button_s_word_reads_on_its_colour(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.event_list.select_row(0)
    for key, status in ((Qt.Key.Key_D, Status.DISPUTED), (Qt.Key.Key_U, Status.UNREVIEWED)):
        qtbot.keyClick(window.event_list.table, key)
        button = window.panel.status_buttons[status]
        assert button.isChecked()
        # "Dispute" was white on orange, 3.5:1
        assert ink_on_face(button) >= 4.2, status


def test_a_cluster_s_list_shows_the_review_status_of_its_events(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = laptop(qtbot, workspace, 1366, 768)
    view = window.timeline_pane.timeline
    cluster = max(view.current_layout().clusters, key=lambda c: len(c.rows))
    data, _mask = view.shown()
    event_id = data.ids[int(cluster.rows[0])]
    window.select_event(event_id)
    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_D)  # disputed: its stripe orange
    window.select_event(data.ids[int(cluster.rows[-1])])  # away, so that it stays clustered
    cluster = next(c for c in view.current_layout().clusters if data.index_of(event_id) in c.rows)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.chip_rect(cluster).center()
    )
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, ClusterPopup)
    model = popup.list.model()
    texts = [str(model.index(k, 0).data()) for k in range(model.rowCount())]
    title = data.titles[data.index_of(event_id)]
    # listed with its date and title only: a reviewer could not tell it was disputed
    assert any(text.startswith("? ") and text.endswith(title) for text in texts), texts
    popup.close()
