"""Running a load on a worker thread, so the window stays responsive and can cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from viewer.workspace import Loaded, LoadInputs, WorkspaceError, run_load


class CorpusLoader(QThread):
    """Runs run_load() off the GUI thread; a workspace installs the result on the GUI thread.
    It holds no workspace: only what the load reads, taken from the project before it runs."""

    progressed = Signal(int, int)  # steps done, steps in all (files read, then documents extracted)
    loaded = Signal(object)  # a Loaded
    partial = Signal(object, object)  # the documents read and the events found so far
    kept = Signal(object, object)  # the timeline the project kept, and its EventIndex
    failed = Signal(str)  # one line for the user

    def __init__(
        self, make_inputs: Callable[[], LoadInputs], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_inputs = make_inputs
        self._inputs: LoadInputs | None = None
        self._cancelled = False
        self._shown = -1
        self._refused = ""  # why the load could not start

    def begin(self) -> None:
        """Read what the project has kept, here on the thread that owns it, then run. If that
        fails, the thread still runs, only to say so: the window never waits on a load that
        did not start."""
        try:
            self._inputs = self._make_inputs()
        except Exception as error:  # a damaged project must not leave the window waiting
            self._refused = f"could not read the project: {error}"
        self.start()

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def was_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        if self._refused or self._inputs is None:
            self.failed.emit(self._refused or "could not read the project")
            return
        try:
            result: Loaded = run_load(
                self._inputs,
                self._progress,
                lambda: self._cancelled,
                self.partial.emit,
                self.kept.emit,
            )
        except WorkspaceError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a worker must never die silently
            self.failed.emit(f"could not read the articles: {error}")
            return
        finally:
            self._inputs = None  # the snapshot of the user's work is not kept past the load
        self.loaded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        # A step per thousandth at most: ten thousand signals would only queue up repaints.
        step = done * 1000 // max(total, 1)
        if step != self._shown or done == total:
            self._shown = step
            self.progressed.emit(done, total)
