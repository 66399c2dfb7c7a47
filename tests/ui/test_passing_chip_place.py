"""The chip of an event passing through the view ("↔ Oct 2025 · …", a month-long event seen
a day at a time) sat at the view's left edge whatever its days: over the last days of
September, its month's bar starting mid-view, and under the lane's name. It starts where its
days come into view, past the lane's name, and reads whole inside the view at every zoom."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from viewer.core.lanes import LaneKind
from viewer.core.model import Precision
from viewer.core.timeline import PRECISION_CODE, TimelineData
from viewer.ui.timeline_view import TimelineView

MONTH, DAY = PRECISION_CODE[Precision.MONTH], PRECISION_CODE[Precision.DAY]


def _view(qtbot: QtBot, width: int, lanes: LaneKind) -> TimelineView:
    data = TimelineData.from_arrays(
        [date(2025, 10, 1).toordinal(), date(2025, 9, 3).toordinal()],
        [date(2025, 10, 31).toordinal(), date(2025, 9, 3).toordinal()],
        precision=[MONTH, DAY],
        ids=["ban", "litre"],
        titles=["Marlow Valley hosepipe ban ends", "We will watch every litre they take"],
    )
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(data)
    view.set_display(key_only=False, threshold=0.0, lanes=lanes)
    return view


def _passing_chip(view: TimelineView) -> QRectF:
    view.grab()  # painted, as on screen
    (rect,) = [rect for cluster, rect in view._chip_faces.values() if cluster.segment < 0]
    return rect


@pytest.mark.parametrize("lanes", [LaneKind.NONE, LaneKind.STATUS])
@pytest.mark.parametrize("width", [1340, 1414])  # the strip at 1366 x 768 and 1440 x 900
def test_the_chip_of_a_month_passing_through_starts_where_its_days_come_into_view(
    qtbot: QtBot, width: int, lanes: LaneKind
) -> None:
    view = _view(qtbot, width, lanes)
    view.zoom_to("day")
    view.center_on(date(2025, 9, 30).toordinal())  # late September, October's first week
    rect = _passing_chip(view)
    october = (date(2025, 10, 1).toordinal() - view.first_visible_day()) * view.pixels_per_day()
    assert october - 1 <= rect.left() and rect.right() <= view.viewport().width() - 4
    if lanes is not LaneKind.NONE:
        assert rect.left() > 60  # not under the lane's name at the left

    # every zoom in: a chip that reads whole inside the view, never over its edges
    view.center_on(date(2025, 10, 16).toordinal())
    for _ in range(4):
        view.zoom_by(1.6)
        view.grab()
        faces = [r for c, r in view._chip_faces.values() if c.segment < 0]
        for face in faces:
            assert face.left() >= 4 and face.right() <= view.viewport().width() - 4
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # the days of October run on past the right
    rect = _passing_chip(view)
    assert rect.left() >= 4 and rect.right() <= view.viewport().width() - 4
