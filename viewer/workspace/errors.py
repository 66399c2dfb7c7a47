"""The one error the workspace raises, so the window and the command line catch one type."""


class WorkspaceError(Exception):
    """Something the user asked for cannot be done; the message is one line for them."""
