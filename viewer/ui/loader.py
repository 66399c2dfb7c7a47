"""Reading a corpus on a worker thread, so the window stays responsive and can cancel."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from viewer.workspace import Loaded, Workspace, WorkspaceError


class CorpusLoader(QThread):
    """Runs workspace.load() off the GUI thread; the result is applied on the GUI thread."""

    progressed = Signal(int, int)  # files done, files in all
    loaded = Signal(object)  # a Loaded
    failed = Signal(str)  # one line for the user

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def was_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result: Loaded = self.workspace.load(self._progress, lambda: self._cancelled)
        except WorkspaceError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a worker must never die silently
            self.failed.emit(f"could not read the articles: {error}")
            return
        self.loaded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
