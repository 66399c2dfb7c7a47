"""A field at the top of a long menu that keeps only the entries holding what is typed: a
folder of 465 articles made a Source menu to scroll through, entry by entry."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QMenu, QWidgetAction

FINDER_MINIMUM = 12  # entries a menu has before it offers a field to find one


def add_finder(menu: QMenu, what: str) -> QLineEdit:
    """Put a find field first in `menu`, focused when the menu opens; typing hides the entries
    that do not hold the words typed (each word, in any case and order)."""
    field = QLineEdit(menu)
    field.setPlaceholderText(f"Type to find a {what}")
    field.setAccessibleName(f"Find a {what}")
    field.setClearButtonEnabled(True)
    holder = QWidgetAction(menu)
    holder.setDefaultWidget(field)
    entries = menu.actions()
    if entries:
        menu.insertAction(entries[0], holder)
    else:
        menu.addAction(holder)
    field.textChanged.connect(lambda text: _keep_matching(menu, holder, text))
    QTimer.singleShot(0, field.setFocus)  # once the menu is on screen
    return field


def _keep_matching(menu: QMenu, holder: QWidgetAction, text: str) -> None:
    words = text.lower().split()
    for action in menu.actions():
        if action is not holder and not action.isSeparator():
            entry = action.text().replace("&&", "&").lower()
            action.setVisible(all(word in entry for word in words))
