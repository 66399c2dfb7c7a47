"""The one error the corpus reader raises: a file or folder that cannot give an article."""

from __future__ import annotations


class CorpusError(Exception):
    """A path that could not be read; `str(error)` is one line a user can act on."""


# The words of the lines that tell of a path left out on purpose: not an article (a folder, a
# browser page's "_files" folder, a binary or empty file, a special file), over a limit, or
# with a name no project can keep. Any other line is a file that could not be read.
_SKIPPED_WORDS = (
    "not an article file",
    "not a text file (binary content)",
    "the file is empty",
    "no text to read",
    "; not read",
    "MB limit for one article",
    "name is not UTF-8 text",
)


def skipped_on_purpose(line: str) -> bool:
    """Whether a problem line tells of a path skipped on purpose, not one that failed."""
    return any(words in line for words in _SKIPPED_WORDS)


def is_folder_line(line: str) -> bool:
    """Whether a problem line names a folder ("Page_files/: …"), not a file."""
    return line.partition(": ")[0].endswith("/")


# The line a load stopped by the user leaves: the articles read before it are shown.
_CANCELLED = "not shown: loading cancelled"


def cancelled_line(count: int) -> str:
    """The problem line of a load cancelled with `count` articles not yet read."""
    return f"{count} article{'s' if count != 1 else ''} {_CANCELLED}"


def is_cancelled_line(line: str) -> bool:
    """Whether a problem line tells of a cancelled load, not of a file."""
    return line.endswith(_CANCELLED)
