"""Reading the layout of an HTML article from its source, with every offset into that source.

The document's text is the HTML source itself: tags, comments and script/style elements are
markup spans; body spans are the text regions of leaf paragraphs (p, li, blockquote...) inside
article/main when the page has one. Character references such as "&amp;" are left in the text
as written, so offsets stay true; whoever shows the text unescapes them for display.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from viewer.core.model import Span
from viewer.corpus.boilerplate import is_boilerplate, is_caption
from viewer.corpus.dates import DateMatch, date_line, find_full_dates
from viewer.corpus.layout import Layout, skip_markup, trimmed
from viewer.corpus.markdown import visible
from viewer.corpus.metadata import byline, dateline_end, first_sentence, short_title

_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})  # fmt: skip
_RAW = frozenset({"script", "style", "template", "noscript"})
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
_WORD_SPLIT = re.compile(r"[\s_-]+")


@dataclass(slots=True)
class _Open:
    tag: str
    attrs: dict[str, str]
    start: int
    content_start: int
    ancestors: frozenset[str]  # tags and class words of every enclosing element
    own: frozenset[str]  # tags and class words of this element and its parent


@dataclass(slots=True)
class _Block:
    tag: str
    span: Span
    context: frozenset[str]  # its own tag and class words plus its ancestors'
    near: frozenset[str]  # its own and its parent's: enough to call it a byline or dateline


@dataclass(slots=True)
class _Scan:
    markup: list[Span] = field(default_factory=list)
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

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._position()
        end = start + len(self.get_starttag_text() or "")
        self.scan.markup.append(Span(start, end))
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            self._meta(values, start, end)
        if tag in _RAW:
            self.raw_start = start
            return
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
        near = words | (parent.own if parent else frozenset())
        self.stack.append(_Open(tag, values, start, end, ancestors | words, near))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._position()
        end = start + len(self.get_starttag_text() or "")
        self.scan.markup.append(Span(start, end))
        if tag == "meta":
            self._meta({key: value or "" for key, value in attrs}, start, end)

    def handle_endtag(self, tag: str) -> None:
        start = self._position()
        end = self._find_end(start, ">")
        if tag in _RAW and self.raw_start is not None:
            self.scan.markup.append(Span(self.raw_start, end))
            self.raw_start = None
            return
        self.scan.markup.append(Span(start, end))
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                self._close(index, start)
                return

    def handle_comment(self, data: str) -> None:
        start = self._position()
        self.scan.markup.append(Span(start, self._find_end(start, "-->")))

    def handle_decl(self, decl: str) -> None:
        start = self._position()
        self.scan.markup.append(Span(start, self._find_end(start, ">")))

    def handle_pi(self, data: str) -> None:
        self.handle_decl(data)

    def unknown_decl(self, data: str) -> None:
        start = self._position()
        self.scan.markup.append(Span(start, self._find_end(start, "]]>")))

    def finish(self) -> _Scan:
        self.close()
        if self.raw_start is not None:
            self.scan.markup.append(Span(self.raw_start, len(self.text)))
        if self.stack:
            self._close(0, len(self.text))
        return self.scan

    def _find_end(self, start: int, closer: str) -> int:
        found = self.text.find(closer, start)
        return len(self.text) if found < 0 else found + len(closer)

    def _close(self, index: int, at: int) -> None:
        """Close the element at `index` and everything opened inside it, all ending at `at`."""
        while len(self.stack) > index:
            element = self.stack.pop()
            content = Span(element.content_start, max(element.content_start, at))
            if element.tag in _LEAF_CANDIDATES:
                self.scan.blocks.append(
                    _Block(element.tag, content, element.ancestors, element.own)
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

    def __init__(self, text: str, scan: _Scan) -> None:
        self.text = text
        self.scan = scan
        self.layout = Layout(markup=_merged(scan.markup))

    def shown(self, span: Span) -> str:
        words = visible(self.text, span.start, span.end, self.layout.markup)
        return " ".join(html.unescape(words).split())

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
        start, end = span.start, span.end
        while True:
            region = trimmed(self.text, start, end)
            if region is None:
                return None
            start, end = skip_markup(region.start, region.end, self.layout.markup)
            if start >= end:
                return None
            if (start, end) == (region.start, region.end):
                return Span(start, end)

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
            after = dateline_end(self.text, region.start, region.end)
            if after is not None:
                head = trimmed(self.text, region.start, after)
                if head is not None:
                    self.layout.header.append(head)
                region = trimmed(self.text, after, region.end) or region
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
            title = self.shown(self.scan.title_tag)
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
        return [] if span is None else find_full_dates(self.text[span.start : span.end], span.start)

    def _date(self) -> DateMatch | None:
        meta = self._meta_value(_DATE_METAS)
        if meta is not None:
            dates = find_full_dates(self.text[meta.start : meta.end], meta.start)
            if dates:
                return dates[0]
        for content, stamp in self.scan.times:
            in_words = self._dates_in(trimmed(self.text, content.start, content.end))
            in_stamp = self._dates_in(stamp)
            if in_words and (not in_stamp or in_stamp[0].full() == in_words[0].full()):
                return in_words[0]
            if in_stamp:
                return in_stamp[0]
        for region in self.layout.header:
            dated = date_line(self.text, region.start, region.end)
            if dated is not None:
                return dated.date
        updated = self._meta_value(_UPDATED_METAS)
        if updated is not None:
            dates = find_full_dates(self.text[updated.start : updated.end], updated.start)
            if dates:
                return dates[0]
        return None


def _merged(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlapping ones merged (a script element holds its own tags)."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.start >= span.end:
            continue
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
            continue
        merged.append(span)
    return merged


def read_html_layout(text: str) -> Layout:
    """The layout of an HTML article; every span indexes the HTML source `text`."""
    scanner = _Scanner(text)
    scanner.feed(text)
    return _Classifier(text, scanner.finish()).run()
