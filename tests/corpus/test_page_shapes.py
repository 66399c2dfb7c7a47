"""Pages in shapes users save them that were read wrong: what each one's reader sees as its
headline, author, date and text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants, shown
from viewer.core.model import Document
from viewer.corpus import read_document

_LEDE = "Ministers from 40 countries agreed on Friday to stop issuing new coal licences."


def _page(tmp_path: Path, text: str, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    return doc


@pytest.mark.parametrize("after", ["", '<p class="byline">By Jane Doe</p>'])
def test_a_standfirst_above_the_headline_in_the_article_s_header(
    tmp_path: Path, after: str
) -> None:
    """The summary set above the headline in the article's header element was read as the
    page's furniture, with the header's other blocks but for its date and byline."""
    summary = "Ministers agreed on Friday to end new coal licences by 2030, after two weeks."
    doc = _page(
        tmp_path,
        '<html><body><nav><a href="/">Home</a></nav><main><article><header>'
        f'<p class="kicker">Climate crisis</p><p class="standfirst">{summary}</p>'
        f'<h1>Coal deal reached at summit</h1>{after}<time datetime="2024-03-12">12 March 2024'
        f"</time></header><p>{_LEDE}</p></article></main></body></html>",
    )
    assert (doc.title, doc.date) == ("Coal deal reached at summit", date(2024, 3, 12))
    assert shown(doc, doc.body) == [summary, _LEDE]
    assert "Climate crisis" not in body_text(doc)


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_lines_ended_by_carriage_returns_alone(tmp_path: Path, end: str) -> None:
    """A file from an old Mac ends its lines with a carriage return alone: it was read as one
    line, the headline all of the article, with no author and no date."""
    lines = ["Bridge tolls to rise in June", "By Mark Ellis", "January 9, 2024", "", _LEDE]
    doc = _page(tmp_path, end.join(lines) + end, name="article.txt")
    assert (doc.title, doc.author, doc.date) == (
        "Bridge tolls to rise in June",
        "Mark Ellis",
        date(2024, 1, 9),
    )
    assert shown(doc, doc.body) == [_LEDE]


def test_toml_front_matter_as_hugo_writes_it(tmp_path: Path) -> None:
    """Front matter between "+++" lines, "key = value": it was read as the article's first
    lines, its fields the headline, no date."""
    doc = _page(
        tmp_path,
        '+++\ntitle = "Council approves solar farm"\ndate = 2024-03-12T10:00:00Z\n'
        f'author = "Priya Shah"\ndraft = false\n+++\n\n{_LEDE}\n',
        name="article.md",
    )
    assert (doc.title, doc.author, doc.date) == (
        "Council approves solar farm",
        "Priya Shah",
        date(2024, 3, 12),
    )
    assert shown(doc, doc.body) == [_LEDE]


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe<br>Published: 27 February 2024", "By Jane Doe<br>\nPosted 27 February 2024"],
)
def test_a_print_view_s_byline_and_date_on_two_lines_of_one_paragraph(
    tmp_path: Path, byline: str
) -> None:
    """The label after the line break was read as the author's last name, and the page had
    no date."""
    doc = _page(
        tmp_path,
        '<html><body onload="window.print()"><h1>Museum returns bronzes to Nigeria</h1>'
        f"<p>{byline}</p><p>{_LEDE}</p></body></html>",
    )
    assert (doc.author, doc.date) == ("Jane Doe", date(2024, 2, 27))


@pytest.mark.parametrize(
    ("stamp", "shown_date", "day"),
    [
        ("2024-03-12T01:00:00Z", "March 11, 2024 9:00 PM EDT", date(2024, 3, 11)),
        ("2024-03-11T23:30:00-05:00", "12 March 2024", date(2024, 3, 12)),
        ("2024-03-12", "March 11, 2024", date(2024, 3, 12)),  # no clock time: the stamp's day
        ("2024-03-14T01:00:00Z", "March 11, 2024", date(2024, 3, 14)),  # days apart: the stamp
    ],
)
def test_a_published_stamp_in_another_zone_does_not_move_the_day_shown(
    tmp_path: Path, stamp: str, shown_date: str, day: date
) -> None:
    """A meta element's stamp in UTC fell on the day after the one the page shows."""
    doc = _page(
        tmp_path,
        f'<html><head><meta property="article:published_time" content="{stamp}"></head>'
        "<body><article><h1>Senate passes stopgap bill</h1><p class=byline>By Jane Doe</p>"
        f"<p class=date>{shown_date}</p><p>{_LEDE}</p></article></body></html>",
    )
    assert doc.date == day


def test_an_update_s_full_date_does_not_date_a_page_that_shows_its_day_and_month(
    tmp_path: Path,
) -> None:
    """ "Apr 12" / "Updated Apr 13, 2024 8:15 AM": the page was dated by its update."""
    doc = _page(
        tmp_path,
        "<html><body><article><h1>School meals to be free</h1><p class=byline>By Sarah Hill</p>"
        "<p class=date>Apr 12</p><p class=updated>Updated Apr 13, 2024 8:15 AM</p>"
        f"<p>{_LEDE}</p></article></body></html>",
    )
    assert doc.date == date(2024, 4, 12)


@pytest.mark.parametrize(
    ("top", "foot"),
    [
        ("This article originally appeared in The Texas Tribune.\n", ""),
        ("", "This story was originally published by Mountain Journal and is republished here."),
        ("", "This article first ran in The Conversation."),
    ],
)
def test_a_syndicated_copy_s_note_of_where_it_first_ran(
    tmp_path: Path, top: str, foot: str
) -> None:
    """Above the headline the note was read as the headline, and the author lost; at the foot,
    said so, as article text."""
    doc = _page(
        tmp_path,
        f"{top}State expands broadband grants\nBy Rosa Diaz\nApril 3, 2024\n\n{_LEDE}\n{foot}\n",
        name="article.txt",
    )
    assert (doc.title, doc.author, doc.date) == (
        "State expands broadband grants",
        "Rosa Diaz",
        date(2024, 4, 3),
    )
    assert shown(doc, doc.body) == [_LEDE]


@pytest.mark.parametrize(
    "line",
    ["Post by Mark Ellis » Tue May 14, 2024 10:22 am", "Posted by Mark Ellis » May 14, 2024"],
)
def test_a_forum_post_s_byline_and_date(tmp_path: Path, line: str) -> None:
    """A forum's post quoting a news article: its poster's line, "»" before the date, was
    read as article text and the post had no date."""
    doc = _page(
        tmp_path,
        f"Council votes to close library branch\n{line}\nSaw this in the paper:\nQuote:\n{_LEDE}\n",
        name="post.txt",
    )
    assert (doc.author, doc.date) == ("Mark Ellis", date(2024, 5, 14))
    assert shown(doc, doc.body) == [f"Saw this in the paper: Quote: {_LEDE}"]


def test_a_byline_beside_its_time_element_under_a_rail_of_related_stories(
    tmp_path: Path,
) -> None:
    """A line of no class saying so, "By Anna Berg · <time>", was read for its date only: the
    page had no author."""
    rail = "".join(
        f'<li><a href="/{day}">Story {day}</a> <time datetime="2024-04-{day}">{day} April</time>'
        for day in (11, 20)
    )
    doc = _page(
        tmp_path,
        f'<html><body><aside class="related"><ul>{rail}</ul></aside><div class="article">'
        '<h1>Tram line extension approved</h1><div class="meta">By Anna Berg · '
        f'<time datetime="2024-05-02T10:00">2 May 2024</time></div><p>{_LEDE}</p></div>',
    )
    assert (doc.author, doc.date) == ("Anna Berg", date(2024, 5, 2))
    assert shown(doc, doc.body) == [_LEDE]


@pytest.mark.parametrize(
    ("authors", "author"),
    [
        ("authors:\n  - Ben Carter\n  - Anna Berg\n", "Ben Carter and Anna Berg"),
        ('author:\n  - "[[Ben Carter]]"\n', "Ben Carter"),
        ("author: Ben Carter\n", "Ben Carter"),
    ],
)
def test_front_matter_s_list_of_authors(tmp_path: Path, authors: str, author: str) -> None:
    """Only the first of a list of authors was read."""
    doc = _page(
        tmp_path,
        f"---\ntitle: Rail strike called off\n{authors}date: 2024-03-12\n---\n\n{_LEDE}\n",
        name="note.md",
    )
    assert (doc.author, doc.date) == (author, date(2024, 3, 12))
