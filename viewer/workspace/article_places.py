"""Where the articles a project reads are now: beside it when it moved with them, else where
it read them, else under its folder by their last parts."""

from __future__ import annotations

import os
from pathlib import Path

from viewer.store import Project
from viewer.workspace.corpus_projects import default_project_path
from viewer.workspace.errors import ArticlesNotFoundError


def kept_articles(project: Project) -> list[Path]:
    """The articles a project reads: copied or moved with the project (a folder duplicated,
    unpacked or renamed whole), those at the same place beside it, else each where it was, else
    beside it under the same name. A project whose
    articles are all gone is refused: it opened the seeds instead, and kept them as its own.
    One some of whose articles are gone keeps naming them where they were: the load says each
    is missing, and they come back when they are put back (they were dropped without a word)."""
    stored = [Path(s) for s in project.sources()]
    then = project.sources_folder()
    now = [_where_now(s, project.path.absolute().parent, then) for s in stored]
    if stored and not any(now) and project.path != default_project_path():
        raise ArticlesNotFoundError(
            f"{project.path.name}: its articles are not where it read them ({stored[0]}); "
            f"name their folder: timeline-viewer FOLDER --project {project.path}",
            project.path,
            stored,
        )
    if not any(now):
        return []  # the seeds' own project, its articles gone: the seeds
    return [where or kept for where, kept in zip(now, stored, strict=True)]


def _where_now(stored: Path, folder: Path, then: str | None) -> Path | None:
    """A kept article path as it is now: at its place relative to the project, the project in
    `folder` now and in `then` when the path was kept (a copy reads its own articles, not the
    original's); else where it was; else its last parts under folder, the longest that exists
    (…/work/articles moved to folder/articles)."""
    beside = _beside(stored, folder, then)
    if beside is not None and beside.exists():
        return beside
    if stored.exists():
        return stored
    parts = stored.parts[1:] if stored.is_absolute() else stored.parts
    for first in range(len(parts)):
        moved = folder.joinpath(*parts[first:])
        if moved.exists():
            return moved
    return None


def _beside(stored: Path, folder: Path, then: str | None) -> Path | None:
    """Where a kept path is relative to a project moved from `then` to `folder`; None when
    the project has not moved, or its old place is not known (a project kept before)."""
    if then is None or Path(then) == folder:
        return None
    try:
        relative = os.path.relpath(stored, then)
    except ValueError:  # another drive
        return None
    return Path(os.path.normpath(folder / relative))
