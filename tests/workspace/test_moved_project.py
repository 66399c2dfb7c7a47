"""A project moved or copied to another folder with its articles opens on them, with its
notes; a project whose articles are gone says so and keeps the articles it names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from viewer.store import Project
from viewer.workspace import Workspace
from viewer.workspace.errors import WorkspaceError


def _work_folder(root: Path) -> tuple[Path, str, str]:
    """A folder with two of the seeds under articles/ and a project beside them, one note."""
    articles = root / "articles"
    articles.mkdir(parents=True)
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, articles / seed.name)
    workspace = Workspace.open([articles], root / "work.tlproj")
    workspace.load_all()
    event_id = workspace.events[0].id
    workspace.edit_annotation(event_id, note="checked against the wire copy")
    workspace.close()
    return root / "work.tlproj", event_id, str(articles)


def test_a_project_moved_with_its_articles_opens_on_them_with_its_notes(tmp_path: Path) -> None:
    """It opened the seeds instead, wrote them in as its articles, and its notes were orphans."""
    project, event_id, _ = _work_folder(tmp_path / "before")
    shutil.move(tmp_path / "before", tmp_path / "after")
    moved = Workspace.open([tmp_path / "after" / project.name], None)
    moved.load_all()
    try:
        assert {Path(d.path).parent for d in moved.documents} == {tmp_path / "after" / "articles"}
        assert len(moved.documents) == 2
        assert moved.annotation(event_id).note == "checked against the wire copy"
        assert moved.project.sources() == [str(tmp_path / "after" / "articles")]
    finally:
        moved.close()


def test_a_project_whose_articles_are_gone_says_so_and_keeps_them(tmp_path: Path) -> None:
    project, _, articles = _work_folder(tmp_path / "work")
    alone = tmp_path / "elsewhere" / project.name
    alone.parent.mkdir()
    shutil.copy(project, alone)
    shutil.rmtree(tmp_path / "work")
    with pytest.raises(WorkspaceError, match="its articles are not where it read them"):
        Workspace.open([alone], None)
    project_now = Project.open(alone)
    try:
        assert project_now.sources() == [articles]  # not the seeds, as it was
    finally:
        project_now.close()


def test_a_project_some_of_whose_articles_are_gone_says_which_and_keeps_them(
    tmp_path: Path,
) -> None:
    """The gone ones were dropped from its list without a word."""
    project, _, articles = _work_folder(tmp_path / "work")
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(sorted(SEEDS.iterdir())[2], other / "third.txt")
    both = Workspace.open([Path(articles), other], project)
    both.load_all()
    both.close()
    shutil.rmtree(other)
    reopened = Workspace.open([project], None)
    reopened.load_all()
    reopened.close()
    assert len(reopened.documents) == 2
    assert any(str(other) in line and "no such file" in line for line in reopened.problems)
    kept = Project.open(project)
    try:
        assert kept.sources() == [articles, str(other)]
    finally:
        kept.close()
