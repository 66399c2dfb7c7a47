"""Whatever a file holds, the reader's offsets stay true and its regions apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus.checks import check_invariants
from viewer.core.model import Document, Span
from viewer.corpus.html_source import read_html_layout
from viewer.corpus.plain_text import read_plain_layout
from viewer.corpus.reader import _date_words

_PIECES = st.sampled_from(
    [
        "\n", "\n\n", "\r\n", "  ", "# ", "*", "**", "_", "\\$", "[link](https://x.org)", "---\n",
        "date 2022-03-09 ", "By Jane Smith", "8 March 2022", "(29 June)", "Latest news",
        "- Advertisement -", "What now? 2:43", "WASHINGTON (Reuters) - ", "The Army moved.",
        "title: X\n", "Related", "wsws.org/contact", "é", "“", "NATO troops", ">",
        "`code`", "``", "![a photo](p.png)", "<b>", "&copy;", "&amp;", "1. ", "2) ", "> ",
        "```\n", "\\\n", "  \n", "[ref]: https://x.org\n", "[ref]", "<https://a.org>", "\r",
        "\t", "\x00", "[a [b] c](<d e> 'f')", "***", "__", "# Title #\n", "===\n", "<div>\n",
    ]
)  # fmt: skip
_TAGS = st.sampled_from(
    [
        "<p>", "</p>", "<article>", "</article>", "<nav>", "</nav>", "<h1>", "</h1>", "<li>",
        "<!-- c -->", "<script>x<p>y</script>", "<b>", "</b>", "&amp;", "<br>", "<time>",
        '<meta name="author" content="Jane Smith">', '<time datetime="2022-03-08">', "</time>",
        '<meta property="article:published_time" content="2022-03-08">', "<div class='byline'>",
        "</div>", "<footer>", "</footer>", "<", ">", "<pre>", "</pre>", "&#8217;", "&#x1F600;",
        "&nbsp;", "&notit;", "&amp", "<title>", "</title>", "<td>", "</tr>", "<br/>",
    ]
)  # fmt: skip


def _document(text: str, html: bool) -> Document:
    layout = read_html_layout(text) if html else read_plain_layout(text)
    doc = Document(id="x", path="x", text=text, body=layout.body, header=layout.header)
    doc.boilerplate, doc.visible = layout.boilerplate, layout.visible
    if layout.date is not None:
        doc.date_span = Span(layout.date.start, layout.date.end)
        doc.date_text = _date_words(doc, layout.date.start, layout.date.end)
    return doc


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join))
def test_plain_text_offsets_always_true(text: str) -> None:
    check_invariants(_document(text, html=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TAGS, _PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_html_offsets_always_true(text: str) -> None:
    check_invariants(_document(text, html=True))
