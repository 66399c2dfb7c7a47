"""Large text: a 1440 x 900 screen at 150 % (960 x 600 as the window counts it) with a
system font of 14 pt. The window fits its screen and nothing in it is cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetricsF, QScreen
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from viewer.ui.event_model import Column
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

# 1440 x 900 at 150 %, less a window manager's title bar
SCREEN_WIDTH, SCREEN_HEIGHT = 960, 600 - 30


@pytest.fixture
def large_text(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[QFont]:
    """The desktop's font at 14 pt, on a screen of 960 x 570 as the window counts it."""
    screen = QRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    large = QFont(before)
    large.setPointSize(14)
    app.setFont(large)
    yield large
    app.setFont(before)


def large_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.reset_layout()
    QApplication.processEvents()
    return window


def inside(widget: QWidget, window: MainWindow) -> bool:
    corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
    return corner.x() <= window.width() and corner.y() <= window.height()


@pytest.mark.usefixtures("large_text")
def test_with_large_text_the_window_fits_and_every_filter_is_on_screen(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = large_window(qtbot, workspace)
    # The dates and the facet buttons in one row were 1005 pixels: the window was wider
    # than its screen, and the annotation panel and the status line ran off its edge.
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH
    assert window.width() <= SCREEN_WIDTH
    bar = window.timeline_pane.filter_bar
    for widget in (bar.search, bar.date_from, bar.date_to, bar.starred, bar.views_button):
        assert widget.isVisible() and inside(widget, window), widget.accessibleName()
    assert inside(window.panel, window)


@pytest.mark.usefixtures("large_text")
def test_with_large_text_the_list_shows_its_dates_and_how_sure_whole(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = large_window(qtbot, workspace)
    window.resize(1366, 738)  # the same font on a screen at 100 %
    QApplication.processEvents()
    table = window.event_list.table
    metrics = table.fontMetrics()
    assert table.verticalHeader().defaultSectionSize() >= metrics.height() + 4
    model = window.event_list.model
    shown = [c for c in (Column.DATE, Column.SURE, Column.SOURCES) if not table.isColumnHidden(c)]
    assert Column.SOURCES in shown  # Sure gives way on a narrow list: the panel shows it
    for row in range(model.rowCount()):
        for column in {Column.DATE, Column.SURE} & set(shown):
            text = str(model.index(row, column).data())
            # "80%" was "8…" in a column 44 pixels wide, "19–28 Feb 2022" "19–2…2022"
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), text
    # the sources were "…": a word at least
    assert table.columnWidth(Column.SOURCES) >= metrics.horizontalAdvance("With…") + 8


@pytest.mark.usefixtures("large_text")
def test_with_large_text_the_controls_over_the_axis_leave_its_months_in_sight(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = large_window(qtbot, workspace)
    window.resize(1366, 738)
    QApplication.processEvents()
    view = window.timeline_pane.timeline
    controls = window.timeline_pane.controls
    layout = view.current_layout()
    assert layout.lanes
    ascent = QFontMetricsF(view.font()).ascent()
    months_top = layout.lanes[0].top - 8 - ascent  # the months' names stand on the ticks
    # The controls covered "May Jun Jul Aug" and their 20 pixels cut off "No lanes".
    assert controls.geometry().bottom() < months_top
    assert controls.lanes.height() >= controls.lanes.fontMetrics().height() + 4


@pytest.mark.usefixtures("large_text")
def test_with_large_text_the_list_reads_words_of_each_title_and_the_article_its_date(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = large_window(qtbot, workspace)
    table, model = window.event_list.table, window.model
    metrics = table.fontMetrics()
    # The article pane held 426 pixels (a file's name and "Correct date…" on one line):
    # the list had 233, and its titles read "The Rus…", "T…".
    room = table.columnWidth(Column.TITLE) - 8
    titles = [str(model.index(row, Column.TITLE).data()) for row in range(model.rowCount())]
    two_words = [t for t in titles if metrics.horizontalAdvance(_first(t, 2)) <= room]
    assert len(two_words) >= 0.8 * len(titles)
    assert all(metrics.horizontalAdvance(_first(t, 1)) <= room for t in titles)

    source = window.source_view
    doc = source.document()
    assert doc is not None and doc.date is not None
    published = f"Published {doc.date.day} {doc.date:%b %Y}"
    assert source.meta.text().startswith(published)  # the date first, on a line it fits
    assert source.meta.fontMetrics().horizontalAdvance(f"{published}…") <= source.meta.width()
    assert source.date_button.isVisible() and inside(source.date_button, window)

    # the timeline no shorter than it was (182 pixels): the button on a line of its own
    # under the metadata had made the article's header taller and the timeline shorter
    assert window.timeline_pane.timeline.height() >= 182


def _first(title: str, words: int) -> str:
    return " ".join(title.split()[:words]) + "…"
