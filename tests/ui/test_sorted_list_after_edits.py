"""The list sorted by how sure each date is: a date corrected there (wholly sure now, 100 %)
stayed where it was, between 86 % and 45 %, and the rows of a CSV import that corrected dates
did too; the list kept an order made before the events were made again."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from tests.ui.test_sorting_by_keyboard import _sort_entry, _sure_cells
from viewer.ui.main_window import MainWindow


def test_a_corrected_date_goes_where_the_list_s_order_puts_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    _sort_entry(window, "Sure of Its Dat&e").trigger()
    model = window.model
    least = model.event_at(model.rowCount() - 1)
    assert ws.effective(least).date_confidence < 0.5
    window.select_event(least.id)
    window.event_list.table.setFocus()
    key(qtbot, window, "Ctrl+D")
    key(qtbot, window, "Up")  # a year later
    key(qtbot, window, "Return")
    assert ws.annotation(least.id).date is not None
    cells = _sure_cells(window)
    assert cells == sorted(cells, reverse=True), cells
    assert model.row_of(least.id) == 0  # wholly sure: first
