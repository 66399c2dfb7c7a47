"""Resizing the timeline: a view fitted to the whole range keeps showing the whole range
across the new width; a view the user zoomed or scrolled keeps its scale."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from tests.ui.test_timeline_view import BASE, sample
from viewer.ui.timeline_view import TimelineView


def _view(qtbot: QtBot, width: int) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(sample())
    view.fit_all()
    return view


def _fills_the_width(view: TimelineView) -> bool:
    """The events' days, first to last, take the view's width but the room for the cards of
    the outermost ones."""
    data = view._data
    first, end = float(data.first.min()), float(data.last.max()) + 1
    used = view.x_of(end) - view.x_of(first)
    return abs(used - (view.viewport().width() - 2 * (view._reach_px() + 4))) < 2


def test_a_fitted_timeline_grown_wider_still_shows_the_whole_range_across_it(
    qtbot: QtBot,
) -> None:
    view = _view(qtbot, 600)
    assert _fills_the_width(view)

    view.resize(1300, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 1200)

    assert _fills_the_width(view)  # not the old 600 px of it
    first, last = view.visible_range()
    assert first <= date.fromordinal(BASE) and date.fromordinal(BASE + 50) <= last

    view.resize(500, 300)  # and narrower: nothing falls off the ends
    qtbot.waitUntil(lambda: view.viewport().width() < 520)
    assert _fills_the_width(view)
    first, last = view.visible_range()
    assert first <= date.fromordinal(BASE) and date.fromordinal(BASE + 50) <= last


def test_a_zoomed_in_timeline_keeps_its_scale_when_resized(qtbot: QtBot) -> None:
    view = _view(qtbot, 600)
    view.zoom_to("day")
    ppd = view.pixels_per_day()
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 1200)
    assert view.pixels_per_day() == ppd
