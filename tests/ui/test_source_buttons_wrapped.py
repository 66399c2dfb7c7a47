"""An article updated twice in two days (nine passages of one event in three articles): at
1440 x 900 the row of source buttons scrolled sideways, two of nine in sight, the articles'
buttons read alike ("Brisk… · 21 Oct 2025 · 1/3" for the first and its update), and the
last source was out of reach but for a thin scroll bar. The buttons wrap onto lines of the
pane's width, each told apart, each reached by Tab and by a click."""
# mypy: allow-untyped-calls

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.article_window import window_on
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

PAGE = """<html><head><title>{title}</title></head>
<body><h1>{title}</h1>
<p class="byline">Valley Herald Online &middot; {day} October 2025</p>
<p>Alan Brisk began giving evidence in his own defence on Tuesday.</p>
<p>He told the jury he had never favoured his brother-in-law's firm.</p>
{more}</body></html>
"""
VERSIONS = [
    ("Brisk takes the stand", 21, ""),
    ("Brisk takes the stand (updated)", 21, "<p>He admitted a meeting.</p>"),
    ("Brisk takes the stand (updated again)", 22, "<p>The judge adjourned the trial.</p>"),
]


def in_sight(widget: QWidget) -> Callable[[], bool]:
    return lambda: not widget.visibleRegion().isEmpty()


def test_every_source_button_of_an_updated_article_is_in_reach(
    qtbot: QtBot, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for k, (title, day, more) in enumerate(VERSIONS, start=1):
        page = PAGE.format(title=title, day=day, more=more)
        (articles / f"herald_brisk_evidence_v{k}.html").write_text(page, encoding="utf-8")
    workspace = Workspace.open([articles], project_path=tmp_path / "p.tlproj")
    workspace.load_all()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        event = max(workspace.events, key=lambda e: len(e.passages))
        assert event.source_count == 3
        window.select_event(event.id)
        QApplication.processEvents()
        row = window.source_view._buttons
        buttons = window.source_view.source_buttons
        texts = [b.text() for b in buttons]
        assert len(set(texts)) == len(texts) == len(event.passages), texts
        line = row.scroll.viewport().width()
        assert all(b.geometry().right() < line for b in buttons), texts  # none cut at the right
        assert row.scroll.horizontalScrollBar().maximum() == 0
        buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
        for button in buttons[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is button
            qtbot.waitUntil(in_sight(button))  # scrolled to
        qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)
        shown = window.source_view.document()
        assert shown is not None and shown.id == event.passages[-1].document_id
    finally:
        window.close()
        workspace.close()


def test_wrapped_source_buttons_name_their_articles_whole(qtbot: QtBot, tmp_path: Path) -> None:
    """At 1366 x 768 the ten buttons of the article and its two updates took a line each, yet
    each read "Brisk… · 21 Oct 2025 · 1/3" with most of its line empty: the first article's
    and its update's read alike but for "1/3" and "1/4". Wrapped anyway, they keep the
    article's whole name."""
    pages = {
        f"herald_brisk_evidence_v{k}.html": PAGE.format(title=title, day=day, more=more)
        for k, (title, day, more) in enumerate(VERSIONS, start=1)
    }
    workspace, window = window_on(qtbot, tmp_path, pages)
    try:
        event = max(workspace.events, key=lambda e: len(e.passages))
        window.select_event(event.id)
        QApplication.processEvents()
        buttons = window.source_view.source_buttons
        texts = [b.text() for b in buttons]
        assert len({b.y() for b in buttons}) > 1, texts  # wrapped onto lines
        assert all("Brisk takes the stand" in text for text in texts), texts
        by_article: dict[str, set[str]] = {}
        for passage, text in zip(event.passages, texts, strict=True):
            by_article.setdefault(text.rpartition(" · ")[0], set()).add(passage.document_id)
        assert all(len(docs) == 1 for docs in by_article.values()), texts
    finally:
        window.close()
        workspace.close()
