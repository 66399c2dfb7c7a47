"""Whether a text holds any of a few words or marks, asked as a plain loop.

`any(part in text for part in parts)` resumes a generator for every part it tries; most texts
hold none of the parts, so every part is tried. The loop below asks the same in about three
quarters of the instructions (callgrind, on the passages the reaction cue reads).
"""

from __future__ import annotations

from collections.abc import Iterable


def holds_any(text: str, parts: Iterable[str]) -> bool:
    """`any(part in text for part in parts)`: whether `text` holds one of `parts`."""
    for part in parts:  # noqa: SIM110 (the loop is the point: no generator)
        if part in text:
            return True
    return False
