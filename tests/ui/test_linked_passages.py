"""Selecting an event shows its passage; clicking a passage selects its event."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.core.model import Event
from viewer.core.visible import one_line
from viewer.ui.event_model import Column
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def click_row(qtbot: QtBot, window: MainWindow, event: Event) -> None:
    table = window.event_list.table
    row = window.model.row_of(event.id)
    assert row is not None
    table.scrollTo(window.model.index(row, Column.TITLE))
    rect = table.visualRect(window.model.index(row, Column.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_an_event_highlights_its_passage(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    for event in ws.events[:: max(1, len(ws.events) // 6)]:
        click_row(qtbot, window, event)
        assert window.current_event_id() == event.id
        passage = event.primary
        assert window.source_view.highlighted_range() == (passage.start, passage.end)
        doc = ws.documents_by_id[passage.document_id]
        assert doc.visible.reading(passage.start, passage.end) == passage.text
        assert one_line(window.source_view.highlighted_text()) == passage.text


def test_markup_is_hidden_in_the_highlighted_passage(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    marked = [e for e in ws.events if "*" in e.primary.source_text]
    assert marked, "the Markdown seed has markup inside at least one passage"
    event = marked[0]
    click_row(qtbot, window, event)
    highlighted = window.source_view.highlighted_text()
    assert "*" not in highlighted
    assert one_line(highlighted) == event.primary.text
    assert "# " not in window.source_view.text.toPlainText()[:5]


def test_clicking_a_highlighted_passage_selects_its_event(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    first, target = (
        ws.events[0],
        next(
            e
            for e in ws.events[1:]
            if e.primary.document_id == ws.events[0].primary.document_id
            and len(ws.events_at(e.primary.document_id, (e.primary.start + e.primary.end) // 2))
            == 1
        ),
    )
    click_row(qtbot, window, first)
    middle = (target.primary.start + target.primary.end) // 2
    view = window.source_view
    view.ensure_visible(middle)
    qtbot.mouseClick(view.text.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(middle))
    assert window.current_event_id() == target.id
    row = window.model.row_of(target.id)
    assert window.event_list.table.currentIndex().row() == row
    assert view.highlighted_range() == (target.primary.start, target.primary.end)


def test_down_key_moves_to_the_next_event(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    click_row(qtbot, window, ws.events[0])
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Down)
    assert window.current_event_id() == ws.events[1].id
    second = ws.events[1].primary
    assert window.source_view.highlighted_range() == (second.start, second.end)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Up)
    assert window.current_event_id() == ws.events[0].id


def test_j_and_k_move_through_events(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    click_row(qtbot, window, ws.events[0])
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_J)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_J)
    assert window.current_event_id() == ws.events[2].id
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_K)
    assert window.current_event_id() == ws.events[1].id


def test_every_source_of_an_event_is_one_click_away(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = next((e for e in ws.events if e.source_count > 1), None)
    if event is None:
        return  # the extractor merged nothing: nothing to switch between
    click_row(qtbot, window, event)
    buttons = window.source_view.source_buttons
    assert len(buttons) == len(event.passages)
    other = event.passages[1]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert window.source_view.document() is not None
    assert window.source_view.document().id == other.document_id  # type: ignore[union-attr]
    assert window.source_view.highlighted_range() == (other.start, other.end)


def test_no_two_source_buttons_look_alike(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = next(
        e
        for e in ws.events
        if 1 < len({p.document_id for p in e.passages}) < len(e.passages)  # an article twice
    )
    click_row(qtbot, window, event)
    texts = [b.text() for b in window.source_view.source_buttons]
    assert len(set(texts)) == len(texts) == len(event.passages)
    twice = next(
        d
        for d in {p.document_id for p in event.passages}
        if sum(p.document_id == d for p in event.passages) > 1
    )
    n = sum(p.document_id == twice for p in event.passages)
    whole = [b.accessibleName() for b in window.source_view.source_buttons]  # uncut
    of_it = [t for t, p in zip(whole, event.passages, strict=True) if p.document_id == twice]
    assert [t.rsplit(" · ", 1)[1] for t in of_it] == [f"{k} of {n}" for k in range(1, n + 1)]
    window.select_event(event.id, event.passages[-1])  # as a click on that passage does
    last = window.source_view.source_buttons[-1]
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())  # its button scrolled to
    assert last.isChecked()


SYNDICATED = """2010-09-10

Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder

A Kraft Foods plant worker who had been suspended for feuding with colleagues, then escorted \
from the building, returned minutes later with a handgun and shot two of them dead, police \
said Friday.

Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co-workers at the \
northeast Philadelphia plant, police said.
"""


def test_syndicated_copies_get_source_buttons_told_apart(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    """One wire story in two outlets' files, same headline, same day: both buttons read
    "Kraft Shooting: Yvonne Hiller… · 10 Sep 2010"; only the tooltip named the file."""
    folder = tmp_path / "wire"
    folder.mkdir()
    for outlet in ("philly_inquirer", "wpvi_news"):
        (folder / f"{outlet}.txt").write_text(SYNDICATED, encoding="utf-8")
    ws = Workspace.open([folder], project_path=tmp_path / "wire.tlproj")
    ws.load_all()
    window = MainWindow(ws)
    opened_windows.append(window)
    qtbot.addWidget(window)
    window.show()
    event = next(e for e in ws.events if len({p.document_id for p in e.passages}) == 2)
    window.select_event(event.id, event.primary)
    texts = [b.text() for b in window.source_view.source_buttons]
    assert len(set(texts)) == len(texts) == len(event.passages)
    assert any("philly_inquirer" in t for t in texts) and any("wpvi_news" in t for t in texts)
    list_label = window.model.source_label(event.primary.document_id)
    whole = [b.accessibleName() for b in window.source_view.source_buttons]
    assert any(t.startswith(list_label) for t in whole)  # named as the list names it
