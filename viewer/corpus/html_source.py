"""Reading the layout of an HTML article from its source, with every offset into that source.

The document's text is the HTML source itself; its visible text is the page as a browser shows
it (html_scan, html_visible): tags, comments, the title and script/style elements show nothing,
character references such as "&amp;" show their characters. Body spans are the text regions of
leaf paragraphs (p, li, blockquote...) inside article/main when the page has one.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_left
from datetime import timedelta

from viewer.core.model import Span
from viewer.core.visible import VisibleText, one_line
from viewer.core.wire_tag import without_wire_tag
from viewer.corpus.body_top import ABOUT
from viewer.corpus.boilerplate import ends_sentence, is_boilerplate, is_caption
from viewer.corpus.credits import credit_line
from viewer.corpus.dates import DateMatch, date_line, edition_date, parse_date_words
from viewer.corpus.html_dates import PageDates
from viewer.corpus.html_furniture import (
    ASIDE_TAGS,
    AWAY_FROM_ARTICLE,
    FURNITURE,
    MARK_SOURCE,
    is_furniture,
)
from viewer.corpus.html_marks import POST_FOOTER, entry_author, retitled, title_paragraph
from viewer.corpus.html_scan import LINKED_AUTHOR, MAIN_TAGS, Block, Element, Scan, scan_page
from viewer.corpus.layout import Layout, shown_span, shown_words
from viewer.corpus.meta_lines import date_after
from viewer.corpus.metadata import byline, dateline, first_sentence, short_title
from viewer.corpus.page_age import aged_date, page_age
from viewer.corpus.part_lines import parts_line

# A character outside the tags of a piece of source: it may show. (One in a comment may be
# taken for one: the piece is then read, and shows nothing.)
_TEXT_OUTSIDE_TAGS = re.compile(r"(?:^|>)[^<\S]*[^<\s]")
# A block holding a time element and this little text is the article's date line, with its
# publisher, update and author beside the date.
_DATED_LINE_LENGTH = 200
# A headline is at most this long.
_HEADLINE_LENGTH = 200
# A block holding a marked byline and this little text is the byline ("By Jane Smith, March 3").
_BYLINE_LENGTH = 120
_HEADER_WORDS = frozenset({
    "byline", "author", "authors", "dateline", "timestamp", "published", "date",
})  # fmt: skip
_AUTHOR_METAS = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
)
# The mark that ends a press release's text: "###", "# # #", "-30-".
_END_MARK = re.compile(r"#\s*#\s*#|-\s*30\s*-")
_ABOUT_BLOCKS = 12  # the most blocks from a press release's closing section to the page's end
_TITLE_METAS = ("og:title", "twitter:title", "headline", "dc:title", "dc.title", "dcterms.title")


class _Classifier:
    """Turn the scanned elements into the spans and metadata of a Layout."""

    def __init__(self, text: str, scan: Scan, visible: VisibleText) -> None:
        self.text = text
        self.scan = scan
        self.visible = visible
        self.layout = Layout(visible=visible)
        self.dates = PageDates(text, scan, visible)
        self.filed: DateMatch | None = None  # the day a dateline names, if one does
        self.bare_author = False  # the author was read from a name alone, no "By"
        self.headline = ""  # the page's h1, once read
        self.above: list[Element | None] = []  # the parents of the body's blocks above the h1
        self.standfirst: list[Span] = []  # the article's summary above its headline
        self.credited = ""  # the writer a credit line names ("Story by Jane Doe | Photos by …")
        self.age: timedelta | None = None  # the page's age a line gives: "Published 3 hours ago"
        self.author_starts = sorted(block.span.start for block in scan.authors)
        self.has_h1 = any(block.tag == "h1" for block in scan.blocks)
        self.time_starts = sorted(content.start for content, _stamp, _context in scan.times)
        self.captions = sorted(scan.captions, key=lambda span: span.start)
        self.caption_starts = [span.start for span in self.captions]
        # The page's article: its largest article or main element, if it has one.
        self.article = max(scan.mains, key=lambda span: span.end - span.start, default=None)

    def shown(self, span: Span) -> str:
        return one_line(self.visible.shown(span.start, span.end))

    def run(self) -> Layout:
        headline: str = ""
        titled: Block | None = None  # the headline's block
        edition: DateMatch | None = None  # the day of its edition a headline ends with
        for block in self._leaves():
            found = shown_words(self.visible, block.span.start, block.span.end)
            if found is None:
                continue
            region, shown = found[0], one_line(found[1])  # the block's text, edges trimmed
            kind = self._kind(block, shown)
            if "ago" in shown and self.age is None and len(shown) < 60:
                self.age = page_age(shown)  # "Published 3 hours ago"
            if kind == "header":
                self.layout.header.append(region)
                if len(shown) <= _HEADLINE_LENGTH and (  # longer: a caption or blurb
                    (not headline and (block.tag == "h1" or self._title_paragraph(block)))
                    or (not self.layout.body and retitled(block, titled))
                ):
                    headline = self.headline = shown
                    titled = block
                    edition = self._edition(region)
                    self._above_headline(block)
                self._byline_from(block, shown)
            elif kind == "boilerplate":
                self.layout.boilerplate.append(region)
            else:
                self._body(region)
                if not headline and len(self.above) < len(self.layout.body):
                    self.above.append(block.element.parent)
        self.layout.body[:0] = self.standfirst
        self._release_end()
        self.layout.title = headline or self._meta_title()
        if not self.layout.title and self.layout.body:
            self.layout.title = short_title(first_sentence(self.shown(self.layout.body[0])))
        self.layout.title = without_wire_tag(self.layout.title)  # "UPDATE 2-Oil rises …"
        if not self.layout.author:
            self.layout.author = self._marked_author() or self._meta_author() or self.credited
        self.layout.date = self.dates.date(self.layout.header, edition or self.filed)
        if self.layout.date is None and self.age is not None:
            self.layout.date = self._aged(self.age)
        return self.layout

    def _aged(self, age: timedelta) -> DateMatch | None:
        """The day a page's age ("Published 3 hours ago") gives before the time a saving tool
        noted it saved the page."""
        for stamp in self.scan.save_stamps:
            found = aged_date(self.text, stamp.start, stamp.end, age)
            if found is not None:
                return found
        return None

    def _release_end(self) -> None:
        """Set aside what follows the mark that ends a press release's text ("###", "-30-")
        or its closing section ("About Northwind Energy", "Notes to editors"): who issues it."""
        body = self.layout.body
        first = max(1, len(body) - _ABOUT_BLOCKS)
        for index, span in enumerate(body[first:], first):
            shown = self.shown(span)
            if _END_MARK.fullmatch(shown) or ABOUT.fullmatch(shown):
                self.layout.boilerplate.extend(body[index:])
                del body[index:]
                return

    def _edition(self, region: Span) -> DateMatch | None:
        """The day of its edition that a headline ends with ("Morning Briefing: Tuesday, May
        14"): the page's date where nothing else dates it, before a dateline's day."""
        first, words = self.visible.shown_at(region.start, region.end)
        found = edition_date(words, 0, len(words))
        return None if found is None else self.dates.from_shown(found, first)

    def _above_headline(self, headline: Block) -> None:
        """Text read as the article's before its headline is the page's (a section's label,
        a sponsor's line: "US & Canada is sponsored by"); the article starts at its headline,
        but for the summary a page sets above it, in the headline's own article or parent
        element ("<article><p class="standfirst">Ministers agreed on Friday …</p><h1>"),
        which is its text; a label there, its kicker, is its header."""
        for span, parent in zip(self.layout.body, self.above, strict=False):
            if not self._of_article(span, parent, headline):
                self.layout.boilerplate.append(span)
            elif ends_sentence(self.shown(span)) and len(self.shown(span).split()) >= 6:
                self.standfirst.append(span)
            else:
                self.layout.header.append(span)
        self.layout.body.clear()
        self.above.clear()

    def _of_article(self, span: Span, parent: Element | None, headline: Block) -> bool:
        """Whether a block above the headline is in the headline's article: in the same
        article or main element, or with the same parent (not the page's body)."""
        at = headline.span.start
        if any(m.start <= span.start and at < m.end for m in self.scan.mains):
            return True
        shared = parent is not None and parent is headline.element.parent
        return shared and parent is not None and parent.tag not in ("body", "html")

    def _leaves(self) -> list[Block]:
        """Paragraph-like elements that hold no other, and the text of those that do between
        the ones they hold ("<li>We landed a fix<ul><li>…</li></ul></li>"), in text order."""
        blocks = sorted(self.scan.blocks, key=lambda b: (b.span.start, -b.span.end))
        pieces: list[Block] = []
        holders: list[tuple[Block, int]] = []  # blocks holding others, where their text goes on
        for index, block in enumerate(blocks):
            while holders and holders[-1][0].span.end <= block.span.start:
                holder, at = holders.pop()
                self._add_run(pieces, holder, at, holder.span.end)
            if holders:
                holder, at = holders[-1]
                self._add_run(pieces, holder, at, block.span.start)
                holders[-1] = (holder, max(at, block.span.end))
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following and following.span.start < block.span.end:
                holders.append((block, block.span.start))  # it holds the next block
            else:
                pieces.append(block)
        for holder, at in reversed(holders):
            self._add_run(pieces, holder, at, holder.span.end)
        return sorted(pieces, key=lambda piece: piece.span.start)

    def _add_run(self, pieces: list[Block], holder: Block, start: int, end: int) -> None:
        """The part `start`-`end` of a block that holds others, read as the block is, when
        there is text in it (most such parts hold nothing but markup and white space)."""
        end = min(end, holder.span.end)
        if end > start and _TEXT_OUTSIDE_TAGS.search(self.text[start:end]) is not None:
            span = Span(start, end)
            pieces.append(Block(holder.tag, span, holder.context, holder.near, holder.element))

    def _kind(self, block: Block, shown: str) -> str:
        if not shown:
            return "skip"
        if self._unread(block.element):
            return "boilerplate"  # on the page, but not shown to its reader
        if block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            # A page's own banner heading sits outside the article: not the headline; nor is
            # the site's name, all a link to its home page.
            outside = self.scan.has_main and block.context.isdisjoint(MAIN_TAGS)
            if outside or self._site_name(block, shown):
                return "boilerplate"
            return "header"
        if not block.near.isdisjoint(_HEADER_WORDS):
            return "header"
        if not self.layout.body and self._article_header(block, shown):
            return "header"  # "<article><header><h1>…</h1><p>Regional Times | 12 March …"
        if not self.headline and self._summary_above(block, shown):
            return "body"  # the article's standfirst, above its headline in its header
        if not block.context.isdisjoint(FURNITURE) and self._in_furniture(block):
            return "boilerplate"
        if block.tag in ("figcaption", "figure") or "caption" in block.near:
            return "boilerplate"  # a picture's caption: it tells again what the article does
        if self.captions and self._all_caption(block, shown):
            return "boilerplate"  # '<div class="photo"><img><span class="pb-caption">…'
        if self.scan.has_main and block.context.isdisjoint(MAIN_TAGS):
            return "boilerplate"
        if not (self.layout.body or self.headline) and self._title_paragraph(block):
            return "header"  # a document's Title paragraph, no h1: '<p class="c3 title">'
        if self.author_starts and len(shown) <= _BYLINE_LENGTH and self._holds_author(block):
            return "header"
        if self.time_starts and len(shown) <= _DATED_LINE_LENGTH and self._holds_time(block):
            self._plain_byline(shown)  # its author: "By Anna Berg · <time>2 May 2024</time>"
            return "header"  # "Le Monde | 04.05.2015 à 13h36 • Mis à jour le … | Par …"
        if not self.layout.body and self._parts_line(shown):
            return "header"  # "Regional Times | 12 March 2025" over the article
        if not self.layout.body and self._credit(shown):
            return "header"  # "Story by Jane Doe | Photos by Sam Okafor"
        if is_boilerplate(shown) or is_caption(shown):
            return "boilerplate"
        if date_line(shown, 0, len(shown), either=True) is not None and len(shown.split()) <= 12:
            return "header"
        if not self.layout.body and self._plain_byline(shown):
            return "header"
        return "body"

    def _title_paragraph(self, block: Block) -> bool:
        """A paragraph in a document's Title style on a page with no h1 (see title_paragraph)."""
        return not self.has_h1 and title_paragraph(block)

    def _credit(self, shown: str) -> bool:
        """Whether a line under the headline is a credit line; its writer (or a photo essay's
        photographer) is the author when no byline or metadata names one."""
        credit = credit_line(shown, self.headline) if self.headline else None
        if credit is None:
            return False
        self.credited = self.credited or credit
        return True

    def _unread(self, element: Element) -> bool:
        """Whether the page hides an element from its reader: on screen, or from assistive
        reading (aria-hidden), unless what it hides so is most of the page: a page saved with
        a dialog open hides all the rest so, and the rest is the page."""
        root = element.aria_root
        if element.hidden or root is None:
            return element.hidden
        return 2 * (root.end - root.content_start) < len(self.text)

    def _in_furniture(self, block: Block) -> bool:
        """Whether page furniture (a menu, a sidebar, comments…) holds the block. In the page's
        article only what lies inside the article counts."""
        article = self.article
        inside = article is not None and article.start <= block.span.start < article.end
        element: Element | None = block.element
        while element is not None:
            if inside and article is not None and element.content_start == article.start:
                return False
            if element.words & FURNITURE and is_furniture(element):
                return True
            element = element.parent
        return False

    def _site_name(self, block: Block, shown: str) -> bool:
        """A heading that is all a link to the site's home page: the site's name or logo."""
        span = block.span
        return any(
            span.start <= link.start and link.end <= span.end and self.shown(link) == shown
            for link in self.scan.home_links
        )

    def _all_caption(self, block: Block, shown: str) -> bool:
        """Whether all the block shows is an element inside it named a caption."""
        at = bisect_left(self.caption_starts, block.span.start)
        while at < len(self.caption_starts) and self.caption_starts[at] < block.span.end:
            if self.shown(self.captions[at]) == shown:
                return True
            at += 1
        return False

    def _holds_time(self, block: Block) -> bool:
        """Whether a time element (a page's machine-readable date) starts in the block."""
        at = bisect_left(self.time_starts, block.span.start)
        return at < len(self.time_starts) and self.time_starts[at] < block.span.end

    def _holds_author(self, block: Block) -> bool:
        """Whether an element the page marks as naming the author starts in the block."""
        at = bisect_left(self.author_starts, block.span.start)
        return at < len(self.author_starts) and self.author_starts[at] < block.span.end

    def _article_header(self, block: Block, shown: str) -> bool:
        """A date line, a line of pieces with a date or a byline in the header element of the
        page's article, not of the page (whose date is today's)."""
        element: Element | None = block.element
        while element is not None and element.tag not in MAIN_TAGS | {"header"}:
            element = element.parent
        if element is None or element.tag != "header" or not block.context & MAIN_TAGS:
            return False
        short = len(shown.split()) <= 12
        dated = short and date_line(shown, 0, len(shown), either=True) is not None
        return dated or self._parts_line(shown) or self._plain_byline(shown)

    def _summary_above(self, block: Block, shown: str) -> bool:
        """A summary told in a sentence in the header element of the page's article, above
        its headline ("<article><header><p class="standfirst">Ministers agreed on Friday …"):
        the article's text, not the page's furniture."""
        if block.context.isdisjoint(MAIN_TAGS) or "header" not in block.context:
            return False
        if not ends_sentence(shown) or len(shown.split()) < 6:
            return False
        return self._header_of_article(block.element)

    def _header_of_article(self, element: Element | None) -> bool:
        """Whether the nearest article, main or header element around is a header element,
        itself in an article or main element (by their tags: a class "main-title" is none)."""
        while element is not None and element.tag not in MAIN_TAGS | {"header"}:
            element = element.parent
        if element is None or element.tag != "header":
            return False
        while element is not None and element.tag not in MAIN_TAGS:
            element = element.parent
        return element is not None

    def _parts_line(self, shown: str) -> bool:
        """A header line of short pieces, one a date, with no class to say so; its author when
        a piece is a person's byline."""
        found = parts_line(shown, 0, len(shown))
        if found is None:
            return False
        self.layout.author = self.layout.author or found.author
        return True

    def _plain_byline(self, shown: str) -> bool:
        """A "By Jane Smith" paragraph above the article text, with no class to say so; under
        the headline, a name with a date ("Jane Doe, 12 March 2024")."""
        found = byline(shown, 0, len(shown), bare=False)
        if found is None and self.headline:  # "Jane Doe, 12 March 2024" under the headline
            found = byline(shown, 0, len(shown), bare=True)
            if found is None or date_after(shown, found.rest, len(shown), False) is None:
                return False
        if found is None or len(shown) - found.end > 40:
            return False
        self.layout.author = self.layout.author or found.author
        return True

    def _byline_from(self, block: Block, shown: str) -> None:
        """The author of a header block marked as a byline. A "By Jane Smith" line wins over a
        bare name before it: that may be the column's name ("Deal Professor")."""
        if not block.near & {"byline", "author", "authors"}:
            return
        if self.layout.author and not self.bare_author:
            return
        found = byline(shown, 0, len(shown), bare=False)
        if found is None and not self.layout.author:
            found = byline(shown, 0, len(shown), bare=True)
            self.bare_author = found is not None
        elif found is not None:
            self.bare_author = False
        if found is not None:
            self.layout.author = found.author

    def _marked_author(self) -> str:
        """The name in the first element the page marks as naming its author (class "author",
        "byline", rel="author"…) that holds a byline and little else. Never one in comments,
        related stories or a menu (whose authors are not the article's); one in an aside or a
        footer only when no other names one."""
        main = self.scan.has_main  # a page's article names its own author inside it
        ordered = sorted(
            self.scan.authors,
            key=lambda b: (
                bool(b.context & ASIDE_TAGS),
                main and not b.context & MAIN_TAGS,
                b.span.start,
            ),
        )
        for block in ordered:
            span = block.span  # a post's whole wrapper may be classed by its author: skip it
            away = block.context & AWAY_FROM_ARTICLE
            if away == POST_FOOTER and entry_author(block.context):
                away = frozenset()  # a blog post's own footer: "Posted by <span class="fn">…"
            if away or span.end - span.start > MARK_SOURCE:
                continue
            shown = self.shown(span)
            found = byline(shown, 0, len(shown), bare=True)
            if found is not None and len(shown) - found.end <= (40 if found.start else 2):
                return found.author
        return ""

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
                        self.filed = self.dates.from_shown(filed, first + found.filed[0])
                if found.alone:
                    return
                region = shown_span(self.visible, cut, region.end) or region
        self.layout.body.append(region)

    def _meta_title(self) -> str:
        span = self.dates.meta_value(_TITLE_METAS)
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
        span = self.dates.meta_value(_AUTHOR_METAS)
        if span is None:
            return self._linked_author()
        value = " ".join(html.unescape(self.text[span.start : span.end]).split())
        if value.lower().startswith(("http://", "https://")):
            return ""
        found = byline(value, 0, len(value), bare=False)
        return found.author if found else value

    def _linked_author(self) -> str:
        """The author linked data names, its JSON escapes read ("Ale\\u0161 V\\u00e1vra")."""
        span = self.scan.metas.get(LINKED_AUTHOR)
        if span is None:
            return ""
        try:
            value = json.loads(f'"{self.text[span.start : span.end]}"')
        except ValueError:
            return ""
        return " ".join(str(value).split())


def read_html_layout(text: str) -> Layout:
    """The layout of an HTML article; every span indexes the HTML source `text`."""
    return _Classifier(text, *scan_page(text)).run()
