"""The main window: it composes the views over one session and keeps the selection in step.

The session controller owns the workspace on screen, the selection and the undo stack, and
tells what changed; each view follows it. What must happen once every view has caught up (a
selection followed, moved on from or kept) is done here, in slots connected after theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Passage
from viewer.ui.about_box import show_about_box
from viewer.ui.action_registry import ActionRegistry
from viewer.ui.annotation_panel import AnnotationPanel
from viewer.ui.banner import ProblemBanner
from viewer.ui.dialogs import ShortcutSheet
from viewer.ui.dock_room import STRIP_FLOOR, RoomFromTimeline
from viewer.ui.documents_panel import install_documents_dock
from viewer.ui.elsewhere import ChangesElsewhere
from viewer.ui.event_editing import EventEditing
from viewer.ui.event_list import ROW_HEIGHT, EventList
from viewer.ui.event_model import EventTableModel
from viewer.ui.file_actions import FileActions
from viewer.ui.file_drop import FileDropFilter
from viewer.ui.focus_in_sight import FocusInSight
from viewer.ui.folder_watch import FolderWatch
from viewer.ui.hidden_selection import NOTHING_SELECTED, HiddenSelection
from viewer.ui.kept_selection import KeptSelection
from viewer.ui.keyboard_return import KeyboardReturn
from viewer.ui.list_sorting import add_sort_menu, keep_list_order
from viewer.ui.menus import (
    EVENT,
    EXTRA_SHORTCUTS,
    VIEW,
    edit_actions,
    event_actions,
    file_actions,
    go_and_help_actions,
    view_actions,
)
from viewer.ui.orphans_panel import install_orphans_dock
from viewer.ui.passage_quote import PassageQuote
from viewer.ui.plain import as_written, plain_label
from viewer.ui.session_controller import SessionController
from viewer.ui.source_view import SourceView
from viewer.ui.status_counts import counts_line
from viewer.ui.status_room import MessageRoom
from viewer.ui.timeline_pane import TimelinePane
from viewer.ui.titles import APP_TITLE
from viewer.ui.typing_guard import TypingGuard
from viewer.ui.unavailable_reason import why_unavailable
from viewer.ui.undated_lane import UndatedLane
from viewer.ui.unsaved_typing import lose_unsaved
from viewer.ui.window_layout import (
    PANE_SHARES,
    lay_out_panes,
    restore_geometry,
    restore_panes,
    save_geometry,
)
from viewer.ui.window_loading import WindowLoading
from viewer.workspace import Workspace

INSET = 6  # the window's margin round the timeline and the panes
LIST_ROWS = 16  # rows of the event list the window makes room for under the timeline


class MainWindow(HiddenSelection, QMainWindow):
    """One session on screen: select an event anywhere and every view follows."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = SessionController(workspace, self)
        self._told = ""  # the last line on what an edit met, while the status bar shows it
        self.undo_stack = self.session.undo_stack
        self._make_views(workspace)
        self._lay_out()
        self.loading = WindowLoading(self.session, self.statusBar(), self)
        KeyboardReturn(self)  # a dialog closed with no window manager to hand it back
        self.statusBar().addPermanentWidget(self.counts)
        loading = (self.loading.progress, self.loading.cancel_button)
        MessageRoom(self.statusBar(), self.counts, loading)
        self.elsewhere = ChangesElsewhere(self.session, self.loading.is_running, self)
        self.files = FileActions(
            self.session,
            self.loading,
            self.elsewhere,
            self.model,
            self.timeline_pane.timeline,
            self.statusBar().showMessage,
            self,
            search=lambda: self.timeline_pane.filter_bar.filter().text,
        )
        self.drop_filter = FileDropFilter(self, self.files.open_dropped)
        self.kept_selection = KeptSelection()
        self.orphans_dock = install_orphans_dock(self, self.session)
        self.documents_dock = install_documents_dock(self, self.session)
        self.folder_watch = FolderWatch(self.session, lambda: self._show_strip())
        for opening in (self.documents_dock, self.orphans_dock, self.banner, self.undated):
            RoomFromTimeline(opening, self.vertical, self.timeline_pane.timeline)
        views = (self.source_view, self.model, self.timeline_pane.filter_bar, self.statusBar())
        self.edits = EventEditing(self, self.session, views, self._tell, self._short_title)
        self.actions_ = self._register_actions()
        self.typing_guard = TypingGuard(self)  # letter shortcuts never steal typed keys
        self._hidden_selection = ""  # the selected event while a filter hides it
        self._stand_in = ""  # the event shown in its place, until the user chooses another
        self._told_hidden = ""  # the event the status bar says is hidden
        self._editing = False  # an edit's own refresh is under way
        self._follow_the_session()
        self.loading.show_progress(False)
        self._restore_settings()
        self.session.show(workspace)
        self._update_actions()  # nothing to act on until an event is selected and editable
        # The first keys go to the list, where J, K, S and T work (not into the search box).
        self.event_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def workspace(self) -> Workspace:
        """The workspace on screen (the session's: only it swaps one for another)."""
        return self.session.workspace

    def _make_views(self, workspace: Workspace) -> None:
        self.model = EventTableModel(workspace)
        # Each view follows the session itself; these are made before the window connects
        # its own slots, so that those run once every view has caught up. They are made in
        # the order Tab visits them: the search and filters, the timeline and its controls,
        # the list, the article and the panel (the list came before the search).
        self.timeline_pane = TimelinePane(self.session, self)
        self.event_list = EventList(self.model, self)
        self.source_view = SourceView(self.session, self)
        self.panel = AnnotationPanel(self.session, self)
        FocusInSight(self.panel.scroll_area)  # Tab into it from the article shows the field
        self.banner = ProblemBanner(self)
        self.undated = UndatedLane(self)
        self.counts = plain_label(QLabel(self))

    def _lay_out(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.event_list, self.source_view, self.panel):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate(PANE_SHARES):
            self.splitter.setStretchFactor(index, stretch)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(INSET, INSET, INSET, 0)
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

    def _register_actions(self) -> ActionRegistry:
        """Every action in the registry, then the menu bar made from it."""
        registry = ActionRegistry(self)
        file_actions(registry, self.files, self)
        edit_actions(registry, self.undo_stack, self.timeline_pane)
        view_actions(registry, self.timeline_pane, self)
        add_sort_menu(registry, VIEW, self.event_list)
        registry.separator(VIEW)
        registry.adopt("orphans", VIEW, self.orphans_dock.toggleViewAction())
        registry.adopt("documents", VIEW, self.documents_dock.toggleViewAction())
        quote = PassageQuote(self.source_view, self.panel, self.session).quote_in_note
        event_actions(registry, self.panel, self, self.edits, quote)
        registry.separator(EVENT)
        registry.adopt("attach_orphan", EVENT, self.orphans_dock.attach_action, groups=["event"])
        go_and_help_actions(registry, self.event_list, self)
        registry.build_menu_bar(self.menuBar())
        registry.explain_unavailable("event", self._say_unavailable)
        return registry

    def _say_unavailable(self, name: str) -> None:
        """Why an event's action does nothing now, said when its key is pressed."""
        self.statusBar().showMessage(f"{name}: {why_unavailable(self.workspace)}", 5000)

    def _follow_the_session(self) -> None:
        session = self.session
        keep_list_order(session, self.event_list)  # the list's order, kept per project
        session.workspace_changed.connect(self._workspace_shown)
        session.events_changed.connect(self._events_changed)
        session.annotations_changed.connect(self._annotations_changed)
        session.selection_changed.connect(self._selection_shown)
        session.failed.connect(self._edit_failed)
        session.told.connect(self._tell)
        session.orphans_changed.connect(self._show_strip)  # its count of orphans
        self.event_list.event_selected.connect(self._list_selected)
        self.event_list.star_clicked.connect(self._star_clicked)
        self.timeline_pane.event_selected.connect(self._list_selected)
        self.timeline_pane.shown_changed.connect(self._filters_applied)
        self.timeline_pane.filter_bar.filters_changed.connect(
            lambda f: self.actions_.action("show_rejected").setChecked(f.show_rejected)
        )
        self.timeline_pane.filter_bar.search.returnPressed.connect(self.focus_list)
        self.timeline_pane.filter_bar.search_left.connect(self.focus_list)
        self.source_view.set_source_label(self.timeline_pane.source_label)
        self.source_view.passage_clicked.connect(self._passage_clicked)
        self.undated.date_requested.connect(self.edits.document_date)
        self.panel.done.connect(self.focus_list)
        self.panel.typing_left.connect(session.catch_up_with_typing)
        self.model.modelReset.connect(self._update_counts)
        self.loading.running.connect(lambda running: self.actions_.enable("open", not running))
        self.elsewhere.message.connect(self._say_changed_elsewhere)

    # --- selection, kept in step across the views

    def current_event_id(self) -> str:
        return self.session.current_event_id()

    def select_event(self, event_id: str, passage: Passage | None = None) -> None:
        """Show an event everywhere: list, article (with that passage) and annotation panel."""
        self.session.select(event_id, passage)

    def _selection_shown(self, event_id: str, _passage: object) -> None:
        if event_id != self._stand_in:
            self._hidden_selection = ""  # the user chose another: the hidden one stays hidden
        told = self._told
        if event_id and told.endswith(NOTHING_SELECTED) and self._still_told():
            self._tell(told.removesuffix(NOTHING_SELECTED), self._told_hidden)  # one is, now
        self.event_list.select(event_id)
        self._update_actions()

    def _list_selected(self, event_id: str) -> None:
        if event_id != self.current_event_id():
            self.select_event(event_id)

    def _star_clicked(self, event_id: str) -> None:
        """Star or unstar as S does, where S is offered; else say why, as S does (a
        read-only project, the articles still being read)."""
        self._list_selected(event_id)
        star = self.actions_.action("star")
        if star.isEnabled():
            star.trigger()
        else:
            self._say_unavailable("Star")

    def _passage_clicked(self, event_id: str) -> None:
        self.select_event(event_id, self.source_view.last_clicked)

    # --- once the views have caught up with a change

    def _annotations_changed(self, event_ids: list[str], follow: bool) -> None:
        """The list and the timeline show the annotations; an undo's event is selected, and
        an edit that hid the selected event (rejected) moves on to the next one."""
        current = self.current_event_id()
        row_before = self.model.row_of(current)
        self._editing = True
        try:
            self.timeline_pane.annotation_changed()
            for event_id in event_ids:
                self.model.refresh_event(event_id)
        finally:
            self._editing = False
        if follow and event_ids[-1] != current and self.model.row_of(event_ids[-1]) is not None:
            self.select_event(event_ids[-1])
        elif current in event_ids:
            if current == self._stand_in:  # annotated in place of the one hidden: chosen
                self._hidden_selection = ""
            if self.model.row_of(current) is not None:
                self.event_list.select(current)
            elif row_before is not None:
                self._say_hidden(current)
                if self.model.rowCount():
                    self.event_list.select_row(row_before)  # it was hidden (rejected): go on
        self._update_counts()

    def _events_changed(self, follow: str) -> None:
        self.undated.show_documents(self.workspace.documents)
        if follow and follow == self._stand_in:
            # Edited (its date corrected, merged) in place of the one a search hid: chosen,
            # as an annotation makes it; the search cleared, the hidden one came back.
            self._hidden_selection = ""
        target = follow or self.current_event_id()
        passage = self.source_view.current_passage()
        if target and not self.workspace.has_event(target) and passage is not None:
            # Merged away or split in another window: on to the event its passage is in now
            # (it went to the list's first event, and a note being typed went on there).
            holder = self.workspace.event_reporting(passage)
            target = holder.id if holder is not None else target
        if target and self.workspace.has_event(target):
            if follow and self.model.row_of(target) is None:
                # The edit's event is one the filters hide (a merge that made its date unsure):
                # said, and the first event left shown, not the panel's event missing from
                # the list under a line about another one.
                self._hand_over(target)
            else:
                self.select_event(target, passage)
        elif self.model.rowCount():
            self.event_list.select_row(0)
        else:
            self.select_event("")

    def _edit_failed(self, message: str) -> None:
        QMessageBox.warning(self, APP_TITLE, as_written(message))

    def _say_changed_elsewhere(self, line: str, ms: int) -> None:
        """Another window's saves, said unless a line on what an edit met still shows: the
        other window typing on would replace it within a second."""
        if self._still_told():
            return
        self.statusBar().showMessage(line, ms)

    def _workspace_shown(self, keep_view: bool, kept: str) -> None:
        """Another workspace, or this one made whole or checked: with keep_view, the
        selection and the part of the timeline on screen stay where the user left them."""
        ws = self.workspace
        self.actions_.enable("export", ws.state.checked)
        self._show_strip()
        self.undated.show_documents(ws.documents)
        self.setWindowTitle(
            f"{ws.project_path.name}{' (read-only)' if ws.read_only else ''} — {APP_TITLE}"
        )
        self.setWindowFilePath(str(ws.project_path))
        kept = self.kept_selection.chosen(ws, kept)  # reopened: where the user last was
        listed = self.model.rowCount() > 0  # not yet, while the kept timeline is filtered
        if listed and self.kept_selection.only_given(kept, self._untouched()):
            kept = ""  # the first of the articles read first: the list's first now
        if kept and ws.has_event(kept) and listed and self.model.row_of(kept) is None:
            self._hand_over(kept)  # one the kept filters hide: said, the first left shown
        elif kept and ws.has_event(kept):
            self.select_event(kept)
        elif listed:
            self.select_event(self.model.event_at(0).id)  # even if the list had it selected
            self.kept_selection.give(self.current_event_id(), self.undo_stack.index())
        else:
            self.select_event("")
        self._update_counts()
        if not keep_view:
            timeline = self.timeline_pane.timeline
            QTimer.singleShot(0, timeline, timeline.fit_all)  # once laid out in full

    def _untouched(self) -> int | None:
        """The undo stack's place, None while a field of the annotation panel has the keys."""
        focused = QApplication.focusWidget()
        typing = focused is not None and self.panel.isAncestorOf(focused)
        return None if typing else self.undo_stack.index()

    def _show_strip(self) -> None:
        """The strip over the window: what changed on disk (and its orphans), what failed."""
        ws = self.workspace
        changed = [*ws.article_changes_told(), *self.folder_watch.lines()]
        self.banner.show_problems(
            ws.problems, ws.project_problems(), read_only=ws.read_only, changed=changed
        )

    def _update_counts(self) -> None:
        self.counts.setText(counts_line(self.workspace, self.model))

    def _update_actions(self) -> None:
        event = self.session.current_event()
        editable = event is not None and self.workspace.editable  # read-only: not changed
        self.actions_.enable("event", editable)
        split = self.actions_.action("split")
        split.setEnabled(editable and event is not None and len(event.passages) > 1)

    # --- loading, off the GUI thread (see window_loading)

    def start_loading(self, workspace: Workspace | None = None) -> None:
        """Read a corpus in the background; a new workspace replaces this one when ready."""
        self.loading.start(workspace)

    def is_loading(self) -> bool:
        return self.loading.is_running()

    # --- the Edit, View, Event and Go menus

    def toggle_rejected(self) -> None:
        self.timeline_pane.set_show_rejected(self.actions_.action("show_rejected").isChecked())
        current = self.current_event_id()
        if current and self.model.row_of(current) is None and self.model.rowCount():
            self.event_list.select_row(0)

    def edit_title(self) -> None:
        self.panel.edit_title()

    def focus_timeline(self) -> None:
        self.timeline_pane.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_list(self) -> None:
        self.event_list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.source_view.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_panel(self) -> None:
        self.panel.focus_field(self.panel.title_edit)

    # --- the Help menu

    def show_shortcuts(self) -> None:
        ShortcutSheet(self.actions_.shortcut_rows() + EXTRA_SHORTCUTS, self).exec()

    def show_about(self) -> None:
        show_about_box(self, self.workspace.project_path)

    # --- window state

    def _restore_settings(self) -> None:
        restored = restore_geometry(self)
        self.reset_layout()
        if restored:
            restore_panes(self.splitter, self.vertical)
        else:
            # Once shown, as its widgets are then: before, the filters' row did not know its
            # width nor its buttons their counts, and the timeline's least height was off by a
            # row of filters (at 150 %, the article under it kept a line and a half).
            QTimer.singleShot(0, self, self._lay_out_panes)

    def reset_layout(self) -> None:
        """The list, the article and the panel side by side; above them the timeline, with
        what is left once the list has room for LIST_ROWS rows; the Documents dock closed."""
        self._lay_out_panes()
        self.documents_dock.hide()

    def _lay_out_panes(self) -> None:
        """The panes' widths and the timeline's height over them, for the window's size."""
        header = self.event_list.table.horizontalHeader().sizeHint().height()
        list_height = LIST_ROWS * ROW_HEIGHT + header + 8
        pane = self.timeline_pane  # its search and filters over the strip, and the strip
        # The filters' rows as the window's width makes them, laid out yet or not.
        pane.filter_bar.fit_rows(self.width() - 2 * INSET)
        floor = pane.sizeHint().height() - pane.timeline.sizeHint().height() + STRIP_FLOOR
        lay_out_panes(self, self.splitter, self.vertical, list_height, floor)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.may_leave(lambda lost, why: lose_unsaved(self, lost, why)):
            event.ignore()  # what could not be saved stays on screen
            return
        self.loading.stop()
        self.workspace.keep_selected(self.current_event_id())
        save_geometry(self, self.splitter, self.vertical)
        super().closeEvent(event)
