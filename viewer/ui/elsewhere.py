"""What other sessions save in the project (another window, an import), shown in this one.

The project's database says when another connection committed something (a pragma read once
a second, which costs nothing); only then is the project read again, and only what changed is
redrawn. Edits are written field by field, so neither window writes over the other's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from viewer.store import ProjectError
from viewer.workspace import WorkspaceError

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

CHECK_EVERY_MS = 1000


class ChangesElsewhere(QObject):
    """Looks for changes made to the window's project by other sessions, and shows them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Pick up and show what changed elsewhere; how many events' annotations changed."""
        window = self._window
        if window.is_loading() or not window.workspace.project.is_open:
            return 0  # a load replaces the workspace; a closed one has nothing more to say
        try:
            picked = window.workspace.pick_up_changes()
        except (WorkspaceError, ProjectError) as error:
            window.statusBar().showMessage(f"Could not read the project: {error}", 8000)
            return 0
        if not picked:
            return 0
        window.show_changes_elsewhere(picked)
        count = len(picked.annotations)
        what = f"{count} event{'s' if count != 1 else ''}" if count else "the events"
        window.statusBar().showMessage(
            f"Changed elsewhere (another window or an import): {what}", 8000
        )
        return count
