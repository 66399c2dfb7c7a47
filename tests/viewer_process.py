"""Run `python -m viewer` as a user would, in a process of its own with a data folder of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_viewer(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command's result, run as on a server: no display at all, nothing to fall back on."""
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
