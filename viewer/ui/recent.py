"""Recently opened projects and article folders, kept in the user's settings, newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from viewer.ui.plain import as_written, menu_text

RECENT_KEY = "recent/paths"
RECENT_LIMIT = 10


def recent_paths(settings: QSettings) -> list[Path]:
    """What was opened lately, newest first; entries that no longer exist are dropped."""
    stored = settings.value(RECENT_KEY, [])
    if isinstance(stored, str):  # a one-entry list reads back as a string from some formats
        stored = [stored]
    paths = [Path(str(s)) for s in stored] if isinstance(stored, list) else []
    return [p for p in paths if p.exists()][:RECENT_LIMIT]


def remember(settings: QSettings, opened: Sequence[Path]) -> None:
    """Put paths at the top of the list, without duplicates."""
    fresh = [p.resolve() for p in opened]
    kept = [p for p in recent_paths(settings) if p.resolve() not in fresh]
    settings.setValue(RECENT_KEY, [str(p) for p in [*fresh, *kept][:RECENT_LIMIT]])


def fill_recent_menu(menu: QMenu, settings: QSettings, open_path: Callable[[Path], object]) -> None:
    """List the recent entries as actions, each saying whether it is a project, folder or file."""
    menu.clear()
    paths = recent_paths(settings)
    for number, path in enumerate(paths, start=1):
        kind = "Project" if path.suffix == ".tlproj" else "Folder" if path.is_dir() else "File"
        prefix = f"&{number} " if number < 10 else ""
        action = menu.addAction(f"{prefix}{menu_text(path.name)}  ({kind})")
        action.setToolTip(as_written(str(path)))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if not paths:
        empty = menu.addAction("No Recent Projects or Folders")
        empty.setEnabled(False)
        return
    menu.addSeparator()
    clear = menu.addAction("&Clear Menu")
    clear.triggered.connect(lambda _checked=False: settings.remove(RECENT_KEY))


EXPORT_FOLDER_KEY = "export/folder"


def export_folder(settings: QSettings, first: str = "") -> Path:
    """Where an export is offered: the folder the last one went to while it still exists
    (exports of one story go to one folder), else `first` (beside the articles, where Save
    Project As offers the project: the first export was offered in the home folder), else
    the home folder."""
    otherwise = Path(first) if first and Path(first).is_dir() else Path.home()
    stored = settings.value(EXPORT_FOLDER_KEY, "")
    folder = Path(str(stored)) if isinstance(stored, str) and stored else otherwise
    return folder if folder.is_dir() else otherwise


def remember_export(settings: QSettings, written: Path) -> None:
    """The folder an export was written to, for the next export's offer."""
    settings.setValue(EXPORT_FOLDER_KEY, str(written.resolve().parent))
