"""A status bar line read whole while the articles load: at 150 % on a laptop the progress
bar and its Cancel button beside the counts cut "Showing the timeline as last kept; checking
the articles…" short; the counts give way to it as they do when no load runs."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow

LONG = "Showing the timeline as last kept; checking the articles… (Esc or Cancel stops)"


def message_room(window: MainWindow) -> int:
    """The width left of the bar's widgets shown at its right, where its message is written."""
    bar = window.statusBar()
    shown = (window.counts, window.loading.progress, window.loading.cancel_button)
    lefts = [w.x() for w in shown if w.isVisible()]
    return min(lefts, default=bar.width())


def test_a_long_line_while_loading_is_not_cut_by_the_progress_bar(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(910, 512)
    window.loading.show_progress(True)
    bar = window.statusBar()
    bar.showMessage(LONG)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.loading.cancel_button.isVisible())
    width = bar.fontMetrics().horizontalAdvance(LONG)
    assert width + 12 <= message_room(window), (width, message_room(window))
    assert window.loading.progress.isVisible()

    window.loading.show_progress(False)  # the load is over: the counts come back
    QApplication.processEvents()
    bar.showMessage("Loaded")
    assert window.counts.isVisible()
