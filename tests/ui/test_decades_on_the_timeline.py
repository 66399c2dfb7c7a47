"""A corpus that spans decades on the timeline: events of a year, a decade or a century
beside events of a day, and a few events far from all the others."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from viewer.core.model import Precision
from viewer.core.timeline import PRECISION_CODE, TimelineData
from viewer.ui.cluster_popup import ClusterPopup
from viewer.ui.passing_marks import passing_face
from viewer.ui.timeline_view import TimelineView

DAY, YEAR, RANGE = (PRECISION_CODE[p] for p in (Precision.DAY, Precision.YEAR, Precision.RANGE))


def _day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


def _events(spans: list[tuple[int, int, int]]) -> TimelineData:
    """Events of (first day, last day, precision), titled by their order."""
    return TimelineData.from_arrays(
        [s[0] for s in spans],
        [s[1] for s in spans],
        precision=[s[2] for s in spans],
        ids=[f"ev{i}" for i in range(len(spans))],
        titles=[f"Event {i}" for i in range(len(spans))],
    )


def _view(qtbot: QtBot, width: int = 900) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _chip_heading(qtbot: QtBot, view: TimelineView, index: int) -> str:
    """Click a chip and read what the list it opens says it holds."""
    view.grab()  # painted, as on screen
    cluster = view.current_layout().clusters[index]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.chip_rect(cluster).center()
    )
    shown = [p for p in view.findChildren(ClusterPopup) if p.isVisible()]
    assert len(shown) == 1
    heading = shown[0].heading.text()
    shown[0].close()
    return heading


def test_a_chip_of_year_events_says_their_year_not_the_2_july_at_its_middle(
    qtbot: QtBot,
) -> None:
    founded = [(_day(1936), _day(1936, 12, 31), YEAR)] * 40
    view = _view(qtbot)
    view.set_events(_events([*founded, (_day(2025, 3, 14), _day(2025, 3, 14), DAY)]))
    view.zoom_to("day")
    view.center_on(_day(1936, 7, 2))
    assert view.current_layout().clusters  # forty of them do not fit as cards
    heading = _chip_heading(qtbot, view, 0)
    assert heading.endswith("events · 1936"), heading  # was "… · 2 Jul 1936"


def test_chips_over_a_century_say_the_years_their_events_reach(qtbot: QtBot) -> None:
    spans = []
    for k in range(30):  # the early 1900s, years of their own, a decade: crowded
        spans.append((_day(1900), _day(1932, 12, 31), RANGE))
        spans.append((_day(1902 + k), _day(1902 + k, 12, 31), YEAR))
        spans.append((_day(1950), _day(1959, 12, 31), RANGE))
        spans.append((_day(2025, 3, 10 + k % 5), _day(2025, 3, 10 + k % 5), DAY))
    data = _events(spans)
    view = _view(qtbot)
    view.set_events(data)
    clusters = view.current_layout().clusters
    assert clusters
    for index, cluster in enumerate(clusters):
        reach = (int(data.first[cluster.rows].min()), int(data.last[cluster.rows].max()))
        heading = _chip_heading(qtbot, view, index)
        said = heading.split(" · ", 1)[1]
        first, last = date.fromordinal(reach[0]), date.fromordinal(reach[1])
        # "1900–1959", never "2 Jul 1916 – 2 Jul 1936" (the middles of its first and last)
        assert str(first.year) in said and str(last.year) in said, heading
        assert "2 Jul" not in said, heading


def test_a_fitted_timeline_takes_in_the_events_found_after_it_was_fitted(qtbot: QtBot) -> None:
    week = [(_day(2025, 3, 10 + k), _day(2025, 3, 10 + k), DAY) for k in range(5)]
    view = _view(qtbot)
    view.set_events(_events(week))  # the articles read first, as a folder loads
    whole = _events([*week, (_day(1898), _day(1898, 12, 31), YEAR)])
    view.set_events(whole)  # then the one that recalls a founding in 1898
    first, last = view.visible_range()
    assert first <= date(1898, 1, 1) and date(2025, 3, 14) <= last
    layout = view.current_layout()
    assert all(c.x >= 0 and c.x + c.w <= view.viewport().width() for c in layout.cards)


def test_a_timeline_the_user_moved_stays_where_it_is_as_events_come_in(qtbot: QtBot) -> None:
    week = [(_day(2025, 3, 10 + k), _day(2025, 3, 10 + k), DAY) for k in range(5)]
    view = _view(qtbot)
    view.set_events(_events(week))
    view.zoom_to("day")
    before = (view.first_visible_day(), view.pixels_per_day())
    view.set_events(_events([*week, (_day(1898), _day(1898, 12, 31), YEAR)]))
    assert (view.first_visible_day(), view.pixels_per_day()) == before


def _open_at(qtbot: QtBot, view: TimelineView, x: float, y: float) -> list[str]:
    """Click the strip at a point and read the list that opens there, heading first."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    shown = [p for p in view.findChildren(ClusterPopup) if p.isVisible()]
    assert len(shown) == 1
    popup = shown[0]
    model = popup.list.model()
    lines = [popup.heading.text()]
    lines += [str(model.data(model.index(i, 0))) for i in range(model.rowCount())]
    popup.close()
    return lines


def test_a_decade_seen_a_month_at_a_time_is_named_on_the_strip_and_lists_on_a_click(
    qtbot: QtBot,
) -> None:
    data = _events(
        [
            (_day(1900), _day(1932, 12, 31), RANGE),  # "in the early 1900s": its card at 1916
            (_day(1930, 6, 3), _day(1930, 6, 3), DAY),
            (_day(2025, 3, 14), _day(2025, 3, 14), DAY),
        ]
    )
    view = _view(qtbot, 1000)
    view.set_events(data)
    view.zoom_to("month")
    view.center_on(_day(1930, 6, 3))
    view.grab()  # painted, as on screen
    assert [data.titles[c.row] for c in view.current_layout().cards] == ["Event 1"]
    band = view.current_layout().lanes[0]
    rail_h = 2 * (band.rail_y - band.top)
    # A chip at the left of the strip names it; a click lists it.
    listed = _open_at(qtbot, view, 30, band.top + rail_h + 8)
    assert listed[0] == "1 event · 1900–1932"
    assert listed[1:] == ["1900–1932 · Event 0"]
    # Its days run along the rail, past the day of the card; a click on them lists it too.
    assert _open_at(qtbot, view, 900, band.rail_y)[1:] == ["1900–1932 · Event 0"]


def test_the_chip_of_decades_passing_through_says_the_years_they_all_reach(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seven events over these days said "1985", the days of the one it named, while the
    list it opened said 1984–1987: the chip says what the list says."""
    said: list[str] = []

    def kept(*args: Any) -> Any:
        drawn = passing_face(*args)
        said.extend([] if drawn is None else [drawn[2]])
        return drawn

    monkeypatch.setattr("viewer.ui.strip_painter.passing_face", kept)
    data = _events(
        [
            (_day(1900), _day(1932, 12, 31), RANGE),
            (_day(1926), _day(1940, 12, 31), RANGE),
            (_day(1930, 6, 3), _day(1930, 6, 3), DAY),
        ]
    )
    view = _view(qtbot, 1000)
    view.set_events(data)
    view.zoom_to("month")
    view.center_on(_day(1930, 6, 3))
    view.grab()  # painted, as on screen
    band = view.current_layout().lanes[0]
    listed = _open_at(qtbot, view, 30, band.top + 2 * (band.rail_y - band.top) + 8)
    assert listed[0] == "2 events · 1900–1940"
    assert said[-1].startswith("↔ 2 events · 1900–1940 · "), said[-1]  # was "… · 1926–1940 · …"


def test_nothing_is_said_to_pass_through_a_view_that_holds_every_event(qtbot: QtBot) -> None:
    data = _events([(_day(1900), _day(1932, 12, 31), RANGE), (_day(2025, 3, 14),) * 2 + (DAY,)])
    view = _view(qtbot)
    view.set_events(data)
    view.grab()  # painted, as on screen
    assert sorted(c.row for c in view.current_layout().cards) == [0, 1]
    assert not [c for c, _ in view._chip_faces.values() if c.segment < 0]


def test_double_clicking_the_chip_of_a_passing_decade_shows_all_its_days_and_its_card(
    qtbot: QtBot,
) -> None:
    data = _events(
        [(_day(1900), _day(1932, 12, 31), RANGE), (_day(1930, 6, 3), _day(1930, 6, 3), DAY)]
    )
    view = _view(qtbot, 1000)
    view.set_events(data)
    view.zoom_to("day")
    view.center_on(_day(1930, 6, 3))
    view.grab()
    band = view.current_layout().lanes[0]
    chip = QPoint(30, round(band.top + 2 * (band.rail_y - band.top) + 8))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    first, last = view.visible_range()
    assert first <= date(1900, 1, 1) and date(1932, 12, 31) <= last  # not 1916 a day at a time
    assert 0 in [c.row for c in view.current_layout().cards]


def test_the_list_of_a_passing_decade_offers_all_its_days_not_a_zoom_in(qtbot: QtBot) -> None:
    data = _events(
        [(_day(1900), _day(1932, 12, 31), RANGE), (_day(1930, 6, 3), _day(1930, 6, 3), DAY)]
    )
    view = _view(qtbot, 1000)
    view.set_events(data)
    view.zoom_to("month")
    view.center_on(_day(1930, 6, 3))
    view.grab()
    band = view.current_layout().lanes[0]
    chip = QPoint(30, round(band.top + 2 * (band.rail_y - band.top) + 8))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    popup = next(p for p in view.findChildren(ClusterPopup) if p.isVisible())
    assert popup.zoom_button.text() == "All Their Days"
    qtbot.mouseClick(popup.zoom_button, Qt.MouseButton.LeftButton)
    first, last = view.visible_range()
    assert first <= date(1900, 1, 1) and date(1932, 12, 31) <= last


def test_enter_lists_the_decade_passing_through_a_view_with_no_cluster(qtbot: QtBot) -> None:
    data = _events(
        [(_day(1900), _day(1932, 12, 31), RANGE), (_day(1930, 6, 3), _day(1930, 6, 3), DAY)]
    )
    view = _view(qtbot, 1000)
    view.set_events(data)
    view.zoom_to("month")
    view.center_on(_day(1930, 6, 3))
    view.grab()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = next(p for p in view.findChildren(ClusterPopup) if p.isVisible())
    assert popup.heading.text() == "1 event · 1900–1932"
