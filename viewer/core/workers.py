"""How many processes long work may use: every core, unless TIMELINE_WORKERS says otherwise."""

from __future__ import annotations

import os

WORKERS_VARIABLE = "TIMELINE_WORKERS"  # e.g. TIMELINE_WORKERS=1 to read and extract on one core


def worker_count() -> int:
    """Processes to use: TIMELINE_WORKERS if set to a positive number, else every core."""
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
