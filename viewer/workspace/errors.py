"""The one error the workspace raises, so the window and the command line catch one type."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from viewer.store import ProjectError

P = ParamSpec("P")
R = TypeVar("R")


class WorkspaceError(Exception):
    """Something the user asked for cannot be done; the message is one line for them."""


class ArticlesNotFoundError(WorkspaceError):
    """A project none of whose articles is where it read them (handed on without them, or
    with their folder renamed): the window asks where they are now."""

    def __init__(self, message: str, project_path: Path, sources: list[Path]) -> None:
        super().__init__(message)
        self.project_path = project_path
        self.sources = sources


def project_errors_told(method: Callable[P, R]) -> Callable[P, R]:
    """A workspace call whose project errors (a damaged file, a full disk, a read-only
    project) reach the window and the command line as WorkspaceError, in the same one line."""

    @functools.wraps(method)
    def telling(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except ProjectError as error:
            raise WorkspaceError(str(error)) from None

    return telling
