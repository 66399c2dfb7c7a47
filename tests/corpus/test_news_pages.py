"""How news and blog pages are built, read as a reader reads them: the headline, the byline,
the date, and the article text apart from what a page puts around it."""

from __future__ import annotations

from datetime import date
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


def test_an_article_inside_a_wrapper_named_for_its_sidebar_is_article_text(
    tmp_path: Path,
) -> None:
    # What the page's article holds is read from the article in; the wrapper's name is the
    # layout's.
    doc = _read(
        tmp_path,
        '<div class="page has-sidebar"><article><h1>Bridge to close</h1>'
        "<p>The council voted on Monday to close the bridge.</p>"
        '<div class="share"><p>Share this story</p></div></article>'
        "<aside><p>Most read: a cat is elected mayor.</p></aside>"
        '<div class="sidebar"><p>Weather: sunny all week.</p></div></div>',
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_a_layout_named_for_the_article_and_its_sidebar_holds_the_article(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        '<section class="l-main"><div class="l-article-body l-sidebar-fixed">'
        '<div class="c-entry-content"><p>The council voted on Monday to close the bridge.</p>'
        '</div><div class="sidebar-content"><p>Weather: sunny all week.</p></div>'
        '<div class="below-article-related"><p>A cat is elected mayor.</p></div>'
        "</div></section>",
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_what_the_page_hides_from_its_reader_is_not_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "<article><p>The council voted on Monday to close the bridge.</p>"
        '<p hidden>Loading the next story</p><div style="display: none"><p>Sign in</p></div>'
        '<div style="color:red; visibility:hidden"><p>Old text.</p></div>'
        '<div aria-hidden="true"><p>The council voted on Monday.</p></div></article>',
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_a_heading_that_links_to_the_site_home_page_is_its_name_not_the_headline(
    tmp_path: Path,
) -> None:
    for home in ("/", "https://example.org/", "index.html"):
        doc = _read(
            tmp_path,
            f'<div class="top"><h1><a href="{home}">Jane <b>Smith</b>’s notes</a></h1></div>'
            '<div class="post"><h1><a href="/2022/bridge">Bridge to close</a></h1>'
            "<p>The council voted on Monday to close the bridge.</p></div>",
            head="<title>Jane Smith’s notes</title>",
        )
        assert doc.title == "Bridge to close"


def test_text_beside_a_nested_list_or_block_is_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "<article><ul><li>We landed a fix for the updater on Monday.<ul>"
        "<li>It ships to everyone next week.</li></ul></li></ul>"
        "<div>The council voted to close the bridge."
        '<div class="advert"><p>Advertisement</p></div>Work starts in May.</div></article>',
    )
    assert shown(doc, doc.body) == [
        "We landed a fix for the updater on Monday.",
        "It ships to everyone next week.",
        "The council voted to close the bridge.",
        "Work starts in May.",
    ]


def test_a_menu_or_a_footer_beside_the_article_text_stays_furniture(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '<div class="wrap"><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav>'
        "<p>The council voted on Monday to close the bridge.</p>"
        "<figure><img src='a.jpg'>The old bridge in 1930. Photo: City archive</figure>"
        "<button>Load more</button><footer>Contact the news desk</footer></div>",
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_text_written_straight_into_the_page_is_read(tmp_path: Path) -> None:
    doc = _read(tmp_path, "The council voted on Monday to close the bridge.")
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_a_landmark_role_of_navigation_aside_or_footer_is_furniture(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '<div role="navigation"><p>World</p><p>Sport</p></div>'
        "<div><p>The council voted on Monday to close the bridge.</p></div>"
        '<div role="complementary"><p>Most read: a cat is elected mayor.</p></div>'
        '<div role="contentinfo"><p>About us. Careers.</p></div>',
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_what_a_conventional_hiding_class_hides_is_not_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "<article><p>The council voted on Monday to close the bridge."
        '<span class="sr-only">(opens in a new window)</span></p>'
        '<ul class="hide"><li>Search this site</li></ul>'
        '<p class="visually-hidden">Skip to the next story</p></article>',
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_a_meta_element_gives_its_value_under_each_name_it_lists(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "<div><p>The council voted on Monday to close the bridge.</p></div>",
        head='<meta property="og:title twitter:title" content="Bridge to close">'
        '<meta property="twitter:site dc:creator" content="Jane Smith">',
    )
    assert (doc.title, doc.author) == ("Bridge to close", "Jane Smith")


def test_replies_an_authors_bio_and_a_call_to_action_are_not_article_text(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        "<article><p>The council voted on Monday to close the bridge.</p>"
        '<div class="author-bio"><p>Jane Smith covers the city council for the paper.</p>'
        '<p>Write to <a class="author" href="/jane">Jane Smith</a>.</p></div>'
        '<div class="cta"><p>Try our app free for a month.</p></div></article>'
        '<section class="js-replies"><div class="reply"><p>I cross it every day!</p></div>'
        "</section>",
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]
    assert doc.author == "Jane Smith"


def test_a_pages_reading_time_tags_and_post_links_are_not_article_text(tmp_path: Path) -> None:
    lines = [
        "11 min read",
        "Tags: transport, council",
        "Filed to: city hall",
        "Newer Post Older Post Home",
        "View all 146 replies",
        "Related searches",
        "Continue reading the main story",
    ]
    doc = _read(
        tmp_path,
        "<div><p>The council voted on Monday to close the bridge.</p>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "<p>The tags on the bridge were removed.</p></div>",
    )
    assert shown(doc, doc.body) == [
        "The council voted on Monday to close the bridge.",
        "The tags on the bridge were removed.",
    ]


def test_the_date_is_read_from_an_element_the_page_marks_as_its_date(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '<div class="date-outer"><div class="post"><h1>Bridge to close</h1>'
        '<div class="byline">Jane Smith <span class="post_datetimes">'
        '<span class="buzz_datetime">posted on April 21, 2015, at 11:29 a.m.</span></span></div>'
        "<p>The council voted on Monday; the bridge opened on May 2, 1931.</p></div></div>"
        '<div class="related"><span class="date">March 3, 2014</span></div>',
    )
    assert doc.date == date(2015, 4, 21)
    assert doc.date_text == "April 21, 2015"


def test_a_date_as_chinese_japanese_and_korean_pages_write_it(tmp_path: Path) -> None:
    for written in ("2016年10月14日07:17", "2016년 10월 14일"):
        doc = _read(
            tmp_path,
            f'<div class="article"><span class="pubTime">{written}</span>'
            "<p>DeepMind showed a new system on Thursday.</p></div>",
        )
        assert doc.date == date(2016, 10, 14)


def test_a_byline_set_in_an_aside_names_the_author_when_no_other_does(tmp_path: Path) -> None:
    body = (
        "<article><h1>Bridge to close</h1>{top}<p>The council voted on Monday.</p>"
        '<aside><p><span itemprop="author">Jane Smith</span> — 2013-09-29</p></aside></article>'
    )
    doc = _read(tmp_path, body.format(top=""))
    assert doc.author == "Jane Smith"
    doc = _read(tmp_path, body.format(top='<p class="meta">By <a rel="author">Ann Lee</a></p>'))
    assert doc.author == "Ann Lee"


def test_linked_data_names_the_author(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "<div><p>The council voted on Monday to close the bridge.</p></div>",
        head='<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Ale\\u0161 V\\u00e1vra"}], "headline": "Bridge"}</script>',
    )
    assert doc.author == "Aleš Vávra"


def test_most_read_popular_similar_and_recommended_stories_are_not_article_text(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        '<article><div class="article-body"><p>The council voted on Monday to close the '
        'bridge.</p><div class="most-read-wrapper"><ul><li>Cat elected mayor</li></ul></div>'
        '<p>Advertising</p><ul class="posts-similar"><li><a href="/a">Roads reopen</a></li>'
        '</ul><div class="recommended"><p>Ten bridges to see</p></div>'
        '<div class="popular-posts"><p>Tram fares rise</p></div>'
        '<div class="header-search"><p>Search the archive</p></div></div></article>',
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_a_caption_set_as_a_heading_is_not_the_headline(tmp_path: Path) -> None:
    caption = (
        "In this photo taken on Tuesday the old bridge over the river is seen from the east "
        "bank, where the council says repairs will start in May, weeks after inspectors found "
        "cracks in two of its piers and closed it to lorries. (Photo: City archive via AP)"
    )
    doc = _read(
        tmp_path,
        f"<article><h1>{caption}</h1><p>The council voted on Monday to close it.</p></article>",
        head='<meta property="og:title" content="Bridge to close for repairs">',
    )
    assert doc.title == "Bridge to close for repairs"


def test_a_cookie_banner_a_consent_box_and_a_paywall_are_not_article_text(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        '<div class="gdpr-consent"><p>Manage your choices for this site.</p></div>'
        "<div><p>We use cookies to improve your experience on our site.</p>"
        "<p>The council voted on Monday to close the bridge.</p><p>Accept all cookies</p>"
        '<div class="paywall"><p>You have read three free stories this month.</p></div></div>',
    )
    assert shown(doc, doc.body) == ["The council voted on Monday to close the bridge."]


def test_a_related_storys_time_does_not_date_the_article(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '<div class="related-stories"><a href="/x">Roads reopen</a> '
        '<time datetime="2014-03-03">March 3, 2014</time></div>'
        '<article><div class="story-meta-footer"><time datetime="2015-04-21">April 21, 2015'
        "</time></div><p>The council voted on Monday to close the bridge.</p></article>",
    )
    assert doc.date == date(2015, 4, 21)


def test_a_page_saved_with_a_dialog_open_still_reads_its_article(tmp_path: Path) -> None:
    # While a dialog is open, scripts mark the rest of the page aria-hidden; it still shows.
    paragraphs = "".join(
        f"<p>The council voted on Monday to close bridge number {n} for repairs.</p>"
        for n in range(1, 6)
    )
    doc = _read(
        tmp_path,
        f'<div id="app" aria-hidden="true"><article>{paragraphs}</article></div>'
        '<div role="dialog"><p>Choose how we use your data.</p></div>',
    )
    assert len(doc.body) == 5


def test_a_date_beside_the_byline_is_not_read_as_part_of_the_author_name(
    tmp_path: Path,
) -> None:
    # The name and the date are inline elements side by side: nothing but a space, or
    # nothing at all, between them in the text.
    for byline, author in (
        (
            '<p class="byline">By <span class="byline-author">JEFFREY GETTLEMAN</span> '
            '<time class="dateline">JAN. 13, 2017</time></p>',
            "Jeffrey Gettleman",
        ),
        (
            '<p class="byline"><span class="by-author">by <a class="byauthor">Lucas Nolan</a>'
            '</span><span class="bydate">22 Dec 2016</span><a class="bycount">651</a></p>',
            "Lucas Nolan",
        ),
    ):
        doc = _read(
            tmp_path,
            f"<article><h1>Sanctions to be lifted</h1>{byline}"
            "<p>The government said on Friday it would lift the sanctions.</p></article>",
        )
        assert doc.author == author


def test_the_publication_date_is_read_from_a_meta_element_named_twice(
    tmp_path: Path,
) -> None:
    # One meta element may name its value both ways: an Open Graph property and an itemprop.
    head = (
        '<meta property="article:published" itemprop="datePublished" '
        'content="2016-07-29T16:42:34-04:00">'
        '<meta property="article:modified" itemprop="dateModified" '
        'content="2016-08-01T01:30:24-04:00">'
    )
    doc = _read(
        tmp_path,
        "<article><h1>Shareholders have little say</h1>"
        '<p class="byline">By Jane Smith <time datetime="2016-08-01T01:30:24-04:00" '
        'itemprop="dateModified">JULY 29, 2016</time></p>'
        "<p>The company agreed on Monday to sell its business.</p></article>",
        head,
    )
    assert doc.date == date(2016, 7, 29)


def test_a_column_name_above_the_by_line_is_not_the_author(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "<article><h1>Shareholders have little say</h1>"
        '<p class="byline-column"><a href="/column/deal-professor">Deal Professor</a></p>'
        '<p class="byline">By <span itemprop="author">Steven Davidoff Solomon</span></p>'
        "<p>The company agreed on Monday to sell its business.</p></article>",
    )
    assert doc.author == "Steven Davidoff Solomon"


def test_a_sponsor_line_above_the_headline_is_not_read_into_the_first_sentence(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        '<div class="index-title"><span>US &amp; Canada</span> '
        '<a aria-hidden="true" href="/adverts">is sponsored by</a></div>'
        '<div class="story-body"><h1 class="story-body__h1">Obama admits frustration</h1>'
        '<div class="date">24 July 2015</div>'
        "<p>President Barack Obama has admitted that his failure to pass gun laws is the "
        "greatest frustration of his presidency.</p></div>",
    )
    assert shown(doc, doc.body) == [
        "President Barack Obama has admitted that his failure to pass gun laws is the "
        "greatest frustration of his presidency."
    ]


def test_a_page_showing_no_date_is_dated_by_the_day_its_address_names(tmp_path: Path) -> None:
    head = (
        '<meta property="og:url" content="http://www.example.com/world/gunmen-storm-museum/'
        '2015/03/18/00202e76-cd73_story.html">'
    )
    body = (
        "<article><h1>Attack stokes instability fears</h1><p>By Erin Cunningham</p>"
        "<p>Gunmen opened fire on visitors at the museum on Wednesday.</p></article>"
    )
    doc = _read(tmp_path, body, head)
    assert doc.date == date(2015, 3, 18)
    assert doc.date_text == "2015/03/18"
    # An address with no day in it, or a day that does not exist, dates nothing.
    for address in ("http://www.example.com/es/", "http://www.example.com/2015/02/30/a.html"):
        doc = _read(tmp_path, body, f'<meta property="og:url" content="{address}">')
        assert doc.date is None


def test_a_line_holding_the_time_element_is_the_date_line_not_article_text(
    tmp_path: Path,
) -> None:
    doc = _read(
        tmp_path,
        '<article><h1>Le projet de loi approuvé</h1><p class="bloc_signature"><span>Le Monde'
        '</span> | <time datetime="2015-05-04T13:36:31+02:00">04.05.2015 à 13h36</time> • Mis '
        'à jour le <time datetime="2015-05-05T20:13:12+02:00">05.05.2015 à 20h13</time> | '
        'Par <a class="auteur" href="/journaliste/mu/">Martin Untersinger</a> (avec Damien '
        "Leloup et Morgane Tual)</p><p>Les députés ont adopté mardi le projet de loi.</p>"
        "</article>",
    )
    assert shown(doc, doc.body) == ["Les députés ont adopté mardi le projet de loi."]
    assert doc.date == date(2015, 5, 4)


def test_a_photo_caption_set_in_a_span_is_not_article_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        '<article><h1>Strained relations</h1><div class="inline-content inline-photo">'
        '<img src="p.jpg"><br/> <span class="pb-caption">The prime minister visits the Western '
        "Wall on March 18 after his party's victory. (Agency photo)</span></div>"
        "<p>The prime minister won Tuesday's election.</p></article>",
    )
    assert shown(doc, doc.body) == ["The prime minister won Tuesday's election."]
