"""View › Sort List By: every order a click on the list's headers gives, and how sure each
event's date is, from the keyboard. The list sorted only by a mouse click on a header, and
never by how sure its dates are; choosing the order the list has already turns it round,
as a second click on a header does."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from viewer.core.timeline_display import ListOrder
from viewer.ui.action_registry import ActionRegistry
from viewer.ui.event_list import EventList
from viewer.ui.event_model import Column
from viewer.ui.session_controller import SessionController

# (menu entry, column, the Sure column of the date): each in its first order, as a header's
# first click gives it (the most sure, the starred, the reviewed, the noted first).
SORTS = (
    ("&Date", Column.DATE, False),
    ("&Title", Column.TITLE, False),
    ("S&ource", Column.SOURCES, False),
    ("Sure It &Happened", Column.SURE, False),
    ("Sure of Its Dat&e", Column.SURE, True),
    ("&Starred First", Column.STAR, False),
    ("&Reviewed First", Column.STATUS, False),
    ("&Notes First", Column.MARKS, False),
)


def add_sort_menu(registry: ActionRegistry, menu: str, event_list: EventList) -> QMenu:
    """The submenu, its entry for the list's order checked."""
    sorts = QMenu("&Sort List By", event_list)
    group = QActionGroup(sorts)
    entries: list[tuple[QAction, Column, bool]] = []
    for text, column, of_date in SORTS:
        action = sorts.addAction(text)
        action.setCheckable(True)
        action.setStatusTip("Again: the other way round")
        group.addAction(action)
        action.triggered.connect(partial(sort_list, event_list, column, of_date))
        entries.append((action, column, of_date))
    sorts.aboutToShow.connect(partial(_check_current, event_list, entries))
    return registry.submenu(menu, sorts)


def sort_list(event_list: EventList, column: Column, of_date: bool) -> None:
    """Sort by `column` (the Sure column of the date, or of the happening), the other way
    round when the list is sorted so already."""
    header = event_list.table.horizontalHeader()
    model = event_list.model
    same = header.sortIndicatorSection() == column and (
        column is not Column.SURE or model.sure_of_date == of_date
    )
    ascending = Qt.SortOrder.AscendingOrder
    first = header.sortIndicatorOrder() == ascending
    if column is Column.SURE:
        model.show_sure_of_date(of_date)
    order = Qt.SortOrder.DescendingOrder if same and first else ascending
    event_list.table.sortByColumn(column, order)


def _check_current(event_list: EventList, entries: list[tuple[QAction, Column, bool]]) -> None:
    section = event_list.table.horizontalHeader().sortIndicatorSection()
    of_date = event_list.model.sure_of_date
    for action, column, dated in entries:
        action.setChecked(section == column and (column is not Column.SURE or dated == of_date))


def keep_list_order(session: SessionController, event_list: EventList) -> None:
    """The list's order kept in the project as the user sets it, and set again when a project
    is opened: reopened, the list was back in date order."""
    header = event_list.table.horizontalHeader()

    def keep() -> None:
        section = header.sortIndicatorSection()
        if section not in set(Column):
            return
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        of_date = event_list.model.sure_of_date
        order = ListOrder(Column(section).name, descending, of_date)
        if order != (session.workspace.list_order() or ListOrder()):
            session.workspace.set_list_order(order)  # not again for the order restored

    def restore() -> None:
        order = session.workspace.list_order() or ListOrder()
        column = Column.__members__.get(order.column, Column.DATE)
        if column is Column.SURE:
            event_list.model.show_sure_of_date(order.of_date)
        way = Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder
        event_list.table.sortByColumn(column, way)

    restore()  # the workspace the window opens with
    session.workspace_changed.connect(lambda *_: restore())
    header.sortIndicatorChanged.connect(lambda *_: keep())
    event_list.model.headerDataChanged.connect(lambda *_: keep())  # the Sure column's meaning
