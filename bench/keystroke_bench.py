"""What saving every key costs: a note typed key by key into the window's annotation panel,
each key written to the project (SQLite, write-ahead log, synced at every commit) before the
next. Prints the time per key: the save alone (the annotation service), and the whole key as
the window handles it (save, undo step, list, timeline and panel refreshed).

Run: python -m bench.keystroke_bench [--keys 200] [--project FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TEXT = "Checked against the ministry's release of the same day; numbers agree. "


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def save_only(project: Path, keys: int) -> list[float]:
    """The field write alone, through the annotation service, one per key."""
    from viewer.workspace import Workspace

    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    event_id = ws.events[0].id
    times = []
    for n in range(1, keys + 1):
        start = time.perf_counter()
        ws.edit_annotation(event_id, note=(TEXT * 10)[:n])
        times.append(time.perf_counter() - start)
    ws.close()
    return times


def in_the_window(project: Path, keys: int) -> list[float]:
    """Each key typed into the note field, handled in full before the next."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from viewer.ui.main_window import MainWindow
    from viewer.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    window = MainWindow(ws)
    window.show()
    window.select_event(ws.events[1].id)
    window.panel.edit_note()
    times = []
    for letter in (TEXT * 10)[:keys]:
        start = time.perf_counter()
        QTest.keyClicks(window.panel.note_edit, letter)
        app.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    ws.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--project", type=Path, help="an existing project (default: a new one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="timeline-keys-") as tmp:
        project = args.project or Path(tmp) / "keys.tlproj"
        saves = save_only(project, args.keys)
        print(f"save per key (field write, WAL, synced): {_percentiles(saves)}")
        whole = in_the_window(project, args.keys)
        print(f"whole key in the window (save and refresh): {_percentiles(whole)}")


if __name__ == "__main__":
    main()
