"""The one error the store raises, so callers catch a single type and show its message."""


class ProjectError(Exception):
    """A project file that cannot be opened or saved; str() is one line a user can act on."""


class EditConflictError(ProjectError):
    """A field no longer holds what an undo or redo expected: another window (or an import)
    changed it since, and its newer value is kept."""

    def __init__(self, fields: str) -> None:
        super().__init__(f"{fields} changed in another window since; the newer value is kept")
