"""Every action of the window in one registry, in menu order, with its shortcut: the menu bar
is built from it, and the shortcut sheet and the window's enabling read it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str
MENU_PATH = " › "  # between a menu and its submenu, as the shortcut sheet shows them


@dataclass(frozen=True)
class _Entry:
    """One place in a menu: an action, a submenu made elsewhere, or a separator (None)."""

    menu: str  # "&View", or "Eve&nt › Stat&us" for a submenu
    action: QAction | None
    submenu: QMenu | None = None


class ActionRegistry(QObject):
    """The window's actions by name, each in its menu, each in the groups it belongs to
    ("open", "export", "event": the window enables a group at once)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._entries: list[_Entry] = []
        self._by_name: dict[str, QAction] = {}
        self._groups: dict[str, list[QAction]] = {}
        # Per group, a shortcut for each of its actions' keys, live while the action is not:
        # a key pressed then is told why nothing happens instead of reaching the list.
        self._unavailable: dict[str, list[tuple[QAction, QShortcut]]] = {}

    @property
    def window(self) -> QWidget:
        """The window the actions act in (their parent, for their shortcuts)."""
        return self._window

    def add(
        self,
        name: str,
        menu: str,
        text: str,
        keys: Keys | None,
        slot: Callable[[], object],
        *,
        groups: Iterable[str] = (),
        checkable: bool = False,
    ) -> QAction:
        """A new action: its menu, text, shortcut (for the whole window) and what it does."""
        action = QAction(text, self._window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        return self.adopt(name, menu, action, groups=groups)

    def adopt(
        self, name: str, menu: str, action: QAction, *, groups: Iterable[str] = ()
    ) -> QAction:
        """An action made elsewhere (undo, zoom, a dock's toggle), placed in a menu."""
        self._entries.append(_Entry(menu, action))
        self._by_name[name] = action
        for group in groups:
            self._groups.setdefault(group, []).append(action)
        return action

    def submenu(self, menu: str, submenu: QMenu, *, groups: Iterable[str] = ()) -> QMenu:
        """A submenu filled elsewhere (Open Recent, Lanes), placed in a menu."""
        self._entries.append(_Entry(menu, None, submenu))
        for group in groups:
            self._groups.setdefault(group, []).append(submenu.menuAction())
        return submenu

    def separator(self, menu: str) -> None:
        self._entries.append(_Entry(menu, None))

    def action(self, name: str) -> QAction:
        return self._by_name[name]

    def group(self, group: str) -> list[QAction]:
        return list(self._groups.get(group, []))

    def enable(self, group: str, enabled: bool) -> None:
        for action in self._groups.get(group, []):
            action.setEnabled(enabled)
        for action, shortcut in self._unavailable.get(group, []):
            shortcut.setEnabled(not action.isEnabled())

    def explain_unavailable(self, group: str, explain: Callable[[str], None]) -> None:
        """While a group's action is disabled, its keys call `explain` with the action's
        name ("Edit Note") rather than doing nothing, or moving the list's selection to the
        first title that begins with the letter typed."""
        pairs = self._unavailable.setdefault(group, [])
        for action in self._groups.get(group, []):
            name = action.text().replace("&", "").rstrip(".…")
            for keys in action.shortcuts():
                shortcut = QShortcut(keys, self._window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setEnabled(not action.isEnabled())
                shortcut.activated.connect(lambda name=name: explain(name))
                pairs.append((action, shortcut))

    def build_menu_bar(self, bar: QMenuBar) -> None:
        """The menus, in the order their first entries were registered."""
        menus: dict[str, QMenu] = {}

        def menu_of(path: str) -> QMenu:
            if path not in menus:
                parent, _, title = path.rpartition(MENU_PATH)
                menus[path] = menu_of(parent).addMenu(title) if parent else bar.addMenu(title)
            return menus[path]

        for entry in self._entries:
            menu = menu_of(entry.menu)
            if entry.submenu is not None:
                menu.addMenu(entry.submenu)
            elif entry.action is not None:
                menu.addAction(entry.action)
            else:
                menu.addSeparator()

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcuts) of every action, in menu order, for the shortcut sheet."""
        rows: list[tuple[str, str, str]] = []
        for entry in self._entries:
            action = entry.action
            if action is None or not action.text():
                continue
            keys = ", ".join(s.toString(s.SequenceFormat.NativeText) for s in action.shortcuts())
            menu = entry.menu.replace("&", "")
            rows.append((menu, action.text().replace("&", "").rstrip("."), keys))
        return rows
