"""In a short article pane the header gives way before the text: the article's title and its
line of metadata are held to one line each (ending on "…", whole in their tooltips) when
the text would otherwise show fewer than TEXT_LINES lines. At 1366 x 768 with the changed
articles' strip and the Orphans dock open, the header took 148 pixels of 223 and the
passage showed three lines."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

TEXT_LINES = 8
UNHELD = 16777215  # Qt's QWIDGETSIZE_MAX: no maximum


def hold_header(labels: Sequence[QLabel], text: QWidget, room: int) -> None:
    """Each label on one line when all their lines would leave the text fewer than
    TEXT_LINES lines of `room` (the pane's height less the rest of its header)."""
    wanted = sum(label.sizeHint().height() for label in labels)
    short = room - wanted < TEXT_LINES * text.fontMetrics().lineSpacing()
    for label in labels:
        margins = label.contentsMargins()
        one = label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        label.setMaximumHeight(one if short else UNHELD)
