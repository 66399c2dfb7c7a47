"""A window's loads, one at a time: the loader thread, its progress bar and Cancel button,
and what the window shows meanwhile.

A project that kept its timeline shows it at once, read-only until its articles are read and
checked; a new corpus fills the timeline in as its events are found.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QStatusBar, QWidget

from viewer.core.event_index import EventIndex
from viewer.core.model import Document, Event
from viewer.core.timeline import TimelineData
from viewer.ui.loader import CorpusLoader
from viewer.ui.plain import as_written
from viewer.ui.session_controller import SessionController
from viewer.ui.titles import APP_TITLE
from viewer.workspace import KeptTimeline, Loaded, SessionState, Workspace, WorkspaceError
from viewer.workspace.memory import release_freed_memory


class WindowLoading(QObject):
    """Runs a CorpusLoader for a window's session and puts each stage of the load on screen,
    through the session: the one place a workspace is swapped for another."""

    running = Signal(bool)  # a load started (True) or ended: one load at a time
    opened = Signal()  # a workspace the user opened is loaded and on screen

    def __init__(self, session: SessionController, status: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._status = status
        self._parent = parent
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(220)
        # One bar over reading and then extracting: a share of the whole, not a count of steps.
        self.progress.setFormat("Loading articles… %p%")
        self.cancel_button = QPushButton("Cancel", parent)
        self.cancel_button.clicked.connect(self.cancel)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self._loader: CorpusLoader | None = None
        self._target: Workspace | None = None  # the workspace the running load is for
        self._replacing = False  # the running load opens a new workspace in place of this one
        # The workspace to go back to if a new one, shown before it was read, fails to load.
        self._previous: Workspace | None = None
        self._kept_columns: TimelineData | None = None  # shown from the project, if kept
        self._quiet = False  # the timeline on screen stays until the load is done

    def start(self, workspace: Workspace | None = None) -> None:
        """Read a corpus in the background; a new workspace replaces the window's when ready."""
        if self._loader is not None:
            return
        self._replacing = workspace is not None
        target = workspace or self._session.workspace
        self._target = target
        loader = CorpusLoader(target.load_inputs, self)
        loader.progressed.connect(self._progressed)
        loader.partial.connect(self._partial)
        loader.kept.connect(self._kept)
        loader.loaded.connect(self._loaded)
        loader.failed.connect(self._failed)
        loader.finished.connect(self._finished)
        self._loader = loader
        # A load makes millions of objects: the cyclic collector, run now and then over all of
        # them, would hold the interpreter (and so the window) for a second or more each time.
        # It rests until the load is over, and then leaves what the load made alone for good.
        gc.disable()
        self.progress.setRange(0, 0)
        self.show_progress(True)
        # Reading again the articles of the timeline on screen: it stays, editable, until
        # the new one is ready. Otherwise the kept timeline's columns paint at once and its
        # events follow from the loader, or the timeline fills in as events are found.
        shown = target.events and target.state.checked
        self._quiet = workspace is None and bool(shown)
        self._kept_columns = None if self._quiet else target.kept_columns()
        if self._kept_columns is not None:
            target.show_columns(self._kept_columns)
            self._put_on_screen(target, keep_view=False)
            self._status.showMessage("Showing the timeline as last kept; checking the articles…")
        # Started from the event loop, so the window paints what it has first: reading the
        # project's cache for the loader takes a moment with tens of thousands of articles.
        QTimer.singleShot(0, loader, loader.begin)

    def is_running(self) -> bool:
        return self._loader is not None

    def cancel(self) -> None:
        if self._loader is not None:
            self._loader.cancel()
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel and wait for the loader: the window is closing."""
        if self._loader is not None:
            self._loader.cancel()
            self._loader.wait()

    def show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)
        self.cancel_button.setEnabled(shown)
        self.running.emit(shown)

    def _put_on_screen(self, workspace: Workspace, *, keep_view: bool) -> None:
        """Show a workspace still loading, remembering the one it replaces."""
        if workspace is not self._session.workspace:
            self._previous = self._session.workspace
        self._session.show(workspace, keep_view=keep_view)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _kept(self, kept: KeptTimeline, index: EventIndex) -> None:
        """The kept timeline's events: the list, articles and notes, read-only for now."""
        loader = self._loader
        target = self._target
        if loader is None or loader.was_cancelled or target is None:
            return
        if target.state is not SessionState.COLUMNS:
            return  # the timeline on screen stays until the load is done
        target.show_kept(kept, index, self._kept_columns)
        self._put_on_screen(target, keep_view=True)

    def _partial(self, documents: list[Document], events: list[Event]) -> None:
        """Events found so far: the timeline fills in (unless it shows the kept one)."""
        loader = self._loader
        if loader is None or self._quiet or self._kept_columns is not None:
            return
        target = self._target
        if loader.was_cancelled or target is None:
            return
        first = target.state is not SessionState.PARTIAL
        target.show_partial(documents, events)
        self._put_on_screen(target, keep_view=not first)

    def _loaded(self, loaded: Loaded) -> None:
        loader, target = self._loader, self._target
        assert loader is not None and target is not None
        if self._replacing and loader.was_cancelled:
            self._give_up(target)
            self._status.showMessage("Opening cancelled", 5000)
            return
        try:
            target.apply(loaded)
        except WorkspaceError as error:
            self._failed(str(error))
            return
        session = self._session
        shown = session.workspace is target
        old = self._previous or session.workspace
        self._previous = None
        session.show(target, keep_view=shown)  # a note typed meanwhile is saved first
        if old is not target:
            old.close()
        self.opened.emit()
        self._status.clearMessage()
        if loader.was_cancelled:
            self._status.showMessage("Loading cancelled: showing what was read", 5000)

    def _give_up(self, workspace: Workspace) -> None:
        """A new workspace did not load: close it and show the one it was to replace."""
        if self._previous is not None:
            previous, self._previous = self._previous, None
            self._session.show(previous)
        workspace.close()

    def _failed(self, message: str) -> None:
        loader, target = self._loader, self._target
        session = self._session
        if loader is not None and target is not None and self._replacing:
            self._give_up(target)
            if target.project_path == session.workspace.project_path:
                # opening wrote the new sources into this project: put ours back
                session.workspace.remember_sources()
        if loader is not None and loader.was_cancelled:
            if not session.workspace.state.checked:
                stopped = "Loading cancelled: shown read-only; File › Reload Articles to edit"
            else:
                stopped = "Loading cancelled"
            self._status.showMessage(stopped, 5000)
            return
        QMessageBox.warning(self._parent, APP_TITLE, as_written(f"Could not open: {message}"))

    def _finished(self) -> None:
        if self._loader is not None:
            self._loader.deleteLater()
        self._loader = None
        self._target = None
        self.show_progress(False)
        gc.freeze()
        gc.enable()
        release_freed_memory()
