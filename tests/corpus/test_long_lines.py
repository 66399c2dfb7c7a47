"""An article saved as one long line (a page's text with its breaks lost) is read without
scanning the whole line for a header's dates at each check: the checks of a short header line
(a label glued to its date, a byline with its date, a meta line of short parts) pass over a
line of prose at once. The time it takes is `python -m bench.long_article_bench`'s to print;
here, what is scanned."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.core.model import Span
from viewer.corpus import dates, header_dates, meta_lines, plain_text, read_document

# What is counted is a call between the reader's modules, which a compiled reader makes
# without the name a test replaces (`make compiled-test` leaves these out).
pytestmark = pytest.mark.python_only

_SENTENCE = (
    "Officials said on 12 March 2024 that the bridge, closed since 3 January 2024, would reopen "
    "on 1 June 2024 | after repairs costing 4 million. "
)


@pytest.fixture()
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the texts searched for full dates while an article is read."""
    lengths: list[int] = []
    real = dates.find_full_dates

    def counting(text: str, offset: int = 0) -> list[dates.DateMatch]:
        lengths.append(len(text))
        return real(text, offset)

    for module in (dates, plain_text, meta_lines):
        monkeypatch.setattr(module, "find_full_dates", counting)
    return lengths


def test_a_long_line_of_prose_is_not_searched_whole_for_a_header_s_date(
    tmp_path: Path, scanned: list[int]
) -> None:
    body = _SENTENCE * 400  # about 50,000 characters on one line
    path = tmp_path / "one-line.txt"
    path.write_text(f"Bridge to reopen\nBy Jane Doe\n12 March 2024\n\n{body}\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.date is not None and doc.date.isoformat() == "2024-03-12"
    assert doc.author == "Jane Doe"
    assert max(scanned) < len(body) / 10


class _SplitLengths:
    """A pattern that keeps the lengths of the texts it splits or searches."""

    def __init__(self, pattern: re.Pattern[str], lengths: list[int]) -> None:
        self.pattern, self.lengths = pattern, lengths

    def split(self, text: str) -> list[str]:
        self.lengths.append(len(text))
        return self.pattern.split(text)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        self.lengths.append(end - start)
        return self.pattern.finditer(text, start, end)


def test_a_line_with_a_long_run_of_spaces_is_not_split_whole_into_a_meta_line_s_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Splitting a run of spaces at the marks of a meta line's parts tries the run from each of
    # its spaces: 16,000 spaces took 6.6 s. A meta line is short; a longer line is not split.
    lengths: list[int] = []
    monkeypatch.setattr(meta_lines, "_PART_MARK", _SplitLengths(meta_lines._PART_MARK, lengths))
    line = _SENTENCE + " " * 20_000 + _SENTENCE
    path = tmp_path / "spaces.txt"
    path.write_text(f"Bridge to reopen\nBy Jane Doe\n12 March 2024\n{line}\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.date is not None and doc.date.isoformat() == "2024-03-12"
    assert lengths and max(lengths) <= meta_lines._META_LINE_CHARS
    assert meta_lines.meta_line("From example.com · Saved October 13, 2023")


class _CountedWords:
    """A pattern of words that counts the words it yields."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.count = pattern, 0

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(text, start, end):
            self.count += 1
            yield match


def test_the_words_after_a_date_are_not_all_read_for_a_button(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A line of 4 MB of dates listed its every word to learn it had more than a byline's and a
    # button's; the words past the most are not read.
    words = _CountedWords(header_dates._WORD)
    monkeypatch.setattr(header_dates, "_WORD", words)
    path = tmp_path / "dates.txt"
    path.write_text("Bridge to reopen\n" + "12 March 2024 " * 5_000 + "\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.date is not None and doc.date.isoformat() == "2024-03-12"
    assert 0 < words.count <= 2 * (header_dates._BUTTON_LINE_WORDS + 1)


def test_a_page_of_many_paragraphs_is_searched_for_a_release_s_end_only_at_its_foot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mark that ends a press release ("###") is looked for among the last blocks only:
    no block's text is made again for it."""
    from viewer.corpus import html_source

    made: list[int] = []
    real = html_source._Classifier.shown

    def counting(self: html_source._Classifier, span: Span) -> str:
        made.append(span.start)
        return real(self, span)

    monkeypatch.setattr(html_source._Classifier, "shown", counting)
    path = tmp_path / "many.html"
    path.write_text("<html><body><h1>Bridge</h1>" + "<p>x" * 2000, encoding="utf-8")
    read_document(path)
    assert len(made) <= 20  # the last blocks, and the headline's


def test_an_article_s_lines_are_searched_for_a_running_head_s_date_only_with_a_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line is looked at whole for a printed page's running head only when it is short and
    writes a year, with no clock time: not each line of a log or a chat."""
    from viewer.corpus import running_heads

    searched: list[str] = []
    real = dates.find_full_dates

    def counting(text: str, offset: int = 0) -> list[dates.DateMatch]:
        searched.append(text)
        return real(text, offset)

    monkeypatch.setattr(running_heads, "find_full_dates", counting)
    lines = "".join(f"10:{n % 60:02d} Alex: see you on 3 March then\n" for n in range(300))
    lines += "".join(f"The bridge will shut on {n % 28 + 1} March\n" for n in range(300))
    path = tmp_path / "chat.txt"
    path.write_text(f"Bridge to reopen\nBy Jane Doe\n12 March 2024\n\n{lines}", encoding="utf-8")
    read_document(path)
    assert searched == []


def test_a_page_with_no_caption_time_or_byline_element_looks_for_none_in_each_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that marks no caption, time or author element is not searched for one in each
    of its paragraphs."""
    from viewer.corpus import html_source

    looked: list[str] = []
    for name in ("_all_caption", "_holds_author", "_holds_time"):
        real = getattr(html_source._Classifier, name)

        def counting(self: object, *args: object, _real: object = real, _name: str = name) -> bool:
            looked.append(_name)
            return _real(self, *args)  # type: ignore[operator,no-any-return]

        monkeypatch.setattr(html_source._Classifier, name, counting)
    path = tmp_path / "many.html"
    path.write_text("<html><body><h1>Bridge</h1>" + "<p>x" * 2000, encoding="utf-8")
    read_document(path)
    assert looked == []
