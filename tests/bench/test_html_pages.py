"""The HTML pages benchmark: its halves fixed by name, its comparisons as its docstring says,
and a page read end to end from a checkout."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bench.html_pages import PAGES_FOLDER, build, held_out, score_part
from bench.html_scoring import (
    author_right,
    expected_day,
    html_text,
    person_named,
    title_right,
    trigrams,
)


def test_every_other_page_by_name_is_held_out() -> None:
    assert held_out(["d", "a", "c", "b", "e"]) == {"b", "d"}


@pytest.mark.parametrize(
    ("ours", "expected", "right"),
    [
        ("Troops  sent to Europe", "troops sent to europe.", True),
        ("Apple’s “new” phone", 'Apple\'s "new" phone', True),
        ("Whales stranded", "Whales stranded | Jane Smith", True),
        ("Lorem", "Base URL test", False),
        ("", "", False),
    ],
)
def test_titles_compare_as_a_reader_would(ours: str, expected: str, right: bool) -> None:
    assert title_right(ours, expected) is right


@pytest.mark.parametrize(
    ("byline", "person"),
    [
        ("By Erin Cunningham", "Erin Cunningham"),
        ("Jeffrey Gettleman and Somini Sengupta", "Jeffrey Gettleman"),
        ("BBC News", ""),
        ("by Lucas Nolan22 Dec 2016", ""),
        (None, ""),
    ],
)
def test_a_byline_is_scored_only_where_it_names_a_person(byline: str | None, person: str) -> None:
    assert person_named(byline) == person


def test_an_author_is_right_when_the_name_stands_in_it() -> None:
    assert author_right("By Erin Cunningham, Washington Post", "Erin Cunningham")
    assert not author_right("Erin", "Erin Cunningham")
    assert not author_right("", "Erin Cunningham")


def test_the_published_day_is_the_one_written() -> None:
    assert expected_day("2019-01-03T23:00:02-05:00") == date(2019, 1, 3)
    assert expected_day("Jan 3") is None


def test_the_expected_content_keeps_blocks_apart() -> None:
    text = html_text("<div><p>One two</p><p>three&amp;four</p><script>x y z</script></div>")
    assert sorted(trigrams(text)) == [("one", "two", "three"), ("two", "three", "four")]


def test_a_page_is_read_and_scored_from_a_checkout(tmp_path: Path) -> None:
    page = tmp_path / "snapshot" / PAGES_FOLDER / "news-1"
    page.mkdir(parents=True)
    article = "<p>The council voted on Monday to close the old bridge for repairs.</p>"
    (page / "source.html").write_text(
        '<html><head><meta property="article:published_time" content="2022-03-08">'
        f"</head><body><h1>Bridge closes</h1><p class='byline'>By Jane Smith</p>{article}"
        "<footer><p>Share this story with a friend today</p></footer></body></html>"
    )
    (page / "expected.html").write_text(f"<div>{article}</div>")
    meta = {"title": "Bridge closes", "byline": "Jane Smith", "publishedTime": "2022-03-08"}
    (page / "expected-metadata.json").write_text(json.dumps(meta))
    cache = build(tmp_path / "snapshot", tmp_path / "cache")
    records = json.loads((cache / "gold.json").read_text())["pages"]
    assert [r["part"] for r in records] == ["dev"]
    score = score_part(cache, records, misses=False)
    assert (score.title.hits, score.author.hits, score.date.hits) == (1, 1, 1)
    assert score.recall == 1.0 and score.precision == 1.0
