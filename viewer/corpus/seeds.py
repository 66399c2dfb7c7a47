"""Where the bundled seed corpus lives, in a checkout and in an installed package."""

from __future__ import annotations

import sys
from pathlib import Path


def seed_folder() -> Path:
    """The folder of the five shipped articles, the default corpus."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "seeds"
    here = Path(__file__).resolve()
    # A checkout keeps them at its top; an installed package in viewer/seeds, a folder with
    # no module, which importlib.resources reads as a namespace (no one path of its own).
    checkout, installed = here.parents[2] / "seeds", here.parents[1] / "seeds"
    return checkout if checkout.is_dir() else installed
