"""Articles added to (or taken from) a project's folder while the window is open: an article
saved into the folder went unseen, the timeline shown as if the folder were as it was read,
until the user thought of File › Reload Articles. The strip over the window says which files
are new or gone, and how to read them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from viewer.core.counted_words import counted
from viewer.corpus.article_files import articles_in
from viewer.ui.session_controller import SessionController

SETTLE_MS = 700  # a file being copied in changes the folder many times: look once it settles
NAMED = 3  # files named in the line; the rest are counted


class FolderWatch(QObject):
    """Watches the folders the project on screen reads; `changed` is called when the files
    in them are no longer those read, and once they are again."""

    def __init__(self, session: SessionController, changed: Callable[[], None]) -> None:
        super().__init__(session)
        self._session = session
        self._changed = changed
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._look)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _folder: self._settle.start())
        self._new: list[str] = []
        self._gone: list[str] = []
        session.workspace_changed.connect(lambda *_: self._watch())

    def _watch(self) -> None:
        """The folders of the workspace now on screen, read as they are now."""
        folders = self._watcher.directories()
        if folders:
            self._watcher.removePaths(folders)
        ws = self._session.workspace
        wanted = [str(source) for source in ws.sources if source.is_dir()]
        if wanted:
            self._watcher.addPaths(wanted)
        self._new, self._gone = [], []

    def _look(self) -> None:
        ws = self._session.workspace
        if not ws.is_open or not ws.state.checked:
            return  # being read: what it reads is what it shows
        read = {Path(doc.path).resolve(): doc.id for doc in ws.documents_by_id.values()}
        there: set[Path] = set()
        for folder in (source for source in ws.sources if source.is_dir()):
            there.update(path.resolve() for path in articles_in(folder, []))
        new = sorted(path.name for path in there - read.keys())
        folders = _folders(ws.sources)
        gone = sorted(
            read[path]
            for path in read.keys() - there
            if any(path.is_relative_to(folder) for folder in folders)
        )
        if (new, gone) != (self._new, self._gone):
            self._new, self._gone = new, gone
            self._changed()

    def lines(self) -> list[str]:
        """What the strip says of the folder: "1 new article in the folder since it was read
        (salmon.txt): File › Reload Articles (F5) reads it." """
        parts = []
        if self._new:
            parts.append(f"{counted(len(self._new), 'new article')} ({_named(self._new)})")
        if self._gone:
            parts.append(f"{counted(len(self._gone), 'article')} gone ({_named(self._gone)})")
        if not parts:
            return []
        return [
            f"In the folder since it was read: {'; '.join(parts)}. "
            "File › Reload Articles (F5) reads it as it is now."
        ]


def _folders(sources: Sequence[Path]) -> set[Path]:
    return {source.resolve() for source in sources if source.is_dir()}


def _named(names: Sequence[str]) -> str:
    shown = ", ".join(names[:NAMED])
    return shown if len(names) <= NAMED else f"{shown} and {len(names) - NAMED} more"
