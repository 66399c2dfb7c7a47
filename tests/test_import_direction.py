"""Everything outside viewer/ui runs without Qt: import it all with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any import of PySide6 now fails
sys.modules["shiboken6"] = None
import viewer
names = [m.name for m in pkgutil.walk_packages(viewer.__path__, "viewer.")]
outside = [n for n in names if not n.startswith("viewer.ui")]
for name in outside:
    importlib.import_module(name)
print(len(outside))
"""


def test_every_module_outside_ui_imports_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 10


def test_the_ui_reaches_the_project_only_through_the_workspace() -> None:
    """No ui module touches a workspace's `project`: settings, sources and the project's
    name go through the workspace, which decides what a read-only project may keep."""
    import ast

    reaching = []
    for path in sorted((ROOT / "viewer" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "project":
                reaching.append(f"{path.name}:{node.lineno}")
    assert reaching == []
