"""Fixtures of the workspace tests: a copy of the seeds the test may change, and a workspace
open on the seeds with a project of the test's own."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from viewer.workspace import Workspace


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seed articles in a folder of the test's own."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """The seeds, loaded, with a project of the test's own (closed after the test)."""
    ws = Workspace.open([SEEDS], tmp_path / "p.tlproj")
    ws.load_all()
    yield ws
    ws.close()


def exported(ws: Workspace, path: Path) -> list[dict[str, str]]:
    """The rows of the workspace's CSV export, written to `path`, as a spreadsheet reads them."""
    ws.export_csv(path)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
