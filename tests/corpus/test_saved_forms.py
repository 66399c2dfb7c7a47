"""Pages in the forms users save them: a feed's item saved as .html, a page's linked data the
only place of its author, a PDF copied to text with its running heads, a print view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants
from viewer.core.model import Document
from viewer.corpus import read_document

_LEDE = "The museum said on Tuesday it would return 20 bronzes to Nigeria later this year."


def _page(tmp_path: Path, text: str, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    return doc


_RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Arts Desk - Latest</title>
<link>https://artsdesk.example/</link><description>Arts news</description>
<item><title>Museum to return bronzes to Nigeria</title>
<link>https://artsdesk.example/museum-bronzes</link><guid>https://artsdesk.example/1</guid>
<pubDate>Tue, 27 Feb 2024 10:15:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
<description>{_LEDE}</description></item></channel></rss>
"""
_ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Arts Desk</title>
<link href="https://artsdesk.example/"/><id>urn:uuid:1</id>
<entry><title>Museum to return bronzes to Nigeria</title>
<link href="https://artsdesk.example/museum-bronzes"/><id>urn:uuid:2</id>
<published>2024-02-27T10:15:00Z</published><author><name>Jane Doe</name></author>
<summary>{_LEDE}</summary></entry></feed>
"""


@pytest.mark.parametrize("feed", [_RSS, _ATOM])
def test_a_feed_s_item_saved_as_a_page(tmp_path: Path, feed: str) -> None:
    """A feed's item saved as .html was read as no text at all ("only markup"): its title
    is the headline, its date the article's, its description or summary the text."""
    doc = _page(tmp_path, feed)
    assert (doc.title, doc.author, doc.date) == (
        "Museum to return bronzes to Nigeria",
        "Jane Doe",
        date(2024, 2, 27),
    )
    assert body_text(doc) == _LEDE


@pytest.mark.parametrize(
    ("foot", "head"),
    [
        ("Page 1 of 2", "Rivers Trust Bulletin — November 2023"),
        ("Page 1 / 2", "Rivers Trust Bulletin - November 2023"),
    ],
)
def test_a_pdf_s_running_head_under_a_page_s_number(tmp_path: Path, foot: str, head: str) -> None:
    """A PDF copied to text: the next page's running head under the last page's number is
    no article text (its month was read as an event's date)."""
    first = "The agency's report, published on Thursday, found pollution rose by 12% last year."
    second = "Most incidents were linked to sewage overflows."
    doc = _page(
        tmp_path,
        f"River pollution rises\nPublished 9 November 2023\n{first}\n{foot}\n{head}\n{second}\n",
        "report.txt",
    )
    assert doc.date == date(2023, 11, 9)
    assert body_text(doc) == f"{first}\n{second}"


def test_a_masthead_with_its_date_names_no_author(tmp_path: Path) -> None:
    """A PDF's running head, the paper's name in capitals and the date, dates the article but
    names no author: "THE HARBOUR GAZETTE" was the author, not Grace Lin under it."""
    lede = "The planning board approved the port's expansion on Wednesday."
    doc = _page(
        tmp_path,
        "THE HARBOUR GAZETTE Thursday, February 15, 2024 A3\nPort expansion approved\n"
        f"By Grace Lin\n{lede}\n",
        "port.txt",
    )
    assert (doc.title, doc.author, doc.date) == (
        "Port expansion approved",
        "Grace Lin",
        date(2024, 2, 15),
    )
    assert body_text(doc) == lede


@pytest.mark.parametrize("top", ["Island Herald - Print Edition", "Island Herald | Print view"])
def test_a_print_view_s_masthead_over_the_headline(tmp_path: Path, top: str) -> None:
    """A masthead with its edition set apart by a mark is a masthead of four words, not the
    headline (the mark was counted as a fifth)."""
    lede = "The ferry operator said on Monday it would run two sailings a day instead of four."
    doc = _page(
        tmp_path,
        f"{top}\nFerry services cut for winter\nBy Alan Moss\nMonday, October 30, 2023\n{lede}\n",
        "ferry.txt",
    )
    assert (doc.title, doc.author, doc.date) == (
        "Ferry services cut for winter",
        "Alan Moss",
        date(2023, 10, 30),
    )
    assert body_text(doc) == lede


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ('{"@type": "Organization", "name": "Reuters"}', ""),
        ('{"name": "Reuters", "@type": "NewsMediaOrganization"}', ""),
        ('[{"@type": "Person", "name": "Niamh Byrne"}]', "Niamh Byrne"),
    ],
)
def test_linked_data_s_author_an_organisation_names_no_one(
    tmp_path: Path, author: str, name: str
) -> None:
    """A page whose linked data alone names its author: an organisation there (a wire
    service, the outlet) is no person."""
    lede = "The central bank held its main interest rate at 5.25% on Thursday."
    linked = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"datePublished": "2024-03-21T12:05:00Z", "author": {author}}}'
    )
    doc = _page(
        tmp_path,
        f'<html><head><script type="application/ld+json">{linked}</script></head><body>'
        f"<article><h1>Central bank holds rates</h1><p>{lede}</p></article></body></html>",
    )
    assert (doc.author, doc.date) == (name, date(2024, 3, 21))
    assert body_text(doc) == lede


def test_a_date_with_its_seconds_and_numeric_zone_in_a_line_of_pieces(tmp_path: Path) -> None:
    """A feed's or an e-mail's date, with seconds and a numeric zone ("Thu, 02 May 2024
    16:20:00 +0100"), is a piece of a line of pieces: the name beside it is the author."""
    lede = "The council approved four new cycle lanes on Thursday."
    doc = _page(
        tmp_path,
        "<html><body><h1>Council approves cycle lanes</h1>"
        f"<p>Thu, 02 May 2024 16:20:00 +0100 · Jo Baker</p><p>{lede}</p></body></html>",
    )
    assert (doc.author, doc.date) == ("Jo Baker", date(2024, 5, 2))
    assert body_text(doc) == lede


@pytest.mark.parametrize(
    ("clipped", "day"),
    [
        # The day it was clipped bounds the day it was published: 5 January, not 1 May.
        ("Clipped: 2024-01-09\n\n", date(2024, 1, 5)),
        ("Saved on 9 January 2024\n\n", date(2024, 1, 5)),
        # Nothing says which way round: no date rather than the American reading.
        ("", None),
    ],
)
def test_a_notes_app_clipping_s_numeric_date_either_way(
    tmp_path: Path, clipped: str, day: date | None
) -> None:
    lede = "Rescuers brought the last of 12 trapped miners to the surface on Friday."
    doc = _page(
        tmp_path,
        f"# Mine rescue ends\n\n{clipped}**Published:** 05/01/2024 · **Source:** Andes Wire\n\n"
        f"{lede}\n",
        "clip.md",
    )
    assert (doc.title, doc.date) == ("Mine rescue ends", day)
    assert body_text(doc) == lede


@pytest.mark.parametrize(
    "notice",
    [
        "This email and any attachments are confidential.",
        "This message is intended only for the named recipient.",
        "Thanks for reading! Subscribe for free to receive new posts.",
    ],
)
def test_an_e_mail_s_notice_of_itself_at_its_foot(tmp_path: Path, notice: str) -> None:
    """An e-mail saved as text: its notice of confidentiality at its foot is no article text."""
    lede = "The council will spend £4m on new flood defences, it said on Thursday."
    doc = _page(
        tmp_path,
        "From: Press Office <press@council.example>\nSent: Thursday, February 8, 2024 9:14 AM\n"
        f"To: Newsdesk\nSubject: Flood defences\n{lede}\n{notice}\n",
        "mail.txt",
    )
    assert (doc.title, doc.date) == ("Flood defences", date(2024, 2, 8))
    assert body_text(doc) == lede


def test_a_live_entry_s_clock_time_with_a_dot_is_no_address(tmp_path: Path) -> None:
    """ "9.10am" over a live page's entry was read as a web address alone (furniture), unlike
    "09:10" over the next one."""
    first = "The government has declared a national state of emergency."
    second = "More than 225,000 homes are without power."
    doc = _page(
        tmp_path,
        "Cyclone Gabrielle: State of emergency declared\nLast updated 09:15, 14 February 2023\n"
        f"9.10am\n{first}\n8.45am\n{second}\n",
        "live.txt",
    )
    assert doc.date == date(2023, 2, 14)
    assert body_text(doc) == f"9.10am\n{first}\n8.45am\n{second}"
