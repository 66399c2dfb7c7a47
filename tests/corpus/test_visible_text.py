"""What a reader sees of Markdown, plain text and HTML: each construct, table by table."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from tests.corpus.checks import check_visible
from viewer.core.model import Document
from viewer.core.visible import one_line
from viewer.corpus import markdown
from viewer.corpus.html_source import read_html_layout
from viewer.corpus.markdown import markdown_visible

MARKDOWN = [
    ("Some *emphasis*, **strong** and _under_ here.", "Some emphasis, strong and under here."),
    ("Nested ***both*** and **bold *in* bold**.", "Nested both and bold in bold."),
    ("It cost \\$350 million, \\*not\\* more.", "It cost $350 million, *not* more."),
    ('See [the report](https://x.org/a_(b) "A title") now.', "See the report now."),
    ("A [link](<https://x.org/a b>) too.", "A link too."),
    ("Reference [link][ref] and [ref].\n\n[ref]: https://x.org", "Reference link and ref.\n\n"),
    ("# Heading #\n\nText.", "Heading\n\nText."),
    ("Setext title\n============\n\nText.", "Setext title\n\n\nText."),
    ("- one\n- two", "- one\n- two"),
    ("1. first\n2. second", "1. first\n2. second"),
    ("> quoted *words*\n> go on", "quoted words go on"),
    ("AT&amp;T &copy; 2022, &#8217;quoted&#x2019; and AT&T", "AT&T © 2022, ’quoted’ and AT&T"),
    ("Inline `code *x*` here.", "Inline code *x* here."),
    ("An image ![a photo](pic.png) here.", "An image  here."),
    ("Auto <https://example.org/a_b> link.", "Auto https://example.org/a_b link."),
    ('Raw <span class="x">html</span> inline.', "Raw html inline."),
    ("line one\nline two", "line one line two"),
    ("hard  \nbreak and\\\nanother", "hard\nbreak and\nanother"),
    ("snake_case_name, 2 * 3 = 6, [sic], 5 < 6 and a lone * stay.", None),
    ("```\ncode  block\n```", "code  block\n"),
    ("Windows\r\nlines\r\n\r\nParagraph *two*\r\n", "Windows lines\n\nParagraph two\n"),
]


@pytest.mark.parametrize(("written", "shown"), MARKDOWN)
def test_markdown_as_a_reader_sees_it(written: str, shown: str | None) -> None:
    visible = markdown_visible(written).visible
    assert visible.render() == (written if shown is None else shown)
    check_visible(Document(id="a.md", path="a.md", text=written, visible=visible))


def test_plain_text_is_its_own_visible_text() -> None:
    written = "  An indented first line.\n\nA paragraph of plain news text, 5% higher - and more."
    visible = markdown_visible(written).visible
    assert visible.is_verbatim and visible.render() is written


HTML = [
    ("<p>AT&amp;T&#8217;s &quot;deal&quot; &lt;b&gt;</p>", 'AT&T’s "deal" <b>'),
    ("<p>a<b>b</b>c <i> d </i> e</p>", "abc d e"),
    ("<p>one</p><p>two</p>", "one\n\ntwo"),
    ("<ul><li>x</li>\n<li>y</li></ul>", "x\ny"),
    ("<p>a<br>b<br/>c</p>", "a\nb\nc"),
    ("<script>var x = '<p>no</p>';</script><p>text</p>", "text"),
    ("<style>p { color: red }</style><p>text</p>", "text"),
    ("<p>  spaced \n\t out  </p>", "spaced out"),
    ("<pre>keep  this\n  layout</pre>", "keep  this\n  layout"),
    ("<p>no&nbsp;break</p>", "no\xa0break"),
    ("<p>&#x1F600; and &#128512;</p>", "😀 and 😀"),
    ("<!-- a comment --><p>x</p>", "x"),
    ("<p>no semicolon &amp here</p>", "no semicolon & here"),
    ("<p>&notit; and &unknown;</p>", "¬it; and &unknown;"),
    ("<html><head><title>Page</title></head><body><p>Body</p></body></html>", "Body"),
    ('<p><a href="/x?a=1&amp;b=2">Linked <em>words</em></a>.</p>', "Linked words."),
    ("<h1>Title</h1><p>Text</p>", "Title\n\nText"),
    ("<table><tr><td>a</td><td>b</td></tr></table>", "a\nb"),
]


@pytest.mark.parametrize(("written", "shown"), HTML)
def test_html_as_a_reader_sees_it(written: str, shown: str) -> None:
    visible = read_html_layout(written).visible
    assert visible.render() == shown
    check_visible(Document(id="a.html", path="a.html", text=written, visible=visible))


def test_an_html_passage_maps_back_to_its_source_words() -> None:
    written = '<p>The Pentagon <a href="/a?b&amp;c">announced</a> AT&amp;T&#8217;s deal.</p>'
    visible = read_html_layout(written).visible
    shown = visible.render()
    start, end = visible.to_source(shown.index("announced"), len(shown))
    assert written[start:end] == "announced</a> AT&amp;T&#8217;s deal."
    assert one_line(visible.shown(start, end)) == "announced AT&T’s deal."


_PLAIN_PIECES = st.sampled_from(
    ["\n", "\n\n", "\r\n", " ", "  ", "\t", "  \n", " \n", "word", "Words.", "x", "- ", "1. ",
     "> ", "# ", "é", "’", "---\n", "&", "<", "!", "#", "=", "~", "*", "**", "_", "`", "[a](b)",
     "&amp;", "\\*", "<b>", "[", "]", "\r", "\r\n", "\\\n", "![i](p.png)"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PLAIN_PIECES, st.text(max_size=6)), max_size=40).map("".join))
def test_a_paragraph_without_inline_syntax_reads_the_same_unparsed(written: str) -> None:
    quick, parsed = markdown_visible(written), markdown_visible(written, quick=False)
    assert quick.visible.render() == parsed.visible.render()
    assert quick.markers == parsed.markers
    for at in range(len(quick.visible) + 1):
        assert quick.visible.source_start(at) == parsed.visible.source_start(at)
        assert quick.visible.source_end(at) == parsed.visible.source_end(at)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PLAIN_PIECES, st.sampled_from(["\x0c", "\x85", "\t\n"])), max_size=30))
def test_a_text_shown_as_written_is_read_without_a_walk(pieces: list[str]) -> None:
    """A plain text of one-line paragraphs is taken as its own visible text unwalked: the
    same map, offset for offset, as the walk makes."""
    written = "".join(pieces)
    quick = markdown_visible(written)
    with patch.object(markdown, "_shows_as_written", return_value=False):
        walked = markdown_visible(written)
    assert quick.visible.is_verbatim == walked.visible.is_verbatim
    assert quick.visible.render() == walked.visible.render()
    assert quick.markers == walked.markers
    for at in range(len(quick.visible) + 1):
        assert quick.visible.source_start(at) == walked.visible.source_start(at)
        assert quick.visible.source_end(at) == walked.visible.source_end(at)


def test_plain_paragraphs_are_their_own_visible_text() -> None:
    written = "Title line\n\nThe first paragraph, on one line.\n  \nThe second one.\n"
    assert markdown._shows_as_written(written)
    assert markdown_visible(written).visible.is_verbatim
    assert not markdown._shows_as_written("Two lines\nof one paragraph.\n")
    assert not markdown._shows_as_written("- Advertisement -\n\nText.\n")
    assert not markdown._shows_as_written("Some *emphasis* here.\n")


_IN_PARTS = [
    "# Council backs plan\n\nThe council voted on Tuesday.\nIt meets again in May.\n\n"
    "- Advertisement -\n",
    "*Reuters* reported the vote.\n\nThe plan passed.\n\n[ref]: https://x.org\n\nSee [ref] now.\n",
    "Text.\n\n- one\n\n  still one\n\nAfter the list.\n\n1. first\n\nPlain again.\n---\nEnd.",
    "Opening line.\n\n> quoted\nlazy line\n\nAfter the quote.\n\nTitle\n=====\n\nBody text.",
]


@pytest.mark.parametrize("written", _IN_PARTS)
def test_only_the_paragraphs_that_may_hold_block_syntax_are_parsed(written: str) -> None:
    """A text with some block syntax is parsed for blocks only where a paragraph may hold it:
    the rest reads as in a text with none, to the same visible text and map."""
    parsed = markdown_visible(written, quick=False)
    real = markdown._PARSER.parse
    seen: list[str] = []

    def parse(text: str, env: dict[str, object]) -> list[Token]:
        seen.append(text)
        return real(text, env)

    with patch.object(markdown._PARSER, "parse", side_effect=parse):
        quick = markdown_visible(written)
    assert seen and sum(map(len, seen)) < len(written)  # not the whole text
    assert quick.visible.render() == parsed.visible.render()
    assert quick.markers == parsed.markers
    for at in range(len(quick.visible) + 1):
        assert quick.visible.source_start(at) == parsed.visible.source_start(at)
        assert quick.visible.source_end(at) == parsed.visible.source_end(at)
