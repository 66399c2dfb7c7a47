"""Opening a workspace the way the command line does: read, extract, merge, in one go."""

from __future__ import annotations

from pathlib import Path

from viewer.workspace import Workspace


def loaded(corpus: Path, project: Path) -> Workspace:
    workspace = Workspace.open([corpus], project)
    workspace.load_all()
    return workspace
