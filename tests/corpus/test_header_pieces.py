"""A header line of short pieces set apart by bars, slashes, dots, bullets or dashes, one a
date, the others an outlet, a section, a byline, a place or a reading time, in any order: it
dates the article, names the author only for a person's byline, and is neither article text
nor the headline, which stays the line above it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants
from tests.corpus.checks import read_text as _read
from viewer.core.model import Document
from viewer.corpus import read_document

_TITLE = "Inquiry widens"
_LEDE = "The inspectorate widened its inquiry on Tuesday after new complaints."
_DAY = date(2025, 3, 12)

# The line, and the author it names ("" when no piece is a person's byline).
_LINES = [
    ("Regional Times | 12 March 2025", ""),
    ("The Regional Times | 12 March 2025", ""),
    ("By Jane Doe | Regional Times | 12 March 2025", "Jane Doe"),
    ("Regional Times / 12 March 2025", ""),
    ("Regional Times · 12 March 2025", ""),
    ("Regional Times • 12 March 2025", ""),
    ("Regional Times — 12 March 2025", ""),
    ("World | Europe | 12 March 2025", ""),
    ("Brussels | 12 March 2025 | Regional Times", ""),
    ("Regional Times | Jane Doe | 12.03.2025", "Jane Doe"),
    ("Jane Doe, Health Correspondent | Regional Times | 12 March 2025", "Jane Doe"),
    ("12 March 2025 — By Jane Doe — Regional Times", "Jane Doe"),
]


def _html(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "article.html"
    path.write_text(f"<html><body>{text}</body></html>\n", encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    return doc


def _assert_read(doc: Document, author: str) -> None:
    assert doc.date == _DAY
    assert doc.author == author
    assert doc.title == _TITLE
    assert [doc.visible.reading(s.start, s.end) for s in doc.body] == [_LEDE]


@pytest.mark.parametrize(("line", "author"), _LINES)
def test_a_line_of_pieces_under_the_headline_in_plain_text(
    tmp_path: Path, line: str, author: str
) -> None:
    _assert_read(_read(tmp_path, f"{_TITLE}\n\n{line}\n\n{_LEDE}\n"), author)


@pytest.mark.parametrize(("line", "author"), _LINES)
def test_a_line_of_pieces_under_the_headline_in_markdown(
    tmp_path: Path, line: str, author: str
) -> None:
    path = tmp_path / "article.md"
    path.write_text(f"# {_TITLE}\n\n{line}\n\n{_LEDE}\n", encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    _assert_read(doc, author)


@pytest.mark.parametrize(("line", "author"), _LINES)
def test_a_line_of_pieces_under_the_headline_in_html(
    tmp_path: Path, line: str, author: str
) -> None:
    _assert_read(_html(tmp_path, f"<h1>{_TITLE}</h1><p>{line}</p><p>{_LEDE}</p>"), author)


def test_a_sentence_running_on_after_the_date_stays_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"{_TITLE}\n\n12 March 2025 — The inspectorate said it would\nwiden its inquiry.\n",
    )
    assert doc.date == _DAY
    assert body_text(doc).startswith("— The inspectorate said it would")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # Markup inside the line: read as a reader sees it.
        (
            f"# {_TITLE}\n\n**By Jane Doe** | Regional Times | 12 March 2025\n\n{_LEDE}\n",
            "Jane Doe",
        ),
        (f"# {_TITLE}\n\n[Regional Times](https://example.com) · 12 March 2025\n\n{_LEDE}\n", ""),
        # The outlet after the name and a comma is no second author.
        (f"{_TITLE}\n\nBy Jane Doe, Regional Times | 12 March 2025\n\n{_LEDE}\n", "Jane Doe"),
        (f"{_TITLE}\n\nJane Doe, The Regional Times • 12 March 2025\n\n{_LEDE}\n", "Jane Doe"),
    ],
)
def test_a_line_of_pieces_with_markup_or_an_outlet_after_the_name(
    tmp_path: Path, text: str, author: str
) -> None:
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    _assert_read(doc, author)


@pytest.mark.parametrize("path", ["World | Europe", "News › Politics", "Business / Markets"])
def test_a_path_of_sections_over_a_short_headline(tmp_path: Path, path: str) -> None:
    doc = _read(tmp_path, f"{path}\nFire kills three\nRegional Times | 12 March 2025\n{_LEDE}\n")
    assert doc.title == "Fire kills three"
    assert doc.date == _DAY
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # Read as a picture's credit, or a page's stamp, before the header.
        ("Jane Doe / Regional Times / 12 March 2025 / 09:00", "Jane Doe"),
        ("Regional Times | 12 March 2025 | Last updated 13:05", ""),
    ],
)
def test_a_paragraph_of_pieces_like_a_credit_or_a_stamp_in_html(
    tmp_path: Path, line: str, author: str
) -> None:
    _assert_read(_html(tmp_path, f"<h1>{_TITLE}</h1><p>{line}</p><p>{_LEDE}</p>"), author)


@pytest.mark.parametrize(
    "line",
    [
        "Al Jazeera | 12 Mar 2025",
        "The Associated Press | March 12, 2025",
        "By Regional Times Staff · 12 March 2025",
    ],
)
def test_an_outlet_named_with_no_word_of_an_outlet_names_no_author(
    tmp_path: Path, line: str
) -> None:
    _assert_read(_read(tmp_path, f"{_TITLE}\n\n{line}\n\n{_LEDE}\n"), "")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Regional Times | 12 March 2025", ""),
        ("By Jane Doe · 12 March 2025", "Jane Doe"),
        ("12 March 2025", ""),
    ],
)
def test_the_header_element_of_the_article_in_html(tmp_path: Path, line: str, author: str) -> None:
    """The article's own header element holds its date line: not the page's furniture."""
    doc = _html(
        tmp_path,
        f"<article><header><h1>{_TITLE}</h1><p>{line}</p></header><p>{_LEDE}</p></article>",
    )
    _assert_read(doc, author)


def test_the_page_s_header_element_dates_no_article(tmp_path: Path) -> None:
    doc = _html(
        tmp_path,
        f"<header><p>Regional Times | 12 March 2025</p></header>"
        f"<article><h1>{_TITLE}</h1><p>{_LEDE}</p></article>",
    )
    assert doc.date is None


def _either_way_page(kind: str, lang: str, after: str) -> str:
    line = "Politics | 04/05/2024 | 3 min read"
    if kind == "text":
        return f"{_TITLE}\n{line}\n{_LEDE}\n{after}\n"
    return (
        f"<html{lang}><body><article><h1>{_TITLE}</h1><p>{line}</p><p>{_LEDE}</p></article>"
        f"<aside><p>{after}</p></aside></body></html>"
    )


@pytest.mark.parametrize(
    ("kind", "lang", "after", "day"),
    [
        # Nothing says which way round: no date rather than a guess, in HTML as in text.
        ("html", "", "More stories", None),
        ("text", "", "More stories", None),
        # The page's other numeric dates show its order ("25/03/2024": the day first).
        ("html", "", "Older: 25/03/2024", date(2024, 5, 4)),
        ("text", "", "Older: 25/03/2024", date(2024, 5, 4)),
        ("html", "", "Older: 03/25/2024", date(2024, 4, 5)),
        # So does the language the page declares.
        ("html", ' lang="en-GB"', "More stories", date(2024, 5, 4)),
        ("html", ' lang="en-US"', "More stories", date(2024, 4, 5)),
        ("html", ' lang="en"', "More stories", None),
    ],
)
def test_a_numeric_date_either_way_round_in_a_line_of_pieces(
    tmp_path: Path, kind: str, lang: str, after: str, day: date | None
) -> None:
    """A numeric date that reads either way ("04/05/2024") is read only as the page's other
    dates or its form say, never the American way by default."""
    text = _either_way_page(kind, lang, after)
    if kind == "html":
        (tmp_path / "article.html").write_text(text, encoding="utf-8")
        doc = read_document(tmp_path / "article.html")
        check_invariants(doc)
    else:
        doc = _read(tmp_path, text)
    assert (doc.title, doc.date) == (_TITLE, day)
    assert _LEDE in body_text(doc)
