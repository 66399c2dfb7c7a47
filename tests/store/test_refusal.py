"""Files that are not projects this version can open are refused and left exactly as they were."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.store.builders import build_project
from viewer.core.annotations import Anchor, Annotation
from viewer.store import SCHEMA_VERSION, Project, ProjectError


def text_file(path: Path) -> None:
    path.write_text("Meeting notes\nNATO summit in Madrid, 29 June.\n", encoding="utf-8")


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def filled_project(path: Path) -> None:
    with Project.open(path) as project, project.batch():
        for i in range(400):
            project.save_annotation(Annotation(f"e{i}", Anchor("d", 0, 1, "x"), note="n" * 200))


def truncated_project(path: Path) -> None:
    filled_project(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupted_pages(path: Path) -> None:
    filled_project(path)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 4] = random.Random(3).randbytes(4096 * 3)
    path.write_bytes(bytes(data))


def other_application(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES (?)", ("https://example.org",))
    conn.commit()
    conn.close()


def newer_version(path: Path) -> None:
    build_project(path, SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()


CASES: list[tuple[Callable[[Path], None], str, str]] = [
    (text_file, "notes.txt", "notes.txt is not a timeline project (not an SQLite database)"),
    (random_bytes, "x.tlproj", "x.tlproj is not a timeline project (not an SQLite database)"),
    (truncated_project, "x.tlproj", "x.tlproj is damaged: database disk image is malformed"),
    (corrupted_pages, "x.tlproj", "x.tlproj is damaged: database disk image is malformed"),
    (
        other_application,
        "places.sqlite",
        "places.sqlite is not a timeline project (an SQLite database of another application)",
    ),
    (
        newer_version,
        "x.tlproj",
        "x.tlproj was written by a newer version of the viewer "
        f"(schema 7; this version reads up to {SCHEMA_VERSION})",
    ),
]


@pytest.mark.parametrize(("make", "name", "message"), CASES, ids=[c[0].__name__ for c in CASES])
@pytest.mark.parametrize("create", [True, False])
def test_refused_file_is_left_untouched(
    tmp_path: Path, make: Callable[[Path], None], name: str, message: str, create: bool
) -> None:
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / name
    make(path)
    before = path.read_bytes()
    listing = sorted(os.listdir(folder))
    with pytest.raises(ProjectError) as refused:
        Project.open(path, create=create)
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)
    assert path.read_bytes() == before
    assert sorted(os.listdir(folder)) == listing  # no -wal or -shm left beside it


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="is a folder, not a timeline project"):
        Project.open(tmp_path)
