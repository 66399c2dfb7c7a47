"""Where the bundled seed corpus lives, in a checkout and in an installed package."""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path


def seed_folder() -> Path:
    """The folder of the five shipped articles, the default corpus."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "seeds"
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    return Path(str(importlib.resources.files("viewer.seeds")))
