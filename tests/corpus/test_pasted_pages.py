"""Pages copied whole (select all, paste), a seventh set: furniture in other languages, a
live page's summary list, a contributor's block over the date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text
from tests.corpus.checks import read_text as _read

_LEDE = "The harbour bridge will close for three weekends, the agency said on Friday."


@pytest.mark.parametrize(
    "lines",
    [
        "Lecture 3 min.\nArticle réservé aux abonnés\nOffrir cet article",
        "Lesezeit: 4 Min.\nArtikel teilen",
        "Lire en français",
        "Read in English",
        "Mehr zum Thema\nGericht lehnt Eilantrag ab",
        "Schlagwörter\nBahn\nStreik",
        "Dieses Thema im Programm:\nÜber dieses Thema berichtete der Sender am 10. Januar 2024.",
    ],
)
def test_a_page_s_furniture_in_other_languages(tmp_path: Path, lines: str) -> None:
    doc = _read(
        tmp_path, f"Hafenbrücke wird gesperrt\nVon Anna Berg\n10.01.2024\n{lines}\n{_LEDE}\n"
    )
    assert body_text(doc) == _LEDE


def test_a_live_page_s_key_points_over_its_entries(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Live\nBudget day: chancellor delivers statement\nUpdated 6 March 2024\nJane Doe\n"
        f"Key points\nNational insurance cut by 2p\nFuel duty frozen\n14:05\n{_LEDE}\n",
    )
    assert doc.date == date(2024, 3, 6)
    assert body_text(doc) == f"14:05\n{_LEDE}"


@pytest.mark.parametrize("top", ["", "Forbes Business\nEDITORS' PICK\n"])
def test_a_contributor_s_note_about_themselves_over_the_date(tmp_path: Path, top: str) -> None:
    """A name, a role, a line the author writes about themselves and a button over the date:
    the byline's block, not a headline over its summary."""
    doc = _read(
        tmp_path,
        f"{top}Harbour bridge to close for three weekends\nJane Doe\nContributor\n"
        "I write about transport and the cities it shapes.\nFollow\nMar 12, 2024, 10:05am EDT\n"
        f"{_LEDE}\n",
    )
    assert doc.title == "Harbour bridge to close for three weekends"
    assert doc.author == "Jane Doe"
    assert doc.date == date(2024, 3, 12)
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "byline",
    ["Jane Doe Ottawa Bureau Chief", "By Jane Doe Senior Reporter", "Jane Doe Health Reporter"],
)
def test_a_role_in_capitals_after_the_name_on_its_line(tmp_path: Path, byline: str) -> None:
    doc = _read(
        tmp_path,
        f"Politics\nHarbour bridge to close for three weekends\n{byline}\n"
        f"Published March 21, 2024\n{_LEDE}\n",
    )
    assert doc.author == "Jane Doe"
    assert doc.date == date(2024, 3, 21)
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # A wire terminal's line: the date with dashes, the time, the headline in capitals.
        (
            "04-Mar-2024 08:12 GMT  BRIDGE TO CLOSE FOR THREE WEEKENDS\n",
            "BRIDGE TO CLOSE FOR THREE WEEKENDS",
        ),
        # The headline over the time and the date run together.
        (
            "Bridge to close for three weekends\n07:00 04Mar2024\n",
            "Bridge to close for three weekends",
        ),
    ],
)
def test_a_story_pasted_from_a_wire_terminal(tmp_path: Path, top: str, title: str) -> None:
    doc = _read(tmp_path, f"{top}{_LEDE}\n")
    assert doc.date == date(2024, 3, 4)
    assert doc.title == title
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "line",
    [
        # A time after an ISO date is no video's running time ending a caption.
        "By Xinhua | Updated: 2024-03-05 10:12",
        # The updated date after the first with a space alone.
        "Posted : 2024-03-05 10:05 Updated : 2024-03-05 11:30",
    ],
)
def test_a_date_and_time_line_of_an_english_edition(tmp_path: Path, line: str) -> None:
    doc = _read(tmp_path, f"China\nBridge to close for three weekends\n{line}\n{_LEDE}\n")
    assert doc.date == date(2024, 3, 5)
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "lines",
    [
        "This article appears in the December 2023 issue.",
        'This article appears in the April 2024 print edition with the headline "Bridge Out."',
        "Photo taken on March 5, 2024 shows the bridge in Beijing. [Photo/Xinhua]",
        "Translation of an original article published in French on lemonde.fr.",
        "Read the German version of this article here.",
        "Subscribers only",
        "Read in App",
        "Would you like to comment on this article?",
        "You received this email because you signed up for Morning Briefing.",
    ],
)
def test_notes_of_magazines_editions_and_newsletters(tmp_path: Path, lines: str) -> None:
    doc = _read(
        tmp_path,
        f"Bridge to close for three weekends\nBy Jane Doe\n4 March 2024\n{lines}\n{_LEDE}\n",
    )
    assert body_text(doc) == _LEDE


def test_a_live_page_s_list_of_what_it_covers_ends_at_an_entry_s_time(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Live updates: bridge closure\nUpdated 11:42 PM EST, Mon March 4, 2024\n"
        "What we're covering\nThe bridge closes on Friday\nBuses will replace trains\n"
        f"11:40 p.m. ET, March 4, 2024\n{_LEDE}\n",
    )
    assert doc.date == date(2024, 3, 4)
    assert body_text(doc) == _LEDE


def test_a_government_page_s_fields_over_its_date(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Press release\nBridge to close for three weekends\n£12 million to repair the bridge.\n"
        f"From:\nDepartment for Transport\nPublished\n4 March 2024\n{_LEDE}\n",
    )
    assert doc.title == "Bridge to close for three weekends"
    assert doc.date == date(2024, 3, 4)
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # A name glued to the day that opens its date is the byline's, not a label's.
        ("Jane Doe27 March 2024 - 12:05\n", "Jane Doe"),
        # Two names alone on their line over the date.
        ("Jane Doe and John Roe\nWed 27 Mar 2024 18.05 GMT\n", "Jane Doe and John Roe"),
    ],
)
def test_a_byline_of_a_name_glued_to_its_date_or_of_two_names(
    tmp_path: Path, byline: str, author: str
) -> None:
    doc = _read(tmp_path, f"News\nBridge to close for three weekends\n{byline}{_LEDE}\n")
    assert doc.author == author
    assert doc.date == date(2024, 3, 27)
    assert body_text(doc) == _LEDE


def test_a_section_in_capitals_over_the_headline_and_a_summary_asking(tmp_path: Path) -> None:
    """A summary over the byline is no author's note, nor the headline a role."""
    doc = _read(
        tmp_path,
        "THE LONG READ\nThe Last Lighthouse Keepers\nTwo men keep a light no ship needs. What do "
        f"they do all day?\nBy Ana Pérez\nPhotographs by Lars Nilsen\nNovember 20, 2023\n{_LEDE}\n",
    )
    assert doc.title == "The Last Lighthouse Keepers"
    assert doc.author == "Ana Pérez"
    assert doc.date == date(2023, 11, 20)
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize("tag", ["UPDATE 2-", "REFILE-", "EXCLUSIVE-", "REFILE-UPDATE 1-"])
def test_a_wire_s_tag_glued_before_the_headline(tmp_path: Path, tag: str) -> None:
    doc = _read(tmp_path, f"{tag}Bridge to close for three weekends\n07:00 04Mar2024\n{_LEDE}\n")
    assert doc.title == "Bridge to close for three weekends"
    assert body_text(doc) == _LEDE


def test_a_headline_in_capitals_with_a_hyphen_keeps_it(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"ANALYSIS-DRIVEN POLICING\nMarch 4, 2024\n{_LEDE}\n")
    assert doc.title == "ANALYSIS-DRIVEN POLICING"


def test_a_name_over_a_day_and_month_with_no_year(tmp_path: Path) -> None:
    """A newsletter's post of this year: its name over its day and month, then a button."""
    doc = _read(
        tmp_path,
        "Notes on the bridge\nRepairs are late again. Here is why.\nSarah Hill\nApr 12\n∙\n"
        f"{_LEDE}\n",
    )
    assert doc.author == "Sarah Hill"
    assert doc.date is not None and (doc.date.month, doc.date.day) == (4, 12)
    assert body_text(doc) == _LEDE


def test_a_name_then_a_slash_then_the_date(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Bridge to close for three weekends\nJane Doe / Updated: Apr 16, 2024, 18:42 IST\n"
        f"{_LEDE}\n",
    )
    assert doc.author == "Jane Doe"
    assert doc.date == date(2024, 4, 16)
    assert body_text(doc) == _LEDE


def test_a_reader_view_s_header_over_the_text_and_its_date_at_the_end(tmp_path: Path) -> None:
    """A date that ends the article is no header's: the headline over it stays the title."""
    doc = _read(
        tmp_path,
        "harbour.example\nBridge to close for three weekends\nSarah Hill\n4–5 minutes\n"
        f"{_LEDE}\nRepairs will cost $12m.\nPublished 2 February 2024\nShare\n",
    )
    assert doc.title == "Bridge to close for three weekends"
    assert doc.author == "Sarah Hill"
    assert doc.date == date(2024, 2, 2)
    assert body_text(doc) == f"{_LEDE}\nRepairs will cost $12m."


@pytest.mark.parametrize(
    "byline", ["Our CorrespondentPublished March 18, 2024", "By Staff Reporter\nMarch 18, 2024"]
)
def test_a_byline_of_no_one_named(tmp_path: Path, byline: str) -> None:
    doc = _read(tmp_path, f"Business\nBridge to close for three weekends\n{byline}\n{_LEDE}\n")
    assert doc.author == ""
    assert doc.date == date(2024, 3, 18)
    assert body_text(doc) == _LEDE


def test_a_weekly_s_line_of_the_edition_that_printed_the_story(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Bridge to close for three weekends\nRepairs are late. Who pays?\nBy Tom Becker\n"
        f"From the February 10th 2024 edition\nListen to this story\n{_LEDE}\n",
    )
    assert doc.author == "Tom Becker"
    assert doc.date == date(2024, 2, 10)
    assert body_text(doc) == _LEDE


def test_a_blog_s_date_by_its_author_then_a_button(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Bridge to close for three weekends\nJanuary 8, 2024 by Jane Doe Leave a Comment\n"
        f"{_LEDE}\nContact: Press Office, press@bridge.example\n",
    )
    assert doc.author == "Jane Doe"
    assert doc.date == date(2024, 1, 8)
    assert body_text(doc) == _LEDE
