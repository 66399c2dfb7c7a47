"""HTML articles: metadata from the head, body from the article's paragraphs, tags as markup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.corpus.checks import body_text, check_invariants, shown, texts
from viewer.core.model import DocDateBasis
from viewer.corpus import read_document

PAGE = """<!DOCTYPE html>
<html><head>
<title>Pentagon sends troops &amp; jets | Example News</title>
<meta property="og:title" content="Pentagon sends 500 more troops to Europe">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2022-03-08T10:31:00Z">
<script>var banner = "<p>Breaking: not article text</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li>World news menu</li></ul></nav>
<header><h1>Example News</h1></header>
<article>
<h1>Pentagon sends 500 more troops</h1>
<p class="byline">By Jane Smith</p>
<p>WASHINGTON (Reuters) - The Pentagon on Monday ordered 500 more troops to Europe,
<b>officials</b> said.</p>
<!-- an ad slot -->
<p>Defense Secretary Lloyd Austin approved the move &amp; more.
<p>Advertisement</p>
<div class="share-tools"><p>Share on Twitter</p></div>
<ul><li>Troops go to Poland.</li><li>Jets go to Romania.</li></ul>
</article>
<aside><p>Related: Navy moves a carrier in the Aegean.</p></aside>
<footer><p>© 2022 Example News. All rights reserved.</p></footer>
</body></html>
"""


def _page(tmp_path: Path, html: str = PAGE, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_metadata_comes_from_the_page(tmp_path: Path) -> None:
    doc = read_document(_page(tmp_path))
    check_invariants(doc)
    assert doc.text == PAGE
    assert doc.title == "Pentagon sends 500 more troops"
    assert doc.author == "Jane Smith"
    assert doc.date == date(2022, 3, 8)
    assert doc.date_basis is DocDateBasis.FOUND
    assert doc.date_text.startswith("2022-03-08")


def test_body_is_the_article_paragraphs_only(tmp_path: Path) -> None:
    doc = read_document(_page(tmp_path))
    body = texts(doc, doc.body)
    assert body[0].startswith("The Pentagon on Monday ordered 500 more troops")
    assert "Defense Secretary Lloyd Austin approved the move &amp; more." in body
    assert body[-2:] == ["Troops go to Poland.", "Jets go to Romania."]
    joined = body_text(doc)
    for furniture in (
        "Home", "World news menu", "Example News", "Breaking", "color: red", "Advertisement",
        "Share on Twitter", "Related", "All rights reserved", "By Jane Smith", "WASHINGTON",
    ):  # fmt: skip
        assert furniture not in joined
    assert "WASHINGTON (Reuters) -" in texts(doc, doc.header)


def test_tags_comments_scripts_and_the_title_show_nothing(tmp_path: Path) -> None:
    doc = read_document(_page(tmp_path))
    shown_text = doc.visible.render()
    for unseen in ("<", "var banner", "color: red", "ad slot", "Pentagon sends troops & jets"):
        assert unseen not in shown_text
    assert "Pentagon sends 500 more troops\n\nBy Jane Smith" in shown_text
    assert "ordered 500 more troops to Europe, officials said." in shown_text
    assert "approved the move & more." in shown_text  # the entity shows its character
    assert "Troops go to Poland.\nJets go to Romania." in shown_text  # list items, a line each
    assert "Defense Secretary Lloyd Austin approved the move & more." in shown(doc, doc.body)


def test_title_tag_and_time_element_when_no_meta(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Carrier moves north – Example News</title></head><body>"
        '<p>By John Doe</p><p>Posted <time datetime="2022-03-09">March 9, 2022</time></p>'
        "<p>The carrier moved into the northern Aegean this week.</p></body></html>"
    )
    doc = read_document(_page(tmp_path, html, "carrier.htm"))
    check_invariants(doc)
    assert doc.title == "Carrier moves north"
    assert doc.date == date(2022, 3, 9)
    assert doc.date_text == "March 9, 2022"
    assert texts(doc, doc.body) == ["The carrier moved into the northern Aegean this week."]


def test_html_is_recognised_by_content_whatever_the_extension(tmp_path: Path) -> None:
    doc = read_document(_page(tmp_path, PAGE, "saved_page.txt"))
    assert doc.title == "Pentagon sends 500 more troops"
    assert "<p>" not in body_text(doc)


def test_a_page_wide_class_does_not_hide_the_article(tmp_path: Path) -> None:
    html = (
        '<html><body class="author-page ad-free"><div class="post">'
        "<p>The Navy moved a carrier on Tuesday.</p><p>It will stay a month.</p>"
        "</div></body></html>"
    )
    doc = read_document(_page(tmp_path, html))
    assert texts(doc, doc.body) == ["The Navy moved a carrier on Tuesday.", "It will stay a month."]


def test_a_stray_marked_section_is_a_bogus_comment(tmp_path: Path) -> None:
    # "<![" opens a CDATA section or a conditional comment; anything else is a bogus comment
    # to the next ">", never a reason to stop reading the page.
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><p>The council met on Monday.</p><![a photo](p.png)>"
        "<p>It voted to raise fares &amp; fees.</p><![if !IE]><p>Shown.</p><![endif]>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    check_invariants(doc)
    assert shown(doc, doc.body) == [
        "The council met on Monday.",
        "It voted to raise fares & fees.",
        "Shown.",
    ]


def test_a_dateline_paragraph_of_its_own_is_header(tmp_path: Path) -> None:
    path = tmp_path / "wire.html"
    path.write_text(
        "<html><head><title>Blasts deplored</title>"
        '<meta name="date" content="1998-08-08"></head><body><article>'
        "<p>JOHANNESBURG, August&nbsp;7 (Xinhua) --</p>"
        "<p>South Africa deplored the bomb blasts on Friday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    check_invariants(doc)
    assert doc.dateline is not None
    assert shown(doc, [doc.dateline]) == ["JOHANNESBURG, August 7 (Xinhua) --"]
    assert shown(doc, doc.body) == ["South Africa deplored the bomb blasts on Friday."]
    assert doc.date == date(1998, 8, 8)


def test_linked_data_names_the_publication_date(tmp_path: Path) -> None:
    """Many news pages state their date only in linked data (a JSON-LD script), not in a meta
    element or a time element: the script's "datePublished" dates the article, and none of
    its text shows."""
    html = (
        "<html><head><title>Fire destroys store – Example News</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fire",'
        ' "dateModified": "2013-03-06T08:00:00Z", "datePublished": "2013-03-05T10:00:00Z"}'
        "</script></head><body><h1>Fire destroys store</h1>"
        "<p>A fire destroyed a store on Monday, police said.</p></body></html>"
    )
    doc = read_document(_page(tmp_path, html, "fire.html"))
    check_invariants(doc)
    assert doc.date == date(2013, 3, 5)
    assert texts(doc, doc.body) == ["A fire destroyed a store on Monday, police said."]


def test_a_pictures_caption_is_not_article_text(tmp_path: Path) -> None:
    """A caption tells again what the article does ("Fallen trees blocked roads on Monday"):
    as article text it was an event of its own."""
    html = (
        "<html><head><title>Storm leaves thousands without power</title></head><body>"
        "<article><h1>Storm leaves thousands without power</h1>"
        '<figure><img src="a.jpg"><figcaption>Fallen trees blocked roads on Monday.'
        " Photograph: Jane Roe</figcaption></figure>"
        '<div class="image-caption"><p>Crews cleared a road near Leeds.</p></div>'
        "<p>More than 40,000 homes were left without power on Monday.</p>"
        "</article></body></html>"
    )
    doc = read_document(_page(tmp_path, html, "storm.html"))
    check_invariants(doc)
    assert texts(doc, doc.body) == ["More than 40,000 homes were left without power on Monday."]
