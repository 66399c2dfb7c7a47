"""The window's size and the sizes of its panes: a laptop's layout at first, the user's own
when they come back (unless another version laid the window out differently)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from viewer.ui.titles import SETTINGS_APP, SETTINGS_ORG

PANE_SHARES = (42, 32, 26)  # percent of the width: event list, article, annotation
# Bump when the window's layout changes so much that a layout saved by an earlier version
# would keep the old one: splitter sizes saved by another version are then ignored.
LAYOUT_VERSION = 2
FRAME_ROOM = 48  # a dialog's title bar and frame, and a margin round it


def restore_geometry(window: QMainWindow) -> bool:
    """The window's size as the user left it, or a first start's; whether the panes can be
    laid out as the user left them too (restore_panes), by this version's layout."""
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    geometry = settings.value("window/geometry")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if not restored:
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        # A first start takes a laptop's whole screen, and most of a larger one: a
        # timeline needs width, a list height.
        if area is None:
            window.resize(1280, 800)
        else:
            width, height = area.width(), area.height()
            window.resize(
                width if width <= 1600 else width * 9 // 10,
                height if height <= 1000 else height * 9 // 10,
            )
        return False
    put_back_unframed(window, settings.value("window/unframed"))
    # Another version's layout: this version's own instead.
    return str(settings.value("window/layout_version", "")) == str(LAYOUT_VERSION)


def put_back_unframed(window: QMainWindow, saved: object) -> None:
    """A window left with no frame round it (no window manager) back exactly where it was:
    restoring makes room for a title bar there is none of, and the window opened 25 pixels
    lower and 26 shorter on the next launch."""
    if not isinstance(saved, QRect) or saved.isEmpty():
        return
    screen = QGuiApplication.screenAt(saved.center())
    if screen is not None and screen.availableGeometry().contains(saved):
        window.setGeometry(saved)


def restore_panes(panes: QSplitter, vertical: QSplitter) -> None:
    """The panes' sizes as the user left them."""
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    for key, splitter in (("splitter", panes), ("vertical", vertical)):
        state = settings.value(f"window/{key}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)


def lay_out_panes(
    window: QMainWindow, panes: QSplitter, vertical: QSplitter, list_height: int, floor: int
) -> None:
    """The panes side by side in their shares of the width; above them the timeline, with
    what is left once the list below has its height, and never less than `floor` (a whole
    row of cards): on a small screen (1024 x 600) the list has fewer rows instead."""
    width, height = window.width(), window.height()
    handles = panes.handleWidth() * (panes.count() - 1)
    widgets = [w for w in map(panes.widget, range(panes.count())) if w is not None]
    least = [w.minimumSizeHint().width() for w in widgets]
    panes.setSizes(pane_widths(width - handles, least, widgets[0].sizeHint().width()))
    room = height - 90  # the menus, the status bar and the strips over the panes
    timeline = max(floor, room - list_height)
    vertical.setSizes([timeline, max(min(list_height, room - timeline), 1)])


def pane_widths(width: int, least: list[int], list_wants: int) -> list[int]:
    """The list's, the article's and the panel's widths: their shares, each at least its
    least; what the others lack, and what the list wants for its titles to read several
    words, comes from the article down to its least (at large text its share left the list
    so little that the titles were cut to a letter), then from the list."""
    shares = [width * share // 100 for share in PANE_SHARES]
    sizes = [max(need, share) for need, share in zip(least, shares, strict=True)]
    over = sum(sizes) - width
    article = min(max(over, 0) + max(list_wants - sizes[0], 0), sizes[1] - least[1])
    sizes[1] -= article
    sizes[0] += article - max(over, 0)
    return sizes


def save_geometry(window: QMainWindow, panes: QSplitter, vertical: QSplitter) -> None:
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    settings.setValue("window/geometry", window.saveGeometry())
    plain = window.windowState() == Qt.WindowState.WindowNoState  # not maximized
    unframed = plain and window.frameGeometry() == window.geometry()
    settings.setValue("window/unframed", window.geometry() if unframed else QRect())
    settings.setValue("window/splitter", panes.saveState())
    settings.setValue("window/vertical", vertical.saveState())
    settings.setValue("window/layout_version", LAYOUT_VERSION)


def sized_for_screen(dialog: QWidget, width: int, height: int) -> None:
    """A dialog at the size it wants, but never taller or wider than the screen it opens on
    leaves room for, with its frame: at 150% on a 1366 x 768 laptop (or with a 144-dpi font)
    the screen is 512 pixels high, and the shortcuts' sheet hid its Close button below it."""
    owner = dialog.parentWidget() or dialog
    screen = owner.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_ROOM)
        height = min(height, area.height() - FRAME_ROOM)
    dialog.resize(width, height)
