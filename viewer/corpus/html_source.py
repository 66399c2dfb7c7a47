"""Reading the layout of an HTML article from its source, with every offset into that source.

The document's text is the HTML source itself; its visible text is the page as a browser shows
it (html_visible): tags, comments, the title and script/style elements show nothing, character
references such as "&amp;" show their characters. Body spans are the text regions of leaf
paragraphs (p, li, blockquote...) inside article/main when the page has one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from viewer.core.model import Span
from viewer.core.visible import VisibleText, one_line
from viewer.corpus.boilerplate import is_boilerplate, is_caption
from viewer.corpus.dates import DateMatch, date_line, find_full_dates, parse_date_words
from viewer.corpus.html_visible import HtmlFlow
from viewer.corpus.layout import Layout, shown_span, trimmed
from viewer.corpus.metadata import byline, dateline, first_sentence, short_title

_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})  # fmt: skip
_RAW = frozenset({"script", "style", "template", "noscript"})
_UNSHOWN = frozenset({"title"})  # text a page has but does not show in it
_LEAF_CANDIDATES = frozenset({
    "p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "div", "section",
})  # fmt: skip
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "ul",
})  # fmt: skip
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "button"})
_MAIN_TAGS = frozenset({"article", "main"})
_FURNITURE_WORDS = frozenset({
    "nav", "navbar", "menu", "footer", "sidebar", "share", "sharing", "social", "related",
    "newsletter", "subscribe", "advert", "advertisement", "promo", "sponsored", "comments",
    "comment", "cookie", "breadcrumb", "breadcrumbs", "recirc", "trending",
})  # fmt: skip
_HEADER_WORDS = frozenset({
    "byline", "author", "authors", "dateline", "timestamp", "published", "date",
})  # fmt: skip
_DATE_METAS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
    "parsely-pub-date", "sailthru.date", "article.published",
)  # fmt: skip
_LINKED_DATE = re.compile(r'"(?P<key>datePublished|dateModified)"\s*:\s*"(?P<value>[^"]{0,40})"')
_UPDATED_METAS = ("article:modified_time", "datemodified", "last-modified", "dcterms.modified")
_AUTHOR_METAS = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
)
_TITLE_METAS = ("og:title", "twitter:title", "headline")
# The keywords the standard parser knows after "<![" (CDATA, and conditional comments).
_MARKED_SECTION = re.compile(
    r"(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-zA-Z0-9])", re.I
)
_WORD_SPLIT = re.compile(r"[\s_-]+")


@dataclass(slots=True)
class _Open:
    tag: str
    attrs: dict[str, str]
    start: int
    content_start: int
    ancestors: frozenset[str]  # tags and class words of every enclosing element
    words: frozenset[str]  # tags and class words of this element alone
    near: frozenset[str]  # of this element and its parent


@dataclass(slots=True)
class _Block:
    tag: str
    span: Span
    context: frozenset[str]  # its own tag and class words plus its ancestors'
    near: frozenset[str]  # its own and its parent's: enough to call it a byline or dateline


@dataclass(slots=True)
class _Scan:
    blocks: list[_Block] = field(default_factory=list)
    metas: dict[str, Span] = field(default_factory=dict)  # lower-case name -> content value
    title_tag: Span | None = None
    times: list[tuple[Span, Span | None]] = field(default_factory=list)  # (content, datetime)
    has_main: bool = False


class _Scanner(HTMLParser):
    """An HTMLParser that turns every callback into offsets of the source text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.scan = _Scan()
        self.stack: list[_Open] = []
        self.raw_start: int | None = None
        self.linked_data = False  # the raw element open is a script of linked data (JSON-LD)
        self.flow = HtmlFlow(text)
        self.unshown = 0  # how many elements whose text does not show are open

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._position()
        end = start + len(self.get_starttag_text() or "")
        values = {key: value or "" for key, value in attrs}
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
        if tag in _CLOSES_P and self.stack and self.stack[-1].tag == "p":
            self._close(len(self.stack) - 1, start)
        if tag == "li" and self.stack and self.stack[-1].tag == "li":
            self._close(len(self.stack) - 1, start)
        if tag in _MAIN_TAGS:
            self.scan.has_main = True
        # A page-wide class on <html> or <body> says nothing about one paragraph.
        words = frozenset({tag} | (set() if tag in ("html", "body") else _class_words(values)))
        parent = self.stack[-1] if self.stack else None
        ancestors = parent.ancestors if parent else frozenset()
        near = words | (parent.words if parent else frozenset())
        self.stack.append(_Open(tag, values, start, end, ancestors | words, words, near))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._position()
        end = start + len(self.get_starttag_text() or "")
        if self.raw_start is None:
            self.flow.edge(tag)
            if tag == "br":
                self.flow.line_break()
        if tag == "meta":
            self._meta({key: value or "" for key, value in attrs}, start, end)

    def handle_endtag(self, tag: str) -> None:
        start = self._position()
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

    def handle_data(self, data: str) -> None:
        if self.raw_start is None and not self.unshown:
            start = self._position()
            self.flow.data(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(2 + len(name))

    def _reference(self, length: int) -> None:
        """A character reference of `length` characters before its optional ";"."""
        if self.raw_start is None and not self.unshown:
            start = self._position()
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

    def finish(self) -> tuple[_Scan, VisibleText]:
        self.close()
        if self.stack:
            self._close(0, len(self.text))
        return self.scan, self.flow.finish()

    def _close(self, index: int, at: int) -> None:
        """Close the element at `index` and everything opened inside it, all ending at `at`."""
        while len(self.stack) > index:
            element = self.stack.pop()
            content = Span(element.content_start, max(element.content_start, at))
            if element.tag in _LEAF_CANDIDATES:
                self.scan.blocks.append(
                    _Block(element.tag, content, element.ancestors, element.near)
                )
            elif element.tag == "title" and self.scan.title_tag is None:
                self.scan.title_tag = content
            elif element.tag == "time":
                stamp = _attribute_span(self.text, element.start, element.content_start, "datetime")
                self.scan.times.append((content, stamp))

    def _meta(self, values: dict[str, str], start: int, end: int) -> None:
        name = values.get("property") or values.get("name") or values.get("itemprop") or ""
        value = _attribute_span(self.text, start, end, "content")
        if name and value is not None:
            self.scan.metas.setdefault(name.lower(), value)

    def _linked_data(self, start: int, end: int) -> None:
        """A news page's linked data ("datePublished": "2013-03-05T10:00:00Z" in a script of
        type application/ld+json) names its publication date as a meta element does."""
        for match in _LINKED_DATE.finditer(self.text, start, end):
            value = Span(match.start("value"), match.end("value"))
            self.scan.metas.setdefault(match.group("key").lower(), value)


def _class_words(values: dict[str, str]) -> set[str]:
    words = " ".join(values.get(key, "") for key in ("class", "id", "role", "itemprop"))
    return {word for word in _WORD_SPLIT.split(words.lower()) if word}


def _attribute_span(text: str, start: int, end: int, name: str) -> Span | None:
    """Where an attribute's value is inside the tag `text[start:end]`, quotes left out."""
    pattern = re.compile(rf"\s{name}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.I)
    match = pattern.search(text, start, end)
    if match is None:
        return None
    group = next(g for g in (1, 2, 3) if match.group(g) is not None)
    return trimmed(text, match.start(group), match.end(group))


class _Classifier:
    """Turn the scanned elements into the spans and metadata of a Layout."""

    def __init__(self, text: str, scan: _Scan, visible: VisibleText) -> None:
        self.text = text
        self.scan = scan
        self.visible = visible
        self.layout = Layout(visible=visible)
        self.filed: DateMatch | None = None  # the day a dateline names, if one does

    def shown(self, span: Span) -> str:
        return one_line(self.visible.shown(span.start, span.end))

    def run(self) -> Layout:
        headline: str = ""
        for block in self._leaves():
            region = self._region(block.span)
            if region is None:
                continue
            shown = self.shown(region)
            kind = self._kind(block, shown)
            if kind == "header":
                self.layout.header.append(region)
                if block.tag == "h1" and not headline:
                    headline = shown
                self._byline_from(block, shown)
            elif kind == "boilerplate":
                self.layout.boilerplate.append(region)
            else:
                self._body(region)
        self.layout.title = headline or self._meta_title()
        if not self.layout.title and self.layout.body:
            self.layout.title = short_title(first_sentence(self.shown(self.layout.body[0])))
        if not self.layout.author:
            self.layout.author = self._meta_author()
        self.layout.date = self._date()
        return self.layout

    def _leaves(self) -> list[_Block]:
        """Paragraph-like elements that hold no other paragraph-like element, in text order."""
        blocks = sorted(self.scan.blocks, key=lambda b: (b.span.start, -b.span.end))
        leaves: list[_Block] = []
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following and following.span.start < block.span.end:
                continue  # it contains the next block: only the inner one counts
            leaves.append(block)
        return leaves

    def _region(self, span: Span) -> Span | None:
        """The block's text without the markup and blank space at its edges."""
        return shown_span(self.visible, span.start, span.end)

    def _kind(self, block: _Block, shown: str) -> str:
        if not shown:
            return "skip"
        if block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            # A page's own banner heading sits outside the article: not the headline.
            outside = self.scan.has_main and not block.context & _MAIN_TAGS
            return "boilerplate" if outside else "header"
        if block.near & _HEADER_WORDS:
            return "header"
        if block.context & (_FURNITURE_TAGS | _FURNITURE_WORDS):
            return "boilerplate"
        if block.tag == "figcaption" or "caption" in block.near:
            return "boilerplate"  # a picture's caption: it tells again what the article does
        if self.scan.has_main and not block.context & _MAIN_TAGS:
            return "boilerplate"
        if is_boilerplate(shown) or is_caption(shown):
            return "boilerplate"
        if date_line(shown, 0, len(shown)) is not None and len(shown.split()) <= 12:
            return "header"
        if not self.layout.body and self._plain_byline(shown):
            return "header"
        return "body"

    def _plain_byline(self, shown: str) -> bool:
        """A "By Jane Smith" paragraph above the article text, with no class to say so."""
        found = byline(shown, 0, len(shown), bare=False)
        if found is None or len(shown) - found.end > 40:
            return False
        self.layout.author = self.layout.author or found.author
        return True

    def _byline_from(self, block: _Block, shown: str) -> None:
        if self.layout.author or not block.near & {"byline", "author", "authors"}:
            return
        found = byline(shown, 0, len(shown), bare=True)
        if found is not None:
            self.layout.author = found.author

    def _body(self, region: Span) -> None:
        if not self.layout.body:
            first, words = self.visible.shown_at(region.start, region.end)
            found = dateline(words, 0, len(words))
            if found is not None:
                cut = self.visible.source_start(first + found.end)
                head = shown_span(self.visible, region.start, cut)
                if head is not None:
                    self.layout.header.append(head)
                    self.layout.dateline = head
                if found.filed is not None:
                    filed = parse_date_words(words[found.filed[0] : found.filed[1]])
                    if filed is not None:
                        self.filed = self._from_shown(filed, first + found.filed[0])
                if found.alone:
                    return
                region = shown_span(self.visible, cut, region.end) or region
        self.layout.body.append(region)

    def _meta_value(self, names: tuple[str, ...]) -> Span | None:
        for name in names:
            if name in self.scan.metas:
                return self.scan.metas[name]
        return None

    def _meta_title(self) -> str:
        span = self._meta_value(_TITLE_METAS)
        if span is not None:
            return " ".join(html.unescape(self.text[span.start : span.end]).split())
        if self.scan.title_tag is not None:
            span = self.scan.title_tag  # not shown in the page: its words as written
            title = " ".join(html.unescape(self.text[span.start : span.end]).split())
            # "Headline | Site name": the site's name is not the article's title.
            parts = re.split(r"\s+[|–—-]\s+", title)
            return max(parts, key=len) if len(parts) > 1 else title
        return ""

    def _meta_author(self) -> str:
        span = self._meta_value(_AUTHOR_METAS)
        if span is None:
            return ""
        value = " ".join(html.unescape(self.text[span.start : span.end]).split())
        if value.lower().startswith(("http://", "https://")):
            return ""
        found = byline(value, 0, len(value), bare=False)
        return found.author if found else value

    def _dates_in(self, span: Span | None) -> list[DateMatch]:
        """Dates written in an attribute's value."""
        return [] if span is None else find_full_dates(self.text[span.start : span.end], span.start)

    def _dates_shown(self, span: Span) -> list[DateMatch]:
        """Dates a reader sees in a span ("March&nbsp;9, 2022" too), at their source offsets."""
        first, words = self.visible.shown_at(span.start, span.end)
        return [self._from_shown(found, first) for found in find_full_dates(words)]

    def _from_shown(self, found: DateMatch, first: int) -> DateMatch:
        start, end = self.visible.to_source(first + found.start, first + found.end)
        return DateMatch(start, end, found.year, found.month, found.day)

    def _date(self) -> DateMatch | None:
        meta = self._meta_value(_DATE_METAS)
        if meta is not None:
            dates = find_full_dates(self.text[meta.start : meta.end], meta.start)
            if dates:
                return dates[0]
        for content, stamp in self.scan.times:
            in_words = self._dates_shown(content)
            in_stamp = self._dates_in(stamp)
            if in_words and (not in_stamp or in_stamp[0].full() == in_words[0].full()):
                return in_words[0]
            if in_stamp:
                return in_stamp[0]
        for region in self.layout.header:
            first, words = self.visible.shown_at(region.start, region.end)
            dated = date_line(words, 0, len(words))
            if dated is not None:
                return self._from_shown(dated.date, first)
        updated = self._meta_value(_UPDATED_METAS)
        if updated is not None:
            dates = find_full_dates(self.text[updated.start : updated.end], updated.start)
            if dates:
                return dates[0]
        return self.filed  # the day a dateline names: "NEW YORK, March 3, 2021 /PRNewswire/ --"


def read_html_layout(text: str) -> Layout:
    """The layout of an HTML article; every span indexes the HTML source `text`."""
    scanner = _Scanner(text)
    scanner.feed(text)
    return _Classifier(text, *scanner.finish()).run()
