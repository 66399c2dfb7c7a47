"""Everything a user adds is still there after the project is closed and opened again."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from viewer.core.annotations import (
    USER_FIELDS,
    Anchor,
    Annotation,
    GroupAction,
    Grouping,
    Status,
    UserEvent,
)
from viewer.core.model import DateBasis, DateValue, Precision
from viewer.store import PROJECT_SUFFIX, Project, ProjectError
from viewer.store.annotation_fields import COLUMNS

ANCHOR = Anchor("002_nato.txt", 120, 180, "NATO announced on Tuesday", "In Madrid, ", " that it")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / f"work{PROJECT_SUFFIX}"


def reopen(path: Path) -> Project:
    return Project.open(path, create=False)


def test_new_project_is_created_with_its_folders_and_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "new.tlproj"
    with Project.open(path) as project:
        assert project.path == path
    with reopen(path) as project:
        assert project.annotations() == {}
        assert project.user_events() == []
        assert project.groupings() == []
        assert project.sources() == []
        assert project.document_dates() == {}
        assert project.history("e1") == []
        assert project.setting("view") is None


def test_missing_project_is_refused_when_creation_is_not_allowed(path: Path) -> None:
    with pytest.raises(ProjectError, match=r"work\.tlproj: no such project"):
        Project.open(path, create=False)
    assert not path.exists()


def test_annotation_with_every_field_round_trips(path: Path) -> None:
    full = Annotation(
        event_id="e0123456789ab",
        anchor=ANCHOR,
        note="Checked against the ministry's release.\nSecond line, ünïcödé.",
        tags=("troops", "madrid", "NATO", "a; b"),
        status=Status.DISPUTED,
        starred=True,
        title="NATO raises readiness forces",
        date=DateValue(date(2022, 6, 27), date(2022, 7, 3), Precision.WEEK),
        orphaned=True,
    )
    bare = Annotation(event_id="e2", anchor=Anchor("000.txt", 0, 4, "Text"))
    with Project.open(path) as project:
        project.save_annotation(full)
        project.save_annotation(bare)
    with reopen(path) as project:
        assert project.annotations() == {full.event_id: full, "e2": bare}


def test_history_is_not_kept_in_the_annotation_but_in_the_log(path: Path) -> None:
    with Project.open(path) as project:
        project.save_annotation(Annotation("e1", ANCHOR, note="x", history=("re-anchored",)))
    with reopen(path) as project:
        assert project.annotations()["e1"].history == ()


def test_saving_an_annotation_again_replaces_it_and_delete_removes_it(path: Path) -> None:
    with Project.open(path) as project:
        project.save_annotation(Annotation("e1", ANCHOR, note="first"))
        project.save_annotation(Annotation("e1", ANCHOR, note="second", starred=True))
        project.save_annotation(Annotation("e2", ANCHOR, note="gone soon"))
        project.delete_annotation("e2")
        project.delete_annotation("never-existed")
    with reopen(path) as project:
        assert project.annotations() == {"e1": Annotation("e1", ANCHOR, "second", starred=True)}


def test_user_events_round_trip_in_the_order_they_were_made(path: Path) -> None:
    events = [
        UserEvent(f"u{i}", ANCHOR, DateValue.day(date(2022, 3, i + 1)), f"Event {i}")
        for i in (3, 1, 2)
    ]
    with Project.open(path) as project:
        for event in events:
            project.save_user_event(event)
        edited = UserEvent("u1", ANCHOR, DateValue.month_of(date(2022, 3, 1)), "Renamed")
        project.save_user_event(edited)
        project.delete_user_event("u2")
    with reopen(path) as project:
        assert project.user_events() == [events[0], edited]


def test_a_user_event_keeps_how_it_was_dated(path: Path) -> None:
    made = UserEvent(
        "u1", ANCHOR, DateValue.day(date(2022, 3, 1)), "Mine", DateBasis.RELATIVE, "on Tuesday"
    )
    with Project.open(path) as project:
        project.save_user_event(made)
    with reopen(path) as project:
        assert project.user_events() == [made]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE user_events SET date_basis = 'guessed'")
    conn.commit()
    conn.close()
    with reopen(path) as project:  # damaged, the explanation goes; the event stays
        assert project.user_events() == [
            UserEvent("u1", ANCHOR, DateValue.day(date(2022, 3, 1)), "Mine")
        ]


def test_groupings_keep_one_per_passage_latest_last(path: Path) -> None:
    with Project.open(path) as project:
        project.save_grouping(Grouping("p1", GroupAction.JOIN, "p9"))
        project.save_grouping(Grouping("p2", GroupAction.SPLIT))
        project.save_grouping(Grouping("p1", GroupAction.JOIN, "p8"))
        project.save_grouping(Grouping("p3", GroupAction.SPLIT))
        project.delete_grouping("p3")
    with reopen(path) as project:
        assert project.groupings() == [
            Grouping("p2", GroupAction.SPLIT),
            Grouping("p1", GroupAction.JOIN, "p8"),
        ]


def test_corrected_document_dates_round_trip_and_none_removes(path: Path) -> None:
    with Project.open(path) as project:
        project.set_document_date("000.txt", date(2022, 6, 29))
        project.set_document_date("001.txt", date(2022, 3, 9))
        project.set_document_date("001.txt", date(2022, 3, 10))
        project.set_document_date("003.txt", date(2022, 11, 29))
        project.set_document_date("003.txt", None)
    with reopen(path) as project:
        assert project.document_dates() == {
            "000.txt": date(2022, 6, 29),
            "001.txt": date(2022, 3, 10),
        }


def test_sources_keep_their_order_and_are_replaced_whole(path: Path) -> None:
    with Project.open(path) as project:
        project.set_sources(["/a/one.txt", "/b"])
        project.set_sources(["/z/folder", "/a/one.txt", "/ü/ß.md"])
    with reopen(path) as project:
        assert project.sources() == ["/z/folder", "/a/one.txt", "/ü/ß.md"]


def test_settings_round_trip_and_none_removes(path: Path) -> None:
    view = '{"zoom": "month", "filter": {"tag": "troops"}}'
    with Project.open(path) as project:
        project.set_setting("view:troops", view)
        project.set_setting("zoom", "day")
        project.set_setting("zoom", "week")
        project.set_setting("gone", "x")
        project.set_setting("gone", None)
    with reopen(path) as project:
        assert project.setting("view:troops") == view
        assert project.setting("zoom") == "week"
        assert project.setting("gone") is None


def test_history_is_per_event_oldest_first(path: Path) -> None:
    with Project.open(path) as project:
        for message in ("created", "status: confirmed", "re-anchored: passage moved"):
            project.add_history("e1", message)
        project.add_history("e2", "starred")
    with reopen(path) as project:
        entries = project.history("e1")
        assert [message for _, message in entries] == [
            "created",
            "status: confirmed",
            "re-anchored: passage moved",
        ]
        assert all(len(at) >= 19 and at[4] == "-" and at[10] == "T" for at, _ in entries)
        assert [m for _, m in project.history("e2")] == ["starred"]


def test_extraction_cache_round_trips_by_hash_and_version(path: Path) -> None:
    with Project.open(path) as project:
        project.cache_extractions([("h1", "v1", '{"events": [1]}'), ("h2", "v1", "[]")])
        project.cache_extractions([("h2", "v2", '{"events": [2]}')])
    with reopen(path) as project:
        assert project.cached_extraction("h1", "v1") == '{"events": [1]}'
        assert project.cached_extraction("h2", "v2") == '{"events": [2]}'
        assert project.cached_extraction("h2", "v1") is None  # made obsolete by v2
        assert project.cached_extraction("h3", "v1") is None


def test_batch_saves_all_its_writes_together(path: Path) -> None:
    with Project.open(path) as project, project.batch():
        for i in range(100):
            project.save_annotation(Annotation(f"e{i}", ANCHOR, note=str(i)))
        project.add_history("e1", "imported from CSV")
    with reopen(path) as project:
        assert len(project.annotations()) == 100
        assert [m for _, m in project.history("e1")] == ["imported from CSV"]


def test_a_failed_batch_saves_none_of_its_writes(path: Path) -> None:
    with Project.open(path) as project:
        project.save_annotation(Annotation("kept", ANCHOR))
        with pytest.raises(RuntimeError), project.batch():
            project.save_annotation(Annotation("e1", ANCHOR, note="half an import"))
            with project.batch():  # nested batches join the outer one
                project.set_setting("zoom", "day")
            raise RuntimeError("bad row 2")
        project.save_annotation(Annotation("after", ANCHOR))
    with reopen(path) as project:
        assert set(project.annotations()) == {"kept", "after"}
        assert project.setting("zoom") is None


def test_the_same_timeline_kept_again_is_not_written_again(path: Path) -> None:
    with Project.open(path) as project:
        project.keep_timeline(["/news"], b"events", b"columns")
        watcher = sqlite3.connect(path)
        try:

            def version() -> int:
                return int(watcher.execute("PRAGMA data_version").fetchone()[0])

            before = version()
            project.keep_timeline(["/news"], b"events", b"columns")
            assert version() == before
            project.keep_timeline(["/news"], b"other events", b"columns")
            assert version() != before
        finally:
            watcher.close()
    with reopen(path) as project:
        assert project.kept_timeline() is not None


def test_every_field_a_user_edits_has_columns_that_keep_it() -> None:
    assert tuple(COLUMNS) == USER_FIELDS
