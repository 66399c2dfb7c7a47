"""The shortcuts of the reader's scans find what a scan of every offset would."""

from __future__ import annotations

import pytest

from viewer.corpus.boilerplate import is_caption
from viewer.corpus.dates import parse_date_words
from viewer.corpus.decoding import decode_bytes
from viewer.corpus.errors import CorpusError


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
