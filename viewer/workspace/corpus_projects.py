"""Which project keeps the annotations of a corpus opened without naming one.

The seeds have the default project. Any other folder (or set of files) gets a project of its
own in the user's data folder, named after it: opening another folder never takes the seeds'
project over, so their annotations never become orphans of someone else's articles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from viewer.corpus.seeds import seed_folder

APP_NAME = "timeline-viewer"
PROJECTS_FOLDER = "projects"  # in the user data folder: one project per corpus opened
_NOT_IN_NAMES = re.compile(r"[^\w.-]+")


def data_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME)


def default_project_path() -> Path:
    """The seeds' project, used when nothing is named, so annotations persist between runs."""
    return data_folder() / "default.tlproj"


def corpus_project_path(paths: Sequence[Path]) -> Path:
    """The project of the corpus made of these folders and files: the seeds' default one, or
    one named after the first folder, with a short fingerprint of the full paths so two
    folders of the same name keep their own."""
    resolved = sorted({_resolved(p) for p in paths})
    if not resolved or resolved == [_resolved(seed_folder())]:
        return default_project_path()
    first = Path(resolved[0])
    name = first.name if first.is_dir() else first.parent.name
    stem = _NOT_IN_NAMES.sub("-", name).strip("-.")[:40] or "articles"
    digest = hashlib.sha256("\n".join(resolved).encode("utf-8", "surrogatepass")).hexdigest()
    return data_folder() / PROJECTS_FOLDER / f"{stem}-{digest[:8]}.tlproj"


def is_corpus_project(project: Path) -> bool:
    """Whether a project is one this module named for a corpus (not one the user named)."""
    return project.parent == data_folder() / PROJECTS_FOLDER


def corpus_name(paths: Sequence[Path]) -> str:
    """What a corpus is called where it has no project of the user's: its one folder's name
    (the seeds' when none is named), else "Timeline"."""
    folders = {p if p.is_dir() else p.parent for p in (paths or [seed_folder()])}
    name = folders.pop().absolute().name if len(folders) == 1 else ""
    return name.strip() or "Timeline"


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a link that loops: its own name will do
        return str(path.absolute())
