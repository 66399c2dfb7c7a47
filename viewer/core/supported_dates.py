"""The years the timeline works in: a date outside them is kept as words, never computed with.

Python's dates stop at year 9999, and a week, month or "next year" counted from a date near
either end would leave them; news is dated well inside these years.
"""

from __future__ import annotations

from datetime import date

FIRST_YEAR = 1000
LAST_YEAR = 2999


def supported(day: date) -> bool:
    """Whether a date lies in the years the timeline works in."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


def unsupported_reason(words: str) -> str:
    """Why a date was kept as text, in words for the user."""
    return f"“{words}” is outside the years {FIRST_YEAR}–{LAST_YEAR}: kept as text, not used"
