"""The window's menus and actions, each with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from viewer.core.annotations import Status
from viewer.ui.timeline_controls import LANE_CHOICES

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str

# Keys the event list and the source view handle themselves, listed on the shortcut sheet too.
EXTRA_SHORTCUTS = [
    ("Go", "Next event (in the event list)", "Down"),
    ("Go", "Previous event (in the event list)", "Up"),
    ("Go", "Next / previous event (in the timeline)", "Right, Left"),
    ("View", "Zoom the timeline (in the timeline)", "+, -, mouse wheel"),
    ("Event list", "Select the event of a passage", "Click a highlighted passage"),
    ("Event list", "Apply the search and go to the list", "Enter"),
    ("Annotation panel", "Finish typing and go back to the list", "Esc"),
]


@dataclass
class WindowActions:
    """Actions the window enables and disables as the selection changes."""

    open_actions: list[QAction]
    export_actions: list[QAction]
    event_actions: list[QAction]
    new_event: QAction
    merge: QAction
    split: QAction
    show_rejected: QAction


def build_menus(window: MainWindow) -> WindowActions:
    """Create the menu bar of the main window."""
    bar = window.menuBar()

    def add(menu_title: str, text: str, keys: Keys | None, slot: Callable[[], object]) -> QAction:
        menu = menus[menu_title]
        action = QAction(text, window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    menus = {
        title: bar.addMenu(title) for title in ("&File", "&Edit", "&View", "E&vent", "&Go", "&Help")
    }
    std = QKeySequence.StandardKey
    panel = window.panel

    opens = [
        add("&File", "Open &Folder…", std.Open, window.open_folder),
        add("&File", "Open F&iles…", "Ctrl+Shift+O", window.open_files),
        add("&File", "Open &Project…", "Ctrl+Alt+O", window.open_project),
    ]
    recent = menus["&File"].addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: window.fill_recent_menu(recent))
    window.fill_recent_menu(recent)
    opens += [
        recent.menuAction(),
        add("&File", "&Add Articles…", "Ctrl+Shift+A", window.add_articles),
        add("&File", "Re&load Articles", "F5", window.reload),
    ]
    menus["&File"].addSeparator()
    exports = [
        add("&File", "Export &CSV…", "Ctrl+Shift+C", lambda: window.export("csv")),
        add("&File", "Export &JSON…", "Ctrl+Shift+J", lambda: window.export("json")),
        add("&File", "Export Time&lineJS…", None, lambda: window.export("timelinejs")),
        add("&File", "Export Pic&ture…", "Ctrl+Shift+P", window.export_picture),
    ]
    menus["&File"].addSeparator()
    add("&File", "&Quit", std.Quit, window.close)

    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.keyBindings(std.Undo))
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo_keys = QKeySequence.keyBindings(std.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # both habits, whatever the desktop's default
        if QKeySequence(extra) not in redo_keys:
            redo_keys.append(QKeySequence(extra))
    redo.setShortcuts(redo_keys)
    menus["&Edit"].addAction(undo)
    menus["&Edit"].addAction(redo)
    menus["&Edit"].addSeparator()
    add("&Edit", "&Find…", std.Find, window.timeline_pane.focus_search)

    for action in window.timeline_pane.timeline.zoom_actions():
        menus["&View"].addAction(action)
    menus["&View"].addSeparator()
    show_rejected = add("&View", "Show &Rejected Events", "Ctrl+Shift+R", window.toggle_rejected)
    show_rejected.setCheckable(True)
    pane = window.timeline_pane
    key_only = add("&View", "Key Events &Only", "Ctrl+Shift+K", pane.toggle_key_events)
    key_only.setCheckable(True)
    pane.display_shown.connect(key_only.setChecked)
    lanes = menus["&View"].addMenu("&Lanes")
    for kind, text in LANE_CHOICES.items():
        action = lanes.addAction(text.replace("Lanes by ", "By ").replace("No lanes", "None"))
        action.triggered.connect(partial(pane.set_lanes, kind))
    add("&View", "Reset &Window Layout", None, window.reset_layout)

    events = [
        add("E&vent", "&Star", "S", panel.toggle_star),
    ]
    status_menu = menus["E&vent"].addMenu("S&tatus")
    menus["status"] = status_menu
    for status, text, key in (
        (Status.CONFIRMED, "&Confirm", "C"),
        (Status.DISPUTED, "&Dispute", "D"),
        (Status.REJECTED, "&Reject", "R"),
        (Status.UNREVIEWED, "&Unreviewed", "U"),
    ):
        events.append(add("status", text, key, partial(panel.set_status, status)))
    events += [
        add("E&vent", "Edit &Note", "N", panel.edit_note),
        add("E&vent", "Add &Tag", "T", panel.add_tag),
        add("E&vent", "Correct &Date", "Ctrl+D", panel.correct_date),
        add("E&vent", "Edit T&itle", "F2", window.edit_title),
    ]
    menus["E&vent"].addSeparator()
    new_event = add(
        "E&vent", "New &Event from Selection", "Ctrl+E", window.new_event_from_selection
    )
    merge = add("E&vent", "&Merge With…", "Ctrl+M", window.merge_with)
    split = add("E&vent", "S&plit Passage Out", "Ctrl+Shift+M", window.split_passage)
    events += [merge, split]
    menus["E&vent"].addSeparator()
    add("E&vent", "Correct &Publication Date…", None, window.correct_document_date)

    add("&Go", "&Next Event", "J", lambda: window.event_list.step(1))
    add("&Go", "&Previous Event", "K", lambda: window.event_list.step(-1))
    add("&Go", "&Timeline", "Ctrl+1", window.focus_timeline)
    add("&Go", "Event &List", "Ctrl+2", window.focus_list)
    add("&Go", "&Article", "Ctrl+3", window.focus_article)
    add("&Go", "&Annotation", "Ctrl+4", window.focus_panel)

    add("&Help", "&Keyboard Shortcuts", std.HelpContents, window.show_shortcuts)
    add("&Help", "&About Timeline Viewer", None, window.show_about)
    return WindowActions(opens, exports, events, new_event, merge, split, show_rejected)
