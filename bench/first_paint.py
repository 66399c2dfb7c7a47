"""One launch of the start-up benchmark: the window as `python -m viewer` opens it, or a bare
PySide6 window, which prints at its first paint what it shows and has loaded, then quits.

Run: python -m bench.first_paint bare | viewer [ARG…]   (bench/startup_bench.py times it)
"""

from __future__ import annotations

import json
import os
import runpy
import sys

HEAVY = ("pandas", "dateparser", "viewer.core.extract", "viewer.core.temporal")


def main() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    kind, *args = sys.argv[1:]
    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        """Reports the first paint of anything in a main window, and ends the process."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            window = watched.window()
            if not isinstance(window, QMainWindow):
                return False
            timeline = window.findChild(QWidget, "timeline")
            shown = getattr(timeline, "shown", None)
            report = {
                "events": len(shown()[0]) if shown is not None else 0,
                "loaded": [name for name in HEAVY if name in sys.modules],
            }
            print(json.dumps(report), flush=True)
            os._exit(0)  # at once: the time asked for is that of the first paint

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QWidget())
        window.resize(1200, 800)
        window.show()
        app.exec()
    else:
        sys.argv = ["viewer", *args]
        runpy.run_module("viewer", run_name="__main__", alter_sys=True)
    raise SystemExit("closed before it was painted")


if __name__ == "__main__":
    main()
