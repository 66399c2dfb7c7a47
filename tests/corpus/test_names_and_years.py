"""An article's author and year as its page tells them: a byline in capitals names the
author as the name is written elsewhere; a day and month with no year takes the year the
page's other dates tell."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.checks import read_text
from viewer.corpus.name_case import cased_name

_LEDE = "The city council voted on Tuesday to freeze rents on older apartments for a year."


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("BY JANE DOE", "Jane Doe"),
        ("By JANE DOE", "Jane Doe"),
        ("By JAMES REYNOLDS FOR MAILONLINE", "James Reynolds"),
        ("BY BEN CARTER | April 3, 2024", "Ben Carter"),
        ("By MARY O'BRIEN and PIET DE VRIES", "Mary O'Brien and Piet de Vries"),
        ("By Jane Doe", "Jane Doe"),  # as written
    ],
)
def test_a_byline_in_capitals_names_the_author_in_small_letters(
    tmp_path: Path, byline: str, author: str
) -> None:
    doc = read_text(
        tmp_path, f"City council passes rent freeze\n{byline}\nApril 3, 2024\n\n{_LEDE}\n"
    )
    assert doc.author == author


@pytest.mark.parametrize(
    ("name", "cased"),
    [
        ("JOHN MCDONALD", "John McDonald"),
        ("JEAN-LUC PICARD", "Jean-Luc Picard"),
        ("JOHN SMITH III", "John Smith III"),
        ("J.R. SMITH", "J.R. Smith"),
        ("BBC NEWS", "BBC NEWS"),  # an outlet's letters: no person's name
        ("Anna de la Cruz", "Anna de la Cruz"),
    ],
)
def test_a_name_in_capitals_is_written_as_names_are(name: str, cased: str) -> None:
    assert cased_name(name) == cased
