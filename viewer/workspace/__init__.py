"""The workspace: corpus, events and project together, for the window and the command line."""

from viewer.core.counted_words import agreeing, counted
from viewer.store.codecs.kept_timeline import KeptTimeline
from viewer.workspace.corpus_projects import default_project_path
from viewer.workspace.errors import ArticlesNotFoundError, WorkspaceError
from viewer.workspace.exports import ExportKind, prepare_export
from viewer.workspace.loading import Loaded, LoadInputs, run_load
from viewer.workspace.opening import is_project_file
from viewer.workspace.session import Workspace
from viewer.workspace.session_state import SessionState

__all__ = [
    "ArticlesNotFoundError",
    "ExportKind",
    "KeptTimeline",
    "LoadInputs",
    "Loaded",
    "SessionState",
    "Workspace",
    "WorkspaceError",
    "agreeing",
    "counted",
    "default_project_path",
    "is_project_file",
    "prepare_export",
    "run_load",
]
