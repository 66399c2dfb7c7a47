"""Fixtures of the workspace tests: a copy of the seeds the test may change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seed articles in a folder of the test's own."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder
