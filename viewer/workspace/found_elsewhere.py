"""The work on a folder of articles opened at a place the program has no project for yet:
the folder moved or renamed whole (its work is in the program's project of its old place),
or copied to another machine with its project saved beside it. Before, it opened with an
empty project of its own, and a week of notes seemed gone without a word."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from pathlib import Path

from viewer.corpus.article_files import articles_in, read_article_bytes
from viewer.corpus.decoding import decode_bytes
from viewer.corpus.errors import CorpusError
from viewer.store import Project, ProjectError
from viewer.store.probe import kept_sources
from viewer.workspace.article_places import kept_articles
from viewer.workspace.corpus_projects import PROJECTS_FOLDER, data_folder
from viewer.workspace.errors import WorkspaceError

PROJECT_SUFFIX = ".tlproj"
QUOTES_CHECKED = 3  # notes whose words are looked for in the files found by name


def project_beside(corpus: Sequence[Path]) -> Path | None:
    """A project beside the corpus's folder (named after it, as Save Project As offers) or
    in it, that reads these articles where they are now; of several (dated copies), the one
    worked on last."""
    wanted = sorted(str(p) for p in corpus)
    found: list[Path] = []
    for candidate in _beside_folders(corpus):
        with suppress(ProjectError, WorkspaceError), _read(candidate) as project:
            if sorted(str(p) for p in kept_articles(project)) == wanted:
                found.append(candidate)
    return max(found, key=_last_written) if found else None


def _last_written(project: Path) -> float:
    """When a project was last written: its log, if it has one, is written before it."""
    log = Path(f"{project}-wal")
    return max(p.stat().st_mtime for p in (project, log) if p.exists())


def _beside_folders(corpus: Sequence[Path]) -> Iterator[Path]:
    for folder in (p for p in corpus if p.is_dir()):
        named = folder.parent / f"{folder.name}{PROJECT_SUFFIX}"
        if named.is_file():
            yield named
        yield from sorted(folder.glob(f"*{PROJECT_SUFFIX}"))


def carry_over(corpus: Sequence[Path], own: Path) -> str:
    """Copy the program's project of this corpus at its old place to `own`, its project at
    the new place (not made yet); what was done in a line, or "" when there is none: its
    articles must all be gone from where it read them, and the files its work is on here."""
    names = _article_names(corpus)
    found = [(p, old) for p in _program_projects(own) if (old := _moved_here(p, names))]
    if not found:
        return ""
    path, old = max(found, key=lambda pair: _last_written(pair[0]))  # the latest work
    try:
        with _read(path) as project:
            project.copy_to(own)
    except ProjectError:
        return ""  # opened as a new project, as before
    return (
        f"The notes, tags and corrections on these articles were carried over from the "
        f"project of their old place ({old}), where they are no longer"
    )


def _program_projects(own: Path) -> list[Path]:
    folder = data_folder() / PROJECTS_FOLDER
    return [p for p in sorted(folder.glob(f"*{PROJECT_SUFFIX}")) if p != own and p.is_file()]


def _article_names(corpus: Sequence[Path]) -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in corpus:
        found = articles_in(path, []) if path.is_dir() else iter([path])
        names.update((p.name, p) for p in found)
    return names


def _moved_here(path: Path, names: Mapping[str, Path]) -> str:
    """The old place of a project whose articles are all gone from it and whose work is on
    files here: most of them found by name (one may have been deleted since), and the words
    its notes quote found in them (other articles may have the same names); else ""."""
    sources = kept_sources(path)  # a quick look first: most projects read articles still
    if not sources or any(Path(s).exists() for s in sources):
        return ""
    try:
        with _read(path) as project:
            worked_on = _documents_worked_on(project)
            notes = project.annotations().values()
            quotes = [(a.anchor.document_id, a.anchor.quote) for a in notes]
    except ProjectError:
        return ""
    here = [d for d in worked_on if Path(d).name in names]
    if not worked_on or 2 * len(here) <= len(worked_on):
        return ""
    return sources[0] if _quoted_here(quotes, names) else ""


def _quoted_here(quotes: Sequence[tuple[str, str]], names: Mapping[str, Path]) -> bool:
    """Whether the first few quotes of the notes are in the files of their names here."""
    checked = [(names[Path(d).name], q) for d, q in quotes if Path(d).name in names and q]
    return all(quote in _text(file) for file, quote in checked[:QUOTES_CHECKED])


def _text(file: Path) -> str:
    try:
        return decode_bytes(read_article_bytes(file)[0], file.name)
    except CorpusError:
        return ""


def _documents_worked_on(project: Project) -> set[str]:
    documents = {a.anchor.document_id for a in project.annotations().values()}
    documents.update(u.anchor.document_id for u in project.user_events())
    documents.update(project.document_dates())
    return documents


def _read(path: Path) -> Project:
    return Project.open(path, create=False, read_only=True)
