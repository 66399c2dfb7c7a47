"""The workspace: corpus, events and project together, for the window and the command line."""

from viewer.workspace.session import (
    Loaded,
    Workspace,
    WorkspaceError,
    default_project_path,
    is_project_file,
)

__all__ = ["Loaded", "Workspace", "WorkspaceError", "default_project_path", "is_project_file"]
