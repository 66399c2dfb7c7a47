"""The project the program keeps for a folder (or for the seeds) in its data folder, found
damaged (cut short by a full disk or a copy that stopped): the user never chose that file and
does not know where it is. The refusal names it in full and says what to do, and doing it
opens the articles again, with a new project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from viewer.workspace import Workspace, WorkspaceError, default_project_path


def _cut_short(project: Path) -> None:
    data = project.read_bytes()
    project.write_bytes(data[: len(data) // 3])


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, folder / seed.name)
    return folder


def test_a_folders_damaged_project_is_named_in_full_with_what_to_do(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    ws = Workspace.open([folder])
    ws.load_all()
    ws.edit_annotation(ws.events[0].id, note="checked")
    own = ws.project_path
    ws.close()
    _cut_short(own)
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open([folder])
    told = str(refused.value)
    assert "is damaged" in told and str(own) in told and "move it" in told
    shutil.move(own, tmp_path / "kept for recovery.tlproj")  # as it says
    again = Workspace.open([folder])
    again.load_all()
    assert again.events and again.annotations() == {}
    again.close()


def test_the_seeds_damaged_project_is_named_in_full_too(tmp_path: Path) -> None:
    ws = Workspace.open([])
    ws.load_all()
    ws.close()
    _cut_short(default_project_path())
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open([])
    assert str(default_project_path()) in str(refused.value)


def test_a_damaged_project_the_user_named_says_it_was_left_as_it_was(tmp_path: Path) -> None:
    ws = Workspace.open([_folder(tmp_path)], tmp_path / "mine.tlproj")
    ws.load_all()
    ws.close()
    _cut_short(tmp_path / "mine.tlproj")
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open([tmp_path / "mine.tlproj"])
    assert str(refused.value).startswith("mine.tlproj is damaged")
    assert str(refused.value).endswith("left as it was: open a backup or an earlier copy of it")
