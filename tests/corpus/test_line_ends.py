"""A line of a plain-text article ends at a line feed, or at a carriage return alone (old Mac
files): found by a plain search where a text holds no carriage return, and by the pattern
where it does, with the same answer at every character of either."""

from __future__ import annotations

import pytest

from viewer.corpus.text_lines import _LINE_END, _line_end

_TEXTS = [
    "Title\n\nFirst line of the story.\nSecond line.\n",
    "Title\r\n\r\nA line ended the Windows way.\r\nAnother",
    "Title\r\rA line ended the old Mac way.\rAnother\r",
    "Mixed\r\nends\rand\nlines\r\r\n",
    "no line end at all",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_line_ends_where_the_pattern_says_at_every_character(text: str) -> None:
    for at in range(len(text) + 1):
        found = _LINE_END.search(text, at)
        expected = len(text) if found is None else found.start()
        assert _line_end(text, at, "\r" not in text) == expected, (text, at)
