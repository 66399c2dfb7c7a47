"""The main window: event list, source article and annotation panel, kept in step by event id."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import viewer
from viewer.core.model import Passage
from viewer.ui.annotation_panel import AnnotationPanel
from viewer.ui.banner import ProblemBanner
from viewer.ui.commands import (
    AddEventCommand,
    DocumentDateCommand,
    EditNotifier,
    MergeCommand,
    SplitCommand,
)
from viewer.ui.dialogs import DocumentDateDialog, EventPickerDialog, ShortcutSheet
from viewer.ui.documents_panel import install_documents_dock
from viewer.ui.elsewhere import ChangesElsewhere
from viewer.ui.event_list import ROW_HEIGHT, EventList
from viewer.ui.event_model import EventTableModel
from viewer.ui.file_drop import FileDropFilter
from viewer.ui.menus import EXTRA_SHORTCUTS, build_menus
from viewer.ui.orphans_panel import install_orphans_dock
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.ui.plain import as_written, plain_label
from viewer.ui.recent import fill_recent_menu, remember
from viewer.ui.source_view import SourceView
from viewer.ui.timeline_pane import TimelinePane
from viewer.ui.titles import APP_TITLE, SETTINGS_APP, SETTINGS_ORG
from viewer.ui.typing_guard import TypingGuard
from viewer.ui.undated_lane import UndatedLane
from viewer.ui.window_loading import WindowLoading
from viewer.workspace import (
    SessionState,
    Workspace,
    WorkspaceError,
    default_project_path,
    is_project_file,
)
from viewer.workspace.corpus_projects import is_corpus_project
from viewer.workspace.picked_up import PickedUp

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
PANE_SHARES = (42, 32, 26)  # percent of the width: event list, article, annotation
LIST_ROWS = 16  # rows of the event list the window makes room for under the timeline
# Bump when the window's layout changes so much that a layout saved by an earlier version
# would keep the old one: splitter sizes saved by another version are then ignored.
LAYOUT_VERSION = 2
TYPED_REFRESH_MS = 150  # views catch up with a note or tags once typing pauses this long
PROJECT_FILTER = "Timeline projects (*.tlproj);;All files (*)"


class MainWindow(QMainWindow):
    """One workspace on screen: select an event anywhere and every view follows."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.notifier = EditNotifier(self)
        self.model = EventTableModel(workspace)
        self.event_list = EventList(self.model, self)
        self.timeline_pane = TimelinePane(workspace, self)
        self.source_view = SourceView(workspace, self)
        self.panel = AnnotationPanel(workspace, self.undo_stack, self.notifier, self)
        self.banner = ProblemBanner(self)
        self.undated = UndatedLane(self)
        self.undated.date_requested.connect(self._document_date)
        self._current = ""
        self._opening: list[Path] = []  # what the user asked to open, for File › Open Recent

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.event_list)
        self.splitter.addWidget(self.source_view)
        self.splitter.addWidget(self.panel)
        self.splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate(PANE_SHARES):
            self.splitter.setStretchFactor(index, stretch)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.undated)
        # the timeline runs the full width: a dated axis needs room more than height
        self.vertical = QSplitter(Qt.Orientation.Vertical, self)
        self.vertical.setObjectName("timelineSplitter")
        self.vertical.addWidget(self.timeline_pane)
        self.vertical.addWidget(self.splitter)
        self.vertical.setChildrenCollapsible(False)
        self.vertical.setStretchFactor(1, 1)
        layout.addWidget(self.vertical, 1)
        self.setCentralWidget(central)

        self.counts = plain_label(QLabel(self))
        self.loading = WindowLoading(self)
        self.statusBar().addPermanentWidget(self.counts)

        self.actions_ = build_menus(self)
        self.typing_guard = TypingGuard(self)  # letter shortcuts never steal typed keys
        self.orphans_dock = install_orphans_dock(self)
        self.documents_dock = install_documents_dock(self)
        self.loading.show_progress(False)
        self.event_list.event_selected.connect(self._list_selected)
        self.timeline_pane.event_selected.connect(self._list_selected)
        self.timeline_pane.shown_changed.connect(self._filters_applied)
        self.timeline_pane.filter_bar.filters_changed.connect(
            lambda f: self.actions_.show_rejected.setChecked(f.show_rejected)
        )
        self.timeline_pane.filter_bar.search.returnPressed.connect(self.focus_list)
        self.source_view.passage_clicked.connect(self._passage_clicked)
        self.source_view.new_event_requested.connect(self._new_event)
        self.source_view.document_date_requested.connect(self._document_date)
        self.panel.done.connect(self.focus_list)
        self.panel.typing_left.connect(self.catch_up_with_typing)
        self.notifier.annotation_changed.connect(self._annotation_changed)
        self.notifier.annotation_typed.connect(self._annotation_typed)
        self.notifier.events_changed.connect(self._events_changed)
        self.notifier.failed.connect(self._edit_failed)
        self.model.modelReset.connect(self._update_counts)
        self.drop_filter = FileDropFilter(self, self.open_dropped)
        self.elsewhere = ChangesElsewhere(self)  # what other windows or imports save
        self._hidden_selection = ""  # the selected event while a filter hides it
        self._editing = False  # an edit's own refresh is under way
        # Keys typed in a note or the tags are saved one by one; the list and the timeline
        # are redrawn for them once typing pauses, not at every key.
        self._typed: set[str] = set()
        self._typed_timer = QTimer(self)
        self._typed_timer.setSingleShot(True)
        self._typed_timer.setInterval(TYPED_REFRESH_MS)
        self._typed_timer.timeout.connect(self.catch_up_with_typing)
        self._restore_settings()
        self.show_workspace()

    # --- selection, kept in step across the views

    def current_event_id(self) -> str:
        return self._current

    def select_event(self, event_id: str, passage: Passage | None = None) -> None:
        """Show an event everywhere: list, article (with that passage) and annotation panel."""
        try:
            event = self.workspace.event(event_id) if event_id else None
        except KeyError:
            event = None
        self._current = event.id if event else ""
        self._hidden_selection = ""
        self.event_list.select(self._current)
        self.timeline_pane.select(self._current)
        self.source_view.show_event(event, passage)
        self.panel.show_event(event)
        self._update_actions()

    def _list_selected(self, event_id: str) -> None:
        if event_id != self._current:
            self.select_event(event_id)

    def _passage_clicked(self, event_id: str) -> None:
        self.select_event(event_id, self.source_view.last_clicked)

    # --- after edits

    def _annotation_changed(self, event_id: str, follow: bool) -> None:
        row_before = self.model.row_of(self._current)
        self._editing = True
        try:
            self.timeline_pane.annotation_changed()
            self.model.refresh_event(event_id)
        finally:
            self._editing = False
        visible = self.model.row_of(event_id) is not None
        if follow and visible and event_id != self._current:
            self.select_event(event_id)
        elif event_id == self._current:
            self.panel.refresh()
            if visible:
                self.event_list.select(event_id)
            elif row_before is not None and self.model.rowCount():
                self.event_list.select_row(row_before)  # it was hidden (rejected): go on
        self._update_counts()

    def _annotation_typed(self, event_id: str) -> None:
        self._typed.add(event_id)
        self._typed_timer.start()

    def catch_up_with_typing(self) -> None:
        """Show in the list and the timeline what was typed (saved already, key by key)."""
        self._typed_timer.stop()
        typed, self._typed = self._typed, set()
        if not self.workspace.project.is_open:
            return  # closed meanwhile: nothing left to show
        for event_id in sorted(typed):
            if self.workspace.has_event(event_id):
                self._annotation_changed(event_id, False)

    def _events_changed(self, event_id: str) -> None:
        self.timeline_pane.rebuild()
        self.undated.show_documents(self.workspace.documents)
        self.model.reload()
        self.source_view.refresh()
        target = event_id or self._current
        try:
            self.workspace.event(target)
        except KeyError:
            target = ""
        if target:
            self.select_event(target, self.source_view.current_passage())
        elif self.model.rowCount():
            self.event_list.select_row(0)
        else:
            self.select_event("")

    def _filters_applied(self) -> None:
        """The filters changed what is shown: the list follows, keeping the selection if shown.
        An event the filters hide is no longer shown in the article or the panel; it is
        selected again if they show it again before another is chosen."""
        self.model.set_mask(*self.timeline_pane.shown())
        if self._editing:
            return  # an edit hid its own event: _annotation_changed moves on from it
        hidden = self._current and self.model.row_of(self._current) is None
        if hidden:
            remembered = self._current
            self.select_event("")
            self._hidden_selection = remembered
        elif (
            not self._current
            and self._hidden_selection
            and self.model.row_of(self._hidden_selection) is not None
        ):
            self.select_event(self._hidden_selection)
        self._update_counts()

    def show_changes_elsewhere(self, picked: PickedUp) -> None:
        """Show what another window or an import saved in the project."""
        dated = any("date" in change.fields for change in picked.annotations)
        if picked.rebuilt or dated:
            self._events_changed(self._current)  # new order, or new events
            return
        for change in picked.annotations:
            self._annotation_changed(change.event_id, False)

    def _edit_failed(self, message: str) -> None:
        QMessageBox.warning(self, APP_TITLE, as_written(message))

    # --- the workspace on screen

    def show_workspace(self, *, keep_view: bool = False) -> None:
        """Show the workspace; with keep_view, the same timeline made whole or checked, so the
        selection and the part of the timeline on screen stay where the user left them."""
        kept = self._current if keep_view else ""
        self._typed_timer.stop()  # everything is shown afresh below
        self._typed.clear()
        # The timeline pane applies its filters and hands the list the ids they leave.
        self.model.set_workspace(self.workspace, filtered_next=True)
        self.timeline_pane.set_workspace(self.workspace)
        self.source_view.set_workspace(self.workspace)
        self.panel.set_workspace(self.workspace)
        for action in self.actions_.export_actions:
            action.setEnabled(self.workspace.state.checked)
        self.undo_stack.clear()
        self._current = ""
        project = self.workspace.project
        self.banner.show_problems(
            self.workspace.problems, project.problems, read_only=project.read_only
        )
        self.undated.show_documents(self.workspace.documents)
        name = project.path.name + (" (read-only)" if project.read_only else "")
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        self.setWindowFilePath(str(self.workspace.project.path))
        if kept and self.workspace.has_event(kept):
            self.select_event(kept)
        elif self.model.rowCount():
            self.event_list.select_row(0)
        else:
            self.select_event("")
        self._update_counts()
        if not keep_view:
            QTimer.singleShot(0, self.timeline_pane.timeline.fit_all)  # once laid out in full

    def _update_counts(self) -> None:
        ws = self.workspace
        events = len(ws.timeline_columns())
        if ws.state is SessionState.COLUMNS:  # only the kept timeline's columns, so far
            self.counts.setText(f"{events} events as kept · reading the articles")
            return
        starred = sum(1 for a in ws.annotations().values() if a.starred)
        self.counts.setText(
            f"{len(ws.documents)} documents · {events} events · "
            f"{self.model.rowCount()} shown · {starred} starred"
        )

    def _update_actions(self) -> None:
        ws = self.workspace
        editable = bool(self._current) and ws.editable  # a read-only project is not changed
        for action in self.actions_.event_actions:
            action.setEnabled(editable)
        passages = ws.event(self._current).passages if editable else []
        self.actions_.split.setEnabled(len(passages) > 1)

    # --- loading, off the GUI thread (see window_loading)

    def start_loading(self, workspace: Workspace | None = None) -> None:
        """Read a corpus in the background; a new workspace replaces this one when ready."""
        self.loading.start(workspace)

    def is_loading(self) -> bool:
        return self.loading.is_running()

    def cancel_loading(self) -> None:
        self.loading.cancel()

    def reload(self) -> None:
        """Read the articles again: files changed on disk, or an interrupted load."""
        self.loading.start()

    # --- File menu

    def open_folder(self) -> None:
        """A folder opens with its own project (the seeds' is never taken over)."""
        folder = QFileDialog.getExistingDirectory(self, "Open Folder of Articles")
        if folder:
            self.open_paths([Path(folder)], into_current_project=False)

    def open_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open Articles", "", ARTICLE_FILTER)
        if files:
            self.open_paths([Path(f) for f in files], into_current_project=False)

    def open_project(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, "Open Project", "", PROJECT_FILTER)
        if file:
            self.open_paths([Path(file)], into_current_project=False)

    def open_paths(self, paths: Sequence[Path], *, into_current_project: bool = True) -> bool:
        """Open articles (into the current project) or a project; the current one stays on error."""
        self.panel.flush()
        keep = self.workspace.project.path if into_current_project else None
        self._opening = list(paths)
        try:
            opened = Workspace.open(paths, project_path=keep)
        except WorkspaceError as error:
            QMessageBox.warning(self, APP_TITLE, as_written(f"Could not open: {error}"))
            return False
        self.start_loading(opened)
        return True

    def add_articles(self) -> None:
        """Add files to this project's articles; every annotation stays."""
        files, _ = QFileDialog.getOpenFileNames(self, "Add Articles", "", ARTICLE_FILTER)
        if files:
            self.open_paths([*self.workspace.sources, *(Path(f) for f in files)])
            self._opening = []  # the project itself is what to reopen

    def open_dropped(self, paths: list[Path]) -> None:
        """A dropped project file opens that project; dropped articles open like Open Files."""
        if self.is_loading():
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
        project = self.workspace.project.path
        own = is_corpus_project(project) or project == default_project_path()
        remember(settings, [*self._opening] if own and self._opening else [*self._opening, project])
        self._opening = []

    def export_picture(self) -> None:
        dialog = PictureExportDialog(self.timeline_pane.timeline, self.workspace, self)
        dialog.saved.connect(lambda path: self.statusBar().showMessage(f"Saved {path}", 8000))
        dialog.exec()

    def export(self, kind: str) -> None:
        """Export all events, or only those shown when a search or filter hides some."""
        self.elsewhere.check()  # what another window saved a moment ago is exported too
        events = None
        if self.model.is_filtered():
            answer = QMessageBox.question(
                self,
                APP_TITLE,
                f"Export only the {self.model.rowCount()} events shown?\n"
                f"No exports all {len(self.workspace.events)} events.",
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes:
                events = self.model.events()
        label, suffix, write = {
            "csv": ("CSV", ".csv", self.workspace.export_csv),
            "json": ("JSON", ".json", self.workspace.export_json),
            "timelinejs": ("TimelineJS", ".json", self.workspace.export_timelinejs),
        }[kind]
        stem = self.workspace.project.path.stem + ("-timelinejs" if kind == "timelinejs" else "")
        file, _ = QFileDialog.getSaveFileName(
            self, f"Export {label}", str(Path.home() / (stem + suffix)), f"{label} (*{suffix})"
        )
        if not file:
            return
        path = Path(file) if file.endswith(suffix) else Path(file + suffix)
        try:
            rows = write(path, events)
        except WorkspaceError as error:
            QMessageBox.warning(self, APP_TITLE, as_written(f"Could not export: {error}"))
            return
        self.statusBar().showMessage(f"Exported {rows} events to {path}", 8000)

    # --- Edit, Event and Go menus

    def toggle_rejected(self) -> None:
        self.timeline_pane.set_show_rejected(self.actions_.show_rejected.isChecked())
        if self._current and self.model.row_of(self._current) is None and self.model.rowCount():
            self.event_list.select_row(0)

    def edit_title(self) -> None:
        self.panel.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.title_edit.selectAll()

    def new_event_from_selection(self) -> None:
        if self.source_view.selection_range() is None:
            self.statusBar().showMessage("Select some article text first", 5000)
            return
        self.source_view.request_new_event()

    def _new_event(self, document_id: str, start: int, end: int) -> None:
        self.undo_stack.push(
            AddEventCommand(self.workspace, self.notifier, document_id, start, end)
        )

    def merge_with(self) -> None:
        if not self._current:
            return
        dialog = EventPickerDialog(self.workspace, self.workspace.event(self._current), self)
        if dialog.exec() and dialog.chosen():
            self.undo_stack.push(
                MergeCommand(self.workspace, self.notifier, self._current, dialog.chosen())
            )

    def split_passage(self) -> None:
        passage = self.source_view.current_passage()
        if self._current and passage is not None:
            command = SplitCommand(self.workspace, self.notifier, self._current, passage)
            self.undo_stack.push(command)

    def correct_document_date(self) -> None:
        doc = self.source_view.document()
        if doc is not None:
            self._document_date(doc.id)

    def _document_date(self, document_id: str) -> None:
        doc = self.workspace.documents_by_id.get(document_id)
        if doc is None:
            return
        dialog = DocumentDateDialog(doc, self)
        if dialog.exec():
            self.undo_stack.push(
                DocumentDateCommand(
                    self.workspace, self.notifier, document_id, dialog.value(), self._current
                )
            )

    def focus_timeline(self) -> None:
        self.timeline_pane.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_list(self) -> None:
        self.event_list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.source_view.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_panel(self) -> None:
        self.panel.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- Help menu

    def show_shortcuts(self) -> None:
        ShortcutSheet(self.menuBar(), EXTRA_SHORTCUTS, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_TITLE}",
            f"{APP_TITLE} {viewer.__version__}\n\n"
            "Dated events from news coverage, each linked to the passages that report it.\n"
            f"Project: {self.workspace.project.path}",
        )

    # --- window state

    def _restore_settings(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        geometry = settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored:
            screen = QGuiApplication.primaryScreen()
            area = screen.availableGeometry() if screen else None
            # A first start takes a laptop's whole screen, and most of a larger one: a
            # timeline needs width, a list height.
            if area is None:
                self.resize(1280, 800)
            else:
                width, height = area.width(), area.height()
                self.resize(
                    width if width <= 1600 else width * 9 // 10,
                    height if height <= 1000 else height * 9 // 10,
                )
        self.reset_layout()
        if not restored or str(settings.value("window/layout_version", "")) != str(LAYOUT_VERSION):
            return  # another version's layout: this version's own, above, instead
        for key, splitter in (("splitter", self.splitter), ("vertical", self.vertical)):
            state = settings.value(f"window/{key}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def reset_layout(self) -> None:
        """The list, the article and the panel side by side; above them the timeline, with
        what is left once the list has room for LIST_ROWS rows; the Documents dock closed."""
        width, height = self.width(), self.height()
        self.splitter.setSizes([width * share // 100 for share in PANE_SHARES])
        header = self.event_list.table.horizontalHeader().sizeHint().height()
        below = LIST_ROWS * ROW_HEIGHT + header + 8
        self.vertical.setSizes([max(160, height - below - 90), below])
        self.documents_dock.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        self.loading.stop()
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/vertical", self.vertical.saveState())
        settings.setValue("window/layout_version", LAYOUT_VERSION)
        super().closeEvent(event)
