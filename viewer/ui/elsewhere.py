"""What other sessions save in the project (another window, an import), shown in this one.

The project's database says when another connection committed something (a pragma read once
a second, which costs nothing); only then is the project read again, and only what changed is
redrawn. Edits are written field by field, so neither window writes over the other's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.ui.session_controller import SessionController
from viewer.workspace import WorkspaceError

CHECK_EVERY_MS = 1000


class ChangesElsewhere(QObject):
    """Looks for changes made to the session's project by other sessions, and shows them."""

    message = Signal(str, int)  # a line for the status bar, and for how long (ms)

    def __init__(
        self, session: SessionController, loading: Callable[[], bool], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._loading = loading  # whether a load runs: it replaces the workspace meanwhile
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Pick up and show what changed elsewhere; how many events' annotations changed."""
        if self._loading() or not self._session.workspace.is_open:
            return 0  # a load replaces the workspace; a closed one has nothing more to say
        try:
            picked = self._session.pick_up_elsewhere()
        except WorkspaceError as error:
            self.message.emit(f"Could not read the project: {error}", 8000)
            return 0
        if not picked:
            return 0
        count = len(picked.annotations)
        what = f"{count} event{'s' if count != 1 else ''}" if count else "the events"
        self.message.emit(f"Changed elsewhere (another window or an import): {what}", 8000)
        return count
