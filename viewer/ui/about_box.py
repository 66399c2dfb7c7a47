"""Help › About: the program's name and version, what it does, and the project on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

import viewer
from viewer.ui.titles import APP_TITLE


def show_about_box(parent: QWidget, project: Path) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_TITLE}",
        f"{APP_TITLE} {viewer.__version__}\n\n"
        "Dated events from news coverage, each linked to the passages that report it.\n"
        f"Project: {project}",
    )
