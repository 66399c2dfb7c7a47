"""Starting the window: the application, the workspace, and the corpus read in the background."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import viewer
from viewer.ui.main_window import MainWindow
from viewer.ui.moved_articles import locate_after
from viewer.ui.plain import as_written
from viewer.ui.stop_signals import StopSignals
from viewer.ui.titles import APP_TITLE, SETTINGS_APP, SETTINGS_ORG
from viewer.workspace import ArticlesNotFoundError, Workspace, WorkspaceError

EXIT_BAD_INPUT = 2
DESKTOP_ID = "io.github.timeline_viewer.TimelineViewer"  # resources/<id>.desktop


def resources_dir() -> Path | None:
    """The icons and stylesheet: in a frozen bundle, a checkout, or an installed package."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    package = Path(viewer.__file__).resolve().parent
    candidates += [package.parent / "resources", package / "resources"]  # checkout, installed
    return next((c for c in candidates if c.is_dir()), None)


def application() -> QApplication:
    """The one QApplication, named so settings and the desktop know it."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(SETTINGS_APP)
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationVersion(viewer.__version__)
    app.setDesktopFileName(DESKTOP_ID)
    resources = resources_dir()
    if resources is not None:
        icon = resources / "timeline-viewer.svg"
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
        style = resources / "style.qss"
        if style.is_file():
            app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def open_window(paths: Sequence[Path], project: Path | None) -> MainWindow | None:
    """Open the workspace and show it, its articles loading in the background; None on error.
    With nothing named, the seeds' default project: the others are under File › Open Recent."""
    try:
        try:
            workspace = Workspace.open(paths, project)
        except ArticlesNotFoundError as error:  # handed on, or its folder renamed: where is it?
            sources = locate_after(None, error)
            if not sources:
                return None
            workspace = Workspace.open(sources, error.project_path)
    except WorkspaceError as error:
        QMessageBox.critical(None, APP_TITLE, as_written(str(error)))
        return None
    window = MainWindow(workspace)
    window.show()
    # With no window manager to give it the keyboard (a bare X server, a kiosk), the window
    # had none till clicked: J, S and Ctrl+F did nothing. A window manager decides anyway.
    window.activateWindow()
    window.start_loading()
    return window


def run(paths: Sequence[Path], project: Path | None) -> int:
    """Run the window until it is closed; 2 when the project or paths cannot be opened."""
    app = application()
    window = open_window(paths, project)
    if window is None:
        return EXIT_BAD_INPUT
    stops = StopSignals(window)  # a session ending closes the window as its close button does
    try:
        return app.exec()
    finally:
        stops.uninstall()
        window.workspace.close()
