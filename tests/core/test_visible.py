"""The visible text and its offset map: every visible character maps into the source, in
order, and offsets go back and forth without drifting."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.model import Passage
from viewer.core.visible import VisibleBuilder, VisibleText, one_line

# What the source up to some point becomes: shown as written, hidden, or shown as other text.
_STEP = st.one_of(
    st.tuples(st.just("copy"), st.integers(1, 6), st.just("")),
    st.tuples(st.just("hide"), st.integers(1, 6), st.just("")),
    st.tuples(st.just("put"), st.integers(1, 6), st.text(" \n&é’x", min_size=1, max_size=3)),
)
_SOURCE_CHARS = st.text(alphabet="ab <>&;*\n’é", min_size=60, max_size=60)


def _build(source: str, steps: list[tuple[str, int, str]]) -> tuple[VisibleText, str, list[str]]:
    """The text built by `steps` over `source`, the visible text expected, and for each visible
    character whether it was copied, put or stands for several source characters."""
    out = VisibleBuilder(source)
    expected: list[str] = []
    kinds: list[str] = []
    for kind, size, shown in steps:
        end = min(len(source), out.at + size)
        if end == out.at:
            break
        if kind == "copy":
            expected.append(source[out.at : end])
            kinds += ["copy"] * (end - out.at)
            out.copy(end)
        elif kind == "hide":
            out.hide(end)
        else:
            shown = shown[: end - out.at]
            expected.append(shown)
            kinds += ["put"] * len(shown)
            out.replace(end, shown)
    return out.finish(), "".join(expected), kinds


@given(_SOURCE_CHARS, st.lists(_STEP, max_size=30))
def test_the_text_is_what_each_step_made(source: str, steps: list[tuple[str, int, str]]) -> None:
    visible, expected, _ = _build(source, steps)
    assert visible.render() == expected
    assert len(visible) == len(expected)
    for start in range(len(expected) + 1):
        for end in range(start, min(len(expected), start + 7) + 1):
            assert visible._part(start, end) == expected[start:end]


@given(_SOURCE_CHARS, st.lists(_STEP, max_size=30))
def test_every_visible_character_comes_from_the_source_in_order(
    source: str, steps: list[tuple[str, int, str]]
) -> None:
    visible, expected, kinds = _build(source, steps)
    previous_end = 0
    for at in range(len(expected)):
        start, end = visible.source_start(at), visible.source_end(at + 1)
        assert 0 <= previous_end <= start < end <= len(source)  # its own run, after the last
        if kinds[at] == "copy":
            assert end == start + 1 and source[start] == expected[at]
        previous_end = end


@given(_SOURCE_CHARS, st.lists(_STEP, max_size=30))
def test_offsets_round_trip(source: str, steps: list[tuple[str, int, str]]) -> None:
    visible, expected, _ = _build(source, steps)
    for at in range(len(expected) + 1):
        assert visible.visible_start(visible.source_start(at)) == at
        assert visible.visible_end(visible.source_end(at)) == at
    for start in range(len(expected)):
        for end in range(start + 1, len(expected) + 1):
            assert visible.to_visible(*visible.to_source(start, end)) == (start, end)


@given(_SOURCE_CHARS, st.lists(_STEP, max_size=30))
def test_source_offsets_land_on_the_nearest_visible_character(
    source: str, steps: list[tuple[str, int, str]]
) -> None:
    visible, expected, _ = _build(source, steps)
    starts = [visible.visible_start(offset) for offset in range(len(source) + 1)]
    ends = [visible.visible_end(offset) for offset in range(len(source) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    for offset in range(len(source) + 1):
        first = starts[offset]
        assert first == len(expected) or visible.source_start(first) >= offset
        assert first == 0 or visible.source_start(first - 1) < offset
        last = ends[offset]
        assert last == 0 or visible.source_end(last) <= offset
        assert last == len(expected) or visible.source_end(last + 1) > offset
        start, end = visible.to_visible(offset, offset)
        assert start == end


@given(st.text(max_size=80))
def test_a_text_shown_as_written_maps_to_itself(source: str) -> None:
    out = VisibleBuilder(source)
    out.copy(len(source))
    visible = out.finish()
    assert visible.is_verbatim and visible.render() is source
    for offset in range(len(source) + 1):
        assert visible.visible_start(offset) == offset == visible.source_start(offset)


def test_putting_the_characters_already_there_is_a_copy() -> None:
    out = VisibleBuilder("one\n\ntwo")
    out.copy(3)
    out.replace(5, "\n\n")
    out.copy(8)
    assert out.finish().is_verbatim


def test_one_line_folds_white_space() -> None:
    line = "Troops were sent on Monday."
    assert one_line(line) == line
    assert one_line(" transfers to\n\nUkraine\tnow ") == "transfers to Ukraine now"


def test_a_replacement_longer_than_its_source_is_refused() -> None:
    out = VisibleBuilder("&a;")
    try:
        out.replace(3, "four")
    except ValueError:
        return
    raise AssertionError("a replacement longer than its source was accepted")


def _markdown_like() -> VisibleText:
    """ "# Title\n\nSome *bold* words\nand \\$5 &amp; more." as a Markdown reader shows it."""
    source = "# Title\n\nSome *bold* words\nand \\$5 &amp; more."
    out = VisibleBuilder(source)
    out.hide(2)
    out.copy(14)  # "Title\n\nSome "
    out.hide(15)
    out.copy(19)  # "bold"
    out.hide(20)
    out.copy(26)  # " words"
    out.replace(27, " ")  # the line break inside the paragraph
    out.copy(31)  # "and "
    out.hide(32)
    out.copy(35)  # "$5 "
    out.replace(40, "&")
    out.copy(len(source))
    return out.finish()


def test_a_passage_reads_the_visible_text_of_its_source_span() -> None:
    visible = _markdown_like()
    assert visible.render() == "Title\n\nSome bold words and $5 & more."
    start = visible.source.index("*bold*")
    passage = Passage.of("a.md", visible, start, len(visible.source))
    assert passage.text == "bold words and $5 & more."
    assert passage.source_text == "*bold* words\nand \\$5 &amp; more."
    assert visible.to_source(*visible.to_visible(start, len(visible.source))) == (
        start + 1,
        len(visible.source),
    )
    sent = pickle.loads(pickle.dumps(passage))
    assert sent == passage and sent.text == passage.text


def test_a_paragraph_break_inside_a_passage_reads_as_one_line() -> None:
    visible = VisibleText.verbatim("The pace of transfers to\n\nUkraine was spelled out.")
    passage = Passage.of("004", visible, 4, len(visible.source))
    assert passage.text == "pace of transfers to Ukraine was spelled out."


def test_a_text_shown_as_written_maps_offsets_as_its_segments_would() -> None:
    source = "Talks resumed."
    verbatim = VisibleText.verbatim(source)
    # The same text as two copied segments: offsets are read from the segments.
    split = VisibleText(source, [0, 5, len(source)], [0, 5, len(source)], "\x00\x00")
    assert verbatim.is_verbatim and not split.is_verbatim
    for start in range(-2, len(source) + 3):
        for end in range(-2, len(source) + 3):
            assert verbatim.to_source(start, end) == split.to_source(start, end)
            assert verbatim.to_visible(start, end) == split.to_visible(start, end)


# Every white space character, a few unprintable ones that are not white space, and text.
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_LINE_CHARS = st.text(alphabet=_SPACES + "\u00ad\u200b\x00ab’é .,", max_size=30)


@given(_LINE_CHARS)
def test_one_line_is_split_and_joined_whatever_the_white_space(text: str) -> None:
    """Its shortcut for a text on one line already gives what folding it would."""
    assert one_line(text) == " ".join(text.split())
    assert one_line(f"ab {text} é") == " ".join(f"ab {text} é".split())


def test_each_text_reads_its_own_words_however_often_a_span_is_read() -> None:
    first = VisibleText.verbatim("Talks resumed on\nMonday.")
    second = _markdown_like()
    for _ in range(2):  # read again: the words are those of the text asked, not of the other
        assert first.reading(0, 13) == "Talks resumed"
        assert second.reading(0, 13) == "Title Some"
        assert first.reading(6, len(first.source)) == "resumed on Monday."
