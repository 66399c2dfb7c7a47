"""Which project and which articles a workspace opens, from the paths a user named."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from viewer.corpus.seeds import seed_folder
from viewer.store import DamagedProjectError, Project, ProjectError
from viewer.workspace.article_places import kept_articles
from viewer.workspace.corpus_projects import (
    corpus_project_path,
    default_project_path,
    is_corpus_project,
)
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.found_elsewhere import carry_over, project_beside

SQLITE_MAGIC = b"SQLite format 3\x00"
SAVED_AS = "saved_as"  # a corpus's own project: the project it was saved as
# A spreadsheet's CSV opened, not imported: it was read as an article, to an empty timeline.
_CSV_OPENED = (
    "{name} is a CSV file, neither articles nor a project: to apply an edited export to a "
    "project, open the project and use File › Import Annotations from CSV… "
    "(or: timeline-viewer import-annotations FILE.csv --project PROJECT)"
)


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
) -> tuple[Project, list[Path], str]:
    """The project to open, the articles it reads (named ones, else those it keeps, else the
    seeds) and, when its work was found elsewhere, a line saying where. Fast: no article is
    read yet."""
    corpus: list[Path] = []
    for path in paths:
        if not path.exists() and path.suffix != ".tlproj":
            raise WorkspaceError(f"{path}: no such file or folder")
        if path.suffix.lower() == ".csv":
            raise WorkspaceError(_CSV_OPENED.format(name=path.name))
        if is_project_file(path):
            if project_path is not None and path != project_path:
                raise WorkspaceError("give at most one project file")
            if not path.exists():
                raise WorkspaceError(f"{path}: no such project")
            project_path = path
        else:
            corpus.append(path.resolve())
    found = ""
    try:
        if project_path is None and corpus:
            project, found = _corpus_project(corpus)
        else:  # named, or the seeds' default
            project = Project.open(project_path or corpus_project_path(corpus))
    except DamagedProjectError as error:
        raise WorkspaceError(_damaged(error)) from None
    except ProjectError as error:
        raise WorkspaceError(str(error)) from None
    if not corpus:
        try:
            corpus = kept_articles(project) or [seed_folder()]
        except WorkspaceError:
            project.close()
            raise
    return project, corpus, found


def _corpus_project(corpus: list[Path]) -> tuple[Project, str]:
    """The project of articles opened with none named: their own (the seeds' default, or one
    for their folder), or the project it was saved as (File › Save Project As…) while that
    reads them still. The first time at this place: a project beside their folder that reads
    them (copied with it), else their own carried over from their old place (moved whole)."""
    own = corpus_project_path(corpus)
    if own.exists():
        return _saved_as(Project.open(own), corpus), ""
    beside = project_beside(corpus)
    if beside is None:
        carried = carry_over(corpus, own)
        return Project.open(own), carried
    project = Project.open(own)
    project.set_setting(SAVED_AS, str(beside.absolute()))  # and so on the next days
    project.close()
    return Project.open(beside), f"Opened {beside.name}, the project beside these articles"


def _saved_as(own: Project, corpus: list[Path]) -> Project:
    """The project a corpus's own one was saved as, if it is there and reads this corpus:
    opening the folder again on a later day finds the work where it went on."""
    saved = own.setting(SAVED_AS)
    if saved is None or not Path(saved).is_file():
        return own
    other = Project.open(Path(saved), create=False)
    if sorted(_reads(other)) != sorted(str(p) for p in corpus):
        other.close()
        return own
    own.close()
    return other


def _reads(project: Project) -> list[str]:
    """The articles a project reads where they are now (it moved with them), else as kept."""
    try:
        return [str(p) for p in kept_articles(project)]
    except WorkspaceError:
        return project.sources()


def _damaged(error: DamagedProjectError) -> str:
    """A damaged project in one line, with what to do; one the program keeps (the user never
    chose it, nor knows where it is) named in full: as it was, the articles never opened."""
    path = error.path
    if path != default_project_path() and not is_corpus_project(path):
        return f"{error}. It was left as it was: open a backup or an earlier copy of it"
    return (
        f"{error}. The program keeps this project for these articles at {path}: move it "
        "elsewhere (keep it: what it holds may be recovered) and open them again, with a new "
        "project"
    )
