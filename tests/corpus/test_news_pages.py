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


def test_the_author_is_read_from_a_link_or_name_the_page_marks_as_its_byline(
    tmp_path: Path,
) -> None:
    article = "<article><h1>Bridge to close</h1>{byline}<p>The council voted on Monday.</p>"
    comments = (
        '<section class="comments"><span class="comment-author">Sam Jones</span>'
        "<p>I disagree.</p></section></article>"
    )
    for byline in (
        '<address><a href="/people/jane" rel="author">Jane Smith</a></address>',
        '<div class="meta"><span class="byText">by </span><a class="author__name">Jane Smith</a>'
        "</div>",
        '<div><span itemprop="author"><span itemprop="name">Jane Smith</span></span></div>',
    ):
        doc = _read(tmp_path, article.format(byline=byline) + comments)
        assert doc.author == "Jane Smith"
        assert shown(doc, doc.body) == ["The council voted on Monday."]


def test_a_comment_or_a_related_story_does_not_lend_the_article_its_author(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        "<article><h1>Bridge to close</h1><p>The council voted on Monday.</p>"
        '<div class="related"><a href="/x">Roads reopen</a> <span class="byline">Ann Lee</span>'
        '</div><div class="comment"><span class="author">Sam Jones</span></div></article>',
    )
    assert doc.author == ""
