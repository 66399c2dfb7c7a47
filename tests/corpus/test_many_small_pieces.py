"""Inputs made of many small pieces (a "[" left open on every line, lines of a lone mark) are
read in proportion to their size and no more: what each piece costs is what is counted here,
never the time (`python -m bench.long_article_bench` prints that)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown_it.helpers
import pytest

from viewer.core.model import Span
from viewer.core.visible import VisibleText
from viewer.corpus import html_scan, layout, markdown, read_document, text_lines

# What is counted is a call between the reader's modules, which a compiled reader makes
# without the name a test replaces (`make compiled-test` leaves these out).
pytestmark = pytest.mark.python_only


def test_a_bracket_never_closed_is_not_read_as_a_link_s_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A link's label is closed by "]": with none after it, each "[" was tried as a label
    # running to the paragraph's end (5.7 s a MB of such a file).
    labels: list[int] = []
    real = markdown_it.helpers.parseLinkLabel

    def counting(state: object, start: int, disable_nested: bool = False) -> int:
        labels.append(start)
        return real(state, start, disable_nested)  # type: ignore[arg-type]

    monkeypatch.setattr(markdown_it.helpers, "parseLinkLabel", counting)
    lines = "".join(f"[see *item* {i} of the list\n" for i in range(2000))
    path = tmp_path / "open.md"
    path.write_text(f"# Bridge to reopen\n\n12 March 2024\n\n{lines}\n", encoding="utf-8")
    doc = read_document(path)
    shown = doc.visible.shown(0, len(doc.text))
    assert "[see item 1999 of the list" in shown
    assert labels == []
    # A label that is closed is still a link's: its brackets and address show nothing.
    path.write_text("# Bridge\n\n12 March 2024\n\nSee [the *plan*](https://x.org) now.\n")
    doc = read_document(path)
    assert len(labels) == 1
    assert "See the plan now." in doc.visible.shown(0, len(doc.text))


def test_lines_showing_no_word_are_passed_over_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A line of "." or "—" has no title, byline, date or sentence to give: it was read and
    # classified line by line (7 s a MB of such lines).
    read: list[int] = []
    real = layout.shown_words

    def counting(visible: VisibleText, start: int, end: int) -> tuple[Span, str] | None:
        read.append(start)
        return real(visible, start, end)

    monkeypatch.setattr(text_lines, "shown_words", counting)
    marks = "".join(".—|•;:!?"[i % 8] + "\n" for i in range(20_000))
    path = tmp_path / "marks.txt"
    path.write_text(f"Bridge to reopen\nBy Jane Doe\n12 March 2024\n\n{marks}\nIt reopened.\n")
    doc = read_document(path)
    assert (doc.title, doc.author, str(doc.date)) == ("Bridge to reopen", "Jane Doe", "2024-03-12")
    assert [doc.text[span.start : span.end] for span in doc.body] == ["It reopened."]
    assert [doc.text[span.start : span.end] for span in doc.boilerplate] == [marks.strip()]
    assert len(read) <= 5


def test_a_line_shown_as_written_is_read_from_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lines of a paragraph show as written between their line breaks (shown as spaces): what a
    # reader sees of each is its source, not a walk of the map at each line's every look.
    walks: list[int] = []
    real = VisibleText._part

    def counting(visible: VisibleText, start: int, end: int) -> str:
        walks.append(start)
        return real(visible, start, end)

    monkeypatch.setattr(VisibleText, "_part", counting)
    times = "".join(f"{hour % 24}:{minute:02d}\n" for hour in range(2500) for minute in (5, 35))
    path = tmp_path / "times.txt"
    path.write_text(f"Bridge to reopen\nBy Jane Doe\n12 March 2024\n\n{times}\nIt reopened.\n")
    doc = read_document(path)
    assert (doc.title, doc.author, str(doc.date)) == ("Bridge to reopen", "Jane Doe", "2024-03-12")
    assert doc.visible.shown(0, len(doc.text)).count("23:35 0:05") == 104
    assert len(walks) < 50


class _Splits:
    """A pattern that counts the texts it splits."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.count = pattern, 0

    def split(self, text: str) -> list[str]:
        self.count += 1
        return self.pattern.split(text)


def test_an_element_with_no_attribute_is_not_read_for_class_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Most elements of a page are bare: "<p>x" by the thousand was read at 7 s a MB, each
    # element's absent class, id, role and itemprop joined and split for words.
    splits = _Splits(html_scan._WORD_SPLIT)
    monkeypatch.setattr(html_scan, "_WORD_SPLIT", splits)
    paragraphs = "".join(f"<p>Item {i} of the list" for i in range(3000))
    path = tmp_path / "open.html"
    path.write_text(f'<html><body><h1 class="headline">Bridge to reopen</h1>{paragraphs}</body>')
    doc = read_document(path)
    assert doc.title == "Bridge to reopen"
    assert len(doc.body) == 3000
    assert splits.count == 1  # the headline's class


def test_bare_elements_under_one_parent_share_their_word_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each bare "<p>" made three sets of words (its own, with its parent's, with all its
    # ancestors'), kept for as long as the page is read: a page of paragraphs never closed
    # made them 250,000 times a MB. Bare elements of a kind under one parent share them.
    made: list[str] = []
    real = html_scan._class_words

    def counting(values: dict[str, str]) -> set[str]:
        made.append(",".join(values))
        return real(values)

    monkeypatch.setattr(html_scan, "_class_words", counting)
    paragraphs = "".join(f"<p>Item {i} of the list" for i in range(3000))
    path = tmp_path / "open.html"
    path.write_text(f'<html><body><h1 class="headline">Bridge to reopen</h1>{paragraphs}</body>')
    doc = read_document(path)
    assert doc.title == "Bridge to reopen"
    assert len(doc.body) == 3000
    assert len(made) < 10  # the html, body and h1 elements, and the first bare paragraph


def test_a_paragraph_s_plain_line_breaks_are_made_spaces_in_one_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A line break with no space before it and no indent after it shows as a space: made so
    # at once, not weighed as a hard break with an indent to hide (500,000 of them in 1 MB of
    # lines of ".").
    weighed: list[int] = []
    real = markdown._Walk._line_break

    def counting(walk: markdown._Walk, newline: int) -> None:
        weighed.append(newline)
        real(walk, newline)

    monkeypatch.setattr(markdown._Walk, "_line_break", counting)
    lines = "".join(f"Line {i} of a paragraph\n" for i in range(3000))
    text = f"{lines}\nOne  \n  with a hard break and an indent\nthen more.\n"
    shown = markdown.markdown_visible(text).visible
    assert len(weighed) == 1  # after "One  ": a hard break, the indent after it hidden
    assert shown.render() == markdown.markdown_visible(text, quick=False).visible.render()
    assert shown.render().endswith("\nOne\nwith a hard break and an indent then more.\n")


def test_a_page_of_many_elements_is_read_with_no_cycle_collection(tmp_path: Path) -> None:
    # Each of a page's elements leaves pieces kept to the end of the reading (an element, a
    # block, spans): each collection of cycles walked them all again, a quarter of the time
    # of 4 MB of "<p>" never closed. None runs while the text is read; the collector is on
    # again after it.
    import gc

    runs: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    path = tmp_path / "open.html"
    path.write_text("<html><body><h1>Bridge to reopen</h1>" + "<p>x" * 20_000, encoding="utf-8")
    gc.callbacks.append(counted)
    try:
        doc = read_document(path)
    finally:
        gc.callbacks.remove(counted)
    assert len(doc.body) == 20_000
    assert len(runs) <= 2  # before or after the reading itself (it ran 171 times)
    assert gc.isenabled()


def test_a_paragraph_with_no_figure_is_not_tried_for_a_date_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every date a line opens with writes a figure near its start: a paragraph with none
    # there is not tried form by form for one (a sixth of the classifying of a page of
    # "<p>" never closed).
    from viewer.corpus import dates

    tried: list[int] = []
    real = dates._full_date_at

    def counting(text: str, start: int, end: int) -> dates.DateMatch | None:
        tried.append(start)
        return real(text, start, end)

    monkeypatch.setattr(dates, "_full_date_at", counting)
    paragraphs = "".join("<p>An item of the list" for _ in range(3000))
    path = tmp_path / "open.html"
    path.write_text(f"<html><body><h1>Bridge to reopen</h1><p>March 5, 2024{paragraphs}")
    doc = read_document(path)
    assert doc.date is not None and doc.date.isoformat() == "2024-03-05"
    assert len(doc.body) == 3000
    assert len(tried) < 100


def test_the_parser_s_place_is_kept_as_an_offset_not_found_again_from_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each tag and run of text asked the parser for its line and column, which it had
    # counted over every piece it passed, and turned them back into an offset: the offset
    # is the pieces' lengths added up.
    asked: list[int] = []

    def counting(scanner: html_scan.Scanner) -> tuple[int, int]:
        asked.append(1)
        return (1, 0)

    monkeypatch.setattr(html_scan.Scanner, "getpos", counting)
    lines = "".join(f"<p>Item {i}\nof the list,\n  told over lines" for i in range(500))
    path = tmp_path / "open.html"
    path.write_text(f"<html>\n<body>\n<h1>Bridge to reopen</h1>\n{lines}\n</body>")
    doc = read_document(path)
    assert doc.title == "Bridge to reopen"
    assert len(doc.body) == 500 and not asked
    assert doc.visible.shown(doc.body[7].start, doc.body[7].end) == (
        "Item 7 of the list, told over lines"
    )


def test_a_bare_element_is_not_looked_at_for_what_its_class_marks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bare element's only word is its tag: a paragraph's closing asked five questions of
    # its words (a caption? the date? the author? …) for each of a page's paragraphs.
    looked: list[str] = []
    real = html_scan.Scanner._marks

    def counting(scanner: html_scan.Scanner, element: html_scan.Element, content: Span) -> None:
        looked.append(element.tag)
        real(scanner, element, content)

    monkeypatch.setattr(html_scan.Scanner, "_marks", counting)
    paragraphs = "".join(f"<p>Item {i} of the list" for i in range(3000))
    byline = '<p class="byline">By Jane Doe</p>'
    path = tmp_path / "open.html"
    path.write_text(f"<html><body><article><h1>Bridge to reopen</h1>{byline}{paragraphs}")
    doc = read_document(path)
    assert doc.author == "Jane Doe"
    assert len(doc.body) == 3000
    assert sorted(looked) == ["article", "p"]  # the article, and the byline by its class
