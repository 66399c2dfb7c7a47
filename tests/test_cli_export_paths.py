"""An export never writes over the project, an article it reads or another export of the
same run: each is refused with one line, and the file named is left as it was."""

from __future__ import annotations

import csv
import io
import os
import shutil
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from tests.viewer_process import ROOT, run_viewer
from viewer.workspace import Workspace, WorkspaceError

SEEDS = ROOT / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def project(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "p.tlproj"
    ws = Workspace.open([corpus], path)
    ws.load_all()
    ws.edit_annotation(ws.events[0].id, note="mine")
    ws.close()
    return path


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    for word in words:
        assert word in lines[0]


def test_export_onto_the_project_is_refused_and_the_project_kept(
    tmp_path: Path, corpus: Path, project: Path
) -> None:
    before = project.read_bytes()
    result = run_viewer(
        "export", str(corpus), "--project", str(project), "--csv", str(project), home=tmp_path
    )
    _refused(result, "--csv", "is the project itself", "nothing was written")
    assert project.read_bytes() == before


def test_export_onto_a_link_to_the_project_is_refused(
    tmp_path: Path, corpus: Path, project: Path
) -> None:
    link = tmp_path / "looks-new.json"
    os.link(project, link)
    before = project.read_bytes()
    result = run_viewer(
        "export", str(corpus), "--project", str(project), "--json", str(link), home=tmp_path
    )
    _refused(result, "is the project itself")
    assert project.read_bytes() == before


def test_export_onto_an_article_of_a_folder_is_refused_and_the_article_kept(
    tmp_path: Path, corpus: Path
) -> None:
    article = sorted(corpus.iterdir())[1]
    before = article.read_bytes()
    result = run_viewer("export", str(corpus), "--json", str(article), home=tmp_path)
    _refused(result, article.name, "an article the timeline is made from")
    assert article.read_bytes() == before


def test_export_onto_an_article_named_is_refused(tmp_path: Path, corpus: Path) -> None:
    article = sorted(corpus.iterdir())[0]
    before = article.read_bytes()
    result = run_viewer("export", str(article), "--csv", str(article), home=tmp_path)
    _refused(result, "an article the timeline is made from")
    assert article.read_bytes() == before


def test_two_exports_to_one_file_are_refused(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.txt"
    result = run_viewer("export", str(corpus), "--csv", str(out), "--json", str(out), home=tmp_path)
    _refused(result, "--csv and --json both name")
    assert not out.exists()


def test_an_export_onto_a_folder_is_refused(tmp_path: Path, corpus: Path) -> None:
    result = run_viewer("export", str(corpus), "--csv", str(tmp_path), home=tmp_path)
    _refused(result, "is a folder")


def test_the_window_refuses_the_same(project: Path, corpus: Path) -> None:
    ws = Workspace.open([], project)
    ws.load_all()
    try:
        with pytest.raises(WorkspaceError, match="is the project itself"):
            ws.export_csv(project)
        article = Path(ws.documents[0].path)
        with pytest.raises(WorkspaceError, match="an article the timeline is made from"):
            ws.export_json(article)
    finally:
        ws.close()


def test_a_failed_export_leaves_the_old_file_and_no_scrap(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pandas as pd

    out = tmp_path / "old.csv"
    out.write_text("the export of yesterday\n", encoding="utf-8")
    ws = Workspace.open([corpus], tmp_path / "q.tlproj")
    ws.load_all()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", broken)
    try:
        with pytest.raises(WorkspaceError, match="No space left on device"):
            ws.export_csv(out)
    finally:
        ws.close()
    assert out.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".old")) == []


def test_an_export_named_dash_goes_to_standard_output(tmp_path: Path) -> None:
    result = run_viewer("export", "--csv", "-", home=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0])[:3] == ["event_id", "date", "date_end"]
    assert result.stderr.strip() == f"wrote {len(rows)} events to standard output"
    assert not (ROOT / "-").exists()  # no file named "-" where it ran


def test_a_picture_named_dash_is_refused(tmp_path: Path) -> None:
    _refused(run_viewer("export", "--png", "-", home=tmp_path), "standard output")
    assert not (ROOT / "-").exists()


@pytest.mark.parametrize("kind", ["csv", "json", "timelinejs"])
def test_an_export_to_a_named_pipe_is_read_from_it_and_the_pipe_stays(
    tmp_path: Path, kind: str
) -> None:
    """A pipe (or a device: /dev/null, /dev/stdout) is written to, not replaced by a file
    (renamed onto, the pipe another program reads from became a regular file)."""
    pipe = tmp_path / "events.pipe"
    os.mkfifo(pipe)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = run_viewer("export", str(SEEDS), f"--{kind}", str(pipe), home=tmp_path)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert read and read[0].strip()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_picture_to_a_named_pipe_is_refused_and_the_pipe_stays(tmp_path: Path) -> None:
    pipe = tmp_path / "timeline.png"
    os.mkfifo(pipe)
    result = run_viewer("export", str(SEEDS), "--png", str(pipe), home=tmp_path)
    assert result.returncode == 1
    assert "not a file" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)
