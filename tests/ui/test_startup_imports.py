"""Nothing heavy is loaded before the window's first paint, and reopening a project whose
kept timeline is still the timeline never loads the extractor, pandas or dateparser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from viewer.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
HEAVY = ["pandas", "dateparser", "viewer.core.extract", "viewer.core.temporal"]

# Opens the window as `python -m viewer` does, notes what is loaded at its first paint and
# once its articles are read and checked, then prints both.
WINDOW = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from viewer.ui.app import application, open_window
from viewer.workspace import SessionState

heavy, seen = HEAVY, {}
def loaded():
    return sorted(m for m in heavy if m in sys.modules)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = loaded()
        return False
app = application()
watcher = FirstPaint()
app.installEventFilter(watcher)
window = open_window([SEEDS], PROJECT)
def when_ready():
    if window.workspace.state is not SessionState.READY:
        QTimer.singleShot(20, when_ready)
        return
    seen["ready"] = loaded()
    seen["events"] = len(window.workspace.events)
    print(json.dumps(seen))
    app.quit()
QTimer.singleShot(20, when_ready)
app.exec()
"""


def _opened_in_a_window(project: Path, home: Path) -> dict[str, Any]:
    script = WINDOW.replace("HEAVY", repr(HEAVY))
    script = script.replace("SEEDS", f"__import__('pathlib').Path({str(SEEDS)!r})")
    script = script.replace("PROJECT", f"__import__('pathlib').Path({str(project)!r})")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_reopening_a_kept_timeline_loads_no_extractor_pandas_or_dateparser(
    tmp_path: Path,
) -> None:
    project = tmp_path / "seeds.tlproj"
    workspace = Workspace.open([SEEDS], project)
    workspace.load_all()
    events = len(workspace.events)
    workspace.keep_timeline()
    workspace.close()
    seen = _opened_in_a_window(project, tmp_path / "data")
    assert seen == {"painted": [], "ready": [], "events": events}


def test_a_first_opening_loads_the_extractor_but_not_pandas_or_dateparser(
    tmp_path: Path,
) -> None:
    seen = _opened_in_a_window(tmp_path / "new.tlproj", tmp_path / "data")
    # The extractor loads on the loader thread, as the window paints: either may come first.
    assert not {"pandas", "dateparser"} & set(seen["painted"])
    assert seen["ready"] == ["viewer.core.extract", "viewer.core.temporal"]
