"""Text from articles, the project and file names shows as written in every widget and
tooltip: none of it is read as HTML, however much it looks like HTML."""
# mypy: allow-untyped-calls

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Anchor, Annotation
from viewer.core.strip_layout import Card, Cluster
from viewer.ui.dialogs import DocumentDateDialog, EventPickerDialog
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

# Shown as HTML, the tags would vanish, "&amp;" would read "&" and a local picture would load.
HOSTILE = "<b>Zanzibar</b> &amp; <table> <img src=/tmp/zanzibar.png> <font color=red size=7>"
# As an HTML page writes text that shows as HOSTILE.
WRITTEN = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
PAGE = f"""<html><head><meta name="author" content="{WRITTEN}">
<meta property="article:published_time" content="2022-03-08"></head><body><article>
<h1>{WRITTEN}</h1>
<p>The {WRITTEN} council announced on Monday that 500 troops would deploy to the islands.</p>
<p>Officials of {WRITTEN} said on Tuesday that the troops had arrived in Stone Town.</p>
</article></body></html>
"""
# A plain text article with no date, shown in the undated lane; Markdown escapes its tags.
UNDATED = "\\<b\\>Zanzibar\\</b\\> &amp;amp; \\<table\\> report\n\nThe council said it agreed.\n"


@pytest.fixture
def hostile_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "<b>Zanzibar &amp; <table>.html").write_text(PAGE, encoding="utf-8")
    (folder / "undated <b>Zanzibar.txt").write_text(UNDATED, encoding="utf-8")
    project = tmp_path / "p.tlproj"
    ws = Workspace.open([folder], project)
    ws.load_all()
    first, second = ws.events[:2]
    ws.edit_annotation(first.id, note=HOSTILE, tags=(HOSTILE, "&amp;"))
    ws.edit_annotation(second.id, title=HOSTILE, starred=True)
    gone = Anchor(first.primary.document_id, 0, 10, f"{WRITTEN} gone", "", "")
    ws.project.save_annotation(Annotation("e-gone", gone, note=HOSTILE))
    ws.close()
    ws = Workspace.open([folder], project)
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ws.close()


def _rendered(text: str, rich: bool) -> str:
    """What a reader sees of `text`: as written, or as Qt renders it as HTML."""
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _guessed(text: str) -> str:
    """What Qt shows of text it guesses the format of (tooltips, AutoText labels)."""
    return _rendered(text, GuiQt.mightBeRichText(text))


def _mnemonic(text: str) -> str:
    """What a menu item or button shows of its text: "&&" is "&", "&x" is "x"."""
    return re.sub(r"&(.)", r"\1", text)


def _shown_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, what a reader sees) for every label, button, action and tooltip there is."""
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel):
            fmt = widget.textFormat()
            rich = fmt == Qt.TextFormat.RichText or (
                fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(widget.text())
            )
            yield name, _rendered(widget.text(), rich)
        if isinstance(widget, QAbstractButton):
            yield name, _mnemonic(widget.text())
        yield f"{name} tooltip", _guessed(widget.toolTip())
        for action in widget.actions():
            yield f"action {action.text()!r}", _mnemonic(action.text())
            yield f"action {action.text()!r} tooltip", _guessed(action.toolTip())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(name, widget)
    timeline = window.timeline_pane.timeline
    layout = timeline.current_layout()
    hits: list[Card | Cluster] = [*layout.cards, *layout.clusters]
    for hit in hits:
        yield "timeline tooltip", _guessed(timeline._tooltip(hit))


def _model_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's own model keeps its one column to itself
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield f"{name} tooltip ({row}, {column})", _guessed(tip)


def test_no_widget_reads_article_or_project_text_as_html(
    qtbot: QtBot, hostile_window: MainWindow
) -> None:
    window = hostile_window
    ws = window.workspace
    assert any("<b>Zanzibar</b> &amp;" in e.primary.text for e in ws.events)
    assert ws.orphans(), "the orphan with a hostile note is listed"
    window.documents_dock.show()
    window.orphans_dock.show()
    doc = next(d for d in ws.documents if d.date is not None)
    dialogs = [DocumentDateDialog(doc, window), EventPickerDialog(ws, ws.events[-1], window)]
    for dialog in dialogs:
        dialog.show()
    seen: dict[str, list[str]] = {}
    for event in ws.events:
        window.select_event(event.id)
        qtbot.wait(10)
        for where, text in _shown_texts(window):
            if "Zanzibar" in text:
                seen.setdefault(where, []).append(text)
    for dialog in dialogs:
        dialog.close()
    # The hostile texts reached the places that show them...
    places = " ".join(seen)
    for place in (
        "FittedLabel documentTitle",  # the article's title
        "QToolButton ",  # the buttons of the event's sources, and their tooltips
        "eventTable tooltip",
        "documentsTable tooltip",
        "orphansTable tooltip",
        "QListWidget  tooltip",  # the merge picker
        "titleEdit tooltip",
        "timeline tooltip",
        "action '<b>Zanzibar</b> &&amp; <table> report'",  # the undated lane's menu
    ):
        assert place in places, place
    # ...and each shows them as written: the bold tag and the entity are still there.
    for where, texts in seen.items():
        for text in texts:
            assert "<b>Zanzibar" in text, (where, text)
            after = text.partition("Zanzibar</b>")[2]
            if after.strip():  # not cut short there: the entity follows, not read as "&"
                assert after.startswith(" &amp;"), (where, text)
