"""A dismissible strip that tells what could not be read, without stopping the user."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

SHOWN_PROBLEMS = 8


class ProblemBanner(QFrame):
    """Lists the files that could not be read; the good ones are loaded anyway."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#problemBanner { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 4px; }"
            # its own text colour too: the theme's light text would vanish on the pale strip
            " #problemBanner QLabel, #problemBanner QToolButton { color: #3d2a00; }"
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAccessibleName("Dismiss the list of unread files")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problems(self, problems: Sequence[str]) -> None:
        """Show the problems once; nothing to show hides the banner."""
        if not problems:
            self.hide()
            return
        lines = list(problems[:SHOWN_PROBLEMS])
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(f"… and {len(problems) - SHOWN_PROBLEMS} more")
        count = len(problems)
        head = f"{count} file{'s' if count != 1 else ''} could not be read; the others are loaded:"
        self.label.setText("\n".join([head, *("• " + line for line in lines)]))
        self.show()
