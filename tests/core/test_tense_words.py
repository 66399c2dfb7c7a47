"""The words around a time expression, split from an ASCII copy when no apostrophe is near, are
the words the pattern finds: on the seed articles, a table, and made-up text (with letters a
case-blind pattern matches beyond ASCII: "ſ", "K", "İ", "ı", and both apostrophes)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.temporal import nearest_tense
from viewer.core.temporal.context import lowercase_same_length

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _same(text: str, start: int, end: int) -> None:
    plain = nearest_tense._WORD.findall(text, start, end)
    assert nearest_tense._words(text, start, end) == plain, (text[start:end], start, end)


def test_tense_words_on_the_seeds() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts
    for text in texts:
        for lower in (lowercase_same_length(text), text):
            for start in range(0, len(lower), 37):
                _same(lower, start, start + 120)
                _same(lower, start + 5, start + 9)


def test_tense_words_on_a_table() -> None:
    cases = [
        ("the minister said on tuesday", ["the", "minister", "said", "on", "tuesday"]),
        ("russia’s invasion won't stop", ["russia’s", "invasion", "won't", "stop"]),
        ("us-led talks, 89,374 troops (café)", ["us", "led", "talks", "troops", "caf"]),
        ("İt ſaid \u212aelvin ıt", ["t", "aid", "elvin", "t"]),
        ("rock'n'roll 'tis", ["rock'n", "roll", "tis"]),
    ]
    for text, words in cases:
        assert nearest_tense._words(text, 0, len(text)) == words
        _same(text, 0, len(text))
        _same(text, 2, len(text) - 2)


_PIECES = """said will won't won’t it's ’s 's ' ’ Tuesday the ſ K İ ı é 2022 - , . ( ) "
“ ” don't rock'n'roll""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n", "a", "Z"]), max_size=30).map(
    "".join
) | st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_tense_words_on_made_up_text(text: str, start: int, length: int) -> None:
    _same(text, start, start + length)
