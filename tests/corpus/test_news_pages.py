"""How news and blog pages are built, read as a reader reads them: the headline, the byline,
the date, and the article text apart from what a page puts around it."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.checks import check_invariants, shown
from viewer.core.model import Document
from viewer.corpus import read_document


def _read(tmp_path: Path, body: str, head: str = "") -> Document:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>")
    doc = read_document(path)
    check_invariants(doc)
    return doc


def test_a_wrapper_naming_its_author_or_date_does_not_make_the_article_a_header(
    tmp_path: Path,
) -> None:
    # Blog engines class the whole post by its author and the day's group by its date.
    doc = _read(
        tmp_path,
        '<div class="date-outer"><article class="post author-jsmith category-news">'
        '<div class="entry-content"><p>The council voted on Monday to close the bridge.</p>'
        "<p>Work starts in May.</p></div></article></div>",
    )
    assert shown(doc, doc.body) == [
        "The council voted on Monday to close the bridge.",
        "Work starts in May.",
    ]
