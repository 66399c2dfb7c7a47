"""Answer Export's question about the events hidden, as a user does: by clicking a button."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot


class ExportQuestion:
    """What the question said and which buttons it offered, once it was answered."""

    def __init__(self) -> None:
        self.text = ""
        self.buttons: list[str] = []


def answer_export(qtbot: QtBot, button: str) -> ExportQuestion:
    """Click the button whose words start with these ("Export &Shown", "Cancel") when the
    question comes up."""
    asked = ExportQuestion()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not up yet
            QTimer.singleShot(10, click)
            return
        asked.text = f"{box.text()}\n{box.informativeText()}"
        asked.buttons = [b.text() for b in box.buttons()]
        chosen = [b for b in box.buttons() if b.text().startswith(button)]
        if len(chosen) != 1:
            box.reject()  # the test fails on what was asked, never waits
            return
        qtbot.mouseClick(chosen[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return asked
