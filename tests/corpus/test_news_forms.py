"""Common news layouts beyond the seeds: bylines, labelled dates, datelines, front matter."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants, shown, texts
from viewer.core.model import DocDateBasis, Document
from viewer.core.story_day import story_day
from viewer.corpus import read_corpus, read_document


def _read(tmp_path: Path, text: str, name: str = "article.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    return doc


def test_reuters_style_header(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Pentagon orders 500 more troops to Europe\n"
        "By Jane Smith and John Doe, Reuters\n"
        "Updated: March 8, 2022 10:31 AM ET\n\n"
        "WASHINGTON (Reuters) - The Pentagon on Monday ordered 500 more troops to Europe.\n\n"
        "Share this article\n\n"
        "Officials said more could follow.\n\n"
        "Read more: NATO weighs air defences\n"
        "Sign up for our daily newsletter\n"
        "© 2022 Reuters. All rights reserved.\n",
    )
    assert doc.title == "Pentagon orders 500 more troops to Europe"
    assert doc.author == "Jane Smith and John Doe"
    assert doc.date == date(2022, 3, 8)
    assert doc.date_text == "March 8, 2022"
    assert texts(doc, doc.body) == [
        "The Pentagon on Monday ordered 500 more troops to Europe.",
        "Officials said more could follow.",
    ]
    assert "WASHINGTON (Reuters) -" in texts(doc, doc.header)
    assert len(doc.boilerplate) == 4


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Published 8 March 2022", "8 March 2022"),
        ("Posted on Tuesday, March 8, 2022 at 10:31 a.m.", "Tuesday, March 8, 2022"),
        ("2022-03-08", "2022-03-08"),
        ("Date: 08 Mar. 2022", "08 Mar. 2022"),
    ],
)
def test_labelled_date_lines(tmp_path: Path, line: str, words: str) -> None:
    doc = _read(tmp_path, f"Troops head east\n{line}\n\nThe Army sent a brigade on Monday.\n")
    assert doc.date == date(2022, 3, 8)
    assert doc.date_basis is DocDateBasis.FOUND
    assert doc.date_text == words
    assert line in texts(doc, doc.header)
    assert body_text(doc) == "The Army sent a brigade on Monday."


def test_markdown_front_matter(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '---\ntitle: "Navy moves carrier north"\nauthor: Jane Smith\ndate: 2022-03-09\n---\n\n'
        "The carrier *Harry S Truman* moved north this week.\n",
        "carrier.md",
    )
    assert doc.title == "Navy moves carrier north"
    assert doc.author == "Jane Smith"
    assert doc.date == date(2022, 3, 9)
    assert doc.date_text == "2022-03-09"
    assert doc.header[0].start == 0
    assert body_text(doc) == "The carrier *Harry S Truman* moved north this week."
    assert [doc.text[a:b] for a, b in doc.visible.hidden()][1:] == ["*", "*"]
    assert shown(doc, doc.body) == ["The carrier Harry S Truman moved north this week."]


def test_undated_article_says_so(tmp_path: Path) -> None:
    doc = _read(tmp_path, "The Navy moved a carrier into the Aegean on Tuesday.\n")
    assert doc.date is None
    assert doc.date_basis is DocDateBasis.NONE
    assert "no publication date found" in doc.problems
    assert doc.title == "The Navy moved a carrier into the Aegean on Tuesday."


def test_long_first_sentence_makes_a_short_title(tmp_path: Path) -> None:
    sentence = (
        "The United States will boost its military forces in Europe because of threats from "
        "Moscow, Joe Biden said in Madrid."
    )
    doc = _read(tmp_path, f"date 2022-06-29 {sentence} He said more.\n")
    assert doc.title.endswith("…")
    assert len(doc.title) <= 91
    assert sentence.startswith(doc.title[:-1])
    assert doc.body[0].start == len("date 2022-06-29 ")


def test_a_first_line_that_is_the_story_is_no_headline(tmp_path: Path) -> None:
    # A development article whose first sentence lost its full stop: the lede, not a title.
    lede = (
        "Last May, a stray bullet killed 10-year-old Kathina Thomas as she played on the "
        "front steps of her home on Albany's First Street"
    )
    doc = _read(
        tmp_path,
        f"2013-04-12\n\n{lede}\n\nHer death sparked outrage, and even prompted the community "
        "to come together to get guns off Albany streets.\n",
    )
    assert texts(doc, doc.body)[0] == lede
    assert not any(lede in doc.text[s.start : s.end] for s in doc.header)


def test_a_headline_with_a_time_at_its_end_stays_the_title(tmp_path: Path) -> None:
    headline = "Gangbangers who allegedly killed mom of 12 in crossfire begin trial"
    doc = _read(
        tmp_path,
        f"2012-03-13\n\n{headline}\n\nLast October, a stray bullet killed a mother of 12 "
        "as she walked her daughter home from school.\n",
    )
    assert doc.title == headline


ARTICLE_DATED = "Summit opens\nPublished {day}\n\nLeaders met in Madrid on Tuesday.\n"
ARTICLE_PARTIAL = "Summit ends\n\nLeaders agreed new deployments (29 June).\n"


def test_year_taken_from_the_most_common_year(tmp_path: Path) -> None:
    for name, day in (("a.txt", "1 June 2021"), ("b.txt", "2 June 2022"), ("c.txt", "3 May 2022")):
        (tmp_path / name).write_text(ARTICLE_DATED.format(day=day), encoding="utf-8")
    (tmp_path / "d.txt").write_text(ARTICLE_PARTIAL, encoding="utf-8")
    documents, problems = read_corpus([tmp_path])
    assert problems == []
    partial = documents[-1]
    assert partial.date == date(2022, 6, 29)
    assert partial.date_basis is DocDateBasis.YEAR_INFERRED
    assert partial.date_text == "29 June"
    assert any("2022" in line and "other articles" in line for line in partial.problems)


def test_year_tie_goes_to_the_nearest_articles(tmp_path: Path) -> None:
    for name, day in (("a.txt", "2 January 2021"), ("b.txt", "20 June 2022")):
        (tmp_path / name).write_text(ARTICLE_DATED.format(day=day), encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE_PARTIAL, encoding="utf-8")
    documents, _ = read_corpus([tmp_path])
    assert documents[-1].date == date(2022, 6, 29)


def test_year_from_the_file_when_nothing_else_is_dated(tmp_path: Path) -> None:
    path = tmp_path / "alone.txt"
    path.write_text(ARTICLE_PARTIAL, encoding="utf-8")
    stamp = datetime(2019, 7, 1, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    documents, problems = read_corpus([path])
    assert problems == []
    assert documents[0].date == date(2019, 6, 29)
    assert documents[0].date_basis is DocDateBasis.YEAR_INFERRED
    assert any("modification" in line for line in documents[0].problems)


def test_captions_and_headings_are_not_body(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Allies step up\nBy Jane Smith\n8 March 2022\n\n"
        "The Pentagon sent jets to Poland.\n\n"
        "Watch the jets land in Poland 0:58\n\n"
        "Air defence plans\n\n"
        "Officials weighed Patriot batteries. They said the move was\n"
        "defensive and limited.\n\n"
        "The staggering pace of weapons transfers to\n\n"
        "Ukraine was spelled out on Monday.\n",
    )
    body = texts(doc, doc.body)
    assert "Watch the jets land in Poland 0:58" in texts(doc, doc.boilerplate)
    assert "Air defence plans" in texts(doc, doc.header)
    assert body == [
        "The Pentagon sent jets to Poland.",
        "Officials weighed Patriot batteries. They said the move was\ndefensive and limited.",
        "The staggering pace of weapons transfers to",
        "Ukraine was spelled out on Monday.",
    ]


def test_markdown_subheadings_and_a_title_after_the_date(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Published 8 March 2022\n\n# Troops head east\n\nThe Army sent a brigade.\n\n"
        "## What comes next\n\nOfficials expect more.\n",
        "east.md",
    )
    assert doc.title == "Troops head east"
    assert "## What comes next" in texts(doc, doc.header)
    assert texts(doc, doc.body) == ["The Army sent a brigade.", "Officials expect more."]


@pytest.mark.parametrize(
    "headline",
    [
        "4-Plus Earthquake Recorded Near Healdsburg",
        "3 killed as storm hits coast",
        "10% of jobs cut",
    ],
)
def test_a_headline_may_open_with_a_figure(tmp_path: Path, headline: str) -> None:
    doc = _read(
        tmp_path,
        f"2013-03-14\n\n{headline}\n\nAt a magnitude of 4.6, this one woke sleepers\n\n"
        "An earthquake was recorded in the North Bay this morning.\n",
    )
    assert doc.title == headline
    assert texts(doc, doc.body)[-1] == "An earthquake was recorded in the North Bay this morning."


@pytest.mark.parametrize("counter", ["2 min read", "1 of 3", "12 photos"])
def test_a_page_counter_opening_with_a_figure_is_no_headline(tmp_path: Path, counter: str) -> None:
    doc = _read(
        tmp_path,
        f"{counter}\n\nCouncil votes to raise fares\n\n"
        "The council voted on Monday to raise bus fares.\n",
    )
    assert doc.title != counter


JOHANNESBURG = "JOHANNESBURG, August 7 (Xinhua) --"


@pytest.mark.parametrize(
    ("opening", "dateline", "filed"),
    [
        # Wire copy: the dateline stands on a line of its own above the first paragraph.
        (f"{JOHANNESBURG}\n\n", JOHANNESBURG, date(1998, 8, 7)),
        # Or opens it: the article text starts after it.
        ("BEIJING, Aug. 8 (Xinhua) -- ", "BEIJING, Aug. 8 (Xinhua) --", date(1998, 8, 8)),
        ("LONDON, 7 August (Reuters) - ", "LONDON, 7 August (Reuters) -", date(1998, 8, 7)),
        ("WASHINGTON, Aug. 7 (AP) -- ", "WASHINGTON, Aug. 7 (AP) --", date(1998, 8, 7)),
        ("PARIS, France, Aug. 7 -- ", "PARIS, France, Aug. 7 --", date(1998, 8, 7)),
        ("NEWARK, N.J. _ ", "NEWARK, N.J. _", None),
        # Spanish agency copy: a full stop and a dash after the agency.
        ("Seville, Aug 7 (EFE).- ", "Seville, Aug 7 (EFE).-", date(1998, 8, 7)),
        # No day: a place and an agency only.
        ("Washington (CNN) — ", "Washington (CNN) —", None),
    ],
)
def test_a_dateline_is_header_and_may_name_the_day_it_was_filed(
    tmp_path: Path, opening: str, dateline: str, filed: date | None
) -> None:
    doc = _read(
        tmp_path,
        "South Africa deplores bomb blasts\n\n1998-08-08\n\n"
        f"{opening}South Africa deplored the bomb blasts on Friday.\n\n"
        "A statement described the attacks as senseless.\n",
    )
    assert doc.date == date(1998, 8, 8)  # the date line above it dates the article
    assert doc.dateline is not None and shown(doc, [doc.dateline]) == [dateline]
    assert dateline in texts(doc, doc.header)
    assert texts(doc, doc.body) == [
        "South Africa deplored the bomb blasts on Friday.",
        "A statement described the attacks as senseless.",
    ]
    found = story_day(doc)
    assert (found.day if found else None) == filed


def test_a_press_release_dateline_dates_an_article_with_no_other_date(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Acme opens a plant in Ohio\n\n"
        "NEW YORK, March 3, 2021 /PRNewswire/ -- Acme Corp. today announced a new plant.\n",
    )
    assert doc.date == date(2021, 3, 3)
    assert doc.date_text == "March 3, 2021"
    assert texts(doc, doc.body) == ["Acme Corp. today announced a new plant."]


@pytest.mark.parametrize(
    "dateline",
    [
        "HOUSTON, Texas – October 3, 2023 – ",  # a dash before the date as well as after it
        "Houston, Texas, October 3, 2023 — ",  # a place not in capitals, a full date, no agency
    ],
)
def test_a_press_release_dateline_of_other_shapes_dates_the_article(
    tmp_path: Path, dateline: str
) -> None:
    doc = _read(
        tmp_path,
        f"Brightwater to buy SolarNorth\n\n{dateline}Brightwater Energy today announced a deal.\n",
    )
    assert doc.date == date(2023, 10, 3)
    assert texts(doc, doc.body) == ["Brightwater Energy today announced a deal."]


def test_a_line_that_only_looks_like_a_place_is_not_a_dateline(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Markets\n\n8 March 2022\n\nThe US -- and its allies -- imposed new sanctions on Monday.\n",
    )
    assert doc.dateline is None
    assert texts(doc, doc.body) == ["The US -- and its allies -- imposed new sanctions on Monday."]


def test_a_last_sentence_cut_off_after_a_comma_is_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Man found guilty of shooting pregnant girlfriend\n\n"
        "A jury in eastern Oklahoma has convicted a 27-year-old man of shooting dead his "
        "pregnant girlfriend.\n\n"
        "The jury deliberated almost seven hours Thursday before convicting Christopher Simpson,\n"
        "\nShare this article\n",
    )
    assert texts(doc, doc.body)[-1] == (
        "The jury deliberated almost seven hours Thursday before convicting Christopher Simpson,"
    )
    assert texts(doc, doc.boilerplate) == ["Share this article"]


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        # A headline under the date, above the lede, is no byline, however name-like its words.
        (
            "2009-02-04\n\nCHARGERS' RECEIVER ARRESTED\n\n"
            "San Diego Chargers wide receiver Vincent Jackson was arrested yesterday.\n",
            "CHARGERS' RECEIVER ARRESTED",
            "",
        ),
        (
            "2005-06-26\n\nDeputy's Alleged Killer Held\n\n"
            "A 27-year-old parolee is found 'cowering in a bathtub' near the house.\n",
            "Deputy's Alleged Killer Held",
            "",
        ),
        # Under the title, a name beside the date is the byline.
        (
            "Troops head east\n\nAndre Damon\n8 March 2022\n\nThe Army sent a brigade.\n",
            "Troops head east",
            "Andre Damon",
        ),
    ],
)
def test_a_bare_name_is_a_byline_only_under_the_title(
    tmp_path: Path, text: str, title: str, author: str
) -> None:
    doc = _read(tmp_path, text)
    assert (doc.title, doc.author) == (title, author)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("05.03.2013", date(2013, 3, 5)),  # dots: day first, wherever they are written
        ("25/03/2013", date(2013, 3, 25)),  # a day that cannot be a month
        ("03/25/2013", date(2013, 3, 25)),
        ("25-03-2013", date(2013, 3, 25)),  # dashes as slashes
    ],
)
def test_a_numeric_date_under_the_byline_dates_the_article(
    tmp_path: Path, line: str, day: date
) -> None:
    doc = _read(
        tmp_path,
        f"Fire destroys store\nBy Jane Doe, Reuters\n{line}\n\nA fire destroyed a store.\n",
    )
    assert doc.date == day
    assert doc.date_text == line


def test_a_numeric_date_either_way_round_is_not_guessed(tmp_path: Path) -> None:
    """ "05/03/2013" may be 5 March or 3 May: the article says it has no date it can trust."""
    doc = _read(
        tmp_path,
        "Fire destroys store\nBy Jane Doe, Reuters\n05/03/2013\n\nA fire destroyed a store.\n",
    )
    assert doc.date is None


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("By Jane Doe | March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("By Jane Doe, March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("By Jane Doe • 5 March 2013", "Jane Doe", date(2013, 3, 5)),
        ("Jane Doe - March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        (
            "By Jane Doe | Published March 5, 2013 | Updated March 6, 2013",
            "Jane Doe",
            date(2013, 3, 5),
        ),
        # A meta line of short parts, the date one of them; an agency or "on" after the name.
        ("By Jane Doe | Reuters | March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("By Jane Doe - Reuters - March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("Jane Doe · March 5, 2013 · 4 min read", "Jane Doe", date(2013, 3, 5)),
        ("Jane Doe | Economics correspondent | Tue 5 Mar 2013", "Jane Doe", date(2013, 3, 5)),
        ("By Jane Doe on March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("By Jane Doe (Reuters) March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("Jane Doe, Reuters, March 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("By Jane Doe, staff writer, March 5, 2013, 10:32 a.m.", "Jane Doe", date(2013, 3, 5)),
        # The outlet on its own line between the byline and the date.
        ("By Jane Doe\nReuters\nMarch 5, 2013", "Jane Doe", date(2013, 3, 5)),
        ("Jane Doe\nStaff Writer\nMarch 5, 2013", "Jane Doe", date(2013, 3, 5)),
    ],
)
def test_a_date_on_the_byline_set_apart_by_a_mark_dates_the_article(
    tmp_path: Path, line: str, author: str, day: date
) -> None:
    doc = _read(tmp_path, f"Fire destroys store\n{line}\n\nA fire destroyed a store.\n")
    assert (doc.author, doc.date) == (author, day)
    assert doc.title == "Fire destroys store"


def test_a_page_copied_with_its_caption_labels_and_update_stamp(tmp_path: Path) -> None:
    """A news page copied as text keeps the labels of its pictures ("Image caption …") and
    the time it was last updated beside its date: neither is article text."""
    doc = _read(
        tmp_path,
        "Fire destroys supermarket\n\n22 July 2013 Last updated at 10:32\n\n"
        "Image caption Firefighters were called to the store on Friday evening\n\n"
        "A large fire has destroyed a supermarket in Surrey.\n\n"
        "Media caption The fire service said the roof collapsed\n\n"
        "Fire crews were called to the store on Friday.\n",
    )
    assert doc.date == date(2013, 7, 22)
    assert texts(doc, doc.body) == [
        "A large fire has destroyed a supermarket in Surrey.",
        "Fire crews were called to the store on Friday.",
    ]


def test_year_taken_from_articles_of_the_same_days_over_the_most_common_year(
    tmp_path: Path,
) -> None:
    # Saved pages of older stories outnumber the coverage the year-less article belongs to.
    days = ("18 March 2015", "24 July 2015", "4 May 2015", "29 June 2022", "8 March 2022")
    for k, day in enumerate(days):
        (tmp_path / f"{k}.txt").write_text(ARTICLE_DATED.format(day=day), encoding="utf-8")
    (tmp_path / "z.txt").write_text(ARTICLE_PARTIAL, encoding="utf-8")
    documents, _ = read_corpus([tmp_path])
    partial = documents[-1]
    assert partial.date == date(2022, 6, 29)
    assert any("2022" in line and "other articles" in line for line in partial.problems)


def test_a_row_of_links_and_a_newsletter_prompt_are_not_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Fire destroys store\nBy Jane Doe | March 5, 2013 | 10:32\n\n"
        "Order Reprints | Today's Paper | Subscribe\n\n"
        "A fire destroyed a store on Monday.\n\n"
        "[What you need to know to start the day: Get New York Today in your inbox.]\n\n"
        "Police said the cause was not known.\n",
    )
    assert (doc.author, doc.date) == ("Jane Doe", date(2013, 3, 5))
    assert texts(doc, doc.body) == [
        "A fire destroyed a store on Monday.",
        "Police said the cause was not known.",
    ]


@pytest.mark.parametrize(
    "line",
    ["Source: Reuters | 5 Mar 2013", "LONDON (AP) — March 5, 2013", "Markets | March 5, 2013"],
)
def test_a_meta_line_of_short_parts_with_a_date_dates_the_article(
    tmp_path: Path, line: str
) -> None:
    doc = _read(tmp_path, f"Fire destroys store\n{line}\n\nA fire destroyed a store.\n")
    assert doc.date == date(2013, 3, 5)
    assert body_text(doc) == "A fire destroyed a store."


def test_a_first_line_of_prose_after_a_dateline_is_no_meta_line(tmp_path: Path) -> None:
    """Short parts one of which ends a sentence are article text, not an outlet's meta line."""
    doc = _read(tmp_path, "Fire destroys store\nLONDON — March 5, 2013 — A store burned.\n")
    assert "A store burned." in body_text(doc)


@pytest.mark.parametrize(
    "footer",
    [
        "This article was first published on Tuesday 5 March 2013.",
        "This story was originally published on March 5, 2013.",
        "Originally published March 5, 2013",
    ],
)
def test_a_footer_naming_the_day_of_publication_dates_the_article(
    tmp_path: Path, footer: str
) -> None:
    """A story saved with its date only at its end is dated by it, and the footer is no text."""
    doc = _read(tmp_path, f"Fire destroys store\n\nA fire destroyed a store.\n\n{footer}\n")
    assert doc.date == date(2013, 3, 5)
    assert body_text(doc) == "A fire destroyed a store."


@pytest.mark.parametrize("space", ["\u00a0", "\u2002", "\u2009"])
def test_a_byline_and_date_spaced_with_other_spaces_are_read(tmp_path: Path, space: str) -> None:
    """Pages copied from the web space their bylines with no-break or thin spaces."""
    line = f"By{space}Jane{space}Doe{space}|{space}Reuters{space}|{space}March 5, 2013"
    doc = _read(tmp_path, f"Fire destroys store\n{line}\n\nA fire destroyed a store.\n")
    assert (doc.author, doc.date) == ("Jane Doe", date(2013, 3, 5))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_summary_under_the_headline_above_the_byline_is_header(tmp_path: Path, gap: str) -> None:
    """ "Title / summary / By line / date": the date and byline are read, the summary is no
    article text (it took the byline and the date into the body with it)."""
    head = gap.join(
        [
            "Fire destroys store",
            "Crews fought the blaze for six hours",
            "By Jane Doe",
            "March 5, 2013",
        ]
    )
    doc = _read(tmp_path, f"{head}\n\nA fire destroyed a store.\n")
    assert (doc.author, doc.date) == ("Jane Doe", date(2013, 3, 5))
    assert body_text(doc) == "A fire destroyed a store."


def test_a_section_name_above_the_headline_is_no_title(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "NEWS\n\nFire destroys store in town centre\n\nBy Jane Doe | March 5, 2013\n\n"
        "A fire destroyed a store.\n",
    )
    assert (doc.title, doc.author, doc.date) == (
        "Fire destroys store in town centre",
        "Jane Doe",
        date(2013, 3, 5),
    )


def test_a_summary_told_in_a_sentence_stays_text_and_the_byline_under_it_is_read(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        "Fire destroys store\n\nCrews fought the blaze for six hours.\n\nBy Jane Doe\n\n"
        "March 5, 2013\n\nA fire destroyed a store.\n",
    )
    assert (doc.author, doc.date) == ("Jane Doe", date(2013, 3, 5))
    assert body_text(doc) == "Crews fought the blaze for six hours.\nA fire destroyed a store."


@pytest.mark.parametrize(
    ("header", "body", "day"),
    [
        # A label does not make a numeric date either way round readable: no guess.
        ("Published: 12/10/2023", "The festival opened on Wednesday.", None),
        ("By Jane Doe | Posted 12/10/2023", "The festival opened on Wednesday.", None),
        # The weekday on its line says which way round: 12 October 2023 was a Thursday.
        ("Thu 12/10/2023", "The festival opened on Wednesday.", date(2023, 10, 12)),
        ("Published: Sunday 12/10/2023", "The festival opened on Friday.", date(2023, 12, 10)),
        # The one month of the two that the article names.
        ("Published: 12/10/2023", "Tickets went on sale on October 2.", date(2023, 10, 12)),
        ("05-03-2013", "The fire started late on March 4.", None),  # "March" is a verb too
        ("05-03-2013", "The store opened in May 1990 and burned on Mar. 4.", date(2013, 3, 5)),
    ],
)
def test_a_numeric_date_either_way_round_read_as_the_article_says(
    tmp_path: Path, header: str, body: str, day: date | None
) -> None:
    doc = _read(tmp_path, f"Festival draws record crowds\n{header}\n\n{body}\n")
    assert doc.date == day
    assert header in texts(doc, doc.header)
    assert body_text(doc) == body


@pytest.mark.parametrize(
    "head",
    [
        "From: Jane Doe <jane@paper.example>\nSent: Thursday, October 12, 2023 2:05 PM\n"
        "To: Desk\nSubject: Storm closes schools\n\n",
        "---------- Forwarded message ---------\nFrom: The Morning Brief <brief@example.com>\n"
        "Date: Thu, Oct 12, 2023 at 6:05 AM\nSubject: Fwd: Storm closes schools\n"
        "To: <reader@example.com>\n\nStorm closes schools\n\n",
        "**From:** The Morning Brief\n**Date:** October 12, 2023\n"
        "**Subject:** Storm closes schools\n\n",
    ],
)
def test_a_mail_saved_as_text(tmp_path: Path, head: str) -> None:
    """A mail's header is the article's: its subject the headline, its "Date:" the date."""
    doc = _read(tmp_path, head + "Schools closed on Thursday as a storm moved in.\n", "mail.md")
    assert doc.title == "Storm closes schools"
    assert doc.date == date(2023, 10, 12)
    assert doc.author == ""
    assert body_text(doc) == "Schools closed on Thursday as a storm moved in."


@pytest.mark.parametrize("mark", ["FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT, 12 OCTOBER"])
def test_a_press_release_mark_above_the_headline(tmp_path: Path, mark: str) -> None:
    doc = _read(
        tmp_path,
        f"{mark}\n\nAcme Opens Plant in Ohio\n\n"
        "COLUMBUS, Ohio, Oct. 12, 2023 /PRNewswire/ -- Acme opened a plant on Thursday.\n\n"
        "Media Contacts:\nJane Roe\n",
    )
    assert doc.title == "Acme Opens Plant in Ohio"
    assert doc.date == date(2023, 10, 12)
    assert mark in texts(doc, doc.boilerplate)
    assert body_text(doc) == "Acme opened a plant on Thursday."


def test_a_menu_copied_one_link_a_line(tmp_path: Path) -> None:
    """A page copied whole: its menu, one link a line, is furniture and leaves the headline,
    byline and date for the header."""
    doc = _read(
        tmp_path,
        "Skip to content\nHome\nNews\nLocal Sport\nBusiness\nSearch\n\n"
        "City council approves bike lanes\n\nBy Dana White\nOctober 12, 2023 at 2:05 p.m. EDT\n\n"
        "The council approved new bike lanes on Tuesday.\n",
    )
    assert doc.title == "City council approves bike lanes"
    assert doc.author == "Dana White"
    assert doc.date == date(2023, 10, 12)
    assert texts(doc, doc.boilerplate)[:6] == [
        "Skip to content", "Home", "News", "Local Sport", "Business", "Search",
    ]  # fmt: skip
    assert body_text(doc) == "The council approved new bike lanes on Tuesday."


def test_three_short_header_lines_are_no_menu(tmp_path: Path) -> None:
    doc = _read(
        tmp_path, "Fire Guts Store\nJane Doe\nReuters\nMarch 5, 2013\n\nA fire broke out.\n"
    )
    assert doc.title == "Fire Guts Store"
    assert doc.author == "Jane Doe"
    assert doc.date == date(2013, 3, 5)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A meta line's date part may be long, its label and clock time with it.
        ("Rains lash Mumbai\nTNN | Last Updated: Oct 12, 2023, 14:05 IST", "Rains lash Mumbai"),
        # A clock time after a slash.
        ("Senate averts shutdown\nBy Lisa Hart\nOct. 12, 2023 / 2:05 PM", "Senate averts shutdown"),
        # A broadcast's transcript: the programme's name, then the day it aired.
        ("CNN NEWSROOM\nAired October 12, 2023 - 14:00 ET", "CNN NEWSROOM"),
        ("Evening News\nBroadcast on 12 October 2023", "Evening News"),
    ],
)
def test_more_date_lines(tmp_path: Path, head: str, title: str) -> None:
    doc = _read(tmp_path, f"{head}\n\nThe Senate voted on Thursday.\n")
    assert doc.title == title
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "The Senate voted on Thursday."


def test_a_transcript_direction_is_no_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "CNN NEWSROOM\nAired October 12, 2023 - 14:00 ET\n\n"
        "ANCHOR: The Senate voted today.\n\n(BEGIN VIDEOTAPE)\n\n"
        "SEN. JOHN SMITH (R), OHIO: We did our job.\n\n(END VIDEOTAPE)\n\n[CROSSTALK]\n",
    )
    assert texts(doc, doc.boilerplate) == ["(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)", "[CROSSTALK]"]
    assert texts(doc, doc.body) == [
        "ANCHOR: The Senate voted today.",
        "SEN. JOHN SMITH (R), OHIO: We did our job.",
    ]


def test_a_blog_post_with_its_buttons_between_byline_and_date(tmp_path: Path) -> None:
    """Buttons and marks with no word ("Follow", "·", "--") between the name and the date
    are furniture: the name beside the date is still the byline."""
    doc = _read(
        tmp_path,
        "The Day Our Startup Ran Out of Money\n\nAlex Kim\n\nFollow\n\n5 min read\n·\n"
        "Oct 12, 2023\n\n--\n\nListen\n\nShare\n\n"
        "On Monday our bank told us the account was empty.\n",
    )
    assert doc.author == "Alex Kim"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "On Monday our bank told us the account was empty."
    assert {"Follow", "·", "--", "Listen", "Share"} <= set(texts(doc, doc.boilerplate))


def test_labels_in_bold_in_a_markdown_list(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "# Flood defences to be rebuilt\n\n- **Author:** Priya Shah\n- **Date:** 12 October 2023\n"
        "- **Source:** The Coastal Times\n\nThe government said on Thursday it would act.\n",
        "flood.md",
    )
    assert doc.title == "Flood defences to be rebuilt"
    assert doc.author == "Priya Shah"
    assert doc.date == date(2023, 10, 12)
    assert doc.date_text == "12 October 2023"
    assert body_text(doc) == "The government said on Thursday it would act."


def test_a_browser_reader_view_copy(tmp_path: Path) -> None:
    """The site, the headline, the name, the reading time: the name is the byline."""
    doc = _read(
        tmp_path,
        "example.com\nRail fares to rise by 6%\nPeter Walker\n4-5 minutes\n\n"
        "Ministers faced a backlash on Thursday.\n",
    )
    assert doc.title == "Rail fares to rise by 6%"
    assert doc.author == "Peter Walker"
    assert "4-5 minutes" in texts(doc, doc.boilerplate)
    assert body_text(doc) == "Ministers faced a backlash on Thursday."


def test_a_pdf_copy_with_its_running_head(tmp_path: Path) -> None:
    """A page's running head (the paper's name and the day, in columns) dates the article
    but names no author."""
    head = "The Daily Ledger                         October 12, 2023"
    doc = _read(
        tmp_path,
        f"{head}\n\nCouncil votes to close library\nBy Mark Evans\n\n"
        "The council voted on Tuesday to close the east-\nern branch.\n\nPage 1 of 2\n\n"
        f"{head}\n\nThe branch will close in January.\n",
    )
    assert doc.title == "Council votes to close library"
    assert doc.author == "Mark Evans"
    assert doc.date == date(2023, 10, 12)
    assert texts(doc, doc.header).count(head) == 2


@pytest.mark.parametrize("outlet", ["BBC News", "Political correspondent"])
def test_an_outlet_under_the_byline(tmp_path: Path, outlet: str) -> None:
    doc = _read(
        tmp_path,
        f"Rail strike called off\n12 October 2023\nBy Tom Edgington\n{outlet}\n\n"
        "A planned strike was called off on Thursday.\n",
    )
    assert doc.author == "Tom Edgington"
    assert outlet in texts(doc, doc.header)
    assert body_text(doc) == "A planned strike was called off on Thursday."


def test_a_wire_dateline_naming_no_place(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Senate averts shutdown\nBy Lisa Hart\nOct. 12, 2023 / 2:05 PM\n\n"
        "Oct. 12 (UPI) -- The Senate voted Thursday to keep the government open.\n",
    )
    assert doc.date == date(2023, 10, 12)
    assert "Oct. 12 (UPI) --" in texts(doc, doc.header)
    assert body_text(doc) == "The Senate voted Thursday to keep the government open."


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Morning Briefing: Thursday, October 12, 2023", date(2023, 10, 12)),
        ("Weekly update | 12 Oct 2023", date(2023, 10, 12)),
        ("What changed after March 5, 2013", None),  # a date the story tells of, no edition
    ],
)
def test_a_headline_naming_its_edition(tmp_path: Path, title: str, day: date | None) -> None:
    doc = _read(tmp_path, f"{title}\n\nCongress averted a shutdown late on Wednesday.\n")
    assert doc.title == title
    assert doc.date == day
    assert body_text(doc) == "Congress averted a shutdown late on Wednesday."


def test_a_headline_opening_with_a_quote(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "“We will rebuild”: town vows after floods\nBy Anna Berg\n12 Oct 2023\n\n"
        "“We will rebuild,” the mayor said on Thursday.\n",
    )
    assert doc.title == "“We will rebuild”: town vows after floods"
    assert doc.author == "Anna Berg"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "“We will rebuild,” the mayor said on Thursday."


def test_a_printed_page_header_of_date_and_title(tmp_path: Path) -> None:
    """A browser prints the day and the page's title in columns above the article."""
    doc = _read(
        tmp_path,
        "12/10/2023, 14:05                     Floods close schools – The Courier\n\n"
        "Floods close schools\nAnna Berg\nThursday 12 October 2023\n\n"
        "Schools closed on Thursday after floods.\n",
    )
    assert doc.title == "Floods close schools"
    assert doc.author == "Anna Berg"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "Schools closed on Thursday after floods."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Smith For Mailonline", "Jane Smith"),
        ("By Carol Finch, Staff Writer", "Carol Finch"),
        ("By JAMES REED, SHOWBIZ EDITOR", "James Reed"),
        ("By Jane Smith, John Doe", "Jane Smith, John Doe"),  # two authors
        ("By [Anna Berg](https://example.com/anna) | October 12, 2023", "Anna Berg"),
        ("By [Anna Berg](https://example.com/anna)", "Anna Berg"),
    ],
)
def test_bylines_naming_a_role_an_outlet_or_a_link(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(
        tmp_path,
        f"# Floods close schools\n\n{line}\n\nOctober 12, 2023\n\nSchools closed.\n",
        "a.md",
    )
    assert doc.author == author
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "Schools closed."


def test_a_clipping_with_markup_inside_its_meta_lines(tmp_path: Path) -> None:
    """A saved page's note of where and when it was saved is header, not the story's date;
    the byline and date in bold and dots below it are read as a reader sees them."""
    doc = _read(
        tmp_path,
        "# Floods kill 12 in Italy\n\n"
        "*From [example.com](https://example.com/floods) · Saved October 13, 2023*\n\n"
        "**Marco Rossi** · October 12, 2023\n\nFloods killed 12 people on Thursday.\n",
        "clip.md",
    )
    assert doc.author == "Marco Rossi"
    assert doc.date == date(2023, 10, 12)
    assert doc.date_text == "October 12, 2023"
    assert body_text(doc) == "Floods killed 12 people on Thursday."


def test_a_note_of_the_address_it_was_saved_from(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "# Floods kill 12 in Italy\n\nDate: October 12, 2023\nURL: https://example.com/floods\n\n"
        "Floods killed 12 people on Thursday.\n\nSource: https://example.com/floods\n",
        "note.md",
    )
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "Floods killed 12 people on Thursday."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By MARCO ROSSI Associated Press", "Marco Rossi"),
        ("By MARCO ROSSI and ANNA BERG Associated Press", "Marco Rossi and Anna Berg"),
        # The outlet's kind ("Press") and the word before it are the outlet's.
        ("By Marco Rossi Associated Press", "Marco Rossi"),
    ],
)
def test_a_name_in_capitals_ends_where_they_do(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(tmp_path, f"Floods kill 12\n{line}\nOctober 12, 2023\n\nFloods killed 12.\n")
    assert doc.author == author


@pytest.mark.parametrize(
    "line",
    ["Peter Walker Political correspondent", "Peter Walker Senior political editor"],
)
def test_a_name_and_its_role_on_one_line(tmp_path: Path, line: str) -> None:
    doc = _read(
        tmp_path,
        f"Rail fares to rise\n{line}\nThu 12 Oct 2023 14.05 BST\n\nMinisters faced a row.\n",
    )
    assert doc.author == "Peter Walker"
    assert doc.date == date(2023, 10, 12)
    assert line in texts(doc, doc.header)


@pytest.mark.parametrize(
    ("head", "author", "words"),
    [
        ("Floods close schools\n14:05, 12 Oct 2023", "", "12 Oct 2023"),  # the time first
        ("Floods close schools\n2:05 PM EDT | October 12, 2023", "", "October 12, 2023"),
        # The published date, not the updated one before it on the line.
        ("Floods close schools\nUpdated: 13 Oct 2023 | Published: 12 Oct 2023", "", "12 Oct 2023"),
        ("Floods close schools\nPosted by Anna Berg on October 12, 2023", "Anna Berg", None),
        ("Floods close schools (12 October 2023)", "", "12 October 2023"),
    ],
)
def test_dates_in_more_places_of_the_header(
    tmp_path: Path, head: str, author: str, words: str | None
) -> None:
    doc = _read(tmp_path, f"{head}\n\nSchools closed on Thursday after floods.\n")
    assert doc.date == date(2023, 10, 12)
    assert doc.author == author
    if words is not None:
        assert doc.date_text == words
    assert body_text(doc) == "Schools closed on Thursday after floods."


def test_a_menu_with_longer_links_above_it(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Skip to main content\nOpen navigation menu\nClose suggestions\nSearch\nSign in\nMenu\n"
        "World\nEurope\nFloods close schools\nBy Anna Berg\n12 October 2023\n\n"
        "Schools closed on Thursday after floods.\n",
    )
    assert doc.title == "Floods close schools"
    assert doc.author == "Anna Berg"
    assert doc.date == date(2023, 10, 12)
    assert "Open navigation menu" in texts(doc, doc.boilerplate)


def test_a_colon_dateline(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Rains lash Mumbai\nTNN | Oct 12, 2023, 14:05 IST\n\n"
        "NEW DELHI: Heavy rain lashed the city on Thursday.\n",
    )
    assert "NEW DELHI:" in texts(doc, doc.header)
    assert body_text(doc) == "Heavy rain lashed the city on Thursday."


def test_a_speaker_opening_a_transcript_is_no_dateline(tmp_path: Path) -> None:
    doc = _read(
        tmp_path, "NEWSROOM\nAired October 12, 2023\n\nANCHOR: Good afternoon.\n\nSMITH: Hello.\n"
    )
    assert body_text(doc) == "ANCHOR: Good afternoon.\nSMITH: Hello."


def test_a_time_ago_is_no_date(tmp_path: Path) -> None:
    """ "Updated 3 hours ago" says nothing of the day once the page is saved: never today."""
    doc = _read(
        tmp_path,
        "Floods close schools\n"
        "By Anna Berg | Reuters | October 12, 2023 2:05 PM GMT+1 | Updated 3 hours ago\n\n"
        "Schools closed on Thursday after floods.\n",
    )
    assert doc.date == date(2023, 10, 12)
    doc = _read(
        tmp_path, "Floods close schools\nAnna Berg\n2 hours ago\n\nSchools closed on Thursday.\n"
    )
    assert doc.date is None
    assert doc.author == "Anna Berg"
    assert texts(doc, doc.boilerplate) == ["2 hours ago"]


def test_a_full_copy_of_a_page_with_its_age_and_last_change(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Floods\nThis article is more than 1 month old\nFloods close schools across the north\n"
        "Thousands of pupils stay home as rivers burst their banks\nBy Anna Berg\n"
        "Thu 12 Oct 2023 14.05 BST\nLast modified on Thu 12 Oct 2023 16.30 BST\n\n"
        "Schools closed on Thursday after floods.\n",
    )
    assert doc.title == "Floods close schools across the north"
    assert doc.date == date(2023, 10, 12)
    assert doc.date_text == "Thu 12 Oct 2023"
    assert body_text(doc) == "Schools closed on Thursday after floods."


def test_a_table_of_the_article_s_details(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "# Floods close schools\n\n| Author | Anna Berg |\n|---|---|\n| Date | 12 October 2023 |\n"
        "| Section | Weather |\n\nSchools closed on Thursday after floods.\n",
        "table.md",
    )
    assert doc.author == "Anna Berg"
    assert doc.date == date(2023, 10, 12)
    assert doc.date_text == "12 October 2023"
    assert body_text(doc) == "Schools closed on Thursday after floods."


def test_a_label_above_its_date_under_a_summary(tmp_path: Path) -> None:
    """A government page: a summary told in a sentence, then "Published" over the date."""
    doc = _read(
        tmp_path,
        "Press release\nFloods: support for schools\n"
        "Schools in flood-hit areas will receive support, the Secretary announced today.\n"
        "Published\n12 October 2023\n\nSchools in flood-hit areas will receive support.\n",
    )
    assert doc.date == date(2023, 10, 12)
    assert {"Published", "12 October 2023"} <= set(texts(doc, doc.header))


def test_a_date_then_its_byline_on_one_line(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Floods close schools\nOctober 12, 2023 by Anna Berg\nLeave a Comment\n\n"
        "Schools closed on Thursday after floods.\n",
    )
    assert doc.author == "Anna Berg"
    assert doc.date == date(2023, 10, 12)
    assert body_text(doc) == "Schools closed on Thursday after floods."
