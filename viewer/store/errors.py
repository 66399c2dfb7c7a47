"""The one error the store raises, so callers catch a single type and show its message."""

from pathlib import Path


class ProjectError(Exception):
    """A project file that cannot be opened or saved; str() is one line a user can act on."""


class DamagedProjectError(ProjectError):
    """A project file whose pages or tables are damaged (cut short, overwritten in part):
    SQLite cannot read it as a whole, and nothing in it is read or changed."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class EditConflictError(ProjectError):
    """A field no longer holds what an undo or redo expected: another window (or an import)
    changed it since, and its newer value is kept."""

    def __init__(self, fields: str) -> None:
        super().__init__(f"{fields} changed in another window since; the newer value is kept")
