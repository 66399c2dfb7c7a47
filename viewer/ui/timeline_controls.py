"""The strip's display controls: key events or all events, the importance a key event needs,
and the lanes the strip is grouped in."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from viewer.core.importance import KEY_THRESHOLD
from viewer.core.lanes import LaneKind
from viewer.core.timeline_display import TimelineDisplay
from viewer.workspace import agreeing

LANE_CHOICES = {
    LaneKind.NONE: "No lanes",
    LaneKind.SOURCE: "Lanes by source",
    LaneKind.TAG: "Lanes by tag",
    LaneKind.STATUS: "Lanes by status",
}


class TimelineControls(QWidget):
    """Key events / All events, a threshold slider, and a lanes menu; emits changed()."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_button = self._toggle(
            "Key events", "Cards for key events only; the rest in clusters"
        )
        self.all_button = self._toggle("All events", "A card for every event there is room for")
        self.all_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.key_button)
        group.addButton(self.all_button)
        group.buttonToggled.connect(lambda _b, _on: self._toggled())
        self.threshold = QSlider(Qt.Orientation.Horizontal, self)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(round(KEY_THRESHOLD * 100))
        self.threshold.setFixedWidth(90)
        self.threshold.setAccessibleName("Importance a key event needs")
        self.threshold.setToolTip(
            "How much an event must matter to be a key event: its sources, an explicit date, "
            "a decision announced, an article's lead, your star and review status"
        )
        self.threshold.valueChanged.connect(lambda _v: self._threshold_moved())
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("999,999 key"))
        self.lanes = QComboBox(self)
        self.lanes.setAccessibleName("Lanes")
        for kind, text in LANE_CHOICES.items():
            self.lanes.addItem(text, kind.value)
        self.lanes.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setAutoFillBackground(True)  # over the axis: its labels must not show through
        # one line of the font: with a large one, 20 pixels cut the lanes' name off
        tall = max(20, self.fontMetrics().height() + 6)
        for child in (self.key_button, self.all_button, self.count, self.lanes):
            child.setFixedHeight(tall)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.key_button)
        layout.addWidget(self.all_button)
        layout.addSpacing(4)
        layout.addWidget(self.threshold)
        layout.addWidget(self.count)
        layout.addSpacing(4)
        layout.addWidget(self.lanes)
        self._scores: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._mask: npt.NDArray[np.bool_] = np.zeros(0, np.bool_)
        self._toggled(emit=False)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    def key_only(self) -> bool:
        return self.key_button.isChecked()

    def threshold_value(self) -> float:
        return self.threshold.value() / 100

    def lane_kind(self) -> LaneKind:
        return LaneKind(str(self.lanes.currentData()))

    def set_key_only(self, key_only: bool) -> None:
        (self.key_button if key_only else self.all_button).setChecked(True)

    def set_lane_kind(self, kind: LaneKind) -> None:
        self.lanes.setCurrentIndex(list(LANE_CHOICES).index(kind))

    def set_scores(self, scores: npt.NDArray[np.float32], mask: npt.NDArray[np.bool_]) -> None:
        """The events' importance and which are shown, to say how many are key events."""
        self._scores, self._mask = scores, mask
        self._update_count()

    def display(self) -> TimelineDisplay:
        """What the controls are set to, for the project to keep."""
        return TimelineDisplay(self.key_only(), self.threshold_value(), self.lane_kind())

    def restore(self, display: TimelineDisplay | None) -> None:
        """Set the controls to a display the project kept; None (none kept) leaves them."""
        if display is None:
            return
        self.blockSignals(True)
        try:
            (self.key_button if display.key_only else self.all_button).setChecked(True)
            self.threshold.setValue(round(display.threshold * 100))
            self.lanes.setCurrentIndex(list(LANE_CHOICES).index(display.lanes))
            self._toggled(emit=False)
        finally:
            self.blockSignals(False)

    def _toggled(self, *, emit: bool = True) -> None:
        self.threshold.setEnabled(self.key_only())
        self._update_count()
        if emit:
            self.changed.emit()

    def _threshold_moved(self) -> None:
        self._update_count()
        if self.key_only():
            self.changed.emit()

    def _update_count(self) -> None:
        if len(self._scores) != len(self._mask):
            return
        key = int(np.count_nonzero((self._scores >= self.threshold_value()) & self._mask))
        self.count.setText(f"{key:,} key")
        shown = int(np.count_nonzero(self._mask))
        self.count.setToolTip(
            f"{key:,} of the {shown:,} {agreeing(shown, 'event', 'events')} shown "
            f"{agreeing(key, 'is a key event', 'are key events')}"
        )
