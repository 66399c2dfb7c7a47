"""A historian's folder holds old newspapers too: their date lines date them as any other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import read_text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("14 March 1898", date(1898, 3, 14)),
        ("March 14, 1898", date(1898, 3, 14)),
        ("Published: 2 January 1851", date(1851, 1, 2)),
        ("1789-07-15", date(1789, 7, 15)),
    ],
)
def test_the_date_line_of_an_old_newspaper_dates_it(tmp_path: Path, line: str, day: date) -> None:
    doc = read_text(
        tmp_path,
        "Harlow mill opens its doors\n\nBy A Correspondent\n\n"
        f"{line}\n\n"
        "The Harlow Paper Company opened its new mill on Tuesday.\n",
    )
    assert doc.date == day
    assert doc.title == "Harlow mill opens its doors"


def test_a_dateline_of_1898_dates_its_story(tmp_path: Path) -> None:
    doc = read_text(
        tmp_path,
        "Mill opens\n\nHARLOW, March 14, 1898 _ The Harlow Paper Company opened its new mill "
        "on Tuesday, the first in the valley to run on steam.\n",
    )
    assert doc.date == date(1898, 3, 14)
