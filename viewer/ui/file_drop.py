"""Opening files and folders dropped onto the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries; web links and text are not articles."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropFilter(QObject):
    """Accepts drags of local files onto a window and hands the dropped paths on."""

    def __init__(self, window: QWidget, open_paths: Callable[[list[Path]], object]) -> None:
        super().__init__(window)
        self._open_paths = open_paths
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self._open_paths(paths)
                return True
        return super().eventFilter(watched, event)
