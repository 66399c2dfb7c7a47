"""Scanning an HTML page: its paragraph-like elements, metadata and times, each as offsets
into the source, and its visible text (html_visible), in one pass of the standard parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from viewer.core.model import Span
from viewer.core.visible import VisibleText
from viewer.corpus.html_feed import FeedTags
from viewer.corpus.html_visible import HtmlFlow
from viewer.corpus.layout import trimmed
from viewer.corpus.page_age import SAVE_STAMP

_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})  # fmt: skip
_RAW = frozenset({"script", "style", "template", "noscript"})
_UNSHOWN = frozenset({"title"})  # text a page has but does not show in it
# Elements whose text is read as one block, or, for those that hold others, as blocks between
# the ones they hold. Furniture (nav, footer…) is among them so that its text is read as its
# own, not as that of the block around it; so is <body>, for text written straight into it.
_LEAF_CANDIDATES = frozenset({
    "p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "div", "section", "article", "main", "body", "nav", "header", "footer",
    "aside", "form", "menu", "button", "figure", "address", "details", "summary",
})  # fmt: skip
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "ul",
})  # fmt: skip
MAIN_TAGS = frozenset({"article", "main"})
# Tags that mark an element as something (see Scanner._marks) with no attribute to say so.
_MARKING_TAGS = MAIN_TAGS | {"caption"}
LINKED_AUTHOR = "ld+json:author"  # the name linked data gives its author under, in Scan.metas
_LINKED_DATE = re.compile(r'"(?P<key>datePublished|dateModified)"\s*:\s*"(?P<value>[^"]{0,40})"')
# The first author linked data names: "author": {"@type": "Person", "name": "Jane Smith"}, or
# a list of them.
_LINKED_AUTHOR = re.compile(
    r'"author"\s*:\s*\[?\s*\{[^{}]{0,200}?"name"\s*:\s*"(?P<value>(?:[^"\\]|\\.){1,80})"'
)
# An author linked data says is an organisation's ("@type": "Organization",
# "NewsMediaOrganization"): a wire service or the outlet, no one named.
_ORGANISATION = re.compile(r'"@type"\s*:\s*"\w*Organization"')
# The keywords the standard parser knows after "<![" (CDATA, and conditional comments).
_MARKED_SECTION = re.compile(
    r"(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-zA-Z0-9])", re.I
)
_WORD_SPLIT = re.compile(r"[\s_-]+")
_HIDING_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
# Class names that style sheets conventionally hide, from every reader or from all but
# screen readers ("Opens in a new window", "Skip to content").
_HIDING_CLASS = re.compile(
    r"(?<!\S)(?:hidden|hide|is-hidden|d-none|invisible|visually-?hidden|sr-only"
    r"|screen-?reader-(?:text|only)|offscreen)(?!\S)",
    re.I,
)
# Class words that mark an element as the article's date ("buzz_datetime", "pubTime").
_DATE_MARKS = frozenset({
    "date", "datetime", "timestamp", "published", "pubdate", "pubtime", "publishtime",
    "publishdate", "posted", "postdate", "dateline",
})  # fmt: skip
# A link to a site's home page: its root, or its index.
_HOME = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?(?:index\.html?)?|\./?", re.I)
# Class words (or itemprop) that mark an element, a block or a mere link, as the byline; a link
# to the author's page (rel="author") is one too.
_AUTHOR_MARKS = frozenset({"author", "authors", "byline", "byl"})
# A browser's reader view names the author so: '<div class="credits reader-credits">'.
_READER_CREDITS = frozenset({"reader", "credits"})


@dataclass(slots=True)
class Element:
    """An element as it was opened: enough to tell, once it is closed, what it was part of."""

    tag: str
    attrs: dict[str, str]
    start: int
    content_start: int
    ancestors: frozenset[str]  # tags and class words of every enclosing element
    words: frozenset[str]  # tags and class words of this element alone
    near: frozenset[str]  # of this element and its parent
    parent: Element | None
    hidden: bool  # it or an ancestor does not show (hidden, display: none, class "sr-only"…)
    # The outermost element that keeps it from assistive reading (aria-hidden), if any: it
    # still shows on screen.
    aria_root: Element | None
    end: int = -1  # where its content ends, once it is closed


@dataclass(slots=True)
class Block:
    tag: str
    span: Span
    context: frozenset[str]  # its own tag and class words plus its ancestors'
    near: frozenset[str]  # its own and its parent's: enough to call it a byline or dateline
    element: Element  # the element itself, and through it its ancestors


@dataclass(slots=True)
class Scan:
    blocks: list[Block] = field(default_factory=list)
    metas: dict[str, Span] = field(default_factory=dict)  # lower-case name -> content value
    title_tag: Span | None = None
    # Each time element: its content, its datetime attribute's value, its and its ancestors' words.
    times: list[tuple[Span, Span | None, frozenset[str]]] = field(default_factory=list)
    authors: list[Block] = field(default_factory=list)  # elements marked as naming the author
    dated: list[Block] = field(default_factory=list)  # elements marked as giving the date
    mains: list[Span] = field(default_factory=list)  # the content of each article and main
    home_links: list[Span] = field(default_factory=list)  # the content of links to the site
    captions: list[Span] = field(default_factory=list)  # the content of elements named captions
    has_main: bool = False
    save_stamps: list[Span] = field(default_factory=list)  # a saving tool's time, in a comment


class Scanner(HTMLParser):
    """An HTMLParser that turns every callback into offsets of the source text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.at = 0  # where the piece of source the parser is at starts (see updatepos)
        self.scan = Scan()
        self.stack: list[Element] = []
        self.raw_start: int | None = None
        self.linked_data = False  # the raw element open is a script of linked data (JSON-LD)
        self.flow = HtmlFlow(text)
        self.unshown = 0  # how many elements whose text does not show are open
        self.feed_tags = FeedTags()  # read a feed's item as an article
        # The word sets of elements with no attributes, by their tag and parent's sets.
        self.shared_sets: dict[
            tuple[str, frozenset[str], frozenset[str]],
            tuple[frozenset[str], frozenset[str], frozenset[str]],
        ] = {}

    def updatepos(self, i: int, j: int) -> int:
        """The parser moves on over `rawdata[i:j]`: the pieces it moves over, one after
        another, are the whole source, so their lengths added up are where it is (no count of
        lines and columns to turn back into an offset for each element)."""
        if i < j:
            self.at += j - i
        return j

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.feed_tags.feed is not False:
            tag, attrs = self.feed_tags.start(tag, attrs)  # a feed's item: "<title>" a headline
        start = self.at
        end = start + len(self.get_starttag_text() or "")
        values = {key: value or "" for key, value in attrs} if attrs else {}
        if tag == "meta":
            self._meta(values, start, end)
        if tag in _RAW:
            self.raw_start = start
            self.linked_data = "ld+json" in values.get("type", "").lower()
            return
        if self.raw_start is None:
            self._edge(tag)
        if tag in _VOID:
            return
        stack = self.stack
        if tag in _CLOSES_P and stack and stack[-1].tag == "p":
            self._close(len(stack) - 1, start)
        if tag == "li" and stack and stack[-1].tag == "li":
            self._close(len(stack) - 1, start)
        if tag in MAIN_TAGS:
            self.scan.has_main = True
        parent = stack[-1] if stack else None
        ancestors, words, near = self._word_sets(tag, values, parent)
        hidden = (parent is not None and parent.hidden) or (bool(values) and _hides(values))
        element = Element(tag, values, start, end, ancestors, words, near, parent, hidden, None)
        if parent is not None and parent.aria_root is not None:
            element.aria_root = parent.aria_root
        elif values and _aria_hidden(values):
            element.aria_root = element
        stack.append(element)

    def _word_sets(
        self, tag: str, values: dict[str, str], parent: Element | None
    ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """An element's words with its ancestors', its own, and with its parent's. An element
        with no class or id (most of a page's) shares the sets of its kind under the same
        parent's: a page of many paragraphs makes them once, not once a paragraph."""
        key = (tag, parent.ancestors, parent.words) if parent is not None and not values else None
        if key is not None and (sets := self.shared_sets.get(key)) is not None:
            return sets
        # A page-wide class on <html> or <body> says nothing about one paragraph.
        words = frozenset({tag} | (set() if tag in ("html", "body") else _class_words(values)))
        ancestors = parent.ancestors if parent else frozenset()
        near = words | (parent.words if parent else frozenset())
        sets = (ancestors | words, words, near)
        if key is not None:
            self.shared_sets[key] = sets
        return sets

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self.at
        end = start + len(self.get_starttag_text() or "")
        if self.raw_start is None:
            self.flow.edge(tag)
            if tag == "br":
                self.flow.line_break()
        if tag == "meta":
            self._meta({key: value or "" for key, value in attrs}, start, end)

    def handle_endtag(self, tag: str) -> None:
        if self.feed_tags.feed:
            tag = self.feed_tags.end(tag)
        start = self.at
        if tag in _RAW and self.raw_start is not None:
            if self.linked_data:
                self._linked_data(self.raw_start, start)
            self.raw_start = None
            return
        if self.raw_start is None:
            self._edge(tag, closing=True)
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                self._close(index, start)
                return

    def _shows(self) -> bool:
        """Whether text here shows: not in a script or style, the title, or a hidden element."""
        stack = self.stack
        return self.raw_start is None and not self.unshown and not (stack and stack[-1].hidden)

    def handle_data(self, data: str) -> None:
        stack = self.stack  # _shows(), inline: this runs for every run of text
        if self.raw_start is None and not self.unshown and not (stack and stack[-1].hidden):
            self.flow.data(self.at, self.at + len(data))

    def handle_comment(self, data: str) -> None:
        """A comment shows nothing; one a saving tool writes may say when it saved the page
        ("saved date: Tue Mar 12 2024 17:05:31 GMT+0000")."""
        found = SAVE_STAMP.search(data) if len(self.scan.save_stamps) < 2 else None
        if found is not None:
            start = self.at + 4 + found.start("stamp")  # after "<!--"
            self.scan.save_stamps.append(Span(start, start + len(found["stamp"])))

    def handle_entityref(self, name: str) -> None:
        self._reference(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(2 + len(name))

    def _reference(self, length: int) -> None:
        """A character reference of `length` characters before its optional ";"."""
        if self._shows():
            start = self.at
            end = start + length + (self.text.startswith(";", start + length))
            self.flow.reference(start, end)

    def _edge(self, tag: str, closing: bool = False) -> None:
        """What an element's edge does to the visible text."""
        if tag in _UNSHOWN:
            self.unshown = max(0, self.unshown + (-1 if closing else 1))
        elif tag == "pre":
            self.flow.pre = max(0, self.flow.pre + (-1 if closing else 1))
        self.flow.edge(tag)
        if tag == "br":
            self.flow.line_break()

    # Comments, declarations and processing instructions show nothing: what the flow is not
    # told of is hidden.

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A marked section, or what HTML makes of any other "<![": a bogus comment up to the
        next ">" (the standard parser stops on it with an assertion)."""
        if _MARKED_SECTION.match(self.rawdata, i + 3):
            return super().parse_marked_section(i, report)
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def finish(self) -> tuple[Scan, VisibleText]:
        self.close()
        if self.stack:
            self._close(0, len(self.text))
        return self.scan, self.flow.finish()

    def _close(self, index: int, at: int) -> None:
        """Close the element at `index` and everything opened inside it, all ending at `at`."""
        stack, scan = self.stack, self.scan
        while len(stack) > index:
            element = stack.pop()
            element.end = max(element.content_start, at)
            content = Span(element.content_start, element.end)
            tag = element.tag
            if tag in _LEAF_CANDIDATES:
                scan.blocks.append(Block(tag, content, element.ancestors, element.near, element))
            elif tag == "title" and scan.title_tag is None:
                scan.title_tag = content
            elif tag == "time":
                stamp = _attribute_span(self.text, element.start, element.content_start, "datetime")
                scan.times.append((content, stamp, element.ancestors))
            # A bare element's only word is its tag: most of a page's elements mark nothing.
            if element.attrs or tag in _MARKING_TAGS:
                self._marks(element, content)

    def _marks(self, element: Element, content: Span) -> None:
        """What an element's tag or class marks it as: a caption, the article, a link home,
        the date, the author."""
        scan, words = self.scan, element.words
        if "caption" in words:
            scan.captions.append(content)
        if element.tag in MAIN_TAGS:
            scan.mains.append(content)
        elif element.tag == "a" and _links_home(element.attrs.get("href", "")):
            scan.home_links.append(content)
        if not words.isdisjoint(_DATE_MARKS):
            scan.dated.append(Block(element.tag, content, element.ancestors, element.near, element))
        if (
            not words.isdisjoint(_AUTHOR_MARKS)
            or words >= _READER_CREDITS
            or (element.tag == "a" and _links_author(element))
        ):
            block = Block(element.tag, content, element.ancestors, element.near, element)
            scan.authors.append(block)

    def _meta(self, values: dict[str, str], start: int, end: int) -> None:
        """A meta element's value under each name it gives ("og:title twitter:title"), in each
        attribute it gives one (property="article:published" itemprop="datePublished")."""
        names = " ".join(values.get(key) or "" for key in ("property", "name", "itemprop"))
        value = _attribute_span(self.text, start, end, "content")
        if value is not None:
            for name in names.lower().split():
                self.scan.metas.setdefault(name, value)

    def _linked_data(self, start: int, end: int) -> None:
        """A news page's linked data ("datePublished": "2013-03-05T10:00:00Z" in a script of
        type application/ld+json) names its publication date, and its author, as a meta
        element does (the author's name as JSON writes it, under "ld+json:author")."""
        for match in _LINKED_DATE.finditer(self.text, start, end):
            value = Span(match.start("value"), match.end("value"))
            self.scan.metas.setdefault(match.group("key").lower(), value)
        author = _LINKED_AUTHOR.search(self.text, start, end)
        close = self.text.find("}", author.end(), end) if author is not None else -1
        if author is not None and not _ORGANISATION.search(self.text, author.start(), close):
            value = Span(author.start("value"), author.end("value"))
            self.scan.metas.setdefault(LINKED_AUTHOR, value)


def _class_words(values: dict[str, str]) -> set[str]:
    if not values:  # most elements of a page: a bare <p>, <li>, <span>
        return set()
    words = " ".join(values.get(key, "") for key in ("class", "id", "role", "itemprop"))
    return {word for word in _WORD_SPLIT.split(words.lower()) if word}


def _hides(values: dict[str, str]) -> bool:
    """Whether an element's attributes keep it from showing on screen."""
    if "hidden" in values:
        return True
    style = values.get("style", "")
    if style and _HIDING_STYLE.search(style) is not None:
        return True
    names = values.get("class", "")
    return bool(names) and _HIDING_CLASS.search(names) is not None


def _aria_hidden(values: dict[str, str]) -> bool:
    """Whether an element is kept from assistive reading (it still shows on screen)."""
    return values.get("aria-hidden", "").lower() == "true"


def _links_home(href: str) -> bool:
    """Whether a link leads to the site's home page (a link with no address leads nowhere)."""
    href = href.strip()
    return bool(href) and _HOME.fullmatch(href) is not None


def _links_author(element: Element) -> bool:
    """Whether a link leads to the page of the article's author (rel="author")."""
    rel = element.attrs.get("rel", "")
    return bool(rel) and "author" in rel.lower().split()


def _attribute_span(text: str, start: int, end: int, name: str) -> Span | None:
    """Where an attribute's value is inside the tag `text[start:end]`, quotes left out."""
    pattern = re.compile(rf"\s{name}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.I)
    match = pattern.search(text, start, end)
    if match is None:
        return None
    group = next(g for g in (1, 2, 3) if match.group(g) is not None)
    return trimmed(text, match.start(group), match.end(group))


def scan_page(text: str) -> tuple[Scan, VisibleText]:
    """The elements of an HTML page and what a reader sees of it."""
    scanner = Scanner(text)
    scanner.feed(text)
    return scanner.finish()
