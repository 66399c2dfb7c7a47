"""A project written by any older version opens in this one with everything kept."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.store.builders import build_project
from viewer.core.annotations import Anchor, Annotation, GroupAction, Grouping, Status, UserEvent
from viewer.core.model import DateValue, Precision
from viewer.store import SCHEMA_VERSION, Project
from viewer.store.schema import APPLICATION_ID


def header(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        return int(version), int(app_id)
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_older_version_opens_upgraded_and_usable(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.tlproj"
    build_project(path, version)
    with Project.open(path, create=False) as project:
        project.cache_extractions([("h", "x", "{}")])
        project.add_history("e1", "opened in a newer version")
    assert header(path) == (SCHEMA_VERSION, APPLICATION_ID)
    with Project.open(path, create=False) as project:
        assert project.cached_extraction("h", "x") == "{}"
        if version >= 1:
            assert_v1_sample_kept(project)


def assert_v1_sample_kept(project: Project) -> None:
    anchor = Anchor("002.txt", 10, 40, "NATO announced on Tuesday", "In Madrid, ", " that it")
    assert project.annotations() == {
        "e1": Annotation(
            "e1",
            anchor,
            note="a note",
            tags=("troops", "madrid"),
            status=Status.CONFIRMED,
            starred=True,
            date=DateValue.day(date(2022, 6, 28)),
        )
    }
    month = DateValue(date(2022, 3, 1), date(2022, 3, 31), Precision.MONTH)
    assert project.user_events() == [
        UserEvent("u1", Anchor("001.txt", 5, 9, "word"), month, "Mine")
    ]
    assert project.groupings() == [Grouping("p1", GroupAction.JOIN, "p2")]
    assert project.document_dates() == {"000.txt": date(2022, 6, 29)}
    assert project.setting("zoom") == "week"
    assert project.sources() == ["/corpus"]
    messages = [m for _, m in project.history("e1")]
    assert messages == ["status: confirmed", "opened in a newer version"]


def test_an_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.tlproj"
    path.write_bytes(b"")
    with Project.open(path, create=False) as project:
        project.set_setting("k", "v")
    assert header(path) == (SCHEMA_VERSION, APPLICATION_ID)


def test_an_empty_sqlite_database_is_initialised(tmp_path: Path) -> None:
    # What a first open leaves behind if it is killed before its first migration commits.
    path = tmp_path / "blank.tlproj"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert path.stat().st_size > 0
    with Project.open(path, create=False) as project:
        assert project.annotations() == {}
    assert header(path) == (SCHEMA_VERSION, APPLICATION_ID)


def test_a_current_project_opens_with_its_data_as_is(tmp_path: Path) -> None:
    path = tmp_path / "p.tlproj"
    build_project(path, SCHEMA_VERSION)
    with Project.open(path) as project:
        assert set(project.annotations()) == {"e1"}
        assert [m for _, m in project.history("e1")] == ["status: confirmed"]
    assert header(path) == (SCHEMA_VERSION, APPLICATION_ID)
