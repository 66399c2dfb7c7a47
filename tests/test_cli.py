"""The command line: headless export, and one clear line for bad input."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from tests.viewer_process import ROOT, run_viewer


def test_export_with_no_path_exports_the_seeds(tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    result = run_viewer(
        "export", "--csv", str(out), "--json", str(tmp_path / "e.json"), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["source"] for r in rows} == {p.name for p in (ROOT / "seeds").iterdir()}


def test_export_with_a_new_project_creates_it_and_includes_annotations(tmp_path: Path) -> None:
    from viewer.workspace import Workspace

    project = tmp_path / "new" / "p.tlproj"
    result = run_viewer(
        "export", "--project", str(project), "--csv", str(tmp_path / "a.csv"), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert project.exists()
    # A path mistyped would have exported no annotation without a word.
    assert f"{project}: no such project; made it new, with no annotations" in result.stderr
    workspace = Workspace.open([], project)
    workspace.load_all()
    first = workspace.events[0]
    workspace.edit_annotation(first.id, note="checked by phone")
    workspace.close()
    result = run_viewer(
        "export", "--project", str(project), "--csv", str(tmp_path / "b.csv"), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "no such project" not in result.stderr
    with (tmp_path / "b.csv").open(encoding="utf-8", newline="") as handle:
        notes = {r["event_id"]: r["note"] for r in csv.DictReader(handle)}
    assert notes[first.id] == "checked by phone"


def _assert_one_clear_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path(tmp_path: Path) -> None:
    result = run_viewer(
        "export", str(tmp_path / "nope"), "--csv", str(tmp_path / "e.csv"), home=tmp_path
    )
    _assert_one_clear_line(result)
    assert "nope" in result.stderr
    assert not (tmp_path / "e.csv").exists()


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_viewer(
        "export", str(tmp_path / "empty"), "--csv", str(tmp_path / "e.csv"), home=tmp_path
    )
    _assert_one_clear_line(result)


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("blob.txt", bytes(range(256)) * 8)],
)
def test_empty_or_binary_file(tmp_path: Path, name: str, content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_viewer("export", str(bad), "--csv", str(tmp_path / "e.csv"), home=tmp_path)
    _assert_one_clear_line(result)
    assert name in result.stderr
    assert bad.read_bytes() == content


@pytest.mark.parametrize(
    "content", [b"this is not a project", b"SQLite format 3\x00" + b"\x00" * 80]
)
def test_corrupt_or_foreign_project_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes
) -> None:
    project = tmp_path / "p.tlproj"
    project.write_bytes(content)
    result = run_viewer(
        "export", "--project", str(project), "--csv", str(tmp_path / "e.csv"), home=tmp_path
    )
    _assert_one_clear_line(result)
    assert project.read_bytes() == content


def test_a_bad_file_in_a_folder_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").iterdir())[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "zz_empty.txt").write_bytes(b"")
    out = tmp_path / "e.csv"
    result = run_viewer("export", str(folder), "--csv", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "zz_empty.txt" in result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        assert len({r["source"] for r in csv.DictReader(handle)}) == 2


def test_export_needs_an_output(tmp_path: Path) -> None:
    _assert_one_clear_line(run_viewer("export", home=tmp_path))


@pytest.mark.parametrize(
    "args",
    [("export", "", "--csv", "out.csv"), ("export", "--csv", ""), ("",)],
    ids=["folder", "output", "open"],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`timeline-viewer export "$FOLDER"` with the variable unset read every article under the
    folder it was run from."""
    result = run_viewer(*args, home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(": an empty path names no file or folder")
    assert "Traceback" not in result.stderr and "wrote" not in result.stdout


def test_an_article_with_no_publication_date_is_named_on_stderr(tmp_path: Path) -> None:
    """Its "on Tuesday" events were left out of the export without a word (the window names
    such an article in a strip)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "council.txt").write_text(
        "Council approves budget\n\nThe council approved the harbour budget on Tuesday. "
        "It signed the lease on 3 March 2021.\n",
        encoding="utf-8",
    )
    out = tmp_path / "e.csv"
    result = run_viewer("export", str(folder), "--csv", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "timeline-viewer: council.txt: no publication date found: events dated only relative "
        'to it ("on Tuesday") are left out; give the article a date line\n'
    )
    with out.open(encoding="utf-8", newline="") as handle:
        assert [row["date"] for row in csv.DictReader(handle)] == ["2021-03-03"]


def test_a_project_named_as_a_path_is_exported_as_with_project(tmp_path: Path) -> None:
    """`export work.tlproj` (as `open work.tlproj` opens it) was refused: "give at most one
    project file", though only one was given."""
    from viewer.workspace import Workspace

    project = tmp_path / "work.tlproj"
    result = run_viewer("export", "--project", str(project), "--csv", "-", home=tmp_path)
    assert result.returncode == 0, result.stderr
    workspace = Workspace.open([], project)
    workspace.load_all()
    first = workspace.events[0]
    workspace.edit_annotation(first.id, note="checked by phone")
    workspace.close()
    out = tmp_path / "named.csv"
    result = run_viewer("export", str(project), "--csv", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        notes = {r["event_id"]: r["note"] for r in csv.DictReader(handle)}
    assert notes[first.id] == "checked by phone"
    missing = run_viewer("export", str(tmp_path / "gone.tlproj"), "--csv", str(out), home=tmp_path)
    _assert_one_clear_line(missing)
    assert "gone.tlproj: no such project" in missing.stderr
    assert not (tmp_path / "gone.tlproj").exists()


def test_an_export_says_which_annotations_it_could_not_include(tmp_path: Path) -> None:
    import shutil

    from viewer.workspace import Workspace

    corpus = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", corpus)
    project = tmp_path / "p.tlproj"
    workspace = Workspace.open([corpus], project)
    workspace.load_all()
    event = workspace.events[0]
    workspace.edit_annotation(event.id, note="only this note")
    workspace.close()
    (corpus / event.primary.document_id).unlink()  # its article deleted since

    out = tmp_path / "e.csv"
    result = run_viewer(
        "export", str(corpus), "--project", str(project), "--csv", str(out), home=tmp_path
    )

    assert result.returncode == 0, result.stderr
    assert "1 orphaned annotation left out" in result.stderr
    assert "only this note" not in out.read_text(encoding="utf-8")
