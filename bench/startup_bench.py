"""Start-up: the time from launching the window to its first paint, on the seeds, next to a
bare PySide6 window on the same machine (the ratio is what the app adds to Qt's own start).

Each launch is a process of its own (bench/first_paint.py), timed from outside, from its start
to the line it prints when its main window is first painted. The seeds are opened twice over:
reopened, their project keeping the timeline (painted at once, the usual case), and opened
for the first time (the window paints while its articles are read). Offscreen unless
QT_QPA_PLATFORM says otherwise. Prints figures; nothing passes or fails.

Run: python -m bench.startup_bench [--launches N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def launch(kind: str, home: Path) -> tuple[float, dict[str, Any]]:
    """Seconds from starting the process to its first paint, and what it then reported."""
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "cfg"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryFile("w+") as said:  # Qt's warnings, shown only if it fails
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.first_paint", kind],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=said,
            text=True,
        )
        line = child.stdout.readline() if child.stdout is not None else ""
        seconds = time.perf_counter() - start
        if child.wait(timeout=60) != 0 or not line:
            said.seek(0)
            raise SystemExit(f"the {kind} window was not painted:\n{said.read()}")
    report: dict[str, Any] = json.loads(line)
    return seconds, report


def keep_seeds_timeline(home: Path) -> int:
    """The seeds' default project in this data folder, with its timeline kept, as a first
    opening leaves it; how many events it keeps."""
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    from viewer.workspace import Workspace

    workspace = Workspace.open([])
    workspace.load_all()
    workspace.keep_timeline()
    workspace.close()
    return len(workspace.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--launches", type=int, default=7, help="launches of each (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="timeline-startup-") as tmp:
        scratch = Path(tmp)
        kept = scratch / "kept"
        events = keep_seeds_timeline(kept)
        cases = {"bare": scratch / "bare", "reopened": kept, "first": scratch / "first"}
        times: dict[str, list[float]] = {name: [] for name in cases}
        reports: dict[str, dict[str, Any]] = {}
        for round_ in range(args.launches + 1):  # the first round warms the disk cache
            for name, home in cases.items():
                if name == "first":
                    home = scratch / f"first-{round_}"  # a data folder never opened before
                seconds, reports[name] = launch("bare" if name == "bare" else "viewer", home)
                if round_:
                    times[name].append(seconds)
    bare = statistics.median(times["bare"])
    print(f"launch to first paint, median of {args.launches} launches each:")
    print(f"  a bare PySide6 window:                  {bare:5.2f} s")
    for name, label in (
        ("reopened", "the seeds, reopened (timeline kept):"),
        ("first", "the seeds, opened for the first time:"),
    ):
        median = statistics.median(times[name])
        report = reports[name]
        loaded = ", ".join(report["loaded"]) or "none"
        print(
            f"  {label:<39} {median:5.2f} s = {median / bare:.1f}x the bare window "
            f"(fastest {min(times[name]):.2f} s); {report['events']} of {events} events "
            f"painted; of pandas, dateparser and the extractor loaded: {loaded}"
        )


if __name__ == "__main__":
    main()
