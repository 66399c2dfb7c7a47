"""Articles copied from a web page whole (select all, paste): the page's masthead, menus and
sections run one element a line with no blank line between them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text
from tests.corpus.checks import read_text as _read

_LEDE = "The council approved new bike lanes on Tuesday."


@pytest.mark.parametrize(
    "top",
    [
        # Links glued together above the menu, and a short line between two of its runs.
        "Skip to main contentSkip to navigationSign inSearch\nUK edition\n"
        "News\nOpinion\nSport\nCulture\nLocal news\nCycling\nTransport\nPlanning\n",
        # The outlet's name and a button above the menu.
        "Daily Ledger\nSubscribe\nHome\nNews\nLocal\nSport\n",
    ],
)
def test_a_masthead_and_menus_above_the_headline_are_furniture(tmp_path: Path, top: str) -> None:
    doc = _read(
        tmp_path,
        f"{top}City council approves bike lanes\nBy Dana White\nOctober 12, 2023\n{_LEDE}\n",
    )
    assert doc.title == "City council approves bike lanes"
    assert doc.author == "Dana White"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == _LEDE


def test_a_short_line_with_a_date_above_a_menu_is_no_masthead(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"Council approves lanes\nOctober 12, 2023\nShare\nFacebook\nReddit\nLinkedIn\n\n{_LEDE}\n",
    )
    assert doc.title == "Council approves lanes"
    assert doc.date == date(2023, 10, 12)


def test_sections_one_in_another_above_the_headline(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"Hong Kong\nPolitics\nCity council approves bike lanes\nBy Dana White\n"
        f"October 12, 2023\n{_LEDE}\n",
    )
    assert doc.title == "City council approves bike lanes"
    assert doc.date == date(2023, 10, 12)


@pytest.mark.parametrize(
    "under",
    [
        "By Anna Clauß\n30.01.2024",
        "30.01.2024\nBy Anna Clauß",
    ],
)
def test_a_byline_and_a_date_under_a_summary_with_no_blank_line(tmp_path: Path, under: str) -> None:
    """A summary told in a sentence under the headline, then the byline and the date, all
    one element a line: the byline and the date are the header's, not article text."""
    doc = _read(
        tmp_path,
        "Germany's economy shrinks again\nThe statistics office says output fell.\n"
        f"{under}\nThe economy shrank by 0.3 percent, the office said on Tuesday.\n",
    )
    assert doc.date == date(2024, 1, 30)
    assert doc.author == "Anna Clauß"
    assert body_text(doc).endswith("the office said on Tuesday.")
    assert "30.01.2024" not in body_text(doc)


@pytest.mark.parametrize(
    ("under", "author"),
    [
        # A name and a role on lines of their own above the date and its glued stamp.
        (
            "Sarah Taylor\nConsumer Reporter\n14:32, 11 Apr 2024Updated 15:05, 11 Apr 2024",
            "Sarah Taylor",
        ),
        # A role and an outlet under a "By" line read already, then the date.
        ("by Tomoko Otake\nStaff writer\nApr 11, 2024", "Tomoko Otake"),
        ("By Tom Baker\nPolitical Editor·NZ Herald·\n11 Apr, 2024 05:00 AM", "Tom Baker"),
    ],
)
def test_a_date_on_its_line_under_a_summary_and_a_byline(
    tmp_path: Path, under: str, author: str
) -> None:
    """Under a summary that is not a sentence, the byline's lines and the date, one element
    a line: the date dates the article, the byline's lines are the header's."""
    doc = _read(
        tmp_path,
        "Tesco recalls sandwich over allergy fears\nThe supermarket urged customers not to eat it."
        f"\n{under}\nTesco recalled one of its sandwiches on Thursday.\n",
    )
    assert doc.date == date(2024, 4, 11)
    assert doc.author == author
    assert body_text(doc).endswith("Tesco recalled one of its sandwiches on Thursday.")
    assert all(part not in body_text(doc) for part in under.split("\n"))


def test_a_date_a_sentence_runs_into_stays_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Tesco recalls sandwich\nThe supermarket acted fast.\nBy Sarah Taylor\n"
        "Tesco recalled the sandwich it had sold in\nApr 11, 2024\nand withdrawn it later.\n",
    )
    assert doc.date is None
    assert "Apr 11, 2024" in body_text(doc)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("04/12/2024 01:05 PM EDT", date(2024, 4, 12)),
        ("Updated: 04/12/2024 5:30 p.m. ET", date(2024, 4, 12)),
        ("Published on 04/12/2024 - 00:14 GMT+1", date(2024, 12, 4)),
        ("04/12/2024 14:05 CET", date(2024, 12, 4)),
    ],
)
def test_a_numeric_date_either_way_round_read_by_its_time_zone(
    tmp_path: Path, stamp: str, day: date
) -> None:
    """The zone after the clock time tells which country's order of day and month the date
    is written in: North America's month first, Europe's day first."""
    doc = _read(tmp_path, f"Council approves lanes\nBy Dana White\n{stamp}\n\n{_LEDE}\n")
    assert doc.date == day


def test_a_numeric_date_with_no_zone_stays_undecided(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"Council approves lanes\nBy Dana White\n04/12/2024 14:05\n\n{_LEDE}\n")
    assert doc.date is None


@pytest.mark.parametrize(
    ("lines", "author", "stop"),
    [
        # A weekday glued to the role before it.
        ("Helena Horton Environment reporterWed 27 Mar 2024 13.15 GMT", "Helena Horton", ""),
        # A byline glued after the year.
        ("Posted on March 27, 2024by Laura Kim", "Laura Kim", ""),
        # A clock time in German, "Uhr".
        ("By Anna Clauß\n27.03.2024, 10.12 Uhr", "Anna Clauß", "."),
        # The same date glued again, under a summary told in a sentence.
        ("Published On 27 Mar 202427 Mar 2024", "", "."),
    ],
)
def test_a_date_glued_to_a_role_a_byline_or_itself(
    tmp_path: Path, lines: str, author: str, stop: str
) -> None:
    """Under a summary, with or without a full stop, a date glued to what stood beside it."""
    doc = _read(
        tmp_path,
        f"Sewage spills doubled last year\nThe agency's figures show 3.6m hours of spills{stop}\n"
        f"{lines}\nWater companies discharged raw sewage for 3.6m hours last year.\n",
    )
    assert doc.date == date(2024, 3, 27)
    assert doc.author == author
    assert body_text(doc).endswith(
        "Water companies discharged raw sewage for 3.6m hours last year."
    )
    assert "2024" not in body_text(doc)


@pytest.mark.parametrize(
    "caption",
    [
        "Tractors block the A12 motorway, March 14, 2024. REUTERS/Piet de Vries",
        "A worker cools off in Austin on Monday. (Jay Janner/Austin American-Statesman/AP)",
        "The mayor at City Hall on Tuesday.Credit...Kenny Holston/The Daily Ledger",
        "Farmers drive tractors near Paris on February 1, 2024. © Ludovic Marin, AFP",
        "Students must keep phones switched off.(ABC News: Jack Fisher)",
        "The mayor at City Hall. | Francis Chung/POLITICO",
    ],
)
def test_a_photo_caption_ending_with_its_credit_is_furniture(tmp_path: Path, caption: str) -> None:
    """A photo's caption, which ends with the photographer's or agency's credit, is no
    article text: its dates would be read as the story's happenings."""
    doc = _read(
        tmp_path,
        f"City council approves bike lanes\nBy Dana White\nOctober 12, 2023\n{caption}\n{_LEDE}\n",
    )
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "line",
    [
        "Shares of Acme Corp. (NASDAQ: ACME)",
        "Trading was halted on the NYSE/Nasdaq",
        "The list was compiled by (Artist: Fireborn Form)",
    ],
)
def test_a_line_of_text_ending_with_a_ticker_or_a_slash_is_no_caption(
    tmp_path: Path, line: str
) -> None:
    doc = _read(
        tmp_path,
        f"City council approves bike lanes\nBy Dana White\nOctober 12, 2023\n\n{line}\n"
        "rose on Tuesday.\n",
    )
    assert line in body_text(doc)


def test_a_page_printed_and_copied_back(tmp_path: Path) -> None:
    """A page printed by a browser and copied back: the head and foot it prints on every
    page are furniture, and a headline wrapped onto a second line is one headline."""
    doc = _read(
        tmp_path,
        "3/27/24, 2:05 PM Sewage spills doubled last year | Environment | The Daily Ledger\n"
        "Sewage spills into England's rivers doubled last\nyear, data shows\n"
        "Helena Horton\nWed 27 Mar 2024 13.15 GMT\n"
        "Water companies discharged raw sewage for 3.6m\nhours last year.\n"
        "https://www.example.com/environment/2024/mar/27/sewage-spills 1/3\n",
    )
    assert doc.title == "Sewage spills into England's rivers doubled last year, data shows"
    assert doc.author == "Helena Horton"
    assert doc.date == date(2024, 3, 27)
    assert body_text(doc) == "Water companies discharged raw sewage for 3.6m\nhours last year."


def test_a_byline_in_lower_case_under_the_headline_stays_a_byline(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"Council approves lanes\nby Dana White\nOctober 12, 2023\n\n{_LEDE}\n")
    assert doc.title == "Council approves lanes"
    assert doc.author == "Dana White"


@pytest.mark.parametrize(
    "button",
    [
        "Link Copied!", "Gift Article", "Gift this article", "Bookmark", "Like Loading...",
        "Normal text size", "Text Size", "READ LATER", "e-mail", "Share to Facebook",
        "Social Sharing", "Ad Feedback", "SKIP ADVERTISEMENT", "Advertise with NZME.",
        "3 mins to read", "Why you can trust SCMP", "Image:",
    ],
)  # fmt: skip
def test_a_page_button_or_notice_among_the_text_is_furniture(tmp_path: Path, button: str) -> None:
    doc = _read(
        tmp_path,
        f"City council approves bike lanes\nBy Dana White\nOctober 12, 2023\n\n{_LEDE}\n"
        f"{button}\nThe lanes will open in the spring.\n",
    )
    assert body_text(doc) == f"{_LEDE}\nThe lanes will open in the spring."


@pytest.mark.parametrize(
    "top",
    [
        "Home\nNews\nLife & Style\nCulture\nSport\nWorld\n",  # a menu's link with "&"
        "Axios\nPolitics & Policy\n",  # sections one in another, one with "&"
    ],
)
def test_a_section_with_an_ampersand_above_the_headline(tmp_path: Path, top: str) -> None:
    doc = _read(tmp_path, f"{top}City council approves bike lanes\nOctober 12, 2023\n\n{_LEDE}\n")
    assert doc.title == "City council approves bike lanes"
    assert doc.date == date(2023, 10, 12)


def test_a_byline_in_capitals_names_its_outlet_after_for(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Pensioner wins on scratchcard\nBy JAMES REYNOLDS FOR MAILONLINE\n"
        "Published: 10:14 GMT, 3 May 2024\n\nA pensioner won on Tuesday.\n",
    )
    assert doc.author == "James Reynolds"
    assert doc.date == date(2024, 5, 3)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ashley Burke · CBC News · Posted: Jan 22, 2024 5:00 PM EST", "Ashley Burke"),
        ("By Ashley Burke | January 22, 2024", "Ashley Burke"),
    ],
)
def test_a_byline_and_its_date_on_one_line_under_a_summary(
    tmp_path: Path, line: str, author: str
) -> None:
    doc = _read(
        tmp_path,
        f"Ottawa caps student permits\nThe cap will last two years.\n{line}\n"
        "The minister announced the cap on Monday.\n",
    )
    assert doc.date == date(2024, 1, 22)
    assert doc.author == author
    # The summary over the byline is the headline's, not a sentence of the article.
    assert body_text(doc) == "The minister announced the cap on Monday."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By  JOHN HARTLEYUpdated 4:12 PM EDT, April 12, 2024", "John Hartley"),
        ("By Jane DoePublished April 12, 2024", "Jane Doe"),
    ],
)
def test_a_byline_glued_to_its_date_label(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(tmp_path, f"Storm knocks out power\n{line}\n\nA storm hit on Thursday.\n")
    assert doc.author == author
    assert doc.date == date(2024, 4, 12)


@pytest.mark.parametrize(
    "top",
    [
        "Accessibility statementSkip to main content\nSubscribeSign in\n",
        "Skip next section Navigation\n",
        "Skip to main contentGOV.UKMenuSearch\n",
    ],
)
def test_links_glued_together_above_the_headline_are_furniture(tmp_path: Path, top: str) -> None:
    doc = _read(tmp_path, f"{top}City council approves bike lanes\nOctober 12, 2023\n\n{_LEDE}\n")
    assert doc.title == "City council approves bike lanes"
    assert doc.date == date(2023, 10, 12)


@pytest.mark.parametrize(
    "line", ["Press release12 October 2023 07:00 CEST", "Published12 October 2023"]
)
def test_a_label_glued_to_its_date(tmp_path: Path, line: str) -> None:
    doc = _read(tmp_path, f"Northwind sells wind stake\n{line}\nNorthwind sold a stake.\n")
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "Northwind sold a stake."


def test_a_printed_page_head_with_a_full_date_is_not_the_articles_date(tmp_path: Path) -> None:
    """The head a browser prints holds the day of the printing, with a four-digit year too."""
    doc = _read(
        tmp_path,
        "15/10/2023, 14:05 Floods close schools – The Daily Ledger\n"
        "Floods close schools\nBy Anna Berg\n12 October 2023\n"
        "Schools closed on Thursday.\n"
        "15/10/2023, 14:05 Floods close schools – The Daily Ledger\n"
        "Officials expect more rain.\n",
    )
    assert doc.title == "Floods close schools"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "Schools closed on Thursday.\nOfficials expect more rain."


def test_an_issued_label_dates_the_article(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Farmers lift blockades\nIssued on: 12/10/2023 - 21:14Modified: 12/10/2023 - 21:16\n\n"
        "Farm unions called on Thursday for an end to the blockades, set up on October 9.\n",
    )
    assert doc.date == date(2023, 10, 12)


def test_a_summary_above_a_byline_of_lines_of_its_own_is_the_headers(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Tesco recalls sandwich over allergy fears\n"
        "The supermarket urged customers not to eat it\nSarah Taylor\nConsumer Reporter\n"
        "14:32, 11 Apr 2024Updated 15:05, 11 Apr 2024\n"
        "Tesco recalled one of its sandwiches on Thursday.\n",
    )
    assert doc.date == date(2024, 4, 11)
    assert body_text(doc) == "Tesco recalled one of its sandwiches on Thursday."
