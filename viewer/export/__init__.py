"""Exports of the annotated timeline: CSV, JSON and TimelineJS."""

from viewer.export.csv_export import load_csv_writer, write_csv
from viewer.export.csv_format import CSV_COLUMNS, spreadsheet_safe
from viewer.export.json_export import export_payload, write_json
from viewer.export.timelinejs import write_timelinejs, write_timelinejs_csv

__all__ = [
    "CSV_COLUMNS",
    "export_payload",
    "load_csv_writer",
    "spreadsheet_safe",
    "write_csv",
    "write_json",
    "write_timelinejs",
    "write_timelinejs_csv",
]
