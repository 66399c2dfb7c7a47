"""Which project and which articles a workspace opens, from the paths a user named."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from viewer.corpus.seeds import seed_folder
from viewer.store import Project, ProjectError
from viewer.workspace.corpus_projects import corpus_project_path, default_project_path
from viewer.workspace.errors import ArticlesNotFoundError, WorkspaceError

SQLITE_MAGIC = b"SQLite format 3\x00"


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
        # Named, or the corpus's own: the seeds' default, or one for this folder.
        project = Project.open(project_path or corpus_project_path(corpus))
    except ProjectError as error:
        raise WorkspaceError(str(error)) from None
    if not corpus:
        try:
            corpus = kept_articles(project) or [seed_folder()]
        except WorkspaceError:
            project.close()
            raise
    return project, corpus


def kept_articles(project: Project) -> list[Path]:
    """The articles a project reads, each where it was or, moved with the project (a folder
    copied, unpacked or renamed whole), beside it under the same name. A project whose
    articles are all gone is refused: it opened the seeds instead, and kept them as its own.
    One some of whose articles are gone keeps naming them where they were: the load says each
    is missing, and they come back when they are put back (they were dropped without a word)."""
    stored = [Path(s) for s in project.sources()]
    now = [_where_now(s, project.path.parent) for s in stored]
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


def _where_now(stored: Path, folder: Path) -> Path | None:
    """A kept article path as it is now: where it was, else its last parts under folder, the
    longest that exists (…/work/articles moved to folder/articles)."""
    if stored.exists():
        return stored
    parts = stored.parts[1:] if stored.is_absolute() else stored.parts
    for first in range(len(parts)):
        moved = folder.joinpath(*parts[first:])
        if moved.exists():
            return moved
    return None
