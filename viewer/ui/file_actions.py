"""The File menu: opening folders, files and projects (each loaded in the background), the
recent ones, exporting all events or those shown, and importing an edited CSV."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from viewer.core.model import Event
from viewer.corpus.article_files import ARTICLE_SUFFIXES
from viewer.corpus.seeds import seed_folder
from viewer.ui.csv_import import import_annotations
from viewer.ui.elsewhere import ChangesElsewhere
from viewer.ui.event_model import EventTableModel
from viewer.ui.export_scope import ExportScope, ask_export_scope
from viewer.ui.moved_articles import gone, locate_after, located
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.ui.plain import as_written
from viewer.ui.recent import export_folder, fill_recent_menu, remember, remember_export
from viewer.ui.session_controller import SessionController
from viewer.ui.timeline_view import TimelineView
from viewer.ui.titles import APP_TITLE, SETTINGS_APP, SETTINGS_ORG
from viewer.ui.unsaved_typing import lose_unsaved
from viewer.ui.window_loading import WindowLoading
from viewer.workspace import (
    ArticlesNotFoundError,
    ExportKind,
    Workspace,
    WorkspaceError,
    default_project_path,
    is_project_file,
    prepare_export,
)
from viewer.workspace.corpus_projects import is_corpus_project

# Every kind of file a folder is read for, mails (.eml) too: the dialog offers what is read.
ARTICLE_FILTER = (
    "Articles (" + " ".join(f"*{s}" for s in sorted(ARTICLE_SUFFIXES)) + ");;All files (*)"
)
PROJECT_SUFFIX = ".tlproj"
PROJECT_FILTER = f"Timeline projects (*{PROJECT_SUFFIX});;All files (*)"
EXPORTS = {  # menu kind: label, suffix, what is written
    "csv": ("CSV", ".csv", ExportKind.CSV),
    "json": ("JSON", ".json", ExportKind.JSON),
    "timelinejs": ("TimelineJS", ".json", ExportKind.TIMELINEJS),
}

StatusMessage = Callable[[str, int], None]  # a line for the status bar, and for how long (ms)


class FileActions(QObject):
    """Opens and exports for one window; a new workspace replaces its own once loaded."""

    def __init__(
        self,
        session: SessionController,
        loading: WindowLoading,
        elsewhere: ChangesElsewhere,
        model: EventTableModel,
        timeline: TimelineView,
        status: StatusMessage,
        parent: QWidget,
        *,
        search: Callable[[], str] = str,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._loading = loading
        self._elsewhere = elsewhere
        self._model = model
        self._timeline = timeline
        self._status = status
        self._parent = parent
        self._search = search  # what the search box holds: a picture's title may say it
        self._opening: list[Path] = []  # what the user asked to open, for File › Open Recent
        loading.opened.connect(self.remember_opened)

    # --- opening

    def open_folder(self) -> None:
        """A folder opens with its own project (the seeds' is never taken over). Offered
        beside the articles open now: the next story's folder is most often their sibling."""
        folder = QFileDialog.getExistingDirectory(
            self._parent, "Open Folder of Articles", self._beside_articles()
        )
        if folder:
            self.open_paths([Path(folder)], into_current_project=False)

    def open_files(self) -> None:
        start = self._articles_folder()
        files, _ = QFileDialog.getOpenFileNames(
            self._parent, "Open Articles", start, ARTICLE_FILTER
        )
        if files:
            self.open_paths([Path(f) for f in files], into_current_project=False)

    def open_project(self) -> None:
        start = str(self._session.workspace.project_path.parent)  # where projects are kept
        file, _ = QFileDialog.getOpenFileName(self._parent, "Open Project", start, PROJECT_FILTER)
        if file:
            self.open_paths([Path(file)], into_current_project=False)

    def open_paths(self, paths: Sequence[Path], *, into_current_project: bool = True) -> bool:
        """Open articles (into the current project) or a project; the current one stays on error,
        or when the user keeps typing on screen that could not be saved."""
        # The same project (articles added), or its copy (Save Project As): it goes on there.
        carried = into_current_project or self._session.carried_to in paths
        if carried:
            self._session.prepare_to_leave()
        elif not self._session.may_leave(lambda a, b: lose_unsaved(self._parent, a, b)):
            return False
        keep = self._session.workspace.project_path if into_current_project else None
        self._opening = list(paths)
        try:
            opened = Workspace.open(paths, project_path=keep)
        except ArticlesNotFoundError as error:  # handed on, or its folder renamed: where is it?
            sources = locate_after(self._parent, error)
            return bool(sources) and self.open_paths([*(sources or []), error.project_path])
        except WorkspaceError as error:
            QMessageBox.warning(self._parent, APP_TITLE, as_written(f"Could not open: {error}"))
            return False
        self._loading.start(opened)
        return True

    def save_project_as(self) -> None:
        """Every note, tag and correction in a project file of the user's naming (a folder
        opened on its own keeps them in one of the program's); the window goes on there."""
        ws = self._session.workspace
        file, _ = QFileDialog.getSaveFileName(
            self._parent, "Save Project As", str(self._offered_project()), PROJECT_FILTER
        )
        if not file:
            return
        target = Path(file)
        target = target if target.suffix == PROJECT_SUFFIX else target.with_suffix(PROJECT_SUFFIX)
        self._session.prepare_to_leave()  # what is typed goes with it
        try:
            ws.save_project_as(target)
        except WorkspaceError as error:
            QMessageBox.warning(self._parent, APP_TITLE, as_written(f"Could not save: {error}"))
            return
        self._session.carried_to = target  # and so does what could not be saved here
        if self.open_paths([target], into_current_project=False):
            self._status(f"Saved as {target}: edits are saved there from now on", 8000)

    def _offered_project(self) -> Path:
        """Beside the articles' folder (not in it: the folder is the articles alone), named
        after it when the project is the program's own ("articles-b9c4fe20.tlproj")."""
        ws = self._session.workspace
        articles = self._articles_folder()
        name = ws.project_path.name
        if articles and is_corpus_project(ws.project_path):
            name = Path(articles).name + PROJECT_SUFFIX
        return Path(self._beside_articles() or Path.home()) / name

    def add_articles(self) -> None:
        """Add files to this project's articles; every annotation stays."""
        start = self._articles_folder()
        files, _ = QFileDialog.getOpenFileNames(self._parent, "Add Articles", start, ARTICLE_FILTER)
        if files:
            self.open_paths([*self._session.workspace.sources, *(Path(f) for f in files)])
            self._opening = []  # the project itself is what to reopen

    def locate_moved(self) -> None:
        """Ask where each folder or file of this project that is gone is now, and read it
        from there: a project handed on with its folder renamed left its notes orphaned."""
        ws = self._session.workspace
        if not gone(ws.sources):
            self._status("Every folder and file of this project is where it was read", 5000)
            return
        sources = located(self._parent, ws.sources, ws.project_path.parent)
        if sources:
            self.open_paths(sources)

    def _articles_folder(self) -> str:
        """Where the project's articles are (its first folder, or its first file's): adding
        started in whatever folder the program was started from."""
        for source in self._session.workspace.sources:
            folder = source if source.is_dir() else source.parent
            if folder.is_dir():
                return str(folder)
        return ""

    def _beside_articles(self) -> str:
        """The folder that holds the articles' folder; none for the bundled seeds, whose
        folder is the program's own."""
        folder = self._articles_folder()
        if not folder or Path(folder) == seed_folder():
            return ""
        return str(Path(folder).parent)

    def reload(self) -> None:
        """Read the articles again: files changed on disk, or an interrupted load."""
        self._loading.start()

    def open_dropped(self, paths: list[Path]) -> None:
        """A dropped project file opens that project; dropped articles open like Open Files."""
        if self._loading.is_running():
            return
        projects = [p for p in paths if is_project_file(p)]
        self.open_paths(projects[:1] or paths, into_current_project=False)

    def open_recent(self, path: Path) -> None:
        self.open_paths([path], into_current_project=False)

    def fill_recent_menu(self, menu: QMenu) -> None:
        fill_recent_menu(menu, QSettings(SETTINGS_ORG, SETTINGS_APP), self.open_recent)

    def remember_opened(self) -> None:
        """File › Open Recent offers what was opened: a folder whose project is its own (in
        the data folder) by the folder alone, a named project by its file."""
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        project = self._session.workspace.project_path
        own = is_corpus_project(project) or project == default_project_path()
        remember(settings, [*self._opening] if own and self._opening else [*self._opening, project])
        self._opening = []

    # --- exporting

    def export_picture(self) -> None:
        workspace, search = self._session.workspace, self._search()
        dialog = PictureExportDialog(
            self._timeline, workspace, self._parent, search=search, beside=self._beside_articles()
        )
        dialog.saved.connect(lambda path: self._status(f"Saved {path}", 8000))
        dialog.exec()

    def _written(self, kind: ExportKind, path: Path, events: list[Event] | None) -> int | None:
        """Write an export with the busy cursor on (ten thousand events take a second); the
        rows written, or None once the user is told why it failed."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._session.workspace.export(kind, path, events)
        except WorkspaceError as error:
            failure = str(error)
        finally:
            QApplication.restoreOverrideCursor()
        QMessageBox.warning(self._parent, APP_TITLE, as_written(f"Could not export: {failure}"))
        return None

    def export(self, kind: str) -> None:
        """Export all events, or only those shown when a search or filter hides some."""
        label, suffix, export_kind = EXPORTS[kind]
        prepare_export(export_kind)  # its writer loads while the user answers and picks a file
        self._elsewhere.check()  # what another window saved a moment ago is exported too
        workspace = self._session.workspace
        events = None
        if self._model.is_filtered():
            scope = ask_export_scope(self._parent, workspace, self._model.events())
            if scope is None:
                return
            if scope is ExportScope.SHOWN:
                events = self._model.events()
        stem = workspace.export_stem() + ("-timelinejs" if kind == "timelinejs" else "")
        folder = export_folder(QSettings(SETTINGS_ORG, SETTINGS_APP), self._beside_articles())
        file, _ = QFileDialog.getSaveFileName(
            self._parent,
            f"Export {label}",
            str(folder / (stem + suffix)),
            f"{label} (*{suffix})",
        )
        if not file:
            return
        path = Path(file) if file.endswith(suffix) else Path(file + suffix)
        rows = self._written(export_kind, path, events)
        if rows is None:
            return
        remember_export(QSettings(SETTINGS_ORG, SETTINGS_APP), path)
        told = f"Exported {rows} event{'s' if rows != 1 else ''} to {path}"
        orphans = len(workspace.orphans())
        if orphans:  # their events are gone: an export of events has no row for them
            told += f"; {_orphaned(orphans)} not in it (View › Orphans)"
        self._status(told, 8000)

    # --- importing

    def import_annotations(self) -> None:
        """A CSV edited in a spreadsheet, applied by event id as one undo step."""
        self._elsewhere.check()  # what another window saved is what the import compares with
        told = import_annotations(self._session, self._parent, self._beside_articles())
        if told:
            self._status(told, 8000)


def _orphaned(count: int) -> str:
    return f"{count} orphaned annotation{'s are' if count != 1 else ' is'}"
