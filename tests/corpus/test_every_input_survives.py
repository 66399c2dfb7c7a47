"""No file stops a folder: links that loop, pipes, devices, sockets, very deep or unreadable
folders, oversized files and dates outside the years the timeline works in each get one line,
and every good article still loads."""

from __future__ import annotations

import csv
import os
import socket
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.viewer_process import run_viewer
from viewer.corpus import CorpusError, read_corpus, read_document
from viewer.corpus.article_files import MAX_ARTICLE_BYTES, MAX_FOLDER_DEPTH

GOOD = (
    "Troops head east\n\nPublished 8 March 2022\n\n"
    "The Pentagon sent {n} troops to Poland on Tuesday.\n"
)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _good(folder: Path, count: int) -> None:
    for n in range(count):
        (folder / f"good{n}.txt").write_text(GOOD.format(n=500 + n), encoding="utf-8")


def _dated(folder: Path, name: str, words: str) -> Path:
    path = folder / name
    path.write_text(
        f"Far away\n\nPublished {words}\n\nThe minister announced on Tuesday that troops left.\n",
        encoding="utf-8",
    )
    return path


def test_a_folder_of_traps_loads_its_good_articles_with_one_line_per_trap(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "traps"
    folder.mkdir()
    _good(folder, 3)
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "self").symlink_to(folder / "self")
    (folder / "up").symlink_to(folder)  # a link back up the tree: read once, not forever
    _dated(folder, "far_future.txt", "December 31, 9999")
    _dated(folder, "long_ago.txt", "January 1, 0001")
    deep = _deep_folder(folder / "deep", 1000)
    (deep / "buried.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    big = folder / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(folder / "sock.txt"))
        out = tmp_path / "e.csv"
        result = run_viewer("export", str(folder), "--csv", str(out), home=tmp_path)
    finally:
        server.close()
        (deep / "buried.txt").unlink()
        _remove_deep_folder(folder / "deep", deep)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for trap in ("pipe.txt", "loop_a.txt", "loop_b.txt", "self", "huge.txt", "sock.txt"):
        assert sum(trap in line for line in lines) == 1, (trap, result.stderr)
    assert sum("9999" in line for line in lines) == 1, result.stderr
    assert sum("0001" in line for line in lines) == 1, result.stderr
    assert sum(f"more than {MAX_FOLDER_DEPTH} folders deep" in line for line in lines) == 1
    assert len(lines) == 9, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cited = " ".join(f"{row['source']} {row['other_sources']}" for row in rows)
    assert all(f"good{n}.txt" in cited for n in range(3))
    assert "buried.txt" not in cited


def _deep_folder(top: Path, levels: int) -> Path:
    """Folders nested `levels` deep, made one by one: makedirs recurses once a level."""
    top.mkdir()
    for _ in range(levels):
        top = top / "d"
        top.mkdir()
    return top


def _remove_deep_folder(top: Path, deepest: Path) -> None:
    """Removed from the bottom up: the recursive rmtree of pytest's clean-up would overflow."""
    while deepest != top.parent:
        deepest.rmdir()
        deepest = deepest.parent


def test_special_files_named_on_the_command_line_do_not_hold_the_load(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    _good(tmp_path, 1)
    result = run_viewer(
        "export",
        str(pipe),
        "/dev/zero",
        "/dev/urandom",
        str(tmp_path / "good0.txt"),
        "--csv",
        str(tmp_path / "e.csv"),
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    assert "pipe.txt: a named pipe" in lines[0]
    assert all("a device, not an article file" in line for line in lines[1:])


def test_a_date_outside_the_supported_years_is_kept_as_text(tmp_path: Path) -> None:
    doc = read_document(_dated(tmp_path, "a.txt", "December 31, 9999"))
    assert doc.date is None
    assert doc.date_text == "December 31, 9999"
    assert any("outside the years 1000–2999" in p for p in doc.problems)


def test_an_article_over_the_size_limit_is_skipped_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1024 * 1024)
    with pytest.raises(CorpusError) as caught:
        read_document(big)
    assert str(caught.value) == "big.txt: 21.0 MB, over the 20 MB limit for one article"


@pytest.mark.skipif(AS_ROOT, reason="permissions do not apply to the superuser")
def test_unreadable_files_and_folders_are_each_named(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "locked").mkdir(parents=True)
    _good(folder, 1)
    (folder / "locked" / "x.txt").write_text(GOOD.format(n=3), encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text(GOOD.format(n=4), encoding="utf-8")
    (folder / "locked").chmod(0)
    secret.chmod(0)
    try:
        documents, problems = read_corpus([folder])
    finally:
        (folder / "locked").chmod(0o755)
        secret.chmod(0o644)
    assert [d.id for d in documents] == ["good0.txt"]
    assert sorted(problems) == [
        "corpus/locked/: cannot be read (permission denied)",
        "secret.txt: cannot be read (permission denied)",
    ]


def test_the_walk_keeps_to_the_folder_given(tmp_path: Path) -> None:
    """A link to a folder elsewhere is followed once; the same folder twice is read once."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _good(elsewhere, 2)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a").symlink_to(elsewhere)
    (folder / "b").symlink_to(elsewhere)
    documents, problems = read_corpus([folder])
    assert sorted(d.id for d in documents) == ["good0.txt", "good1.txt"]
    assert problems == []


def test_a_fifo_given_alone_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "only.txt"
    os.mkfifo(pipe)
    result = subprocess.run(
        ["timeout", "20", *_viewer(), "export", str(pipe), "--csv", str(tmp_path / "e.csv")],
        capture_output=True,
        text=True,
        env=dict(os.environ, XDG_DATA_HOME=str(tmp_path)),
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        "timeline-viewer: nothing to show: only.txt: a named pipe, not an article file"
    ]


def _viewer() -> list[str]:
    import sys

    return [sys.executable, "-m", "viewer"]


def test_what_the_system_refuses_to_open_is_named_even_for_the_superuser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same refusals as a locked folder and file give a user (the superuser is never
    refused, so the refusals are the system's answers, given here by hand)."""
    folder = tmp_path / "corpus"
    (folder / "locked").mkdir(parents=True)
    _good(folder, 1)
    (folder / "locked" / "x.txt").write_text(GOOD.format(n=3), encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text(GOOD.format(n=4), encoding="utf-8")
    real_scandir, real_open = os.scandir, os.open

    def scandir(path: Any) -> Any:
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def open_file(path: Any, flags: int, *args: Any) -> int:
        if Path(str(path)).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", open_file)
    documents, problems = read_corpus([folder])
    assert [d.id for d in documents] == ["good0.txt"]
    assert sorted(problems) == [
        "corpus/locked/: cannot be read (permission denied)",
        "secret.txt: cannot be read (permission denied)",
    ]
