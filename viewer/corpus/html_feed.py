"""A news feed's item saved as a page (RSS or Atom, as a browser saves a feed's address as
.html): inside an item, the feed's elements are read as the article elements they stand for,
its headline, date, author and text; its links and ids show nothing."""

from __future__ import annotations

_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
_ITEMS = frozenset({"item", "entry"})
# A feed item's elements as the article's elements they stand for.
_AS_ARTICLE = {
    "title": "h1",
    "description": "p",
    "content:encoded": "p",
    "content": "p",
    "summary": "p",
    "pubdate": "time",
    "dc:date": "time",
    "published": "time",
    "updated": "time",
}
_AUTHORS = frozenset({"author", "dc:creator"})
# An item's elements a reader of the feed is not shown as text: addresses, ids, categories.
_UNSHOWN = frozenset({"link", "guid", "comments", "category", "enclosure", "source", "id"})

Attributes = list[tuple[str, str | None]]


class FeedTags:
    """The tags of a page as read: a feed's inside its items as an article's, any other
    page's as written. Whether the page is a feed is told by its first element."""

    def __init__(self) -> None:
        self.feed: bool | None = None  # not known before the first element
        self.items = 0  # how many items are open

    def start(self, tag: str, attrs: Attributes) -> tuple[str, Attributes]:
        if self.feed is None:
            self.feed = tag in _FEED_ROOTS
        if not self.feed:
            return tag, attrs
        if tag in _ITEMS:
            self.items += 1
            return "article", attrs
        if not self.items:
            return tag, attrs
        if tag in _UNSHOWN:
            return "span", [*attrs, ("hidden", "")]
        if tag in _AUTHORS:
            return "span", [*attrs, ("class", "author")]
        return _AS_ARTICLE.get(tag, tag), attrs

    def end(self, tag: str) -> str:
        if not self.feed:
            return tag
        if tag in _ITEMS:
            self.items = max(0, self.items - 1)
            return "article"
        if not self.items:
            return tag
        if tag in _UNSHOWN or tag in _AUTHORS:
            return "span"
        return _AS_ARTICLE.get(tag, tag)
