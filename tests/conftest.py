"""Shared fixtures: the seed corpus, and a data folder of the test's own."""

from __future__ import annotations

import importlib.machinery
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's default project out of the real user's data folder."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


def pytest_configure(config: pytest.Config) -> None:
    """A run on the compiled copy of the core (`make compiled-test`) must load it: a run that
    fell back to the Python modules would prove nothing about the compiled ones."""
    config.addinivalue_line(
        "markers",
        "python_only: reads the core's calls by replacing one of its functions, which the "
        "compiled core's own calls do not see",
    )
    if os.environ.get("TIMELINE_COMPILED_CORE"):
        from viewer.core import extract

        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        if not str(extract.__file__).endswith(suffixes):
            raise pytest.UsageError(f"not the compiled core: {extract.__file__}")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--write-golden",
        action="store_true",
        help="write the golden exports (tests/golden/) and the samples of the project's "
        "formats (tests/store/format_samples/) again, after a version was bumped",
    )


@pytest.fixture
def write_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run writes golden files rather than checks them (--write-golden)."""
    return bool(request.config.getoption("--write-golden"))
