"""What the CSV export writes in an editable column, the import reads back as the same value:
one definition of the columns and their cells serves both."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.model import DateBasis, DateValue, Document, Event, Passage, Precision
from viewer.export import write_csv
from viewer.export.csv_format import CSV_COLUMNS, EDITABLE_COLUMNS, joined, split_list
from viewer.export.csv_import import edited_rows
from viewer.export.rows import ExportOrder

TEXT = "Officials said on Monday that 500 more troops would go to Poland next week."


def _written(tmp_path: Path, annotation: Annotation, value: DateValue) -> Path:
    doc = Document(id="a.txt", path="a.txt", text=TEXT, date=date(2022, 3, 8))
    passage = Passage.of(doc.id, doc.visible, 0, len(TEXT))
    event = Event("e1", value, "Monday", DateBasis.RELATIVE, "500 troops to Poland", [passage])
    path = tmp_path / "out.csv"
    write_csv(path, ExportOrder([event], {doc.id: doc}, {"e1": annotation}))
    return path


def test_every_editable_column_reads_back_as_written(tmp_path: Path) -> None:
    corrected = DateValue(date(2022, 3, 7), date(2022, 3, 13), Precision.RANGE)
    annotation = Annotation(
        "e1",
        Anchor("a.txt", 0, len(TEXT), TEXT),
        note="=check the figure\nsecond line; with a semicolon",
        tags=("nato", "troop numbers", "-minus"),
        status=Status.DISPUTED,
        starred=True,
        title="+500 troops",
        date=corrected,
    )
    (row,) = edited_rows(_written(tmp_path, annotation, DateValue.day(date(2022, 3, 7))))
    assert row.event_id == "e1"
    assert row.fields() == {
        "note": annotation.note,
        "tags": annotation.tags,
        "status": Status.DISPUTED,
        "starred": True,
        "title": "+500 troops",
        "date": corrected,
    }


def test_the_header_is_the_columns_and_holds_every_editable_one(tmp_path: Path) -> None:
    plain = Annotation("e1", Anchor("a.txt", 0, len(TEXT), TEXT))
    path = _written(tmp_path, plain, DateValue.day(date(2022, 3, 7)))
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == CSV_COLUMNS
    assert set(EDITABLE_COLUMNS) <= set(header)
    (row,) = edited_rows(path)
    assert row.fields()["tags"] == () and row.fields()["starred"] is False


def test_a_list_is_split_on_the_mark_it_is_joined_with() -> None:
    tags = ("nato", "madrid summit")
    assert split_list(joined(tags)) == tags
    assert split_list(" nato ;madrid   summit;; nato ") == tags  # as typed in a spreadsheet
