"""An export never writes over what the timeline is made from: the project, an article it
reads, or another export of the same run. Each is refused with one line, before writing."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

# What a file the export may not replace is, by its identity on disk.
Protected = Mapping[tuple[int, int], str]


def _identity(path: Path) -> tuple[int, int] | None:
    """Device and inode: the same file under any name, link or letter case."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def protected_files(project: Path, articles: Iterable[Path]) -> dict[tuple[int, int], str]:
    """The files an export must leave alone, each with the words that say what it is."""
    found: dict[tuple[int, int], str] = {}
    for path, what in [
        (project, "the project itself"),
        (Path(f"{project}-wal"), "the project's log"),
        (Path(f"{project}-shm"), "the project's log"),
    ]:
        key = _identity(path)
        if key is not None:
            found[key] = what
    for article in articles:
        key = _identity(article)
        if key is not None:
            found.setdefault(key, f"{article.name}, an article the timeline is made from")
    return found


def refusal(outputs: Sequence[tuple[str, Path]], protected: Protected) -> str | None:
    """Why these outputs (option, path) cannot be written, in one line; None when they can."""
    seen: dict[str, str] = {}
    for option, path in outputs:
        named = f"{option} {path}".strip()
        if path.is_dir():
            return f"{named} is a folder: name a file"
        key = _identity(path)
        if key is not None and key in protected:
            return f"{named} is {protected[key]}: choose another file; nothing was written"
        real = os.path.normcase(os.path.realpath(path))
        if real in seen:
            return f"{seen[real]} and {option} both name {path}: give each export its own file"
        seen[real] = option
    return None
