"""A request to stop from outside (a session logging out, a machine shutting down, Ctrl+C in
the terminal) closes the window as its close button does: nothing typed is lost."""
# mypy: allow-untyped-calls

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.ui.stop_signals import StopSignals
from viewer.workspace import Workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send on Windows")


@pytest.mark.parametrize("stop", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_stop_signal_closes_the_window_and_keeps_the_note_being_typed(
    qtbot: QtBot, window: MainWindow, project_path: Path, seeds: Path, stop: str
) -> None:
    event_id = window.workspace.events[3].id
    window.select_event(event_id)
    window.panel.note_edit.setFocus()
    qtbot.keyClicks(window.panel.note_edit, "Call the press office back")
    stops = StopSignals(window)
    try:
        os.kill(os.getpid(), getattr(signal, stop))
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        stops.uninstall()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back as it was

    reopened = Workspace.open([seeds], project_path=project_path)
    try:
        reopened.load_all()
        assert reopened.annotation(event_id).note == "Call the press office back"
    finally:
        reopened.close()
