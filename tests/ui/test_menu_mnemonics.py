"""Each Alt+letter of the window opens or presses one thing: View and Event both answered
Alt+V, which opened one and then the other, so that Alt+V then S (View › Sort List By)
starred the selected event every other time."""
# mypy: allow-untyped-calls

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QMenu
from pytestqt.qtbot import QtBot

from viewer.core.lanes import LaneKind
from viewer.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def test_the_menu_bar_and_the_window_s_buttons_each_have_a_letter_of_their_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    menus = [a.text() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    buttons = [
        b.text()
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.window() is window
    ]
    letters = [letter for text in [*menus, *buttons] if (letter := _letter(text))]
    assert [_letter(text) for text in menus] == ["f", "e", "v", "n", "g", "h"]
    assert len(letters) == len(set(letters)), sorted(letters)


def _letters_clash(menu: QMenu) -> list[str]:
    """The entries of a menu (and of its submenus) that share their Alt letter."""
    menu.aboutToShow.emit()  # a menu filled as it opens
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
    letters = [_letter(text) for text in texts]
    clash = [
        text
        for text, letter in zip(texts, letters, strict=True)
        if letter and letters.count(letter) > 1
    ]
    for action in menu.actions():
        if isinstance(sub := action.menu(), QMenu):
            clash += _letters_clash(sub)
    return clash


def test_each_entry_of_a_menu_has_a_letter_of_its_own(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+F then L only went to Reload Articles (Export TimelineJS had the L too): a
    letter two entries share moves between them and presses neither. So did I (Open Files,
    Import Annotations), A (Save Project As, Add Articles), O in View, T and P in Event and A
    in Go."""
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    assert [text for menu in menus for text in _letters_clash(menu)] == []


def test_view_lanes_by_keyboard_has_a_letter_for_each_kind(
    qtbot: QtBot, window: MainWindow
) -> None:
    """View › Lanes had no letters: its entries were reached only by the arrow keys."""
    view = next(m for a in window.menuBar().actions() if (m := a.menu()) and a.text() == "&View")
    assert isinstance(view, QMenu)
    lanes = next(a.menu() for a in view.actions() if a.text() == "&Lanes")
    assert isinstance(lanes, QMenu)
    entries = {_letter(a.text()): a for a in lanes.actions()}
    assert set(entries) == {"n", "s", "t", "a"}
    entries["t"].trigger()
    assert window.timeline_pane.controls.lane_kind() is LaneKind.TAG
    entries["n"].trigger()
    assert window.timeline_pane.controls.lane_kind() is LaneKind.NONE
