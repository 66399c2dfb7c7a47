"""The articles of a project handed on or moved: each folder or file it read that is gone is
asked for where it is now, and the project reads it from there; its annotations follow their
passages by their words. Before, the window named a command to type in a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.corpus.article_files import ARTICLE_SUFFIXES
from viewer.ui.plain import as_written
from viewer.ui.titles import APP_TITLE
from viewer.workspace import ArticlesNotFoundError

LOCATE_HINT = "If they were moved or renamed: File › Locate Moved Articles…"


def gone(sources: Sequence[Path]) -> list[Path]:
    """The sources a project reads that are not where it read them."""
    return [source for source in sources if not source.exists()]


def _ask_where(parent: QWidget | None, source: Path, start: str) -> Path | None:
    title = f"Where is “{source.name}” now? (read from {source.parent})"
    if source.suffix.lower() in ARTICLE_SUFFIXES:
        file, _ = QFileDialog.getOpenFileName(parent, title, start)
        return Path(file) if file else None
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(folder) if folder else None


def located(parent: QWidget | None, sources: Sequence[Path], start: Path) -> list[Path] | None:
    """The sources, each gone one where the user says it is now (asked in turn, starting
    beside the project); None when they cancel."""
    found: list[Path] = []
    for source in sources:
        if source.exists():
            found.append(source)
            continue
        where = _ask_where(parent, source, str(start))
        if where is None:
            return None
        found.append(where)
        start = where.parent  # the next one is most often its sibling
    return found


def locate_after(parent: QWidget | None, error: ArticlesNotFoundError) -> list[Path] | None:
    """Say that none of a project's articles is where it read them and offer to find them:
    the sources to open it with, or None when the user does not."""
    names = ", ".join(str(s) for s in error.sources[:3])
    answer = QMessageBox.question(
        parent,
        APP_TITLE,
        as_written(
            f"{error.project_path.name}: its articles are not where it read them ({names}).\n\n"
            "Were they moved or renamed? Show where they are now, and the project reads them "
            "from there, with every annotation on its passage."
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open,
    )
    if answer != QMessageBox.StandardButton.Open:
        return None
    return located(parent, error.sources, error.project_path.parent)
