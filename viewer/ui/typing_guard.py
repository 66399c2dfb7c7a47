"""Keeps single-key shortcuts (S, C, D, R, U, N, T, J, K) from firing while the user types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# A key with only these modifiers types a character rather than giving a command.
TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def takes_typing(widget: QWidget | None) -> bool:
    """Whether a widget with focus reads plain keys as input (text, dates, combo search)."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox)):
        return widget.isEnabled()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()  # the read-only article keeps the shortcuts
    return False


def is_typed_key(event: QKeyEvent) -> bool:
    """A key that types a character: no Ctrl, Alt or Meta, and printable text."""
    if event.modifiers() & ~TYPING_MODIFIERS:
        return False
    text = event.text()
    return bool(text) and text.isprintable()


class TypingGuard(QObject):
    """Hands a typed key to the focused field instead of a window shortcut.

    A combo box, for one, does not claim letter keys, so "D" there would mark the event
    disputed instead of choosing "Day". Accepting the shortcut override gives the key back.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed with this object, which the window owns

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self._window:
            return False
        if takes_typing(focus) and is_typed_key(event):
            event.accept()
            return True
        return False
