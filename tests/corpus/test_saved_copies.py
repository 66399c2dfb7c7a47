"""Pages as users save them: weekdays without a year, saved copies, credit lines, running
heads, live pages, press releases, British and Indian dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import read_saved as _read
from tests.corpus.checks import shown
from viewer.core.model import DocDateBasis
from viewer.corpus import read_corpus

STORM = "Schools across the county were closed on Tuesday after a storm brought down lines.\n"


@pytest.mark.parametrize(
    "head",
    [
        "Storm closes schools\n\nTuesday, May 14\n\n",
        "Storm closes schools\n\nBy Jane Doe\nPublished Tuesday, May 14 at 6:12 p.m.\n\n",
        "Storm closes schools\n\nUpdated: Tue May 14, 09:30\n\n",
        "Morning Briefing: Tuesday, May 14\n\n",
    ],
)
def test_a_day_with_its_weekday_and_no_year_takes_a_year_it_falls_on(
    tmp_path: Path, head: str
) -> None:
    doc = _read(tmp_path, head + STORM)
    assert doc.date == date(2024, 5, 14)  # not 2026, when 14 May is a Thursday
    assert doc.date_basis is DocDateBasis.YEAR_INFERRED
    assert any("Tuesday" in line and "2024" in line for line in doc.problems)
    assert shown(doc, doc.body) == [STORM.strip()]


def test_a_dateline_with_a_weekday_fixes_the_year(tmp_path: Path) -> None:
    doc = _read(tmp_path, "LONDON, Tuesday, May 14 — " + STORM)
    assert doc.date == date(2024, 5, 14)


def test_a_newsletter_page_dated_by_its_headline_alone(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Morning Briefing: Tuesday, May 14</title></head><body>"
        "<h1>Morning Briefing: Tuesday, May 14</h1><p>Good morning.</p>"
        f"<p>{STORM}</p></body></html>"
    )
    doc = _read(tmp_path, page, "brief.html")
    assert doc.date == date(2024, 5, 14)


def test_the_corpus_year_is_not_taken_against_the_weekday(tmp_path: Path) -> None:
    for name, day in (("a.txt", "2 May 2026"), ("b.txt", "20 May 2026")):
        (tmp_path / name).write_text(f"Summit\nPublished {day}\n\n{STORM}", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Storm\n\nTuesday, May 14\n\n" + STORM, encoding="utf-8")
    documents, _ = read_corpus([tmp_path])
    assert documents[-1].date == date(2024, 5, 14)  # 2026's 14 May is a Thursday
    (tmp_path / "c.txt").write_text("Storm\n\nThursday, May 14\n\n" + STORM, encoding="utf-8")
    documents, _ = read_corpus([tmp_path])
    assert documents[-1].date == date(2026, 5, 14)


FLOOD = "The river burst its banks on Friday, cutting off three villages.\n"


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Story by Jane Doe | Photos by Sam Okafor", "Jane Doe"),
        ("Text by Jane Doe. Photographs by Sam Okafor", "Jane Doe"),
        ("Text: Jane Doe / Photos: Sam Okafor", "Jane Doe"),
        ("Photographs and text by Sam Okafor", "Sam Okafor"),
    ],
)
def test_a_credit_line_names_the_writer_and_is_no_text(
    tmp_path: Path, credit: str, author: str
) -> None:
    doc = _read(tmp_path, f"Floods cut off the valley\n\n{credit}\n12 March 2024\n\n{FLOOD}")
    assert doc.author == author
    assert shown(doc, doc.body) == [FLOOD.strip()]
    page = (
        "<html><body><article><h1>Floods cut off the valley</h1>"
        f"<p>{credit}</p><p>12 March 2024</p><p>{FLOOD}</p></article></body></html>"
    )
    doc = _read(tmp_path, page, "floods.html")
    assert doc.author == author
    assert shown(doc, doc.body) == [FLOOD.strip()]


def test_a_photo_essay_is_by_its_photographer(tmp_path: Path) -> None:
    head = "In pictures: The night the river rose\nPhotographs by Sam Okafor\nJanuary 28, 2024\n\n"
    assert _read(tmp_path, head + FLOOD).author == "Sam Okafor"
    head = "Floods cut off the valley\nPhotographs by Sam Okafor\nJanuary 28, 2024\n\n"
    assert _read(tmp_path, head + FLOOD).author == ""  # the pictures only show the story
    head = "In pictures: The night the river rose\nBy Jane Doe\nPhotographs by Sam Okafor\n\n"
    assert _read(tmp_path, head + FLOOD).author == "Jane Doe"


@pytest.mark.parametrize(
    ("head", "first"),
    [
        ("Hurricane Milton live\nUpdated October 9, 2024, 11:58 PM EDT\n", "11:45 PM"),
        ("Election night live\nThu 4 Jul 2024 23.55 BST\n", "23.55 BST"),
    ],
)
def test_a_live_page_first_entry_time_is_its_text(tmp_path: Path, head: str, first: str) -> None:
    entries = (
        f"{first}\nMilton made landfall near Siesta Key.\n10:30 PM\nA million homes lost power.\n"
    )
    doc = _read(tmp_path, head + entries)
    assert shown(doc, doc.body)[0].startswith(first)


def test_a_live_page_byline_of_shifts_names_who_writes_now(tmp_path: Path) -> None:
    head = "Election night live\nJane Doe (now) and John Roe (earlier)\nThu 4 Jul 2024 23.55 BST\n"
    doc = _read(tmp_path, head + "\nThe exit poll suggests Labour will win 410 seats.\n")
    assert doc.author == "Jane Doe"
    assert shown(doc, doc.body) == ["The exit poll suggests Labour will win 410 seats."]


LEDE = "The city council voted 5-2 on Tuesday night to freeze rents on older apartments."
NEXT = "The freeze starts in June, the mayor said."


@pytest.mark.parametrize(
    "head",
    [
        "THE VALLEY HERALD WEDNESDAY, APRIL 3, 2024 A3",
        "THE VALLEY HERALD, WEDNESDAY, APRIL 3, 2024",
        "NEWS | Wednesday, April 3, 2024 | The Valley Herald",
        "Page 2 THE VALLEY HERALD April 3, 2024",
    ],
)
def test_a_running_head_under_the_lede_is_neither_header_nor_text(
    tmp_path: Path, head: str
) -> None:
    page = (
        f"City council passes rent freeze\nBy Jane Doe\nApril 3, 2024\n\n{LEDE}\n{head}\n{NEXT}\n"
    )
    doc = _read(tmp_path, page)
    assert " ".join(shown(doc, doc.body)) == f"{LEDE} {NEXT}"
    assert doc.author == "Jane Doe"


def test_a_running_head_dates_a_page_copy_with_no_other_date(tmp_path: Path) -> None:
    head = "Page 2 THE VALLEY HERALD April 3, 2024"
    page = f"City council passes rent freeze\n\n{LEDE}\n{head}\n{NEXT}\n"
    doc = _read(tmp_path, page)
    assert doc.date == date(2024, 4, 3)
    assert " ".join(shown(doc, doc.body)) == f"{LEDE} {NEXT}"


def test_a_byline_under_a_summary_is_no_running_head(tmp_path: Path) -> None:
    page = (
        "City council passes rent freeze\nThe council voted to freeze rents for a year.\n"
        f"Jane Doe | The Valley Herald | April 3, 2024\n\n{LEDE}\n"
    )
    doc = _read(tmp_path, page)
    assert doc.author == "Jane Doe"
    assert shown(doc, doc.body) == [LEDE]


SUMMARY = "Ministers agreed on Friday to end new coal licences by 2030, after two weeks of talks."
COAL = "Ministers from 40 countries agreed on Friday to stop issuing new coal licences."


def test_a_summary_above_the_headline_in_its_article_is_its_text(tmp_path: Path) -> None:
    page = (
        '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
        f'<p class="kicker">Climate crisis</p><p class="standfirst">{SUMMARY}</p>'
        "<h1>Coal deal reached at summit</h1><p>By Jane Doe</p><p>12 March 2024</p>"
        f"<p>{COAL}</p></article></body></html>"
    )
    doc = _read(tmp_path, page, "coal.html")
    assert shown(doc, doc.body) == [SUMMARY, COAL]
    assert doc.author == "Jane Doe"
    assert "Climate crisis" in shown(doc, doc.header)


def test_text_above_the_headline_outside_its_article_is_the_page_s(tmp_path: Path) -> None:
    page = (
        f'<html><body><div class="top"><p>{SUMMARY}</p></div><div class="story">'
        f"<h1>Coal deal reached at summit</h1><p>By Jane Doe</p><p>{COAL}</p></div></body></html>"
    )
    doc = _read(tmp_path, page, "coal.html")
    assert shown(doc, doc.body) == [COAL]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe, 12 March 2024",
        "By Jane Doe 12 March 2024 10:05 GMT",
        "Jane Doe, 12 March 2024",
    ],
)
def test_an_html_byline_with_its_date_dates_the_page(tmp_path: Path, line: str) -> None:
    page = (
        f"<html><body><h1>Coal deal reached at summit</h1><p>{line}</p><p>{COAL}</p></body></html>"
    )
    doc = _read(tmp_path, page, "coal.html")
    assert doc.date == date(2024, 3, 12)
    assert doc.author == "Jane Doe"
    assert shown(doc, doc.body) == [COAL]


BONDS = "Government bond yields rose sharply on Monday after inflation came in above forecasts."


def test_a_read_later_table_dates_the_article_by_its_publication_not_its_saving(
    tmp_path: Path,
) -> None:
    page = (
        "# Why the bond market is nervous\n\n| | |\n|---|---|\n"
        "| URL | https://www.markets.example/bonds |\n| Author | Lena Park |\n"
        f"| Saved | 2024-05-02 09:14 |\n| Published | 2024-04-30 |\n\n{BONDS}\n"
    )
    doc = _read(tmp_path, page, "bonds.md")
    assert doc.date == date(2024, 4, 30)
    assert doc.author == "Lena Park"


def test_a_read_later_list_of_fields_is_header(tmp_path: Path) -> None:
    page = (
        "# Why the bond market is nervous\n\n"
        "- **Source:** [markets.example](https://markets.example/bonds)\n"
        "- **Author:** Lena Park\n- **Date saved:** 2024-05-02\n"
        f"- **Date published:** 30 April 2024\n\n---\n\n{BONDS}\n"
    )
    doc = _read(tmp_path, page, "bonds.md")
    assert doc.date == date(2024, 4, 30)
    assert doc.author == "Lena Park"
    assert shown(doc, doc.body) == [BONDS]


LANES = "The city council approved four new cycle lanes on Monday night after a debate."


@pytest.mark.parametrize(
    "banner",
    [
        "This is Google's cache of https://www.gazette.example/lanes. It is a snapshot of the "
        "page as it appeared on 12 Mar 2024 10:05:03 GMT. The current page could have changed "
        "in the meantime. Learn more.\nFull version Text-only version View source\n"
        "Tip: To quickly find your search term on this page, press Ctrl+F and use the find bar.",
        "The Wayback Machine - https://web.archive.org/web/20240312/https://www.gazette.example/l\n"
        "Saved 12 Mar 2024 08:30 | 14 captures | 1 Mar 2024 - 3 Feb 2025",
    ],
)
def test_a_cached_copy_s_banner_is_neither_title_nor_text_nor_date(
    tmp_path: Path, banner: str
) -> None:
    page = f"{banner}\nCouncil approves new cycle lanes\nBy Sam Okafor\n5 March 2024\n\n{LANES}\n"
    doc = _read(tmp_path, page)
    assert doc.title == "Council approves new cycle lanes"
    assert doc.date == date(2024, 3, 5)
    assert shown(doc, doc.body) == [LANES]
    html_page = f"<html><body><div>{banner}</div><h1>Council approves new cycle lanes</h1>"
    html_page += f"<p>By Sam Okafor</p><p>5 March 2024</p><p>{LANES}</p></body></html>"
    doc = _read(tmp_path, html_page, "lanes.html")
    assert shown(doc, doc.body) == [LANES]


POWER = "Several parts of the city faced power cuts on Tuesday as demand hit a record."


@pytest.mark.parametrize(
    "meta",
    [
        "Rahul Verma | TNN | Last Updated: Tuesday, June 18, 2024, 17:30 [IST]",
        "Rahul Verma\nUpdated: June 18, 2024 17:30 [IST]",
    ],
)
def test_an_indian_zone_in_square_brackets_ends_the_date_line(tmp_path: Path, meta: str) -> None:
    doc = _read(tmp_path, f"Power cuts hit city as demand peaks\n{meta}\n\n{POWER}\n")
    assert doc.date == date(2024, 6, 18)
    assert doc.author == "Rahul Verma"
    assert shown(doc, doc.body) == [POWER]


WAIT = "Waiting lists for hospital treatment reached a record 7.6 million in June."
SURGERY = "Some patients have waited more than two years for surgery."


def test_the_links_of_an_article_split_over_pages_are_furniture(tmp_path: Path) -> None:
    page = (
        f"Waiting lists at record high\nBy Mark Evans\n8 August 2024\n\n{WAIT}\n"
        f"Page 1 of 2\nNext page »\nWaiting lists at record high\nPage 2 of 2\n"
        f"« Previous page\n{SURGERY}\n"
    )
    doc = _read(tmp_path, page)
    assert " ".join(shown(doc, doc.body)) == f"{WAIT} {SURGERY}"
    html_page = (
        f"<html><body><article><h1>Waiting lists at record high</h1><p>{WAIT}</p>"
        '<div class="pages"><span>Page 2 of 2</span> <a href="?p=1">« Previous page</a></div>'
        f"<p>{SURGERY}</p></article></body></html>"
    )
    doc = _read(tmp_path, html_page, "wait.html")
    assert shown(doc, doc.body) == [WAIT, SURGERY]


def test_a_reader_view_s_credits_name_the_author(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="header reader-header"><a class="domain reader-domain" '
        'href="https://rail.example/">rail.example</a><h1 class="reader-title">Rail strike off'
        '</h1><div class="credits reader-credits">Priya Nair</div><div class="meta-data">'
        '<div class="reader-estimated-time">4-5 minutes</div></div></div><hr><div class="content">'
        f'<div class="page"><p>8 February 2024</p><p>{STORM}</p></div></div></body></html>'
    )
    doc = _read(tmp_path, page, "rail.html")
    assert doc.author == "Priya Nair"
    assert shown(doc, doc.body) == [STORM.strip()]


TRAMS = "The tram line extension to the airport opened on Sunday, two years late."


def test_an_archive_today_banner_neither_titles_nor_dates(tmp_path: Path) -> None:
    page = (
        "archive.today webpage capture | Saved from https://www.citypost.example/trams | "
        "12 Mar 2024 10:05:03 UTC\nAll snapshots from host www.citypost.example\n"
        f"Tram line extension opens\nBy Ben Cole\n10 March 2024\n\n{TRAMS}\n"
    )
    doc = _read(tmp_path, page)
    assert (doc.title, doc.date) == ("Tram line extension opens", date(2024, 3, 10))


def test_a_print_story_s_jump_lines_are_furniture(tmp_path: Path) -> None:
    page = (
        f"School budget cut approved\nBy Mark Evans\nApril 18, 2024\n\n{LEDE}\n"
        f"See BUDGET, Page A6\nContinued from Page A1\n{NEXT}\n"
    )
    doc = _read(tmp_path, page)
    assert " ".join(shown(doc, doc.body)) == f"{LEDE} {NEXT}"


def test_a_read_later_meta_line_under_the_title_names_the_author(tmp_path: Path) -> None:
    page = (
        "The town that banned cars\ncitymag.example · by Jane Doe · 12 min read\n"
        f"February 19, 2024\n\n{STORM}"
    )
    doc = _read(tmp_path, page)
    assert (doc.title, doc.author) == ("The town that banned cars", "Jane Doe")


HEAT = "An amber heat-health alert was issued on Tuesday for London and the south-east."


def test_a_date_in_a_details_summary_dates_the_page(tmp_path: Path) -> None:
    page = (
        '<html lang="en-GB"><body><article><h1>Heatwave warning</h1><details><summary>Tue 16 '
        "Jul 2024 17.30 BST</summary><span>Last modified on Wed 17 Jul 2024 09.00 BST</span>"
        f"</details><p>{HEAT}</p></article></body></html>"
    )
    doc = _read(tmp_path, page, "heat.html")
    assert doc.date == date(2024, 7, 16)
    assert shown(doc, doc.body) == [HEAT]


def test_a_live_page_s_entry_time_is_not_its_date(tmp_path: Path) -> None:
    entry = '<div class="live-post"><p><time datetime="{}">{}</time></p><p>{}</p></div>'
    entries = entry.format("2024-07-05T00:10:00+01:00", "00.10 BST", "Labour will win.")
    entries += entry.format("2024-07-04T22:00:00+01:00", "22.00 BST", "Polls have closed.")
    head = "<html><body><article><h1>Election night live</h1>"
    doc = _read(tmp_path, f"{head}<p>Thu 4 Jul 2024 23.55 BST</p>{entries}</article>", "l.html")
    assert doc.date == date(2024, 7, 4)
    doc = _read(tmp_path, f"{head}{entries}</article>", "l.html")
    assert doc.date == date(2024, 7, 4)  # with no other date, the first entry's


SOLAR = "Northwind Energy today opened its largest solar farm, a 120-megawatt site near Bristol."


@pytest.mark.parametrize("mark", ["###", "-30-", "<strong>About Northwind Energy</strong>"])
def test_what_follows_a_press_release_s_end_is_the_page_s(tmp_path: Path, mark: str) -> None:
    page = (
        f"<html><body><h1>Northwind opens solar farm</h1><p>March 21, 2024</p><p>{SOLAR}</p>"
        f'<p style="text-align:center">{mark}</p><p>Northwind Energy is a renewable energy '
        "company based in Bristol. It operates 14 farms.</p></body></html>"
    )
    doc = _read(tmp_path, page, "release.html")
    assert shown(doc, doc.body) == [SOLAR]


def test_a_row_of_share_buttons_on_one_line_is_furniture(tmp_path: Path) -> None:
    row = "Facebook Twitter LinkedIn Email Print"
    page = f"Storm closes schools\nBy Ann Lee\n3 September 2024\n{row}\n{STORM}"
    doc = _read(tmp_path, page)
    assert shown(doc, doc.body) == [STORM.strip()]


def test_an_html_header_s_day_with_its_weekday_dates_the_page(tmp_path: Path) -> None:
    page = (
        '<html><body><article><h1>Storm closes schools</h1><p class="byline">By Jane Doe</p>'
        f'<p class="date">Tuesday, May 14</p><p>{STORM}</p></article></body></html>'
    )
    doc = _read(tmp_path, page, "storm.html")
    assert doc.date == date(2024, 5, 14)


def test_a_lede_wrapped_over_a_running_head_stays_text(tmp_path: Path) -> None:
    page = (
        "Rates held for a seventh time\nBy Lena Park\nJune 20, 2024\n\n"
        "The central bank held interest rates on Thursday for a seventh meeting, saying\n"
        "inflation was still too high.\nTHE DAILY LEDGER | THURSDAY, JUNE 20, 2024 | B2\n"
        "Two members of the committee voted for a cut.\n"
    )
    doc = _read(tmp_path, page)
    assert shown(doc, doc.body)[0].startswith("The central bank held")
