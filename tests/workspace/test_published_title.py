"""The title slide of a published TimelineJS timeline read "Timeline" whatever the timeline
was: it is headed by the project's name, or the folder of articles a project was made for."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import SEEDS
from viewer.workspace import Workspace


def headline(ws: Workspace, path: Path) -> str:
    ws.export_timelinejs(path)
    title: str = json.loads(path.read_text(encoding="utf-8"))["title"]["text"]["headline"]
    return title


def test_a_named_project_gives_its_name_to_the_published_timeline(tmp_path: Path) -> None:
    ws = Workspace.open([SEEDS], tmp_path / "Troops in Europe 2022.tlproj")
    ws.load_all()
    try:
        assert headline(ws, tmp_path / "out.json") == "Troops in Europe 2022"
    finally:
        ws.close()


def test_a_folder_s_own_project_gives_the_folder_s_name(tmp_path: Path) -> None:
    folder = tmp_path / "brisk-trial"
    shutil.copytree(SEEDS, folder)
    ws = Workspace.open([folder])  # the project the app makes for the folder, fingerprinted
    ws.load_all()
    try:
        assert ws.project_path.stem != "brisk-trial"
        assert headline(ws, tmp_path / "out.json") == "brisk-trial"
    finally:
        ws.close()


def test_the_command_line_export_of_a_folder_is_headed_by_its_name(tmp_path: Path) -> None:
    from tests.viewer_process import run_viewer

    folder = tmp_path / "brisk-trial"
    shutil.copytree(SEEDS, folder)
    out = tmp_path / "out.json"
    result = run_viewer("export", str(folder), "--timelinejs", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["title"]["text"]["headline"] == "brisk-trial"
