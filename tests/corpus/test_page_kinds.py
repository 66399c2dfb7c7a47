"""Pages of more kinds copied whole, one element a line: match reports under their scoreboard,
desks' bylines, newsletters, live pages, transcripts, interviews, explainers, press releases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text
from tests.corpus.checks import read_text as _read
from viewer.corpus.boilerplate import is_boilerplate

_SUMMARY = "The harbour bridge will reopen in June after two years of repairs"
_LEDE = "The Lakers beat the Celtics 121-119 in overtime on Thursday night."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("From wire servicesFeb. 2, 2024 11:58 p.m. ET", date(2024, 2, 2)),
        ("From staff reports | Feb. 2, 2024", date(2024, 2, 2)),
        ("Staff and wire reports\nFeb. 2, 2024", date(2024, 2, 2)),
    ],
)
def test_a_desk_s_byline_names_no_one(tmp_path: Path, line: str, day: date) -> None:
    """'From staff reports', 'From wire services' and their kin are a byline of no one named:
    a date glued to it dates the article, and the line is no article text."""
    doc = _read(tmp_path, f"Lakers beat Celtics in overtime\n{line}\n{_LEDE}\n")
    assert (doc.title, doc.author, doc.date) == ("Lakers beat Celtics in overtime", "", day)
    assert body_text(doc) == _LEDE


def test_a_desk_s_byline_under_a_live_page_s_entry(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Live updates: Iowa caucuses\nUpdated 11:42 PM EST, Mon January 15, 2024\n"
        "11:40 p.m. ET, January 15, 2024\nHaley says the race is now a two-person contest\n"
        "From staff reports\nHaley told supporters that the race was now between her and Trump.\n",
    )
    assert "From staff reports" not in body_text(doc)
    assert "Haley told supporters" in body_text(doc)


def test_from_staff_reports_opening_a_sentence_stays_text(tmp_path: Path) -> None:
    text = "From staff reports it appears the fire started in the kitchen, officials said."
    doc = _read(tmp_path, f"Kitchen fire\nMarch 5, 2024\n{_LEDE}\n{text}\n")
    assert text in body_text(doc)


@pytest.mark.parametrize(
    "board",
    [
        "Rovers 2\nSmith 23', Jones 89'\nUnited 1\nBrown 61'\n",
        "FINAL/OT\nLakers\n121\nCeltics\n119\n",
        "IND 396 & 255\nENG 253 & 292\nIndia won by 106 runs\n",
    ],
)
def test_a_match_report_s_scoreboard_under_its_headline(tmp_path: Path, board: str) -> None:
    """The teams, scores and scorers between the headline and the byline are no article
    text, and the byline and date under them are still read."""
    doc = _read(
        tmp_path,
        f"Sport\nLakers beat Celtics in overtime\n{board}Ian Marsh\nFeb. 2, 2024\n{_LEDE}\n",
    )
    assert (doc.title, doc.author, doc.date) == (
        "Lakers beat Celtics in overtime",
        "Ian Marsh",
        date(2024, 2, 2),
    )
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("FOR IMMEDIATE RELEASE: June 3, 2024", date(2024, 6, 3)),
        ("For Immediate Release | 3 June 2024", date(2024, 6, 3)),
        ("Status: 03.06.2024 10:45 a.m.", date(2024, 6, 3)),
    ],
)
def test_a_release_s_and_an_english_edition_s_date_labels(
    tmp_path: Path, line: str, day: date
) -> None:
    lede = "Governor Ellis signed a bill on Monday that raises school funding by $2 billion."
    doc = _read(tmp_path, f"Governor signs school funding bill\n{line}\n{lede}\n")
    assert (doc.title, doc.date) == ("Governor signs school funding bill", day)
    assert body_text(doc) == lede


@pytest.mark.parametrize("stamp", ["Stand: 10.01.2024 06:12 Uhr", "Status: 10.01.2024 6:12 a.m."])
def test_the_teaser_under_a_state_of_stamp(tmp_path: Path, stamp: str) -> None:
    """A broadcaster's teaser told in a sentence or two under its "Stand:" stamp, the article
    after it with no blank line, is the page's summary, not its first news."""
    body = "Die Gewerkschaft hat am Mittwoch einen Streik begonnen.\nDie Bahn hatte geklagt."
    doc = _read(
        tmp_path,
        f"Bahnstreik legt Fernverkehr lahm\n{stamp}\n"
        f"Die Gewerkschaft streikt. Im Fernverkehr fallen Züge aus.\n{body}\n",
    )
    assert doc.date == date(2024, 1, 10)
    assert body_text(doc) == body


def test_a_one_line_article_under_a_state_of_stamp_keeps_its_line(tmp_path: Path) -> None:
    text = "Die Gewerkschaft hat am Mittwoch einen Streik begonnen."
    doc = _read(
        tmp_path, f"Bahnstreik legt Fernverkehr lahm\nStand: 10.01.2024 06:12 Uhr\n{text}\n"
    )
    assert body_text(doc) == text


@pytest.mark.parametrize(
    "line",
    [
        "Correction, May 15, 2024: An earlier version of this article misstated the vote.",
        "Clarification (12 April 2024): The council met on Tuesday, not Monday.",
        "This story originally appeared in the Texas Tribune.",
        "This article is republished from The Conversation under a Creative Commons license.",
        "This interview has been edited for length and clarity.",
        "Interview condensed and edited for clarity.",
        "Listen to this episode",
        "Transcript",
        "2 of 3",
        "Reading time 2 min.",
        "Thanks for reading,",
        "Paid",
    ],
)
def test_notes_and_buttons_of_more_kinds_of_pages(tmp_path: Path, line: str) -> None:
    """A correction's note with its day (a dated line: a false event), a syndicated story's,
    an interview's notes, an episode's buttons, a gallery's counter, a newsletter's sign-off."""
    doc = _read(tmp_path, f"Lakers beat Celtics in overtime\nFeb. 2, 2024\n{_LEDE}\n{line}\n")
    assert body_text(doc) == _LEDE


def test_corrections_officers_stay_text(tmp_path: Path) -> None:
    text = "Corrections officers said on Monday: the prison was full."
    doc = _read(tmp_path, f"Prison full\nFeb. 2, 2024\n{_LEDE}\n{text}\n")
    assert text in body_text(doc)


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning. Here's what you need to know.",
        "Good evening. Here's the latest.",
        "Hi everyone,",
        "Hello, readers!",
        "Welcome to The Evening.",
    ],
)
def test_a_newsletter_s_greeting_over_its_first_story(tmp_path: Path, greeting: str) -> None:
    """A newsletter's greeting is no news: it was read as the first story's sentence."""
    doc = _read(tmp_path, f"The Evening: Overtime in Boston\nFeb. 2, 2024\n{greeting}\n{_LEDE}\n")
    assert body_text(doc) == _LEDE


def test_a_greeting_that_tells_news_stays_text(tmp_path: Path) -> None:
    text = "Good morning. The Lakers beat the Celtics on Thursday."
    doc = _read(tmp_path, f"The Morning\nFeb. 2, 2024\n{text}\n{_LEDE}\n")
    assert body_text(doc) == f"{text}\n{_LEDE}"


@pytest.mark.parametrize(
    "post",
    [
        "Pinned post\nSummary\nA drone struck a building in Odesa overnight.\n",
        "Pinned post\nKey events\nPolls close at 10pm\nExit poll due shortly\n",
    ],
)
def test_a_live_page_s_pinned_post_over_its_entries(tmp_path: Path, post: str) -> None:
    """A live page's pinned post, up to its first entry's time, is the page's summary: its
    sentences are told again in the entries."""
    entry = "Rescue workers are still searching the rubble, the governor said on Saturday."
    doc = _read(
        tmp_path,
        f"Ukraine war live\nLast updated: 2 March 2024 14:22 GMT\n{post}14:22 GMT\n{entry}\n",
    )
    assert doc.date == date(2024, 3, 2)
    assert body_text(doc) == f"14:22 GMT\n{entry}"


@pytest.mark.parametrize(
    "line", ["April 21, 2024 / 11:30 AM EDT / CBS News", "21 April 2024 | Reuters"]
)
def test_the_outlet_after_the_date_on_its_line(tmp_path: Path, line: str) -> None:
    text = "The governor said on Sunday that 400 homes were lost."
    doc = _read(tmp_path, f"Transcript: Governor Hale on the floods\n{line}\n{text}\n")
    assert doc.date == date(2024, 4, 21)
    assert body_text(doc) == text


def test_a_sentence_after_the_date_and_a_bar_stays_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, "Floods\nApril 21, 2024 | The Governor said 400 homes were lost.\n")
    assert "The Governor said 400 homes were lost." in body_text(doc)


@pytest.mark.parametrize("label", ["In this explainer:\n", "Key questions\n", ""])
def test_an_explainer_s_list_of_its_questions(tmp_path: Path, label: str) -> None:
    """The list of the questions an explainer answers, each printed again over its answer,
    is no article text; the questions over the answers are."""
    body = (
        "What has changed?\nFrom Jan. 1, students can no longer bring family members.\n"
        "Who is affected?\nThe rule applies to postgraduate students."
    )
    doc = _read(
        tmp_path,
        f"Explainer: The new visa rules\nJanuary 2, 2024\n{label}"
        f"What has changed?\nWho is affected?\n{body}\n",
    )
    assert body_text(doc) == body


def test_a_line_told_once_again_later_stays_text(tmp_path: Path) -> None:
    body = "Prices rose.\nWages fell.\nAnalysts were surprised.\nPrices rose."
    doc = _read(tmp_path, f"Prices and wages\nJanuary 2, 2024\n{body}\n")
    assert body_text(doc) == body


def test_a_headline_in_sentence_case_over_its_summary_at_the_top(tmp_path: Path) -> None:
    """A short headline at the top, in sentence case, over a longer summary with no full stop
    is the headline, not a masthead's name."""
    lede = "The Spanish Congress approved the amnesty law on Thursday by 178 votes to 172."
    doc = _read(
        tmp_path,
        "Spain approves amnesty law\nThe measure was passed by 178 votes to 172\nCarlos Vega\n"
        f"Madrid - 14 Mar 2024 - 17:20 CET\n{lede}\n",
    )
    assert (doc.title, doc.author, doc.date) == (
        "Spain approves amnesty law",
        "Carlos Vega",
        date(2024, 3, 14),
    )
    assert body_text(doc) == lede


@pytest.mark.parametrize(
    ("top", "under", "title"),
    [
        ("Bridge reopens", "Jane Doe\nMarch 5, 2024", "Bridge reopens"),
        ("Bridge reopens", "By Jane Doe\nMarch 5, 2024", "Bridge reopens"),
        ("Bridge reopens", "March 5, 2024", "Bridge reopens"),
        # A section's name over a headline in prose stays a section's name.
        ("World news", "By Jane Doe\nMarch 5, 2024", _SUMMARY),
        ("WORLD NEWS", "By Jane Doe\nMarch 5, 2024", _SUMMARY),
    ],
)
def test_a_two_word_headline_over_its_summary(
    tmp_path: Path, top: str, under: str, title: str
) -> None:
    """A headline of two words over its summary in one sentence of prose (with the articles
    and tenses headlines leave out) is the headline, not a section's name."""
    doc = _read(tmp_path, f"{top}\n{_SUMMARY}\n{under}\n{_LEDE}\n")
    assert (doc.title, doc.date) == (title, date(2024, 3, 5))
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "top", ["The Coastal Times", "View in browser", "Zum Inhalt springen", "Aller au contenu"]
)
def test_a_masthead_or_a_link_at_the_top_over_the_headline(tmp_path: Path, top: str) -> None:
    lede = "The harbour bridge will close for three weekends, the agency said on Friday."
    doc = _read(
        tmp_path,
        f"{top}\nHarbour bridge to close for three weekends\nRepairs will cost $12m\n"
        f"Paul Grant\nMay 3, 2024\n{lede}\n",
    )
    assert doc.title == "Harbour bridge to close for three weekends"
    assert body_text(doc) == lede


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Wire staff", ""),
        ("By Times staff | March 5, 2024", ""),
        ("By Jane Doe staff writer", "Jane Doe"),
        ("By Jane Doe, staff writer", "Jane Doe"),
        # A desk named in capitals, alone on its line as in a line of pieces.
        ("By Regional Times Staff", ""),
        ("By the Metro Desk", ""),
    ],
)
def test_an_outlet_s_staff_names_no_one(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(tmp_path, f"Quake strikes Japan\n{line}\nMarch 5, 2024\n{_LEDE}\n")
    assert (doc.author, doc.date) == (author, date(2024, 3, 5))
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By The Associated Press", ""),
        ("By Reuters", ""),
        ("By AFP Staff", ""),
        ("From Bloomberg News", ""),
        ("By CNN Wire | March 5, 2024", ""),
        ("By Jane Doe, Associated Press", "Jane Doe"),
        ("By Jane Doe and The Associated Press", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Emily Post", "Emily Post"),
    ],
)
def test_a_wire_service_after_by_names_no_one(tmp_path: Path, line: str, author: str) -> None:
    """A wire service or an outlet after "By" or "From" is no person: an organisation's name
    opens with "the", is one word, or holds a kind of outlet ("News", "Press", "Wire")."""
    doc = _read(tmp_path, f"Quake strikes Japan\n{line}\nMarch 5, 2024\n{_LEDE}\n")
    assert (doc.author, doc.date) == (author, date(2024, 3, 5))
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "line", ["Dan HughesSat 6 Apr 2024 19:30 BST", "By Dan HughesWed. Apr 6, 2024"]
)
def test_a_name_glued_to_a_short_weekday(tmp_path: Path, line: str) -> None:
    doc = _read(tmp_path, f"City hold on to top spot\n{line}\n{_LEDE}\n")
    assert (doc.author, doc.date) == ("Dan Hughes", date(2024, 4, 6))
    assert body_text(doc) == _LEDE


def test_a_name_opening_as_a_short_weekday_stays_whole(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"City hold on to top spot\nBy Satish Kumar\nApril 6, 2024\n{_LEDE}\n")
    assert doc.author == "Satish Kumar"


def test_a_name_in_capitals_ending_as_a_short_weekday(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"Yahoo's sale\nBy STEVEN DAVIDOFF SOLOMON JULY 29, 2016\n{_LEDE}\n")
    assert doc.author == "Steven Davidoff Solomon"


@pytest.mark.parametrize(
    "end",
    [
        "ENDS\nNotes to editors\nThe museum was founded in 1902. It had 450,000 visitors in 2023.",
        "- ends -\nThe museum was founded in 1902.",
        "Note to editors:\nThe museum was founded in 1902.",
    ],
)
def test_a_press_release_s_notes_to_editors(tmp_path: Path, end: str) -> None:
    """The mark that ends a press release's text and its notes to editors after it are no
    article text: the museum's history was read as events."""
    lede = "The museum has received a grant to build a gallery, it announced today."
    doc = _read(tmp_path, f"Museum receives grant\n21 March 2024\n{lede}\n{end}\n")
    assert body_text(doc) == lede


@pytest.mark.parametrize(
    "caption",
    [
        "1/4\nScientists drill an ice core in March. The cores hold old air. Photo: Erik Lund",
        "2 / 5\nThe station's cook bakes bread. Photograph: Erik Lund/Polar Institute",
    ],
)
def test_a_gallery_s_counter_and_a_caption_s_credit(tmp_path: Path, caption: str) -> None:
    doc = _read(tmp_path, f"A year on the ice\n15 January 2024\n{_LEDE}\n{caption}\n")
    assert body_text(doc) == _LEDE


def test_a_table_s_figures_with_a_slash_are_no_counter() -> None:
    """A counter's place is no more than its count: "1/4"; a table's "66/53" is no counter."""
    assert is_boilerplate("1/4")
    assert not is_boilerplate("66/53")
