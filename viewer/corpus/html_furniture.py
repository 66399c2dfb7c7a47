"""What names an HTML page's furniture (menus, sidebars, comments, related stories) rather
than its article: the tags and the words of class names and ids that say so."""

from __future__ import annotations

import re

from viewer.corpus.html_scan import Element

FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "button"})
FURNITURE_WORDS = frozenset({
    "nav", "navbar", "menu", "footer", "sidebar", "share", "sharing", "social", "related",
    "newsletter", "subscribe", "advert", "advertisement", "promo", "sponsored", "comments",
    "comment", "cookie", "breadcrumb", "breadcrumbs", "recirc", "trending", "replies", "reply",
    "disqus", "bio", "cta", "most", "popular", "similar", "recommended", "recommendations",
    "search", "cookies", "consent", "gdpr", "paywall", "signup",
    # A post's list of its tags ("field--name-field-tags", "post-tags", "entry-tags"), the
    # links to the posts before and after it ("pager pagenav", "pagination").
    "tags", "pager", "pagenav", "pagination",
    # The roles of ARIA landmarks that are not the article: navigation, asides, the footer.
    "navigation", "complementary", "contentinfo",
})  # fmt: skip
FURNITURE = FURNITURE_TAGS | FURNITURE_WORDS
_ARTICLE_WORDS = frozenset({"article", "body", "content", "main"})
_LAYOUT_WORDS = frozenset({"sidebar", "nav", "navbar", "navigation", "menu", "footer"})
STRONG_FURNITURE = FURNITURE_WORDS - _LAYOUT_WORDS
_NAME_WORDS = re.compile(r"[_-]+")
# Where a name marked as an author's is not the article's (an author's bio box may well be).
AWAY_FROM_ARTICLE = FURNITURE_WORDS - {"bio", "cta"} | {"nav"}
ASIDE_TAGS = frozenset({"aside", "footer"})
# An element marked as the date or the author holds at most this much source (a post's whole
# wrapper may be classed by its date or its author).
MARK_SOURCE = 2000


def is_furniture(element: Element) -> bool:
    """Whether an element named for furniture is furniture. Not when it is named for the
    layout only and one of its class names says it holds the article ("l-article-body
    l-sidebar-fixed": a layout that sets a sidebar beside the article), as a name such as
    "sidebar-content" does not; a name for comments or related stories always counts."""
    if element.tag in FURNITURE_TAGS or element.words & STRONG_FURNITURE:
        return True
    names = f"{element.attrs.get('class', '')} {element.attrs.get('id', '')}".lower().split()
    for name in names:
        words = set(_NAME_WORDS.split(name))
        if words & _ARTICLE_WORDS and not words & FURNITURE:
            return False
    return True
