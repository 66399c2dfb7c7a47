"""Killing the app at any moment loses at most the edit in flight; the project still opens."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from viewer.core.annotations import Anchor, Annotation
from viewer.store import Project

ROOT = Path(__file__).resolve().parents[2]
RUNS = 60

# Makes numbered edits forever; prints each number only after save_annotation returned.
CHILD = """
import sys
from pathlib import Path
from viewer.core.annotations import Anchor, Annotation
from viewer.store import Project

path, run = Path(sys.argv[1]), sys.argv[2]
project = Project.open(path)
print("ready", flush=True)
anchor = Anchor("001.txt", 10, 20, "NATO said")
i = 0
while True:
    project.save_annotation(Annotation(f"r{run}-{i}", anchor, note=str(i), tags=("t",) * (i % 4)))
    if i % 7 == 0:
        project.add_history(f"r{run}-{i}", "noted")
    print(i, flush=True)
    i += 1
"""


class Child:
    """One run of the editing process, with its acknowledged numbers read as they arrive."""

    def __init__(self, path: Path, run: int) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        self.ready = threading.Event()
        self.acknowledged: list[int] = []
        # Drain stdout continuously so a fast child never blocks on a full pipe.
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.endswith("\n"):
                break
            if line == "ready\n":
                self.ready.set()
            else:
                self.acknowledged.append(int(line))
        self.ready.set()

    def kill(self) -> str:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.reader.join()
        assert self.process.stderr is not None
        return self.process.stderr.read()


def test_acknowledged_edits_survive_being_killed(tmp_path: Path) -> None:
    path = tmp_path / "killed.tlproj"
    rng = random.Random(20220307)
    acknowledged: dict[str, str] = {}
    for run in range(RUNS):
        child = Child(path, run)
        if run % 6 == 0:
            # Some kills land during start-up: opening, recovering the log, migrating.
            child.ready.wait(rng.uniform(0.0, 0.15))
        else:
            child.ready.wait()
            threading.Event().wait(rng.uniform(0.02, 0.15))
        errors = child.kill()
        assert child.process.returncode == -signal.SIGKILL, errors
        acknowledged.update({f"r{run}-{i}": str(i) for i in child.acknowledged})
    assert len(acknowledged) > RUNS  # the kills did land among edits

    with Project.open(path, create=False) as project:
        saved = {event_id: a.note for event_id, a in project.annotations().items()}
    missing = {k: v for k, v in acknowledged.items() if saved.get(k) != v}
    assert missing == {}
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_kill_during_the_first_open_leaves_a_project_that_opens(tmp_path: Path) -> None:
    rng = random.Random(29)
    for attempt in range(10):
        path = tmp_path / f"new{attempt}.tlproj"
        child = Child(path, 0)
        child.ready.wait(rng.uniform(0.0, 0.2))
        child.kill()
        with Project.open(path) as project:
            project.save_annotation(Annotation("e", Anchor("d", 0, 1, "x"), note="saved"))
        with Project.open(path, create=False) as project:
            assert project.annotations()["e"].note == "saved"
