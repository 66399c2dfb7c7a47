"""The axis's months are written where they are seen: at 150 % on a laptop the Key events /
All events controls over the axis's top right covered the second month's label, which
read "Augus"; the label is written left of the controls, shorter where only that fits."""
# mypy: allow-untyped-calls, allow-untyped-defs

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QImage, QPaintDevice, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.ui.timeline_axis import Frame, paint_axis
from viewer.ui.timeline_paint import Theme

MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jul", "Aug")


class Recording(QPainter):
    """A painter that keeps each text it writes with where it starts."""

    def __init__(self, device: QPaintDevice) -> None:
        super().__init__(device)
        self.texts: list[tuple[float, str]] = []

    def drawText(self, *args: Any) -> None:  # type: ignore[override]  # every overload
        if isinstance(args[0], QPointF):
            self.texts.append((args[0].x(), str(args[1])))
        super().drawText(*args)


def month_labels(painter: Recording) -> list[tuple[float, float, str]]:
    metrics = QFontMetricsF(painter.font())
    return [
        (x, x + metrics.horizontalAdvance(text), text)
        for x, text in painter.texts
        if text.startswith(MONTHS)
    ]


def test_a_month_label_under_the_controls_is_written_left_of_them(qtbot: QtBot) -> None:
    image = QImage(910, 60, QImage.Format.Format_RGB32)
    # Weeks of July and August 2013, 910 pixels wide, as at 150 % on a laptop.
    frame = Frame(date(2013, 7, 8).toordinal(), 16.0, 910, 60)
    covered = 430.0  # where the controls start
    painter = Recording(image)
    paint_axis(painter, Theme.from_palette(QApplication.palette()), frame, covered)
    labels = month_labels(painter)
    painter.end()

    assert any(text.startswith("Jul") for _, _, text in labels)
    assert any(text.startswith("Aug") for _, _, text in labels), labels
    assert all(right <= covered for _, right, _ in labels), labels


def test_the_window_writes_no_month_under_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(910, 512)
    timeline = window.timeline_pane.timeline
    timeline.fit_days(date(2022, 2, 7).toordinal(), date(2022, 3, 27).toordinal())
    QApplication.processEvents()
    controls = window.timeline_pane.controls
    covered = controls.x() - timeline.viewport().x()
    image = QImage(timeline.viewport().size(), QImage.Format.Format_RGB32)
    painter = Recording(image)
    painter.setFont(timeline.font())
    timeline.paint_strip(painter, Theme.from_palette(timeline.palette()))
    labels = [label for label in month_labels(painter) if label[0] > 0]
    painter.end()
    assert all(right <= covered for _, right, _ in labels), (covered, labels)
