"""Read-only checks of an existing file before opening it for writing: refuse, never touch."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from viewer.store.errors import DamagedProjectError, ProjectError
from viewer.store.schema import APPLICATION_ID, APPLICATION_NAME, SCHEMA_VERSION, expected_tables

SQLITE_MAGIC = b"SQLite format 3\x00"


def probe(path: Path) -> None:
    """Raise ProjectError unless `path` is missing, empty, or a project this version can open.

    Reads the header bytes first and opens SQLite read-only only if they look right.
    """
    name = path.name
    if path.is_dir():
        raise ProjectError(f"{name} is a folder, not a timeline project")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise ProjectError(f"cannot read {name}: {e.strerror or e}") from e
    if header != SQLITE_MAGIC:
        raise ProjectError(f"{name} is not a timeline project (not an SQLite database)")
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as e:
        raise ProjectError(f"cannot open {name}: {e}") from e
    try:
        _check(conn, path)
    except sqlite3.DatabaseError as e:
        raise DamagedProjectError(f"{name} is damaged: {e}", path) from e
    finally:
        conn.close()


def writable(path: Path) -> bool:
    """Whether the project and its folder (where SQLite keeps its log) may be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads the project and never writes next to it."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None)
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.Error:
        pass
    # With a log beside it but no right to make the shared-memory file, read the file alone.
    try:
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as e:
        raise ProjectError(f"cannot open {path.name}: {e}") from e


def kept_sources(path: Path) -> list[str] | None:
    """The article paths a project file keeps, read without checking the whole file (as
    probe does) nor changing anything; None when it is no project of ours or cannot be read."""
    try:
        conn = open_read_only(path)
    except ProjectError:
        return None
    try:
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            return None
        return [str(r[0]) for r in conn.execute("SELECT path FROM sources ORDER BY position")]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _read_only_uri(path: Path) -> str:
    """A URI that reads the file without creating or changing anything next to it.

    With no write-ahead log beside the file, `immutable` keeps SQLite from making the
    -wal and -shm files a read-only WAL reader otherwise leaves behind. With a log (left by
    a crash, or another window has it open) the log holds committed data, so read through it.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def _check(conn: sqlite3.Connection, path: Path) -> None:
    name = path.name
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if app_id != APPLICATION_ID:
        if app_id == 0 and version == 0 and not tables:
            return  # an empty database, e.g. created and killed before its first migration
        raise ProjectError(
            f"{name} is not a timeline project (an SQLite database of another application)"
        )
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{name} was written by a newer version of the viewer "
            f"(schema {version}; this version reads up to {SCHEMA_VERSION})"
        )
    problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise DamagedProjectError(f"{name} is damaged: {' '.join(problems[0].split())}", path)
    if version > 0:
        if "meta" not in tables:
            raise DamagedProjectError(f"{name} is damaged: its project tables are missing", path)
        _check_tables(conn, path, version)
        row = conn.execute("SELECT value FROM meta WHERE key = ?", ("application",)).fetchone()
        if row is None or row[0] != APPLICATION_NAME:
            raise ProjectError(
                f"{name} is not a timeline project (an SQLite database of another application)"
            )


def _check_tables(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Every table and column its schema version made must be there: a project with one
    dropped is refused with one line, not opened to fail at the first read of it."""
    name = path.name
    for table, columns in expected_tables(version).items():
        found = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
        if not found:
            raise DamagedProjectError(f"{name} is damaged: its {table} table is missing", path)
        missing = sorted(columns - found)
        if missing:
            raise DamagedProjectError(
                f"{name} is damaged: its {table} table lacks {', '.join(missing)}", path
            )
