"""The shortcuts of the reader's scans find what a scan of every offset would."""

from __future__ import annotations

import pytest

from viewer.core.model import Span
from viewer.corpus.boilerplate import is_caption
from viewer.corpus.dates import parse_date_words
from viewer.corpus.decoding import decode_bytes
from viewer.corpus.errors import CorpusError
from viewer.corpus.layout import skip_markup
from viewer.corpus.markdown import markdown_markup, visible


def _marks(text: str, start: int = 0) -> list[str]:
    return [text[s.start : s.end] for s in markdown_markup(text, start)]


def test_line_rules_match_on_the_first_line_and_after_newlines() -> None:
    text = "# Title #\n   > quoted\n* bullet\n- - -\nplain # not a heading\n"
    assert _marks(text) == ["# ", " #", "   > ", "* ", "- - -"]


def test_inline_rules_match_where_their_mark_is() -> None:
    text = "See ![a photo](p.png) and [a link](https://x.org), `code`, **strong** and *this*."
    marks = ["![", "](p.png)", "[", "](https://x.org)", "`", "`", "**", "**", "*", "*"]
    assert _marks(text) == marks


def test_rules_start_at_the_given_offset() -> None:
    text = "*one* and *two*\n# Heading\n"
    assert _marks(text, 5) == ["*", "*", "# "]
    assert _marks(text, 1) == ["*", "*", "# "]  # "one*" no longer opens an emphasis


def test_visible_leaves_out_only_the_markup_inside_the_range() -> None:
    text = "ab**cd**ef"
    markup = [Span(2, 4), Span(6, 8)]
    assert visible(text, 0, 10, markup) == "abcdef"
    assert visible(text, 5, 10, markup) == "def"
    assert visible(text, 0, 3, markup) == "ab"


def test_skip_markup_passes_adjacent_spans_at_the_start_in_one_pass() -> None:
    markup = [Span(0, 3), Span(3, 5), Span(8, 10), Span(10, 12)]
    # `end` reaches the span before the one it fell in only on another pass.
    assert skip_markup(0, 11, markup) == (5, 10)
    assert skip_markup(5, 10, markup) == (5, 8)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("What will NATO do? 2:43", True),
        ("Inside the summit 1:02:43", True),
        ("The meeting starts at 2:43", False),
        ("2:43", False),
        ("The talks ended.", False),
        ("", False),
    ],
)
def test_captions_end_in_a_running_time(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("8 March 2022", (2022, 3, 8)),
        ("  Tuesday, March 8, 2022 ", (2022, 3, 8)),
        ("29 June", (0, 6, 29)),
        ("8 March 2022 was a Tuesday", None),
        ("On 8 March 2022", None),
    ],
)
def test_date_words_must_be_the_whole_line(words: str, found: tuple[int, int, int] | None) -> None:
    value = parse_date_words(words)
    assert (None if value is None else (value.year, value.month, value.day)) == found


def test_control_characters_in_non_ascii_text_are_counted() -> None:
    prose = "Café “news” 2022 " * 20
    assert decode_bytes(prose.encode("utf-8"), "a.txt") == prose
    assert decode_bytes((prose + "\x01\x02").encode("utf-8"), "b.txt").endswith("\x02")
    with pytest.raises(CorpusError, match="binary"):
        decode_bytes((prose + "\x01" * 10).encode("utf-8"), "c.txt")
