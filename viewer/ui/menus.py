"""The window's actions, menu by menu, each with its shortcut, put in the action registry.

What each action does is handed in: the window's commands (a protocol, so this module needs
no window), the annotation panel, the timeline pane, the event list and the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

from viewer.core.annotations import Status
from viewer.core.lanes import LaneKind
from viewer.ui.action_registry import MENU_PATH, ActionRegistry
from viewer.ui.annotation_panel import AnnotationPanel
from viewer.ui.event_list import EventList
from viewer.ui.timeline_controls import LANE_CHOICES
from viewer.ui.timeline_pane import TimelinePane

FILE, EDIT, VIEW, EVENT, GO, HELP = "&File", "&Edit", "&View", "Eve&nt", "&Go", "&Help"
STATUS = EVENT + MENU_PATH + "Stat&us"
STD = QKeySequence.StandardKey
# View › Lanes, each with a letter of its own: Alt+V, L, T is lanes by tag (there were none).
LANE_ENTRIES = {
    LaneKind.NONE: "&None",
    LaneKind.SOURCE: "By &source",
    LaneKind.TAG: "By &tag",
    LaneKind.STATUS: "By st&atus",
}

# Keys the event list and the source view handle themselves, listed on the shortcut sheet too.
EXTRA_SHORTCUTS = [
    ("Go", "Next event (in the event list)", "Down"),
    ("Go", "Previous event (in the event list)", "Up"),
    ("Go", "First / last event (in the event list)", "Home, End"),
    ("Go", "Next / previous event (in the timeline)", "Right, Left"),
    ("View", "Zoom the timeline (in the timeline)", "+, -, mouse wheel"),
    ("Event list", "Select the event of a passage", "Click a highlighted passage"),
    ("Event list", "Apply the search, show its events and go to the list", "Enter"),
    ("Event list", "Clear the search and go back to the list", "Esc"),
    ("Annotation panel", "Finish typing and go back to the list", "Esc"),
    ("Orphans", "Copy the orphan's note and tags (in the Orphans panel)", "Ctrl+C"),
]


class FileCommands(Protocol):
    """What the File menu does."""

    def open_folder(self) -> None: ...
    def open_files(self) -> None: ...
    def open_project(self) -> None: ...
    def save_project_as(self) -> None: ...
    def add_articles(self) -> None: ...
    def locate_moved(self) -> None: ...
    def reload(self) -> None: ...
    def fill_recent_menu(self, menu: QMenu) -> None: ...
    def export(self, kind: str) -> None: ...
    def export_picture(self) -> None: ...
    def import_annotations(self) -> None: ...


class EventEditCommands(Protocol):
    """What the Event menu asks of the events themselves (event_editing.py)."""

    def new_event_from_selection(self) -> None: ...
    def merge_with(self) -> None: ...
    def split_passage(self) -> None: ...
    def correct_document_date(self) -> None: ...


class WindowCommands(Protocol):
    """What the other menus ask of the window as a whole."""

    def close(self) -> bool: ...
    def toggle_rejected(self) -> None: ...
    def reset_layout(self) -> None: ...
    def edit_title(self) -> None: ...
    def focus_timeline(self) -> None: ...
    def focus_list(self) -> None: ...
    def focus_article(self) -> None: ...
    def focus_panel(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...


def file_actions(registry: ActionRegistry, file: FileCommands, window: WindowCommands) -> None:
    """Opening and exporting; the opening ones wait while a load runs ("open")."""
    add = registry.add
    add("open_folder", FILE, "Open &Folder…", STD.Open, file.open_folder, groups=["open"])
    add("open_files", FILE, "Open Fil&es…", "Ctrl+Shift+O", file.open_files, groups=["open"])
    add("open_project", FILE, "Open &Project…", "Ctrl+Alt+O", file.open_project, groups=["open"])
    recent = QMenu("Open &Recent", registry.window)
    recent.aboutToShow.connect(lambda: file.fill_recent_menu(recent))
    file.fill_recent_menu(recent)
    registry.submenu(FILE, recent, groups=["open"])
    add(
        "save_project_as",
        FILE,
        "Save Project &As…",
        STD.SaveAs,
        file.save_project_as,
        groups=["open"],
    )
    add("add_articles", FILE, "A&dd Articles…", "Ctrl+Shift+A", file.add_articles, groups=["open"])
    add("locate_moved", FILE, "Locate &Moved Articles…", None, file.locate_moved, groups=["open"])
    add("reload", FILE, "Re&load Articles", "F5", file.reload, groups=["open"])
    registry.separator(FILE)
    for name, text, keys, kind in (
        ("export_csv", "Export &CSV…", "Ctrl+Shift+C", "csv"),
        ("export_json", "Export &JSON…", "Ctrl+Shift+J", "json"),
        ("export_timelinejs", "Export Timeli&neJS…", None, "timelinejs"),
    ):
        add(name, FILE, text, keys, partial(file.export, kind), groups=["export"])
    add(
        "export_picture",
        FILE,
        "Export Pic&ture…",
        "Ctrl+Shift+P",
        file.export_picture,
        groups=["export"],
    )
    registry.separator(FILE)
    add(
        "import_csv",
        FILE,
        "&Import Annotations from CSV…",
        "Ctrl+Shift+I",
        file.import_annotations,
        groups=["open"],
    )
    registry.separator(FILE)
    add("quit", FILE, "&Quit", STD.Quit, window.close)


def edit_actions(registry: ActionRegistry, undo_stack: QUndoStack, pane: TimelinePane) -> None:
    """Undo and redo (every desktop's keys for redo) and Find."""
    undo = undo_stack.createUndoAction(registry.window, "&Undo")
    undo.setShortcuts(QKeySequence.keyBindings(STD.Undo))
    redo = undo_stack.createRedoAction(registry.window, "&Redo")
    redo_keys = QKeySequence.keyBindings(STD.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # both habits, whatever the desktop's default
        if QKeySequence(extra) not in redo_keys:
            redo_keys.append(QKeySequence(extra))
    redo.setShortcuts(redo_keys)
    registry.adopt("undo", EDIT, undo)
    registry.adopt("redo", EDIT, redo)
    registry.separator(EDIT)
    registry.add("find", EDIT, "&Find…", STD.Find, pane.focus_search)


def view_actions(registry: ActionRegistry, pane: TimelinePane, window: WindowCommands) -> None:
    """Zoom, rejected events, key events, lanes and the window's layout."""
    for k, action in enumerate(pane.timeline.zoom_actions()):
        registry.adopt(f"zoom_{k}", VIEW, action)
    registry.separator(VIEW)
    registry.add(
        "show_rejected",
        VIEW,
        "Show &Rejected Events",
        "Ctrl+Shift+R",
        window.toggle_rejected,
        checkable=True,
    )
    key_only = registry.add(
        "key_events", VIEW, "&Key Events Only", "Ctrl+Shift+K", pane.toggle_key_events
    )
    key_only.setCheckable(True)
    pane.display_shown.connect(key_only.setChecked)
    lanes = QMenu("&Lanes", pane)
    for kind in LANE_CHOICES:
        action = lanes.addAction(LANE_ENTRIES[kind])
        action.triggered.connect(partial(pane.set_lanes, kind))
    registry.submenu(VIEW, lanes)
    registry.add("reset_layout", VIEW, "Reset &Window Layout", None, window.reset_layout)


def event_actions(
    registry: ActionRegistry,
    panel: AnnotationPanel,
    window: WindowCommands,
    edits: EventEditCommands,
    quote: Callable[[], None],
) -> None:
    """Annotating and editing the selected event ("event": only with one selected); `quote`
    cites the passage shown (or the words selected) in its note."""
    add = partial(registry.add, groups=["event"])
    add("star", EVENT, "&Star", "S", panel.toggle_star)
    for status, text, key in (
        (Status.CONFIRMED, "&Confirm", "C"),
        (Status.DISPUTED, "&Dispute", "D"),
        (Status.REJECTED, "&Reject", "R"),
        (Status.UNREVIEWED, "&Unreviewed", "U"),
    ):
        action = add(f"status_{status.value}", STATUS, text, key, partial(panel.set_status, status))
        if status is Status.REJECTED:  # Delete too, in the list and on the timeline (a field
            # that is typed in keeps its Delete): what is not an event goes, as R sends it
            action.setShortcuts([QKeySequence(key), QKeySequence(STD.Delete)])
    add("edit_note", EVENT, "Edit &Note", "N", panel.edit_note)
    add("add_tag", EVENT, "Add &Tag", "T", panel.add_tag)
    add("quote_passage", EVENT, "&Quote Passage in Note", "Q", quote)
    add("correct_date", EVENT, "Correct &Date", "Ctrl+D", panel.correct_date)
    add("edit_title", EVENT, "Edit T&itle", "F2", window.edit_title)
    registry.separator(EVENT)
    registry.add(
        "new_event", EVENT, "New &Event from Selection", "Ctrl+E", edits.new_event_from_selection
    )
    add("merge", EVENT, "&Merge With…", "Ctrl+M", edits.merge_with)
    add("split", EVENT, "Sp&lit Passage Out", "Ctrl+Shift+M", edits.split_passage)
    registry.separator(EVENT)
    registry.add(
        "correct_publication_date",
        EVENT,
        "Correct &Publication Date…",
        None,
        edits.correct_document_date,
    )


def go_and_help_actions(
    registry: ActionRegistry, event_list: EventList, window: WindowCommands
) -> None:
    """Moving between events and panes, and help."""
    add = registry.add
    add("next_event", GO, "&Next Event", "J", lambda: event_list.step(1))
    add("previous_event", GO, "&Previous Event", "K", lambda: event_list.step(-1))
    add("focus_timeline", GO, "&Timeline", "Ctrl+1", window.focus_timeline)
    add("focus_list", GO, "Event &List", "Ctrl+2", window.focus_list)
    add("focus_article", GO, "&Article", "Ctrl+3", window.focus_article)
    add("focus_panel", GO, "Ann&otation", "Ctrl+4", window.focus_panel)
    add("shortcuts", HELP, "&Keyboard Shortcuts", STD.HelpContents, window.show_shortcuts)
    add("about", HELP, "&About Timeline Viewer", None, window.show_about)
