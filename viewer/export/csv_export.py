"""CSV export: RFC 4180, UTF-8, one header row, one row per event, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

from viewer.export.atomic import written_whole
from viewer.export.csv_format import CSV_COLUMNS, spreadsheet_safe
from viewer.export.rows import ExportOrder


def load_csv_writer() -> None:
    """Import pandas, the CSV writer (80 MB and half a second), ahead of the first CSV: a
    window calls this on a thread of its own while the user picks a file."""
    import pandas  # noqa: F401


def write_csv(path: Path, order: ExportOrder) -> int:
    """Write the events to a CSV file; returns the number of rows."""
    import pandas as pd  # 80 MB and half a second: loaded when a CSV is first written

    rows = order.rows
    frame = pd.DataFrame(rows, columns=CSV_COLUMNS)
    frame = frame.map(spreadsheet_safe)
    with written_whole(path, streams=True) as tmp:
        frame.to_csv(
            tmp, index=False, encoding="utf-8", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
        )
    return len(rows)
