"""Opening a real project in the window, offscreen: time to the first paint of its timeline,
time until its articles are read and checked, and the longest stall of the GUI thread.

Run: python -m bench.open_bench FOLDER --project FILE
(the project should already hold the folder's timeline, e.g. from `viewer export --project`).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    """Print the time from opening the project to the window's first full paint."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--project", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.ui.main_window import MainWindow
    from viewer.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    start = time.perf_counter()
    workspace = Workspace.open([args.folder], args.project)
    window = MainWindow(workspace)
    window.resize(1280, 800)
    window.show()
    # A 10 ms tick on the GUI thread: the longest gap between ticks is the longest freeze.
    clock, gaps = QElapsedTimer(), [0]
    clock.start()

    def tick() -> None:
        gaps[0] = max(gaps[0], clock.restart())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    window.start_loading()
    window.grab()  # paints whatever is on screen: the kept timeline, if the project has one
    painted = time.perf_counter() - start
    shown = len(window.workspace.timeline_columns())
    while window.is_loading():
        app.processEvents()
        time.sleep(0.002)
    window.grab()
    took = time.perf_counter() - start
    timer.stop()
    events = len(window.workspace.events)
    docs = len(window.workspace.documents)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"open project, {docs:,} articles, {events:,} events")
    print(f"  first paint of the timeline ({shown:,} events): {painted:6.2f} s")
    print(f"  articles read and checked, editable:     {took:6.2f} s")
    print(f"  longest GUI-thread stall while loading:  {gaps[0]:6d} ms")
    print(f"  peak memory (ru_maxrss):                 {peak:6.0f} MB")
    window.close()
    workspace.close()


if __name__ == "__main__":
    main()
