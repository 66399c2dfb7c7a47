"""A 1366 x 768 laptop at 150 % (910 x 512 pixels as the window counts them): the window a
first start lays out, the article's row of sources and the status bar's lines, as seen."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QScreen, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_large_text import large_text  # noqa: F401  (a fixture)
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

SCREEN_WIDTH, SCREEN_HEIGHT = 910, 512  # no window manager's title bar: a full-screen window


@pytest.fixture
def laptop_at_150(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = QRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)


def first_start(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """The window as a first start opens it: sized and laid out before it is shown."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


@pytest.mark.usefixtures("laptop_at_150")
def test_a_first_start_lays_the_window_out_as_reset_window_layout_does(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """The timeline's least height was measured with the filters under the search (the bar
    did not know its width yet): the timeline took 51 pixels more than its share and the
    article under it showed a line and a half, until View › Reset Window Layout."""
    window = first_start(qtbot, workspace)
    assert window.size().height() == SCREEN_HEIGHT
    first = window.vertical.sizes()
    window.reset_layout()
    QApplication.processEvents()
    assert abs(first[1] - window.vertical.sizes()[1]) <= 2, (first, window.vertical.sizes())
    text = window.source_view.text  # more than the two lines it is never given less than
    assert text.viewport().height() >= 2.5 * text.fontMetrics().lineSpacing()


@pytest.mark.usefixtures("large_text")
def test_a_first_start_with_large_text_keeps_the_timeline_its_row_of_cards(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """14 pt on a 1440 x 900 screen at 150 %: the filters go under the search once the
    window has its width, so the timeline's height is measured then, not before."""
    window = first_start(qtbot, workspace)
    first = window.vertical.sizes()
    window.reset_layout()
    QApplication.processEvents()
    assert abs(first[0] - window.vertical.sizes()[0]) <= 2, (first, window.vertical.sizes())
    assert window.timeline_pane.timeline.height() >= 182


def test_a_line_too_long_for_the_status_bar_beside_the_counts_is_read_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Rejecting an event at 150 % on a laptop said "… is hidden: rejected events are hidden
    (View › Show Rejected Event" and stopped at the counts: its "Ctrl+Z undoes" was never
    read. The counts give way to such a line and come back when it goes."""
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    QApplication.processEvents()
    bar, counts = window.statusBar(), window.counts
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)
    message = bar.currentMessage()
    assert message.endswith("Ctrl+Z undoes.")
    assert counts.isHidden()
    assert bar.fontMetrics().horizontalAdvance(message) <= bar.width() - 24
    assert bar.toolTip() == message

    bar.showMessage("Select some article text first")  # short: the counts stay
    assert counts.isVisible()
    bar.clearMessage()
    assert counts.isVisible() and bar.toolTip() == ""


@pytest.mark.usefixtures("laptop_at_150")
def test_the_documents_dock_opened_at_150_leaves_the_timeline_its_cards_in_sight(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """The dock, opened on a window shown and not resized since, took 150 of the 512 pixels
    and the splitter took them from the timeline: its axis and overview were left, not one
    card in sight. The dock opens as short as it may, and the timeline gets what it gives."""
    window = first_start(qtbot, workspace)
    view = window.timeline_pane.timeline
    dock = window.documents_dock
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: dock.height() == dock.minimumSizeHint().height())
    panes = window.vertical.widget(1)
    assert panes is not None
    qtbot.waitUntil(lambda: window.vertical.sizes()[1] == panes.minimumSizeHint().height())
    cards = view.current_layout().cards
    assert cards and min(c.y for c in cards) + 12 < view.viewport().height()  # a line of each


@pytest.mark.usefixtures("laptop_at_150")
def test_tab_into_the_panel_scrolled_down_shows_the_field_it_lands_in(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """The panel scrolled down to the note, Tab from the article put the cursor in the
    title, out of sight: what was typed next changed the event's title unseen."""
    window = first_start(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select_event(workspace.events[3].id)
    panel = window.panel
    bar = panel.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # the panel is taller than its pane: the case this is about
    bar.setValue(bar.maximum())
    article = window.source_view.text
    article.setFocus()
    qtbot.keyClick(article, Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert field is not None and panel.isAncestorOf(field), field
    assert not field.visibleRegion().isEmpty(), field.accessibleName()

    qtbot.keyClick(field, Qt.Key.Key_Backtab)  # back to the article, and forth again
    bar.setValue(0)
    window.timeline_pane.filter_bar.search.setFocus()
    qtbot.keyClick(window.timeline_pane.filter_bar.search, Qt.Key.Key_Backtab)
    last = QApplication.focusWidget()
    assert last is not None and panel.isAncestorOf(last), last
    assert not last.visibleRegion().isEmpty(), last.accessibleName()


@pytest.mark.usefixtures("laptop_at_150", "large_text")
def test_the_article_pane_squeezed_shows_its_parts_one_under_another(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """The panes as short as they go (the Documents dock open at 125 % with a 120-dpi font):
    the article's title and details kept the height of all their lines and pushed the row of
    sources down under the article's text, its scroll bar hidden. They show the lines that
    fit instead."""
    window = first_start(qtbot, workspace)
    window.vertical.setSizes([window.height(), 1])
    titles = {d.id: len(d.title) for d in workspace.documents}
    longest = max(workspace.events, key=lambda e: titles.get(e.passages[0].document_id, 0))
    window.select_event(longest.id)
    QApplication.processEvents()
    view = window.source_view
    parts = [view.title, view.meta, view.sources_label, view._buttons.scroll, view.text]
    for above, below in itertools.pairwise(parts):
        assert above.geometry().bottom() < below.geometry().top(), (above, below)
    assert view.text.geometry().bottom() < view.height()


@pytest.mark.usefixtures("laptop_at_150")
def test_tab_into_the_row_of_sources_scrolled_along_shows_the_button_it_lands_on(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """The row of an event's sources scrolled to its last source (the one read last), Tab
    from the list put the focus on its first button, out of sight. (The row wraps onto
    lines now, and scrolls down them.)"""
    window = first_start(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    most = max(workspace.events, key=lambda e: len(e.passages))
    window.select_event(most.id)
    QApplication.processEvents()
    row = window.source_view._buttons
    bar = row.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the row scrolls: the case this is about
    bar.setValue(bar.maximum())
    table = window.event_list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    button = QApplication.focusWidget()
    assert button is row.buttons[0], button
    assert not button.visibleRegion().isEmpty()


def test_ctrl_home_in_an_article_leaves_the_next_article_plain(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Ctrl+Home in the article, to read it from the top, put the cursor in its bold header
    line: every article shown after it was bold from end to end, header or not."""
    ws = window.workspace
    headed = {d.id for d in ws.documents if d.header}
    with_header = [e for e in ws.events if e.passages[0].document_id in headed]
    first = with_header[0]
    other = next(
        e for e in with_header if e.passages[0].document_id != first.passages[0].document_id
    )
    window.select_event(first.id)
    article = window.source_view.text
    article.setFocus()
    qtbot.keyClick(article, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    window.select_event(other.id)
    text = article.document()
    cursor = QTextCursor(text)
    cursor.setPosition(text.characterCount() - 2)  # its last words, far from its header
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold
    doc = ws.document(other.passages[0].document_id)
    assert doc is not None
    lo, _hi = window.source_view._shown(doc.header[0].start, doc.header[0].end)
    cursor.setPosition(lo + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # its header still is
