"""A corpus opened without naming a project gets one of its own, named after its folder, in
the user data folder; the seeds keep the default one, and it is never taken over."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.viewer_process import ROOT
from viewer.workspace import Workspace, default_project_path
from viewer.workspace.corpus_projects import corpus_project_path

SEEDS = ROOT / "seeds"


def _folder(tmp_path: Path, name: str, count: int = 2) -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for seed in sorted(SEEDS.iterdir())[:count]:
        shutil.copy(seed, folder / seed.name)
    return folder


def test_the_seeds_have_the_default_project() -> None:
    assert corpus_project_path([SEEDS]) == default_project_path()
    assert corpus_project_path([]) == default_project_path()


def test_another_folder_gets_its_own_named_after_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "ukraine coverage")
    path = corpus_project_path([folder])
    assert path.parent == default_project_path().parent / "projects"
    assert path.name.startswith("ukraine-coverage-") and path.suffix == ".tlproj"
    assert corpus_project_path([folder]) == path  # the same every time
    twin = _folder(tmp_path / "elsewhere", "ukraine coverage")
    assert corpus_project_path([twin]) != path  # same name, another folder


def test_opening_a_folder_leaves_the_seeds_annotations_where_they_are(tmp_path: Path) -> None:
    seeds = Workspace.open([], None)
    seeds.load_all()
    event_id = seeds.events[0].id
    seeds.edit_annotation(event_id, note="on the seeds")
    seeds.close()

    other = Workspace.open([_folder(tmp_path, "other")], None)
    other.load_all()
    assert other.project.path != default_project_path()
    other.edit_annotation(other.events[0].id, note="on the other folder")
    other.close()

    again = Workspace.open([], None)  # a plain start
    again.load_all()
    try:
        assert again.project.path == default_project_path()
        assert {Path(d.path).parent for d in again.documents} == {SEEDS.resolve()}
        assert again.annotation(event_id).note == "on the seeds"
        assert again.orphans() == []
    finally:
        again.close()
