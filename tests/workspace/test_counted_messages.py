"""Messages built with a count read right for one and for many: the articles-changed banner
said "1 event you annotated is in edited articles: their annotations followed their
passages"."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from viewer.core.annotations import Anchor, Annotation, UserEvent
from viewer.core.counted_words import agreeing, counted
from viewer.core.model import DateValue
from viewer.workspace.article_changes import ArticleChanges, gone_made_told, told, unplaced_told
from viewer.workspace.picture_titles import corpus_title

# A count of one followed by a plural word, or a plural pronoun where one thing is meant.
ONE_AND_MANY = re.compile(r"\b1 (\w+ )?(events|rows|articles|documents|annotations)\b|\btheir\b")


def _annotation(event_id: str, doc: str) -> Annotation:
    return Annotation(event_id, Anchor(doc, 0, 4, "Text"), note="checked")


def test_counted_words_agree() -> None:
    assert counted(1, "event") == "1 event"
    assert counted(2, "event") == "2 events"
    assert counted(0, "folder or file", "folders or files") == "0 folders or files"
    assert agreeing(1, "is", "are") == "is"
    assert agreeing(3, "is", "are") == "are"


def test_one_annotated_event_in_an_edited_article_is_told_as_one() -> None:
    changes = ArticleChanges(edited=("a.txt",))
    lines = told(changes, [_annotation("e1", "a.txt")], [])
    assert lines[1] == (
        "1 event you annotated is in an edited article: its annotation followed its passage."
    )
    many = told(changes, [_annotation("e1", "a.txt"), _annotation("e2", "a.txt")], [])
    assert many[1] == (
        "2 events you annotated are in edited articles: their annotations followed their passages."
    )


@pytest.mark.parametrize("orphans", [1, 2])
def test_annotated_events_lost_are_told_as_many_as_they_are(orphans: int) -> None:
    notes = [_annotation(f"e{i}", "a.txt") for i in range(orphans)]
    redated = tuple(
        ("Title", DateValue.day(date(2025, 9, 1)), DateValue.day(date(2025, 9, 2)))
        for _ in range(3 + orphans)
    )
    lines = told(ArticleChanges(edited=("a.txt",), redated=redated), notes, notes)
    said = " ".join(lines[1:])
    if orphans == 1:
        assert not ONE_AND_MANY.search(said), said
        assert "… and 1 more annotated event dated anew." in said
        assert "where its notes are kept" in said
    else:
        assert "where their notes are kept" in said


def test_one_event_made_and_edited_away_is_told_as_one() -> None:
    made = [
        UserEvent(f"u{i}", Anchor("a.txt", 0, 4, "Text"), DateValue.day(date(2025, 9, 1)), "Title")
        for i in range(4)
    ]
    lines = unplaced_told(made)
    assert lines[-1] == "… and 1 more event you made, its words edited away."
    gone = gone_made_told(ArticleChanges(gone=("a.txt",)), made[:1])
    assert gone == [
        "1 event you made from a.txt is not shown (kept: it comes back with the article)."
    ]


def test_a_picture_of_one_article_is_titled_for_one(tmp_path: Path) -> None:
    sources = [tmp_path / "x" / "a.txt", tmp_path / "y" / "b.txt"]
    assert corpus_title(sources, 1) == "Timeline of 1 article"
