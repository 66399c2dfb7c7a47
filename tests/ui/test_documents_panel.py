"""The Documents dock lists every article with its author and publication date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from viewer.ui.dock_room import STRIP_FLOOR
from viewer.ui.documents_panel import SORT_ROLE, Column, DocumentsDock, DocumentTableModel
from viewer.ui.event_list import ROW_HEIGHT
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def test_the_model_passes_the_model_tester(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(DocumentTableModel(workspace))


def test_every_seed_is_listed_with_its_author_and_date(workspace: Workspace) -> None:
    model = DocumentTableModel(workspace)
    rows = {
        model.data(model.index(r, Column.FILE)): (
            model.data(model.index(r, Column.AUTHOR)),
            model.data(model.index(r, Column.PUBLISHED)),
            model.data(model.index(r, Column.DATED)),
        )
        for r in range(model.rowCount())
    }
    assert rows["000_faa9ce2b65bbefc6.txt"] == ("", "2022-06-29", "year inferred from the corpus")
    assert rows["003_4562f5bd9218622e.txt"] == (
        "Andre Damon",
        "2022-11-29",
        "stated in the article",
    )
    assert rows["004_b890c7d492dc02e3.txt"][1] == "2022-03-08"
    assert len(rows) == 5


def test_clicking_a_document_shows_it_in_the_article_view(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.documents_dock
    dock.show()
    row = next(
        r for r in range(dock.model.rowCount()) if dock.model.document(r).id.startswith("003")
    )
    rect = dock.table.visualRect(dock.table.model().index(row, Column.TITLE))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = window.source_view.document()
    assert shown is not None and shown.id.startswith("003")
    start, end = window.source_view.highlighted_range()
    passage = window.source_view.current_passage()
    assert passage is not None and passage.document_id == shown.id
    assert shown.text[start:end] == passage.text


def _column(dock: DocumentsDock, column: Column) -> list[object]:
    view = dock.table.model()
    return [view.index(r, column).data() for r in range(view.rowCount())]


@pytest.mark.parametrize("column", [Column.PUBLISHED, Column.TITLE, Column.EVENTS, Column.FILE])
def test_a_click_on_a_header_sorts_the_documents(
    qtbot: QtBot, window: MainWindow, column: Column
) -> None:
    """An analyst with 300 articles clicks "Published" to read them in order; nothing moved."""
    dock = window.documents_dock
    dock.show()
    header = dock.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    first = [dock.table.model().index(r, column).data(SORT_ROLE) for r in range(5)]
    assert first == sorted(first)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    again = [dock.table.model().index(r, column).data(SORT_ROLE) for r in range(5)]
    assert again == sorted(again, reverse=True)
    if column is Column.PUBLISHED:
        assert _column(dock, column)[0] == "2022-11-29"  # the newest first, on a second click


def test_a_sorted_list_still_opens_the_article_clicked(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.documents_dock
    dock.show()
    dock.table.sortByColumn(Column.FILE, Qt.SortOrder.DescendingOrder)
    files = _column(dock, Column.FILE)
    row = next(r for r, name in enumerate(files) if str(name).startswith("003"))
    rect = dock.table.visualRect(dock.table.model().index(row, Column.TITLE))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = window.source_view.document()
    assert shown is not None and shown.id.startswith("003")


def test_opening_the_documents_dock_on_a_laptop_leaves_the_article_readable(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1366 x 768 the dock took all its height from the list and the article, which
    showed two lines; the timeline gives way now, down to a row of cards, and takes its
    height back when the dock closes."""
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    timeline, below = window.vertical.sizes()
    article = window.source_view.height()
    window.documents_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.vertical.sizes()[0] < timeline)
    qtbot.wait(20)
    assert window.timeline_pane.timeline.height() >= STRIP_FLOOR  # a row of cards
    assert window.source_view.height() >= article * 0.8  # it had 56% of its height
    assert window.documents_dock.height() >= 5 * ROW_HEIGHT
    window.documents_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.vertical.sizes()[0] == timeline)
    assert window.vertical.sizes()[1] == below


def test_height_freed_under_the_dock_goes_to_a_cut_timeline_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A laptop, a four-line problem strip and the Documents dock: the timeline was down to
    half a row of cards, and dismissing the strip gave every freed pixel to the article."""
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.banner.show_problems([f"empty-{n}.txt: the file is empty" for n in range(6)])
    window.documents_dock.toggleViewAction().trigger()
    qtbot.wait(50)
    below = window.vertical.sizes()[1]
    window.vertical.setSizes([150, sum(window.vertical.sizes()) - 150])  # cut, as it was
    qtbot.wait(20)
    assert window.timeline_pane.timeline.height() < STRIP_FLOOR
    window.banner.close_button.click()
    qtbot.waitUntil(lambda: window.timeline_pane.timeline.height() >= STRIP_FLOOR)
    assert window.vertical.sizes()[1] >= min(below, STRIP_FLOOR)
