"""Exports of the annotated timeline: CSV and JSON."""

from viewer.export.csv_export import spreadsheet_safe, write_csv
from viewer.export.json_export import export_payload, write_json
from viewer.export.rows import CSV_COLUMNS

__all__ = ["CSV_COLUMNS", "export_payload", "spreadsheet_safe", "write_csv", "write_json"]
