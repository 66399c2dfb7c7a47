"""Opening a project file: checked before it is touched, migrated when it may be written,
and opened read-only when it may not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from viewer.store.errors import ProjectError
from viewer.store.probe import open_read_only, probe, writable
from viewer.store.schema import SCHEMA_VERSION, migrate, user_version


def connect(path: Path, *, create: bool, read_only: bool) -> tuple[sqlite3.Connection, bool]:
    """A connection to the project at `path` and whether it may write; the file (and its
    folders) are made if missing and `create` allows. Read-only when asked, or when the file,
    its folder or its file system cannot be written."""
    if not path.exists() and not create:
        raise ProjectError(f"{path.name}: no such project")
    probe(path)
    if path.exists() and (read_only or not writable(path)):
        return _read_only(path), False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ProjectError(f"cannot create {path.name}: {e.strerror or e}") from e
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per edit or batch.
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as e:
        raise ProjectError(f"cannot open {path.name}: {e}") from e
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL syncs the log at every commit: an acknowledged edit survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn)
    except sqlite3.Error as e:
        conn.close()
        if "readonly" in str(e) and path.stat().st_size > 0:
            return _read_only(path), False  # e.g. on a file system mounted read-only
        raise ProjectError(f"cannot open {path.name}: {e}") from e
    return conn, True


def _read_only(path: Path) -> sqlite3.Connection:
    conn = open_read_only(path)
    try:
        version = user_version(conn)
    except sqlite3.Error as e:
        conn.close()
        raise ProjectError(f"cannot open {path.name}: {e}") from e
    if version < SCHEMA_VERSION:
        conn.close()
        raise ProjectError(
            f"{path.name} is read-only and was saved by an older version, which cannot be "
            "brought up to date: open a copy you can write"
        )
    return conn
