"""An HTML page and a Markdown article in the window: shown as a reader sees them, with each
event's highlight on its own words."""
# mypy: allow-untyped-calls

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.marked_up import write_articles
from viewer.core.visible import one_line
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


@pytest.fixture
def marked_up_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    ws = Workspace.open([write_articles(tmp_path / "articles")], tmp_path / "p.tlproj")
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ws.close()


def test_every_highlight_falls_on_its_passage_words(marked_up_window: MainWindow) -> None:
    window = marked_up_window
    shown = 0
    for event in window.workspace.events:
        for passage in event.passages:
            window.select_event(event.id, passage)
            assert one_line(window.source_view.highlighted_text()) == passage.text
            shown += 1
    assert shown >= 8


def test_the_article_view_shows_no_markup(marked_up_window: MainWindow) -> None:
    window = marked_up_window
    ws = window.workspace
    for doc in ws.documents:
        passage, event_id = ws.passages_in(doc.id)[0]
        window.select_event(event_id, passage)
        text = window.source_view.text.toPlainText()
        for markup in ("<p", "</", "&amp;", "&#", "*", "\\$", "](", "# "):
            assert markup not in text, (doc.id, markup)
        assert ("AT&T’s former lobbyist" in text) == doc.id.endswith(".html")


def test_clicking_words_of_an_html_passage_selects_its_event(
    qtbot: QtBot, marked_up_window: MainWindow
) -> None:
    window = marked_up_window
    ws = window.workspace
    target = next(e for e in ws.events if "AT&T’s" in e.primary.text)
    doc = ws.documents_by_id[target.primary.document_id]
    other, other_id = next((p, i) for p, i in ws.passages_in(doc.id) if i != target.id)
    window.select_event(other_id, other)
    # A word after the tags and entities: its source offset is well past where it shows.
    offset = doc.text.index("former lobbyist")
    view = window.source_view
    view.ensure_visible(offset)
    qtbot.mouseClick(view.text.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(offset))
    assert window.current_event_id() == target.id
