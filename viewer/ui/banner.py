"""A dismissible strip that tells what could not be read or changed on disk, without stopping
the user."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QWidget

from viewer.corpus.errors import is_cancelled_line, is_folder_line, skipped_on_purpose
from viewer.ui.moved_articles import LOCATE_HINT
from viewer.ui.palette_follow import StyleFollowsPalette, dark_desktop
from viewer.ui.plain import as_written

SHOWN_PROBLEMS = 8
TOOLTIP_PROBLEMS = 60
SHORTEST_LINES = 2  # the strip's height where the window is short of room, its text scrolled


class _Lines(QScrollArea):
    """The strip's text, as tall as its lines up to a quarter of the screen and scrolled past
    that: on a 1024 x 600 screen at 125 % its six lines and the Orphans panel pushed the
    window's foot, status bar and all, off the screen."""

    def __init__(self, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(label)
        # the strip's own pale colour behind the text, not the theme's white
        self.viewport().setAutoFillBackground(False)
        label.setAutoFillBackground(False)
        self._label = label

    def sizeHint(self) -> QSize:
        width = self.viewport().width() if self.isVisible() else self._label.sizeHint().width()
        tall = self._label.heightForWidth(max(width, 1))
        screen = self.screen().availableGeometry().height() if self.screen() else tall
        return QSize(self._label.sizeHint().width(), min(max(tall, 0), screen // 4))

    def minimumSizeHint(self) -> QSize:
        lines = SHORTEST_LINES * self.fontMetrics().lineSpacing()
        return QSize(0, min(lines, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its lines wrap anew: another height


def _banner_style() -> str:
    """An amber strip: pale on a light desktop, deep on a dark one, with its own text colour
    (the theme's text would vanish on a strip of the other kind)."""
    face, edge, ink = ("#4a3410", "#c98a2e", "#ffe9c7") if dark_desktop() else BANNER_LIGHT
    return (
        f"#problemBanner {{ background: {face}; border: 1px solid {edge}; border-radius: 4px; }}"
        f" #problemBanner QLabel, #problemBanner QToolButton {{ color: {ink}; }}"
    )


BANNER_LIGHT = ("#fff4e5", "#f0b35a", "#3d2a00")


class ProblemBanner(QFrame):
    """Lists the files that could not be read (the good ones are loaded anyway), the damaged
    values of the project, says when the project cannot be saved and which articles changed
    on disk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        StyleFollowsPalette(self, _banner_style)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAccessibleName("Dismiss the list of unread or changed files")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self._lines = _Lines(self.label, self)
        layout.addWidget(self._lines, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problems(
        self,
        problems: Sequence[str],
        damaged: Sequence[str] = (),
        *,
        read_only: bool = False,
        changed: Sequence[str] = (),
    ) -> None:
        """Show what could not be read: files, damaged values of the project, and whether the
        project can be saved at all; first, what changed in the articles on disk since the
        timeline was last made (`changed`). Nothing to show hides the banner."""
        lines: list[str] = list(changed)
        cancelled = [line for line in problems if is_cancelled_line(line)]
        files = [line for line in problems if not is_cancelled_line(line)]
        failed = [line for line in files if not skipped_on_purpose(line)]
        skipped = [line for line in files if skipped_on_purpose(line)]
        # What failed first: it is what a user may act on; a cancelled load is no file.
        problems = [*failed, *skipped, *cancelled]
        cut = [*damaged[SHOWN_PROBLEMS:], *problems[SHOWN_PROBLEMS:]]
        # "… and 32 more" named none of them: the strip's tooltip lists them all
        self.label.setToolTip(_all_listed([*damaged, *problems]) if cut else "")
        if read_only:
            lines.append(
                "This project is read-only (its file or folder cannot be written): you can "
                "read, search and export, but nothing you change is saved. To work on, save a "
                "copy you can write: File › Save Project As…"
            )
        if damaged:
            count = len(damaged)
            lines.append(
                f"{count} damaged value{'s' if count != 1 else ''} in the project "
                f"{'were' if count != 1 else 'was'} left out; the rest is shown:"
            )
            lines.extend(_listed(damaged))
        if problems:
            lines.append(_headline(failed, skipped, bool(cancelled)))
            lines.extend(_listed(problems))
        if any(_not_found(line) for line in failed):  # a project handed on, a folder renamed
            lines.append(LOCATE_HINT)
        if not lines:
            self.hide()
            return
        self.label.setText("\n".join(lines))
        self._lines.updateGeometry()
        self.show()


def _headline(failed: Sequence[str], skipped: Sequence[str], cancelled: bool) -> str:
    """ "1 folder and 1 file skipped; 2 files could not be read; the others are loaded:",
    each kind counted on its own (a browser page's folder was "a file that could not be
    read", and so was a cancelled load)."""
    parts = ["Loading was cancelled"] if cancelled else []
    if skipped:
        parts.append(f"{_counted(skipped)} skipped")
    # a folder the project read, gone: it was "1 file could not be read"
    gone = sum(1 for line in failed if _not_found(line))
    if gone:
        parts.append(f"{gone} {'folder or file' if gone == 1 else 'folders or files'} not found")
    if unread := [line for line in failed if not _not_found(line)]:
        parts.append(f"{_counted(unread)} could not be read")
    if not (failed or skipped):
        return f"{parts[0]}; the articles read before it are shown:"
    return "; ".join(parts) + "; the others are loaded:"


def _not_found(line: str) -> bool:
    return line.endswith(": no such file or folder")


def _counted(lines: Sequence[str]) -> str:
    folders = sum(1 for line in lines if is_folder_line(line))
    files = len(lines) - folders
    words = [
        f"{count} {kind}{'s' if count != 1 else ''}"
        for count, kind in ((folders, "folder"), (files, "file"))
        if count
    ]
    return " and ".join(words)


def _all_listed(problems: Sequence[str]) -> str:
    """Every line, for the tooltip (escaped: a file name is never markup), up to a screenful."""
    lines = list(problems[:TOOLTIP_PROBLEMS])
    if len(problems) > TOOLTIP_PROBLEMS:
        lines.append(f"… and {len(problems) - TOOLTIP_PROBLEMS} more")
    return as_written("\n".join(lines))


def _listed(problems: Sequence[str]) -> list[str]:
    lines = ["• " + line for line in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(f"… and {len(problems) - SHOWN_PROBLEMS} more (point here to list them)")
    return lines
