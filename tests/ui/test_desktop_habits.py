"""What people expect of a desktop app: names for assistive tools, About, layout and project kept,
a dark theme that stays readable, and the desktop entry's name."""
# mypy: allow-untyped-calls

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import viewer
from viewer.core.annotations import Status
from viewer.corpus.errors import cancelled_line, skipped_on_purpose
from viewer.ui import app
from viewer.ui.event_model import Column, EventTableModel
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace, default_project_path

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
)


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets an assistive tool could only call "button" or "edit"."""
    found = []
    for widget in root.findChildren(QWidget):
        interactive = isinstance(widget, INTERACTIVE) or widget.objectName() == "timeline"
        if not interactive or not widget.isVisibleTo(root) or widget.accessibleName():
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QAbstractSpinBox):
            continue  # parts of a named table or date field
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        if isinstance(widget, QAbstractButton) and any(c.isalpha() for c in text):
            continue  # a button that says what it does in words is named by them
        found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return found


def test_every_interactive_widget_has_a_name(window: MainWindow) -> None:
    assert _unnamed(window) == []


def test_the_about_box_gives_the_version(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    menu = window.menuBar().actions()[-1].menu()
    assert isinstance(menu, QMenu)
    about = next(a for a in menu.actions() if a.text().startswith("&About"))
    about.trigger()
    assert shown and viewer.__version__ in shown[0]


def test_the_status_bar_counts_documents_and_events(window: MainWindow) -> None:
    text = window.counts.text()
    assert "5 documents" in text and f"{len(window.workspace.events)} events" in text


def test_the_desktop_file_name_matches_the_desktop_entry(qapp: QApplication) -> None:
    app.application()
    name = QApplication.desktopFileName()
    assert name == "io.github.timeline_viewer.TimelineViewer"
    resources = Path(viewer.__file__).resolve().parents[1] / "resources"
    assert (resources / f"{name}.desktop").is_file()


def test_the_window_layout_comes_back(qtbot: QtBot, workspace: Workspace) -> None:
    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.resize(760, 560)  # within the offscreen screen, so nothing is clamped
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([500, 300, 300])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(workspace)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size().width() == 760
    assert second.splitter.sizes() == sizes


@pytest.fixture
def started() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
        window.workspace.close()


def test_with_no_path_the_seeds_open_in_their_own_project_whatever_was_open_last(
    qtbot: QtBot, seeds: Path, tmp_path: Path, started: list[MainWindow]
) -> None:
    app.application()
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    for seed in sorted(seeds.iterdir())[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    window = app.open_window([folder], None)
    assert window is not None
    started.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.project.path != default_project_path()
    assert window.workspace.project.path.name.startswith("elsewhere-")
    window.close()

    again = app.open_window([], None)
    assert again is not None
    started.append(again)
    qtbot.waitUntil(lambda: not again.is_loading(), timeout=20_000)
    assert again.workspace.project.path == default_project_path()
    assert len(again.workspace.documents) == 5


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2a2b2e"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        red, green, blue = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_a_dark_palette_keeps_the_timeline_and_highlights_readable(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    try:
        qtbot.wait(50)
        timeline = window.timeline_pane.timeline
        shot = timeline.viewport().grab().toImage()
        background = QColor(shot.pixel(5, shot.height() - 5))
        assert background.lightness() < 60  # the timeline follows the dark palette
        assert _has_bright_text(shot)  # axis labels and titles in light ink

        # highlighted passages keep dark text on their pale background
        selections = window.source_view.text.extraSelections()
        assert selections
        for selection in selections:
            fmt = selection.format
            assert _contrast(fmt.foreground().color(), fmt.background().color()) >= 4.5
    finally:
        qapp.setPalette(before)


def _has_bright_text(image: QImage) -> bool:
    return any(
        QColor(image.pixel(x, y)).lightness() > 170
        for x in range(0, image.width(), 2)
        for y in range(0, 40, 2)
    )


def test_the_problem_banner_sets_its_own_text_colour(window: MainWindow) -> None:
    window.banner.show_problems(["broken.txt: cannot be decoded"])
    assert "color:" in window.banner.styleSheet()
    QTimer.singleShot(0, window.banner.hide)
    assert window.banner.close_button.accessibleName()
    assert Qt.TextFormat.PlainText == window.banner.label.textFormat()


def test_a_dark_palette_keeps_review_colours_readable_in_the_list(
    window: MainWindow, qapp: QApplication
) -> None:
    """A rejected row's struck-through dark red read at 2:1 on a dark base; the status
    marks and the star too."""
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    try:
        model = EventTableModel(window.workspace)
        events = window.workspace.events
        reviews = (Status.CONFIRMED, Status.DISPUTED, Status.REJECTED)
        for event, status in zip(events[:3], reviews, strict=True):
            window.workspace.edit_annotation(event.id, status=status, starred=True)
            model.refresh_event(event.id)
        base = qapp.palette().color(QPalette.ColorRole.Base)
        for event in events[:3]:
            row = model.row_of(event.id)
            assert row is not None
            for column in (Column.STAR, Column.STATUS):
                brush = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
                assert _contrast(brush.color(), base) >= 4.5, (event.id, column)
        rejected = model.row_of(events[2].id)
        assert rejected is not None
        brush = model.index(rejected, Column.TITLE).data(Qt.ItemDataRole.ForegroundRole)
        assert _contrast(brush.color(), base) >= 4.5
    finally:
        qapp.setPalette(before)


def test_the_problems_past_the_first_eight_are_listed_in_the_banners_tooltip(
    window: MainWindow,
) -> None:
    """Forty empty files: the strip named eight and "… and 32 more", and none of those."""
    problems = [f"empty-{n}.txt: the file is empty" for n in range(40)]
    window.banner.show_problems(problems)
    try:
        assert "… and 32 more" in window.banner.label.text()
        assert "empty-39.txt" not in window.banner.label.text()
        assert all(line in window.banner.label.toolTip() for line in problems)
        window.banner.show_problems(problems[:3])
        assert window.banner.label.toolTip() == ""  # all three are in the strip
    finally:
        window.banner.hide()


@pytest.mark.parametrize(
    ("problems", "headline"),
    [
        (
            [
                "corpus/Page_files/: the scripts, pictures and ads a browser saved with "
                "Page.html; not read",
                "blob.txt: not a text file (binary content)",
            ],
            "1 folder and 1 file skipped; the others are loaded:",
        ),
        (
            [
                "empty.txt: the file is empty",
                "locked.txt: cannot be read (permission denied)",
                "old/: cannot be read (permission denied)",
            ],
            "1 file skipped; 1 folder and 1 file could not be read; the others are loaded:",
        ),
        (
            ["broken.txt: not a text file (broken utf-8 text)"],
            "1 file could not be read; the others are loaded:",
        ),
        (
            [cancelled_line(12)],
            "Loading was cancelled; the articles read before it are shown:",
        ),
        (
            ["empty.txt: the file is empty", cancelled_line(1)],
            "Loading was cancelled; 1 file skipped; the others are loaded:",
        ),
    ],
)
def test_the_problem_strip_says_what_was_skipped_and_what_could_not_be_read(
    window: MainWindow, problems: list[str], headline: str
) -> None:
    """A browser page's folder and a binary file were "2 files could not be read"."""
    window.banner.show_problems(problems)
    try:
        lines = window.banner.label.text().splitlines()
        assert lines[0] == headline
        assert sorted(lines[1:]) == sorted("• " + line for line in problems)
        assert not skipped_on_purpose(lines[1]) or "could not" not in headline  # failures first
    finally:
        window.banner.hide()
