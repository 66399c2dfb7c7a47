"""The CSV's columns and how each cell is written and read back: one definition for the
export that writes it and the import that reads an edited copy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The contract's columns first, in its order; then what more the export says of an event.
CSV_COLUMNS = [
    "event_id",
    "date",
    "date_end",
    "precision",
    "date_text",
    "date_basis",
    "title",
    "passage",
    "source",
    "published",
    "start",
    "end",
    "source_count",
    "other_sources",
    "tags",
    "status",
    "starred",
    "note",
    "merge_reason",
    "date_conflict",
    "event_confidence",
    "date_confidence",
]
# The columns an edited CSV may change, matched by event_id; the rest are read as written.
EDITABLE_COLUMNS = ("note", "tags", "status", "starred", "title", "date", "precision", "date_end")

LIST_SEPARATOR = "; "  # between tags, and between other sources
# A cell starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"  # put before such a cell, and taken off again on import
# What a spreadsheet user may type, and what a spreadsheet saves for a cell it read as true
# or false: as a number (1.0), or as its locale's word (WAHR, VRAI, VERDADERO, VERO, WAAR).
TRUE_WORDS = frozenset(
    {"true", "yes", "1", "1.0", "y", "x", "★", "wahr", "vrai", "verdadero", "vero", "waar"}
)
FALSE_WORDS = frozenset({"false", "no", "0", "0.0", "n", "", "falsch", "faux", "falso", "onwaar"})


def joined(items: Iterable[str]) -> str:
    """A list in one cell (tags, other sources)."""
    return LIST_SEPARATOR.join(items)


def split_list(cell: str) -> tuple[str, ...]:
    """A list cell back as its items, each once, white space folded: the separator's mark
    alone is enough, as people type it in a spreadsheet."""
    words = (" ".join(item.split()) for item in cell.split(LIST_SEPARATOR.strip()))
    return tuple(dict.fromkeys(word for word in words if word))


def starred_cell(starred: bool) -> str:
    return "true" if starred else "false"


def starred_from(cell: str) -> bool:
    """A starred cell as typed; ValueError when it says neither yes nor no."""
    word = cell.strip().lower()
    if word not in TRUE_WORDS | FALSE_WORDS:
        raise ValueError(f"starred “{cell}” is neither true nor false")
    return word in TRUE_WORDS


def spreadsheet_safe(value: Any) -> Any:
    """Prefix a quote to text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return FORMULA_GUARD + value
    return value


def unguarded(cell: str) -> str:
    """A cell as the export meant it: without the quote spreadsheet_safe put before it."""
    if cell.startswith(FORMULA_GUARD) and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
