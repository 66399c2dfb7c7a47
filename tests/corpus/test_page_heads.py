"""Pages copied whole (select all, paste), one element a line: what stands above the headline
(a masthead, its slogan, a few section links) and the header under it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text
from tests.corpus.checks import read_text as _read

_LEDE = "The harbour bridge will close for three weekends, the agency said on Friday."


@pytest.mark.parametrize(
    "top",
    [
        # A masthead and its slogan.
        "The Coastal Times\nIndependent journalism since 1884\n",
        # A skip link, a masthead and three section links: too few for a menu.
        "Skip to content\nThe Coastal Times\nSections\nLocal\nTransport\n",
        # A masthead, a strapline of more words, then a menu.
        "Skip to main content\nIndependent news and analysis for the whole coast\nNews\nLocal\n"
        "Transport\nWeather\n",
    ],
)
@pytest.mark.parametrize(
    "header",
    [
        "By Paul Grant\nMay 3, 2024\n",
        "Repairs will cost $12m\nPaul Grant\nTransport Reporter\nMay 3, 2024\n",
    ],
)
def test_a_masthead_and_sections_above_the_headline(tmp_path: Path, top: str, header: str) -> None:
    """The headline is the line over the header's byline or date (or over the summary under
    it); the masthead and sections above it are no headline and no article text."""
    doc = _read(tmp_path, f"{top}Harbour bridge to close for three weekends\n{header}{_LEDE}\n")
    assert doc.title == "Harbour bridge to close for three weekends"
    assert doc.date == date(2024, 5, 3)
    assert body_text(doc) == _LEDE


def test_a_short_headline_under_shorter_lines(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Zum Inhalt springen\nStartseite\nInland\nBahnstreik legt Fernverkehr lahm\n"
        "Stand: 10.01.2024 06:12 Uhr\nDie Gewerkschaft hat am Mittwoch einen Streik begonnen.\n",
    )
    assert doc.title == "Bahnstreik legt Fernverkehr lahm"
    assert doc.date == date(2024, 1, 10)
    assert body_text(doc) == "Die Gewerkschaft hat am Mittwoch einen Streik begonnen."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Stand: 10.01.2024 06:12 Uhr", date(2024, 1, 10)),
        ("Publisert 12.10.2023 14:05", date(2023, 10, 12)),
        ("Veröffentlicht am 12.10.2023", date(2023, 10, 12)),
        ("Publicado el 12.10.2023", date(2023, 10, 12)),
    ],
)
def test_a_date_labelled_in_another_language(tmp_path: Path, line: str, day: date) -> None:
    doc = _read(tmp_path, f"Council approves lanes\n{line}\n\nThe council voted on Tuesday.\n")
    assert doc.date == day
    assert body_text(doc) == "The council voted on Tuesday."


def test_a_line_of_text_over_a_date_keeps_the_headline(tmp_path: Path) -> None:
    """A headline at the top, a byline's name and role, then the date: nothing is removed."""
    doc = _read(
        tmp_path, "Fire destroys store\nJane Doe\nStaff Writer\nMarch 5, 2013\n\nA fire burned.\n"
    )
    assert doc.title == "Fire destroys store"
    assert doc.author == "Jane Doe"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Ana PérezSenior Correspondent", "Ana Pérez"),
        ("Ana PérezSenior Correspondent", "Ana Pérez"),
        ("Piet de VriesEurope Correspondent", "Piet de Vries"),
        ("Felix BraunAutomotive Correspondent, Frankfurt", "Felix Braun"),
        ("Ana PérezRedactora jefe", "Ana Pérez"),
        ("Angus MacLeod", "Angus MacLeod"),
    ],
)
@pytest.mark.parametrize(
    "stamp", ["Madrid - Oct 27, 2023 - 10:05 CEST", "Madrid - Friday 27 October 2023 - 10:05"]
)
def test_a_name_glued_to_its_role_over_a_dateline_of_dashes(
    tmp_path: Path, byline: str, author: str, stamp: str
) -> None:
    """A copied page glues the byline's role to the name; the place, the date and the time
    under it are set apart by dashes."""
    doc = _read(
        tmp_path,
        f"Rail operator orders 40 new trains\nThe order is its largest in a decade\n{byline}\n"
        f"{stamp}\nThe operator said on Friday it had ordered 40 trains.\n",
    )
    assert doc.author == author
    assert doc.date == date(2023, 10, 27)
    assert doc.title == "Rail operator orders 40 new trains"
    assert body_text(doc) == "The operator said on Friday it had ordered 40 trains."


_SUMMARY = "The regulator said the company had misled the public about its discharges."
_FINED = "A water company was fined £10m on Thursday for illegal sewage spills."


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Sarah Taylor\nThu 11 Apr 2024 10.05 BST", "Sarah Taylor"),
        ("Sarah Taylor\nEnvironment Correspondent\nThu 11 Apr 2024 10.05 BST", "Sarah Taylor"),
        ("Sarah Taylor\n04/11/2024April 11, 2024", "Sarah Taylor"),
        ("Written by Sarah Taylor\nLondon | Updated: April 11, 2024 14:25 BST", "Sarah Taylor"),
    ],
)
def test_a_summary_told_in_sentences_over_the_byline(
    tmp_path: Path, byline: str, author: str
) -> None:
    """A page copied whole, one element a line: the headline's summary over the byline is the
    header's, not a sentence of the article (its happenings would be read as events)."""
    doc = _read(tmp_path, f"Water company fined £10m\n{_SUMMARY}\n{byline}\n{_FINED}\n")
    assert doc.title == "Water company fined £10m"
    assert doc.author == author
    assert doc.date == date(2024, 4, 11)
    assert body_text(doc) == _FINED


@pytest.mark.parametrize(
    "date_line", ["April 11, 2024", "11.4.2024 14:18", "04/11/2024April 11, 2024"]
)
def test_a_summary_told_in_sentences_over_a_date_alone(tmp_path: Path, date_line: str) -> None:
    """One element a line, the summary between the headline and the date alone is the
    header's too ("The government says the border will stay shut." / "4.4.2024 14:18"): its
    happenings, told again in the article, were read as events of their own."""
    doc = _read(tmp_path, f"Water company fined £10m\n{_SUMMARY}\n{date_line}\n{_FINED}\n")
    assert doc.date == date(2024, 4, 11)
    assert body_text(doc) == _FINED


def test_a_paragraph_in_sentences_apart_over_a_date_alone_stays_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"Water company fined £10m\n\n{_SUMMARY}\n\nApril 11, 2024\n\n{_FINED}\n")
    assert doc.date == date(2024, 4, 11)
    assert body_text(doc) == f"{_SUMMARY}\n{_FINED}"


@pytest.mark.parametrize(
    ("header", "author", "day"),
    [
        (
            "Par Claire Dubois\nPublié le 11 mars 2023 à 23h41, modifié le 12 mars 2023 à 08h15",
            "Claire Dubois",
            date(2023, 3, 11),
        ),
        ("di Marco Bianchi\nRoma - 27 ottobre 2023 - 10:05", "Marco Bianchi", date(2023, 10, 27)),
        ("Por Ana Pérez\n6 de febrero de 2024", "Ana Pérez", date(2024, 2, 6)),
        ("Von Anna Clauß\n6. Februar 2024, 10:12 Uhr", "Anna Clauß", date(2024, 2, 6)),
    ],
)
def test_a_header_in_another_language(tmp_path: Path, header: str, author: str, day: date) -> None:
    """The byline's "By" and the date's month as pages in other languages write them; the
    page's other date after a mark and its label is the header's, not article text."""
    doc = _read(
        tmp_path, f"La réforme adoptée au Sénat\n{header}\nLe Sénat a adopté samedi le projet.\n"
    )
    assert doc.title == "La réforme adoptée au Sénat"
    assert doc.author == author
    assert doc.date == day
    assert body_text(doc) == "Le Sénat a adopté samedi le projet."


def test_di_opening_a_headline_is_a_name(tmp_path: Path) -> None:
    doc = _read(tmp_path, "Di Maio quits as party leader\nMay 3, 2024\n\nHe resigned on Friday.\n")
    assert doc.title == "Di Maio quits as party leader"
    assert doc.author == ""


@pytest.mark.parametrize(
    "line",
    [
        "The winner with her cheque at a hotel in Leeds (Image: PA)",
        "Item 1 of 2 A tanker sails in the Gulf of Aden, December 12, 2023.",
        "[1/2]A tanker sails in the Gulf of Aden, December 12, 2023.",
        "Illustration by Mira Cho",
        "Share full article",
        "Share this page",
        "3 Comments / 3 New",
        "Download PDF",
        "Hide Ad",
        "About the Author",
        "Associated Press writer Kim Lo contributed to this report.",
    ],
)
def test_a_page_s_captions_buttons_and_notes_are_furniture(tmp_path: Path, line: str) -> None:
    doc = _read(
        tmp_path, f"Pensioner wins £1m\nBy Kate Moreland\nMarch 14, 2024\n{line}\n{_LEDE}\n"
    )
    assert body_text(doc) == _LEDE


def test_a_byline_under_the_date_past_a_button_and_over_the_picture(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Storm Henk: Thousands without power\n2 January 2024\nShare\nTom Edgington\nBBC Verify\n"
        f"Image source, Getty Images\n{_LEDE}\n",
    )
    assert doc.author == "Tom Edgington"
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By business reporter Jack Fisher", "Jack Fisher"),
        ("By chief political correspondent Ana Pérez", "Ana Pérez"),
    ],
)
def test_a_role_between_by_and_the_name(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(tmp_path, f"Reserve Bank holds rates\n{line}\nTue 6 Feb 2024\n{_LEDE}\n")
    assert doc.author == author
    assert body_text(doc) == _LEDE


def test_who_a_statement_is_from_under_its_summary(tmp_path: Path) -> None:
    """A government's page: the summary, who it is from, then the date glued to its label."""
    doc = _read(
        tmp_path,
        "New funding to cut hospital waiting lists\n"
        "Hospitals in England will receive £250 million to open new surgical hubs.\n"
        "From:Department of Health and Social Care\nPublished5 March 2024\n"
        "The government announced on Tuesday that 20 new hubs will open.\n",
    )
    assert doc.date == date(2024, 3, 5)
    assert body_text(doc) == "The government announced on Tuesday that 20 new hubs will open."


@pytest.mark.parametrize(
    ("header", "author"),
    [
        # A name glued to the weekday of its date.
        ("Jane DoeTuesday 5 Mar 2024 10:05 pm", "Jane Doe"),
        # A name with its outlet after a comma, over the date.
        ("Jane Doe, The Canadian Press\nPublished Tuesday, March 5, 2024 10:05AM EST", "Jane Doe"),
        (
            "The union says pay is too low.\nJane Doe, Nikkei staff writer\nMarch 5, 2024",
            "Jane Doe",
        ),
        # A summary, the date, then the byline.
        ("The rail union voted for it.\nMarch 5, 2024 8:12 pm CET\nBy Jane Doe", "Jane Doe"),
        # The place filed from after the date; the updated time after the published one.
        ("Jane Doe\nUpdated - March 5, 2024 10:05 pm IST - NEW DELHI", "Jane Doe"),
        (
            "By Jane Doe\nPublished on March 5, 2024, at 7:05 pm (Paris), updated at 8:30 pm",
            "Jane Doe",
        ),
        # The agency in capitals under the date.
        ("March 5, 2024\nKYODO", ""),
    ],
)
def test_more_headers_of_copied_pages(tmp_path: Path, header: str, author: str) -> None:
    doc = _read(
        tmp_path, f"Skip to content\nNews\nCommuters face rail strikes\n{header}\n{_LEDE}\n"
    )
    assert doc.title == "Commuters face rail strikes"
    assert doc.author == author
    assert doc.date == date(2024, 3, 5)
    assert body_text(doc) == _LEDE


def test_a_printed_page_s_running_head_with_a_weekday_again_on_the_next_page(
    tmp_path: Path,
) -> None:
    head = "The Harbour Gazette          Thursday, October 12, 2023"
    doc = _read(
        tmp_path,
        f"{head}\nHarbour authority approves new container\nterminal\nBy Erik Jansen\n"
        f"The authority approved a terminal on\nWednesday.\nPage 1 of 2\n{head}\n"
        "The terminal will double capacity.\nPage 2 of 2\n",
    )
    assert doc.title == "Harbour authority approves new container terminal"
    assert doc.author == "Erik Jansen"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == (
        "The authority approved a terminal on\nWednesday.\nThe terminal will double capacity."
    )


def test_a_summary_told_in_sentences_over_a_labelled_date(tmp_path: Path) -> None:
    """A labelled date is the header's: the summary over it, one element a line, is too."""
    doc = _read(
        tmp_path,
        f"Water company fined £10m\n{_SUMMARY}\nPublished On 11 Apr 202411 Apr 2024\n{_FINED}\n",
    )
    assert doc.date == date(2024, 4, 11)
    assert body_text(doc) == _FINED


@pytest.mark.parametrize(
    "line",
    [
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
        "Time to read 2 min.",
        "Comment on this story",
        "Share this with",
        "WhatsApp",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Get in touch with our news team by emailing us at news@example.com.",
    ],
)
def test_more_of_a_page_s_buttons_and_prompts_are_furniture(tmp_path: Path, line: str) -> None:
    doc = _read(
        tmp_path, f"Pensioner wins £1m\nBy Kate Moreland\nMarch 14, 2024\n{line}\n{_LEDE}\n"
    )
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "note",
    [
        "Emily Carter covers Congress for The Daily Ledger.",
        "Emily Carter is a staff writer at The Daily Ledger.",
        "Emily Carter covers county government. Reach her at 559-555-0100.",
    ],
)
def test_a_note_on_the_author_ends_the_article(tmp_path: Path, note: str) -> None:
    doc = _read(
        tmp_path,
        f"Senate passes stopgap bill\nBy Emily Carter\nNov. 15, 2023\n{_LEDE}\n{note}\nSite Index",
    )
    assert body_text(doc) == _LEDE


def test_the_author_named_in_the_article_s_last_line_stays_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"Senate passes stopgap bill\nBy Emily Carter\nNov. 15, 2023\n{_LEDE}\n"
        "Emily Carter, the senator's aide, said the vote was close.\n",
    )
    assert body_text(doc).endswith("said the vote was close.")


def test_a_press_release_s_about_section_is_furniture(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Northwind Energy Reports Third Quarter Results\nOct 26, 2023\n"
        "HOUSTON, Oct. 26, 2023 /PRNewswire/ -- Northwind Energy today reported net income.\n"
        "About Northwind Energy\nNorthwind Energy is an independent producer based in Houston.\n"
        "The company plans to drill 40 wells next year.\nSOURCE Northwind Energy\n",
    )
    assert body_text(doc) == "Northwind Energy today reported net income."


@pytest.mark.parametrize(
    ("header", "author"),
    [
        # An outlet, a clock time, then the date, set apart by spaced slashes.
        ("By: Jane Doe - Reporter\nINQUIRER.net / 10:05 AM March 12, 2024", "Jane Doe"),
        # A summary, a page's button, then the byline.
        (
            "Drones hit three plants, officials said.\nShare full article\nBy Jane Doe\n"
            "March 12, 2024",
            "Jane Doe",
        ),
        # The kind of piece before "by".
        ("An analysis by Jane Doe\n12.03.2024, 10.05 Uhr", "Jane Doe"),
    ],
)
def test_a_third_set_of_copied_headers(tmp_path: Path, header: str, author: str) -> None:
    doc = _read(tmp_path, f"Typhoon leaves thousands homeless\n{header}\n{_LEDE}\n")
    assert doc.author == author
    assert doc.date == date(2024, 3, 12)
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    "lines",
    [
        "Related Topics\nHS2,\nRail",
        "In this article:\n^GSPC",
        "More by this Author",
        "Stay ahead of the curve with our free newsletter",
        "This article is more than 2 years old.",
        "A version of this article appears in print on March 13, 2024, Section A, Page 6.",
    ],
)
def test_a_third_set_of_a_page_s_furniture(tmp_path: Path, lines: str) -> None:
    doc = _read(
        tmp_path, f"Ministers to scrap HS2 leg\nBy Jane Doe\n4 October 2023\n{lines}\n{_LEDE}\n"
    )
    assert body_text(doc) == _LEDE


def test_links_to_other_stories_under_their_label_in_the_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"Council approves new bike lanes\nBy Jane Doe\nMarch 12, 2024\n{_LEDE}\nRELATED\n"
        "Council to cut bin collections\nMayor faces vote of no confidence\nReply\n"
        "The lanes will be built this summer.\n",
    )
    assert body_text(doc) == f"{_LEDE}\nThe lanes will be built this summer."


def test_a_printed_page_s_head_of_its_title_site_and_address(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Rail fares to rise | The Commuter https://commuter.example/news/rail-fares\n"
        f"Rail fares to rise\nBy Jane Doe\n12 January 2024\n{_LEDE}\n",
    )
    assert doc.title == "Rail fares to rise"
    assert body_text(doc) == _LEDE


def test_a_short_headline_under_sections_over_its_summary(tmp_path: Path) -> None:
    """The short line under a section's link, over a summary not told in a sentence, is the
    headline; a masthead's name at the top over the headline is not."""
    doc = _read(
        tmp_path,
        "Home\nNews\nTesco recalls sandwich\nThe supermarket urged customers not to eat it\n"
        "Sarah Taylor\nConsumer Reporter\n14:32, 11 Apr 2024\nTesco recalled a sandwich.\n",
    )
    assert doc.title == "Tesco recalls sandwich"
    assert body_text(doc) == "Tesco recalled a sandwich."
    doc = _read(
        tmp_path,
        "Your Local Guardian\nTown centre shops to get rate relief\nBy Jane Doe\n12th March 2024\n"
        "Shops will get relief.\n",
    )
    assert doc.title == "Town centre shops to get rate relief"


def test_counts_of_likes_and_comments_over_the_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "The week the central bank blinked\nRates stay on hold\nSam Okafor\nDec 14, 2023\n42\n7\n"
        "Share\nThe central bank held its rate on Wednesday.\n12\n",
    )
    assert body_text(doc) == "The central bank held its rate on Wednesday."


@pytest.mark.parametrize(
    "line",
    [
        "Updated March 12 2024 - 10:05am, first published 9:30am",
        "12 Mar 2024 10:05AM (Updated: 12 Mar 2024 11:30AM)",
        "Published March 12, 2024 Updated about 2 hours ago",
    ],
)
def test_the_page_s_other_stamp_after_the_date(tmp_path: Path, line: str) -> None:
    doc = _read(tmp_path, f"Council approves aquatic centre\nJane Doe\n{line}\n{_LEDE}\n")
    assert doc.date == date(2024, 3, 12)
    assert body_text(doc) == _LEDE


def test_an_author_listed_in_a_clipping_s_front_matter(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '---\ntitle: "Port workers vote to strike"\nauthor:\n  - "[[Jane Doe]]"\n'
        "published: 2024-03-12\n---\nPort workers voted on Monday to strike.\n",
    )
    assert doc.author == "Jane Doe"
    assert doc.date == date(2024, 3, 12)


def test_door_opening_a_headline_is_no_byline(tmp_path: Path) -> None:
    doc = _read(tmp_path, "Door Prizes Awarded At Gala\nMay 3, 2024\n\nThe gala raised $5,000.\n")
    assert doc.title == "Door Prizes Awarded At Gala"
    assert doc.author == ""


def test_a_feature_s_heading_about_something_far_from_the_end_stays(tmp_path: Path) -> None:
    paragraphs = "\n".join(f"The council met for the {n}th time on Tuesday." for n in range(4, 20))
    doc = _read(
        tmp_path,
        f"Council approves lanes\nBy Jane Doe\nMay 3, 2024\n{_LEDE}\nAbout Time\n{paragraphs}\n",
    )
    assert body_text(doc).endswith("The council met for the 19th time on Tuesday.")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("10:05 GMT 12/03/2024", ""),
        ("Jane Doe | Reuters12 March 2024", "Jane Doe"),
    ],
)
def test_a_date_after_a_zone_or_glued_to_an_outlet(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(tmp_path, f"Ferry services suspended as gales hit\n{line}\n{_LEDE}\n")
    assert doc.date == date(2024, 3, 12)
    assert doc.author == author
    assert body_text(doc) == _LEDE
