"""The workspace: corpus, events and project together, for the window and the command line."""

from viewer.workspace.corpus_projects import default_project_path
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.session import Loaded, Workspace, is_project_file

__all__ = ["Loaded", "Workspace", "WorkspaceError", "default_project_path", "is_project_file"]
