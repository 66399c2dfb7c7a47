"""Which project and which articles a workspace opens, from the paths a user named."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from viewer.corpus.seeds import seed_folder
from viewer.store import Project, ProjectError
from viewer.workspace.corpus_projects import corpus_project_path, default_project_path
from viewer.workspace.errors import ArticlesNotFoundError, WorkspaceError

SQLITE_MAGIC = b"SQLite format 3\x00"
SAVED_AS = "saved_as"  # a corpus's own project: the project it was saved as


def is_project_file(path: Path) -> bool:
    """Whether a path names a project rather than an article."""
    if path.suffix == ".tlproj":
        return True
    if not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def open_project(
    paths: Sequence[Path], project_path: Path | None = None
) -> tuple[Project, list[Path]]:
    """The project to open and the articles it reads: named ones, else those it keeps, else
    the seeds. Fast: no article is read yet."""
    corpus: list[Path] = []
    for path in paths:
        if not path.exists() and path.suffix != ".tlproj":
            raise WorkspaceError(f"{path}: no such file or folder")
        if is_project_file(path):
            if project_path is not None and path != project_path:
                raise WorkspaceError("give at most one project file")
            if not path.exists():
                raise WorkspaceError(f"{path}: no such project")
            project_path = path
        else:
            corpus.append(path.resolve())
    try:
        # Named, or the corpus's own: the seeds' default, or one for this folder, or the
        # project it was saved as (File › Save Project As…) while that reads it still.
        project = Project.open(project_path or corpus_project_path(corpus))
        if project_path is None and corpus:
            project = _saved_as(project, corpus)
    except ProjectError as error:
        raise WorkspaceError(str(error)) from None
    if not corpus:
        try:
            corpus = kept_articles(project) or [seed_folder()]
        except WorkspaceError:
            project.close()
            raise
    return project, corpus


def _saved_as(own: Project, corpus: list[Path]) -> Project:
    """The project a corpus's own one was saved as, if it is there and reads this corpus:
    opening the folder again on a later day finds the work where it went on."""
    saved = own.setting(SAVED_AS)
    if saved is None or not Path(saved).is_file():
        return own
    other = Project.open(Path(saved), create=False)
    if sorted(other.sources()) != sorted(str(p) for p in corpus):
        other.close()
        return own
    own.close()
    return other


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
