"""A header line labelled as a date is read even in forms the exact rules do not know."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from viewer.core.model import DocDateBasis, Document
from viewer.corpus import read_document


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 8th of March, 2022", date(2022, 3, 8)),
        ("Date: 2022年3月8日", date(2022, 3, 8)),
        ("Posted on March 8th 2022", date(2022, 3, 8)),
    ],
)
def test_a_labelled_date_line_dates_the_article(tmp_path: Path, line: str, expected: date) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"Troops arrive in Romania\n\n{line}\n\nThe Pentagon said on Monday that troops arrived.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.date == expected
    assert doc.date_basis is DocDateBasis.FOUND
    assert doc.date_span is not None
    assert doc.text[doc.date_span.start : doc.date_span.end] == doc.date_text


def test_a_label_without_a_date_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Troops arrive\n\nPublished: yesterday\n\nThe Pentagon said troops arrived.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.date is None or doc.date_basis is not DocDateBasis.FOUND


LEDE = "The Senate on Thursday passed a stopgap bill."


def _read(tmp_path: Path, header: str, lede: str = LEDE) -> Document:
    """An article of a headline, a header of one or two lines, and a lede, read."""
    path = tmp_path / "a.txt"
    path.write_text(f"Senate passes stopgap bill\n\n{header}\n\n{lede}\n", encoding="utf-8")
    return read_document(path)


def _body(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.body]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GENEVA, Friday 16 February 2024", date(2024, 2, 16)),
        ("NAIROBI (Reuters), May 2, 2024", date(2024, 5, 2)),
        ("NEW YORK, March 3, 2021, 10:32 a.m.", date(2021, 3, 3)),
    ],
)
def test_a_place_in_capitals_before_a_date_on_its_line_dates_the_article(
    tmp_path: Path, line: str, expected: date
) -> None:
    """A wire story's dateline on a line of its own, under the headline."""
    doc = _read(tmp_path, line)
    assert doc.date == expected
    assert doc.date_basis is DocDateBasis.FOUND


def test_a_dateline_opening_the_lede_stays_article_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, "LONDON, Oct 12, 2023 (Reuters) - The bank kept rates on hold.", "")
    assert doc.date == date(2023, 10, 12)
    assert any("The bank kept rates on hold" in words for words in _body(doc))


@pytest.mark.parametrize(
    "line",
    [
        "Published Oct. 12, 2023Updated Oct. 13, 2023, 9:14 a.m. ET",
        "Published On 12 Oct 202312 Oct 2023",
        "October 12, 20232:05 PM UTCUpdated ago",
    ],
)
def test_a_date_glued_to_the_next_stamp_by_a_copied_page_is_read(tmp_path: Path, line: str) -> None:
    """Text copied from a page runs its elements together: the year is still a year, and what
    is glued after it is the header's, not the story's."""
    doc = _read(tmp_path, line)
    assert doc.date == date(2023, 10, 12)
    assert _body(doc) == [LEDE]


def test_a_lede_glued_to_its_date_stays_article_text(tmp_path: Path) -> None:
    glued = "October 12, 2023The Senate on Thursday passed a stopgap bill to avert a shutdown."
    doc = _read(tmp_path, glued, "")
    assert doc.date == date(2023, 10, 12)
    assert any(words.startswith("The Senate on Thursday passed") for words in _body(doc))


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ("By Jane DoeOct. 12, 2023", "Jane Doe"),
        ("By Jane Doe and John RoeOctober 12, 2023", "Jane Doe and John Roe"),
        (
            "Jane Doe\nThu 12 Oct 2023 14.05 BSTLast modified on Thu 12 Oct 2023 16.30 BST",
            "Jane Doe",
        ),
    ],
)
def test_a_byline_or_a_zone_glued_to_what_follows_is_read_apart(
    tmp_path: Path, lines: str, author: str
) -> None:
    """A copied page glues a byline's last name to its date, and a time zone to the next
    label: the name, the date and the header end where a reader sees them end."""
    doc = _read(tmp_path, lines)
    assert (doc.date, doc.author) == (date(2023, 10, 12), author)
    assert _body(doc) == [LEDE]
