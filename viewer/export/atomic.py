"""Exports are written whole or not at all: into a temporary file beside the target, renamed
onto it only once complete, so a failed or interrupted export leaves the old file as it was."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

NEW_FILE_MODE = 0o644  # what a file made with the usual umask gets; mkstemp makes 0o600


@contextmanager
def written_whole(path: Path, *, streams: bool = False) -> Iterator[Path]:
    """A temporary path to write the export to; it replaces `path` when the block ends
    without error, and is removed otherwise. With `streams`, a device or a pipe (/dev/null,
    a named pipe a program reads) is written to itself: renamed onto, it was replaced by a
    file. Without, it is replaced, as before: a caller that may remove what it was given
    (a picture drawn aside) must never be handed a device."""
    if streams and _is_stream(path):
        yield path
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else NEW_FILE_MODE
        temporary.chmod(mode)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


def _is_stream(path: Path) -> bool:
    """Whether `path` is a character device or a named pipe: there is no old file to keep."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)
