"""The SQLite project store: annotations, user events, corrections and caches in one file."""

from viewer.store.errors import DamagedProjectError, EditConflictError, ProjectError
from viewer.store.project import PROJECT_SUFFIX, Project
from viewer.store.schema import SCHEMA_VERSION

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "DamagedProjectError",
    "EditConflictError",
    "Project",
    "ProjectError",
]
