"""The one error the workspace raises, so the window and the command line catch one type."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from viewer.store import ProjectError

P = ParamSpec("P")
R = TypeVar("R")


class WorkspaceError(Exception):
    """Something the user asked for cannot be done; the message is one line for them."""


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
