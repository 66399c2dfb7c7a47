"""Reading tries its small patterns on each line of an article only where a cheap test says
they may match; the cheap test never turns away a line the pattern would have taken."""

from __future__ import annotations

import pytest

from viewer.corpus.boilerplate import _PHOTO_CREDIT, _may_credit, is_caption, menu_lines
from viewer.corpus.running_heads import running_head

# Every form of a photo's credit that ends a caption, and lines like them that are not one.
_CREDITS = [
    "Troops arrive in Poland (Jay Janner/Austin American-Statesman/AP)",
    "A tanker at sea. REUTERS/Piet de Vries",
    "The senator speaks | Francis Chung/POLITICO",
    "The hearing room. Credit...Kenny Holston/The New York Times",
    "The summit in Madrid © Ludovic Marin, AFP",
    "Rescuers at the scene (ABC News: Jack Fisher)",
    "A dig near the coast (Photo: Erik Lund)",
    "Tools from thousands of years ago. Photo: Erik Lund",
    "Tools from thousands of years ago. Photographs: Erik Lund / Museum",
    "Ships in the harbour [Photo/Xinhua]",
    "Updated: March 5, 2024 10:32",
    "The minister said: we will act.",
]


@pytest.mark.parametrize("line", _CREDITS)
def test_a_line_a_credit_ends_passes_the_cheap_test(line: str) -> None:
    if _PHOTO_CREDIT.search(line):
        assert _may_credit(line)


def test_the_credits_are_still_captions() -> None:
    assert all(is_caption(line) for line in _CREDITS[:10])
    assert not any(is_caption(line) for line in _CREDITS[10:])


def test_a_menu_is_found_with_or_without_ampersands() -> None:
    shown = ["Home", "News", "Life & Style", "Sport", "& Business &", "The story begins here."]
    assert menu_lines(shown, [0] * len(shown)) == {0, 1, 2, 3, 4}
    long = "A paragraph of the story that runs on for many words, as paragraphs do"
    assert menu_lines([long, "Home", "News", "Sport", "Travel"], [0] * 5) == {1, 2, 3, 4}


def test_a_running_head_is_told_by_its_words_however_long_the_line() -> None:
    assert running_head("THE VALLEY HERALD April 3, 2024 A4") is not None
    words = " ".join(["word"] * 40)
    assert running_head(f"THE VALLEY HERALD April 3, 2024 {words}") is None
