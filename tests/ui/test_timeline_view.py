"""TimelineView: selecting by click and keys, zooming, and jumping from the overview."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt

from viewer.core.lanes import LaneKind
from viewer.core.strip_layout import Card, LaneBand, StripLayout
from viewer.core.timeline import TimelineData
from viewer.ui.strip_painter import StripPainter, StripScene
from viewer.ui.timeline_axis import AXIS_H, Frame
from viewer.ui.timeline_paint import Theme
from viewer.ui.timeline_view import TimelineView

BASE = date(2022, 3, 1).toordinal()


def sample() -> TimelineData:
    days = [0, 2, 2, 5, 9, 20, 40]
    precision = [0, 0, 0, 1, 0, 2, 0]
    last = [
        d + (6 if p == 1 else 30 if p == 2 else 0) for d, p in zip(days, precision, strict=True)
    ]
    return TimelineData.from_arrays(
        [BASE + d for d in days],
        [BASE + d for d in last],
        precision=precision,
        ids=[f"ev{i}" for i in range(len(days))],
        titles=[f"Event {i}" for i in range(len(days))],
    )


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(sample())
    widget.zoom_to("week")
    return widget


def test_accessible_name(view) -> None:
    assert view.accessibleName() == "Timeline"


def test_clicking_a_marker_selects_it(view, qtbot) -> None:
    view.center_on(BASE + 5)
    row = view._data.index_of("ev3")
    rect = view.marker_rect(row)
    assert rect is not None
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["ev3"]
    assert view.selected_id() == "ev3"


def test_right_and_left_keys_walk_chronologically(view, qtbot) -> None:
    view.select("ev1")
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert blocker.args == ["ev2"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id() == "ev3"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_id() == "ev1"


def test_keys_skip_filtered_out_events(view, qtbot) -> None:
    mask = np.array([True, True, False, False, True, True, True])
    view.set_events(sample(), mask)
    view.select("ev1")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id() == "ev4"
    hidden = view._data.index_of("ev3")
    assert view.marker_rect(hidden) is None


def test_select_scrolls_into_view(view) -> None:
    view.zoom_to("day")
    view.select("ev6")
    first, last = view.visible_range()
    assert first <= date.fromordinal(BASE + 40) <= last
    assert view.marker_rect(view._data.index_of("ev6")) is not None


def test_selecting_an_event_longer_than_the_view_shows_its_card(view) -> None:
    # "the mid-19th century" or a month-long span seen a day at a time: its card stands at
    # the middle of its days, and the view goes there, not to its first day.
    view.zoom_to("day")
    row = view._data.index_of("ev5")
    view.select("ev5")
    first, last = view.visible_range()
    assert (last - first).days < 30
    card = view.current_layout().card_of(row)
    assert card is not None
    assert card.x >= 0 and card.x + card.w <= view.viewport().width()


def test_zoom_levels_change_the_visible_range(view) -> None:
    spans = {}
    for level in ("day", "week", "month", "year"):
        view.zoom_to(level)
        first, last = view.visible_range()
        spans[level] = (last - first).days
    assert spans["day"] < spans["week"] < spans["month"] < spans["year"]
    view.zoom_to("week")
    before = view.visible_range()
    qtbot_span = (before[1] - before[0]).days
    view.zoom_by(2.0)
    after = view.visible_range()
    assert (after[1] - after[0]).days < qtbot_span


def test_zoom_actions_are_offered(view) -> None:
    names = [a.text().replace("&", "") for a in view.zoom_actions()]
    assert "Zoom In" in names and "Zoom to Days" in names and "Zoom to Years" in names
    span = view.visible_range()
    next(a for a in view.zoom_actions() if a.text() == "Zoom to Days").trigger()
    assert view.visible_range() != span


def test_overview_click_jumps(view, qtbot) -> None:
    view.zoom_to("day")
    overview = view.overview()
    target = BASE + 40
    x = round(overview.x_of(target + 0.5))
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, overview.height() // 2))
    first, last = view.visible_range()
    assert first <= date.fromordinal(target) <= last


def test_dense_data_draws_density_with_key_event_cards_over_it(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.show()
    n = 50_000
    first = BASE + np.arange(n) % 365
    starred = np.zeros(n, np.bool_)
    starred[::5000] = True  # ten starred events among fifty thousand
    widget.set_events(TimelineData.from_arrays(first, first, starred=starred))
    widget.zoom_to("year")
    layout = widget.current_layout()
    assert layout.dense == frozenset({0})
    shown = {card.row for card in layout.cards}
    assert shown and all(widget._data.starred[row] for row in shown)  # key events first
    assert sum(len(c.rows) for c in layout.clusters) + len(shown) >= n * 0.9
    widget.grab()  # paints without error


def test_empty_and_filtered_everything(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(600, 250)
    widget.grab()
    widget.set_events(sample(), np.zeros(7, np.bool_))
    widget.grab()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.selected_id() == ""


def by_source(n: int, sources: int) -> TimelineData:
    """Events on the days of a month, each from one of several articles."""
    first = BASE + np.arange(n) % 30
    return TimelineData.from_arrays(
        first,
        first,
        ids=[f"ev{i}" for i in range(n)],
        titles=[f"Event {i}" for i in range(n)],
        source=np.arange(n) % sources,
        source_names=[f"article_{k}.txt" for k in range(sources)],
    )


def test_selecting_an_event_in_a_lane_scrolled_out_of_sight_brings_its_card_into_view(
    qtbot,
) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 260)  # room for two lanes of eight
    widget.show()
    qtbot.waitExposed(widget)
    data = by_source(400, 8)
    widget.set_events(data)
    widget.set_display(key_only=False, threshold=0.5, lanes=LaneKind.SOURCE)
    widget.zoom_to("week")
    lanes = widget.current_layout().lanes
    last = next(i for i in range(len(data)) if widget._lanes.of_row[i] == len(lanes) - 1)
    assert widget.marker_rect(last) is None  # its lane is below the strip's bottom edge
    widget.select(data.ids[last])
    rect = widget.marker_rect(last)
    assert rect is not None
    assert rect.top() >= AXIS_H and rect.bottom() <= widget.viewport().height()


def test_a_filter_that_leaves_fewer_lanes_shows_the_top_of_the_selected_events_lane(
    qtbot,
) -> None:
    """Scrolled down to a lane, then a search that left two lanes kept the strip scrolled:
    the top lane's name and rail (the selected decade's bar) were hidden under the axis."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 200)  # room for one lane and a half
    widget.show()
    qtbot.waitExposed(widget)
    data = by_source(400, 8)
    widget.set_events(data)
    widget.set_display(key_only=False, threshold=0.5, lanes=LaneKind.SOURCE)
    widget.zoom_to("week")
    lane_of = widget._lanes.of_row
    last = next(i for i in range(len(data)) if lane_of[i] == 6)
    widget.select(data.ids[last])
    assert widget.verticalScrollBar().value() > 0
    other = next(i for i in range(len(data)) if lane_of[i] == 7)
    mask = np.zeros(len(data), np.bool_)
    mask[[last, other]] = True  # its lane and one below it: two lanes left
    widget.set_events(data, mask)
    widget.grab()
    assert widget.selected_id() == data.ids[last]
    top = widget.current_layout().lanes[0]
    assert widget._lanes.of_row[last] == top.index
    assert top.top - widget.verticalScrollBar().value() >= AXIS_H  # its name and rail in view
    rect = widget.marker_rect(last)
    assert rect is not None and rect.bottom() <= widget.viewport().height()


def test_selecting_a_card_shows_the_name_and_rail_of_its_lane_over_it(qtbot) -> None:
    """Scrolled a little down, the strip showed the selected card in the first lane with the
    lane's name and rail (the selected decade's bar) hidden under the axis."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 260)
    widget.show()
    qtbot.waitExposed(widget)
    data = by_source(400, 8)
    widget.set_events(data)
    widget.set_display(key_only=False, threshold=0.5, lanes=LaneKind.SOURCE)
    widget.zoom_to("week")
    widget.grab()
    first = next(c.row for c in widget.current_layout().cards if c.lane == 0)
    widget.verticalScrollBar().setValue(20)
    widget.select(data.ids[first])
    widget.grab()
    assert widget.verticalScrollBar().value() == 0


def test_a_card_out_of_view_is_still_drawn_where_its_days_reach_into_view(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    data = TimelineData.from_arrays(
        [BASE - 200, BASE], [BASE - 200, BASE + 30], precision=[0, 2], titles=["Day", "A month"]
    )
    frame = Frame(BASE + 10, 20.0, 800, 300)  # the month's days from x -200 to 420
    lane = LaneBand(0, "All events", AXIS_H, 260, AXIS_H + 8, (3, 4, 8))
    month = Card(1, 0, -400.0, 100.0, 224, 50, 100.0, 0, 0)  # its card far to the left
    day = Card(0, 0, -4200.0, 100.0, 224, 50, -4100.0, 0, 0)  # card and day both out of view
    layout = StripLayout([month, day], [], [lane], 300, np.array([2]))
    scene = StripScene(
        data, np.ones(2, np.bool_), frame, Theme.from_palette(view.palette()), view.font()
    )
    assert StripPainter(scene, layout, QRectF(0, 0, 800, 300)).cards == [month]
    assert StripPainter(scene, layout).cards == [month, day]  # a picture: everything
