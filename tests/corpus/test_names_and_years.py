"""An article's author and year as its page tells them: a byline in capitals names the
author as the name is written elsewhere; a day and month with no year takes the year the
page's other dates tell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import read_text
from viewer.corpus import read_corpus
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


@pytest.mark.parametrize(
    ("page", "year"),
    [
        # An update's full date in the header: the day is on or before it.
        ("Rent freeze passes\nBy Jane Doe\nApr 12\nUpdated Apr 13, 2024\n", 2024),
        ("Rent freeze passes\nBy Jane Doe\nApr 12 · Updated Apr 13, 2024\n", 2024),  # one line
        ("Rent freeze passes\nBy Jane Doe\nDec 30\nUpdated: January 2, 2024\n", 2023),
        # A date in the page's address.
        ("Rent freeze passes\nBy Jane Doe\nApr 12\nhttps://herald.example/2023/04/12/rent\n", 2023),
        # Its copyright line, at the foot.
        ("Rent freeze passes\nBy Jane Doe\nApr 12\n", 2022),
    ],
)
def test_a_day_and_month_take_the_year_the_page_s_other_dates_tell(
    tmp_path: Path, page: str, year: int
) -> None:
    foot = "\n© 2022 The Valley Herald. All rights reserved.\n" if year == 2022 else ""
    doc = read_text(tmp_path, f"{page}\n{_LEDE}\n{foot}")
    assert doc.date is not None and doc.date.year == year
    assert "taken from the page's" in doc.problems[-1]


def test_a_page_s_year_after_its_file_s_is_not_taken(tmp_path: Path) -> None:
    doc = read_text(tmp_path, f"Rent freeze passes\nApr 12\n\n{_LEDE}\n© 2999 The Herald\n")
    assert doc.date is not None and doc.date.year == date.today().year


def test_a_page_s_address_gives_its_year_over_the_corpus_s(tmp_path: Path) -> None:
    page = (
        '<html><head><link rel="canonical" href="https://herald.example/2021/04/12/rent">'
        '</head><body><article><h1>Rent freeze passes</h1><p class="date">Apr 12</p>'
        f"<p>{_LEDE}</p></article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Other news\n12 April 2024\n\n{_LEDE}\n", encoding="utf-8")
    documents, _problems = read_corpus([tmp_path])
    assert [d.date for d in documents] == [date(2021, 4, 12), date(2024, 4, 12)]


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe · Tue, May 14", "By Jane Doe | Tuesday, May 14", "BY JANE DOE, Tue May 14"],
)
def test_a_byline_s_day_and_month_with_its_weekday_dates_the_article(
    tmp_path: Path, line: str
) -> None:
    doc = read_text(tmp_path, f"Storm closes schools\n{line}\n\n{_LEDE}\n")
    assert (doc.author, doc.date) == ("Jane Doe", date(2024, 5, 14))


@pytest.mark.parametrize("label", ["NEWS PROVIDED BY", "News provided by", "Content issued by:"])
def test_a_press_release_s_issuer_under_its_label_is_no_author(tmp_path: Path, label: str) -> None:
    doc = read_text(
        tmp_path,
        f"Harbor Foods opens new plant\n{label}\nHarbor Foods\nAug 22, 2024, 09:00 ET\n\n{_LEDE}\n",
    )
    assert (doc.author, doc.date) == ("", date(2024, 8, 22))
    assert "Harbor Foods" not in "\n".join(doc.text[s.start : s.end] for s in doc.body)
