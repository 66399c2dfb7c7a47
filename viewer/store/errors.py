"""The one error the store raises, so callers catch a single type and show its message."""


class ProjectError(Exception):
    """A project file that cannot be opened or saved; str() is one line a user can act on."""
