"""A field at the top of a long menu that keeps only the entries holding what is typed: a
folder of 465 articles made a Source menu to scroll through, entry by entry."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu, QWidgetAction

from viewer.ui.plain import menu_text

FINDER_MINIMUM = 12  # entries a menu has before it offers a field to find one
NONE_FOUND = "finderNoneFound"  # the entry that says nothing holds what is typed


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
    QTimer.singleShot(0, field, field.setFocus)  # once the menu is on screen
    return field


def _keep_matching(menu: QMenu, holder: QWidgetAction, text: str) -> None:
    """Keep the entries whose text, or the words they carry besides (the whole title, author
    and file of a source, whose entry shows a cut title), hold every word typed; say so when
    none does ("river post" found nothing, the menu left empty under the field)."""
    words = text.lower().split()
    found = False
    for action in menu.actions():
        if action is holder or action.isSeparator() or action.objectName() == NONE_FOUND:
            continue
        extra = action.data() if isinstance(action.data(), str) else ""
        entry = f"{action.text().replace('&&', '&')} {action.toolTip()} {extra}".lower()
        action.setVisible(all(word in entry for word in words))
        found = found or action.isVisible()
    none = menu.findChild(QAction, NONE_FOUND)
    if none is None:
        none = QAction(menu)
        none.setObjectName(NONE_FOUND)
        none.setEnabled(False)
        menu.addAction(none)
    none.setText(menu_text(f"Nothing holds “{text.strip()}”"))
    none.setVisible(not found)
