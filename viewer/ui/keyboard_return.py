"""The keyboard handed back to the window when one of its dialogs closes. A window manager
does that; with none (a bare X server, a kiosk, some remote desktops) the keyboard went
nowhere: keys still reached the list under the pointer, but the window was not active, so
no shortcut worked (J, S, Ctrl+F) and the letters meant for one jumped the list instead."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class KeyboardReturn(QObject):
    """Watches each dialog that takes the keyboard: when it closes and no window of the
    application has the keyboard, `window` gets it back. A window left for another
    application closes no dialog: nothing is taken back from it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: set[int] = set()  # the dialogs watched, by address, till they hide
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        dialog = QApplication.activeWindow()
        if not isinstance(dialog, QDialog):
            return
        address = shiboken6.getCppPointer(dialog)[0]
        if address not in self._watched:
            self._watched.add(address)
            dialog.installEventFilter(self)
            # A message box or a sheet taken down while shown is never hidden: gone.
            dialog.destroyed.connect(lambda: self._closed(address))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:  # only dialogs are watched
            watched.removeEventFilter(self)
            self._closed(shiboken6.getCppPointer(watched)[0])
        return False

    def _closed(self, address: int) -> None:
        if address in self._watched:
            self._watched.discard(address)
            QTimer.singleShot(0, self._hand_back)  # once it has closed

    def _hand_back(self) -> None:
        window = self._window
        if not shiboken6.isValid(window) or not window.isVisible() or window.isMinimized():
            return
        active = QApplication.activeWindow()  # the closed dialog, till the system says not
        if active is None or not active.isVisible():
            window.activateWindow()
