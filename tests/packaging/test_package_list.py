"""The wheel ships every package of the application: each folder of viewer/ is listed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_the_viewer_is_listed_for_the_wheel() -> None:
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["packages"]
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "viewer").rglob("__init__.py")
    }
    assert "viewer.core.temporal" in found
    assert found <= set(listed), f"not listed in pyproject.toml: {sorted(found - set(listed))}"
