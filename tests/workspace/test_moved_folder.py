"""A folder of articles opened with no project named keeps its work in a project of the
program's, found by the folder's path. Moved or renamed whole, or copied to another machine
with the project saved beside it, the folder opened at its new place opens with its work:
before, it opened with none of it and said nothing, as if a week of notes were gone."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SEEDS
from viewer.workspace import Workspace
from viewer.workspace.corpus_projects import corpus_project_path

NOTE = "checked against the wire copy"


def _worked_on(folder: Path, project: Path | None = None) -> str:
    """Three seeds in `folder`, opened (in the program's project, or `project`), one note."""
    folder.mkdir(parents=True)
    for seed in sorted(SEEDS.iterdir())[:3]:
        shutil.copy(seed, folder / seed.name)
    ws = Workspace.open([folder], project)
    ws.load_all()
    event_id = ws.events[0].id
    ws.edit_annotation(event_id, note=NOTE, tags=("wire",))
    ws.close()
    return event_id


def _opened(folder: Path) -> Workspace:
    ws = Workspace.open([folder])
    ws.load_all()
    return ws


def test_a_folder_moved_whole_opens_with_its_notes(tmp_path: Path) -> None:
    event_id = _worked_on(tmp_path / "work" / "articles")
    shutil.move(tmp_path / "work", tmp_path / "moved")
    ws = _opened(tmp_path / "moved" / "articles")
    try:
        assert ws.annotation(event_id).note == NOTE
        assert ws.annotation(event_id).tags == ("wire",)
        assert ws.orphans() == []
        told = " ".join(ws.article_changes_told())
        assert "carried over" in told and str(tmp_path / "work" / "articles") in told
        ws.edit_annotation(event_id, note="and on the next day")
    finally:
        ws.close()
    again = _opened(tmp_path / "moved" / "articles")  # its own project from now on
    try:
        assert again.annotation(event_id).note == "and on the next day"
        assert again.project_path == corpus_project_path([tmp_path / "moved" / "articles"])
    finally:
        again.close()


def test_a_folder_renamed_opens_with_its_notes(tmp_path: Path) -> None:
    event_id = _worked_on(tmp_path / "articles")
    (tmp_path / "articles").rename(tmp_path / "articles, checked")
    ws = _opened(tmp_path / "articles, checked")
    try:
        assert ws.annotation(event_id).note == NOTE
    finally:
        ws.close()


def test_a_folder_copied_keeps_the_original_and_its_copy_apart(tmp_path: Path) -> None:
    """The original is still there: the copy is a variant to work on, from scratch."""
    event_id = _worked_on(tmp_path / "articles")
    shutil.copytree(tmp_path / "articles", tmp_path / "variant")
    ws = _opened(tmp_path / "variant")
    try:
        assert ws.annotation(event_id).note == ""
    finally:
        ws.close()


def test_another_folder_of_other_articles_takes_nothing(tmp_path: Path) -> None:
    _worked_on(tmp_path / "articles")
    shutil.rmtree(tmp_path / "articles")
    other = tmp_path / "other"
    other.mkdir()
    for seed in sorted(SEEDS.iterdir())[3:]:
        shutil.copy(seed, other / seed.name)
    ws = _opened(other)
    try:
        assert ws.annotations() == {}
        assert ws.article_changes_told() == []
    finally:
        ws.close()


def test_a_folder_copied_with_its_project_beside_it_opens_that_project(tmp_path: Path) -> None:
    """Saved beside the articles (as File › Save Project As offers), then the whole story
    copied to another machine, where the program's own projects are not."""
    story = tmp_path / "laptop" / "story"
    event_id = _worked_on(story / "articles", story / "articles.tlproj")
    shutil.copytree(story, tmp_path / "desktop" / "story")
    shutil.rmtree(tmp_path / "laptop")
    ws = _opened(tmp_path / "desktop" / "story" / "articles")
    try:
        assert ws.project_path == tmp_path / "desktop" / "story" / "articles.tlproj"
        assert ws.annotation(event_id).note == NOTE
    finally:
        ws.close()
    again = _opened(tmp_path / "desktop" / "story" / "articles")
    try:
        assert again.project_path == tmp_path / "desktop" / "story" / "articles.tlproj"
    finally:
        again.close()


def test_other_articles_under_the_same_file_names_take_nothing(tmp_path: Path) -> None:
    """A folder gone for good, and another story whose files happen to have its names
    ("article1.txt"): its notes quote words the new files do not hold, so stay where they are."""
    _worked_on(tmp_path / "articles")
    names = sorted(p.name for p in (tmp_path / "articles").iterdir())
    shutil.rmtree(tmp_path / "articles")
    other = tmp_path / "other"
    other.mkdir()
    for name, seed in zip(names, sorted(SEEDS.iterdir())[3:], strict=False):
        shutil.copy(seed, other / name)
    ws = _opened(other)
    try:
        assert ws.annotations() == {} and ws.orphans() == []
        assert ws.article_changes_told() == []
    finally:
        ws.close()


def test_of_two_projects_in_the_folder_the_latest_work_opens(tmp_path: Path) -> None:
    """Dated copies kept in the folder ("a 1 Dec", "b 5 Dec"), the folder then copied to
    another machine: the one worked on last opens, not the first by name."""
    story = tmp_path / "laptop" / "articles"
    event_id = _worked_on(story, story / "a 1 Dec.tlproj")
    ws = Workspace.open([story], story / "a 1 Dec.tlproj")
    ws.save_project_as(story / "b 5 Dec.tlproj")
    ws.close()
    ws = Workspace.open([story], story / "b 5 Dec.tlproj")
    ws.load_all()
    ws.edit_annotation(event_id, note="on the fifth")
    ws.close()
    shutil.copytree(story, tmp_path / "desktop" / "articles")
    shutil.rmtree(tmp_path / "laptop")
    ws = _opened(tmp_path / "desktop" / "articles")
    try:
        assert ws.project_path.name == "b 5 Dec.tlproj"
        assert ws.annotation(event_id).note == "on the fifth"
    finally:
        ws.close()
