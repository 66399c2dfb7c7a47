"""Pages as users save them: text copied from a page laid out right to left, mail saved with
its whole header, paywalled pages, notes exports, print copies."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.corpus.checks import check_invariants, shown
from viewer.core.model import Document
from viewer.corpus import read_document

_SAVED = datetime(2026, 12, 5, 12, 0).timestamp()
_DESALINATION = "A desalination plant opened in Aqaba on Sunday, officials said."
_SECOND = "Officials said a second phase would double its output by 2027."


def _read(tmp_path: Path, text: str, name: str = "article.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, (_SAVED, _SAVED))
    doc = read_document(path)
    check_invariants(doc)
    return doc


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u202b", "\u2067"])
def test_marks_of_writing_direction_around_lines_are_no_part_of_them(
    tmp_path: Path, mark: str
) -> None:
    lines = ["Desalination plant opens", "By Layla Haddad", "3 June 2024", _DESALINATION, _SECOND]
    doc = _read(tmp_path, "\n".join(f"{mark}{line}{mark}" for line in lines) + "\n")
    assert (doc.title, doc.author, doc.date) == (
        "Desalination plant opens",
        "Layla Haddad",
        date(2024, 6, 3),
    )
    body = " ".join(shown(doc, doc.body)).replace(mark, "")  # inside a paragraph: unseen
    assert " ".join(body.split()) == f"{_DESALINATION} {_SECOND}"
