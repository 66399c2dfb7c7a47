"""Pages as users save them: text copied from a page laid out right to left, mail saved with
its whole header, paywalled pages, notes exports, print copies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import read_saved as _read
from tests.corpus.checks import shown

_DESALINATION = "A desalination plant opened in Aqaba on Sunday, officials said."
_SECOND = "Officials said a second phase would double its output by 2027."


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


_WHOLE_HEADER = (
    "Delivered-To: reader@example.com\n"
    "ARC-Seal: i=1; a=rsa-sha256; t=1721368872; cv=none;\n"
    "        d=google.com; s=arc-20160816;\n"
    "Received-SPF: pass (google.com: domain of bounce@mail.climate.example)\n"
    "Return-Path: <bounce@mail.climate.example>\n"
    "Received: from mail.climate.example (mail.climate.example [192.0.2.10])\n"
    "\tby mx.example.com with ESMTPS id 4a2b3c\n"
    "\tfor <reader@example.com>; Fri, 19 Jul 2024 06:01:12 +0000\n"
    "MIME-Version: 1.0\n"
    "From: Climate Weekly <newsletter@climate.example>\n"
    "To: reader@example.com\n"
    "Subject: Climate Weekly: Heat records fall\n"
    "Date: Fri, 19 Jul 2024 06:00:00 +0000\n"
    "Message-ID: <20240719060000.12345@climate.example>\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Language: en-GB\n"
    "List-Unsubscribe: <https://climate.example/u>\n"
    "Thread-Topic: Heat records\n"
    "X-Mailer: Sendy\n\n"
)
_HEAT = "Temperature records fell in six European countries this week, weather services said."


@pytest.mark.parametrize("name", ["newsletter.txt", "newsletter.eml"])
def test_a_mail_saved_whole_is_read_past_its_route_and_mime_fields(
    tmp_path: Path, name: str
) -> None:
    doc = _read(tmp_path, _WHOLE_HEADER + _HEAT + "\n", name)
    assert (doc.title, doc.date) == ("Climate Weekly: Heat records fall", date(2024, 7, 19))
    assert shown(doc, doc.body) == [_HEAT]


_FROST = "Late frost damaged up to a third of the vines in the Douro valley, growers said."


@pytest.mark.parametrize(
    "opening",
    [
        '<span style="font-variant: small-caps">Porto, April 25</span> — ',
        '<span class="smallcaps">Porto</span>, April 25 – ',
        "Porto, Portugal, April 25 — ",
    ],
)
def test_a_dateline_in_small_capitals_dates_the_page(tmp_path: Path, opening: str) -> None:
    page = (
        "<html><body><article><h1>Vineyards count cost of late frost</h1>"
        f"<p>By Marta Silva</p><p>{opening}{_FROST}</p></article>"
        "<footer><p>© 2024 Douro Post</p></footer></body></html>"
    )
    doc = _read(tmp_path, page, "frost.html")
    assert doc.date == date(2024, 4, 25)
    assert shown(doc, doc.body) == [_FROST]


def test_a_sentence_opening_with_its_day_is_no_dateline(tmp_path: Path) -> None:
    lede = "On Tuesday, April 25 — a week late — it froze."
    doc = _read(tmp_path, f"Frost hits vineyards\n\n12 March 2024\n\n{lede}\n")
    assert shown(doc, doc.body) == [lede]


_STRIKE = "A rail strike planned for Wednesday was called off on Tuesday after late talks."


@pytest.mark.parametrize(
    ("comment", "age", "day"),
    [
        ("<!--\n Page saved with SingleFile\n saved date: Tue Mar 12 2024 17:05:31 GMT+0000\n-->",
         "Published 3 hours ago", 12),
        ("<!-- Last-Modified: Tue, 12 Mar 2024 01:05:00 GMT -->", "Posted 3 hours ago", 11),
        ("<!-- Mirrored from news.example/rail by HTTrack Website Copier/3.x [XR&CO'2014], "
         "Tue, 12 Mar 2024 14:05:00 GMT -->", "Published 2 days ago", 10),
    ],
)  # fmt: skip
def test_a_page_s_age_dates_it_before_the_time_it_was_saved(
    tmp_path: Path, comment: str, age: str, day: int
) -> None:
    page = (
        f"<!DOCTYPE html>{comment}<html><body><article><h1>Rail strike called off</h1>"
        f"<div class='byline'>By Tom Hale</div><div class='meta'>{age}</div><p>{_STRIKE}</p>"
        "</article></body></html>"
    )
    doc = _read(tmp_path, page, "strike.html")
    assert doc.date == date(2024, 3, day)
    assert shown(doc, doc.body) == [_STRIKE]


def test_a_page_s_age_with_no_time_it_was_saved_gives_no_date(tmp_path: Path) -> None:
    page = f"<html><body><h1>Rail strike called off</h1><p>Published 3 hours ago</p><p>{_STRIKE}"
    doc = _read(tmp_path, page, "strike.html")
    assert doc.date is None
    assert shown(doc, doc.body) == [_STRIKE]


_JETS = "The airline ordered 50 narrow-body jets on Monday, its largest order in a decade."


@pytest.mark.parametrize(
    "box",
    [
        ["Subscribe to continue reading", "Already a subscriber? Log in"],
        ["This article is for subscribers only", "Already have an account? Sign in"],
        ["To continue reading, subscribe for $2 a week", "Already a member? Sign in"],
    ],
)
def test_a_paywall_s_box_where_the_article_is_cut_is_no_text(
    tmp_path: Path, box: list[str]
) -> None:
    lines = "".join(f"<p>{line}</p>" for line in box)
    page = (
        "<html><body><div class='content'><h1>Airline orders 50 new jets</h1>"
        f"<p>By Kenji Mori</p><p>{_JETS}</p><div class='box'>{lines}</div></div></body></html>"
    )
    doc = _read(tmp_path, page, "jets.html")
    assert shown(doc, doc.body) == [_JETS]


def test_a_sentence_opening_with_the_words_of_a_paywall_is_text(tmp_path: Path) -> None:
    lede = "To continue reading the report, officials said, takes hours."
    doc = _read(tmp_path, f"Report published\n\n12 March 2024\n\n{_JETS}\n\n{lede}\n")
    assert shown(doc, doc.body) == [_JETS, lede]


_FARES = "Ferry fares to the islands will rise by 8% from 1 April, the operator said on Monday."


@pytest.mark.parametrize(
    "dated",
    ["Published 27 February 2024 by the Island Herald", "27 February 2024 by The Island Herald"],
)
def test_the_outlet_after_a_date_line_is_no_text(tmp_path: Path, dated: str) -> None:
    text = f"# Ferry fares to rise in April\n\n#transport #islands\n\n{dated}\n\n{_FARES}\n"
    doc = _read(tmp_path, text, "fares.md")
    assert doc.date == date(2024, 2, 27)
    assert shown(doc, doc.body) == [_FARES]


def test_a_date_line_goes_on_into_the_text_after_by_the(tmp_path: Path) -> None:
    lede = "27 February 2024 by the river, officials said, the ferry will dock."
    doc = _read(tmp_path, f"Ferry fares to rise\n\n{lede}\n\n{_FARES}\n")
    assert shown(doc, doc.body)[0] == lede.removeprefix("27 February 2024 ")


_TRAM = "The tram line extension to the airport opened on Sunday, cutting journeys to 22 minutes."
_PASSENGERS = "About 9,000 passengers a day are expected to use it."


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("CITY MONTHLY | November 2024 | 7", "\f8 | CITY MONTHLY | November 2024"),
        ("7 · City Monthly · November 2024", "City Monthly · November 2024 · 8"),
        ("CITY MONTHLY | November 2024 | Page 7", "Page 8 | CITY MONTHLY | November 2024"),
    ],
)
def test_a_running_head_printed_again_with_its_number_on_the_other_side_is_no_text(
    tmp_path: Path, first: str, again: str
) -> None:
    text = (
        f"{first}\nTram line extension opens\nBy Ines Kohl · 18 November 2024\n"
        f"{_TRAM}\n{again}\n{_PASSENGERS}\n"
    )
    doc = _read(tmp_path, text)
    assert " ".join(shown(doc, doc.body)) == f"{_TRAM} {_PASSENGERS}"


@pytest.mark.parametrize("mark", ["&rlm;", "&#8207;", "&#x200F;", "\u200f", "&lrm;"])
def test_an_html_page_s_marks_of_writing_direction_show_nothing(tmp_path: Path, mark: str) -> None:
    page = (
        f'<html dir="rtl"><body><article dir="ltr"><h1>{mark}Water plant opens{mark}</h1>'
        f"<p class='byline'>{mark}By Layla Haddad{mark}</p><p>{mark}3 June 2024{mark}</p>"
        f"<p>{_DESALINATION}</p></article></body></html>"
    )
    doc = _read(tmp_path, page, "plant.html")
    assert (doc.title, doc.author, doc.date) == (
        "Water plant opens",
        "Layla Haddad",
        date(2024, 6, 3),
    )
    assert shown(doc, doc.body) == [_DESALINATION]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Porto, Apr 25, 2024", ""),  # a dateline copied from small capitals: as written
        ("PORTO, Apr 25, 2024", ""),
        ("Jane Doe, 25 April 2024", "Jane Doe"),  # a byline with its date, no place
    ],
)
def test_a_dateline_line_copied_from_small_capitals_dates_the_text(
    tmp_path: Path, line: str, author: str
) -> None:
    doc = _read(tmp_path, f"Vineyards count cost of late frost\n{line}\n{_FROST}\n")
    assert (doc.date, doc.author) == (date(2024, 4, 25), author)
    assert shown(doc, doc.body) == [_FROST]
