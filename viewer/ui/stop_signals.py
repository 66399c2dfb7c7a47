"""A request to stop from outside closes the window as its close button does.

A session logging out or a machine shutting down sends SIGTERM (SIGHUP when the terminal that
started the program goes away; SIGINT is Ctrl+C there). By default each kills the process at
once: what was typed in the last moment is not saved, and the timeline is not kept for the
next opening, which then cannot say what changed on disk. Here each closes the window instead.

Python runs a signal's handler only when it runs Python code, and Qt's event loop runs none
while it waits: the signal writes a byte to a socket (`signal.set_wakeup_fd`) that the event
loop watches, and the window is closed from there.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QWidget

_STOPS = tuple(
    s for s in (getattr(signal, name, None) for name in ("SIGTERM", "SIGHUP", "SIGINT")) if s
)


class StopSignals(QObject):
    """While installed, SIGTERM, SIGHUP and SIGINT close `window`; `uninstall` puts back what
    was there before."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous: dict[int, Callable[..., object] | int | None] = {}
        for stop in _STOPS:
            self._previous[stop] = signal.signal(stop, _noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._stop_asked)

    def _stop_asked(self) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(64):  # one byte a signal: read them all
                pass
        self._window.close()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for stop, handler in self._previous.items():
            signal.signal(stop, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _noted(_signum: int, _frame: object) -> None:
    """The handler: the wakeup byte has already told the event loop."""
