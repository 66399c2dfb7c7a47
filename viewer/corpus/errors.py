"""The one error the corpus reader raises: a file or folder that cannot give an article."""

from __future__ import annotations


class CorpusError(Exception):
    """A path that could not be read; `str(error)` is one line a user can act on."""
