"""A whole project written to another file, as one consistent snapshot: File › Save Project
As… The copy is made aside and renamed onto the target only once complete."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing, suppress
from pathlib import Path

from viewer.store.errors import ProjectError


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write what `source` holds to `target` (replaced if there); ProjectError when it cannot
    be written, the target then left as it was."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as e:
        raise ProjectError(f"{target} cannot be written: {e.strerror or e}") from e
    aside = Path(name)
    try:
        with closing(sqlite3.connect(aside)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the source used
        aside.chmod(0o644)
        os.replace(aside, target)
    except (OSError, sqlite3.Error) as e:
        with suppress(OSError):
            aside.unlink()
        raise ProjectError(f"{target} cannot be written: {e}") from e
